#pragma once

// A map on a team server as the Document's store (see documentstore.h and
// DESIGN.md, "The team server"). Each command is one server transaction that
// writes only what changed: the columns of the rows that differ from what
// this client last saw, each row checked against the revision it had then,
// so an edit based on data someone else has changed since is refused with
// their name. New ids come from the map's counter on the server. Others'
// changes arrive by LISTEN/NOTIFY; the cards and links they touched are read
// again and handed to the Document.

#include "documentstore.h"
#include "pg.h"
#include "teamrows.h"
#include "teamserver.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QSocketNotifier;
class QTimer;

namespace cx {

class TeamStore : public QObject, public DocumentStore
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<TeamStore>> open(const QString& conninfo, const QString& map,
                                                   const QString& password = {},
                                                   bool* needsPassword = nullptr);
    ~TeamStore() override;

    QString path() const override;
    bool isReadOnly() const override;
    QString readOnlyReason() const override;
    bool isShared() const override { return true; }
    QString user() const override { return role(); }
    QString access() const override;
    QString structureRefusal() const override;
    QString cardRefusal(Id accountableId) const override;

    Result<DocumentData> readAll() const override;
    Error saveAs(const QString& path, bool overwrite = false) const override;

    Error begin() override;
    Error beginUndo() override;
    Error commit() override;
    void rollback() override;
    bool inTransaction() const override { return m_inTransaction; }

    Error putDepartment(const Department& d) override;
    Error putPersona(const Persona& p) override;
    Error putParticipant(const Participant& p) override;
    Error putJourney(const Journey& j) override;
    Error putStage(const Stage& s) override;
    Error putLane(const Lane& l) override;
    Error putCard(const Card& c) override;
    Error putCellOrder(Id stage, Id lane, const QList<Id>& order,
                       const QList<int>& renumbered) override;
    Error putLink(const Link& l) override;
    Error putTitle(const QString& title) override;
    Error putReviewInterval(int days) override;

    Error deleteDepartment(Id id) override;
    Error deletePersona(Id id) override;
    Error deleteParticipant(Id id) override;
    Error deleteJourney(Id id) override;
    Error deleteStage(Id id) override;
    Error deleteLane(Id id) override;
    Error deleteCard(Id id) override;
    Error deleteLink(Id id) override;
    Error putFeedback(const Feedback& f) override;
    Error deleteFeedback(Id id) override;

    // The server writes the history itself (teammigrate5.cpp): of what the
    // Document records only the step's words are passed on.
    bool writesOwnHistory() const override { return true; }
    Error putHistory(const QDateTime& at, const QString& who, const QString& text,
                     const QList<HistoryChange>& changes) override;
    Result<QList<HistoryRecord>> readHistory(const HistoryFilter& filter) const override;
    Result<qint64> pruneHistory(const QDateTime& before) override;
    Result<QDateTime> historyPrunedBefore() const override;

    // Named versions on the server (teammigrate6.cpp): its clock and the
    // role take the place of at and who.
    Result<Id> createVersion(const QString& name, const QDateTime& at, const QString& who,
                             const QByteArray& json) override;
    Result<QList<VersionInfo>> versions() const override;
    Result<QByteArray> versionData(Id id) const override;

    Id takeId() override;
    void setRemoteListener(std::function<void(const RemoteChanges&)> listener) override;
    Error setMaxPageCount(int pages) override;

    // Which map, on which server, as whom, with which rights.
    QString mapName() const { return m_map; }
    QString server() const;
    QString role() const;
    const TeamRights& rights() const { return m_rights; }

private:
    TeamStore(std::unique_ptr<TeamServer> server, QString map, qint64 mapId, TeamRights rights);

    // What this client last saw of a row: its values and revision.
    struct Seen
    {
        QJsonObject row;
        qint64 revision = 0;
    };
    const Seen* seen(const QString& key) const;
    const Card* seenCard(Id id) const;
    Error putRow(const char* table, Id id, const QJsonObject& row, bool force = false);
    Error putMapColumn(const char* column, const pg::Param& value, const QString& what);
    Error deleteRow(const char* table, Id id);
    Error writeCardChildren(const Card& c, const Card* before);
    qint64 endOfCell(Id stage, Id lane) const;
    Error writeComments(const Card& c, const Card* before);
    Error refused(const char* table, Id id, const Seen& was);
    QByteArray ownLastChange() const;
    Error failed(const Error& err);
    void remember(const DocumentData& data, const teamrows::Revisions& revisions) const;
    void readNotices();
    void fetchRemote();
    void numberChangedCells(QList<Card>& changed) const;
    // The map as last seen, for when the server cannot be asked.
    DocumentData lastSeen() const;
    void listen();
    void connectionLost();
    void reconnect();

    std::unique_ptr<TeamServer> m_server;
    QString m_map;
    qint64 m_mapId = 0;
    TeamRights m_rights;
    bool m_inTransaction = false;
    bool m_undoing = false; // the open transaction undoes a step of ours

    // Committed state as last seen, and the open transaction's writes over it.
    mutable QHash<QString, Seen> m_seen;
    mutable QHash<Id, Card> m_seenCards;
    QHash<QString, std::optional<Seen>> m_pending; // nullopt: removed
    QHash<Id, std::optional<Card>> m_pendingCards;
    // The server position chosen for a card being added in the open
    // transaction (putCellOrder comes before its putCard).
    QHash<Id, qint64> m_plannedPositions;

    std::function<void(const RemoteChanges&)> m_listener;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_fetch = nullptr;
    QTimer* m_reconnect = nullptr;
    // libpq keeps notifications that came with our own queries' answers,
    // where no socket activity will announce them: looked at after each.
    QTimer* m_drain = nullptr;
    void drainLater() const;
    bool m_lost = false;
    bool m_resetting = false; // a reconnection is under way
    QDeadlineTimer m_resetDeadline;
    QSocketNotifier* m_resetNotifier = nullptr;
    void watchReset(std::optional<pg::Connection::Reset> wait);
    void pollReset();
    mutable QString m_title;
    std::optional<QString> m_pendingTitle;              // set in the open transaction
    mutable int m_interval = defaultReviewIntervalDays; // the map's review interval
    std::optional<int> m_pendingInterval;
    QSet<Id> m_pendingReviews; // cards whose review the open transaction asked for
    QSet<Id> m_remoteCards, m_remoteLinks, m_remoteParticipants, m_remoteFeedback;
    QSet<std::pair<QString, Id>> m_remoteObjects; // of the structure: kind, id
    static const QStringList& structureKinds();
    bool takeRenamed(const QSet<std::pair<QString, Id>>& asked, const DocumentData& read,
                     const teamrows::Revisions& revisions, RemoteChanges& changes);
    bool m_remoteStructure = false;
    bool m_remoteMap = false;
    mutable bool m_deleted = false; // the map is gone from the server
    void mapDeleted() const;
};

} // namespace cx
