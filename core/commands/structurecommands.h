#pragma once

// Edits that take other objects along: removing cards with their links,
// moving cards, removing a stage or a lane with its cards, removing a
// department (its cards get a replacement or become unowned).

#include "cardset.h"
#include "command.h"

namespace cx {

class RemoveCardsCommand : public Command
{
public:
    RemoveCardsCommand(Document& doc, const QList<Id>& cardIds);

protected:
    void doRedo() override { m_set.remove(m_doc); }
    void doUndo() override { m_set.restore(m_doc); }

private:
    CardSet m_set;
};

// Moves cards into one cell, one after the other from 'position' on.
class MoveCardsCommand : public Command
{
public:
    MoveCardsCommand(Document& doc, const QList<Id>& cardIds, Id stageId, Id laneId, int position);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    struct Place
    {
        Id stageId = 0;
        Id laneId = 0;
        int position = 0;
    };
    QList<Id> m_cardIds;
    Place m_target;
    QList<Place> m_from; // each card's place just before it moved
};

// Removes a stage (isStage) or a lane and every card in it, with their links.
class RemoveStageOrLaneCommand : public Command
{
public:
    RemoveStageOrLaneCommand(Document& doc, const Stage& stage);
    RemoveStageOrLaneCommand(Document& doc, const Lane& lane);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    std::optional<Stage> m_stage;
    std::optional<Lane> m_lane;
    CardSet m_set;
};

// Removes a department. Cards it was accountable for pass to 'replacement'
// (0 = unowned); it leaves every contributing list (the replacement joins
// the list instead, unless it is already accountable or listed).
class RemoveDepartmentCommand : public Command
{
public:
    RemoveDepartmentCommand(Document& doc, Id departmentId, Id replacementId);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    void captureCard(const Card& c, Id departmentId, Id replacementId);

    Department m_department;
    QList<Card> m_before; // the cards that referred to it
    QList<Card> m_after;
};

// Removes a persona; the journeys that followed it no longer name one.
class RemovePersonaCommand : public Command
{
public:
    RemovePersonaCommand(Document& doc, Id personaId);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Persona m_persona;
    QList<Journey> m_journeys; // that named it
};

} // namespace cx
