// Others' changes to a team map, as they happen: the server notifies every
// committed row change (LISTEN cxmap_changes, payload "map kind id"); the
// cards and links named are read again, in one snapshot, and handed to the
// Document, which redraws only them. A change of the map's structure
// (departments, stages, lanes...) has the whole map read again.

#include "model/enumnames.h"
#include "model/feedbackrules.h"
#include "pg.h"
#include "storetr.h"
#include "teamstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

namespace cx {

void TeamStore::setRemoteListener(std::function<void(const RemoteChanges&)> listener)
{
    m_listener = std::move(listener);
    if (m_fetch || !m_listener)
        return;
    // Changes come in bursts (one per row): read them together.
    m_fetch = new QTimer(this);
    m_fetch->setSingleShot(true);
    m_fetch->setInterval(5);
    connect(m_fetch, &QTimer::timeout, this, &TeamStore::fetchRemote);
    m_drain = new QTimer(this);
    m_drain->setSingleShot(true);
    m_drain->setInterval(0);
    connect(m_drain, &QTimer::timeout, this, &TeamStore::readNotices);
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(2000);
    connect(m_reconnect, &QTimer::timeout, this, &TeamStore::reconnect);
    listen();
}

// LISTEN on the (new) connection, and watch its socket.
void TeamStore::listen()
{
    delete m_notifier;
    m_notifier = nullptr;
    pg::Connection& c = m_server->connection();
    if (c.script("LISTEN cxmap_changes", TeamStoreTr::tr("follow the map")))
        return; // the map still works; others' changes show when it is opened again
    m_notifier = new QSocketNotifier(c.socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamStore::readNotices);
    drainLater(); // what came while the map opened
}

void TeamStore::drainLater() const
{
    if (m_drain)
        m_drain->start();
}

void TeamStore::connectionLost()
{
    if (m_lost)
        return;
    m_lost = true;
    m_inTransaction = false;
    m_pendingInterval.reset(); // what the lost transaction wrote is not saved
    m_pendingReviews.clear();
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_reconnect)
        m_reconnect->start();
    // Told from the event loop, not from inside the edit that found it.
    QTimer::singleShot(0, this, [this] {
        RemoteChanges lost;
        lost.connection = true;
        if (m_listener)
            m_listener(lost);
    });
}

// Someone deleted the map: the window turns read-only, keeping what it shows
// (Save As writes it to a file), and is told from the event loop.
void TeamStore::mapDeleted() const
{
    if (m_deleted)
        return;
    m_deleted = true;
    QTimer::singleShot(0, this, [this] {
        RemoteChanges gone;
        gone.connection = true;
        if (m_listener)
            m_listener(gone);
    });
}

// A try every two seconds, driven by the socket (never waiting on the
// network in the window), and given up after 10 s: libpq's connect_timeout
// does not apply to a connection polled this way.
void TeamStore::reconnect()
{
    if (m_resetting) {
        if (!m_resetDeadline.hasExpired())
            return;
        watchReset(std::nullopt); // this try is over; the next tick starts another
        return;
    }
    if (!m_server->connection().resetStart())
        return; // tried again in a moment
    m_resetting = true;
    m_resetDeadline.setRemainingTime(10000);
    watchReset(pg::Connection::Reset::Writing);
}

// Waits for the socket to be readable or writable, as the reconnection
// asks; nullopt stops waiting.
void TeamStore::watchReset(std::optional<pg::Connection::Reset> wait)
{
    if (m_resetNotifier) {
        m_resetNotifier->setEnabled(false);
        m_resetNotifier->deleteLater();
        m_resetNotifier = nullptr;
    }
    if (!wait) {
        m_resetting = false;
        return;
    }
    m_resetNotifier = new QSocketNotifier(
        m_server->connection().socket(),
        *wait == pg::Connection::Reset::Reading ? QSocketNotifier::Read : QSocketNotifier::Write,
        this);
    connect(m_resetNotifier, &QSocketNotifier::activated, this, &TeamStore::pollReset);
}

void TeamStore::pollReset()
{
    const pg::Connection::Reset state = m_server->connection().resetPoll();
    if (state == pg::Connection::Reset::Reading || state == pg::Connection::Reset::Writing) {
        watchReset(state);
        return;
    }
    watchReset(std::nullopt);
    if (state != pg::Connection::Reset::Done)
        return; // tried again at the next tick
    m_lost = false;
    m_reconnect->stop();
    listen();
    // What others did meanwhile: the whole map is read again.
    RemoteChanges back;
    back.connection = true;
    back.structure = true;
    if (m_listener)
        m_listener(back);
}

DocumentData TeamStore::lastSeen() const
{
    DocumentData d;
    d.title = m_title;
    d.reviewIntervalDays = m_interval;
    auto text = [](const QJsonObject& row, const char* key) {
        return row.value(QLatin1String(key)).toString();
    };
    auto number = [](const QJsonObject& row, const char* key) {
        return qint64(row.value(QLatin1String(key)).toDouble());
    };
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        const QString table = it.key().section(u' ', 0, 0);
        const QJsonObject& r = it->row;
        const Id id = number(r, "id");
        const int position = int(number(r, "position"));
        if (table == QLatin1String("departments")) {
            d.departments.append({id, text(r, "name"), text(r, "short_name"),
                                  QColor::fromString(text(r, "color")), text(r, "head"),
                                  text(r, "description"), position});
        } else if (table == QLatin1String("personas")) {
            d.personas.append({id, text(r, "name"), text(r, "description"), text(r, "goals"),
                               text(r, "frustrations"),
                               QByteArray::fromHex(text(r, "picture").mid(2).toLatin1())});
        } else if (table == QLatin1String("participants")) {
            d.participants.append({id, text(r, "name"), int(number(r, "budget"))});
        } else if (table == QLatin1String("journeys")) {
            d.journeys.append(
                {id, text(r, "name"), text(r, "description"),
                 journeyStateFromString(text(r, "state")).value_or(JourneyState::Current),
                 number(r, "persona_id"), number(r, "source_journey_id"), position});
        } else if (table == QLatin1String("stages")) {
            d.stages.append(
                {id, number(r, "journey_id"), text(r, "name"), text(r, "description"), position});
        } else if (table == QLatin1String("lanes")) {
            d.lanes.append({id, number(r, "journey_id"), text(r, "name"),
                            laneKindFromString(text(r, "kind")).value_or(LaneKind::Touchpoint),
                            position});
        } else if (table == QLatin1String("feedback")) {
            d.feedback.append(teamrows::feedbackFromRow(r));
        } else if (table == QLatin1String("links")) {
            d.links.append({id, number(r, "from_card_id"), number(r, "to_card_id"),
                            linkTypeFromString(text(r, "type")).value_or(LinkType::Feeds),
                            text(r, "label")});
        }
    }
    d.cards = m_seenCards.values();
    // An item's card and candidates as the cards seen have them.
    for (Feedback& f : d.feedback) {
        if (f.cardId && !m_seenCards.contains(f.cardId))
            f.cardId = 0;
        keepExistingCandidates(f, [this](Id id) { return m_seenCards.contains(id); });
        // A sorted item names no candidates (feedbackProblem).
        if (f.cardId) {
            f.candidates.clear();
            f.cardHint.clear();
        }
    }
    teamrows::numberCells(d.cards);
    d.canonicalize();
    return d;
}

// The changed cards' positions as the editor numbers them: their index in
// their cell as the server orders it now (the server's are sparse).
void TeamStore::numberChangedCells(QList<Card>& changed) const
{
    QSet<std::pair<Id, Id>> cells;
    for (const Card& c : changed)
        cells.insert({c.stageId, c.laneId});
    if (cells.isEmpty())
        return;
    QList<Card> places; // only what ordering needs
    for (const Card& c : m_seenCards) {
        if (!cells.contains({c.stageId, c.laneId}))
            continue;
        Card place;
        place.id = c.id;
        place.stageId = c.stageId;
        place.laneId = c.laneId;
        place.position = c.position;
        places.append(place);
    }
    teamrows::numberCells(places);
    QHash<Id, int> index;
    for (const Card& c : places)
        index.insert(c.id, c.position);
    for (Card& c : changed)
        c.position = index.value(c.id);
}

const QStringList& TeamStore::structureKinds()
{
    static const QStringList kinds = {QStringLiteral("department"), QStringLiteral("persona"),
                                      QStringLiteral("journey"), QStringLiteral("stage"),
                                      QStringLiteral("lane")};
    return kinds;
}

// Others' changes of the structure's objects (asked: kind and id) where
// only their own fields changed, into changes; false when one was added,
// removed or moved (its position or journey), which reads the map again.
bool TeamStore::takeRenamed(const QSet<std::pair<QString, Id>>& asked, const DocumentData& read,
                            const teamrows::Revisions& revisions, RemoteChanges& changes)
{
    bool fieldsOnly = true;
    auto take = [&](const char* table, const auto& list, auto row, auto& into) {
        const QString kind = QString::fromLatin1(table).chopped(1);
        QSet<Id> found;
        for (const auto& x : list) {
            if (!asked.contains({kind, x.id}))
                continue; // another kind's object with the same id
            found.insert(x.id);
            const QString key = teamrows::revisionKey(table, x.id);
            const Seen* was = seen(key);
            const QJsonObject now = row(x);
            const auto differs = [&](const char* column) {
                return was->row.value(QLatin1String(column)) != now.value(QLatin1String(column));
            };
            if (!was || differs("position") || differs("journey_id")) {
                fieldsOnly = false;
                continue;
            }
            m_seen.insert(key, {now, revisions.value(key)});
            into.append(x);
        }
        for (const auto& [k, id] : asked) {
            if (k == kind && !found.contains(id))
                fieldsOnly = false; // removed
        }
    };
    take("departments", read.departments, teamrows::departmentRow, changes.departments);
    take("personas", read.personas, teamrows::personaRow, changes.personas);
    take("journeys", read.journeys, teamrows::journeyRow, changes.journeys);
    take("stages", read.stages, teamrows::stageRow, changes.stages);
    take("lanes", read.lanes, teamrows::laneRow, changes.lanes);
    return fieldsOnly;
}

void TeamStore::readNotices()
{
    pg::Connection& c = m_server->connection();
    if (!m_listener)
        return;
    if (!c.consumeInput() || c.isBroken()) {
        if (c.isBroken())
            connectionLost();
        return;
    }
    const QString prefix = QString::number(m_mapId) + QLatin1Char(' ');
    for (const pg::Connection::Notice& n : c.takeNotices()) {
        if (n.pid == c.backendPid() || !n.payload.startsWith(prefix))
            continue; // ours, or another map's
        const QStringList parts = n.payload.split(u' ');
        if (parts.size() != 3)
            continue;
        const Id id = parts[2].toLongLong();
        if (parts[1] == QLatin1String("card"))
            m_remoteCards.insert(id);
        else if (parts[1] == QLatin1String("link"))
            m_remoteLinks.insert(id);
        else if (parts[1] == QLatin1String("participant"))
            m_remoteParticipants.insert(id);
        else if (parts[1] == QLatin1String("feedback"))
            m_remoteFeedback.insert(id);
        else if (structureKinds().contains(parts[1]))
            m_remoteObjects.insert({parts[1], id});
        else if (parts[1] == QLatin1String("map"))
            m_remoteMap = true; // its title, or it is gone: fetchRemote reads which
        else
            m_remoteStructure = true;
    }
    if ((m_remoteStructure || m_remoteMap || !m_remoteCards.isEmpty() || !m_remoteLinks.isEmpty() ||
         !m_remoteParticipants.isEmpty() || !m_remoteFeedback.isEmpty() ||
         !m_remoteObjects.isEmpty()) &&
        m_fetch)
        m_fetch->start();
}

void TeamStore::fetchRemote()
{
    if (m_inTransaction) { // never inside one of ours
        m_fetch->start();
        return;
    }
    RemoteChanges changes;
    changes.structure = m_remoteStructure;
    const QList<Id> cardIds = m_remoteCards.values();
    const QList<Id> linkIds = m_remoteLinks.values();
    const QList<Id> participantIds = m_remoteParticipants.values();
    m_remoteParticipants.clear();
    const QList<Id> feedbackIds = m_remoteFeedback.values();
    m_remoteFeedback.clear();
    const QSet<std::pair<QString, Id>> objects = m_remoteObjects;
    m_remoteObjects.clear();
    m_remoteStructure = false;
    m_remoteMap = false;
    m_remoteCards.clear();
    m_remoteLinks.clear();
    if (m_deleted)
        return; // the window keeps what it showed
    if (!changes.structure) {
        pg::Connection& c = m_server->connection();
        const QString what = TeamStoreTr::tr("read others' changes");
        if (c.script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", what)) {
            // Asked again once the connection is back (which reads it all).
            for (Id id : cardIds)
                m_remoteCards.insert(id);
            for (Id id : linkIds)
                m_remoteLinks.insert(id);
            for (Id id : participantIds)
                m_remoteParticipants.insert(id);
            for (Id id : feedbackIds)
                m_remoteFeedback.insert(id);
            m_remoteObjects.unite(objects);
            if (c.isBroken())
                connectionLost();
            return;
        }
        // The map itself first: deleted, everything else is moot.
        auto title = c.query("SELECT title, review_interval_days FROM cxmap.maps WHERE id = $1",
                             {m_mapId}, what);
        if (title && title->count() == 0) {
            c.rollback(what);
            mapDeleted();
            return;
        }
        if (title && title->text(0, 0) != m_title) {
            m_title = title->text(0, 0);
            changes.title = m_title;
        }
        if (title && int(title->int64(0, 1)) != m_interval) {
            m_interval = int(title->int64(0, 1));
            changes.reviewIntervalDays = m_interval;
        }
        teamrows::Revisions revisions;
        auto cards = teamrows::readCards(c, m_mapId, cardIds, &revisions);
        auto links = teamrows::readLinks(c, m_mapId, linkIds, &revisions);
        auto participants = teamrows::readParticipants(c, m_mapId, participantIds, &revisions);
        auto feedback = teamrows::readFeedback(c, m_mapId, feedbackIds, &revisions);
        QList<Id> objectIds;
        for (const auto& [kind, id] : objects)
            objectIds.append(id);
        auto structure = teamrows::readStructure(c, m_mapId, objectIds, &revisions);
        const Error committed = c.script("COMMIT", what);
        if (committed || !title || !cards || !links || !participants || !feedback || !structure) {
            changes.structure = true; // read everything again
        } else {
            // What was read of the objects asked about is now seen; those
            // no longer on the server were removed.
            auto see = [&](const char* table, const auto& read, const QList<Id>& asked, auto row,
                           QList<Id>& removed) {
                QSet<Id> present;
                for (const auto& x : read) {
                    const QString key = teamrows::revisionKey(table, x.id);
                    m_seen.insert(key, {row(x), revisions.value(key)});
                    present.insert(x.id);
                }
                for (Id id : asked) {
                    if (!present.contains(id)) {
                        removed.append(id);
                        m_seen.remove(teamrows::revisionKey(table, id));
                    }
                }
            };
            changes.cards = *cards;
            changes.links = *links;
            changes.participants = *participants;
            see("cards", changes.cards, cardIds, teamrows::cardRow, changes.removedCards);
            see("links", changes.links, linkIds, teamrows::linkRow, changes.removedLinks);
            see("participants", changes.participants, participantIds, teamrows::participantRow,
                changes.removedParticipants);
            changes.feedback = *feedback;
            see("feedback", changes.feedback, feedbackIds, teamrows::feedbackRow,
                changes.removedFeedback);
            for (const Card& x : changes.cards)
                m_seenCards.insert(x.id, x);
            for (Id id : changes.removedCards)
                m_seenCards.remove(id);
            numberChangedCells(changes.cards);
            changes.structure = !takeRenamed(objects, *structure, revisions, changes);
        }
    }
    drainLater();
    if (!changes.isEmpty() && m_listener)
        m_listener(changes);
}

} // namespace cx
