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

QString intervalText(int days)
{
    return QCoreApplication::translate("cx::Reviews", "in the last %n day(s)", nullptr, days);
}

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct ReviewsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Reviews)
};

} // namespace

QString reviewSummary(const ReviewCount& count, const QString& departmentName, int intervalDays)
{
    const QString within = intervalText(intervalDays);
    if (departmentName.isEmpty())
        return ReviewsTr::tr("%1 of %n card(s) reviewed %2", nullptr, count.cards)
            .arg(QString::number(count.reviewed), within);
    return ReviewsTr::tr("%1 of %n %2 card(s) reviewed %3", nullptr, count.cards)
        .arg(QString::number(count.reviewed), departmentName, within);
}

} // namespace cx
