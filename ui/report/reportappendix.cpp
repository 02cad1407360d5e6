// The appendix: every card of the journey in one table, in reading order; of
// a journey of more than appendixCardLimit cards, the cards that matter
// (reportfocus.h) and how to get the rest.

#include "model/document.h"
#include "reportcontent.h"
#include "reportfocus.h"

namespace cx::report {

namespace {

QString listed(const JourneyFocus& focus)
{
    QStringList what{QStringLiteral("its pain points"), QStringLiteral("opportunities")};
    if (!focus.chains().isEmpty())
        what << QStringLiteral("the cards on the top %1 impact chains").arg(focus.chains().size());
    if (focus.departmentReport()) {
        QStringList names;
        for (Id id : focus.departments())
            names << focus.facts().department(id)->name;
        what << QStringLiteral("the cards of %1").arg(names.join(QStringLiteral(", ")));
    }
    return what.mid(0, what.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           what.last();
}

} // namespace

void buildAppendix(const JourneyFacts& f, const JourneyFocus& focus, Flow& flow)
{
    flow.addHeading(focus.limitsCards() ? QStringLiteral("Appendix: the cards that matter")
                                        : QStringLiteral("Appendix: every card"),
                    flow.styles().h1, 0, false);
    if (f.cardIds.isEmpty()) {
        flow.addParagraph(QStringLiteral("The journey has no cards yet."), flow.styles().body, 3);
        return;
    }
    const QList<Id> cardIds = focus.appendixCards();
    const QString howToGetAll =
        QStringLiteral("cxmap export --full-appendix, or \u201cEvery card in the appendix\u201d "
                       "in the export dialog, lists them all, and so does File > Export > CSV.");
    if (focus.limitsCards() && cardIds.isEmpty()) {
        flow.addParagraph(QStringLiteral("The journey has %1 cards and none of them is %2, so none "
                                         "is listed here. ")
                                  .arg(f.cardIds.size())
                                  .arg(focus.departmentReport()
                                           ? QStringLiteral("a pain point, an opportunity, on a "
                                                            "top impact chain or of the chosen "
                                                            "departments")
                                           : QStringLiteral("a pain point, an opportunity or on a "
                                                            "top impact chain")) +
                              howToGetAll,
                          flow.styles().body, 3);
        return;
    }
    if (focus.limitsCards()) {
        flow.addParagraph(
            QStringLiteral("The journey has %1 cards; listed here are the %2 that matter: %3, in "
                           "reading order. %4 cards are left out: ")
                    .arg(f.cardIds.size())
                    .arg(cardIds.size())
                    .arg(listed(focus))
                    .arg(f.cardIds.size() - cardIds.size()) +
                howToGetAll,
            flow.styles().body, 3);
    } else {
        flow.addParagraph(QStringLiteral("The %1 cards of the journey in reading order: stage by "
                                         "stage, lane by lane, as they sit on the map.")
                              .arg(f.cardIds.size()),
                          flow.styles().body, 3);
    }
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
    for (int i = 0; i < cardIds.size(); ++i) {
        const Card* c = f.doc.card(cardIds[i]);
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
