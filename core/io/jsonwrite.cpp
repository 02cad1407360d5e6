// Writing a whole document as JSON (the format is described in jsonformat.h).

#include "jsonformat.h"

#include "jsoncard.h"

#include "model/enumnames.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace cx {

namespace {

using json::arrayOf;
using json::cardToJson;
using json::idOrNull;
using json::linkToJson;

// --- Writing ---------------------------------------------------------------------

// "#rrggbb", or "#aarrggbb" when translucent; null for "no colour".
QJsonValue colorJson(const QColor& c)
{
    if (!c.isValid())
        return QJsonValue(QJsonValue::Null);
    return colorText(c);
}

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

QJsonObject departmentJson(const Department& d)
{
    return {{"id", qint64(d.id)},          {"name", d.name}, {"short", d.shortName},
            {"color", colorJson(d.color)}, {"head", d.head}, {"description", d.description}};
}

QJsonObject personaJson(const Persona& p)
{
    return {{"id", qint64(p.id)},
            {"name", p.name},
            {"description", p.description},
            {"goals", p.goals},
            {"frustrations", p.frustrations},
            {"picture", QString::fromLatin1(p.picture.toBase64())}};
}

QJsonObject participantJson(const Participant& p)
{
    return {{"id", qint64(p.id)}, {"name", p.name}, {"budget", p.budget}};
}

// Groups stages, lanes, cards and links under their journeys. A card belongs to
// the journey of its stage, a link to the journey of its "from" card.
class Writer
{
public:
    explicit Writer(const DocumentData& data) : m_data(data)
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
                {"departments", arrayOf(inOrder(m_data.departments), departmentJson)},
                {"personas", arrayOf(personas, personaJson)},
                {"participants", arrayOf(participants, participantJson)},
                {"journeys", arrayOf(inOrder(m_data.journeys), journey)}};
    }

private:
    QJsonObject journeyJson(const Journey& j) const
    {
        const auto stage = [](const Stage& s) {
            return QJsonObject{
                {"id", qint64(s.id)}, {"name", s.name}, {"description", s.description}};
        };
        const auto lane = [](const Lane& l) {
            return QJsonObject{{"id", qint64(l.id)}, {"name", l.name}, {"kind", toString(l.kind)}};
        };
        return {{"id", qint64(j.id)},
                {"name", j.name},
                {"description", j.description},
                {"state", toString(j.state)},
                {"persona", idOrNull(j.personaId)},
                {"source", idOrNull(j.sourceJourneyId)},
                {"stages", arrayOf(inOrder(m_data.stages, j.id), stage)},
                {"lanes", arrayOf(inOrder(m_data.lanes, j.id), lane)},
                {"cards", cardsJson(j.id)},
                {"links", linksJson(j.id)}};
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

    const DocumentData& m_data;
    QHash<Id, const Stage*> m_stages;
    QHash<Id, const Lane*> m_lanes;
    QHash<Id, Id> m_cardJourney;
};

} // namespace

QByteArray toJson(const DocumentData& data)
{
    return QJsonDocument(Writer(data).document()).toJson(QJsonDocument::Indented);
}

} // namespace cx
