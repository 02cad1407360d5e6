#include "prioritytext.h"

#include "uitext.h"

#include <QCoreApplication>
#include <QStringList>

namespace cx {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("cx::PriorityText", text); }

QString levelWord(int weight)
{
    const QString words[] = {tr("none"), tr("low"), tr("medium"), tr("high")};
    return words[qBound(0, weight, 3)];
}

QString kindWord(const analysis::PriorityItem& item)
{
    return item.opportunity ? tr("impact") : tr("severity");
}

// The part of the score a card's own unhappiness adds: max(0, -emotion).
int emotionPart(const analysis::PriorityItem& item) { return qMax(0, -item.emotion.value_or(0)); }

} // namespace

QString priorityFormula(const analysis::PriorityItem& item)
{
    QString text = tr("%1 %2 (%3) × (1 + %4)")
                       .arg(kindWord(item), levelWord(item.weight))
                       .arg(item.weight)
                       .arg(counted(item.unhappyReached, tr("%1 unhappy moment reached"),
                                    tr("%1 unhappy moments reached")));
    if (item.votes > 0)
        text += QStringLiteral(" + ") + counted(item.votes, tr("%1 vote"), tr("%1 votes"));
    if (const int e = emotionPart(item); e > 0)
        text += QStringLiteral(" + ") + tr("%1 for its emotion (\u2212%1)").arg(e);
    return text;
}

QString priorityExplanation(const analysis::PriorityItem& item)
{
    return tr("Priority %1 = %2").arg(item.score).arg(priorityFormula(item));
}

QString priorityFacts(const analysis::PriorityItem& item)
{
    QStringList facts;
    facts << (item.weight > 0 ? tr("%1 %2").arg(kindWord(item), levelWord(item.weight))
                              : tr("no %1 rated").arg(kindWord(item)));
    if (item.unhappyReached > 0) {
        facts << counted(item.unhappyReached, tr("reaches %1 unhappy moment"),
                         tr("reaches %1 unhappy moments"));
    }
    if (item.votes > 0)
        facts << counted(item.votes, tr("%1 vote"), tr("%1 votes"));
    if (emotionPart(item) > 0)
        facts << tr("emotion \u2212%1").arg(emotionPart(item));
    return facts.join(QStringLiteral(" · "));
}

} // namespace cx
