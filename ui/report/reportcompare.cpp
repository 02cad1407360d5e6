// The comparison section: a future-state journey against the current state it
// was cloned from (core/analysis/compare.h): the counts, the emotion stage by
// stage, and the cards added, removed and changed.

#include "analysis/compare.h"
#include "model/document.h"
#include "reportcontent.h"

#include <cmath>

namespace cx::report {

namespace {

QString aspectWord(analysis::CardAspect a)
{
    using A = analysis::CardAspect;
    switch (a) {
    case A::Title:
        return QStringLiteral("title");
    case A::Description:
        return QStringLiteral("description");
    case A::Channel:
        return QStringLiteral("channel");
    case A::Accountable:
        return QStringLiteral("owner");
    case A::Contributing:
        return QStringLiteral("contributors");
    case A::Emotion:
        return QStringLiteral("emotion");
    case A::Evidence:
        return QStringLiteral("evidence");
    case A::Severity:
        return QStringLiteral("pain severity");
    case A::Impact:
        return QStringLiteral("impact");
    case A::Status:
        return QStringLiteral("status");
    case A::Votes:
        return QStringLiteral("votes");
    case A::Kpis:
        return QStringLiteral("KPIs");
    case A::Tags:
        return QStringLiteral("tags");
    case A::Stage:
        return QStringLiteral("stage");
    case A::Lane:
        return QStringLiteral("lane");
    }
    return {};
}

// A list of cards: where each sits, its title and its owner.
void addCardList(const JourneyFacts& f, const QString& title, const QList<Id>& cards, Flow& flow)
{
    flow.addHeading(QStringLiteral("%1 (%2)").arg(title).arg(cards.size()), flow.styles().h2, 6);
    if (cards.isEmpty()) {
        flow.addParagraph(QStringLiteral("None."), flow.styles().body, 1);
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
    addTable(
        flow,
        {{QStringLiteral("Card"), 55},
         {QStringLiteral("Accountable"), 27, Qt::AlignLeft,
          departmentWidth(f, flow.styles(), flow.unit())},
         {QStringLiteral("Emotion"), 18, Qt::AlignLeft, emotionWidth(flow.styles(), flow.unit())}},
        rows);
}

} // namespace

void buildComparison(const JourneyFacts& f, Id currentId, Id futureId, Flow& flow)
{
    const analysis::JourneyComparison cmp = analysis::compareJourneys(f.data, currentId, futureId);
    const Journey* current = f.doc.journey(currentId);
    const Journey* future = f.doc.journey(futureId);
    flow.addHeading(QStringLiteral("Current and future state"), flow.styles().h1, 0, false);
    flow.addParagraph(
        QStringLiteral("The future state \u201c%1\u201d against the current state \u201c%2\u201d "
                       "it was designed from: %3 added, %4 removed, %5 changed and %6 "
                       "unchanged.")
            .arg(future ? future->name : QString(), current ? current->name : QString(),
                 cmp.added.size() == 1 ? QStringLiteral("1 card")
                                       : QStringLiteral("%1 cards").arg(cmp.added.size()),
                 QString::number(cmp.removed.size()), QString::number(cmp.changed.size()),
                 QString::number(cmp.unchanged)),
        flow.styles().body, 3);

    flow.addHeading(QStringLiteral("Emotion, stage by stage"), flow.styles().h2, 6);
    QList<QList<Cell>> stages;
    for (const analysis::StageDelta& s : cmp.stages) {
        Cell change =
            !s.delta ? textCell(QStringLiteral("\u2014"))
            : std::abs(*s.delta) < 0.05
                ? textCell(QStringLiteral("no change"))
                : textCell(signedNumber(*s.delta) +
                           (*s.delta > 0 ? QStringLiteral(" better") : QStringLiteral(" worse")));
        if (s.delta && *s.delta > 0.05)
            change.color = QColor(0x1b, 0x7f, 0x3b);
        else if (s.delta && *s.delta < -0.05)
            change.color = QColor(0xb0, 0x2a, 0x2a);
        stages.append({textCell(s.name, !s.currentStageId  ? QStringLiteral("new stage")
                                        : !s.futureStageId ? QStringLiteral("dropped")
                                                           : QString()),
                       emotionCell(s.current), emotionCell(s.future), change});
    }
    const qreal emotion = emotionWidth(flow.styles(), flow.unit());
    addTable(flow,
             {{QStringLiteral("Stage"), 31},
              {QStringLiteral("Current"), 23, Qt::AlignLeft, emotion},
              {QStringLiteral("Future"), 23, Qt::AlignLeft, emotion},
              {QStringLiteral("Change"), 23}},
             stages);

    addCardList(f, QStringLiteral("Cards added"), cmp.added, flow);
    addCardList(f, QStringLiteral("Cards removed"), cmp.removed, flow);

    flow.addHeading(QStringLiteral("Cards changed (%1)").arg(cmp.changed.size()), flow.styles().h2,
                    6);
    if (cmp.changed.isEmpty()) {
        flow.addParagraph(QStringLiteral("None."), flow.styles().body, 1);
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
        const QString was = before->title == after->title
                                ? QString()
                                : QStringLiteral("was \u201c%1\u201d").arg(before->title);
        rows.append({textCell(after->title, was), textCell(what.join(QStringLiteral(", "))),
                     emotionCell(before->emotion), emotionCell(after->emotion)});
    }
    addTable(flow,
             {{QStringLiteral("Card (future state)"), 38},
              {QStringLiteral("What changed"), 26},
              {QStringLiteral("Emotion before"), 18, Qt::AlignLeft, emotion},
              {QStringLiteral("after"), 18, Qt::AlignLeft, emotion}},
             rows);
}

} // namespace cx::report
