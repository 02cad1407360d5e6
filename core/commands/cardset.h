#pragma once

// Cards and every link that touches them, captured together so that they can
// be removed in one step and put back exactly: same ids, same cells, same
// positions. Used by removing cards, a stage, a lane or a journey.

#include "model/document.h"

namespace cx {

class CardSet
{
public:
    CardSet() = default;
    CardSet(const Document& doc, const QList<Id>& cardIds);

    // Every card of the stage (all lanes) or of the lane (all stages).
    static CardSet ofStage(const Document& doc, Id stageId);
    static CardSet ofLane(const Document& doc, Id laneId);

    // Links first, then cards. Their feedback goes to the "Unsorted
    // feedback" inbox (named after its card) rather than away with them.
    void remove(Document& doc) const;
    void restore(Document& doc) const; // cards in ascending position, links, feedback

    const QList<Card>& cards() const { return m_cards; }
    const QList<Link>& links() const { return m_links; }

private:
    QList<Card> m_cards;
    QList<Link> m_links;
    QList<Feedback> m_feedback; // on the cards, as it was
    // Unsorted items that name one of the cards as a candidate, as they were:
    // the candidate goes with the card.
    QList<Feedback> m_candidateOf;
};

} // namespace cx
