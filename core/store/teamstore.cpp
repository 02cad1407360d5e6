// A team map as the Document's store: opening, transactions and writing only
// what changed, each row against the revision last seen. Others' changes
// (LISTEN/NOTIFY) are merged in teamlive.cpp.

#include "teamstore.h"
#include "storetr.h"

#include "pg.h"
#include "store.h"
#include "teamschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace cx {

namespace {

// The name or title a message gives a row.
// How messages name a row of table: its title or name; a feedback item by
// its id, never by the customer's words.
QString labelOf(const char* table, const QJsonObject& row)
{
    if (QLatin1String(table) == QLatin1String("feedback"))
        return QCoreApplication::translate("cx::TeamStore", "feedback item %1")
            .arg(qint64(row.value(QLatin1String("id")).toDouble()));
    const QString title = row.value(QLatin1String("title")).toString();
    return title.isEmpty() ? row.value(QLatin1String("name")).toString() : title;
}

// Why a role may not change a row of table that the server kept unchanged.
QString refusalReason(const char* table)
{
    const QLatin1String t(table);
    if (t == QLatin1String("cards") || t == QLatin1String("links"))
        return TeamStoreTr::tr("it belongs to a department you are not a member of");
    if (t == QLatin1String("feedback"))
        return TeamStoreTr::tr("it is on a card of a department you are not a member of");
    return TeamStoreTr::tr("only its facilitators change the map's structure");
}

pg::Param paramOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return pg::Param(v.toBool());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return pg::Param(qint64(d));
        return pg::Param::real(d);
    }
    default:
        return pg::Param(v.toString());
    }
}

} // namespace

TeamStore::TeamStore(std::unique_ptr<TeamServer> server, QString map, qint64 mapId,
                     TeamRights rights)
    : m_server(std::move(server)), m_map(std::move(map)), m_mapId(mapId),
      m_rights(std::move(rights))
{
}

TeamStore::~TeamStore() = default;

Result<std::unique_ptr<TeamStore>> TeamStore::open(const QString& conninfo, const QString& map,
                                                   const QString& password, bool* needsPassword)
{
    auto server = TeamServer::connect(conninfo, password, needsPassword);
    if (!server)
        return server.error();
    auto rights = server.value()->rights(map);
    if (!rights)
        return rights.error();
    auto id = server.value()->mapId(map);
    if (!id)
        return id.error();
    // Listening before the first read: what others commit while the map
    // opens is announced, not lost (libpq keeps it until it is looked at).
    if (Error err = server.value()->connection().script("LISTEN cxmap_changes",
                                                        TeamStoreTr::tr("follow the map")))
        return err;
    return std::unique_ptr<TeamStore>(
        new TeamStore(std::move(server.value()), map, *id, std::move(rights.value())));
}

QString TeamStore::server() const { return m_server->describe(); }

QString TeamStore::role() const { return m_server->role(); }

QString TeamStore::path() const
{
    return TeamStoreTr::tr("team map “%1” on %2").arg(m_map, server());
}

QString TeamStore::access() const
{
    if (m_rights.facilitator)
        return TeamStoreTr::tr("facilitator", "role on a team map");
    if (m_rights.departments.isEmpty())
        return TeamStoreTr::tr("viewer", "role on a team map");
    QStringList names;
    for (Id id : m_rights.departments) {
        const Seen* d = seen(teamrows::revisionKey("departments", id));
        names << (d ? d->row.value(QLatin1String("name")).toString() : QString::number(id));
    }
    return TeamStoreTr::tr("member of %1").arg(names.join(QStringLiteral(", ")));
}

QString TeamStore::structureRefusal() const
{
    if (m_rights.facilitator)
        return {};
    return TeamStoreTr::tr("Only the map's facilitators change its stages, lanes, journeys, "
                           "departments and personas; %1 is a %2.")
        .arg(role(), access());
}

QString TeamStore::cardRefusal(Id accountableId) const
{
    if (m_rights.facilitator || m_rights.departments.contains(accountableId))
        return {};
    const Seen* d = seen(teamrows::revisionKey("departments", accountableId));
    const QString owner =
        d ? d->row.value(QLatin1String("name")).toString() : TeamStoreTr::tr("no department");
    return TeamStoreTr::tr("This card belongs to %1, and %2 is a %3: you may vote and comment on "
                           "it, not change it.")
        .arg(owner, role(), access());
}

bool TeamStore::isReadOnly() const
{
    return m_deleted || m_server->connection().isBroken() ||
           (!m_rights.facilitator && m_rights.departments.isEmpty());
}

QString TeamStore::readOnlyReason() const
{
    if (m_deleted)
        return TeamStoreTr::tr("the map “%1” was deleted from the team server (or %2's rights on "
                               "it were taken); File > Save As keeps what this window shows")
            .arg(m_map, role());
    if (m_server->connection().isBroken())
        return TeamStoreTr::tr("the connection to the team server was lost; reconnecting");
    if (isReadOnly())
        return TeamStoreTr::tr("%1 may read this team map, not change it").arg(role());
    return {};
}

void TeamStore::remember(const DocumentData& data, const teamrows::Revisions& revisions) const
{
    m_seen.clear();
    m_seenCards.clear();
    auto keep = [&](const char* table, Id id, const QJsonObject& row) {
        const QString key = teamrows::revisionKey(table, id);
        m_seen.insert(key, {row, revisions.value(key)});
    };
    for (const Department& x : data.departments)
        keep("departments", x.id, teamrows::departmentRow(x));
    for (const Persona& x : data.personas)
        keep("personas", x.id, teamrows::personaRow(x));
    for (const Participant& x : data.participants)
        keep("participants", x.id, teamrows::participantRow(x));
    for (const Journey& x : data.journeys)
        keep("journeys", x.id, teamrows::journeyRow(x));
    for (const Stage& x : data.stages)
        keep("stages", x.id, teamrows::stageRow(x));
    for (const Lane& x : data.lanes)
        keep("lanes", x.id, teamrows::laneRow(x));
    m_seenCards.reserve(data.cards.size());
    for (const Card& x : data.cards) {
        keep("cards", x.id, teamrows::cardRow(x));
        m_seenCards.insert(x.id, x);
    }
    for (const Link& x : data.links)
        keep("links", x.id, teamrows::linkRow(x));
    for (const Feedback& x : data.feedback)
        keep("feedback", x.id, teamrows::feedbackRow(x));
}

Result<DocumentData> TeamStore::readAll() const
{
    pg::Connection& c = m_server->connection();
    if (m_deleted)
        return lastSeen();
    if (c.isBroken()) {
        // Until the connection is back (connectionLost changes no data, only
        // the connection's state, and starts the reconnection).
        const_cast<TeamStore*>(this)->connectionLost();
        return lastSeen();
    }
    const QString what = TeamStoreTr::tr("read the map");
    // One snapshot of every table.
    if (Error err = c.script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", what))
        return err;
    teamrows::Revisions revisions;
    auto data = teamrows::readAll(c, m_mapId, &revisions);
    if (!data)
        c.rollback(what);
    else if (Error err = c.script("COMMIT", what))
        data = err;
    if (!data && c.isBroken()) {
        // Lost while reading: the map as last seen, read-only until it is
        // back (connectionLost changes no data, only the connection's state).
        const_cast<TeamStore*>(this)->connectionLost();
        return lastSeen();
    }
    if (!data && data.error().code == ErrorCode::FileMissing) {
        mapDeleted();
        return lastSeen();
    }
    if (!data)
        return data.error();
    data->canonicalize();
    remember(*data, revisions); // with the server's positions
    teamrows::numberCells(data->cards);
    m_title = data->title;
    m_interval = data->reviewIntervalDays;
    drainLater();
    return data;
}

Error TeamStore::saveAs(const QString& path, bool overwrite) const
{
    if (!overwrite && QFileInfo::exists(path))
        return {ErrorCode::InvalidArgument,
                TeamStoreTr::tr("%1 exists: choose another name").arg(path)};
    auto data = readAll();
    if (!data)
        return data.error();
    QFile::remove(path);
    auto file = Store::create(path, *data);
    return file ? Error{} : file.error();
}

Error TeamStore::setMaxPageCount(int)
{
    return {ErrorCode::InvalidArgument, TeamStoreTr::tr("a team map has no page limit")};
}

// --- Transactions ------------------------------------------------------------------

Error TeamStore::begin()
{
    m_pendingTitle.reset();
    m_pendingInterval.reset();
    m_pendingReviews.clear();
    m_pending.clear();
    m_pendingCards.clear();
    m_plannedPositions.clear();
    m_undoing = false;
    if (Error err = m_server->connection().script("BEGIN", TeamStoreTr::tr("save the change")))
        return failed(err);
    m_inTransaction = true;
    return {};
}

Error TeamStore::beginUndo()
{
    Error err = begin();
    m_undoing = !err;
    return err;
}

Error TeamStore::commit()
{
    if (Error err = m_server->connection().script("COMMIT", TeamStoreTr::tr("save the change")))
        return failed(err);
    m_inTransaction = false;
    m_undoing = false;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value())
            m_seen.insert(it.key(), *it.value());
        else
            m_seen.remove(it.key());
    }
    for (auto it = m_pendingCards.cbegin(); it != m_pendingCards.cend(); ++it) {
        if (it.value())
            m_seenCards.insert(it.key(), *it.value());
        else
            m_seenCards.remove(it.key());
    }
    m_pending.clear();
    m_pendingCards.clear();
    m_plannedPositions.clear();
    if (m_pendingTitle)
        m_title = *m_pendingTitle;
    m_pendingTitle.reset();
    if (m_pendingInterval)
        m_interval = *m_pendingInterval;
    m_pendingInterval.reset();
    // The reviews the server wrote, read as others' changes are.
    m_remoteCards.unite(m_pendingReviews);
    m_pendingReviews.clear();
    if (!m_remoteCards.isEmpty() && m_fetch)
        m_fetch->start();
    drainLater();
    return {};
}

void TeamStore::rollback()
{
    if (!m_server->connection().isBroken())
        m_server->connection().rollback(TeamStoreTr::tr("undo the change"));
    m_inTransaction = false;
    m_undoing = false;
    m_pending.clear();
    m_pendingCards.clear();
    m_plannedPositions.clear();
    m_pendingTitle.reset();
    m_pendingInterval.reset();
    m_pendingReviews.clear();
    drainLater();
}

Error TeamStore::failed(const Error& err)
{
    if (err.code == ErrorCode::NoPermission)
        return {err.code, TeamStoreTr::tr("%1 may not make this change on the team map (%2).")
                              .arg(role(), err.message)};
    if (m_server->connection().isBroken()) {
        connectionLost();
        return {ErrorCode::Io, TeamStoreTr::tr("The change was not saved: the connection to the "
                                               "team server was lost (%1). The map is read-only "
                                               "until it is back.")
                                   .arg(err.message)};
    }
    return err;
}

Id TeamStore::takeId()
{
    auto rows = m_server->connection().query("SELECT cxmap.take_id($1)", {m_mapId},
                                             TeamStoreTr::tr("take a new id"));
    drainLater();
    if (!rows && m_server->connection().isBroken())
        connectionLost();
    if (!rows || rows->count() == 0 || rows->isNull(0, 0))
        return 0; // the edit that needs it fails with the reason
    return rows->int64(0, 0);
}

// --- Rows ------------------------------------------------------------------------

const TeamStore::Seen* TeamStore::seen(const QString& key) const
{
    if (const auto it = m_pending.constFind(key); it != m_pending.cend())
        return it.value() ? &*it.value() : nullptr;
    const auto it = m_seen.constFind(key);
    return it == m_seen.cend() ? nullptr : &it.value();
}

const Card* TeamStore::seenCard(Id id) const
{
    if (const auto it = m_pendingCards.constFind(id); it != m_pendingCards.cend())
        return it.value() ? &*it.value() : nullptr;
    const auto it = m_seenCards.constFind(id);
    return it == m_seenCards.cend() ? nullptr : &it.value();
}

// While undoing: only rows whose last change is this role's own.
QByteArray TeamStore::ownLastChange() const
{
    return m_undoing ? QByteArray(" AND changed_by = current_user") : QByteArray();
}

// Inserts a row not seen before; else updates the columns that differ from
// what was seen, if the row still has the revision seen (force: even when no
// column differs, so that the revision moves on).
Error TeamStore::putRow(const char* table, Id id, const QJsonObject& row, bool force)
{
    pg::Connection& c = m_server->connection();
    const QString what = TeamStoreTr::tr("save “%1”").arg(labelOf(table, row));
    const QString key = teamrows::revisionKey(table, id);
    const Seen* was = seen(key);
    if (!was) {
        if (Error err = teamrows::insertRows(c, table, m_mapId, {row}, what))
            return failed(err);
        m_pending.insert(key, Seen{row, 1});
        return {};
    }
    QByteArray sets;
    pg::Params params{m_mapId, id, was->revision};
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (was->row.value(it.key()) == it.value())
            continue;
        params.append(paramOf(it.value()));
        sets += (sets.isEmpty() ? "" : ", ") + it.key().toLatin1() + " = $" +
                QByteArray::number(params.size());
    }
    if (sets.isEmpty() && !force)
        return {};
    if (sets.isEmpty())
        sets = "revision = revision"; // the server's trigger moves it on
    const QByteArray sql = QByteArray("UPDATE cxmap.") + table + " SET " + sets +
                           " WHERE map_id = $1 AND id = $2 AND revision = $3" + ownLastChange() +
                           " RETURNING revision";
    auto done = c.query(sql.constData(), params, what);
    if (!done)
        return failed(done.error());
    if (done->count() == 0)
        return refused(table, id, *was);
    m_pending.insert(key, Seen{row, done->int64(0, 0)});
    return {};
}

Error TeamStore::deleteRow(const char* table, Id id)
{
    const QString key = teamrows::revisionKey(table, id);
    const Seen* was = seen(key);
    if (!was)
        return {};
    const QByteArray sql = QByteArray("DELETE FROM cxmap.") + table +
                           " WHERE map_id = $1 AND id = $2 AND revision = $3" + ownLastChange() +
                           " RETURNING 1";
    auto done =
        m_server->connection().query(sql.constData(), {m_mapId, id, was->revision},
                                     TeamStoreTr::tr("remove “%1”").arg(labelOf(table, was->row)));
    if (!done)
        return failed(done.error());
    if (done->count() == 0)
        return refused(table, id, *was);
    m_pending.insert(key, std::nullopt);
    return {};
}

// Why an update or delete of a row seen at a revision touched nothing.
Error TeamStore::refused(const char* table, Id id, const Seen& was)
{
    const QString label = labelOf(table, was.row);
    const QByteArray sql = QByteArray("SELECT revision, changed_by FROM cxmap.") + table +
                           " WHERE map_id = $1 AND id = $2";
    auto now = m_server->connection().query(sql.constData(), {m_mapId, id},
                                            TeamStoreTr::tr("check “%1”").arg(label));
    if (!now)
        return failed(now.error());
    if (now->count() == 0)
        return {ErrorCode::Conflict,
                TeamStoreTr::tr("“%1” was removed by someone else since you saw it: your change "
                                "was not saved. The map now shows what is on the server.")
                    .arg(label)};
    if (m_undoing && now->text(0, 1) != role())
        return {ErrorCode::Conflict,
                TeamStoreTr::tr("“%1” was changed by %2 since your step: it was not undone, and "
                                "the map shows their version.")
                    .arg(label, now->text(0, 1))};
    if (now->int64(0, 0) != was.revision)
        return {ErrorCode::Conflict,
                TeamStoreTr::tr("“%1” was changed by %2 since you saw it: your change was not "
                                "saved, and the map now shows theirs.")
                    .arg(label, now->text(0, 1))};
    return {ErrorCode::NoPermission, TeamStoreTr::tr("%1 may not change “%2” on this team map: %3")
                                         .arg(role(), label, refusalReason(table))};
}

Error TeamStore::putDepartment(const Department& d)
{
    return putRow("departments", d.id, teamrows::departmentRow(d));
}

Error TeamStore::putPersona(const Persona& p)
{
    return putRow("personas", p.id, teamrows::personaRow(p));
}

Error TeamStore::putParticipant(const Participant& p)
{
    return putRow("participants", p.id, teamrows::participantRow(p));
}

Error TeamStore::putJourney(const Journey& j)
{
    return putRow("journeys", j.id, teamrows::journeyRow(j));
}

Error TeamStore::putStage(const Stage& s) { return putRow("stages", s.id, teamrows::stageRow(s)); }

Error TeamStore::putLane(const Lane& l) { return putRow("lanes", l.id, teamrows::laneRow(l)); }

Error TeamStore::putLink(const Link& l) { return putRow("links", l.id, teamrows::linkRow(l)); }

// One column of the map's own row (its facilitators'); what names it in
// messages ("title", "review interval").
Error TeamStore::putMapColumn(const char* column, const pg::Param& value, const QString& what)
{
    const QByteArray sql = QByteArray("UPDATE cxmap.maps SET ") + column +
                           " = $2 WHERE id = $1 AND " + column + " IS DISTINCT FROM $2 RETURNING 1";
    auto done = m_server->connection().query(sql.constData(), {m_mapId, value},
                                             TeamStoreTr::tr("save the %1").arg(what));
    if (!done)
        return failed(done.error());
    if (done->count() == 0 && !m_rights.facilitator)
        return {ErrorCode::NoPermission,
                TeamStoreTr::tr("Only the map's facilitators change its %1.").arg(what)};
    return {};
}

Error TeamStore::putTitle(const QString& title)
{
    const Error err = putMapColumn(
        "title", title,
        TeamStoreTr::tr("title", "of the map: Only the map's facilitators change its %1"));
    if (!err)
        m_pendingTitle = title;
    return err;
}

Error TeamStore::putReviewInterval(int days)
{
    const Error err =
        putMapColumn("review_interval_days", days,
                     TeamStoreTr::tr("review interval",
                                     "of the map: Only the map's facilitators change its %1"));
    if (!err)
        m_pendingInterval = days;
    return err;
}

Error TeamStore::deleteDepartment(Id id) { return deleteRow("departments", id); }
Error TeamStore::deletePersona(Id id) { return deleteRow("personas", id); }
Error TeamStore::deleteParticipant(Id id) { return deleteRow("participants", id); }
Error TeamStore::deleteJourney(Id id) { return deleteRow("journeys", id); }
Error TeamStore::deleteStage(Id id) { return deleteRow("stages", id); }
Error TeamStore::deleteLane(Id id) { return deleteRow("lanes", id); }
Error TeamStore::deleteLink(Id id) { return deleteRow("links", id); }

Error TeamStore::deleteCard(Id id)
{
    if (Error err = deleteRow("cards", id))
        return err;
    m_pendingCards.insert(id, std::nullopt);
    return {};
}

// A feedback item is a row of its own, revisioned like a card; who may write
// it is the server's row-level security (teammigrate7.cpp).
Error TeamStore::putFeedback(const Feedback& f)
{
    return putRow("feedback", f.id, teamrows::feedbackRow(f));
}

Error TeamStore::deleteFeedback(Id id) { return deleteRow("feedback", id); }

} // namespace cx
