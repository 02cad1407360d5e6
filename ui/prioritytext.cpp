#include "prioritytext.h"

#include <QCoreApplication>
#include <QStringList>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct PriorityTextTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::PriorityText)
};

QString levelWord(int weight)
{
    const QString words[] = {PriorityTextTr::tr("none"), PriorityTextTr::tr("low"),
                             PriorityTextTr::tr("medium"), PriorityTextTr::tr("high")};
    return words[qBound(0, weight, 3)];
}

QString kindWord(const analysis::PriorityItem& item)
{
    return item.opportunity ? PriorityTextTr::tr("impact") : PriorityTextTr::tr("severity");
}

// The part of the score a card's own unhappiness adds: max(0, -emotion).
int emotionPart(const analysis::PriorityItem& item) { return qMax(0, -item.emotion.value_or(0)); }

} // namespace

QString priorityFormula(const analysis::PriorityItem& item)
{
    QString text =
        PriorityTextTr::tr("%1 %2 (%3) × (1 + %4)")
            .arg(kindWord(item), levelWord(item.weight))
            .arg(item.weight)
            .arg(PriorityTextTr::tr("%n unhappy moment(s) reached", nullptr, item.unhappyReached));
    if (item.votes > 0)
        text += QStringLiteral(" + ") + PriorityTextTr::tr("%n vote(s)", nullptr, item.votes);
    if (const int e = emotionPart(item); e > 0)
        text += QStringLiteral(" + ") + PriorityTextTr::tr("%1 for its emotion (−%1)").arg(e);
    return text;
}

QString priorityExplanation(const analysis::PriorityItem& item)
{
    return PriorityTextTr::tr("Priority %1 = %2").arg(item.score).arg(priorityFormula(item));
}

QString priorityFacts(const analysis::PriorityItem& item)
{
    QStringList facts;
    facts << (item.weight > 0
                  ? PriorityTextTr::tr("%1 %2").arg(kindWord(item), levelWord(item.weight))
                  : PriorityTextTr::tr("no %1 rated").arg(kindWord(item)));
    if (item.unhappyReached > 0) {
        facts << PriorityTextTr::tr("reaches %n unhappy moment(s)", nullptr, item.unhappyReached);
    }
    if (item.votes > 0)
        facts << PriorityTextTr::tr("%n vote(s)", nullptr, item.votes);
    if (emotionPart(item) > 0)
        facts << PriorityTextTr::tr("emotion −%1").arg(emotionPart(item));
    return facts.join(QStringLiteral(" · "));
}

} // namespace cx
