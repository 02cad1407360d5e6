// A team map's history (model/history.h): written by the server's triggers
// (teammigrate5.cpp), so a client passes on only the words of its step, and
// read here as the rows the server's policies show this role. And its named
// versions (model/version.h, teammigrate6.cpp), dated and signed by the server.

#include "storetr.h"
#include "teamstore.h"

#include "pg.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cx {

namespace {

// A jsonb value as text inside a one-element array ("[...]"): Qt parses only
// arrays and objects at the top, and SQL NULL (no value: an object added or
// removed) comes back as an empty string.
QJsonValue jsonValueOf(const pg::Rows& rows, int row, int col)
{
    if (rows.isNull(row, col))
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson(rows.text(row, col).toUtf8());
    if (!doc.isArray() || doc.array().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().first();
}

QString isoText(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// The SQL and its parameters that select the filter's records of map mapId.
QByteArray historyQuery(const HistoryFilter& filter, qint64 mapId, pg::Params& params)
{
    QByteArray sql =
        "SELECT id, step, (extract(epoch FROM at) * 1000)::bigint, who, text, action, object, "
        "object_id, label, coalesce(journey_id, 0), coalesce(department_id, 0), "
        "coalesce(field, ''), CASE WHEN before IS NOT NULL THEN jsonb_build_array(before) END, "
        "CASE WHEN after IS NOT NULL THEN jsonb_build_array(after) END "
        "FROM cxmap.history WHERE map_id = $1";
    params = {mapId};
    auto where = [&](const char* condition, const pg::Param& value) {
        params.append(value);
        sql += QByteArray(" AND ") + condition + " $" + QByteArray::number(params.size());
    };
    if (filter.object) {
        where("object =", toString(*filter.object));
        if (filter.objectId)
            where("object_id =", qint64(filter.objectId));
    }
    if (filter.departmentId)
        where("department_id =", qint64(filter.departmentId));
    if (!filter.field.isEmpty())
        where("field =", filter.field);
    if (filter.since.isValid())
        where("at >=", isoText(filter.since));
    if (filter.until.isValid())
        where("at <", isoText(filter.until));
    // Newest first; within one step, the order its fields were written in
    // reversed, as a step undone reads back.
    sql += " ORDER BY at DESC, id DESC";
    if (filter.limit > 0)
        sql += " LIMIT " + QByteArray::number(filter.limit);
    return sql;
}

// One row of historyQuery as a record; false when the server holds a name
// this build does not know (a newer server's object, say).
bool recordOf(const pg::Rows& rows, int row, HistoryRecord& out)
{
    const auto action = historyActionFromString(rows.text(row, 5));
    const auto object = historyObjectFromString(rows.text(row, 6));
    if (!action || !object)
        return false;
    out.id = rows.int64(row, 0);
    out.step = rows.int64(row, 1);
    out.at = QDateTime::fromMSecsSinceEpoch(rows.int64(row, 2), Qt::UTC);
    out.who = rows.text(row, 3);
    out.text = rows.text(row, 4);
    HistoryChange& c = out.change;
    c.action = *action;
    c.object = *object;
    c.objectId = rows.int64(row, 7);
    c.label = rows.text(row, 8);
    c.journeyId = rows.int64(row, 9);
    c.departmentId = rows.int64(row, 10);
    c.field = rows.text(row, 11);
    c.before = jsonValueOf(rows, row, 12);
    c.after = jsonValueOf(rows, row, 13);
    return true;
}

} // namespace

// Only the words: who and when are the server's (the role the transaction
// acts as, the transaction's time), and what changed is what its triggers
// saw, so nothing a client says can forge them. The setting lasts until the
// transaction ends, where the deferred trigger reads it.
Error TeamStore::putHistory(const QDateTime&, const QString&, const QString& text,
                            const QList<HistoryChange>&)
{
    if (!m_inTransaction)
        return {};
    Error err = m_server->connection().run("SELECT set_config('cxmap.step_text', $1, true)", {text},
                                           TeamStoreTr::tr("save the change"));
    return err ? failed(err) : Error{};
}

Result<QList<HistoryRecord>> TeamStore::readHistory(const HistoryFilter& filter) const
{
    pg::Connection& c = m_server->connection();
    if (c.isBroken())
        return Error{ErrorCode::Io,
                     TeamStoreTr::tr("The history cannot be read: the connection to the team "
                                     "server was lost.")};
    pg::Params params;
    const QByteArray sql = historyQuery(filter, m_mapId, params);
    auto rows = c.query(sql.constData(), params, TeamStoreTr::tr("read the map's history"));
    drainLater();
    if (!rows)
        return rows.error();
    QList<HistoryRecord> records;
    records.reserve(rows->count());
    for (int row = 0; row < rows->count(); ++row) {
        HistoryRecord r;
        if (recordOf(*rows, row, r))
            records.append(std::move(r));
    }
    return records;
}

// The server lets only the map's facilitators (cxmap.prune_history checks),
// in a transaction of its own.
Result<qint64> TeamStore::pruneHistory(const QDateTime& before)
{
    if (m_inTransaction)
        return Error{ErrorCode::InvalidArgument,
                     TeamStoreTr::tr("The history cannot be pruned during an edit")};
    if (!before.isValid())
        return Error{ErrorCode::InvalidArgument, TeamStoreTr::tr("No date to prune before")};
    auto rows = m_server->connection().query("SELECT cxmap.prune_history($1, $2::timestamptz)",
                                             {m_mapId, isoText(before)},
                                             TeamStoreTr::tr("prune the map's history"));
    drainLater();
    if (!rows) {
        if (rows.error().code == ErrorCode::NoPermission)
            return Error{ErrorCode::NoPermission,
                         TeamStoreTr::tr("Only the map's facilitators prune its history; %1 is a "
                                         "%2.")
                             .arg(role(), access())};
        return failed(rows.error());
    }
    return rows->count() > 0 ? rows->int64(0, 0) : 0;
}

Result<QDateTime> TeamStore::historyPrunedBefore() const
{
    auto rows = m_server->connection().query(
        "SELECT to_char(history_pruned_before AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM cxmap.maps WHERE id = $1",
        {m_mapId}, TeamStoreTr::tr("read the map's history"));
    drainLater();
    if (!rows)
        return rows.error();
    if (rows->count() == 0 || rows->isNull(0, 0))
        return QDateTime();
    return QDateTime::fromString(rows->text(0, 0), Qt::ISODateWithMs);
}

// --- Named versions ---------------------------------------------------------------

Result<Id> TeamStore::createVersion(const QString& name, const QDateTime& at, const QString& who,
                                    const QByteArray& json)
{
    Q_UNUSED(at);
    Q_UNUSED(who);
    if (m_inTransaction)
        return Error{ErrorCode::InvalidArgument,
                     TeamStoreTr::tr("A version cannot be taken during an edit")};
    auto rows = m_server->connection().query(
        "INSERT INTO cxmap.versions (map_id, name, data) VALUES ($1, $2, $3) RETURNING id",
        {m_mapId, name, QString::fromUtf8(json)},
        TeamStoreTr::tr("take the version “%1”").arg(name));
    drainLater();
    if (!rows) {
        if (rows.error().code == ErrorCode::NoPermission)
            return Error{ErrorCode::NoPermission,
                         TeamStoreTr::tr("A %1 takes no versions of the map.").arg(access())};
        return failed(rows.error());
    }
    return rows->int64(0, 0);
}

Result<QList<VersionInfo>> TeamStore::versions() const
{
    auto rows = m_server->connection().query(
        "SELECT id, name, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "who FROM cxmap.versions WHERE map_id = $1 ORDER BY at, id",
        {m_mapId}, TeamStoreTr::tr("read the map's versions"));
    drainLater();
    if (!rows)
        return rows.error();
    QList<VersionInfo> out;
    for (int r = 0; r < rows->count(); ++r)
        out.append({rows->int64(r, 0), rows->text(r, 1),
                    QDateTime::fromString(rows->text(r, 2), Qt::ISODateWithMs), rows->text(r, 3)});
    return out;
}

Result<QByteArray> TeamStore::versionData(Id id) const
{
    auto rows = m_server->connection().query(
        "SELECT data FROM cxmap.versions WHERE map_id = $1 AND id = $2", {m_mapId, id},
        TeamStoreTr::tr("read version %1").arg(id));
    drainLater();
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return Error{ErrorCode::InvalidArgument,
                     TeamStoreTr::tr("The map has no version with id %1").arg(id)};
    return rows->text(0, 0).toUtf8();
}

} // namespace cx
