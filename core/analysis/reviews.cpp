#include "reviews.h"

#include <QCoreApplication>

namespace cx {

bool isReviewed(const Card& c, const QDateTime& now, int intervalDays)
{
    return c.reviewedAt.isValid() && c.reviewedAt.addDays(intervalDays) > now;
}

bool isStale(const Document& doc, const Card& c)
{
    return !isReviewed(c, doc.now(), doc.reviewIntervalDays());
}

QList<Id> accountableCards(const Document& doc, Id journeyId, Id departmentId)
{
    QList<Id> out;
    const QList<Id> journeys = journeyId != 0 ? QList<Id>{journeyId} : doc.journeyIds();
    for (Id j : journeys) {
        for (Id id : doc.cardIdsOfJourney(j)) {
            const Card* c = doc.card(id);
            if (c && (departmentId == 0 || c->accountableId == departmentId))
                out.append(id);
        }
    }
    return out;
}

ReviewCount reviewCount(const Document& doc, Id journeyId, Id departmentId)
{
    ReviewCount n;
    const QDateTime now = doc.now();
    for (Id id : accountableCards(doc, journeyId, departmentId)) {
        ++n.cards;
        n.reviewed += isReviewed(*doc.card(id), now, doc.reviewIntervalDays()) ? 1 : 0;
    }
    return n;
}

QString reviewSummary(const ReviewCount& count, const QString& departmentName, int intervalDays)
{
    const auto tr = [](const char* text, int n) {
        return QCoreApplication::translate("cx::Reviews", text, nullptr, n);
    };
    const QString days = tr("in the last %n days", intervalDays);
    if (departmentName.isEmpty())
        return tr("%1 of %n cards reviewed %2", count.cards).arg(count.reviewed).arg(days);
    return tr("%1 of %n %2 cards reviewed %3", count.cards)
        .arg(count.reviewed)
        .arg(departmentName, days);
}

} // namespace cx
