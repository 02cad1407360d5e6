// The Dashboard's sections, filled from the roll-ups (see dashboard.cpp for
// the widget, its layout and when it refreshes).

#include "dashboard.h"

#include "analysis/analysis.h"
#include "analysis/priority.h"
#include "canvas/canvasstyle.h"
#include "coverageheatmap.h"
#include "dashboardcharts.h"
#include "dashboarddata.h"
#include "kpitable.h"
#include "model/document.h"
#include "prioritytable.h"

#include <QChart>
#include <QChartView>
#include <QLabel>

#include <algorithm>

namespace cx {

namespace {

constexpr int painRowHeight = 24;

const analysis::DepartmentRollup* rollupOf(const analysis::Rollups& rollups, Id departmentId)
{
    for (const analysis::DepartmentRollup& r : rollups.departments) {
        if (r.departmentId == departmentId)
            return &r;
    }
    return nullptr;
}

} // namespace

QString Dashboard::lensName() const
{
    const Department* d = m_doc ? m_doc->department(m_lens) : nullptr;
    return d ? d->name : QString();
}
void Dashboard::fillStageBars(const analysis::Rollups& rollups, const QStringList& stages)
{
    QList<dashboard::DepartmentValues> values;
    auto add = [&](const analysis::DepartmentRollup& r) {
        const Department* d = m_doc->department(r.departmentId);
        dashboard::DepartmentValues v{r.departmentId,
                                      d ? d->name : tr("Unowned"),
                                      d ? d->shortName : tr("Unowned"),
                                      canvas::departmentColor(d),
                                      {}};
        for (const analysis::Rollup& s : r.perStage)
            v.values << s.owned;
        values << v;
    };
    const analysis::DepartmentRollup* lens = rollupOf(rollups, m_lens);
    if (lens)
        add(*lens); // at the base of every bar, where it is easiest to compare
    for (const analysis::DepartmentRollup& r : rollups.departments) {
        if (&r != lens && r.total.owned > 0)
            add(r);
    }
    if (rollups.unowned.total.owned > 0)
        add(rollups.unowned);
    const QString description =
        dashboard::showCardsPerStage(m_stageBars->chart(), stages, values, m_lens);
    m_stageBars->setAccessibleDescription(description);

    int total = 0;
    for (const analysis::StageRollup& s : rollups.stages)
        total += s.cards;
    QString title = tr("Cards per stage, by accountable department");
    if (lens) {
        title += QStringLiteral(" · ") +
                 tr("%1 highlighted: %2 of %3 cards")
                     .arg(lensName(), QString::number(lens->total.owned), QString::number(total));
    }
    m_sections[StageBarsSection].title->setText(title);
}

void Dashboard::fillEmotion(const DocumentData& data)
{
    const dashboard::StageCurves curves = dashboard::stageCurves(data, m_journey);
    m_emotion->setAccessibleDescription(dashboard::showEmotionCurves(m_emotion->chart(), curves));
    const Section& s = m_sections[EmotionSection];
    const bool rated = std::any_of(curves.current.begin(), curves.current.end(),
                                   [](const auto& e) { return e.has_value(); });
    QString note = rated ? QString() : tr("No emotions rated in this journey yet.");
    if (curves.compared()) {
        note = tr("Current state: %1. Future state: %2.")
                   .arg(m_doc->journey(curves.currentJourneyId)->name,
                        m_doc->journey(curves.futureJourneyId)->name);
    }
    s.title->setText(curves.compared() ? tr("Emotion per stage: current and future state")
                                       : tr("Emotion per stage"));
    s.note->setText(note);
    s.note->setVisible(!note.isEmpty());
}

// Departments by the priority of the pain points they own (the summed
// priority score, DESIGN.md), the count beside it.
void Dashboard::fillPainPoints(const analysis::Rollups& rollups,
                               const QList<analysis::PriorityItem>& ranked)
{
    QHash<Id, int> priority;
    for (const analysis::PriorityItem& item : ranked) {
        if (!item.opportunity)
            priority[item.departmentId] += item.score;
    }
    QList<analysis::DepartmentRollup> rows = rollups.departments;
    if (rollups.unowned.total.painPoints > 0)
        rows << rollups.unowned;
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        return std::pair(priority.value(a.departmentId), a.total.painPoints) >
               std::pair(priority.value(b.departmentId), b.total.painPoints);
    });
    QList<dashboard::DepartmentValues> values;
    for (const analysis::DepartmentRollup& r : rows) {
        const Department* d = m_doc->department(r.departmentId);
        values << dashboard::DepartmentValues{r.departmentId,
                                              d ? d->name : tr("Unowned"),
                                              d ? d->shortName : tr("Unowned"),
                                              canvas::departmentColor(d),
                                              {priority.value(r.departmentId), r.total.painPoints}};
    }
    m_pain->setAccessibleDescription(dashboard::showPainPoints(m_pain->chart(), values, m_lens));
    m_pain->setFixedHeight(70 + painRowHeight * std::max(int(values.size()), 2));
    QString title = tr("Pain points per department, by priority");
    if (const analysis::DepartmentRollup* lens = rollupOf(rollups, m_lens)) {
        title +=
            QStringLiteral(" · ") + tr("%1 highlighted (▶): %2 pain points, priority %3")
                                        .arg(lensName(), QString::number(lens->total.painPoints),
                                             QString::number(priority.value(m_lens)));
    }
    m_sections[PainSection].title->setText(title);
}

void Dashboard::fillHeatmap(const analysis::Rollups& rollups, const QStringList& stages)
{
    QList<CoverageHeatmap::Row> rows;
    auto add = [&](const analysis::DepartmentRollup& r) {
        const Department* d = m_doc->department(r.departmentId);
        CoverageHeatmap::Row row{r.departmentId,
                                 d ? d->name : tr("Unowned"),
                                 d ? d->shortName : tr("none"),
                                 canvas::departmentColor(d),
                                 {}};
        for (const analysis::Rollup& s : r.perStage)
            row.cells << CoverageHeatmap::Cell{s.owned, s.contributed, s.meanEmotion};
        rows << row;
    };
    for (const analysis::DepartmentRollup& r : rollups.departments)
        add(r);
    if (rollups.unowned.total.owned > 0)
        add(rollups.unowned);
    m_heatmap->setData(stages, rows);
    m_heatmap->setLens(m_lens);
    QString title = tr("Coverage: departments by stage");
    if (m_lens)
        title += QStringLiteral(" · ") + tr("%1 highlighted").arg(lensName());
    m_sections[HeatmapSection].title->setText(title);
}

void Dashboard::fillPriorities(const DocumentData& data)
{
    QList<analysis::DepartmentPriorities> groups =
        analysis::prioritiesByDepartment(data, m_journey);
    if (m_lens) {
        groups.removeIf(
            [this](const analysis::DepartmentPriorities& g) { return g.departmentId != m_lens; });
    }
    m_priorities->setGroups(*m_doc, groups, m_journey == 0);
    m_priorities->setVisible(!groups.isEmpty());
    const Section& s = m_sections[PrioritySection];
    s.title->setText(m_lens ? tr("Priorities of %1").arg(lensName())
                            : tr("Priorities by department"));
    const QString how =
        (m_lens ? tr("Its top %1 pain points and opportunities by priority: ")
                : tr("The top %1 pain points and opportunities of each department by priority: "))
            .arg(PriorityTable::perKind) +
        tr("severity (or impact) × (1 + unhappy customer moments it reaches along links) + "
           "votes + how unhappy the card itself is.");
    const QString none =
        m_lens ? tr("%1 owns no pain points or opportunities here yet.").arg(lensName())
               : tr("No pain points or opportunities here yet.");
    s.note->setText(groups.isEmpty() ? none : how);
    s.note->setVisible(true);
}

void Dashboard::fillKpis(const DocumentData& data)
{
    const QList<dashboard::KpiRow> rows = dashboard::kpiRows(data, m_journey, m_lens);
    m_kpis->setRows(*m_doc, rows);
    m_kpis->setVisible(!rows.isEmpty());
    const auto off = std::count_if(rows.begin(), rows.end(),
                                   [](const dashboard::KpiRow& r) { return r.offTarget(); });
    const Section& s = m_sections[KpiSection];
    s.title->setText(m_lens ? tr("KPIs of the cards %1 owns or contributes to").arg(lensName())
                            : tr("KPIs against their targets"));
    const QString direction =
        tr("NPS, CSAT and CES (1–7 ease scale): higher is better. Free KPIs have no known "
           "direction: a miss on either side counts (▼ below, ▲ above the target).");
    s.note->setText(rows.isEmpty()
                        ? tr("No KPIs here yet.")
                        : tr("%1 of %2 off target. ").arg(off).arg(rows.size()) + direction);
    s.note->setVisible(true);
}

} // namespace cx
