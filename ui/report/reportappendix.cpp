// The appendix: every card of the journey in one table, in reading order; of
// a journey of more than appendixCardLimit cards, the cards that matter
// (reportfocus.h) and how to get the rest. A department report's lists its
// departments' cards and the cards their chains reach, each with its
// comments.

#include "model/document.h"
#include "reportcontent.h"
#include "reportfocus.h"
#include "reporttext.h"

namespace cx::report {

namespace {

QString listed(const JourneyFocus& focus)
{
    QStringList what{ReportTr::tr("its pain points"), ReportTr::tr("opportunities")};
    if (!focus.chains().isEmpty())
        what << ReportTr::tr("the cards on the top %1 impact chains").arg(focus.chains().size());
    return what.mid(0, what.size() - 1).join(QStringLiteral(", ")) + ReportTr::tr(" and ") +
           what.last();
}

// Every name ("Billing & Finance, IT and HR"), or short ("3 departments").
QString names(const JourneyFocus& focus, bool every)
{
    QStringList names;
    for (Id id : focus.departments())
        names << focus.facts().department(id)->name;
    return departmentsLabel(names, every);
}

// In a department report, the card cell's muted second part: why a card
// the departments are not accountable for is listed, then its comments,
// oldest first.
QString notesOf(const JourneyFocus& focus, const Card& c)
{
    QStringList lines;
    const QList<Id>& chosen = focus.departments();
    if (!chosen.contains(c.accountableId) && focus.departmentScope().contains(c.id)) {
        QStringList contributors;
        for (Id id : c.contributingIds) {
            if (chosen.contains(id))
                contributors << focus.facts().department(id)->name;
        }
        lines << (contributors.isEmpty()
                      ? ReportTr::tr("Reached by their links")
                      : ReportTr::tr("Contributing: ") + contributors.join(QStringLiteral(", ")));
    }
    for (const Comment& comment : c.comments) {
        const QString who = comment.author.simplified();
        lines << (who.isEmpty() ? QString() : who + QStringLiteral(": ")) +
                     comment.text.simplified();
    }
    return lines.join(u'\n');
}

void describeScope(const JourneyFacts& f, const JourneyFocus& focus, int listed,
                   const QString& howToGetAll, Flow& flow)
{
    const int own = focus.ownCardCount();
    flow.addParagraph(
        ReportTr::tr("Listed here, in reading order and each with its comments, are the %1 "
                     "cards of %2 (accountable or contributing) and the %3 cards their chains "
                     "reach (their links followed forward, across departments). The journey's "
                     "other %4 cards are left out: ")
                .arg(QString::number(own), names(focus, true), QString::number(listed - own),
                     QString::number(f.cardIds.size() - listed)) + // one pass: names may hold %
            howToGetAll,
        flow.styles().body, 3);
}

} // namespace

QString appendixTitle(const JourneyFocus& focus)
{
    if (focus.scopesAppendix())
        return ReportTr::tr("Appendix: the cards of %1").arg(names(focus, false));
    return focus.limitsCards() ? ReportTr::tr("Appendix: the cards that matter")
                               : ReportTr::tr("Appendix: every card");
}

void buildAppendix(const JourneyFacts& f, const JourneyFocus& focus, Flow& flow)
{
    flow.addHeading(appendixTitle(focus), flow.styles().h1, 0, false);
    if (f.cardIds.isEmpty()) {
        flow.addParagraph(ReportTr::tr("The journey has no cards yet."), flow.styles().body, 3);
        return;
    }
    const QList<Id> cardIds = focus.appendixCards();
    const QString howToGetAll =
        ReportTr::tr("cxmap export --full-appendix, or “Every card in the appendix” "
                     "in the export dialog, lists them all, and so does File > Export > CSV.");
    if (focus.scopesAppendix()) {
        describeScope(f, focus, int(cardIds.size()), howToGetAll, flow);
        if (cardIds.isEmpty())
            return;
    } else if (focus.limitsCards() && cardIds.isEmpty()) {
        flow.addParagraph(ReportTr::tr("The journey has %1 cards and none of them is %2, so none "
                                       "is listed here. ")
                                  .arg(f.cardIds.size())
                                  .arg(ReportTr::tr("a pain point, an opportunity or on a "
                                                    "top impact chain")) +
                              howToGetAll,
                          flow.styles().body, 3);
        return;
    } else if (focus.limitsCards()) {
        flow.addParagraph(
            ReportTr::tr("The journey has %1 cards; listed here are the %2 that matter: %3, in "
                         "reading order. %4 cards are left out: ")
                    .arg(f.cardIds.size())
                    .arg(cardIds.size())
                    .arg(listed(focus))
                    .arg(f.cardIds.size() - cardIds.size()) +
                howToGetAll,
            flow.styles().body, 3);
    } else {
        flow.addParagraph(ReportTr::tr("The %1 cards of the journey in reading order: stage by "
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
        {ReportTr::tr("Stage", "table column"), 13, Qt::AlignLeft,
         longestWord(stages, s.tableBold)},
        {ReportTr::tr("Lane", "table column"), 13, Qt::AlignLeft, longestWord(lanes, s.table)},
        {ReportTr::tr("Card", "table column"), 36},
        {ReportTr::tr("Accountable", "table column: accountable department"), 20, Qt::AlignLeft,
         departmentWidth(f, s, flow.unit())},
        {ReportTr::tr("Emotion", "table column or chart series"), 12, Qt::AlignLeft,
         emotionWidth(s, flow.unit())},
        {ReportTr::tr("Votes", "table column"), 6, Qt::AlignRight}};
    const TableHeader* header = addTable(flow, columns, {}, 4);
    const bool withNotes = focus.departmentReport();
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
                                   textCell(c->title, withNotes ? notesOf(focus, *c) : QString()),
                                   departmentCell(f.department(c->accountableId)),
                                   emotionCell(c->emotion),
                                   c->votes ? numberCell(c->votes) : Cell()};
        flow.add(std::make_unique<TableRow>(flow.styles(), header, cells, i % 2 == 1));
    }
}

} // namespace cx::report
