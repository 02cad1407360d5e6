// Merging what others changed on a team map (see DocumentStore's
// RemoteChanges): memory follows the server, and each item changed emits
// its own signal, so views redraw only what changed. Nothing here touches the
// undo stack or the store.

#include "document.h"
#include "feedbackrules.h"

#include "store/documentstore.h"

#include <QSet>

#include <algorithm>

namespace cx {

namespace {

// Numbers a cell's cards 0, 1, 2... in memory (the store has them already).
void numberCell(const QList<Id>& cell, QHash<Id, Card>& cards)
{
    for (int k = 0; k < cell.size(); ++k)
        cards[cell[k]].position = k;
}

// Puts the card at index in its cell, the others moving along.
void place(QList<Id>& cell, Id id, int index, QHash<Id, Card>& cards)
{
    cell.insert(std::clamp(index, 0, int(cell.size())), id);
    numberCell(cell, cards);
}

} // namespace

void Document::applyRemote(const RemoteChanges& changes)
{
    // Who joined the voting (or changed) first: their dots on cards follow.
    for (const Participant& p : changes.participants) {
        auto it = m_participants.find(p.id);
        if (it == m_participants.end()) {
            m_participants.insert(p.id, p);
            emit participantAdded(p.id);
        } else if (*it != p) {
            *it = p;
            emit participantChanged(p.id);
        }
    }
    // A card in a stage or lane this client has not seen, or a change of the
    // structure: read the whole map again.
    const bool unknownPlace = std::any_of(changes.cards.cbegin(), changes.cards.cend(),
                                          [this](const Card& c) { return !isValidCard(c); });
    if (changes.title && *changes.title != m_title) {
        m_title = *changes.title;
        emit titleChanged();
    }
    if (changes.reviewIntervalDays && *changes.reviewIntervalDays != m_reviewIntervalDays) {
        m_reviewIntervalDays = *changes.reviewIntervalDays;
        emit reviewIntervalChanged();
    }
    if (changes.structure || unknownPlace)
        reloadFromStore();
    if (changes.connection)
        emit connectionChanged();
    if (changes.structure || unknownPlace || changes.connection)
        return;
    // Renamed (or otherwise changed in place) objects of the structure.
    auto change = [this](auto& objects, const auto& x, auto signal) {
        const auto it = objects.find(x.id);
        if (it == objects.end() || *it == x)
            return;
        *it = x;
        emit(this->*signal)(x.id);
    };
    for (const Department& x : changes.departments)
        change(m_departments, x, &Document::departmentChanged);
    for (const Persona& x : changes.personas)
        change(m_personas, x, &Document::personaChanged);
    for (const Journey& x : changes.journeys)
        change(m_journeys, x, &Document::journeyChanged);
    for (const Stage& x : changes.stages)
        change(m_stages, x, &Document::stageChanged);
    for (const Lane& x : changes.lanes)
        change(m_lanes, x, &Document::laneChanged);
    for (Id id : changes.removedLinks) {
        const auto it = m_links.constFind(id);
        if (it == m_links.cend())
            continue;
        const Link l = *it;
        m_links.remove(id);
        m_linksByCard.remove(l.fromCardId, id);
        m_linksByCard.remove(l.toCardId, id);
        emit linkRemoved(id, l.fromCardId, l.toCardId);
    }
    QSet<Id> feedbackCards; // whose feedback changed (0: the inbox)
    for (Id id : changes.removedCards) {
        const auto it = m_cards.constFind(id);
        if (it == m_cards.cend())
            continue;
        // Its links went with it, whether or not their news came yet.
        for (Id link : m_linksByCard.values(id)) {
            const Link l = m_links.take(link);
            m_linksByCard.remove(l.fromCardId, link);
            m_linksByCard.remove(l.toCardId, link);
            emit linkRemoved(link, l.fromCardId, l.toCardId);
        }
        const Card c = *it;
        // Its feedback went to the inbox with it (the removal's own step);
        // the items' news, read with the card's, says exactly how.
        for (Id item : m_feedbackByCard.values(id)) {
            m_feedback[item].cardId = 0;
            m_feedbackByCard.insert(0, item);
            feedbackCards.insert(0);
        }
        m_feedbackByCard.remove(id);
        m_cards.remove(id);
        QList<Id>& cell = m_cells[{c.stageId, c.laneId}];
        cell.removeOne(id);
        numberCell(cell, m_cards);
        emit cardRemoved(id, c.stageId, c.laneId);
    }
    // A card's position is its index in its cell as the server orders the
    // cell now: placed from the lowest, each lands where the server has it.
    // Every card that moved leaves its cell first, so that none is placed
    // among cards about to go.
    QList<Card> incoming = changes.cards;
    std::stable_sort(incoming.begin(), incoming.end(),
                     [](const Card& a, const Card& b) { return a.position < b.position; });
    QHash<Id, Card> before;
    for (const Card& c : incoming) {
        const auto it = m_cards.constFind(c.id);
        if (it == m_cards.cend())
            continue;
        before.insert(c.id, *it);
        if (it->stageId != c.stageId || it->laneId != c.laneId || it->position != c.position)
            m_cells[{it->stageId, it->laneId}].removeOne(c.id);
    }
    for (const Card& c : incoming) {
        const auto was = before.constFind(c.id);
        if (was == before.cend()) {
            m_cards.insert(c.id, c);
            place(m_cells[{c.stageId, c.laneId}], c.id, c.position, m_cards);
            emit cardAdded(c.id);
            continue;
        }
        m_cards[c.id] = c;
        if (was->stageId != c.stageId || was->laneId != c.laneId || was->position != c.position) {
            numberCell(m_cells[{was->stageId, was->laneId}], m_cards);
            place(m_cells[{c.stageId, c.laneId}], c.id, c.position, m_cards);
            emit cardMoved(c.id, was->stageId, was->laneId, was->position);
        }
        if (const CardFields fields = changedFields(*was, c); fields != CardField::None)
            emit cardChanged(c.id, fields);
    }
    for (const Link& l : changes.links) {
        if (!m_cards.contains(l.fromCardId) || !m_cards.contains(l.toCardId)) {
            reloadFromStore();
            return;
        }
        auto it = m_links.find(l.id);
        if (it == m_links.end()) {
            m_links.insert(l.id, l);
            m_linksByCard.insert(l.fromCardId, l.id);
            m_linksByCard.insert(l.toCardId, l.id);
            emit linkAdded(l.id);
        } else if (*it != l) {
            m_linksByCard.remove(it->fromCardId, l.id);
            m_linksByCard.remove(it->toCardId, l.id);
            *it = l;
            m_linksByCard.insert(l.fromCardId, l.id);
            m_linksByCard.insert(l.toCardId, l.id);
            emit linkChanged(l.id);
        }
    }
    // Customer feedback, once the cards it is on are here.
    for (const Feedback& f : changes.feedback) {
        if (f.cardId != 0 && !m_cards.contains(f.cardId)) {
            reloadFromStore();
            return;
        }
        Feedback item = f;
        keepExistingCandidates(item, [this](Id card) { return m_cards.contains(card); });
        const auto it = m_feedback.constFind(item.id);
        indexFeedback(it != m_feedback.cend() ? &*it : nullptr, &item, feedbackCards);
        m_nextId[int(Kind::Feedback)] = std::max(m_nextId[int(Kind::Feedback)], item.id + 1);
        m_feedback.insert(item.id, std::move(item));
    }
    for (Id id : changes.removedFeedback) {
        const auto it = m_feedback.constFind(id);
        if (it == m_feedback.cend())
            continue;
        indexFeedback(&*it, nullptr, feedbackCards);
        m_feedback.erase(it);
    }
    if (!feedbackCards.isEmpty()) {
        QList<Id> cards(feedbackCards.cbegin(), feedbackCards.cend());
        std::sort(cards.begin(), cards.end());
        emit feedbackChanged(cards);
    }
    // Who left, once the cards no longer hold their dots.
    for (Id id : changes.removedParticipants) {
        if (m_participants.remove(id))
            emit participantRemoved(id);
    }
}

} // namespace cx
