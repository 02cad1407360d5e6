// The Document's mutation primitives: memory and SQLite in one step, then a
// precise change signal. Each joins the caller's transaction (a command's) or
// runs in its own. A broken precondition aborts the whole transaction.

#include "document.h"

#include "store/store.h"

#include <algorithm>

namespace cx {

namespace {

int clampIndex(int index, qsizetype size) { return std::clamp(index, 0, int(size)); }

} // namespace

// --- Positions -----------------------------------------------------------------
// Keeps the position fields equal to the index in their order list and writes
// only the rows whose position changed.

void Document::renumberCell(Id stageId, Id laneId)
{
    const QList<Id>& cell = m_cells[{stageId, laneId}];
    QList<int> renumbered;
    for (int i = 0; i < cell.size(); ++i) {
        Card& c = m_cards[cell[i]];
        if (c.position != i) {
            c.position = i;
            renumbered.append(i);
        }
    }
    write(m_store->putCellOrder(stageId, laneId, cell, renumbered));
}

void Document::renumberStages(Id journeyId)
{
    const QList<Id>& order = m_stageOrder[journeyId];
    for (int i = 0; i < order.size(); ++i) {
        Stage& s = m_stages[order[i]];
        if (s.position != i) {
            s.position = i;
            write(m_store->putStage(s));
        }
    }
}

void Document::renumberLanes(Id journeyId)
{
    const QList<Id>& order = m_laneOrder[journeyId];
    for (int i = 0; i < order.size(); ++i) {
        Lane& l = m_lanes[order[i]];
        if (l.position != i) {
            l.position = i;
            write(m_store->putLane(l));
        }
    }
}

void Document::renumberDepartments()
{
    for (int i = 0; i < m_departmentOrder.size(); ++i) {
        Department& d = m_departments[m_departmentOrder[i]];
        if (d.position != i) {
            d.position = i;
            write(m_store->putDepartment(d));
        }
    }
}

void Document::renumberJourneys()
{
    for (int i = 0; i < m_journeyOrder.size(); ++i) {
        Journey& j = m_journeys[m_journeyOrder[i]];
        if (j.position != i) {
            j.position = i;
            write(m_store->putJourney(j));
        }
    }
}

bool Document::isReferenced(Id departmentId) const
{
    return std::any_of(m_cards.cbegin(), m_cards.cend(), [departmentId](const Card& c) {
        return c.accountableId == departmentId || c.contributingIds.contains(departmentId) ||
               std::any_of(
                   c.actions.cbegin(), c.actions.cend(),
                   [departmentId](const CardAction& a) { return a.ownerId == departmentId; });
    });
}

// --- Title ---------------------------------------------------------------------

void Document::setTitle(const QString& title)
{
    Transaction tx(*this);
    if (m_txError || title == m_title)
        return;
    record(HistoryObject::Title, 0, {{QStringLiteral("title"), m_title}},
           {{QStringLiteral("title"), title}}, title);
    m_title = title;
    write(m_store->putTitle(title));
    if (!tx.commit())
        emit titleChanged();
}

// --- Departments ---------------------------------------------------------------

void Document::insertDepartment(const Department& d)
{
    Transaction tx(*this);
    if (m_txError ||
        !check(d.id > 0 && !m_departments.contains(d.id), QT_TR_NOOP("Department id in use")))
        return;
    m_departmentOrder.insert(clampIndex(d.position, m_departmentOrder.size()), d.id);
    m_departments.insert(d.id, d);
    m_departments[d.id].position = -1; // written by renumbering
    renumberDepartments();
    recordDepartment(nullptr, &m_departments[d.id]);
    m_nextId[int(Kind::Department)] = std::max(m_nextId[int(Kind::Department)], d.id + 1);
    if (!tx.commit())
        emit departmentAdded(d.id);
}

void Document::updateDepartment(const Department& d)
{
    Transaction tx(*this);
    if (m_txError || !check(m_departments.contains(d.id), QT_TR_NOOP("No such department")))
        return;
    Department& current = m_departments[d.id];
    const Department old = current;
    current = d;
    current.position = old.position;
    write(m_store->putDepartment(current));
    recordDepartment(&old, &current);
    if (!tx.commit())
        emit departmentChanged(d.id);
}

void Document::moveDepartment(Id id, int toPosition)
{
    Transaction tx(*this);
    if (m_txError || !check(m_departments.contains(id), QT_TR_NOOP("No such department")))
        return;
    const Department old = m_departments[id];
    const int from = int(m_departmentOrder.indexOf(id));
    const int to = clampIndex(toPosition, m_departmentOrder.size() - 1);
    m_departmentOrder.move(from, to);
    renumberDepartments();
    recordDepartment(&old, &m_departments[id]);
    if (!tx.commit())
        emit departmentMoved(id, from, to);
}

void Document::removeDepartment(Id id)
{
    Transaction tx(*this);
    if (m_txError || !check(m_departments.contains(id), QT_TR_NOOP("No such department")) ||
        !check(!isReferenced(id), QT_TR_NOOP("The department still owns or contributes to cards")))
        return;
    const Department old = m_departments.take(id);
    recordDepartment(&old, nullptr);
    m_departmentOrder.removeOne(id);
    write(m_store->deleteDepartment(id));
    renumberDepartments();
    if (!tx.commit())
        emit departmentRemoved(id);
}

// --- Personas ------------------------------------------------------------------

void Document::insertPersona(const Persona& p)
{
    Transaction tx(*this);
    if (m_txError ||
        !check(p.id > 0 && !m_personas.contains(p.id), QT_TR_NOOP("Persona id in use")))
        return;
    m_personas.insert(p.id, p);
    write(m_store->putPersona(p));
    recordPersona(nullptr, &p);
    m_nextId[int(Kind::Persona)] = std::max(m_nextId[int(Kind::Persona)], p.id + 1);
    if (!tx.commit())
        emit personaAdded(p.id);
}

void Document::updatePersona(const Persona& p)
{
    Transaction tx(*this);
    if (m_txError || !check(m_personas.contains(p.id), QT_TR_NOOP("No such persona")))
        return;
    recordPersona(&m_personas[p.id], &p);
    m_personas[p.id] = p;
    write(m_store->putPersona(p));
    if (!tx.commit())
        emit personaChanged(p.id);
}

void Document::removePersona(Id id)
{
    Transaction tx(*this);
    const bool used = std::any_of(m_journeys.cbegin(), m_journeys.cend(),
                                  [id](const Journey& j) { return j.personaId == id; });
    if (m_txError || !check(m_personas.contains(id), QT_TR_NOOP("No such persona")) ||
        !check(!used, QT_TR_NOOP("A journey still follows this persona")))
        return;
    const Persona old = m_personas.take(id);
    recordPersona(&old, nullptr);
    write(m_store->deletePersona(id));
    if (!tx.commit())
        emit personaRemoved(id);
}

// --- Participants --------------------------------------------------------------

void Document::insertParticipant(const Participant& p)
{
    Transaction tx(*this);
    if (m_txError ||
        !check(p.id > 0 && !m_participants.contains(p.id), QT_TR_NOOP("Participant id in use")) ||
        !check(p.budget >= 0, QT_TR_NOOP("A dot budget cannot be negative")))
        return;
    m_participants.insert(p.id, p);
    write(m_store->putParticipant(p));
    recordParticipant(nullptr, &p);
    m_nextId[int(Kind::Participant)] = std::max(m_nextId[int(Kind::Participant)], p.id + 1);
    if (!tx.commit())
        emit participantAdded(p.id);
}

void Document::updateParticipant(const Participant& p)
{
    Transaction tx(*this);
    if (m_txError || !check(m_participants.contains(p.id), QT_TR_NOOP("No such participant")) ||
        !check(p.budget >= 0, QT_TR_NOOP("A dot budget cannot be negative")))
        return;
    recordParticipant(&m_participants[p.id], &p);
    m_participants[p.id] = p;
    write(m_store->putParticipant(p));
    if (!tx.commit())
        emit participantChanged(p.id);
}

void Document::removeParticipant(Id id)
{
    Transaction tx(*this);
    const bool voted = std::any_of(m_cards.cbegin(), m_cards.cend(),
                                   [id](const Card& c) { return c.dotsOf(id) > 0; });
    if (m_txError || !check(m_participants.contains(id), QT_TR_NOOP("No such participant")) ||
        !check(!voted, QT_TR_NOOP("A card still holds this participant's dots")))
        return;
    const Participant old = m_participants.take(id);
    recordParticipant(&old, nullptr);
    write(m_store->deleteParticipant(id));
    if (!tx.commit())
        emit participantRemoved(id);
}

// --- Journeys ------------------------------------------------------------------

void Document::insertJourney(const Journey& j)
{
    Transaction tx(*this);
    if (m_txError ||
        !check(j.id > 0 && !m_journeys.contains(j.id), QT_TR_NOOP("Journey id in use")) ||
        !check(j.personaId == 0 || m_personas.contains(j.personaId), QT_TR_NOOP("No such persona")))
        return;
    m_journeyOrder.insert(clampIndex(j.position, m_journeyOrder.size()), j.id);
    m_journeys.insert(j.id, j);
    m_journeys[j.id].position = -1;
    renumberJourneys();
    recordJourney(nullptr, &m_journeys[j.id]);
    m_nextId[int(Kind::Journey)] = std::max(m_nextId[int(Kind::Journey)], j.id + 1);
    if (!tx.commit())
        emit journeyAdded(j.id);
}

void Document::updateJourney(const Journey& j)
{
    Transaction tx(*this);
    if (m_txError || !check(m_journeys.contains(j.id), QT_TR_NOOP("No such journey")) ||
        !check(j.personaId == 0 || m_personas.contains(j.personaId), QT_TR_NOOP("No such persona")))
        return;
    Journey& current = m_journeys[j.id];
    const Journey old = current;
    current = j;
    current.position = old.position;
    write(m_store->putJourney(current));
    recordJourney(&old, &current);
    if (!tx.commit())
        emit journeyChanged(j.id);
}

void Document::moveJourney(Id id, int toPosition)
{
    Transaction tx(*this);
    if (m_txError || !check(m_journeys.contains(id), QT_TR_NOOP("No such journey")))
        return;
    const Journey old = m_journeys[id];
    const int from = int(m_journeyOrder.indexOf(id));
    const int to = clampIndex(toPosition, m_journeyOrder.size() - 1);
    m_journeyOrder.move(from, to);
    renumberJourneys();
    recordJourney(&old, &m_journeys[id]);
    if (!tx.commit())
        emit journeyMoved(id, from, to);
}

void Document::removeJourney(Id id)
{
    Transaction tx(*this);
    if (m_txError || !check(m_journeys.contains(id), QT_TR_NOOP("No such journey")) ||
        !check(stageIds(id).isEmpty() && laneIds(id).isEmpty(),
               QT_TR_NOOP("The journey is not empty")) ||
        !check(std::none_of(m_journeys.cbegin(), m_journeys.cend(),
                            [id](const Journey& j) { return j.sourceJourneyId == id; }),
               QT_TR_NOOP("A future-state journey was cloned from this journey")))
        return;
    const Journey old = m_journeys.take(id);
    recordJourney(&old, nullptr);
    m_journeyOrder.removeOne(id);
    m_stageOrder.remove(id);
    m_laneOrder.remove(id);
    write(m_store->deleteJourney(id));
    renumberJourneys();
    if (!tx.commit())
        emit journeyRemoved(id);
}

// --- Stages and lanes -------------------------------------------------------------

void Document::insertStage(const Stage& s)
{
    Transaction tx(*this);
    if (m_txError || !check(s.id > 0 && !m_stages.contains(s.id), QT_TR_NOOP("Stage id in use")) ||
        !check(m_journeys.contains(s.journeyId), QT_TR_NOOP("No such journey")))
        return;
    QList<Id>& order = m_stageOrder[s.journeyId];
    const int index = clampIndex(s.position, order.size());
    order.insert(index, s.id);
    m_stages.insert(s.id, s);
    m_stages[s.id].position = -1;
    renumberStages(s.journeyId);
    recordStage(nullptr, &m_stages[s.id]);
    m_nextId[int(Kind::Stage)] = std::max(m_nextId[int(Kind::Stage)], s.id + 1);
    if (!tx.commit())
        emit stageInserted(s.journeyId, s.id, index);
}

void Document::updateStage(const Stage& s)
{
    Transaction tx(*this);
    if (m_txError || !check(m_stages.contains(s.id), QT_TR_NOOP("No such stage")))
        return;
    Stage& current = m_stages[s.id];
    const Stage old = current;
    current.name = s.name;
    current.description = s.description;
    write(m_store->putStage(current));
    recordStage(&old, &current);
    if (!tx.commit())
        emit stageChanged(s.id);
}

void Document::moveStage(Id id, int toPosition)
{
    Transaction tx(*this);
    if (m_txError || !check(m_stages.contains(id), QT_TR_NOOP("No such stage")))
        return;
    const Stage old = m_stages[id];
    const Id journeyId = old.journeyId;
    QList<Id>& order = m_stageOrder[journeyId];
    const int from = int(order.indexOf(id));
    const int to = clampIndex(toPosition, order.size() - 1);
    order.move(from, to);
    renumberStages(journeyId);
    recordStage(&old, &m_stages[id]);
    if (!tx.commit())
        emit stageMoved(journeyId, id, from, to);
}

void Document::removeStage(Id id)
{
    Transaction tx(*this);
    if (m_txError || !check(m_stages.contains(id), QT_TR_NOOP("No such stage")))
        return;
    const Id journeyId = m_stages[id].journeyId;
    for (Id laneId : laneIds(journeyId)) {
        if (!check(m_cells.value({id, laneId}).isEmpty(),
                   QT_TR_NOOP("The stage still holds cards")))
            return;
        m_cells.remove({id, laneId});
    }
    QList<Id>& order = m_stageOrder[journeyId];
    const int index = int(order.indexOf(id));
    order.removeAt(index);
    const Stage old = m_stages.take(id);
    recordStage(&old, nullptr);
    write(m_store->deleteStage(id));
    renumberStages(journeyId);
    if (!tx.commit())
        emit stageRemoved(journeyId, id, index);
}

void Document::insertLane(const Lane& l)
{
    Transaction tx(*this);
    if (m_txError || !check(l.id > 0 && !m_lanes.contains(l.id), QT_TR_NOOP("Lane id in use")) ||
        !check(m_journeys.contains(l.journeyId), QT_TR_NOOP("No such journey")))
        return;
    QList<Id>& order = m_laneOrder[l.journeyId];
    const int index = clampIndex(l.position, order.size());
    order.insert(index, l.id);
    m_lanes.insert(l.id, l);
    m_lanes[l.id].position = -1;
    renumberLanes(l.journeyId);
    recordLane(nullptr, &m_lanes[l.id]);
    m_nextId[int(Kind::Lane)] = std::max(m_nextId[int(Kind::Lane)], l.id + 1);
    if (!tx.commit())
        emit laneInserted(l.journeyId, l.id, index);
}

void Document::updateLane(const Lane& l)
{
    Transaction tx(*this);
    if (m_txError || !check(m_lanes.contains(l.id), QT_TR_NOOP("No such lane")))
        return;
    Lane& current = m_lanes[l.id];
    const Lane old = current;
    current.name = l.name;
    current.kind = l.kind;
    write(m_store->putLane(current));
    recordLane(&old, &current);
    if (!tx.commit())
        emit laneChanged(l.id);
}

void Document::moveLane(Id id, int toPosition)
{
    Transaction tx(*this);
    if (m_txError || !check(m_lanes.contains(id), QT_TR_NOOP("No such lane")))
        return;
    const Lane old = m_lanes[id];
    const Id journeyId = old.journeyId;
    QList<Id>& order = m_laneOrder[journeyId];
    const int from = int(order.indexOf(id));
    const int to = clampIndex(toPosition, order.size() - 1);
    order.move(from, to);
    renumberLanes(journeyId);
    recordLane(&old, &m_lanes[id]);
    if (!tx.commit())
        emit laneMoved(journeyId, id, from, to);
}

void Document::removeLane(Id id)
{
    Transaction tx(*this);
    if (m_txError || !check(m_lanes.contains(id), QT_TR_NOOP("No such lane")))
        return;
    const Id journeyId = m_lanes[id].journeyId;
    for (Id stageId : stageIds(journeyId)) {
        if (!check(m_cells.value({stageId, id}).isEmpty(),
                   QT_TR_NOOP("The lane still holds cards")))
            return;
        m_cells.remove({stageId, id});
    }
    QList<Id>& order = m_laneOrder[journeyId];
    const int index = int(order.indexOf(id));
    order.removeAt(index);
    const Lane old = m_lanes.take(id);
    recordLane(&old, nullptr);
    write(m_store->deleteLane(id));
    renumberLanes(journeyId);
    if (!tx.commit())
        emit laneRemoved(journeyId, id, index);
}

} // namespace cx
