// Writing a whole document as JSON (the format is described in jsonformat.h).

#include "jsonformat.h"

#include "model/enumnames.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <initializer_list>
#include <tuple>

namespace cx {

namespace {

// --- Writing ---------------------------------------------------------------------

QJsonValue idOrNull(Id id)
{
    return id > 0 ? QJsonValue(qint64(id)) : QJsonValue(QJsonValue::Null);
}

// "#rrggbb", or "#aarrggbb" when translucent; null for "no colour".
QJsonValue colorJson(const QColor& c)
{
    if (!c.isValid())
        return QJsonValue(QJsonValue::Null);
    return c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

template <typename T, typename F> QJsonArray jsonArray(const QList<T>& items, F toJson)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(toJson(item));
    return out;
}

// The items of one journey (or all items of a kind without journeys), by position then id.
template <typename T> QList<T> inOrder(const QList<T>& items, Id journeyId = 0)
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
            {"frustrations", p.frustrations}};
}

QJsonObject kpiJson(const Kpi& k)
{
    return {{"name", k.name},
            {"kind", toString(k.kind)},
            {"value", k.value},
            {"target", k.target ? QJsonValue(*k.target) : QJsonValue(QJsonValue::Null)},
            {"unit", k.unit}};
}

QJsonObject cardJson(const Card& c)
{
    return {{"id", qint64(c.id)},
            {"stage", qint64(c.stageId)},
            {"lane", qint64(c.laneId)},
            {"position", c.position},
            {"title", c.title},
            {"description", c.description},
            {"channel", c.channel},
            {"accountable", idOrNull(c.accountableId)},
            {"contributing", jsonArray(c.contributingIds, [](Id id) { return qint64(id); })},
            {"emotion", c.emotion ? QJsonValue(*c.emotion) : QJsonValue(QJsonValue::Null)},
            {"evidence", toString(c.evidence)},
            {"severity", toString(c.severity)},
            {"impact", toString(c.impact)},
            {"kpis", jsonArray(c.kpis, kpiJson)},
            {"votes", c.votes},
            {"status", toString(c.status)},
            {"tags", QJsonArray::fromStringList(c.tags)}};
}

QJsonObject linkJson(const Link& l)
{
    return {{"id", qint64(l.id)},
            {"from", qint64(l.fromCardId)},
            {"to", qint64(l.toCardId)},
            {"type", toString(l.type)},
            {"label", l.label}};
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
        const auto journey = [this](const Journey& j) { return journeyJson(j); };
        return {{"format", "cxmap"},
                {"version", jsonFormatVersion},
                {"title", m_data.title},
                {"departments", jsonArray(inOrder(m_data.departments), departmentJson)},
                {"personas", jsonArray(personas, personaJson)},
                {"journeys", jsonArray(inOrder(m_data.journeys), journey)}};
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
                {"stages", jsonArray(inOrder(m_data.stages, j.id), stage)},
                {"lanes", jsonArray(inOrder(m_data.lanes, j.id), lane)},
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
        return jsonArray(cards, cardJson);
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
        return jsonArray(links, linkJson);
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
