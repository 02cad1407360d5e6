// Reviews of cards and the map's review interval (edit.h).

#include "edit.h"

#include "editsupport.h"
#include "edittext.h"
#include "objectcommands.h"
#include "votingcommands.h"

#include <QCoreApplication>

namespace cx::edit {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("cx::Commands", text, nullptr, n);
}

} // namespace

Error markReviewed(Document& doc, const QList<Id>& cardIds)
{
    if (doc.isShared())
        return detail::invalid(tr("A team map keeps no reviews yet: mark them in a file"));
    QList<Card> before;
    QSet<Id> seen;
    for (Id id : cardIds) {
        const Card* c = doc.card(id);
        if (!c)
            return detail::invalid(tr("No card with id %1").arg(id));
        if (!seen.contains(id)) {
            seen.insert(id);
            before.append(*c);
        }
    }
    if (before.isEmpty())
        return detail::invalid(tr("No card to mark reviewed"));
    const QDateTime at = doc.now().toUTC();
    const QString who = doc.author();
    QList<Card> after = before;
    for (Card& c : after) {
        c.reviewedAt = at;
        c.reviewedBy = who;
    }
    const QString text = before.size() == 1
                             ? tr("Mark %1 reviewed").arg(quotedTitle(before.first().title))
                             : tr("Mark %n cards reviewed", int(before.size()));
    return detail::push(doc, new EditCardsCommand(doc, before, after, text));
}

Error setReviewInterval(Document& doc, int days)
{
    if (days < 1 || days > maxReviewIntervalDays)
        return detail::invalid(
            tr("A review interval is 1 to %1 days, not %2").arg(maxReviewIntervalDays).arg(days));
    return detail::push(doc, new EditCommand<ReviewIntervalValue>(
                                 doc, {0, doc.reviewIntervalDays()}, {0, days},
                                 MergeId::EditReviewInterval, false,
                                 days == 1 ? tr("Set the review interval to 1 day")
                                           : tr("Set the review interval to %1 days").arg(days)));
}

} // namespace cx::edit
