#pragma once

// Actions on pain points and opportunities (model/types.h CardAction): which
// cards may have them, which are overdue (due before today while open or in
// progress), a department's list (the actions it owns), and the list as CSV
// and JSON.

#include "model/document.h"

#include <QJsonArray>

namespace cx {

// A pain point (analysis::isPainPoint) or an opportunity (an impact, or the
// opportunities lane).
bool canHaveActions(const Document& doc, const Card& c);

bool isOverdue(const CardAction& a, const QDate& today);
// Today as the map's clock says it (Document::now, local day).
QDate today(const Document& doc);
int overdueCount(const Card& c, const QDate& today);

// One action, by its card and its place in the card's list.
struct ActionRef
{
    Id cardId = 0;
    int index = 0;
    const CardAction& of(const Document& doc) const { return doc.card(cardId)->actions[index]; }
};

// The actions departmentId owns (0: every action), on the cards of a journey
// (0: every journey), in the map's reading order.
QList<ActionRef> departmentActions(const Document& doc, Id departmentId, Id journeyId = 0);

// card_id,card,stage,what,owner,due,status,overdue; text cells guarded
// against CSV injection (io/csvformat.h).
QByteArray actionsCsv(const Document& doc, const QList<ActionRef>& actions);
QJsonArray actionsJson(const Document& doc, const QList<ActionRef>& actions);

} // namespace cx
