#include "clistats.h"

#include "cliout.h"

#include "analysis/analysis.h"
#include "analysis/priority.h"
#include "model/enumnames.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace cx::cli {

namespace {

// A field of a table row, padded on its own: its text is never read as a
// placeholder of the row's format.
QString left(const QString& text, int width)
{
    return terminalText(text).left(width).leftJustified(width);
}
QString right(const QString& text, int width) { return text.rightJustified(width); }
QString right(int value, int width) { return right(QString::number(value), width); }

QString emotionText(const std::optional<double>& e)
{
    return e ? QString::asprintf("%+.2f", *e) : QStringLiteral("-");
}

QJsonValue emotionJson(const std::optional<double>& e)
{
    return e ? QJsonValue(std::round(*e * 100) / 100) : QJsonValue();
}

QList<Journey> journeysInOrder(const DocumentData& data)
{
    QList<Journey> journeys = data.journeys;
    std::sort(journeys.begin(), journeys.end(),
              [](const Journey& a, const Journey& b) { return a.position < b.position; });
    return journeys;
}

template <typename T>
QHash<Id, T> byId(const QList<T>& list)
{
    QHash<Id, T> h;
    for (const T& t : list)
        h.insert(t.id, t);
    return h;
}

// The summed priority score of the pain points each department owns.
QHash<Id, int> painPriority(const QList<analysis::PriorityItem>& ranked)
{
    QHash<Id, int> sums;
    for (const analysis::PriorityItem& item : ranked) {
        if (!item.opportunity)
            sums[item.departmentId] += item.score;
    }
    return sums;
}

QString departmentTable(const analysis::Rollups& r, const QHash<Id, Department>& depts,
                        const QHash<Id, int>& priority)
{
    QString s = QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                    .arg(QStringLiteral("Department"), -24)
                    .arg(QStringLiteral("owned"), 6)
                    .arg(QStringLiteral("contrib"), 8)
                    .arg(QStringLiteral("pain"), 5)
                    .arg(QStringLiteral("priority"), 9)
                    .arg(QStringLiteral("emotion"), 8);
    auto row = [&](const QString& name, Id id, const analysis::Rollup& t) {
        s += QStringList{QStringLiteral(" "),
                         left(name, 24),
                         right(t.owned, 6),
                         right(t.contributed, 8),
                         right(t.painPoints, 5),
                         right(priority.value(id), 9),
                         right(emotionText(t.meanEmotion), 8)}
                 .join(QLatin1Char(' ')) +
             QLatin1Char('\n');
    };
    for (const analysis::DepartmentRollup& d : r.departments)
        row(depts.value(d.departmentId).name, d.departmentId, d.total);
    if (r.unowned.total.owned > 0)
        row(QStringLiteral("(unowned)"), 0, r.unowned.total);
    return s;
}

// A stage's pain points by severity: high, medium, low, unrated.
struct PainCounts
{
    int high = 0, medium = 0, low = 0, unrated = 0;
    int total() const { return high + medium + low + unrated; }
};

QHash<Id, PainCounts> painByStage(const DocumentData& data)
{
    QHash<Id, LaneKind> kinds;
    for (const Lane& l : data.lanes)
        kinds.insert(l.id, l.kind);
    QHash<Id, PainCounts> counts;
    for (const Card& c : data.cards) {
        if (!analysis::isPainPoint(c, kinds.value(c.laneId, LaneKind::Note)))
            continue;
        PainCounts& p = counts[c.stageId];
        switch (c.severity) {
        case Level::High:
            ++p.high;
            break;
        case Level::Medium:
            ++p.medium;
            break;
        case Level::Low:
            ++p.low;
            break;
        case Level::None:
            ++p.unrated;
            break;
        }
    }
    return counts;
}

// "2 (1 high, 1 low)", "-" for none.
QString painText(const PainCounts& p)
{
    if (p.total() == 0)
        return QStringLiteral("-");
    QStringList parts;
    for (const auto& [n, word] : {std::pair(p.high, "high"), std::pair(p.medium, "medium"),
                                  std::pair(p.low, "low"), std::pair(p.unrated, "unrated")}) {
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(word));
    }
    return QStringLiteral("%1 (%2)").arg(p.total()).arg(parts.join(QStringLiteral(", ")));
}

// One emotion per stage, as DESIGN.md defines it (the emotion lanes' mean,
// else the rated customer moments'), with its pain points beside it.
QString stageTable(const analysis::Rollups& r, const QHash<Id, Stage>& stages,
                   const QHash<Id, PainCounts>& pain)
{
    QString s = QStringLiteral("  %1 %2 %3  %4\n")
                    .arg(QStringLiteral("Stage"), -24)
                    .arg(QStringLiteral("cards"), 6)
                    .arg(QStringLiteral("emotion"), 8)
                    .arg(QStringLiteral("pain points"));
    for (const analysis::StageRollup& st : r.stages) {
        s += QStringLiteral("  ") + left(stages.value(st.stageId).name, 24) + QLatin1Char(' ') +
             right(st.cards, 6) + QLatin1Char(' ') + right(emotionText(st.curve), 8) +
             QStringLiteral("  ") + painText(pain.value(st.stageId)) + QLatin1Char('\n');
    }
    return s;
}

// The first pain points and opportunities by priority score; a column that
// would be all zero is left out.
QString priorityLines(const QList<analysis::PriorityItem>& ranked, const QHash<Id, Card>& cards,
                      const QHash<Id, Department>& depts, const QHash<Id, Stage>& stages)
{
    constexpr int shown = 5;
    QString s;
    for (const bool opportunities : {false, true}) {
        QList<analysis::PriorityItem> top;
        int all = 0;
        for (const analysis::PriorityItem& item : ranked) {
            if (item.opportunity != opportunities)
                continue;
            ++all;
            if (top.size() < shown)
                top.append(item);
        }
        if (top.isEmpty())
            continue;
        const bool reach = std::any_of(top.cbegin(), top.cend(),
                                       [](const auto& i) { return i.unhappyReached > 0; });
        const bool votes =
            std::any_of(top.cbegin(), top.cend(), [](const auto& i) { return i.votes > 0; });
        s += QStringLiteral("\n  %1 by priority (%2 of %3)\n")
                 .arg(opportunities ? QStringLiteral("Opportunities")
                                    : QStringLiteral("Pain points"))
                 .arg(top.size())
                 .arg(all);
        QString head =
            QStringLiteral("  %1 %2")
                .arg(QStringLiteral("score"), 5)
                .arg(opportunities ? QStringLiteral("impact") : QStringLiteral("severity"), -8);
        if (reach)
            head += QStringLiteral(" %1").arg(QStringLiteral("unhappy"), 7);
        if (votes)
            head += QStringLiteral(" %1").arg(QStringLiteral("votes"), 5);
        s += head + QStringLiteral("  %1 %2 %3\n")
                        .arg(QStringLiteral("owner"), -24)
                        .arg(QStringLiteral("stage"), -20)
                        .arg(QStringLiteral("title"));
        for (const analysis::PriorityItem& item : std::as_const(top)) {
            const Card card = cards.value(item.cardId);
            QString line = QStringLiteral("  %1 %2")
                               .arg(item.score, 5)
                               .arg(toString(opportunities ? card.impact : card.severity), -8);
            if (reach)
                line += QStringLiteral(" %1").arg(item.unhappyReached, 7);
            if (votes)
                line += QStringLiteral(" %1").arg(item.votes, 5);
            const QString owner = item.departmentId ? depts.value(item.departmentId).name
                                                    : QStringLiteral("(unowned)");
            s += line + QStringLiteral("  ") + left(owner, 24) + QLatin1Char(' ') +
                 left(stages.value(card.stageId).name, 20) + QLatin1Char(' ') +
                 terminalText(card.title) + QLatin1Char('\n');
        }
    }
    return s;
}

QString handoffLines(const analysis::Handoffs& h, const QHash<Id, Department>& depts)
{
    QString s = QStringLiteral("  Handoffs: %1 (busiest pairs below)\n").arg(h.handoffs.size());
    for (const auto& p : h.perPair.mid(0, 5)) {
        s += QStringLiteral("    %1 -> %2: %3\n")
                 .arg(terminalText(depts.value(p.fromDepartmentId).name),
                      terminalText(depts.value(p.toDepartmentId).name), QString::number(p.total()));
    }
    return s;
}

} // namespace

QString statsText(const DocumentData& data)
{
    const auto depts = byId(data.departments);
    const auto stages = byId(data.stages);
    const auto cards = byId(data.cards);
    const auto pain = painByStage(data);
    QString s =
        QStringLiteral("%1\n%2 departments, %3 journeys, %4 cards, %5 links\n")
            .arg(data.title.isEmpty() ? QStringLiteral("(untitled)") : terminalText(data.title),
                 QString::number(data.departments.size()), QString::number(data.journeys.size()),
                 QString::number(data.cards.size()), QString::number(data.links.size()));
    for (const Journey& j : journeysInOrder(data)) {
        const analysis::Rollups r = analysis::rollups(data, j.id);
        const QList<analysis::PriorityItem> ranked = analysis::priorities(data, j.id);
        s += QStringLiteral("\nJourney \"%1\" (%2 state)\n")
                 .arg(terminalText(j.name), toString(j.state));
        s += departmentTable(r, depts, painPriority(ranked)) + QLatin1Char('\n') +
             stageTable(r, stages, pain);
        s += handoffLines(analysis::handoffs(data, j.id), depts);
        s += priorityLines(ranked, cards, depts, stages);
    }
    return s;
}

QString statsJson(const DocumentData& data)
{
    const auto depts = byId(data.departments);
    const auto stages = byId(data.stages);
    const auto cards = byId(data.cards);
    const auto pain = painByStage(data);
    QJsonArray journeys;
    for (const Journey& j : journeysInOrder(data)) {
        const analysis::Rollups r = analysis::rollups(data, j.id);
        const QList<analysis::PriorityItem> ranked = analysis::priorities(data, j.id);
        const QHash<Id, int> priority = painPriority(ranked);
        QJsonArray deptRows, stageRows, priorityRows;
        for (const analysis::DepartmentRollup& d : r.departments) {
            deptRows.append(QJsonObject{{"department", depts.value(d.departmentId).name},
                                        {"owned", d.total.owned},
                                        {"contributed", d.total.contributed},
                                        {"pain_points", d.total.painPoints},
                                        {"pain_priority", priority.value(d.departmentId)},
                                        {"votes", d.total.votes},
                                        {"mean_emotion", emotionJson(d.total.meanEmotion)}});
        }
        for (const analysis::StageRollup& st : r.stages) {
            const PainCounts p = pain.value(st.stageId);
            stageRows.append(
                QJsonObject{{"stage", stages.value(st.stageId).name},
                            {"cards", st.cards},
                            {"pain_points", st.painPoints},
                            {"pain_points_by_severity", QJsonObject{{"high", p.high},
                                                                    {"medium", p.medium},
                                                                    {"low", p.low},
                                                                    {"unrated", p.unrated}}},
                            {"stage_emotion", emotionJson(st.curve)}});
        }
        for (const analysis::PriorityItem& item : ranked) {
            const Card card = cards.value(item.cardId);
            priorityRows.append(QJsonObject{
                {"card_id", item.cardId},
                {"title", card.title},
                {"kind", item.opportunity ? "opportunity" : "pain_point"},
                {"department", item.departmentId ? QJsonValue(depts.value(item.departmentId).name)
                                                 : QJsonValue()},
                {"stage", stages.value(card.stageId).name},
                {"score", item.score},
                {"weight", item.weight},
                {"unhappy_reached", item.unhappyReached},
                {"votes", item.votes},
                {"emotion", item.emotion ? QJsonValue(*item.emotion) : QJsonValue()}});
        }
        journeys.append(
            QJsonObject{{"journey", j.name},
                        {"state", toString(j.state)},
                        {"unowned_cards", r.unowned.total.owned},
                        {"handoffs", int(analysis::handoffs(data, j.id).handoffs.size())},
                        {"departments", deptRows},
                        {"stages", stageRows},
                        {"priorities", priorityRows}});
    }
    const QJsonObject root{{"title", data.title},
                           {"cards", int(data.cards.size())},
                           {"links", int(data.links.size())},
                           {"journeys", journeys}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace cx::cli
