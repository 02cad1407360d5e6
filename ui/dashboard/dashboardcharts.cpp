#include "dashboardcharts.h"

#include "canvas/canvasstyle.h"
#include "dashboard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cx::dashboard {

namespace {

constexpr char fullNameProperty[] = "cxFullName";
constexpr char countProperty[] = "cxCount";             // pain points behind a priority bar
constexpr char departmentProperty[] = "cxDepartmentId"; // tests and tooltips read it
constexpr char baseHeightProperty[] = "cxBaseHeight";   // with the stage names side by side
const QColor currentLine(0x3b, 0x3f, 0x46);             // dark grey, solid
const QColor futureLine(0x21, 0x66, 0xac);              // blue, dashed

// The view's font, a notch smaller, for tick labels.
QFont labelFont(const QChart* chart)
{
    QFont f = chart->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

// The chart's axis of that type on that side, made the first time. Refreshes
// reuse it: the labels of a deleted axis would stay on screen until the event
// loop gets round to deleting its graphics items.
template <typename Axis>
Axis* axisAt(QChart* chart, Qt::Alignment alignment, bool* created = nullptr)
{
    for (QAbstractAxis* a : chart->axes()) {
        auto* typed = qobject_cast<Axis*>(a);
        if (typed && a->alignment() == alignment)
            return typed;
    }
    auto* axis = new Axis;
    axis->setLabelsFont(labelFont(chart));
    axis->setLabelsColor(chart->legend()->labelColor()); // the palette's, see newChartView
    chart->addAxis(axis, alignment);
    if (created)
        *created = true;
    return axis;
}

// 0..max in whole numbers, with at most about six ticks.
QValueAxis* countAxis(QChart* chart, Qt::Alignment alignment, int max)
{
    max = std::max(max, 1);
    int step = 1;
    for (int magnitude = 1; max / step > 6; magnitude *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * magnitude;
            if (max / step <= 6)
                break;
        }
    }
    auto* axis = axisAt<QValueAxis>(chart, alignment);
    axis->setRange(0, std::ceil(double(max) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QBarCategoryAxis* categoryAxis(QChart* chart, Qt::Alignment alignment,
                               const QStringList& categories)
{
    auto* axis = axisAt<QBarCategoryAxis>(chart, alignment);
    if (axis->categories() != categories) {
        axis->clear();
        axis->append(categories);
    }
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false); // turned instead (fitStageLabels)
    return axis;
}

// Turns the labels of the chart's horizontal category axis upright when they
// do not fit side by side, and makes the view taller by as much. (At 45
// degrees Qt Charts hides the labels that reach past the plot's ends.) The
// plot's width does not depend on either, so this settles after one layout.
void fitStageLabels(QChart* chart)
{
    QChartView* view =
        chart->scene() ? qobject_cast<QChartView*>(chart->scene()->views().value(0)) : nullptr;
    const int baseHeight = view ? view->property(baseHeightProperty).toInt() : 0;
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        auto* stages = qobject_cast<QBarCategoryAxis*>(axis);
        if (!stages || stages->count() == 0)
            continue;
        const QFontMetrics fm(stages->labelsFont());
        int widest = 0;
        for (const QString& s : stages->categories())
            widest = std::max(widest, fm.horizontalAdvance(s));
        const double room = chart->plotArea().width() / stages->count();
        const bool upright = widest + 8 > room;
        if (stages->labelsAngle() != (upright ? -90 : 0))
            stages->setLabelsAngle(upright ? -90 : 0);
        if (baseHeight > 0)
            view->setFixedHeight(baseHeight + (upright ? widest - fm.height() : 0));
    }
}

QBarSet* newBarSet(const DepartmentValues& d, bool dim)
{
    auto* set = new QBarSet(d.shortName.isEmpty() ? d.name : d.shortName);
    set->setProperty(fullNameProperty, d.name);
    set->setProperty(departmentProperty, d.departmentId);
    const QColor color = dim ? dimmed(d.color) : d.color;
    set->setColor(color);
    set->setBorderColor(Qt::white);
    set->setLabelColor(dim ? canvas::mutedText : canvas::textOn(color));
    return set;
}

void showTip(const QString& text) { QToolTip::showText(QCursor::pos(), text); }

// Adds one curve as line runs between its gaps; only the first run is named
// in the legend. Returns a description ("Awareness −0.5, Purchase not rated").
QString addCurve(QChart* chart, const QList<std::optional<double>>& points, const QString& name,
                 const QPen& pen, const QStringList& stages)
{
    QStringList description;
    QLineSeries* run = nullptr;
    bool first = true;
    for (int i = 0; i < points.size(); ++i) {
        description << QStringLiteral("%1 %2").arg(
            stages.value(i), points[i] ? emotionNumber(*points[i]) : Dashboard::tr("not rated"));
        if (!points[i]) {
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            run->setName(name);
            run->setPen(pen);
            run->setPointsVisible(true);
            run->setMarkerSize(pen.style() == Qt::SolidLine ? 9 : 6);
            QObject::connect(run, &QLineSeries::hovered, run,
                             [name, stages](const QPointF& point, bool on) {
                                 if (!on)
                                     return QToolTip::hideText();
                                 showTip(QStringLiteral("%1 · %2: %3")
                                             .arg(name, stages.value(qRound(point.x())),
                                                  emotionNumber(point.y())));
                             });
            chart->addSeries(run);
            if (!first) {
                for (QLegendMarker* m : chart->legend()->markers(run))
                    m->setVisible(false);
            }
            first = false;
        }
        run->append(i, *points[i]);
    }
    return name + QStringLiteral(": ") + description.join(QStringLiteral(", "));
}

} // namespace

QColor dimmed(const QColor& color) { return canvas::tint(color, 0.72); }

QChartView* newChartView(const QString& objectName, const QString& accessibleName, QWidget* parent,
                         int height)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setProperty(baseHeightProperty, height);
    if (height > 0)
        view->setFixedHeight(height);
    view->setStyleSheet(QStringLiteral("background: transparent"));
    chart->setFont(view->font());
    chart->legend()->setFont(view->font());
    chart->legend()->setLabelColor(view->palette().color(QPalette::Text));
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitStageLabels(chart); });
    return view;
}

QString showCardsPerStage(QChart* chart, const QStringList& stages,
                          const QList<DepartmentValues>& departments, Id lens)
{
    chart->removeAllSeries();
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    QList<int> totals(stages.size(), 0);
    for (const DepartmentValues& d : departments) {
        QBarSet* set = newBarSet(d, lens != 0 && d.departmentId != lens);
        set->setProperty(countProperty, d.values.value(1));
        set->setLabelFont(labelFont(chart));
        for (int i = 0; i < stages.size(); ++i) {
            const int v = d.values.value(i);
            set->append(v);
            totals[i] += v;
        }
        series->append(set);
    }
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [stages](bool on, int index, QBarSet* set) {
                         if (!on)
                             return QToolTip::hideText();
                         showTip(Dashboard::tr("%1 in %2: %3 cards")
                                     .arg(set->property(fullNameProperty).toString(),
                                          stages.value(index), QString::number(set->at(index))));
                     });
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(chart, Qt::AlignBottom, stages);
    QValueAxis* y =
        countAxis(chart, Qt::AlignLeft,
                  totals.isEmpty() ? 1 : *std::max_element(totals.begin(), totals.end()));
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!departments.isEmpty());
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setReverseMarkers(true); // the top of the legend is the top of the stack
    fitStageLabels(chart);

    QStringList description;
    for (int i = 0; i < stages.size(); ++i) {
        QStringList parts;
        for (const DepartmentValues& d : departments) {
            if (d.values.value(i) > 0)
                parts << QStringLiteral("%1 %2").arg(d.name, QString::number(d.values.value(i)));
        }
        description << Dashboard::tr("%1: %2 cards").arg(stages[i], QString::number(totals[i])) +
                           (parts.isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) +
                                      QStringLiteral(")"));
    }
    return description.join(QStringLiteral("; "));
}

QString showEmotionCurves(QChart* chart, const StageCurves& curves)
{
    chart->removeAllSeries();
    // The current line is wider: where the states agree it shows on both
    // sides of the dashed future line drawn over it.
    const QPen current(currentLine, 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen future(futureLine, 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    QStringList description;
    description << addCurve(chart, curves.current,
                            curves.compared() ? Dashboard::tr("Current state")
                                              : Dashboard::tr("Emotion"),
                            current, curves.stages);
    if (curves.compared())
        description << addCurve(chart, curves.future, Dashboard::tr("Future state"), future,
                                curves.stages);

    QBarCategoryAxis* x = categoryAxis(chart, Qt::AlignBottom, curves.stages);
    bool created = false;
    auto* y = axisAt<QCategoryAxis>(chart, Qt::AlignLeft, &created);
    if (created) {
        y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        y->setStartValue(emotionMin - 1);
        for (int e = emotionMin; e <= emotionMax; ++e)
            y->append(emotionLabel(e), e);
        y->setRange(emotionMin - 0.35, emotionMax + 0.35);
    }
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setVisible(curves.compared());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // solid and dashed lines
    chart->legend()->setReverseMarkers(false);
    fitStageLabels(chart);
    return description.join(QStringLiteral("\n"));
}

QString showPainPoints(QChart* chart, const QList<DepartmentValues>& departments, Id lens)
{
    chart->removeAllSeries();
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    // Categories run bottom up: the first department goes on top.
    QStringList names;
    for (const DepartmentValues& d : departments)
        names.prepend(
            (d.departmentId == lens && lens != 0 ? QStringLiteral("\u25b6 ") : QString()) + d.name);
    names = uniqueLabels(names);
    int max = 0;
    QStringList description;
    for (int i = 0; i < departments.size(); ++i) {
        const DepartmentValues& d = departments[i];
        QBarSet* set = newBarSet(d, lens != 0 && d.departmentId != lens);
        set->setProperty(countProperty, d.values.value(1));
        set->setLabelFont(labelFont(chart));
        const int row = int(departments.size()) - 1 - i;
        for (int k = 0; k < departments.size(); ++k)
            set->append(k == row ? d.values.value(0) : 0);
        series->append(set);
        max = std::max(max, d.values.value(0));
        description << Dashboard::tr("%1 %2 (%3 pain points)")
                           .arg(d.name, QString::number(d.values.value(0)),
                                QString::number(d.values.value(1)));
    }
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [](bool on, int index, QBarSet* set) {
                         if (!on)
                             return QToolTip::hideText();
                         showTip(Dashboard::tr("%1: priority %2 (%3 pain points)")
                                     .arg(set->property(fullNameProperty).toString(),
                                          QString::number(set->at(index)),
                                          QString::number(set->property(countProperty).toInt())));
                     });
    chart->addSeries(series);
    QValueAxis* x = countAxis(chart, Qt::AlignBottom, max);
    QBarCategoryAxis* y = categoryAxis(chart, Qt::AlignLeft, names);
    y->setTruncateLabels(true); // "Back Office & Op…" beats a name cut off at the edge
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return Dashboard::tr("Priority of the pain points owned: %1")
        .arg(description.join(QStringLiteral(", ")));
}

} // namespace cx::dashboard
