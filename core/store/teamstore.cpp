// A team map as the Document's store: opening, transactions and writing only
// what changed, each row against the revision last seen. Others' changes
// (LISTEN/NOTIFY) are merged in teamlive.cpp.

#include "teamstore.h"

#include "pg.h"
#include "store.h"
#include "teamschema.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <climits>
#include <vector>

namespace cx {

namespace {

// The name or title a message gives a row.
QString labelOf(const QJsonObject& row)
{
    const QString title = row.value(QLatin1String("title")).toString();
    return title.isEmpty() ? row.value(QLatin1String("name")).toString() : title;
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
    server.value()->connection().script("LISTEN cxmap_changes", QStringLiteral("follow the map"));
    return std::unique_ptr<TeamStore>(
        new TeamStore(std::move(server.value()), map, *id, std::move(rights.value())));
}

QString TeamStore::server() const { return m_server->describe(); }

QString TeamStore::role() const { return m_server->role(); }

QString TeamStore::path() const
{
    return QStringLiteral("team map “%1” on %2").arg(m_map, server());
}

QString TeamStore::access() const
{
    if (m_rights.facilitator)
        return QStringLiteral("facilitator");
    if (m_rights.departments.isEmpty())
        return QStringLiteral("viewer");
    QStringList names;
    for (Id id : m_rights.departments) {
        const Seen* d = seen(teamrows::revisionKey("departments", id));
        names << (d ? d->row.value(QLatin1String("name")).toString() : QString::number(id));
    }
    return QStringLiteral("member of %1").arg(names.join(QStringLiteral(", ")));
}

QString TeamStore::structureRefusal() const
{
    if (m_rights.facilitator)
        return {};
    return QStringLiteral("Only the map's facilitators change its stages, lanes, journeys, "
                          "departments and personas; %1 is a %2.")
        .arg(role(), access());
}

QString TeamStore::cardRefusal(Id accountableId) const
{
    if (m_rights.facilitator || m_rights.departments.contains(accountableId))
        return {};
    const Seen* d = seen(teamrows::revisionKey("departments", accountableId));
    const QString owner =
        d ? d->row.value(QLatin1String("name")).toString() : QStringLiteral("no department");
    return QStringLiteral("This card belongs to %1, and %2 is a %3: you may vote and comment on "
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
        return QStringLiteral("the map “%1” was deleted from the team server (or %2's rights on "
                              "it were taken); File > Save As keeps what this window shows")
            .arg(m_map, role());
    if (m_server->connection().isBroken())
        return QStringLiteral("the connection to the team server was lost; reconnecting");
    if (isReadOnly())
        return QStringLiteral("%1 may read this team map, not change it").arg(role());
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
    const QString what = QStringLiteral("read the map");
    // One snapshot of every table.
    if (Error err = c.script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", what))
        return err;
    teamrows::Revisions revisions;
    auto data = teamrows::readAll(c, m_mapId, &revisions);
    c.script(data ? "COMMIT" : "ROLLBACK", what);
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
    drainLater();
    return data;
}

Error TeamStore::saveAs(const QString& path, bool overwrite) const
{
    if (!overwrite && QFileInfo::exists(path))
        return {ErrorCode::InvalidArgument,
                QStringLiteral("%1 exists: choose another name").arg(path)};
    auto data = readAll();
    if (!data)
        return data.error();
    QFile::remove(path);
    auto file = Store::create(path, *data);
    return file ? Error{} : file.error();
}

Error TeamStore::setMaxPageCount(int)
{
    return {ErrorCode::InvalidArgument, QStringLiteral("a team map has no page limit")};
}

// --- Transactions ------------------------------------------------------------------

Error TeamStore::begin()
{
    m_pendingTitle.reset();
    m_pending.clear();
    m_pendingCards.clear();
    m_plannedPositions.clear();
    m_undoing = false;
    if (Error err = m_server->connection().script("BEGIN", QStringLiteral("save the change")))
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
    if (Error err = m_server->connection().script("COMMIT", QStringLiteral("save the change")))
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
    drainLater();
    return {};
}

void TeamStore::rollback()
{
    if (!m_server->connection().isBroken())
        m_server->connection().script("ROLLBACK", QStringLiteral("undo the change"));
    m_inTransaction = false;
    m_undoing = false;
    m_pending.clear();
    m_pendingCards.clear();
    m_plannedPositions.clear();
    m_pendingTitle.reset();
    drainLater();
}

Error TeamStore::failed(const Error& err)
{
    if (err.code == ErrorCode::NoPermission)
        return {err.code, QStringLiteral("%1 may not make this change on the team map (%2).")
                              .arg(role(), err.message)};
    if (m_server->connection().isBroken()) {
        connectionLost();
        return {ErrorCode::Io, QStringLiteral("The change was not saved: the connection to the "
                                              "team server was lost (%1). The map is read-only "
                                              "until it is back.")
                                   .arg(err.message)};
    }
    return err;
}

Id TeamStore::takeId()
{
    auto rows = m_server->connection().query("SELECT cxmap.take_id($1)", {m_mapId},
                                             QStringLiteral("take a new id"));
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
    const QString what = QStringLiteral("save “%1”").arg(labelOf(row));
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
    auto done = m_server->connection().query(sql.constData(), {m_mapId, id, was->revision},
                                             QStringLiteral("remove “%1”").arg(labelOf(was->row)));
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
    const QString label = labelOf(was.row);
    const QByteArray sql = QByteArray("SELECT revision, changed_by FROM cxmap.") + table +
                           " WHERE map_id = $1 AND id = $2";
    auto now = m_server->connection().query(sql.constData(), {m_mapId, id},
                                            QStringLiteral("check “%1”").arg(label));
    if (!now)
        return failed(now.error());
    if (now->count() == 0)
        return {ErrorCode::Conflict,
                QStringLiteral("“%1” was removed by someone else since you saw it: your change "
                               "was not saved. The map now shows what is on the server.")
                    .arg(label)};
    if (m_undoing && now->text(0, 1) != role())
        return {ErrorCode::Conflict,
                QStringLiteral("“%1” was changed by %2 since your step: it was not undone, and "
                               "the map shows their version.")
                    .arg(label, now->text(0, 1))};
    if (now->int64(0, 0) != was.revision)
        return {ErrorCode::Conflict,
                QStringLiteral("“%1” was changed by %2 since you saw it: your change was not "
                               "saved, and the map now shows theirs.")
                    .arg(label, now->text(0, 1))};
    return {ErrorCode::NoPermission,
            QStringLiteral("%1 may not change “%2” on this team map: %3")
                .arg(role(), label,
                     QLatin1String(table) == QLatin1String("cards") ||
                             QLatin1String(table) == QLatin1String("links")
                         ? QStringLiteral("it belongs to a department you are not a member of")
                         : QStringLiteral("only its facilitators change the map's structure"))};
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

Error TeamStore::putCard(const Card& c)
{
    const Card* before = seenCard(c.id);
    // Its place on the server: where it is (updateCard keeps the place), or
    // the number putCellOrder chose for a card being added.
    Card placed = c;
    if (before) {
        placed.stageId = before->stageId;
        placed.laneId = before->laneId;
        placed.position = before->position;
    } else {
        placed.position = int(m_plannedPositions.contains(c.id)
                                  ? m_plannedPositions.take(c.id)
                                  : endOfCell(c.stageId, c.laneId) + teamrows::cellGap);
    }
    // The card's row first, against its revision: a conflict is found before
    // anything else is written. Its own lists count as the card's.
    const bool lists = !before || before->contributingIds != c.contributingIds ||
                       before->kpis != c.kpis || before->tags != c.tags;
    if (Error err = putRow("cards", c.id, teamrows::cardRow(placed), before && lists))
        return err;
    if (Error err = writeCardChildren(c, before))
        return err;
    m_pendingCards.insert(c.id, placed);
    return {};
}

// The largest position in the cell on the server (as seen), or -cellGap.
qint64 TeamStore::endOfCell(Id stage, Id lane) const
{
    qint64 end = -teamrows::cellGap;
    auto consider = [&](const Card& c) {
        if (c.stageId == stage && c.laneId == lane)
            end = std::max<qint64>(end, c.position);
    };
    for (const Card& c : std::as_const(m_seenCards)) {
        if (!m_pendingCards.contains(c.id))
            consider(c);
    }
    for (const std::optional<Card>& c : std::as_const(m_pendingCards)) {
        if (c)
            consider(*c);
    }
    return end;
}

namespace {

// Which of the cards (at: their server positions, where they are in the cell
// already) keep their numbers: the run, in the cell's new order, of cards
// whose numbers (ties by id) already increase that rewrites least. A card
// this role may not rewrite (writable false) outweighs all the others.
std::vector<bool> keptInOrder(const QList<std::optional<qint64>>& at, const QList<Id>& order,
                              const std::vector<bool>& writable)
{
    using Key = std::pair<qint64, Id>;
    auto key = [&](qsizetype i) { return Key{*at[i], order[i]}; };
    QList<qsizetype> placed;
    for (qsizetype i = 0; i < at.size(); ++i) {
        if (at[i])
            placed.append(i);
    }
    QList<qsizetype> byKey = placed;
    std::sort(byKey.begin(), byKey.end(),
              [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
    QHash<qsizetype, int> rank; // 1, 2, 3... by key
    for (int r = 0; r < byKey.size(); ++r)
        rank.insert(byKey[r], r + 1);
    // The heaviest run ending at a key below r: a Fenwick tree of maxima.
    using Best = std::pair<qint64, qsizetype>; // weight, the index ending it
    std::vector<Best> tree(std::size_t(byKey.size()) + 1, Best{0, -1});
    auto below = [&](int r) {
        Best best{0, -1};
        for (; r > 0; r -= r & -r)
            best = std::max(best, tree[std::size_t(r)]);
        return best;
    };
    auto record = [&](int r, Best b) {
        for (; r < int(tree.size()); r += r & -r)
            tree[std::size_t(r)] = std::max(tree[std::size_t(r)], b);
    };
    const qint64 heavy = at.size() + 1;
    QList<qsizetype> previous(at.size(), -1);
    Best overall{0, -1};
    for (qsizetype i : placed) {
        const Best before = below(rank.value(i) - 1);
        const Best mine{before.first + (writable[std::size_t(i)] ? 1 : heavy), i};
        previous[i] = before.second;
        record(rank.value(i), mine);
        overall = std::max(overall, mine);
    }
    std::vector<bool> keep(std::size_t(at.size()), false);
    for (qsizetype i = overall.second; i >= 0; i = previous[i])
        keep[std::size_t(i)] = true;
    return keep;
}

// Numbers for a cell's cards where fixed ones keep theirs: each run of the
// others takes numbers spread evenly between its neighbours' (cellGap apart
// at an end of the cell). False when a run has no room.
bool spread(const QList<std::optional<qint64>>& fixed, QList<qint64>& wanted)
{
    const qsizetype n = fixed.size();
    wanted.resize(n);
    for (qsizetype i = 0; i < n;) {
        if (fixed[i]) {
            wanted[i] = *fixed[i];
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !fixed[j])
            ++j;
        const qint64 k = j - i;
        const qint64 gap = teamrows::cellGap;
        const qint64 low = i > 0 ? wanted[i - 1] : (j < n ? *fixed[j] - gap * (k + 1) : -gap);
        const qint64 high = j < n ? *fixed[j] : low + gap * (k + 1);
        if (high - low <= k || low < INT_MIN || high > INT_MAX)
            return false;
        for (qint64 m = 0; m < k; ++m)
            wanted[i + m] = low + (high - low) * (m + 1) / (k + 1);
        i = j;
    }
    return true;
}

} // namespace

// A cell in its new order, with as few rows written as it takes: the cards
// whose numbers are already in order keep them; each card that moved, or is
// being added, takes a number between its neighbours'. Only when two
// neighbours leave no room is the cell numbered anew, cellGap apart, around
// the cards this role may not rewrite (other departments' for a member).
Error TeamStore::putCellOrder(Id stage, Id lane, const QList<Id>& order, const QList<int>&)
{
    const qsizetype n = order.size();
    QList<std::optional<qint64>> at(n);
    std::vector<bool> writable(std::size_t(n), true);
    for (qsizetype i = 0; i < n; ++i) {
        const Card* c = seenCard(order[i]);
        if (c && c->stageId == stage && c->laneId == lane)
            at[i] = c->position;
        if (c)
            writable[std::size_t(i)] = cardRefusal(c->accountableId).isEmpty();
    }
    const std::vector<bool> keep = keptInOrder(at, order, writable);
    QList<std::optional<qint64>> fixed(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[std::size_t(i)])
            fixed[i] = at[i];
    }
    QList<qint64> wanted;
    if (!spread(fixed, wanted)) {
        for (qsizetype i = 0; i < n; ++i) {
            if (writable[std::size_t(i)])
                fixed[i].reset();
        }
        if (!spread(fixed, wanted))
            return {ErrorCode::NoPermission,
                    QStringLiteral("There is no room left in this cell between other "
                                   "departments' cards: a facilitator of the map can tidy it by "
                                   "moving one of its cards.")};
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (at[i] && *at[i] == wanted[i])
            continue;
        const Card* c = seenCard(order[i]);
        if (!c) { // being added: putCard writes it there
            m_plannedPositions.insert(order[i], wanted[i]);
            continue;
        }
        Card moved = *c;
        moved.stageId = stage;
        moved.laneId = lane;
        moved.position = int(wanted[i]);
        if (Error err = putRow("cards", moved.id, teamrows::cardRow(moved)))
            return err;
        m_pendingCards.insert(moved.id, moved);
    }
    return {};
}

// A card's lists: contributors, KPIs and tags are written anew when they
// changed; dots and comments row by row, so that a vote or a comment never
// touches anything else.
Error TeamStore::writeCardChildren(const Card& c, const Card* before)
{
    pg::Connection& conn = m_server->connection();
    const QString what = QStringLiteral("save “%1”").arg(c.title);
    auto rewrite = [&](const char* table, bool changed, const QList<QJsonObject>& rows) -> Error {
        if (!changed)
            return {};
        if (before) {
            const QByteArray sql =
                QByteArray("DELETE FROM cxmap.") + table + " WHERE map_id = $1 AND card_id = $2";
            if (Error err = conn.run(sql.constData(), {m_mapId, c.id}, what))
                return err;
        }
        return teamrows::insertRows(conn, table, m_mapId, rows, what);
    };
    Error err =
        rewrite("card_contributors", !before || before->contributingIds != c.contributingIds,
                teamrows::contributorRows(c));
    err = err ? err : rewrite("card_kpis", !before || before->kpis != c.kpis, teamrows::kpiRows(c));
    err = err ? err : rewrite("card_tags", !before || before->tags != c.tags, teamrows::tagRows(c));
    const QList<Dot> oldDots = before ? before->dots : QList<Dot>();
    for (const Dot& d : c.dots) {
        if (err || oldDots.contains(d))
            continue;
        err = conn.run("INSERT INTO cxmap.card_votes VALUES ($1, $2, $3, $4) ON CONFLICT "
                       "(map_id, card_id, participant_id) DO UPDATE SET dots = excluded.dots",
                       {m_mapId, c.id, d.participantId, d.count}, what);
    }
    for (const Dot& d : oldDots) {
        if (!err && c.dotsOf(d.participantId) == 0)
            err = conn.run("DELETE FROM cxmap.card_votes WHERE map_id = $1 AND card_id = $2 AND "
                           "participant_id = $3",
                           {m_mapId, c.id, d.participantId}, what);
    }
    err = err ? err : writeComments(c, before);
    return err ? failed(err) : Error{};
}

// A card's comments, each a row of its own found by its words (author, time,
// text): the ones the edit removed are deleted, the ones it added inserted
// after the card's last, so another's comment written at the same moment is
// never overwritten. Only an insertion before the end (an undone deletion)
// renumbers the card's comments.
Error TeamStore::writeComments(const Card& c, const Card* before)
{
    pg::Connection& conn = m_server->connection();
    const QString what = QStringLiteral("save the comments of “%1”").arg(c.title);
    QList<Comment> removed = before ? before->comments : QList<Comment>();
    QList<Comment> added;
    for (const Comment& m : c.comments) {
        if (!removed.removeOne(m))
            added.append(m);
    }
    auto params = [&](const Comment& m) {
        return pg::Params{m_mapId, c.id, m.author, m.time.toUTC().toString(Qt::ISODateWithMs),
                          m.text};
    };
    const char* one = "(SELECT serial FROM cxmap.card_comments WHERE map_id = $1 AND card_id = $2 "
                      "AND author = $3 AND time = $4::timestamptz AND text = $5 LIMIT 1)";
    for (const Comment& m : removed) {
        const QByteArray sql =
            QByteArray("DELETE FROM cxmap.card_comments WHERE serial = ") + one + " RETURNING 1";
        auto gone = conn.query(sql.constData(), params(m), what);
        if (!gone)
            return gone.error();
        if (gone->count() == 0)
            return {ErrorCode::Conflict,
                    QStringLiteral("A comment on “%1” was removed by someone else, or is not "
                                   "%2's to remove: nothing was saved.")
                        .arg(c.title, role())};
    }
    for (const Comment& m : added) {
        if (Error err = conn.run(
                "INSERT INTO cxmap.card_comments (map_id, card_id, position, author, time, text) "
                "SELECT $1, $2, coalesce(max(position) + 1, 0), $3, $4::timestamptz, $5 "
                "FROM cxmap.card_comments WHERE map_id = $1 AND card_id = $2",
                params(m), what))
            return err;
    }
    const bool atEnd =
        added.isEmpty() || std::equal(added.cbegin(), added.cend(),
                                      c.comments.cend() - added.size(), c.comments.cend());
    for (qsizetype i = 0; !atEnd && i < c.comments.size(); ++i) {
        pg::Params p = params(c.comments[i]);
        p.append(int(i));
        const QByteArray sql =
            QByteArray("UPDATE cxmap.card_comments SET position = $6 WHERE serial = ") + one;
        if (Error err = conn.run(sql.constData(), p, what))
            return err;
    }
    return {};
}

Error TeamStore::putTitle(const QString& title)
{
    auto done = m_server->connection().query(
        "UPDATE cxmap.maps SET title = $2 WHERE id = $1 AND title IS DISTINCT FROM $2 "
        "RETURNING 1",
        {m_mapId, title}, QStringLiteral("save the title"));
    if (!done)
        return failed(done.error());
    if (done->count() == 0 && !m_rights.facilitator)
        return {ErrorCode::NoPermission,
                QStringLiteral("Only the map's facilitators change its title.")};
    m_pendingTitle = title;
    return {};
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

} // namespace cx
