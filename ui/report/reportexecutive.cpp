// The executive page ("At a glance"), the page after the cover: the answer
// first. One sentence names the root cause whose reach holds the most
// unhappy moments, the chain it runs through and the department that owns it;
// then the few pain points and opportunities to act on, by priority score,
// each with its owner. Never more than one page: the list shortens (three,
// two, one, none) until it fits; the sentence always stays.
//
// A department report's page is about its departments: the sentence names
// the root cause among the cards they are accountable for (their processes)
// that reaches the most unhappy moments, and the items are their own pain
// points and opportunities (accountable), by priority score.

#include "analysis/actions.h"
#include "analysis/chains.h"
#include "analysis/reviews.h"
#include "analysis/rootcauses.h"
#include "model/document.h"
#include "model/shorttext.h"
#include "reportcontent.h"
#include "reporttext.h"

#include <algorithm>

namespace cx::report {

namespace {

// A title as the page quotes it: whole up to a line's worth, else cut.
QString quoted(const QString& title)
{
    constexpr int longest = 90;
    QString t = title.simplified();
    if (t.size() > longest)
        t = t.left(longest - 1).trimmed() + QChar(0x2026);
    return inQuotes(t);
}

QString ownerName(const JourneyFacts& f, Id departmentId)
{
    const Department* d = f.department(departmentId);
    return d ? d->name : ReportTr::tr("no department");
}

// "The overnight credit-check batch (Billing & Finance) feeds 4 unhappy
// moments, from Checkout to Installation day." Or, when no process reaches an
// unhappy moment, where the journey hurts most.
QString headline(const JourneyFacts& f, const analysis::RootCauseReach* top,
                 const QString& departments)
{
    if (top && !top->unhappy.isEmpty()) {
        const Card* c = f.doc.card(top->cardId);
        const int n = int(top->unhappy.size());
        QString where;
        if (top->stageIds.size() == 1)
            where = ReportTr::tr(", at %1").arg(f.stageName(top->stageIds.first()));
        else
            where = ReportTr::tr(", from %1 to %2")
                        .arg(f.stageName(top->stageIds.first()), f.stageName(top->stageIds.last()));
        // One arg() call: a "%3" in a title stays text.
        return ReportTr::tr("%1 (%2) feeds %n unhappy moment(s)%3.", nullptr, n)
            .arg(quoted(c ? c->title : QString()), ownerName(f, c ? c->accountableId : 0), where);
    }
    QString s =
        departments.isEmpty()
            ? ReportTr::tr("No back-stage or support process reaches an unhappy customer moment "
                           "through its links.")
            : ReportTr::tr("None of the back-stage or support processes of %1 reaches an "
                           "unhappy customer moment through its links.")
                  .arg(departments);
    const analysis::StageRollup* worst = nullptr;
    for (const analysis::StageRollup& st : f.rollups.stages) {
        if (st.curve && (!worst || *st.curve < *worst->curve))
            worst = &st;
    }
    if (worst && *worst->curve < 0)
        s += ReportTr::tr(" The journey feels worst at %1 (%2), with %n pain point(s).", nullptr,
                          worst->painPoints)
                 .arg(f.stageName(worst->stageId), signedNumber(*worst->curve));
    return s;
}

// The chain to the furthest unhappy moment: "A → B → C (Installation day)".
QString chainLine(const JourneyFacts& f, const analysis::RootCauseReach& top)
{
    const analysis::CardChains chains = analysis::chainsOfCard(f.data, top.cardId);
    const analysis::ChainCard* furthest = nullptr;
    for (const analysis::ChainCard& c : chains.forward.cards) {
        if (c.unhappy && (!furthest || c.distance > furthest->distance))
            furthest = &c;
    }
    if (!furthest)
        return {};
    QStringList steps;
    for (Id id : furthest->path) {
        const Card* c = f.doc.card(id);
        steps.append(c ? quoted(c->title) : QString::number(id));
    }
    const Card* last = f.doc.card(furthest->cardId);
    QStringList others;
    for (Id id : top.unhappy) {
        if (id == furthest->cardId)
            continue;
        if (const Card* c = f.doc.card(id))
            others.append(quoted(c->title));
    }
    QString s = ReportTr::tr("The chain: %1 (%2).")
                    .arg(steps.join(QStringLiteral(" \u2192 ")),
                         last ? f.stageName(last->stageId) : QString());
    if (!others.isEmpty()) {
        const int shown = std::min(3, int(others.size()));
        s +=
            ReportTr::tr(" It also reaches %1%2.")
                .arg(others.mid(0, shown).join(QStringLiteral(", ")),
                     others.size() > shown ? ReportTr::tr(" and %1 more").arg(others.size() - shown)
                                           : QString());
    }
    return s;
}

// The map after the workshop, in one line: how many of the cards (of the
// report's departments) are reviewed, and the actions overdue. Empty while
// the journey has neither reviews nor actions.
QString livingLine(const JourneyFacts& f, const QList<Id>& departments)
{
    const QList<Id> scope = departments.isEmpty() ? QList<Id>{0} : departments;
    ReviewCount reviewed;
    int actions = 0;
    int overdue = 0;
    const QDate now = today(f.doc);
    for (Id d : scope) {
        const ReviewCount n = reviewCount(f.doc, f.journeyId, d);
        reviewed.reviewed += n.reviewed;
        reviewed.cards += n.cards;
        for (const ActionRef& r : departmentActions(f.doc, d, f.journeyId)) {
            ++actions;
            overdue += isOverdue(r.of(f.doc), now) ? 1 : 0;
        }
    }
    const bool reviews = std::any_of(f.cardIds.cbegin(), f.cardIds.cend(),
                                     [&](Id id) { return f.doc.card(id)->reviewedAt.isValid(); });
    QStringList parts;
    if (reviews)
        parts << reviewSummary(reviewed, QString(), f.doc.reviewIntervalDays());
    if (actions > 0)
        parts << ReportTr::tr("%n of %1 actions overdue", nullptr, overdue).arg(actions);
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral(" \u00b7 ")) + QLatin1Char('.');
}

void fill(const JourneyFacts& f, Flow& flow, const QString& sentence, const QString& chain,
          const QList<analysis::PriorityItem>& priorities, const QString& departments, int items,
          const QString& living)
{
    flow.addHeading(ReportTr::tr("At a glance"), flow.styles().h1, 0, false);
    flow.addParagraph(sentence, flow.styles().h2, 4);
    if (!chain.isEmpty())
        flow.addParagraph(chain, flow.styles().body, 2, palette::muted);

    int moments = 0;
    int unhappy = 0;
    for (Id id : f.cardIds) {
        const Card* c = f.doc.card(id);
        const LaneKind kind = f.laneKind(c->laneId);
        moments += analysis::isCustomerMoment(kind);
        unhappy += analysis::isUnhappyMoment(*c, kind);
    }
    int pains = 0;
    for (const analysis::StageRollup& s : f.rollups.stages)
        pains += s.painPoints;
    flow.add(std::make_unique<FiguresBlock>(
                 flow.styles(),
                 QList<FiguresBlock::Figure>{
                     {QString::number(unhappy), ReportTr::tr("Unhappy moments"),
                      unhappy ? palette::warning : QColor()},
                     {QString::number(moments), ReportTr::tr("Customer moments"), {}},
                     {QString::number(pains), ReportTr::tr("Pain points"), {}},
                     {QString::number(f.involvedDepartments()),
                      ReportTr::tr("Departments involved"),
                      {}}},
                 flow.width(), flow.unit()),
             6 * flow.unit());
    if (!living.isEmpty())
        flow.addParagraph(living, flow.styles().body, 2, palette::muted);

    if (items <= 0)
        return;
    flow.addHeading(ReportTr::tr("Act on these first"), flow.styles().h2, 8);
    if (priorities.isEmpty())
        return flow.addParagraph(
            departments.isEmpty()
                ? ReportTr::tr("No pain point or opportunity on this journey.")
                : ReportTr::tr("No pain point or opportunity of %1 on this journey.")
                      .arg(departments),
            flow.styles().body, 1);
    addPriorityTable(f, flow, priorities.mid(0, items), true);
}

bool ownedBy(const JourneyFacts& f, Id cardId, const QList<Id>& departments)
{
    const Card* c = f.doc.card(cardId);
    return c && departments.contains(c->accountableId);
}

} // namespace

QString departmentsLabel(const QStringList& names, bool every)
{
    if (names.size() <= 1)
        return names.value(0);
    if (!every && names.size() > 2)
        return ReportTr::tr("%1 departments").arg(names.size());
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + ReportTr::tr(" and ") +
           names.last();
}

Flow buildExecutive(const JourneyFacts& f, const QList<Id>& departments,
                    const std::function<Flow()>& newFlow)
{
    const QList<analysis::RootCauseReach> causes = analysis::rootCausesByReach(f.data, f.journeyId);
    const analysis::RootCauseReach* top = causes.isEmpty() ? nullptr : &causes.first();
    QList<analysis::PriorityItem> priorities = f.priorities;
    QString names;
    if (!departments.isEmpty()) {
        // Ranked by unhappy moments reached: their first process is the answer.
        const auto mine = std::find_if(causes.begin(), causes.end(), [&](const auto& cause) {
            return ownedBy(f, cause.cardId, departments);
        });
        top = mine == causes.end() ? nullptr : &*mine;
        priorities.removeIf([&](const analysis::PriorityItem& item) {
            return !departments.contains(item.departmentId);
        });
        QStringList list;
        for (Id id : departments)
            list << ownerName(f, id);
        names = departmentsLabel(list, true);
    }
    const QString sentence = headline(f, top, names);
    const QString chain = top && !top->unhappy.isEmpty() ? chainLine(f, *top) : QString();
    const QString living = livingLine(f, departments);
    // The list shortens first, then the chain goes; the sentence stays.
    for (const bool withChain : {true, false}) {
        for (int items = 3; items >= 0; --items) {
            Flow flow = newFlow();
            fill(f, flow, sentence, withChain ? chain : QString(), priorities, names, items,
                 living);
            if (flow.paginate().size() == 1 || (!withChain && items == 0))
                return flow;
        }
    }
    return newFlow(); // not reached
}

} // namespace cx::report
