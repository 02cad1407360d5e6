#include "feedbackcsv.h"

#include "csvformat.h"
#include "csvtable.h"
#include "model/document.h"
#include "model/enumnames.h"

namespace cx {

QByteArray feedbackToCsv(const Document& doc, const QList<Id>& feedbackIds)
{
    QByteArray out;
    appendCsvRecord(
        out, {QStringLiteral("id"), QStringLiteral("card_id"), QStringLiteral("card"),
              QStringLiteral("stage"), QStringLiteral("lane"), QStringLiteral("accountable"),
              QStringLiteral("kind"), QStringLiteral("sentiment"), QStringLiteral("source"),
              QStringLiteral("date"), QStringLiteral("score_scale"), QStringLiteral("score"),
              QStringLiteral("segment"), QStringLiteral("reference"), QStringLiteral("redacted"),
              QStringLiteral("text"), QStringLiteral("card_hint"), QStringLiteral("candidates")});
    for (Id id : feedbackIds) {
        const Feedback* f = doc.feedback(id);
        if (!f)
            continue;
        const Card* c = doc.card(f->cardId);
        const Stage* s = c ? doc.stage(c->stageId) : nullptr;
        const Lane* l = c ? doc.lane(c->laneId) : nullptr;
        const Department* d = c ? doc.department(c->accountableId) : nullptr;
        QStringList candidates;
        for (Id candidate : f->candidates)
            candidates << QString::number(candidate);
        appendCsvRecord(
            out, {QString::number(f->id), c ? QString::number(c->id) : QString(),
                  guardedText(c ? c->title : QString()), guardedText(s ? s->name : QString()),
                  guardedText(l ? l->name : QString()), guardedText(d ? d->name : QString()),
                  toString(f->kind), f->sentiment ? QString::number(*f->sentiment) : QString(),
                  toString(f->source),
                  f->date.isValid() ? f->date.toString(Qt::ISODate) : QString(), toString(f->scale),
                  f->scale == ScoreScale::None ? QString() : QString::number(f->score),
                  guardedText(f->segment), guardedText(f->reference),
                  f->redacted ? QStringLiteral("yes") : QStringLiteral("no"), guardedText(f->text),
                  guardedText(f->cardHint), candidates.join(QLatin1Char(' '))});
    }
    return out;
}

} // namespace cx
