// What the overview of a big journey shows and which tiles its detail pages
// print (reportoverview.h).

#include "analysis/analysis.h"
#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "reportcontent.h"
#include "reportfocus.h"
#include "reportoverview.h"
#include "reporttext.h"

#include <algorithm>

namespace cx::report {

namespace {

// Whether a lane row shows (in part) on a tile: as MapPages' key says.
bool rowOnTile(const canvas::CanvasLayout::Row& row, const MapTile& t)
{
    return row.top < t.bottom - canvas::cellPadding && row.top + row.height > t.top + 0.5;
}

} // namespace

QList<int> chooseTiles(const canvas::CanvasLayout& layout, const MapPlan& plan,
                       const QHash<Id, int>& weights, int max)
{
    if (!plan.tiled() || max <= 0)
        return {};
    // The tile column of each stage and the bottom of each row of tiles.
    QList<int> columnOfStage(layout.columns.size(), -1);
    for (int c = 0; c < plan.columns && c < plan.tiles.size(); ++c) {
        const MapTile& t = plan.tiles[c];
        for (int s = t.firstStage; s < t.endStage && s < columnOfStage.size(); ++s)
            columnOfStage[s] = c;
    }
    QList<qreal> bottoms;
    for (int r = 0; r < plan.rows; ++r)
        bottoms.append(plan.tiles[r * plan.columns].bottom);
    QList<qint64> score(plan.tiles.size(), 0);
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const auto pos = layout.cardPos.constFind(it.key());
        if (pos == layout.cardPos.cend())
            continue;
        const int stage = layout.columnAt(pos->x() + 1);
        const int column = stage < 0 ? -1 : columnOfStage.value(stage, -1);
        const qreal middle = pos->y() + canvas::cardHeight / 2;
        const int row =
            int(std::upper_bound(bottoms.begin(), bottoms.end(), middle) - bottoms.begin());
        if (column < 0 || row >= plan.rows)
            continue;
        score[row * plan.columns + column] += it.value();
    }
    QList<int> chosen;
    for (int i = 0; i < score.size(); ++i) {
        if (score[i] > 0)
            chosen.append(i);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [&](int a, int b) { return score[a] > score[b]; });
    if (chosen.size() > max)
        chosen.resize(max);
    std::sort(chosen.begin(), chosen.end()); // printed in map order
    return chosen;
}

QHash<Id, int> mapWeights(const JourneyFocus& focus)
{
    const JourneyFacts& f = focus.facts();
    QHash<Id, int> weights;
    for (Id id : f.cardIds) {
        const Card* c = f.doc.card(id);
        const int w = c ? focus.mapWeight(*c, f.laneKind(c->laneId)) : 0;
        if (w > 0)
            weights.insert(id, w);
    }
    return weights;
}

OverviewData overviewData(const JourneyFocus& focus, const canvas::CanvasLayout& layout,
                          const MapPlan& plan, const QList<int>& shown)
{
    const JourneyFacts& f = focus.facts();
    OverviewData d;
    QHash<Id, std::optional<double>> curve;
    for (const analysis::StageRollup& s : f.rollups.stages)
        curve.insert(s.stageId, s.curve);
    QHash<Id, int> stageColumn, laneRow;
    for (int c = 0; c < layout.columns.size(); ++c) {
        const Id id = layout.columns[c].stageId;
        stageColumn.insert(id, c);
        d.stages.append(f.stageName(id));
        d.emotion.append(curve.value(id));
    }
    for (int r = 0; r < layout.rows.size(); ++r) {
        laneRow.insert(layout.rows[r].laneId, r);
        d.lanes.append(f.laneName(layout.rows[r].laneId));
    }
    const int stages = int(d.stages.size());
    d.cards = QList<QList<int>>(d.lanes.size(), QList<int>(stages, 0));
    d.pains = d.cards;
    d.detailed = QList<QList<bool>>(d.lanes.size(), QList<bool>(stages, false));
    for (Id id : f.cardIds) {
        const Card* c = f.doc.card(id);
        const int column = c ? stageColumn.value(c->stageId, -1) : -1;
        const int row = c ? laneRow.value(c->laneId, -1) : -1;
        if (column < 0 || row < 0)
            continue;
        ++d.cards[row][column];
        if (analysis::isPainPoint(*c, f.laneKind(c->laneId)))
            ++d.pains[row][column];
    }
    for (int index : shown) {
        const MapTile& t = plan.tiles[index];
        for (int r = 0; r < layout.rows.size(); ++r) {
            if (!rowOnTile(layout.rows[r], t))
                continue;
            for (int s = t.firstStage; s < t.endStage && s < stages; ++s)
                d.detailed[r][s] = true;
        }
    }
    d.mapPages = plan.pageCount();
    d.detailPages = int(shown.size());
    QStringList reasons;
    if (!focus.chains().isEmpty())
        reasons << ReportTr::tr("the top impact chains");
    reasons << ReportTr::tr("the pain points that score highest");
    if (focus.departmentReport()) {
        QStringList names;
        for (Id id : focus.departments())
            names << shortNameOf(f.department(id));
        reasons << ReportTr::tr("the cards of %1").arg(names.join(QStringLiteral(", ")));
    }
    d.detailReasons = reasons.size() == 1
                          ? reasons[0]
                          : reasons.mid(0, reasons.size() - 1).join(QStringLiteral(", ")) +
                                ReportTr::tr(" and ") + reasons.last();
    for (int i = 0; i < focus.chains().size(); ++i) {
        const TopChain& chain = focus.chains()[i];
        const Card* c = f.doc.card(chain.rootCauseId);
        if (!c)
            continue;
        // One arg() call: a "%7" in a title or a name stays text.
        d.chains.append(ReportTr::tr("%1. %2 (%3 · %4 · %5): reaches %6, %7 unhappy")
                            .arg(QString::number(i + 1), c->title, f.stageName(c->stageId),
                                 f.laneName(c->laneId), shortNameOf(f.department(c->accountableId)),
                                 ReportTr::tr("%n customer moment(s)", nullptr, chain.moments),
                                 QString::number(chain.unhappy)));
    }
    return d;
}

} // namespace cx::report
