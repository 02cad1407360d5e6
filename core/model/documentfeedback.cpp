// Customer feedback in the Document: reading, and the one primitive that
// adds, changes, moves and removes items.

#include "document.h"
#include "feedbackrules.h"

#include "io/jsonfeedback.h"
#include "store/documentstore.h"

#include <QSet>

#include <algorithm>

namespace cx {

const Feedback* Document::feedback(Id id) const
{
    const auto it = m_feedback.constFind(id);
    return it == m_feedback.cend() ? nullptr : &it.value();
}

QList<Id> Document::feedbackIdsOf(Id cardId) const
{
    QList<Id> ids = m_feedbackByCard.values(cardId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Id> Document::allFeedbackIds() const
{
    QList<Id> ids = m_feedback.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Document::putFeedback(const QList<Feedback>& items, const QList<Id>& removed)
{
    Transaction tx(*this);
    if (m_txError)
        return;
    QSet<Id> touched;
    for (const Feedback& f : items) {
        const QString problem = feedbackProblem(f);
        if (!check(f.id > 0, "Feedback needs an id") ||
            !check(f.cardId == 0 || m_cards.contains(f.cardId), "No such card") ||
            !check(problem.isEmpty(), "Invalid feedback"))
            return;
        const auto it = m_feedback.find(f.id);
        const bool added = it == m_feedback.end();
        const Feedback old = added ? Feedback() : it.value();
        if (!added && old == f)
            continue;
        if (!added && old.cardId != f.cardId) {
            m_feedbackByCard.remove(old.cardId, f.id);
            touched.insert(old.cardId);
        }
        if (added || old.cardId != f.cardId)
            m_feedbackByCard.insert(f.cardId, f.id);
        m_feedback.insert(f.id, f);
        touched.insert(f.cardId);
        write(m_store->putFeedback(f));
        recordFeedback(added ? nullptr : &old, &f);
        m_nextId[int(Kind::Feedback)] = std::max(m_nextId[int(Kind::Feedback)], f.id + 1);
        if (m_txError)
            return;
    }
    for (Id id : removed) {
        if (!check(m_feedback.contains(id), "No such feedback"))
            return;
        const Feedback f = m_feedback.take(id);
        m_feedbackByCard.remove(f.cardId, id);
        touched.insert(f.cardId);
        write(m_store->deleteFeedback(id));
        recordFeedback(&f, nullptr);
        if (m_txError)
            return;
    }
    if (!tx.commit() && !touched.isEmpty()) {
        QList<Id> cards(touched.cbegin(), touched.cend());
        std::sort(cards.begin(), cards.end());
        emit feedbackChanged(cards);
    }
}

void Document::recordFeedback(const Feedback* before, const Feedback* after)
{
    if (m_txError)
        return;
    // Recorded under the card it is on (or was on): a department's history
    // shows the feedback on its cards. Never with the customer's words.
    const Feedback* f = after ? after : before;
    const Card* c = card(f->cardId);
    record(HistoryObject::Feedback, f->id,
           before ? json::feedbackToJson(*before, false) : QJsonObject(),
           after ? json::feedbackToJson(*after, false) : QJsonObject(), c ? c->title : QString(),
           c ? journeyOfCard(c->id) : 0, c ? c->accountableId : 0);
}

} // namespace cx
