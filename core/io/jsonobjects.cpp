#include "jsonobjects.h"

#include "jsoncard.h"

#include "model/enumnames.h"

namespace cx::json {

namespace {

// "#rrggbb", or "#aarrggbb" when translucent; null for "no colour".
QJsonValue colorJson(const QColor& c)
{
    if (!c.isValid())
        return QJsonValue(QJsonValue::Null);
    return colorText(c);
}

} // namespace

QJsonObject departmentToJson(const Department& d)
{
    return {{"id", qint64(d.id)},          {"name", d.name}, {"short", d.shortName},
            {"color", colorJson(d.color)}, {"head", d.head}, {"description", d.description}};
}

QJsonObject personaToJson(const Persona& p)
{
    return {{"id", qint64(p.id)},
            {"name", p.name},
            {"description", p.description},
            {"goals", p.goals},
            {"frustrations", p.frustrations},
            {"picture", QString::fromLatin1(p.picture.toBase64())}};
}

QJsonObject participantToJson(const Participant& p)
{
    return {{"id", qint64(p.id)}, {"name", p.name}, {"budget", p.budget}};
}

QJsonObject journeyToJson(const Journey& j)
{
    return {{"id", qint64(j.id)},
            {"name", j.name},
            {"description", j.description},
            {"state", toString(j.state)},
            {"persona", idOrNull(j.personaId)},
            {"source", idOrNull(j.sourceJourneyId)}};
}

QJsonObject stageToJson(const Stage& s)
{
    return {{"id", qint64(s.id)}, {"name", s.name}, {"description", s.description}};
}

QJsonObject laneToJson(const Lane& l)
{
    return {{"id", qint64(l.id)}, {"name", l.name}, {"kind", toString(l.kind)}};
}

} // namespace cx::json
