#include "actions.h"

#include "analysis/analysis.h"
#include "io/csvformat.h"
#include "io/csvtable.h"
#include "model/enumnames.h"

#include <QJsonObject>

namespace cx {

bool canHaveActions(const Document& doc, const Card& c)
{
    const Lane* lane = doc.lane(c.laneId);
    const LaneKind kind = lane ? lane->kind : LaneKind::Touchpoint;
    return analysis::isPainPoint(c, kind) || c.impact != Level::None ||
           kind == LaneKind::Opportunity;
}

bool isOverdue(const CardAction& a, const QDate& today)
{
    return a.due.isValid() && a.due < today &&
           (a.status == CardStatus::Open || a.status == CardStatus::InProgress);
}

QDate today(const Document& doc) { return doc.now().toLocalTime().date(); }

int overdueCount(const Card& c, const QDate& today)
{
    return int(std::count_if(c.actions.cbegin(), c.actions.cend(),
                             [&](const CardAction& a) { return isOverdue(a, today); }));
}

QList<ActionRef> departmentActions(const Document& doc, Id departmentId, Id journeyId)
{
    QList<ActionRef> out;
    const QList<Id> journeys = journeyId ? QList<Id>{journeyId} : doc.journeyIds();
    for (Id j : journeys) {
        for (Id id : doc.cardIdsOfJourney(j)) {
            const Card* c = doc.card(id);
            for (int i = 0; i < c->actions.size(); ++i) {
                if (departmentId == 0 || c->actions[i].ownerId == departmentId)
                    out.append({id, i});
            }
        }
    }
    return out;
}

namespace {

QString ownerName(const Document& doc, Id id)
{
    const Department* d = doc.department(id);
    return d ? d->name : QString();
}

QString stageName(const Document& doc, const Card& c)
{
    const Stage* s = doc.stage(c.stageId);
    return s ? s->name : QString();
}

} // namespace

QByteArray actionsCsv(const Document& doc, const QList<ActionRef>& actions)
{
    QByteArray out;
    appendCsvRecord(out,
                    {QStringLiteral("card_id"), QStringLiteral("card"), QStringLiteral("stage"),
                     QStringLiteral("what"), QStringLiteral("owner"), QStringLiteral("due"),
                     QStringLiteral("status"), QStringLiteral("overdue")});
    const QDate now = today(doc);
    for (const ActionRef& r : actions) {
        const Card& c = *doc.card(r.cardId);
        const CardAction& a = r.of(doc);
        appendCsvRecord(
            out, {QString::number(c.id), guardedText(c.title), guardedText(stageName(doc, c)),
                  guardedText(a.what), guardedText(ownerName(doc, a.ownerId)),
                  a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(), toString(a.status),
                  isOverdue(a, now) ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return out;
}

QJsonArray actionsJson(const Document& doc, const QList<ActionRef>& actions)
{
    QJsonArray out;
    const QDate now = today(doc);
    for (const ActionRef& r : actions) {
        const Card& c = *doc.card(r.cardId);
        const CardAction& a = r.of(doc);
        out.append(QJsonObject{
            {"card_id", qint64(c.id)},
            {"card", c.title},
            {"stage", stageName(doc, c)},
            {"what", a.what},
            {"owner", a.ownerId ? QJsonValue(ownerName(doc, a.ownerId)) : QJsonValue()},
            {"due", a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate)) : QJsonValue()},
            {"status", toString(a.status)},
            {"overdue", isOverdue(a, now)}});
    }
    return out;
}

} // namespace cx
