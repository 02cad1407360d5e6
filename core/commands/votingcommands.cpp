#include "votingcommands.h"

#include <QCoreApplication>

namespace cx {

EditCardsCommand::EditCardsCommand(Document& doc, QList<Card> before, QList<Card> after,
                                   const QString& text)
    : Command(doc, text), m_before(std::move(before)), m_after(std::move(after))
{
    setObsolete(m_before == m_after);
}

EditCardsCommand::EditCardsCommand(Document& doc, QList<Card> before, QList<Card> after,
                                   const QString& text, Participant joining)
    : EditCardsCommand(doc, std::move(before), std::move(after), text)
{
    m_joining = std::move(joining);
}

void EditCardsCommand::doRedo()
{
    if (m_joining.id != 0)
        m_doc.insertParticipant(m_joining);
    for (qsizetype i = 0; i < m_after.size(); ++i)
        m_doc.changeCard(m_before[i], m_after[i]);
}

void EditCardsCommand::doUndo()
{
    for (qsizetype i = 0; i < m_before.size(); ++i)
        m_doc.changeCard(m_after[i], m_before[i]);
    if (m_joining.id != 0)
        m_doc.removeParticipant(m_joining.id);
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
    for (qsizetype i = 0; i < m_after.size(); ++i)
        m_doc.changeCard(m_before[i], m_after[i]);
    m_doc.removeParticipant(m_participant.id);
}

void RemoveParticipantCommand::doUndo()
{
    m_doc.insertParticipant(m_participant);
    for (qsizetype i = 0; i < m_before.size(); ++i)
        m_doc.changeCard(m_after[i], m_before[i]);
}

} // namespace cx
