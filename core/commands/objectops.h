#pragma once

// Overloads that let one command template serve every kind of object:
// insert(doc, x), update(doc, x), remove(doc, x) and move(doc, x, position)
// call the Document primitive for x's type.

#include "model/document.h"

namespace cx::ops {

inline void insert(Document& d, const Department& x) { d.insertDepartment(x); }
inline void insert(Document& d, const Persona& x) { d.insertPersona(x); }
inline void insert(Document& d, const Participant& x) { d.insertParticipant(x); }
inline void insert(Document& d, const Journey& x) { d.insertJourney(x); }
inline void insert(Document& d, const Stage& x) { d.insertStage(x); }
inline void insert(Document& d, const Lane& x) { d.insertLane(x); }
inline void insert(Document& d, const Card& x) { d.insertCard(x); }
inline void insert(Document& d, const Link& x) { d.insertLink(x); }

inline void update(Document& d, const Department& x) { d.updateDepartment(x); }
inline void update(Document& d, const Persona& x) { d.updatePersona(x); }
inline void update(Document& d, const Participant& x) { d.updateParticipant(x); }
inline void update(Document& d, const Journey& x) { d.updateJourney(x); }
inline void update(Document& d, const Stage& x) { d.updateStage(x); }
inline void update(Document& d, const Lane& x) { d.updateLane(x); }
inline void update(Document& d, const Card& x) { d.updateCard(x); }
inline void update(Document& d, const Link& x) { d.updateLink(x); }

inline void remove(Document& d, const Department& x) { d.removeDepartment(x.id); }
inline void remove(Document& d, const Persona& x) { d.removePersona(x.id); }
inline void remove(Document& d, const Participant& x) { d.removeParticipant(x.id); }
inline void remove(Document& d, const Journey& x) { d.removeJourney(x.id); }
inline void remove(Document& d, const Stage& x) { d.removeStage(x.id); }
inline void remove(Document& d, const Lane& x) { d.removeLane(x.id); }
inline void remove(Document& d, const Card& x) { d.removeCard(x.id); }
inline void remove(Document& d, const Link& x) { d.removeLink(x.id); }

inline void move(Document& d, const Department& x, int to) { d.moveDepartment(x.id, to); }
inline void move(Document& d, const Journey& x, int to) { d.moveJourney(x.id, to); }
inline void move(Document& d, const Stage& x, int to) { d.moveStage(x.id, to); }
inline void move(Document& d, const Lane& x, int to) { d.moveLane(x.id, to); }

} // namespace cx::ops

namespace cx {

// The document title as an editable value (for EditCommand).
struct TitleValue
{
    Id id = 0;
    QString text;
    bool operator==(const TitleValue&) const = default;
};

// The map's review interval as an editable value.
struct ReviewIntervalValue
{
    Id id = 0;
    int days = defaultReviewIntervalDays;
    bool operator==(const ReviewIntervalValue&) const = default;
};

namespace ops {
inline void update(Document& d, const TitleValue& x) { d.setTitle(x.text); }
inline void update(Document& d, const ReviewIntervalValue& x) { d.setReviewIntervalDays(x.days); }

// The step from 'from' to 'to' of one object. A card takes only the fields
// the step changed (Document::changeCard); any other object is written whole.
template <typename T>
void change(Document& d, const T& /*from*/, const T& to)
{
    update(d, to);
}
inline void change(Document& d, const Card& from, const Card& to) { d.changeCard(from, to); }
} // namespace ops

} // namespace cx
