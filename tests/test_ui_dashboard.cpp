#include <catch2/catch.hpp>

#include "analysis/kpistatus.h"
#include "commands/edit.h"
#include "dashboard/coverageheatmap.h"
#include "dashboard/dashboard.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/kpitable.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "testutil.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QUndoStack>

#include <map>

using namespace cx;

namespace {

std::unique_ptr<Document> smallDoc(const test::TempDir& dir)
{
    auto doc = Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

std::unique_ptr<Document> sampleDoc(const test::TempDir& dir)
{
    QFile file(QStringLiteral(CXMAP_SAMPLE_JSON));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<DocumentData> sample = fromJson(file.readAll());
    REQUIRE(sample.ok());
    auto doc = Document::create(dir.file(QStringLiteral("sample.cxmap")), sample.value());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

QChart* chartOf(Dashboard& d, const char* name)
{
    auto* view = d.findChild<QChartView*>(QLatin1String(name));
    REQUIRE(view);
    return view->chart();
}

template <typename Series>
Series* seriesOf(QChart* chart)
{
    for (QAbstractSeries* s : chart->series()) {
        if (auto* typed = qobject_cast<Series*>(s))
            return typed;
    }
    FAIL("no such series");
    return nullptr;
}

QStringList categoriesOf(QChart* chart, Qt::Orientation orientation)
{
    for (QAbstractAxis* axis : chart->axes(orientation)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    }
    return {};
}

Id departmentOf(const QBarSet* set) { return set->property("cxDepartmentId").value<Id>(); }

// Department id -> that set's values, for the cards-per-stage chart.
std::map<Id, QList<int>> stageBars(Dashboard& d)
{
    std::map<Id, QList<int>> result;
    for (const QBarSet* set :
         seriesOf<QStackedBarSeries>(chartOf(d, "cardsPerStageChart"))->barSets()) {
        QList<int> values;
        for (int i = 0; i < set->count(); ++i)
            values << int(set->at(i));
        result[departmentOf(set)] = values;
    }
    return result;
}

// The points of the line series with that legend name, by x (every run).
std::map<int, double> curve(Dashboard& d, const QString& name)
{
    std::map<int, double> points;
    for (QAbstractSeries* s : chartOf(d, "emotionChart")->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (line && line->name() == name) {
            for (const QPointF& p : line->points())
                points[int(p.x())] = p.y();
        }
    }
    return points;
}

int cardsInStage(const Document& doc, Id journeyId, Id stageId)
{
    int n = 0;
    for (Id lane : doc.laneIds(journeyId))
        n += int(doc.cardIds(stageId, lane).size());
    return n;
}

KpiTable* kpiTableOf(Dashboard& d)
{
    auto* table = d.findChild<KpiTable*>(QStringLiteral("kpiTable"));
    REQUIRE(table);
    return table;
}

CoverageHeatmap* heatmapOf(Dashboard& d)
{
    auto* map = d.findChild<CoverageHeatmap*>(QStringLiteral("coverageHeatmap"));
    REQUIRE(map);
    return map;
}

QString titleOf(Dashboard& d, const char* name)
{
    auto* label = d.findChild<QLabel*>(QLatin1String(name));
    REQUIRE(label);
    return label->text();
}

bool isOffTargetByHand(const Kpi& k)
{
    if (!k.target)
        return false;
    if (k.kind == KpiKind::Free)
        return k.value != *k.target;
    return k.value < *k.target; // NPS, CSAT, CES: higher is better
}

} // namespace

TEST_CASE("KPI direction: higher is better but for free KPIs", "[ui][dashboard]")
{
    using analysis::KpiStatus;
    const auto status = [](KpiKind kind, double value, std::optional<double> target) {
        return analysis::kpiStatus(Kpi{QStringLiteral("k"), kind, value, target, {}});
    };
    CHECK(status(KpiKind::Nps, -12, 10) == KpiStatus::Below);
    CHECK(status(KpiKind::Nps, 30, 10) == KpiStatus::OnTarget);
    CHECK(status(KpiKind::Csat, 85, 85) == KpiStatus::OnTarget);
    CHECK(status(KpiKind::Csat, 84.9, 85) == KpiStatus::Below);
    CHECK(status(KpiKind::Ces, 3.1, 5) == KpiStatus::Below); // the 1..7 ease scale
    CHECK(status(KpiKind::Ces, 6, 5) == KpiStatus::OnTarget);
    CHECK(status(KpiKind::Free, 5.2, 1) == KpiStatus::Above);
    CHECK(status(KpiKind::Free, 12, 18) == KpiStatus::Below);
    CHECK(status(KpiKind::Free, 0.1 + 0.2, 0.3) == KpiStatus::OnTarget);
    CHECK(status(KpiKind::Free, 7, std::nullopt) == KpiStatus::NoTarget);
    CHECK(!analysis::isOffTarget(KpiStatus::NoTarget));
}

TEST_CASE("the stacked bars add up to the cards per stage", "[ui][dashboard]")
{
    test::TempDir dir;
    const bool sample = GENERATE(false, true);
    {
        auto doc = sample ? sampleDoc(dir) : smallDoc(dir);
        Dashboard dash;
        dash.setDocument(doc.get());
        const Id journey = dash.journey();
        REQUIRE(journey == doc->journeyIds().first());
        const QList<Id> stages = doc->stageIds(journey);
        QChart* chart = chartOf(dash, "cardsPerStageChart");
        REQUIRE(categoriesOf(chart, Qt::Horizontal).size() == stages.size());
        const auto bars = stageBars(dash);
        REQUIRE(!bars.empty());
        for (int i = 0; i < stages.size(); ++i) {
            int total = 0;
            for (const auto& [department, values] : bars)
                total += values.value(i);
            INFO("stage " << doc->stage(stages[i])->name.toStdString());
            CHECK(total == cardsInStage(*doc, journey, stages[i]));
            CHECK(categoriesOf(chart, Qt::Horizontal)[i] == doc->stage(stages[i])->name);
        }
        // Legend: short names in department colours; the unowned cards in grey.
        for (QBarSet* set : seriesOf<QStackedBarSeries>(chart)->barSets()) {
            const Department* d = doc->department(departmentOf(set));
            CHECK(set->label() == (d ? d->shortName : QStringLiteral("Unowned")));
            CHECK(set->color() == (d ? d->color : QColor(0x9a, 0xa0, 0xa6)));
        }
    }
}

TEST_CASE("the dashboard follows edits, coalesced", "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = smallDoc(dir);
    Dashboard dash;
    dash.setDocument(doc.get());
    dash.resize(450, 1200);
    dash.show();
    auto bars = stageBars(dash); // Awareness, Purchase, Billing
    CHECK(bars[1] == QList<int>{1, 0, 0});
    CHECK(bars[2] == QList<int>{0, 2, 0});
    CHECK(bars[0] == QList<int>{0, 1, 1});
    CHECK(curve(dash, QStringLiteral("Emotion")) == std::map<int, double>{{0, 1}, {1, -2}, {2, 0}});

    // The unowned credit check goes to Marketing and the invoice turns sour.
    Card c = *doc->card(4);
    c.accountableId = 1;
    REQUIRE(!edit::editCard(*doc, c));
    c = *doc->card(5);
    c.emotion = -2;
    REQUIRE(!edit::editCard(*doc, c));
    REQUIRE(!edit::setCardTitle(*doc, 1, QStringLiteral("Social ad, edited")));
    CHECK(stageBars(dash)[1] == QList<int>{1, 0, 0}); // not yet: one refresh per turn
    QCoreApplication::processEvents();
    bars = stageBars(dash);
    CHECK(bars[1] == QList<int>{1, 1, 0});
    CHECK(bars[0] == QList<int>{0, 0, 1});
    CHECK(curve(dash, QStringLiteral("Emotion"))[2] == -2);
    CHECK(heatmapOf(dash)->count(1, 1) == 2); // owns the credit check, contributes to orders
    KpiTable* table = kpiTableOf(dash);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, KpiTable::CardColumn)->text() == QStringLiteral("Social ad, edited"));

    // A hidden dashboard catches up when it shows again.
    dash.hide();
    c = *doc->card(2);
    c.accountableId = 1;
    REQUIRE(!edit::editCard(*doc, c));
    QCoreApplication::processEvents();
    CHECK(stageBars(dash)[1] == QList<int>{1, 1, 0});
    dash.show();
    QCoreApplication::processEvents();
    CHECK(stageBars(dash)[1] == QList<int>{1, 2, 0});

    // Undo brings it back.
    doc->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(stageBars(dash)[1] == QList<int>{1, 1, 0});
}

TEST_CASE("the heatmap counts the cards each department owns or contributes to", "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = sampleDoc(dir);
    Dashboard dash;
    dash.setDocument(doc.get());
    const Id journey = dash.journey();
    const QList<Id> stages = doc->stageIds(journey);
    CoverageHeatmap* map = heatmapOf(dash);
    REQUIRE(map->stages().size() == stages.size());
    REQUIRE(map->rows().size() >= doc->departmentIds().size());
    int nonZero = 0;
    for (Id department : doc->departmentIds()) {
        for (int i = 0; i < stages.size(); ++i) {
            int owned = 0;
            int contributed = 0;
            for (Id lane : doc->laneIds(journey)) {
                for (Id id : doc->cardIds(stages[i], lane)) {
                    owned += doc->card(id)->accountableId == department;
                    contributed += doc->card(id)->contributingIds.contains(department);
                }
            }
            INFO(doc->department(department)->name.toStdString() << " in stage " << i);
            CHECK(map->count(department, i) == owned + contributed);
            nonZero += owned + contributed > 0;
        }
    }
    CHECK(nonZero > 10);
    CHECK(map->count(-7, 0) == -1);
    CHECK(!map->accessibleDescription().isEmpty());
}

TEST_CASE("the KPI table flags exactly the off-target KPIs, those first", "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = sampleDoc(dir);
    Dashboard dash;
    dash.setDocument(doc.get());
    dash.show();
    KpiTable* table = kpiTableOf(dash);
    // Every KPI of the sample misses its target: one now meets it, one beats
    // it (a CSAT above target), one loses its target.
    QList<Id> withKpis;
    for (Id id : doc->cardIdsOfJourney(dash.journey())) {
        if (doc->card(id)->kpis.size() >= 2)
            withKpis << id;
    }
    REQUIRE(withKpis.size() >= 2);
    Card c = *doc->card(withKpis[0]);
    c.kpis[0].value = *c.kpis[0].target;
    c.kpis[1].target.reset();
    REQUIRE(!edit::editCard(*doc, c));
    for (Id id : doc->cardIdsOfJourney(dash.journey())) {
        c = *doc->card(id);
        if (!c.kpis.isEmpty() && c.kpis[0].kind == KpiKind::Csat) {
            c.kpis[0].value = *c.kpis[0].target + 5;
            REQUIRE(!edit::editCard(*doc, c));
            break;
        }
    }
    QCoreApplication::processEvents();

    int expectedRows = 0;
    int expectedOff = 0;
    for (Id id : doc->cardIdsOfJourney(dash.journey())) {
        for (const Kpi& k : doc->card(id)->kpis) {
            ++expectedRows;
            expectedOff += isOffTargetByHand(k);
        }
    }
    REQUIRE(expectedOff > 0);
    REQUIRE(expectedOff < expectedRows);
    REQUIRE(table->rowCount() == expectedRows);
    int off = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const Card* card = doc->card(table->cardAt(r));
        REQUIRE(card);
        const QString kpiName = table->item(r, KpiTable::KpiColumn)->text();
        const auto k = std::find_if(card->kpis.begin(), card->kpis.end(),
                                    [&](const Kpi& k) { return k.name == kpiName; });
        REQUIRE(k != card->kpis.end());
        const bool flagged =
            table->item(r, KpiTable::StatusColumn)->text().contains(QStringLiteral("off target"));
        INFO(card->title.toStdString() << " / " << kpiName.toStdString());
        CHECK(flagged == isOffTargetByHand(*k));
        CHECK(flagged == (r < expectedOff)); // off-target rows come first
        off += flagged;
    }
    CHECK(off == expectedOff);
    CHECK(
        titleOf(dash, "kpiNote")
            .startsWith(QStringLiteral("%1 of %2 off target").arg(expectedOff).arg(expectedRows)));

    // The small map: CTR misses, the CES of 5.5 beats its 3, the NPS has no target.
    test::TempDir other;
    auto small = smallDoc(other);
    dash.setDocument(small.get());
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, KpiTable::KpiColumn)->text() == QStringLiteral("CTR"));
    CHECK(table->item(0, KpiTable::StatusColumn)->text() == QStringLiteral("▼ off target"));
    CHECK(table->item(1, KpiTable::StatusColumn)->text() == QStringLiteral("no target"));
    CHECK(table->item(2, KpiTable::KpiColumn)->text() == QStringLiteral("CES"));
    CHECK(table->item(2, KpiTable::StatusColumn)->text() == QStringLiteral("on target"));
}

TEST_CASE("the lens filters the KPIs and highlights its department", "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = sampleDoc(dir);
    Dashboard dash;
    dash.setDocument(doc.get());
    const int allRows = kpiTableOf(dash)->rowCount();
    const Department* it = doc->departmentByName(QStringLiteral("IT"));
    REQUIRE(it);

    dash.setLens(it->id);
    CHECK(dash.lens() == it->id);
    KpiTable* table = kpiTableOf(dash);
    int expected = 0;
    for (Id id : doc->cardIdsOfJourney(dash.journey())) {
        const Card* c = doc->card(id);
        if (c->accountableId == it->id || c->contributingIds.contains(it->id))
            expected += int(c->kpis.size());
    }
    REQUIRE(expected > 0);
    CHECK(table->rowCount() == expected);
    CHECK(table->rowCount() < allRows);
    for (int r = 0; r < table->rowCount(); ++r) {
        const Card* c = doc->card(table->cardAt(r));
        CHECK((c->accountableId == it->id || c->contributingIds.contains(it->id)));
    }

    // Cards per stage: IT at the base in its colour, every other department dimmed.
    const QList<QBarSet*> sets =
        seriesOf<QStackedBarSeries>(chartOf(dash, "cardsPerStageChart"))->barSets();
    REQUIRE(sets.size() > 2);
    CHECK(departmentOf(sets.first()) == it->id);
    CHECK(sets.first()->color() == it->color);
    for (QBarSet* set : sets.mid(1)) {
        const Department* d = doc->department(departmentOf(set));
        CHECK(set->color() != (d ? d->color : QColor(0x9a, 0xa0, 0xa6)));
    }
    CHECK(titleOf(dash, "cardsPerStageTitle").contains(QStringLiteral("IT highlighted")));
    CHECK(titleOf(dash, "coverageTitle").contains(QStringLiteral("IT highlighted")));
    CHECK(titleOf(dash, "painPointsTitle").contains(QStringLiteral("IT highlighted")));
    CHECK(titleOf(dash, "kpiTitle").contains(QStringLiteral("IT")));
    CHECK(heatmapOf(dash)->lens() == it->id);
    CHECK(categoriesOf(chartOf(dash, "painPointsChart"), Qt::Vertical)
              .contains(QStringLiteral("\u25b6 IT")));

    dash.setLens(987654); // unknown: all
    CHECK(dash.lens() == 0);
    CHECK(kpiTableOf(dash)->rowCount() == allRows);
    CHECK(heatmapOf(dash)->lens() == 0);
    CHECK(!titleOf(dash, "cardsPerStageTitle").contains(QStringLiteral("highlighted")));
}

TEST_CASE("pain points per department are sorted, largest on top", "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = sampleDoc(dir);
    Dashboard dash;
    dash.setDocument(doc.get());
    QChart* chart = chartOf(dash, "painPointsChart");
    const QStringList names = categoriesOf(chart, Qt::Vertical); // bottom up
    const auto* series = seriesOf<QHorizontalStackedBarSeries>(chart);
    REQUIRE(names.size() == series->count());
    REQUIRE(names.size() >= doc->departmentIds().size());
    QList<int> lengths(names.size(), 0);
    for (const QBarSet* set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            lengths[i] += int(set->at(i));
    }
    CHECK(std::is_sorted(lengths.begin(), lengths.end()));
    CHECK(lengths.last() > 0);
}

TEST_CASE("the emotion chart compares the current and the future state", "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = smallDoc(dir);
    const Result<Id> future =
        edit::cloneJourney(*doc, 1, QStringLiteral("Broadband, future"), JourneyState::Future);
    REQUIRE(future.ok());
    // The future invoice delights; a new stage comes in after Awareness.
    const QList<Id> futureStages = doc->stageIds(future.value());
    const Id billing = futureStages.last();
    for (Id lane : doc->laneIds(future.value())) {
        for (Id id : doc->cardIds(billing, lane)) {
            Card c = *doc->card(id);
            c.emotion = 2;
            REQUIRE(!edit::editCard(*doc, c));
        }
    }
    REQUIRE(edit::addStage(*doc, future.value(), QStringLiteral("Self-service"), 1).ok());

    Dashboard dash;
    dash.setDocument(doc.get());
    REQUIRE(dash.journey() == 1);
    for (Id journey : {Id(1), future.value()}) {
        dash.setJourney(journey);
        QChart* chart = chartOf(dash, "emotionChart");
        CHECK(categoriesOf(chart, Qt::Horizontal) ==
              QStringList{QStringLiteral("Awareness"), QStringLiteral("Self-service"),
                          QStringLiteral("Purchase"), QStringLiteral("Billing")});
        CHECK(curve(dash, QStringLiteral("Current state")) ==
              std::map<int, double>{{0, 1}, {2, -2}, {3, 0}});
        CHECK(curve(dash, QStringLiteral("Future state")) ==
              std::map<int, double>{{0, 1}, {2, -2}, {3, 2}});
        CHECK(chart->legend()->isVisible());
        CHECK(titleOf(dash, "emotionTitle").contains(QStringLiteral("future")));
    }

    const dashboard::StageCurves alone = dashboard::stageCurves(test::smallDocument(), 1);
    CHECK(!alone.compared());
    CHECK(alone.stages.size() == 3);
    CHECK(dashboard::uniqueLabels(
              {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A (2)")}) ==
          QStringList{QStringLiteral("A"), QStringLiteral("A (2)"), QStringLiteral("A (2) (2)")});
}

TEST_CASE("clicking a KPI row activates its card", "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = sampleDoc(dir);
    Dashboard dash;
    dash.setDocument(doc.get());
    dash.resize(450, 1200);
    dash.show();
    QSignalSpy activated(&dash, &Dashboard::cardActivated);
    KpiTable* table = kpiTableOf(dash);
    REQUIRE(table->rowCount() > 3);
    const QRect cell = table->visualItemRect(table->item(2, KpiTable::KpiColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<Id>() == table->cardAt(2));
    CHECK(table->cardAt(2) != 0);
}

TEST_CASE("the dashboard is named for assistive technology and clears without a map",
          "[ui][dashboard]")
{
    test::TempDir dir;
    auto doc = smallDoc(dir);
    Dashboard dash;
    dash.setDocument(doc.get());
    for (const char* name : {"cardsPerStageChart", "emotionChart", "painPointsChart"}) {
        auto* view = dash.findChild<QChartView*>(QLatin1String(name));
        REQUIRE(view);
        CHECK(!view->accessibleName().isEmpty());
        CHECK(!view->accessibleDescription().isEmpty());
        CHECK(view->renderHints().testFlag(QPainter::Antialiasing));
        CHECK(view->chart()->animationOptions() == QChart::NoAnimation);
    }
    CHECK(!heatmapOf(dash)->accessibleName().isEmpty());
    CHECK(!kpiTableOf(dash)->accessibleName().isEmpty());

    dash.setDocument(nullptr);
    CHECK(titleOf(dash, "dashboardHeading") == QStringLiteral("No map is open."));
    doc.reset(); // no dangling document
    dash.setLens(1);
    CHECK(dash.lens() == 0);
}
