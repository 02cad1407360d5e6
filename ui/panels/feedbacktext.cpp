#include "feedbacktext.h"

#include "analysis/feedbackstats.h"
#include "model/document.h"
#include "model/feedbackrules.h"

#include <QLocale>

namespace cx {

QStringList FeedbackText::kindLabels()
{
    return {tr("Not said"), tr("Praise"), tr("Complaint"), tr("Suggestion"), tr("Question")};
}

QStringList FeedbackText::sourceLabels()
{
    return {tr("Not said"),       tr("Survey"), tr("NPS survey"),  tr("Interview"),
            tr("Support ticket"), tr("Review"), tr("Social media")};
}

QStringList FeedbackText::scaleLabels()
{
    return {tr("No score"), tr("NPS (0–10)"), tr("CSAT (1–5)")};
}

QString FeedbackText::kind(FeedbackKind k) { return kindLabels().value(int(k)); }

QString FeedbackText::source(FeedbackSource s) { return sourceLabels().value(int(s)); }

QString FeedbackText::sentiment(std::optional<int> v)
{
    if (!v)
        return {};
    if (*v == 0)
        return QStringLiteral("0");
    return (*v < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + QString::number(qAbs(*v));
}

QString FeedbackText::about(const Feedback& f)
{
    QStringList parts;
    if (f.kind != FeedbackKind::None)
        parts << kind(f.kind);
    if (f.sentiment)
        parts << tr("sentiment %1").arg(sentiment(f.sentiment));
    if (f.source != FeedbackSource::None)
        parts << source(f.source);
    if (f.date.isValid())
        parts << QLocale().toString(f.date, QLocale::ShortFormat);
    if (!f.segment.isEmpty())
        parts << f.segment;
    if (f.scale == ScoreScale::Nps)
        parts << tr("NPS %1").arg(f.score);
    else if (f.scale == ScoreScale::Csat)
        parts << tr("CSAT %1").arg(f.score);
    return parts.join(QStringLiteral(" · "));
}

QString FeedbackText::wordsLine(const Feedback& f)
{
    if (f.redacted)
        return tr("Words redacted");
    if (f.text.isEmpty())
        return tr("(no words)");
    QString line = f.text.left(400);
    for (QChar& c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return line;
}

QString FeedbackText::summary(const Document& doc, const QList<Id>& ids)
{
    analysis::FeedbackTally tally;
    for (Id id : ids) {
        if (const Feedback* f = doc.feedback(id))
            tally.add(*f);
    }
    if (tally.count == 0)
        return tr("No customer feedback on this card yet.");
    QStringList parts;
    parts << tr("%n item(s)", nullptr, tally.count);
    if (const std::optional<double> mean = tally.meanSentiment()) {
        const QString number = QLocale().toString(qAbs(*mean), 'f', 1);
        const QString sign = *mean < -0.05  ? QStringLiteral("\u2212")
                             : *mean > 0.05 ? QStringLiteral("+")
                                            : QString();
        parts << tr("mean sentiment %1").arg(sign + number);
    } else {
        parts << tr("no sentiment given");
    }
    parts << tr("%1 praise").arg(tally.praise);
    parts << tr("%n complaint(s)", nullptr, tally.complaints);
    if (const std::optional<int> nps = tally.nps())
        parts << tr("NPS %1").arg(*nps > 0 ? QStringLiteral("+%1").arg(*nps) : sentiment(*nps));
    if (const std::optional<int> csat = tally.csat())
        parts << tr("CSAT %1% satisfied").arg(*csat);
    return parts.join(QStringLiteral(" · "));
}

QString FeedbackText::cardName(const Document& doc, Id cardId)
{
    const Card* c = doc.card(cardId);
    if (!c)
        return {};
    const Stage* s = doc.stage(c->stageId);
    return s ? tr("%1 (%2)").arg(c->title, s->name) : c->title;
}

QString FeedbackText::refusal(const Document& doc)
{
    if (doc.isReadOnly())
        return tr("The map is read-only: %1").arg(doc.readOnlyReason());
    return {};
}

QString FeedbackText::refusal(const Document& doc, Id cardId)
{
    if (QString why = refusal(doc); !why.isEmpty())
        return why;
    const QString why = cardId ? doc.cardRefusal(cardId) : QString();
    return why.isEmpty()
               ? QString()
               : tr("Its customer feedback is changed by whoever may change the card. %1").arg(why);
}

} // namespace cx
