// Others' changes to a team map, as they happen: the server notifies every
// committed row change (LISTEN cxmap_changes, payload "map kind id"); the
// cards and links named are read again, in one snapshot, and handed to the
// Document, which redraws only them. A change of the map's structure
// (departments, stages, lanes...) has the whole map read again.

#include "pg.h"
#include "teamstore.h"

#include <QSocketNotifier>
#include <QTimer>

namespace cx {

void TeamStore::setRemoteListener(std::function<void(const RemoteChanges&)> listener)
{
    m_listener = std::move(listener);
    if (m_notifier || !m_listener)
        return;
    pg::Connection& c = m_server->connection();
    if (c.script("LISTEN cxmap_changes", QStringLiteral("follow the map")))
        return; // the map still works; others' changes show when it is opened again
    m_notifier = new QSocketNotifier(c.socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamStore::readNotices);
    // Changes come in bursts (one per row): read them together.
    m_fetch = new QTimer(this);
    m_fetch->setSingleShot(true);
    m_fetch->setInterval(5);
    connect(m_fetch, &QTimer::timeout, this, &TeamStore::fetchRemote);
}

void TeamStore::readNotices()
{
    pg::Connection& c = m_server->connection();
    if (!m_listener || !c.consumeInput()) {
        if (m_notifier && c.isBroken())
            m_notifier->setEnabled(false);
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
        else
            m_remoteStructure = true;
    }
    if ((m_remoteStructure || !m_remoteCards.isEmpty() || !m_remoteLinks.isEmpty()) && m_fetch)
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
    m_remoteStructure = false;
    m_remoteCards.clear();
    m_remoteLinks.clear();
    if (!changes.structure) {
        pg::Connection& c = m_server->connection();
        const QString what = QStringLiteral("read others' changes");
        if (c.script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", what))
            return;
        teamrows::Revisions revisions;
        auto cards = teamrows::readCards(c, m_mapId, cardIds, &revisions);
        auto links = teamrows::readLinks(c, m_mapId, linkIds, &revisions);
        c.script("COMMIT", what);
        if (!cards || !links) {
            changes.structure = true; // read everything again
        } else {
            changes.cards = *cards;
            changes.links = *links;
            QSet<Id> present;
            for (const Card& x : changes.cards) {
                const QString key = teamrows::revisionKey("cards", x.id);
                m_seen.insert(key, {teamrows::cardRow(x), revisions.value(key)});
                m_seenCards.insert(x.id, x);
                present.insert(x.id);
            }
            for (Id id : cardIds) {
                if (!present.contains(id)) {
                    changes.removedCards.append(id);
                    m_seen.remove(teamrows::revisionKey("cards", id));
                    m_seenCards.remove(id);
                }
            }
            present.clear();
            for (const Link& x : changes.links) {
                const QString key = teamrows::revisionKey("links", x.id);
                m_seen.insert(key, {teamrows::linkRow(x), revisions.value(key)});
                present.insert(x.id);
            }
            for (Id id : linkIds) {
                if (!present.contains(id)) {
                    changes.removedLinks.append(id);
                    m_seen.remove(teamrows::revisionKey("links", id));
                }
            }
        }
    }
    if (!changes.isEmpty() && m_listener)
        m_listener(changes);
}

} // namespace cx
