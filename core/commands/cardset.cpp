#include "cardset.h"

#include "model/feedbackrules.h"

#include <QSet>

#include <algorithm>

namespace cx {

CardSet::CardSet(const Document& doc, const QList<Id>& cardIds)
{
    QSet<Id> linkIds;
    for (Id id : cardIds) {
        const Card* c = doc.card(id);
        if (!c)
            continue;
        m_cards.append(*c);
        for (Id l : doc.linkIdsOf(id))
            linkIds.insert(l);
        for (Id f : doc.feedbackIdsOf(id))
            m_feedback.append(*doc.feedback(f));
    }
    // Restoring in ascending position puts every card back at its index,
    // whichever cards of its cell stayed.
    std::sort(m_cards.begin(), m_cards.end(),
              [](const Card& a, const Card& b) { return a.position < b.position; });
    for (Id l : linkIds)
        m_links.append(*doc.link(l));
    std::sort(m_links.begin(), m_links.end(),
              [](const Link& a, const Link& b) { return a.id < b.id; });
}

CardSet CardSet::ofStage(const Document& doc, Id stageId)
{
    const Stage* s = doc.stage(stageId);
    QList<Id> ids;
    if (s) {
        for (Id laneId : doc.laneIds(s->journeyId))
            ids += doc.cardIds(stageId, laneId);
    }
    return CardSet(doc, ids);
}

CardSet CardSet::ofLane(const Document& doc, Id laneId)
{
    const Lane* l = doc.lane(laneId);
    QList<Id> ids;
    if (l) {
        for (Id stageId : doc.stageIds(l->journeyId))
            ids += doc.cardIds(stageId, laneId);
    }
    return CardSet(doc, ids);
}

void CardSet::remove(Document& doc) const
{
    for (const Link& l : m_links)
        doc.removeLink(l.id);
    if (!m_feedback.isEmpty()) {
        QList<Feedback> unsorted = m_feedback;
        for (Feedback& f : unsorted) {
            const Card* c = doc.card(f.cardId);
            f.cardHint = c ? c->title.left(maxFeedbackFieldLength) : QString();
            f.cardId = 0;
        }
        doc.putFeedback(unsorted);
    }
    for (const Card& c : m_cards)
        doc.removeCard(c.id);
}

void CardSet::restore(Document& doc) const
{
    for (const Card& c : m_cards)
        doc.insertCard(c);
    for (const Link& l : m_links)
        doc.insertLink(l);
    if (!m_feedback.isEmpty())
        doc.putFeedback(m_feedback);
}

} // namespace cx
