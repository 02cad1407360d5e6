#pragma once

// The seam under the Document: where its rows live. Two implementations keep
// one contract: the .cxmap file (Store, SQLite) and a map on a team server
// (TeamStore, PostgreSQL). Every write happens inside begin()/commit(); a
// failed write leaves the transaction open for the caller to roll back, and
// after a rollback the caller reloads with readAll().

#include "../model/result.h"
#include "../model/types.h"

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
    // Objects of the structure whose own fields changed (not their place:
    // an added, removed or reordered one is a change of structure).
    QList<Department> departments;
    QList<Persona> personas;
    QList<Journey> journeys;
    QList<Stage> stages;
    QList<Lane> lanes;
    bool structure = false;
    std::optional<QString> title; // the map's new title
    // The connection was lost or is back, or the map was deleted from the
    // server: read-only state and the map (read again when it is back)
    // changed.
    bool connection = false;
    bool isEmpty() const
    {
        return cards.isEmpty() && links.isEmpty() && removedCards.isEmpty() &&
               removedLinks.isEmpty() && participants.isEmpty() && removedParticipants.isEmpty() &&
               departments.isEmpty() && personas.isEmpty() && journeys.isEmpty() &&
               stages.isEmpty() && lanes.isEmpty() && !structure && !title && !connection;
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

    virtual Error deleteDepartment(Id id) = 0;
    virtual Error deletePersona(Id id) = 0;
    virtual Error deleteParticipant(Id id) = 0;
    virtual Error deleteJourney(Id id) = 0;
    virtual Error deleteStage(Id id) = 0;
    virtual Error deleteLane(Id id) = 0;
    virtual Error deleteCard(Id id) = 0;
    virtual Error deleteLink(Id id) = 0;

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
