// The appendix: every card of the journey in one table, in reading order.

#include "model/document.h"
#include "reportcontent.h"

namespace cx::report {

void buildAppendix(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(QStringLiteral("Appendix: every card"), flow.styles().h1, 0, false);
    if (f.cardIds.isEmpty()) {
        flow.addParagraph(QStringLiteral("The journey has no cards yet."), flow.styles().body, 3);
        return;
    }
    flow.addParagraph(QStringLiteral("The %1 cards of the journey in reading order: stage by "
                                     "stage, lane by lane, as they sit on the map.")
                          .arg(f.cardIds.size()),
                      flow.styles().body, 3);
    // No word breaks in the stage, lane, department and emotion columns.
    QStringList stages, lanes;
    for (Id id : f.stageIds)
        stages << f.stageName(id);
    for (Id id : f.doc.laneIds(f.journeyId))
        lanes << f.laneName(id);
    const Styles& s = flow.styles();
    const QList<TableColumn> columns = {
        {QStringLiteral("Stage"), 13, Qt::AlignLeft, longestWord(stages, s.tableBold)},
        {QStringLiteral("Lane"), 13, Qt::AlignLeft, longestWord(lanes, s.table)},
        {QStringLiteral("Card"), 36},
        {QStringLiteral("Accountable"), 20, Qt::AlignLeft, departmentWidth(f, s, flow.unit())},
        {QStringLiteral("Emotion"), 12, Qt::AlignLeft, emotionWidth(s, flow.unit())},
        {QStringLiteral("Votes"), 6, Qt::AlignRight}};
    const TableHeader* header = addTable(flow, columns, {}, 4);
    Id stage = 0, lane = 0;
    for (int i = 0; i < f.cardIds.size(); ++i) {
        const Card* c = f.doc.card(f.cardIds[i]);
        // A stage and a lane are named where they begin, and again (muted) at
        // the top of a page that continues them: the table reads as groups.
        Cell stageCell = textCell(f.stageName(c->stageId));
        Cell laneCell = textCell(f.laneName(c->laneId));
        stageCell.style = &flow.styles().tableBold;
        if (c->stageId == stage) {
            stageCell.quiet = true;
            stageCell.color = palette::muted;
        }
        if (c->stageId == stage && c->laneId == lane) {
            laneCell.quiet = true;
            laneCell.color = palette::muted;
        }
        stage = c->stageId;
        lane = c->laneId;
        const QList<Cell> cells = {stageCell,
                                   laneCell,
                                   textCell(c->title),
                                   departmentCell(f.department(c->accountableId)),
                                   emotionCell(c->emotion),
                                   c->votes ? numberCell(c->votes) : Cell()};
        flow.add(std::make_unique<TableRow>(flow.styles(), header, cells, i % 2 == 1));
    }
}

} // namespace cx::report
