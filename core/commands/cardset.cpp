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
    const QSet<Id> cards(cardIds.cbegin(), cardIds.cend());
    for (Id f : doc.feedbackIdsOf(0)) {
        const Feedback* item = doc.feedback(f);
        if (std::any_of(item->candidates.cbegin(), item->candidates.cend(),
                        [&](Id c) { return cards.contains(c); }))
            m_candidateOf.append(*item);
    }
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
    QSet<Id> gone;
    for (const Card& c : m_cards)
        gone.insert(c.id);
    if (!m_candidateOf.isEmpty()) {
        QList<Feedback> pruned = m_candidateOf;
        for (Feedback& f : pruned)
            f.candidates.removeIf([&](Id c) { return gone.contains(c); });
        doc.putFeedback(pruned);
    }
    if (!m_feedback.isEmpty()) {
        QList<Feedback> unsorted = m_feedback;
        for (Feedback& f : unsorted) {
            const Card* c = doc.card(f.cardId);
            f.cardHint = c ? c->title.left(maxFeedbackFieldLength) : QString();
            if (!f.cardHint.isEmpty() && f.cardHint.back().isHighSurrogate())
                f.cardHint.chop(1); // never half a character
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
    if (!m_candidateOf.isEmpty())
        doc.putFeedback(m_candidateOf);
}

} // namespace cx
