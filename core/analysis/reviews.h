#pragma once

// Reviews: a department head confirms that the cards their department is
// accountable for are still true (edit::markReviewed). A card is reviewed
// while its last review lies within the map's review interval of now
// (Document::reviewIntervalDays, 90 days unless set); otherwise, or when it
// was never reviewed, it is stale.

#include "model/document.h"

namespace cx {

bool isReviewed(const Card& c, const QDateTime& now, int intervalDays);
bool isStale(const Document& doc, const Card& c);

// The cards of a journey (0 = every journey) whose accountable department is
// departmentId (0 = every card, owned or not), by stage, lane and position.
QList<Id> accountableCards(const Document& doc, Id journeyId, Id departmentId);

struct ReviewCount
{
    int reviewed = 0;
    int cards = 0;
    int stale() const { return cards - reviewed; }
};

// Of accountableCards(doc, journeyId, departmentId), how many are reviewed now.
ReviewCount reviewCount(const Document& doc, Id journeyId, Id departmentId);

// "12 of 20 Billing & Finance cards reviewed in the last 90 days" (department
// name empty: "12 of 20 cards ...").
// "in the last 90 days", "in the last day".
QString intervalText(int days);
QString reviewSummary(const ReviewCount& count, const QString& departmentName, int intervalDays);

} // namespace cx
