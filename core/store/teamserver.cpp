#include "teamserver.h"
#include "storetr.h"

#include "pg.h"
#include "teamrows.h"
#include "teamschema.h"

#include <QCoreApplication>

#include <algorithm>

namespace cx {

namespace {

Id largestId(const DocumentData& d)
{
    Id most = 0;
    auto raise = [&](const auto& list) {
        for (const auto& x : list)
            most = std::max(most, x.id);
    };
    raise(d.departments);
    raise(d.personas);
    raise(d.participants);
    raise(d.journeys);
    raise(d.stages);
    raise(d.lanes);
    raise(d.cards);
    raise(d.links);
    raise(d.feedback); // numbered apart in a file: the map's counter must pass them too
    return most;
}

} // namespace

TeamServer::TeamServer(std::unique_ptr<pg::Connection> c) : m_conn(std::move(c)) {}

TeamServer::~TeamServer() = default;

Result<std::unique_ptr<TeamServer>>
TeamServer::connect(const QString& conninfo, const QString& password, bool* needsPassword)
{
    auto c = pg::Connection::open(conninfo, password, needsPassword);
    if (!c)
        return c.error();
    // The role the server's policies see: the login, or the role it acts as
    // (a connection may say options='-c role=...').
    auto who = c.value()->query("SELECT current_user", {},
                                TeamStoreTr::tr("connect", "verb: what failed"));
    if (!who)
        return who.error();
    auto server = std::unique_ptr<TeamServer>(new TeamServer(std::move(c.value())));
    server->m_role = who->text(0, 0);
    return server;
}

QString TeamServer::describe() const { return m_conn->describe(); }

QString TeamServer::role() const { return m_role; }

bool TeamServer::holdsPassword(const QString& conninfo) { return pg::holdsPassword(conninfo); }

QString TeamServer::mapNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return TeamStoreTr::tr("a map needs a name (--map NAME)");
    if (name.size() > maxMapNameLength)
        return TeamStoreTr::tr("a map name has at most %1 characters (this one has %2)")
            .arg(maxMapNameLength)
            .arg(name.size());
    for (const QChar ch : name) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Surrogate)
            return TeamStoreTr::tr("a map name cannot hold control characters");
    }
    return {};
}

Error TeamServer::inTransaction(const QString& what, const std::function<Error()>& body,
                                const char* begin)
{
    if (Error err = m_conn->script(begin, what))
        return err;
    Error err = body();
    if (!err)
        err = m_conn->script("COMMIT", what);
    if (err && !m_conn->isBroken())
        m_conn->rollback(what);
    return err;
}

Result<QString> TeamServer::init() { return teamschema::createOrUpgrade(*m_conn); }

Result<qint64> TeamServer::mapId(const QString& name)
{
    if (const QString problem = mapNameProblem(name); !problem.isEmpty())
        return Error{ErrorCode::InvalidArgument, problem};
    auto rows = m_conn->query("SELECT id FROM cxmap.maps WHERE name = $1", {name},
                              TeamStoreTr::tr("find the map"));
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return Error{ErrorCode::FileMissing,
                     TeamStoreTr::tr("There is no map named “%1” on %2.").arg(name, describe())};
    return rows->int64(0, 0);
}

Result<QList<TeamMapInfo>> TeamServer::maps()
{
    if (Error err = teamschema::requireCurrent(*m_conn))
        return err;
    // The last change: the latest of the publication and every row's stamp
    // (a removal leaves none: it shows as the publication or another change).
    auto rows = m_conn->query(
        "SELECT m.name, m.title, to_char(last.at AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), last.who, "
        "(SELECT count(*) FROM cxmap.journeys x WHERE x.map_id = m.id), "
        "(SELECT count(*) FROM cxmap.cards x WHERE x.map_id = m.id), "
        "(SELECT count(*) FROM cxmap.links x WHERE x.map_id = m.id) "
        "FROM cxmap.maps m, LATERAL ("
        "  SELECT at, who FROM ("
        "    SELECT m.changed_at AS at, m.changed_by AS who"
        "    UNION ALL SELECT changed_at, changed_by FROM cxmap.cards x WHERE x.map_id = m.id"
        "    UNION ALL SELECT changed_at, changed_by FROM cxmap.links x WHERE x.map_id = m.id"
        "    UNION ALL SELECT changed_at, changed_by FROM cxmap.stages x WHERE x.map_id = m.id"
        "    UNION ALL SELECT changed_at, changed_by FROM cxmap.lanes x WHERE x.map_id = m.id"
        "  ) changes ORDER BY at DESC LIMIT 1) last "
        "ORDER BY m.name",
        {}, TeamStoreTr::tr("list the maps"));
    if (!rows)
        return rows.error();
    QList<TeamMapInfo> list;
    for (int r = 0; r < rows->count(); ++r) {
        list.append({rows->text(r, 0), rows->text(r, 1),
                     QDateTime::fromString(rows->text(r, 2), Qt::ISODate), rows->text(r, 3),
                     int(rows->int64(r, 4)), int(rows->int64(r, 5)), int(rows->int64(r, 6))});
    }
    return list;
}

Error TeamServer::publish(const QString& name, const DocumentData& data, bool replace)
{
    if (const QString problem = mapNameProblem(name); !problem.isEmpty())
        return {ErrorCode::InvalidArgument, problem};
    if (Error err = teamschema::requireCurrent(*m_conn))
        return err;
    const QString what = TeamStoreTr::tr("publish the map");
    return inTransaction(what, [&]() -> Error {
        // Two publishers of one name wait for each other (a row lock would
        // need the right to change the map, which a newcomer lacks).
        if (Error err =
                m_conn->run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", {name}, what))
            return err;
        auto existing = m_conn->query("SELECT id FROM cxmap.maps WHERE name = $1", {name}, what);
        if (!existing)
            return existing.error();
        qint64 id = 0;
        if (existing->count() > 0) {
            id = existing->int64(0, 0);
            if (!replace)
                return {ErrorCode::InvalidArgument,
                        TeamStoreTr::tr("A map named “%1” is already on the server. Choose "
                                        "another name, or replace it with --replace (its "
                                        "facilitators only).")
                            .arg(name)};
            auto mine = administers(id);
            if (!mine)
                return mine.error();
            if (!*mine)
                return {ErrorCode::NoPermission,
                        TeamStoreTr::tr("Only a facilitator of “%1” may replace it, and %2 is "
                                        "not one.")
                            .arg(name, role())};
            if (Error err = teamrows::deleteAll(*m_conn, id))
                return err;
            if (Error err = m_conn->run("UPDATE cxmap.maps SET title = $2, changed_at = now(), "
                                        "changed_by = current_user, review_interval_days = $3 "
                                        "WHERE id = $1",
                                        {id, data.title, data.reviewIntervalDays}, what))
                return err;
        } else {
            auto made = m_conn->query("INSERT INTO cxmap.maps (name, title, review_interval_days) "
                                      "VALUES ($1, $2, $3) RETURNING id",
                                      {name, data.title, data.reviewIntervalDays}, what);
            if (!made)
                return made.error();
            id = made->int64(0, 0);
            if (Error err = m_conn->run("INSERT INTO cxmap.grants (map_id, role_name, kind) "
                                        "VALUES ($1, current_user, 'facilitator')",
                                        {id}, what))
                return err;
        }
        if (Error err = teamrows::writeAll(*m_conn, id, data))
            return err;
        // The map's own id counter starts past every id it holds, and never
        // goes back (a replaced map's ids may still be in open windows).
        return m_conn->run("UPDATE cxmap.maps SET next_id = greatest(next_id, $2) WHERE id = $1",
                           {id, largestId(data) + 1}, what);
    });
}

Result<DocumentData> TeamServer::read(const QString& name)
{
    if (Error err = teamschema::requireCurrent(*m_conn))
        return err;
    // One snapshot of every table: a map being edited reads as of one moment.
    DocumentData data;
    const Error err = inTransaction(
        TeamStoreTr::tr("read the map"),
        [&]() -> Error {
            auto id = mapId(name);
            if (!id)
                return id.error();
            auto rows = teamrows::readAll(*m_conn, *id);
            if (!rows)
                return rows.error();
            data = std::move(rows.value());
            return {};
        },
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (err)
        return err;
    teamrows::numberCells(data.cards);
    data.canonicalize();
    return data;
}

Result<bool> TeamServer::administers(qint64 map)
{
    auto rows =
        m_conn->query("SELECT cxmap.has_grant($1, current_user, 'facilitator') "
                      "OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_user "
                      "           AND (r.rolsuper OR r.rolbypassrls)) "
                      "OR pg_has_role(current_user, (SELECT relowner FROM pg_class "
                      "                              WHERE oid = 'cxmap.maps'::regclass), 'USAGE')",
                      {map}, TeamStoreTr::tr("read your rights"));
    if (!rows)
        return rows.error();
    return rows->boolean(0, 0);
}

Result<TeamRights> TeamServer::rights(const QString& map)
{
    if (Error err = teamschema::requireCurrent(*m_conn))
        return err;
    auto id = mapId(map);
    if (!id)
        return id.error();
    TeamRights r;
    auto admin = administers(*id);
    if (!admin)
        return admin.error();
    r.facilitator = *admin;
    auto rows = m_conn->query("SELECT kind, department_id FROM cxmap.grants WHERE map_id = $1 "
                              "AND role_name = current_user ORDER BY department_id",
                              {*id}, TeamStoreTr::tr("read your rights"));
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->count(); ++i) {
        const QString kind = rows->text(i, 0);
        if (kind == QLatin1String("viewer"))
            r.viewer = true;
        else if (kind == QLatin1String("member"))
            r.departments.append(rows->int64(i, 1));
    }
    return r;
}

Error TeamServer::grant(const QString& map, const QString& who, const char* kind,
                        const QList<Id>& ids)
{
    const QString what = TeamStoreTr::tr("grant rights");
    return asFacilitator(map, what, [&](qint64 id) -> Error {
        auto known = m_conn->query("SELECT 1 FROM pg_roles WHERE rolname = $1", {who}, what);
        if (!known)
            return known.error();
        if (known->count() == 0)
            return {ErrorCode::InvalidArgument,
                    TeamStoreTr::tr("There is no server role “%1”: the server's administrator "
                                    "makes login roles (CREATE ROLE ... LOGIN).")
                        .arg(who)};
        for (Id department : ids.isEmpty() ? QList<Id>{0} : ids) {
            if (Error err = m_conn->run("INSERT INTO cxmap.grants VALUES ($1, $2, $3, $4) "
                                        "ON CONFLICT DO NOTHING",
                                        {id, who, kind, department}, what))
                return err;
        }
        return {};
    });
}

Error TeamServer::grantFacilitator(const QString& map, const QString& role)
{
    return grant(map, role, "facilitator", {});
}

Error TeamServer::grantViewer(const QString& map, const QString& role)
{
    return grant(map, role, "viewer", {});
}

Error TeamServer::grantMember(const QString& map, const QString& role,
                              const QStringList& departments)
{
    if (departments.isEmpty())
        return {ErrorCode::InvalidArgument,
                TeamStoreTr::tr("Name the departments a member works for (--department NAME).")};
    auto data = read(map);
    if (!data)
        return data.error();
    QList<Id> ids;
    QStringList names;
    for (const Department& d : data->departments)
        names << d.name;
    for (const QString& wanted : departments) {
        const auto it = std::find_if(
            data->departments.cbegin(), data->departments.cend(),
            [&](const Department& d) { return d.name.compare(wanted, Qt::CaseInsensitive) == 0; });
        if (it == data->departments.cend())
            return {ErrorCode::InvalidArgument,
                    TeamStoreTr::tr("The map “%1” has no department “%2”; it has: %3")
                        .arg(map, wanted, names.join(QStringLiteral(", ")))};
        ids.append(it->id);
    }
    return grant(map, role, "member", ids);
}

Error TeamServer::revoke(const QString& map, const QString& who)
{
    const QString what = TeamStoreTr::tr("revoke rights");
    return asFacilitator(map, what, [&](qint64 id) -> Error {
        auto gone = m_conn->query("DELETE FROM cxmap.grants WHERE map_id = $1 AND role_name = $2 "
                                  "RETURNING 1",
                                  {id, who}, what);
        if (!gone)
            return gone.error();
        if (gone->count() == 0)
            return {ErrorCode::InvalidArgument,
                    TeamStoreTr::tr("%1 has no rights on “%2”.").arg(who, map)};
        return {};
    });
}

Result<int> TeamServer::remove(const QString& map)
{
    const QString what = TeamStoreTr::tr("delete the map");
    int cards = 0;
    const Error err = asFacilitator(map, what, [&](qint64 id) -> Error {
        auto count =
            m_conn->query("SELECT count(*) FROM cxmap.cards WHERE map_id = $1", {id}, what);
        if (!count)
            return count.error();
        cards = int(count->int64(0, 0));
        auto gone = m_conn->query("DELETE FROM cxmap.maps WHERE id = $1 RETURNING 1", {id}, what);
        if (!gone)
            return gone.error();
        return {};
    });
    if (err)
        return err;
    return cards;
}

Error TeamServer::asFacilitator(const QString& map, const QString& what,
                                const std::function<Error(qint64)>& body)
{
    if (Error err = teamschema::requireCurrent(*m_conn))
        return err;
    return inTransaction(what, [&]() -> Error {
        auto id = mapId(map);
        if (!id)
            return id.error();
        auto mine = administers(*id);
        if (!mine)
            return mine.error();
        if (!*mine)
            return {ErrorCode::NoPermission,
                    TeamStoreTr::tr("Only a facilitator of “%1” may %2 on it, and %3 is not one.")
                        .arg(map, what, role())};
        return body(*id);
    });
}

} // namespace cx
