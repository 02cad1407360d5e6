#include "jsoncard.h"

#include "model/enumnames.h"

#include <QCoreApplication>
#include <algorithm>

namespace cx::json {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct JsonTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Json)
};

QJsonObject kpiToJson(const Kpi& k)
{
    return {{"name", k.name},
            {"kind", toString(k.kind)},
            {"value", k.value},
            {"target", k.target ? QJsonValue(*k.target) : QJsonValue(QJsonValue::Null)},
            {"unit", k.unit}};
}

bool readPlace(Fields& f, const CardRefs& refs, Card& c)
{
    if (!f.id("stage", c.stageId) || !f.id("lane", c.laneId) ||
        !f.integer("position", nonNegative, c.position))
        return false;
    if (!refs.stages.contains(c.stageId))
        return f.fail(
            "stage",
            JsonTr::tr("no stage with id %1 %2").arg(c.stageId).arg(JsonTr::tr(refs.scope)));
    if (!refs.lanes.contains(c.laneId))
        return f.fail(
            "lane", JsonTr::tr("no lane with id %1 %2").arg(c.laneId).arg(JsonTr::tr(refs.scope)));
    return true;
}

bool readOwners(Fields& f, const CardRefs& refs, Card& c)
{
    if (!f.id("accountable", c.accountableId, Need::Nullable))
        return false;
    if (c.accountableId != 0 && !refs.departments.contains(c.accountableId))
        return f.fail("accountable", JsonTr::tr("no department with id %1").arg(c.accountableId));
    Checks& checks = f.checks();
    return f.forEach("contributing", [&](const QJsonValue& v, const QString& p, int) {
        Id id = 0;
        if (!checks.id(v, p, id))
            return false;
        if (!refs.departments.contains(id))
            return checks.fail(p, JsonTr::tr("no department with id %1").arg(id));
        if (id == c.accountableId)
            return checks.fail(p, JsonTr::tr("department %1 is already accountable").arg(id));
        if (c.contributingIds.contains(id))
            return checks.fail(p, JsonTr::tr("department %1 is listed twice").arg(id));
        c.contributingIds.append(id);
        return true;
    });
}

bool readKpi(Checks& checks, const QJsonValue& v, const QString& path, QList<Kpi>& kpis)
{
    Fields f(checks, path);
    Kpi k;
    std::optional<double> value;
    if (!f.load(v, {"name", "kind", "value", "target", "unit"}) ||
        !f.text("name", k.name, Need::Required) ||
        !f.choice("kind", &kpiKindFromString, "KPI kind", k.kind, Need::Required) ||
        !f.number("value", value, Need::Optional) ||
        !f.number("target", k.target, Need::Nullable) || !f.text("unit", k.unit))
        return false;
    k.value = value.value_or(k.value);
    const auto check = [&](const char* key, double x) {
        return kpiValueInRange(k.kind, x) ||
               f.fail(
                   key,
                   JsonTr::tr("%1 is out of range for a %2 KPI").arg(shown(x), toString(k.kind)));
    };
    if (!check("value", k.value) || (k.target && !check("target", *k.target)))
        return false;
    kpis.append(k);
    return true;
}

bool readDots(Fields& f, const CardRefs& refs, Card& c)
{
    Checks& checks = f.checks();
    return f.forEach("dots", [&](const QJsonValue& v, const QString& p, int) {
        Fields dot(checks, p);
        Dot d;
        if (!dot.load(v, {"participant", "count"}) || !dot.id("participant", d.participantId) ||
            !dot.integer("count", {1, 1000000}, d.count, Need::Required))
            return false;
        if (!refs.participants.contains(d.participantId))
            return dot.fail("participant",
                            JsonTr::tr("no participant with id %1").arg(d.participantId));
        if (c.dotsOf(d.participantId) > 0)
            return dot.fail("participant",
                            JsonTr::tr("participant %1 is listed twice").arg(d.participantId));
        c.dots.append(d);
        return true;
    });
}

bool readComment(Checks& checks, const QJsonValue& v, const QString& path, Card& c)
{
    Fields f(checks, path);
    Comment m;
    QString time;
    if (!f.load(v, {"author", "time", "text"}) || !f.text("author", m.author) ||
        !f.text("time", time, Need::Required) || !f.text("text", m.text, Need::Required))
        return false;
    m.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!m.time.isValid())
        return f.fail("time", JsonTr::tr("%1 is not an ISO 8601 date and time").arg(shown(time)));
    m.time = m.time.toUTC();
    c.comments.append(m);
    return true;
}

// { "what": "...", "owner": id | null, "due": "YYYY-MM-DD" | null, "status": ... }
bool readAction(Checks& checks, const QJsonValue& v, const QString& path, const CardRefs& refs,
                Card& c)
{
    Fields f(checks, path);
    CardAction a;
    QString due;
    if (!f.load(v, {"what", "owner", "due", "status"}) || !f.text("what", a.what, Need::Required) ||
        !f.id("owner", a.ownerId, Need::Nullable) || !f.text("due", due, Need::Nullable) ||
        !f.choice("status", &cardStatusFromString, "action status", a.status))
        return false;
    if (a.ownerId != 0 && !refs.departments.contains(a.ownerId))
        return f.fail("owner", JsonTr::tr("no department with id %1").arg(a.ownerId));
    if (!due.isEmpty()) {
        a.due = QDate::fromString(due, Qt::ISODate);
        if (!a.due.isValid())
            return f.fail("due", JsonTr::tr("%1 is not a day (YYYY-MM-DD)").arg(shown(due)));
    }
    c.actions.append(a);
    return true;
}

// "reviewed": absent or null (never reviewed), or { "at": time, "by": name }.
bool readReview(Checks& checks, Fields& card, Card& c)
{
    const QJsonValue v = card.value("reviewed");
    if (v.isUndefined() || v.isNull())
        return true;
    Fields f(checks, card.path("reviewed"));
    QString at;
    if (!f.load(v, {"at", "by"}) || !f.text("at", at, Need::Required) ||
        !f.text("by", c.reviewedBy))
        return false;
    c.reviewedAt = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
    if (!c.reviewedAt.isValid())
        return f.fail("at", JsonTr::tr("%1 is not an ISO 8601 date and time").arg(shown(at)));
    return true;
}

} // namespace

QJsonValue idOrNull(Id id)
{
    return id > 0 ? QJsonValue(qint64(id)) : QJsonValue(QJsonValue::Null);
}

QJsonObject cardToJson(const Card& c)
{
    return {
        {"id", qint64(c.id)},
        {"stage", qint64(c.stageId)},
        {"lane", qint64(c.laneId)},
        {"position", c.position},
        {"title", c.title},
        {"description", c.description},
        {"channel", c.channel},
        {"accountable", idOrNull(c.accountableId)},
        {"contributing", arrayOf(c.contributingIds, [](Id id) { return qint64(id); })},
        {"emotion", c.emotion ? QJsonValue(*c.emotion) : QJsonValue(QJsonValue::Null)},
        {"evidence", toString(c.evidence)},
        {"severity", toString(c.severity)},
        {"impact", toString(c.impact)},
        {"kpis", arrayOf(c.kpis, kpiToJson)},
        {"votes", c.votes},
        {"status", toString(c.status)},
        {"tags", QJsonArray::fromStringList(c.tags)},
        {"dots",
         arrayOf(
             c.dots,
             [](const Dot& d) {
                 return QJsonObject{{"participant", qint64(d.participantId)}, {"count", d.count}};
             })},
        {"comments", arrayOf(c.comments,
                             [](const Comment& m) {
                                 return QJsonObject{
                                     {"author", m.author},
                                     {"time", m.time.toUTC().toString(Qt::ISODateWithMs)},
                                     {"text", m.text}};
                             })},
        {"actions", arrayOf(c.actions,
                            [](const CardAction& a) {
                                return QJsonObject{
                                    {"what", a.what},
                                    {"owner", idOrNull(a.ownerId)},
                                    {"due", a.due.isValid()
                                                ? QJsonValue(a.due.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
                                    {"status", toString(a.status)}};
                            })},
        {"reviewed",
         c.reviewedAt.isValid()
             ? QJsonValue(QJsonObject{{"at", c.reviewedAt.toUTC().toString(Qt::ISODateWithMs)},
                                      {"by", c.reviewedBy}})
             : QJsonValue(QJsonValue::Null)}};
}

QJsonObject linkToJson(const Link& l)
{
    return {{"id", qint64(l.id)},
            {"from", qint64(l.fromCardId)},
            {"to", qint64(l.toCardId)},
            {"type", toString(l.type)},
            {"label", l.label}};
}

bool readCard(Checks& checks, const QJsonValue& v, const QString& path, const CardRefs& refs,
              QSet<Id>& seen, Card& out)
{
    Fields f(checks, path);
    Card c;
    const auto kpi = [&](const QJsonValue& k, const QString& p, int) {
        return readKpi(checks, k, p, c.kpis);
    };
    if (!f.load(v,
                {"id",       "stage",       "lane",         "position", "title",    "description",
                 "channel",  "accountable", "contributing", "emotion",  "evidence", "severity",
                 "impact",   "kpis",        "votes",        "status",   "tags",     "dots",
                 "comments", "reviewed",    "actions"}) ||
        !f.newId(seen, "card", c.id) || !readPlace(f, refs, c) ||
        !f.nonEmptyText("title", c.title) || !f.text("description", c.description) ||
        !f.text("channel", c.channel) || !readOwners(f, refs, c) ||
        !f.integer("emotion", {emotionMin, emotionMax}, c.emotion, Need::Nullable) ||
        !f.choice("evidence", &evidenceFromString, "evidence", c.evidence) ||
        !f.choice("severity", &levelFromString, "level", c.severity) ||
        !f.choice("impact", &levelFromString, "level", c.impact) || !f.forEach("kpis", kpi) ||
        !f.integer("votes", {0, maxVotes}, c.votes) ||
        !f.choice("status", &cardStatusFromString, "card status", c.status) ||
        !f.texts("tags", c.tags) || !readDots(f, refs, c) ||
        !f.forEach("comments", [&](const QJsonValue& m, const QString& p,
                                   int) { return readComment(checks, m, p, c); }) ||
        !readReview(checks, f, c) ||
        !f.forEach("actions", [&](const QJsonValue& a, const QString& p, int) {
            return readAction(checks, a, p, refs, c);
        }))
        return false;
    std::sort(c.dots.begin(), c.dots.end(),
              [](const Dot& a, const Dot& b) { return a.participantId < b.participantId; });
    if (c.votes < c.dotCount())
        return f.fail("votes", JsonTr::tr("%1 votes, fewer than the %2 dots of participants")
                                   .arg(c.votes)
                                   .arg(c.dotCount()));
    out = std::move(c);
    return true;
}

bool readLink(Checks& checks, const QJsonValue& v, const QString& path, const CardRefs& refs,
              QSet<Id>& seen, Link& out)
{
    Fields f(checks, path);
    Link l;
    if (!f.load(v, {"id", "from", "to", "type", "label"}) || !f.newId(seen, "link", l.id) ||
        !f.id("from", l.fromCardId) || !f.id("to", l.toCardId) ||
        !f.choice("type", &linkTypeFromString, "link type", l.type) || !f.text("label", l.label))
        return false;
    for (const auto& [key, id] : {std::pair("from", l.fromCardId), std::pair("to", l.toCardId)}) {
        if (!refs.cards.contains(id))
            return f.fail(key,
                          JsonTr::tr("no card with id %1 %2").arg(id).arg(JsonTr::tr(refs.scope)));
    }
    if (l.fromCardId == l.toCardId)
        return f.fail("to", JsonTr::tr("a link cannot join a card to itself"));
    out = std::move(l);
    return true;
}

bool linkOnce(Checks& checks, const Link& l, const QString& path, QHash<LinkKey, QString>& seen)
{
    const LinkKey key = linkKey(l);
    if (const auto first = seen.constFind(key); first != seen.cend())
        return checks.fail(
            path, JsonTr::tr("a second link where %1 (the first is %2); a link is there once")
                      .arg(linkPhrase(l.type, JsonTr::tr("card %1").arg(l.fromCardId),
                                      JsonTr::tr("card %1").arg(l.toCardId)),
                           *first));
    seen.insert(key, path);
    return true;
}

} // namespace cx::json
