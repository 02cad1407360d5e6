// Customer feedback in the Document: reading, and the one primitive that
// adds, changes, moves and removes items.

#include "document.h"
#include "feedbackrules.h"

#include "io/jsonfeedback.h"
#include "store/documentstore.h"

#include <QSet>

#include <algorithm>
#include <array>

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

namespace {

// One primitive that adds, changes or removes more items than this (an
// import, its undo) records one summary per action instead of a record per
// item: 100,000 survey rows would otherwise write 100,000 history records.
constexpr qsizetype bulkItems = 100;

// The summary: how many items, and how many of them in the inbox.
QJsonObject bulkSummary(int count, int unsorted)
{
    return QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("unsorted"), unsorted}};
}

} // namespace

void Document::putFeedback(const QList<Feedback>& items, const QList<Id>& removed)
{
    Transaction tx(*this);
    if (m_txError)
        return;
    const bool bulk = items.size() + removed.size() > bulkItems;
    std::array<int, 3> counts{};   // added, changed, removed (HistoryAction order)
    std::array<int, 3> unsorted{}; // of those, in the inbox (after; before for removed)
    const auto count = [&](HistoryAction action, const Feedback& f) {
        ++counts[int(action)];
        unsorted[int(action)] += f.cardId == 0;
    };
    QSet<Id> touched;
    for (const Feedback& f : items) {
        const QString problem = feedbackProblem(f);
        if (!check(f.id > 0, QT_TR_NOOP("Feedback needs an id")) ||
            !check(f.cardId == 0 || m_cards.contains(f.cardId), QT_TR_NOOP("No such card")) ||
            !check(problem.isEmpty(), QT_TR_NOOP("Invalid feedback")))
            return;
        const auto it = m_feedback.find(f.id);
        const bool added = it == m_feedback.end();
        const Feedback old = added ? Feedback() : it.value();
        if (!added && old == f)
            continue;
        indexFeedback(added ? nullptr : &old, &f, touched);
        m_feedback.insert(f.id, f);
        write(m_store->putFeedback(f));
        if (bulk)
            count(added ? HistoryAction::Add : HistoryAction::Change, f);
        else
            recordFeedback(added ? nullptr : &old, &f);
        m_nextId[int(Kind::Feedback)] = std::max(m_nextId[int(Kind::Feedback)], f.id + 1);
        if (m_txError)
            return;
    }
    for (Id id : removed) {
        if (!check(m_feedback.contains(id), QT_TR_NOOP("No such feedback")))
            return;
        const Feedback f = m_feedback.take(id);
        indexFeedback(&f, nullptr, touched);
        write(m_store->deleteFeedback(id));
        if (bulk)
            count(HistoryAction::Remove, f);
        else
            recordFeedback(&f, nullptr);
        if (m_txError)
            return;
    }
    if (bulk && !m_txError) {
        for (HistoryAction action :
             {HistoryAction::Add, HistoryAction::Change, HistoryAction::Remove}) {
            const int n = counts[int(action)];
            if (n == 0)
                continue;
            HistoryChange c;
            c.action = action;
            c.object = HistoryObject::Feedback; // objectId 0: many items at once
            const QJsonObject summary = bulkSummary(n, unsorted[int(action)]);
            if (action == HistoryAction::Change) {
                c.field = QStringLiteral("items");
                c.before = summary;
            }
            (action == HistoryAction::Remove ? c.before : c.after) = summary;
            m_pendingHistory.append(std::move(c));
        }
    }
    if (!tx.commit() && !touched.isEmpty()) {
        QList<Id> cards(touched.cbegin(), touched.cend());
        std::sort(cards.begin(), cards.end());
        emit feedbackChanged(cards);
    }
}

void Document::indexFeedback(const Feedback* old, const Feedback* now, QSet<Id>& touched)
{
    if (old)
        touched.insert(old->cardId);
    if (now)
        touched.insert(now->cardId);
    if (old && now && old->cardId == now->cardId)
        return;
    if (old)
        m_feedbackByCard.remove(old->cardId, old->id);
    if (now)
        m_feedbackByCard.insert(now->cardId, now->id);
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
