// Writing a whole document as JSON (the format is described in jsonformat.h).

#include "jsonformat.h"

#include "jsoncard.h"
#include "jsonfeedback.h"
#include "jsonhistory.h"
#include "jsonobjects.h"

#include "model/enumnames.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace cx {

namespace {

using json::arrayOf;
using json::cardToJson;
using json::departmentToJson;
using json::linkToJson;
using json::participantToJson;
using json::personaToJson;

// --- Writing ---------------------------------------------------------------------

// The items of one journey (or all items of a kind without journeys), by position then id.
template <typename T>
QList<T> inOrder(const QList<T>& items, Id journeyId = 0)
{
    QList<T> out;
    for (const T& item : items) {
        if constexpr (requires(const T& t) { t.journeyId; }) {
            if (item.journeyId != journeyId)
                continue;
        }
        out.append(item);
    }
    std::sort(out.begin(), out.end(), [](const T& a, const T& b) {
        return std::pair(a.position, a.id) < std::pair(b.position, b.id);
    });
    return out;
}

// Groups stages, lanes, cards and links under their journeys. A card belongs to
// the journey of its stage, a link to the journey of its "from" card.
class Writer
{
public:
    explicit Writer(const DocumentData& data, bool withWords = true)
        : m_data(data), m_withWords(withWords)
    {
        for (const Stage& s : data.stages)
            m_stages.insert(s.id, &s);
        for (const Lane& l : data.lanes)
            m_lanes.insert(l.id, &l);
        for (const Card& c : data.cards) {
            if (const Stage* s = m_stages.value(c.stageId))
                m_cardJourney.insert(c.id, s->journeyId);
        }
    }

    QJsonObject document() const
    {
        QList<Persona> personas = m_data.personas;
        std::sort(personas.begin(), personas.end(),
                  [](const Persona& a, const Persona& b) { return a.id < b.id; });
        QList<Participant> participants = m_data.participants;
        std::sort(participants.begin(), participants.end(),
                  [](const Participant& a, const Participant& b) { return a.id < b.id; });
        const auto journey = [this](const Journey& j) { return journeyJson(j); };
        return {{"format", "cxmap"},
                {"version", jsonFormatVersion},
                {"title", m_data.title},
                {"review_interval_days", m_data.reviewIntervalDays},
                {"departments", arrayOf(inOrder(m_data.departments), departmentToJson)},
                {"personas", arrayOf(personas, personaToJson)},
                {"participants", arrayOf(participants, participantToJson)},
                {"journeys", arrayOf(inOrder(m_data.journeys), journey)},
                {"feedback", feedbackJson()}};
    }

private:
    QJsonObject journeyJson(const Journey& j) const
    {
        QJsonObject out = json::journeyToJson(j);
        out.insert("stages", arrayOf(inOrder(m_data.stages, j.id), json::stageToJson));
        out.insert("lanes", arrayOf(inOrder(m_data.lanes, j.id), json::laneToJson));
        out.insert("cards", cardsJson(j.id));
        out.insert("links", linksJson(j.id));
        return out;
    }

    // In reading order of the map: by stage, then lane, then position in the cell.
    QJsonArray cardsJson(Id journeyId) const
    {
        QList<Card> cards;
        for (const Card& c : m_data.cards) {
            if (m_cardJourney.value(c.id) == journeyId)
                cards.append(c);
        }
        const auto key = [this](const Card& c) {
            const Stage* s = m_stages.value(c.stageId);
            const Lane* l = m_lanes.value(c.laneId);
            return std::tuple(s ? s->position : -1, l ? l->position : -1, c.position, c.id);
        };
        std::sort(cards.begin(), cards.end(),
                  [&key](const Card& a, const Card& b) { return key(a) < key(b); });
        return arrayOf(cards, cardToJson);
    }

    QJsonArray linksJson(Id journeyId) const
    {
        QList<Link> links;
        for (const Link& l : m_data.links) {
            if (m_cardJourney.value(l.fromCardId) == journeyId)
                links.append(l);
        }
        std::sort(links.begin(), links.end(),
                  [](const Link& a, const Link& b) { return a.id < b.id; });
        return arrayOf(links, linkToJson);
    }

    // By id. Candidates that name no card of the map (cards removed since)
    // are left out: a hint to nothing, which a reader would refuse.
    QJsonArray feedbackJson() const
    {
        QList<Feedback> items = m_data.feedback;
        std::sort(items.begin(), items.end(),
                  [](const Feedback& a, const Feedback& b) { return a.id < b.id; });
        QJsonArray out;
        for (Feedback& f : items) {
            f.candidates.removeIf([this](Id id) { return !m_cardJourney.contains(id); });
            // Left out, the words read back as redacted: nobody takes the
            // empty item for one the customer left without words.
            if (!m_withWords && !f.text.isEmpty()) {
                f.text.clear();
                f.redacted = true;
            }
            out.append(json::feedbackToJson(f, m_withWords));
        }
        return out;
    }

    const DocumentData& m_data;
    bool m_withWords = true;
    QHash<Id, const Stage*> m_stages;
    QHash<Id, const Lane*> m_lanes;
    QHash<Id, Id> m_cardJourney;
};

} // namespace

QByteArray toJson(const DocumentData& data)
{
    return QJsonDocument(Writer(data).document()).toJson(QJsonDocument::Indented);
}

QByteArray toJson(const DocumentData& data, FeedbackWords words)
{
    const bool withWords = words == FeedbackWords::Kept;
    return QJsonDocument(Writer(data, withWords).document()).toJson(QJsonDocument::Indented);
}

QByteArray toJson(const DocumentData& data, const QList<HistoryRecord>& history)
{
    QList<HistoryRecord> oldestFirst = history;
    std::sort(oldestFirst.begin(), oldestFirst.end(),
              [](const HistoryRecord& a, const HistoryRecord& b) { return a.id < b.id; });
    QJsonObject root = Writer(data).document();
    root.insert(QStringLiteral("history"), json::historyToJson(oldestFirst));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cx
