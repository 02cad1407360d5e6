#pragma once

// Edits of several cards at once, and removing a participant with their dots
// (dot voting: reset votes, a participant leaves the room).

#include "command.h"

namespace cx {

// Each card of 'after' replaces the card with its id; undo puts 'before' back.
// Only the fields updateCard writes change (not the place).
class EditCardsCommand : public Command
{
public:
    EditCardsCommand(Document& doc, QList<Card> before, QList<Card> after, const QString& text);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    QList<Card> m_before;
    QList<Card> m_after;
};

// Takes the participant's dots off every card (their votes go with them),
// then removes the participant; undo brings both back.
class RemoveParticipantCommand : public Command
{
public:
    RemoveParticipantCommand(Document& doc, Id participantId);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Participant m_participant;
    QList<Card> m_before; // the cards that held their dots
    QList<Card> m_after;
};

} // namespace cx
