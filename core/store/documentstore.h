#pragma once

// The seam under the Document: where its rows live. Two implementations keep
// one contract: the .cxmap file (Store, SQLite) and a map on a team server
// (TeamStore, PostgreSQL). Every write happens inside begin()/commit(); a
// failed write leaves the transaction open for the caller to roll back, and
// after a rollback the caller reloads with readAll().

#include "../model/history.h"
#include "../model/result.h"
#include "../model/types.h"
#include "../model/version.h"

#include <QString>

#include <functional>

namespace cx {

// Rows others changed on a shared store, to be merged into memory: the
// current state of what was added or changed, and the ids of what was
// removed. structure says that departments, personas, participants,
// journeys, stages or lanes changed: the whole map is read again.
struct RemoteChanges
{
    QList<Card> cards;
    QList<Link> links;
    QList<Id> removedCards;
    QList<Id> removedLinks;
    QList<Participant> participants; // added or changed
    QList<Id> removedParticipants;
    QList<Feedback> feedback; // customer feedback added or changed (moved too)
    QList<Id> removedFeedback;
    // Objects of the structure whose own fields changed (not their place:
    // an added, removed or reordered one is a change of structure).
    QList<Department> departments;
    QList<Persona> personas;
    QList<Journey> journeys;
    QList<Stage> stages;
    QList<Lane> lanes;
    bool structure = false;
    std::optional<QString> title;          // the map's new title
    std::optional<int> reviewIntervalDays; // the map's new review interval
    // The connection was lost or is back, or the map was deleted from the
    // server: read-only state and the map (read again when it is back)
    // changed.
    bool connection = false;
    bool isEmpty() const
    {
        return cards.isEmpty() && links.isEmpty() && removedCards.isEmpty() &&
               removedLinks.isEmpty() && participants.isEmpty() && removedParticipants.isEmpty() &&
               feedback.isEmpty() && removedFeedback.isEmpty() && departments.isEmpty() &&
               personas.isEmpty() && journeys.isEmpty() && stages.isEmpty() && lanes.isEmpty() &&
               !structure && !title && !reviewIntervalDays && !connection;
    }
};

class DocumentStore
{
public:
    virtual ~DocumentStore() = default;

    // The file's path, or how a team map is named ("team map “X” on server").
    virtual QString path() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QString readOnlyReason() const = 0;
    // True for a map on a team server.
    virtual bool isShared() const { return false; }
    // On a team server: the role this client acts as (the author of its
    // comments) and its rights ("facilitator", "member of IT", "viewer").
    virtual QString user() const { return {}; }
    virtual QString access() const { return {}; }
    // Why this client may not change the map's structure (stages, lanes,
    // journeys, departments, personas, participants), or a card accountable
    // to a department: empty when it may. The store enforces it either way.
    virtual QString structureRefusal() const { return {}; }
    virtual QString cardRefusal(Id accountableId) const
    {
        Q_UNUSED(accountableId);
        return {};
    }

    // Reads the whole document (canonical form).
    virtual Result<DocumentData> readAll() const = 0;
    // Consistent copy of the whole document to a .cxmap file.
    virtual Error saveAs(const QString& path, bool overwrite = false) const = 0;
    // The same copy with an empty history (the history names people: this
    // copy is for sharing). A store whose copies never hold history (a team
    // map's offline copy) saves as usual.
    virtual Error saveCopyWithoutHistory(const QString& path) const { return saveAs(path, true); }

    virtual Error begin() = 0;
    // Begins a transaction that undoes an earlier step of this client's: a
    // shared store refuses to write a row someone else has changed since.
    virtual Error beginUndo() { return begin(); }
    virtual Error commit() = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;

    virtual Error putDepartment(const Department& d) = 0;
    virtual Error putPersona(const Persona& p) = 0;
    virtual Error putParticipant(const Participant& p) = 0;
    virtual Error putJourney(const Journey& j) = 0;
    virtual Error putStage(const Stage& s) = 0;
    virtual Error putLane(const Lane& l) = 0;
    virtual Error putCard(const Card& c) = 0; // with its KPIs, tags, dots, comments...
    // A cell's cards in their order after an insertion, removal or move;
    // 'renumbered' holds the indexes in 'order' whose position changed (a
    // file writes those; a team map writes only the cards that must move).
    virtual Error putCellOrder(Id stage, Id lane, const QList<Id>& order,
                               const QList<int>& renumbered) = 0;
    virtual Error putLink(const Link& l) = 0;
    virtual Error putTitle(const QString& title) = 0;
    // The map's review interval (days).
    virtual Error putReviewInterval(int days) = 0;

    virtual Error deleteDepartment(Id id) = 0;
    virtual Error deletePersona(Id id) = 0;
    virtual Error deleteParticipant(Id id) = 0;
    virtual Error deleteJourney(Id id) = 0;
    virtual Error deleteStage(Id id) = 0;
    virtual Error deleteLane(Id id) = 0;
    virtual Error deleteCard(Id id) = 0;
    virtual Error deleteLink(Id id) = 0;
    // Customer feedback (types.h Feedback): an item added or changed (its
    // card too), or removed.
    virtual Error putFeedback(const Feedback& f) = 0;
    virtual Error deleteFeedback(Id id) = 0;

    // The map's history (model/history.h). A file writes what the Document
    // records, in the edit's own transaction; a store that writes its own
    // (a team server: no client can forge it) ignores putHistory.
    virtual bool writesOwnHistory() const { return false; }
    // A store that keeps no history writes nothing and says so on reading.
    virtual Error putHistory(const QDateTime& at, const QString& who, const QString& text,
                             const QList<HistoryChange>& changes)
    {
        Q_UNUSED(at);
        Q_UNUSED(who);
        Q_UNUSED(text);
        Q_UNUSED(changes);
        return {};
    }
    // Continues the step written last, as typing merged into one undo step
    // does: its records of the same fields keep their before and take the
    // new after, time and text. A store that cannot writes a new step.
    virtual Error amendHistory(const QDateTime& at, const QString& who, const QString& text,
                               const QList<HistoryChange>& changes)
    {
        return putHistory(at, who, text, changes);
    }
    // Reads the records the filter asks for, newest first (lazily: opening
    // a map never reads its history).
    virtual Result<QList<HistoryRecord>> readHistory(const HistoryFilter& filter) const
    {
        Q_UNUSED(filter);
        return Error{ErrorCode::InvalidArgument, QStringLiteral("This map keeps no history")};
    }
    // Removes the records older than `before` (outside any edit, in its own
    // transaction; a team server lets only facilitators): how many went.
    virtual Result<qint64> pruneHistory(const QDateTime& before)
    {
        Q_UNUSED(before);
        return Error{ErrorCode::InvalidArgument, QStringLiteral("This map keeps no history")};
    }
    // The moment before which records were pruned, cleared or not yet kept
    // (a file upgraded from before the history): the history is whole only
    // after it. Invalid when it is whole.
    virtual Result<QDateTime> historyPrunedBefore() const { return QDateTime(); }

    // Named versions (model/version.h): the whole map kept as JSON text
    // under a name. Outside any edit, each in its own transaction; a store
    // that keeps none says so. A team server dates and signs them itself.
    virtual Result<Id> createVersion(const QString& name, const QDateTime& at, const QString& who,
                                     const QByteArray& json)
    {
        Q_UNUSED(name);
        Q_UNUSED(at);
        Q_UNUSED(who);
        Q_UNUSED(json);
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("This map keeps no named versions")};
    }
    // The versions, oldest first, without their data.
    virtual Result<QList<VersionInfo>> versions() const
    {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("This map keeps no named versions")};
    }
    virtual Result<QByteArray> versionData(Id id) const
    {
        Q_UNUSED(id);
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("This map keeps no named versions")};
    }

    // A new id taken from a shared store's counter (0: the Document picks one).
    virtual Id takeId() { return 0; }

    // A shared store calls listener with what others changed (from the event
    // loop, never during a transaction of ours).
    virtual void setRemoteListener(std::function<void(const RemoteChanges&)> listener)
    {
        Q_UNUSED(listener);
    }

    // For tests of the full-disk path (files only).
    virtual Error setMaxPageCount(int pages) = 0;
};

} // namespace cx
