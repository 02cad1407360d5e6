#include "prioritytext.h"

#include "uitext.h"

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
            .arg(counted(item.unhappyReached, PriorityTextTr::tr("%1 unhappy moment reached"),
                         PriorityTextTr::tr("%1 unhappy moments reached")));
    if (item.votes > 0)
        text += QStringLiteral(" + ") +
                counted(item.votes, PriorityTextTr::tr("%1 vote"), PriorityTextTr::tr("%1 votes"));
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
        facts << counted(item.unhappyReached, PriorityTextTr::tr("reaches %1 unhappy moment"),
                         PriorityTextTr::tr("reaches %1 unhappy moments"));
    }
    if (item.votes > 0)
        facts << counted(item.votes, PriorityTextTr::tr("%1 vote"), PriorityTextTr::tr("%1 votes"));
    if (emotionPart(item) > 0)
        facts << PriorityTextTr::tr("emotion −%1").arg(emotionPart(item));
    return facts.join(QStringLiteral(" · "));
}

} // namespace cx
