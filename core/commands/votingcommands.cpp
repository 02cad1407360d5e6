#include "votingcommands.h"

#include <QCoreApplication>

namespace cx {

EditCardsCommand::EditCardsCommand(Document& doc, QList<Card> before, QList<Card> after,
                                   const QString& text)
    : Command(doc, text), m_before(std::move(before)), m_after(std::move(after))
{
    setObsolete(m_before == m_after);
}

void EditCardsCommand::doRedo()
{
    for (const Card& c : m_after)
        m_doc.updateCard(c);
}

void EditCardsCommand::doUndo()
{
    for (const Card& c : m_before)
        m_doc.updateCard(c);
}

RemoveParticipantCommand::RemoveParticipantCommand(Document& doc, Id participantId)
    : Command(doc, QCoreApplication::translate("cx::Commands", "Remove participant"))
{
    if (const Participant* p = doc.participant(participantId))
        m_participant = *p;
    for (Id journeyId : doc.journeyIds()) {
        for (Id cardId : doc.cardIdsOfJourney(journeyId)) {
            const Card& c = *doc.card(cardId);
            const int dots = c.dotsOf(participantId);
            if (dots == 0)
                continue;
            Card after = c;
            after.votes -= dots;
            after.dots.removeIf([&](const Dot& d) { return d.participantId == participantId; });
            m_before.append(c);
            m_after.append(after);
        }
    }
}

void RemoveParticipantCommand::doRedo()
{
    for (const Card& c : m_after)
        m_doc.updateCard(c);
    m_doc.removeParticipant(m_participant.id);
}

void RemoveParticipantCommand::doUndo()
{
    m_doc.insertParticipant(m_participant);
    for (const Card& c : m_before)
        m_doc.updateCard(c);
}

} // namespace cx
