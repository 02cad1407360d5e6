// The map's review interval (the cards' reviews are card fields, changed like
// any other: edit::markReviewed).

#include "document.h"

#include "store/documentstore.h"

namespace cx {

QString Document::departmentRefusal(Id departmentId) const
{
    return isReadOnly() ? readOnlyReason() : m_store->cardRefusal(departmentId);
}

void Document::setReviewIntervalDays(int days)
{
    Transaction tx(*this);
    if (m_txError || days == m_reviewIntervalDays ||
        !check(days >= 1 && days <= maxReviewIntervalDays,
               QT_TR_NOOP("A review interval is 1 to 3650 days")))
        return;
    const QString field = QStringLiteral("review_interval_days");
    record(HistoryObject::Title, 0, {{field, m_reviewIntervalDays}}, {{field, days}}, m_title);
    m_reviewIntervalDays = days;
    write(m_store->putReviewInterval(days));
    if (!tx.commit())
        emit reviewIntervalChanged();
}

} // namespace cx
