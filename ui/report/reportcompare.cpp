// The comparison section: a future-state journey against the current state it
// was cloned from (core/analysis/compare.h): the counts, the emotion stage by
// stage, and the cards added, removed and changed.

#include "analysis/compare.h"
#include "model/document.h"
#include "reportcontent.h"
#include "reporttext.h"

#include <cmath>

namespace cx::report {

namespace {

QString aspectWord(analysis::CardAspect a)
{
    using A = analysis::CardAspect;
    switch (a) {
    case A::Title:
        return ReportTr::tr("title", "changed card field");
    case A::Description:
        return ReportTr::tr("description", "changed card field");
    case A::Channel:
        return ReportTr::tr("channel", "changed card field");
    case A::Accountable:
        return ReportTr::tr("owner", "changed card field");
    case A::Contributing:
        return ReportTr::tr("contributors", "changed card field");
    case A::Emotion:
        return ReportTr::tr("emotion", "changed card field");
    case A::Evidence:
        return ReportTr::tr("evidence", "changed card field");
    case A::Severity:
        return ReportTr::tr("pain severity", "changed card field");
    case A::Impact:
        return ReportTr::tr("impact", "changed card field");
    case A::Status:
        return ReportTr::tr("status", "changed card field");
    case A::Votes:
        return ReportTr::tr("votes", "changed card field");
    case A::Kpis:
        return ReportTr::tr("KPIs", "changed card field");
    case A::Tags:
        return ReportTr::tr("tags", "changed card field");
    case A::Stage:
        return ReportTr::tr("stage", "changed card field");
    case A::Lane:
        return ReportTr::tr("lane", "changed card field");
    }
    return {};
}

// A list of cards: where each sits, its title and its owner.
void addCardList(const JourneyFacts& f, const QString& title, const QList<Id>& cards, Flow& flow)
{
    flow.addHeading(QStringLiteral("%1 (%2)").arg(title).arg(cards.size()), flow.styles().h2, 6);
    if (cards.isEmpty()) {
        flow.addParagraph(ReportTr::tr("None.", "nothing in this list"), flow.styles().body, 1);
        return;
    }
    QList<QList<Cell>> rows;
    for (Id id : cards) {
        const Card* c = f.doc.card(id);
        if (c)
            rows.append({textCell(c->title, f.stageName(c->stageId) + QStringLiteral(" \u00b7 ") +
                                                f.laneName(c->laneId)),
                         departmentCell(f.department(c->accountableId)), emotionCell(c->emotion)});
    }
    addTable(flow,
             {{ReportTr::tr("Card", "table column"), 55},
              {ReportTr::tr("Accountable", "table column: accountable department"), 27,
               Qt::AlignLeft, departmentWidth(f, flow.styles(), flow.unit())},
              {ReportTr::tr("Emotion", "table column or chart series"), 18, Qt::AlignLeft,
               emotionWidth(flow.styles(), flow.unit())}},
             rows);
}

} // namespace

void buildComparison(const JourneyFacts& f, Id currentId, Id futureId, Flow& flow)
{
    const analysis::JourneyComparison cmp = analysis::compareJourneys(f.data, currentId, futureId);
    const Journey* current = f.doc.journey(currentId);
    const Journey* future = f.doc.journey(futureId);
    flow.addHeading(ReportTr::tr("Current and future state"), flow.styles().h1, 0, false);
    flow.addParagraph(ReportTr::tr("The future state “%1” against the current state “%2” "
                                   "it was designed from: %3 added, %4 removed, %5 changed and %6 "
                                   "unchanged.")
                          .arg(future ? future->name : QString(),
                               current ? current->name : QString(),
                               ReportTr::tr("%n card(s)", nullptr, int(cmp.added.size())),
                               QString::number(cmp.removed.size()),
                               QString::number(cmp.changed.size()), QString::number(cmp.unchanged)),
                      flow.styles().body, 3);

    flow.addHeading(ReportTr::tr("Emotion, stage by stage"), flow.styles().h2, 6);
    QList<QList<Cell>> stages;
    for (const analysis::StageDelta& s : cmp.stages) {
        Cell change = !s.delta ? textCell(QStringLiteral("\u2014"))
                      : std::abs(*s.delta) < 0.05
                          ? textCell(ReportTr::tr("no change", "emotion change"))
                          : textCell(signedNumber(*s.delta) +
                                     (*s.delta > 0 ? ReportTr::tr(" better", "emotion change")
                                                   : ReportTr::tr(" worse", "emotion change")));
        if (s.delta && *s.delta > 0.05)
            change.color = QColor(0x1b, 0x7f, 0x3b);
        else if (s.delta && *s.delta < -0.05)
            change.color = QColor(0xb0, 0x2a, 0x2a);
        stages.append(
            {textCell(s.name, !s.currentStageId
                                  ? ReportTr::tr("new stage", "stage only in the future state")
                              : !s.futureStageId
                                  ? ReportTr::tr("dropped", "stage not in the future state")
                                  : QString()),
             emotionCell(s.current), emotionCell(s.future), change});
    }
    const qreal emotion = emotionWidth(flow.styles(), flow.unit());
    addTable(flow,
             {{ReportTr::tr("Stage", "table column"), 31},
              {ReportTr::tr("Current", "table column: current state"), 23, Qt::AlignLeft, emotion},
              {ReportTr::tr("Future", "table column: future state"), 23, Qt::AlignLeft, emotion},
              {ReportTr::tr("Change", "table column: emotion change"), 23}},
             stages);

    addCardList(f, ReportTr::tr("Cards added"), cmp.added, flow);
    addCardList(f, ReportTr::tr("Cards removed"), cmp.removed, flow);

    flow.addHeading(ReportTr::tr("Cards changed (%1)").arg(cmp.changed.size()), flow.styles().h2,
                    6);
    if (cmp.changed.isEmpty()) {
        flow.addParagraph(ReportTr::tr("None.", "nothing in this list"), flow.styles().body, 1);
        return;
    }
    QList<QList<Cell>> rows;
    for (const analysis::CardMatch& m : cmp.changed) {
        const Card* before = f.doc.card(m.currentCardId);
        const Card* after = f.doc.card(m.futureCardId);
        if (!before || !after)
            continue;
        QStringList what;
        for (analysis::CardAspect a : m.changes)
            what << aspectWord(a);
        const QString was =
            before->title == after->title ? QString() : ReportTr::tr("was “%1”").arg(before->title);
        rows.append({textCell(after->title, was), textCell(what.join(QStringLiteral(", "))),
                     emotionCell(before->emotion), emotionCell(after->emotion)});
    }
    addTable(flow,
             {{ReportTr::tr("Card (future state)"), 38},
              {ReportTr::tr("What changed"), 26},
              {ReportTr::tr("Emotion before"), 18, Qt::AlignLeft, emotion},
              {ReportTr::tr("after", "table column: emotion after the change"), 18, Qt::AlignLeft,
               emotion}},
             rows);
}

} // namespace cx::report
