#pragma once

// The numbers behind the dashboard as plain values, apart from the widgets
// that show them: what the charts draw and what the tests compare. The
// department and stage roll-ups themselves come from core/analysis.

#include "analysis/kpistatus.h"
#include "model/types.h"

#include <QColor>
#include <QList>
#include <QStringList>

#include <optional>

namespace cx::dashboard {

// The journey to compare journeyId with: for a current-state journey the first
// future-state journey (in journey order) cloned from it; for a future-state
// one the current-state journey it was cloned from. 0 when there is none.
Id counterpartJourney(const DocumentData& data, Id journeyId);

// The emotion curve of a journey per stage and, when it has a counterpart, the
// other state's curve on the same stages. Stages are matched by name (case and
// surrounding spaces ignored), in order; a stage that only one of them has
// gets its own place, after the stage it follows.
struct StageCurves
{
    QStringList stages;                   // category labels, unique (see uniqueLabels)
    QList<std::optional<double>> current; // the current-state curve (or the journey's own)
    QList<std::optional<double>> future;  // empty without a counterpart
    Id currentJourneyId = 0;
    Id futureJourneyId = 0; // 0 = no comparison
    bool compared() const { return futureJourneyId != 0; }
};
// journeyId 0: every stage of the document, no comparison.
StageCurves stageCurves(const DocumentData& data, Id journeyId);

// One KPI of one card, with its status against its target.
struct KpiRow
{
    Id cardId = 0;
    Id departmentId = 0; // the card's accountable department (0 = unowned)
    int kpiIndex = 0;    // in Card::kpis
    Kpi kpi;
    analysis::KpiStatus status = analysis::KpiStatus::NoTarget;
    bool offTarget() const { return analysis::isOffTarget(status); }
};

// The KPIs of the journey's cards (journeyId 0: every journey): off-target ones
// first, each group in reading order (journey, stage, lane, card position,
// then the KPI's own order). With a lens, only the KPIs of cards the
// department owns or contributes to.
QList<KpiRow> kpiRows(const DocumentData& data, Id journeyId, Id lens = 0);

// The labels as given, a repeated one followed by " (2)", " (3)"...: chart
// categories must be unique.
QStringList uniqueLabels(const QStringList& labels);

// A mean emotion with its sign and one decimal: "−0.5", "+1.3", "0.0".
QString emotionNumber(double emotion);

// The colour of a mean emotion on the coverage heatmap: orange (-2) through a
// light grey (0) to blue (+2), a diverging scale that stays apart for the
// common colour-vision deficiencies. The number is always printed on it.
QColor emotionHeatColor(double emotion);

} // namespace cx::dashboard
