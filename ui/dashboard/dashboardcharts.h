#pragma once

// The Qt Charts of the dashboard, filled from plain values. Each show*
// function replaces the chart's series and axes and returns a plain-text
// account of what it shows (the chart view's accessible description).

#include "dashboarddata.h"

#include <QColor>
#include <QList>
#include <QStringList>

class QChart;
class QChartView;
class QWidget;

namespace cx::dashboard {

// A department's numbers: per stage (cards per stage) or one total (pain points).
struct DepartmentValues
{
    Id departmentId = 0; // 0 = the unowned cards
    QString name;
    QString shortName;
    QColor color;
    QList<int> values;
};

// A chart view as the dashboard shows them: antialiased, no animations,
// small margins, the widget's font. A height > 0 fixes its height, grown by
// the length of the stage names when they have to stand upright.
QChartView* newChartView(const QString& objectName, const QString& accessibleName, QWidget* parent,
                         int height = 0);

// Stacked bars, one per stage, one segment per department (in the given
// order, bottom up); with a lens, the others are dimmed. Each QBarSet carries
// its department's id in the property "cxDepartmentId" (0 = unowned), as do
// the pain-point bars.
QString showCardsPerStage(QChart* chart, const QStringList& stages,
                          const QList<DepartmentValues>& departments, Id lens);

// The emotion curve (and the other state's, when compared) on a -2..+2 axis.
QString showEmotionCurves(QChart* chart, const StageCurves& curves);

// Horizontal bars, one per department with values[0] (the priority of its
// pain points) as its length and values[1] (how many) in its tip, the first
// on top; with a lens, the others are dimmed and its name is marked.
QString showPainPoints(QChart* chart, const QList<DepartmentValues>& departments, Id lens);

// The colour of a department that is not the lens.
QColor dimmed(const QColor& color);

} // namespace cx::dashboard
