#include "jsonhistory.h"

#include "jsoncard.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cx::json {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct JsonTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Json)
};

// Field names are JSON member names: short words, never prose.
constexpr qsizetype maxFieldLength = 200;

bool readTime(Checks& checks, Fields& f, QDateTime& out)
{
    QString text;
    if (!f.text("at", text, Need::Required, 64))
        return false;
    out = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without an offset Qt reads local time; the format writes UTC ("Z").
    if (out.isValid() && out.timeSpec() == Qt::LocalTime)
        out.setTimeSpec(Qt::UTC);
    if (!out.isValid())
        return checks.fail(f.path("at"),
                           JsonTr::tr("%1 is not an ISO 8601 date and time").arg(shown(text)));
    out = out.toUTC();
    return true;
}

bool readIds(Checks& checks, const QJsonObject& o, Fields& f, QSet<qint64>& seen,
             HistoryRecord& out)
{
    if (!f.id("id", out.id) || !f.id("step", out.step))
        return false;
    // New records are numbered past these: keep room, and exact in a double.
    constexpr qint64 maxNumber = qint64(1) << 53;
    if (out.id > maxNumber)
        return f.fail("id", JsonTr::tr("%1 is too large for a record's id").arg(out.id));
    if (out.step > maxNumber)
        return f.fail("step", JsonTr::tr("%1 is too large for a step").arg(out.step));
    if (seen.contains(out.id))
        return f.fail("id", JsonTr::tr("a second history record with the id %1").arg(out.id));
    seen.insert(out.id);
    qint64 objectId = 0;
    if (!checks.integer(o.value(QLatin1String("object_id")), f.path("object_id"), {0, LLONG_MAX},
                        objectId))
        return false;
    out.change.objectId = objectId;
    return f.id("journey_id", out.change.journeyId, Need::Nullable) &&
           f.id("department_id", out.change.departmentId, Need::Nullable);
}

// "before" and "after" are any JSON value; left out means absent.
bool readValues(const QJsonObject& o, Fields& f, HistoryChange& c)
{
    c.before = o.value(QLatin1String("before"));
    c.after = o.value(QLatin1String("after"));
    if (c.action == HistoryAction::Add && !c.before.isUndefined())
        return f.fail("before", JsonTr::tr("an added object has no value before"));
    if (c.action == HistoryAction::Remove && !c.after.isUndefined())
        return f.fail("after", JsonTr::tr("a removed object has no value after"));
    return true;
}

} // namespace

QJsonObject historyRecordToJson(const HistoryRecord& r)
{
    const HistoryChange& c = r.change;
    QJsonObject o{{"id", r.id},
                  {"step", r.step},
                  {"at", r.at.toUTC().toString(Qt::ISODateWithMs)},
                  {"who", r.who},
                  {"text", r.text},
                  {"action", toString(c.action)},
                  {"object", toString(c.object)},
                  {"object_id", qint64(c.objectId)},
                  {"label", c.label},
                  {"journey_id", idOrNull(c.journeyId)},
                  {"department_id", idOrNull(c.departmentId)},
                  {"field", c.field}};
    // An added object has no value before, a removed one none after (a
    // default QJsonValue is null, not absent: the action decides).
    if (!c.before.isUndefined() && c.action != HistoryAction::Add)
        o.insert(QStringLiteral("before"), c.before);
    if (!c.after.isUndefined() && c.action != HistoryAction::Remove)
        o.insert(QStringLiteral("after"), c.after);
    return o;
}

QJsonArray historyToJson(const QList<HistoryRecord>& records)
{
    return arrayOf(records, historyRecordToJson);
}

bool readHistoryRecord(Checks& checks, const QJsonValue& v, const QString& path, QSet<qint64>& seen,
                       HistoryRecord& out)
{
    Fields f(checks, path);
    if (!f.load(v, {"id", "step", "at", "who", "text", "action", "object", "object_id", "label",
                    "journey_id", "department_id", "field", "before", "after"}))
        return false;
    const QJsonObject o = v.toObject();
    HistoryChange& c = out.change;
    return readIds(checks, o, f, seen, out) && readTime(checks, f, out.at) &&
           f.text("who", out.who) && f.text("text", out.text) &&
           f.choice("action", &historyActionFromString, "action", c.action, Need::Required) &&
           f.choice("object", &historyObjectFromString, "object", c.object, Need::Required) &&
           f.text("label", c.label) && f.text("field", c.field, Need::Optional, maxFieldLength) &&
           readValues(o, f, c);
}

} // namespace cx::json
