#pragma once

// Edits of several cards at once, and removing a participant with their dots
// (dot voting: reset votes, a participant leaves the room).

#include "command.h"

namespace cx {

// Each card of 'after' replaces the card with its id; undo puts 'before' back.
// Only the fields that differ between them change, on the card as it is then
// (Document::changeCard), and never the place.
class EditCardsCommand : public Command
{
public:
    EditCardsCommand(Document& doc, QList<Card> before, QList<Card> after, const QString& text);
    // The same, for the first votes of someone who joins the voting in this
    // step: 'joining' is added first, and removed by the undo.
    EditCardsCommand(Document& doc, QList<Card> before, QList<Card> after, const QString& text,
                     Participant joining);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    QList<Card> m_before;
    QList<Card> m_after;
    Participant m_joining; // id 0: nobody joins
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
