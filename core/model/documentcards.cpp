// The Document's card and link primitives (see documentedit.cpp).

#include "document.h"

#include "store/store.h"

#include <algorithm>

namespace cx {

bool Document::isValidCard(const Card& c) const
{
    const Stage* s = stage(c.stageId);
    const Lane* l = lane(c.laneId);
    if (!s || !l || s->journeyId != l->journeyId)
        return false;
    if (c.accountableId != 0 && !m_departments.contains(c.accountableId))
        return false;
    if (c.emotion && (*c.emotion < emotionMin || *c.emotion > emotionMax))
        return false;
    Id previous = 0;
    for (const Dot& d : c.dots) {
        if (d.count <= 0 || d.participantId <= previous ||
            !m_participants.contains(d.participantId))
            return false;
        previous = d.participantId;
    }
    if (c.votes < c.dotCount())
        return false;
    const auto exists = [this](Id d) { return m_departments.contains(d); };
    return std::all_of(c.contributingIds.cbegin(), c.contributingIds.cend(), exists) &&
           std::all_of(c.actions.cbegin(), c.actions.cend(),
                       [&](const CardAction& a) { return a.ownerId == 0 || exists(a.ownerId); });
}

void Document::insertCard(const Card& c)
{
    Transaction tx(*this);
    if (m_txError || !check(c.id > 0 && !m_cards.contains(c.id), QT_TR_NOOP("Card id in use")) ||
        !check(isValidCard(c),
               QT_TR_NOOP("The card refers to a missing stage, lane, department or participant")))
        return;
    QList<Id>& cell = m_cells[{c.stageId, c.laneId}];
    const int index = std::clamp(c.position, 0, int(cell.size()));
    cell.insert(index, c.id);
    Card& stored = m_cards.insert(c.id, c).value();
    stored.position = index;
    renumberCell(c.stageId, c.laneId); // the cards it pushed along
    write(m_store->putCard(stored));
    recordCard(nullptr, &stored);
    m_nextId[int(Kind::Card)] = std::max(m_nextId[int(Kind::Card)], c.id + 1);
    if (!tx.commit())
        emit cardAdded(c.id);
}

void Document::updateCard(const Card& c)
{
    Transaction tx(*this);
    if (m_txError || !check(m_cards.contains(c.id), QT_TR_NOOP("No such card")))
        return;
    Card& current = m_cards[c.id];
    Card next = c;
    next.stageId = current.stageId;
    next.laneId = current.laneId;
    next.position = current.position;
    if (!check(isValidCard(next),
               QT_TR_NOOP("The card refers to a missing department or participant, or has "
                          "a bad emotion or vote count")))
        return;
    const CardFields fields = changedFields(current, next);
    if (fields == CardField::None)
        return;
    const Card old = current;
    current = next;
    write(m_store->putCard(current));
    recordCard(&old, &current);
    if (!tx.commit())
        emit cardChanged(c.id, fields);
}

void Document::changeCard(const Card& from, const Card& to)
{
    Transaction tx(*this);
    const Card* now = card(to.id);
    if (m_txError || !check(now != nullptr, QT_TR_NOOP("No such card")))
        return;
    updateCard(withChange(*now, from, to));
}

void Document::moveCard(Id id, Id stageId, Id laneId, int position)
{
    Transaction tx(*this);
    if (m_txError || !check(m_cards.contains(id), QT_TR_NOOP("No such card")))
        return;
    Card& c = m_cards[id];
    const Stage* target = stage(stageId);
    const Lane* targetLane = lane(laneId);
    if (!check(target && targetLane && target->journeyId == targetLane->journeyId &&
                   target->journeyId == journeyOfCard(id),
               QT_TR_NOOP("A card moves only within its journey")))
        return;
    const Card old = c;
    const Id fromStage = c.stageId;
    const Id fromLane = c.laneId;
    const int fromPosition = c.position;
    m_cells[{fromStage, fromLane}].removeOne(id);
    QList<Id>& cell = m_cells[{stageId, laneId}];
    cell.insert(std::clamp(position, 0, int(cell.size())), id);
    c.stageId = stageId;
    c.laneId = laneId;
    c.position = -1;
    renumberCell(fromStage, fromLane);
    if (fromStage != stageId || fromLane != laneId)
        renumberCell(stageId, laneId);
    recordCard(&old, &c);
    if (!tx.commit())
        emit cardMoved(id, fromStage, fromLane, fromPosition);
}

void Document::removeCard(Id id)
{
    Transaction tx(*this);
    if (m_txError || !check(m_cards.contains(id), QT_TR_NOOP("No such card")) ||
        !check(!m_linksByCard.contains(id), QT_TR_NOOP("The card still has links")) ||
        !check(!m_feedbackByCard.contains(id), QT_TR_NOOP("The card still has feedback")))
        return;
    const Card c = m_cards.take(id);
    m_cells[{c.stageId, c.laneId}].removeOne(id);
    write(m_store->deleteCard(id));
    renumberCell(c.stageId, c.laneId);
    recordCard(&c, nullptr);
    if (!tx.commit())
        emit cardRemoved(id, c.stageId, c.laneId);
}

// --- Links -----------------------------------------------------------------------

void Document::insertLink(const Link& l)
{
    Transaction tx(*this);
    if (m_txError || !check(l.id > 0 && !m_links.contains(l.id), QT_TR_NOOP("Link id in use")) ||
        !check(m_cards.contains(l.fromCardId) && m_cards.contains(l.toCardId),
               QT_TR_NOOP("No such card")) ||
        !check(l.fromCardId != l.toCardId, QT_TR_NOOP("A card cannot link to itself")) ||
        !check(journeyOfCard(l.fromCardId) == journeyOfCard(l.toCardId),
               QT_TR_NOOP("A link joins two cards of the same journey")))
        return;
    m_links.insert(l.id, l);
    m_linksByCard.insert(l.fromCardId, l.id);
    m_linksByCard.insert(l.toCardId, l.id);
    write(m_store->putLink(l));
    recordLink(nullptr, &l);
    m_nextId[int(Kind::Link)] = std::max(m_nextId[int(Kind::Link)], l.id + 1);
    if (!tx.commit())
        emit linkAdded(l.id);
}

void Document::updateLink(const Link& l)
{
    Transaction tx(*this);
    if (m_txError || !check(m_links.contains(l.id), QT_TR_NOOP("No such link")) ||
        !check(m_cards.contains(l.fromCardId) && m_cards.contains(l.toCardId),
               QT_TR_NOOP("No such card")) ||
        !check(l.fromCardId != l.toCardId, QT_TR_NOOP("A card cannot link to itself")) ||
        !check(journeyOfCard(l.fromCardId) == journeyOfCard(l.toCardId),
               QT_TR_NOOP("A link joins two cards of the same journey")))
        return;
    Link& current = m_links[l.id];
    const Link old = current;
    if (current.fromCardId != l.fromCardId || current.toCardId != l.toCardId) {
        m_linksByCard.remove(current.fromCardId, l.id);
        m_linksByCard.remove(current.toCardId, l.id);
        m_linksByCard.insert(l.fromCardId, l.id);
        m_linksByCard.insert(l.toCardId, l.id);
    }
    current = l;
    write(m_store->putLink(current));
    recordLink(&old, &current);
    if (!tx.commit())
        emit linkChanged(l.id);
}

void Document::removeLink(Id id)
{
    Transaction tx(*this);
    if (m_txError || !check(m_links.contains(id), QT_TR_NOOP("No such link")))
        return;
    const Link l = m_links.take(id);
    m_linksByCard.remove(l.fromCardId, id);
    m_linksByCard.remove(l.toCardId, id);
    write(m_store->deleteLink(id));
    recordLink(&l, nullptr);
    if (!tx.commit())
        emit linkRemoved(id, l.fromCardId, l.toCardId);
}

} // namespace cx
