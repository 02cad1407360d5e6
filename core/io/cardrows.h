#pragma once

// Cards given by the names of their journey, stage, lane and departments, as a
// table (CSV) or a diagram (Mermaid) gives them, and their import into a
// document: one undo step that creates whatever is missing, all or nothing.

#include "model/document.h"

#include <optional>

namespace cx {

struct CardRow
{
    int line = 0; // where the card is given in its source text (1-based), for messages
    QString journey;
    QString stage;
    QString lane;
    std::optional<LaneKind> laneKind; // unset: as the lane is (touchpoint for a new lane)
    QString accountable;              // a department name; empty = unowned
    QStringList contributing;         // department names
    Card card;                        // every other value; ids, place and departments unset
    // false: no card, the row only makes sure its journey, its stage and its
    // lane exist (an empty stage or lane name: none)
    bool hasCard = true;
    bool operator==(const CardRow&) const = default;
};

// Where the rows' journeys come from.
enum class JourneyMatch
{
    ByName, // the document's journey of that name, created when there is none
    New,    // always a new journey; a name already taken gets " (2)", " (3)"...
};

// Adds the rows' cards to doc in one undo step named undoText, each at the end
// of its cell, in row order. Journeys, stages (within their journey), lanes
// (within their journey) and departments are found by name: the same name
// first, else one that differs only in case or spaces around it; the first in
// document order wins, then the first the rows created. Those not found are
// created at the end under the name exactly as the row gives it, journeys and
// stages in the order the rows first name them, lanes too except that a lane
// the rows show above another in the same stage goes before it (so a table
// written in reading order brings its lanes back in order): journeys in the
// current state; lanes of the kind the rows give (touchpoint when none does);
// departments with a short name from their initials and the first colour of
// departmentPalette() that no department uses yet.
//
// A row whose lane kind contradicts its lane's (an existing lane, or one an
// earlier row gave a kind) is refused with "line N, column lane_kind: ...",
// one that would create more than maxNewDepartments departments (unless it is
// negative) with "line N: ...", and then nothing is added. Returns the new
// cards' ids in row order.
Result<QList<Id>> importCardRows(Document& doc, const QList<CardRow>& rows, JourneyMatch match,
                                 const QString& undoText, int maxNewDepartments = -1);

} // namespace cx
