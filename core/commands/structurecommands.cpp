#include "structurecommands.h"

#include <QCoreApplication>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Commands)
};

} // namespace

RemoveCardsCommand::RemoveCardsCommand(Document& doc, const QList<Id>& cardIds)
    : Command(doc, QCoreApplication::translate("cx::Commands", "Delete %n card(s)", "",
                                               int(cardIds.size()))),
      m_set(doc, cardIds)
{
}

MoveCardsCommand::MoveCardsCommand(Document& doc, const QList<Id>& cardIds, Id stageId, Id laneId,
                                   int position)
    : Command(doc,
              cardIds.size() == 1 ? CommandsTr::tr("Move card") : CommandsTr::tr("Move cards")),
      m_cardIds(cardIds), m_target{stageId, laneId, position}
{
}

void MoveCardsCommand::doRedo()
{
    m_from.clear();
    int position = m_target.position;
    for (Id id : m_cardIds) {
        const Card* c = m_doc.card(id);
        if (!c) {
            m_doc.moveCard(id, 0, 0, 0); // aborts the transaction: no such card
            return;
        }
        m_from.append({c->stageId, c->laneId, c->position});
        m_doc.moveCard(id, m_target.stageId, m_target.laneId, position++);
    }
}

void MoveCardsCommand::doUndo()
{
    for (qsizetype i = m_from.size() - 1; i >= 0; --i)
        m_doc.moveCard(m_cardIds[i], m_from[i].stageId, m_from[i].laneId, m_from[i].position);
}

RemoveStageOrLaneCommand::RemoveStageOrLaneCommand(Document& doc, const Stage& stage)
    : Command(doc, CommandsTr::tr("Delete stage “%1”").arg(stage.name)), m_stage(stage),
      m_set(CardSet::ofStage(doc, stage.id))
{
}

RemoveStageOrLaneCommand::RemoveStageOrLaneCommand(Document& doc, const Lane& lane)
    : Command(doc, CommandsTr::tr("Delete lane “%1”").arg(lane.name)), m_lane(lane),
      m_set(CardSet::ofLane(doc, lane.id))
{
}

void RemoveStageOrLaneCommand::doRedo()
{
    m_set.remove(m_doc);
    if (m_stage)
        m_doc.removeStage(m_stage->id);
    else
        m_doc.removeLane(m_lane->id);
}

void RemoveStageOrLaneCommand::doUndo()
{
    if (m_stage)
        m_doc.insertStage(*m_stage);
    else
        m_doc.insertLane(*m_lane);
    m_set.restore(m_doc);
}

RemoveDepartmentCommand::RemoveDepartmentCommand(Document& doc, Id departmentId, Id replacementId)
    : Command(doc, CommandsTr::tr("Delete department"))
{
    if (const Department* d = doc.department(departmentId)) {
        m_department = *d;
        setText(CommandsTr::tr("Delete department “%1”").arg(d->name));
    }
    for (Id journeyId : doc.journeyIds()) {
        for (Id cardId : doc.cardIdsOfJourney(journeyId))
            captureCard(*doc.card(cardId), departmentId, replacementId);
    }
}

void RemoveDepartmentCommand::captureCard(const Card& c, Id departmentId, Id replacementId)
{
    const auto owns = [departmentId](const CardAction& a) { return a.ownerId == departmentId; };
    if (c.accountableId != departmentId && !c.contributingIds.contains(departmentId) &&
        std::none_of(c.actions.cbegin(), c.actions.cend(), owns))
        return;
    Card after = c;
    for (CardAction& a : after.actions) // its actions go to the replacement
        a.ownerId = a.ownerId == departmentId ? replacementId : a.ownerId;
    after.contributingIds.removeAll(departmentId);
    if (after.accountableId == departmentId) {
        after.accountableId = replacementId;
        after.contributingIds.removeAll(replacementId);
    } else if (replacementId != 0 && after.accountableId != replacementId &&
               !after.contributingIds.contains(replacementId)) {
        after.contributingIds.append(replacementId);
    }
    m_before.append(c);
    m_after.append(after);
}

void RemoveDepartmentCommand::doRedo()
{
    if (m_department.id == 0) {
        m_doc.removeDepartment(0); // aborts: no such department
        return;
    }
    for (qsizetype i = 0; i < m_after.size(); ++i)
        m_doc.changeCard(m_before[i], m_after[i]);
    m_doc.removeDepartment(m_department.id);
}

void RemoveDepartmentCommand::doUndo()
{
    m_doc.insertDepartment(m_department);
    for (qsizetype i = 0; i < m_before.size(); ++i)
        m_doc.changeCard(m_after[i], m_before[i]);
}

RemovePersonaCommand::RemovePersonaCommand(Document& doc, Id personaId)
    : Command(doc, CommandsTr::tr("Delete persona"))
{
    if (const Persona* p = doc.persona(personaId))
        m_persona = *p;
    for (Id id : doc.journeyIds()) {
        if (doc.journey(id)->personaId == personaId)
            m_journeys.append(*doc.journey(id));
    }
}

void RemovePersonaCommand::doRedo()
{
    for (Journey j : m_journeys) {
        j.personaId = 0;
        m_doc.updateJourney(j);
    }
    m_doc.removePersona(m_persona.id);
}

void RemovePersonaCommand::doUndo()
{
    m_doc.insertPersona(m_persona);
    for (const Journey& j : m_journeys)
        m_doc.updateJourney(j);
}

} // namespace cx
