#include "clistats.h"

#include "cliout.h"

#include "analysis/analysis.h"
#include "model/enumnames.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace cx::cli {

namespace {

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

QString departmentTable(const analysis::Rollups& r, const QHash<Id, Department>& depts)
{
    QString s = QStringLiteral("  %1 %2 %3 %4 %5\n")
                    .arg(QStringLiteral("Department"), -24)
                    .arg(QStringLiteral("owned"), 6)
                    .arg(QStringLiteral("contrib"), 8)
                    .arg(QStringLiteral("pain"), 5)
                    .arg(QStringLiteral("emotion"), 8);
    auto row = [&s](const QString& name, const analysis::Rollup& t) {
        s += QStringLiteral("  %1 %2 %3 %4 %5\n")
                 .arg(terminalText(name).left(24), -24)
                 .arg(t.owned, 6)
                 .arg(t.contributed, 8)
                 .arg(t.painPoints, 5)
                 .arg(emotionText(t.meanEmotion), 8);
    };
    for (const analysis::DepartmentRollup& d : r.departments)
        row(depts.value(d.departmentId).name, d.total);
    if (r.unowned.total.owned > 0)
        row(QStringLiteral("(unowned)"), r.unowned.total);
    return s;
}

QString stageTable(const analysis::Rollups& r, const QHash<Id, Stage>& stages)
{
    QString s = QStringLiteral("  %1 %2 %3 %4 %5\n")
                    .arg(QStringLiteral("Stage"), -24)
                    .arg(QStringLiteral("cards"), 6)
                    .arg(QStringLiteral("pain"), 5)
                    .arg(QStringLiteral("emotion"), 8)
                    .arg(QStringLiteral("curve"), 6);
    for (const analysis::StageRollup& st : r.stages) {
        s += QStringLiteral("  %1 %2 %3 %4 %5\n")
                 .arg(terminalText(stages.value(st.stageId).name).left(24), -24)
                 .arg(st.cards, 6)
                 .arg(st.painPoints, 5)
                 .arg(emotionText(st.meanEmotion), 8)
                 .arg(emotionText(st.curve), 6);
    }
    return s;
}

QString handoffLines(const analysis::Handoffs& h, const QHash<Id, Department>& depts)
{
    QString s = QStringLiteral("  Handoffs: %1 (busiest pairs below)\n").arg(h.handoffs.size());
    for (const auto& p : h.perPair.mid(0, 5)) {
        s += QStringLiteral("    %1 -> %2: %3\n")
                 .arg(terminalText(depts.value(p.fromDepartmentId).name),
                      terminalText(depts.value(p.toDepartmentId).name))
                 .arg(p.total());
    }
    return s;
}

} // namespace

QString statsText(const DocumentData& data)
{
    const auto depts = byId(data.departments);
    const auto stages = byId(data.stages);
    QString s =
        QStringLiteral("%1\n%2 departments, %3 journeys, %4 cards, %5 links\n")
            .arg(data.title.isEmpty() ? QStringLiteral("(untitled)") : terminalText(data.title))
            .arg(data.departments.size())
            .arg(data.journeys.size())
            .arg(data.cards.size())
            .arg(data.links.size());
    for (const Journey& j : journeysInOrder(data)) {
        const analysis::Rollups r = analysis::rollups(data, j.id);
        s += QStringLiteral("\nJourney \"%1\" (%2 state)\n")
                 .arg(terminalText(j.name), toString(j.state));
        s += departmentTable(r, depts) + QLatin1Char('\n') + stageTable(r, stages);
        s += handoffLines(analysis::handoffs(data, j.id), depts);
    }
    return s;
}

QString statsJson(const DocumentData& data)
{
    const auto depts = byId(data.departments);
    const auto stages = byId(data.stages);
    QJsonArray journeys;
    for (const Journey& j : journeysInOrder(data)) {
        const analysis::Rollups r = analysis::rollups(data, j.id);
        QJsonArray deptRows, stageRows;
        for (const analysis::DepartmentRollup& d : r.departments) {
            deptRows.append(QJsonObject{{"department", depts.value(d.departmentId).name},
                                        {"owned", d.total.owned},
                                        {"contributed", d.total.contributed},
                                        {"pain_points", d.total.painPoints},
                                        {"votes", d.total.votes},
                                        {"mean_emotion", emotionJson(d.total.meanEmotion)}});
        }
        for (const analysis::StageRollup& st : r.stages) {
            stageRows.append(QJsonObject{{"stage", stages.value(st.stageId).name},
                                         {"cards", st.cards},
                                         {"pain_points", st.painPoints},
                                         {"mean_emotion", emotionJson(st.meanEmotion)},
                                         {"curve", emotionJson(st.curve)}});
        }
        journeys.append(
            QJsonObject{{"journey", j.name},
                        {"state", toString(j.state)},
                        {"unowned_cards", r.unowned.total.owned},
                        {"handoffs", int(analysis::handoffs(data, j.id).handoffs.size())},
                        {"departments", deptRows},
                        {"stages", stageRows}});
    }
    const QJsonObject root{{"title", data.title},
                           {"cards", int(data.cards.size())},
                           {"links", int(data.links.size())},
                           {"journeys", journeys}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace cx::cli
