// A department's section: its figures, its cards per stage (a chart), the
// customer moments its work feeds (impact analysis) and its cards by stage.

#include "analysis/actions.h"
#include "analysis/kpistatus.h"
#include "analysis/reviews.h"
#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "reportchart.h"
#include "reportcontent.h"
#include "reportfocus.h"
#include "reporttext.h"

#include <algorithm>

namespace cx::report {

namespace {

constexpr int impactRows = 15;

// A KPI's value exactly, as everywhere else.
QString withUnit(double value, const QString& unit)
{
    const QString number = kpiNumberText(value, QLocale::c());
    if (unit.isEmpty())
        return number;
    return number + (unit == QLatin1String("%") ? QString() : QStringLiteral(" ")) + unit;
}

// "CSAT 72% / 80% ▼" per KPI; off-target ones make the cell red.
Cell kpiCell(const Card& c)
{
    Cell cell;
    QStringList lines;
    for (const Kpi& k : c.kpis) {
        QString line = k.name + QStringLiteral(" ") + withUnit(k.value, k.unit);
        const analysis::KpiStatus status = analysis::kpiStatus(k);
        if (k.target)
            line += ReportTr::tr(" / target ") + withUnit(*k.target, k.unit);
        if (status == analysis::KpiStatus::Below)
            line += QStringLiteral(" \u25bc");
        else if (status == analysis::KpiStatus::Above)
            line += QStringLiteral(" \u25b2");
        if (analysis::isOffTarget(status))
            cell.color = palette::warning;
        lines.append(line);
    }
    cell.text = lines.join(u'\n');
    return cell;
}

const analysis::DepartmentRollup* rollupOf(const JourneyFacts& f, Id departmentId)
{
    for (const analysis::DepartmentRollup& r : f.rollups.departments) {
        if (r.departmentId == departmentId)
            return &r;
    }
    return nullptr;
}

void addFigures(const analysis::Rollup& r, Flow& flow)
{
    const QString emotion = r.meanEmotion ? signedNumber(*r.meanEmotion) : QStringLiteral("\u2014");
    const QString emotionLabel = r.meanEmotion ? ReportTr::tr("Mean emotion: ") +
                                                     emotionWord(int(std::lround(*r.meanEmotion)))
                                               : ReportTr::tr("Mean emotion");
    const QList<FiguresBlock::Figure> figures = {
        {QString::number(r.owned), ReportTr::tr("Cards owned"), {}},
        {QString::number(r.contributed),
         ReportTr::tr("Contributes to", "count label or chart series"),
         {}},
        {QString::number(r.painPoints), ReportTr::tr("Pain points owned"), palette::warning},
        {QString::number(r.votes), ReportTr::tr("Votes on its cards"), {}},
        {emotion, emotionLabel,
         r.meanEmotion ? canvas::emotionColor(int(std::lround(*r.meanEmotion))) : QColor()},
    };
    flow.add(std::make_unique<FiguresBlock>(flow.styles(), figures, flow.width(), flow.unit()),
             4 * flow.unit());
}

void addChart(const JourneyFacts& f, const analysis::DepartmentRollup& r, const QColor& color,
              Flow& flow)
{
    flow.addHeading(ReportTr::tr("Cards per stage"), flow.styles().h2, 7);
    ChartData chart;
    ChartSeries owned{ReportTr::tr("Owned", "chart series: cards owned"), color, {}};
    ChartSeries contributed{ReportTr::tr("Contributes to", "count label or chart series"),
                            canvas::tint(color, 0.6),
                            {}};
    for (int i = 0; i < f.rollups.stages.size(); ++i) {
        chart.categories.append(f.stageName(f.rollups.stages[i].stageId));
        const analysis::Rollup cell = r.perStage.value(i);
        owned.values.append(cell.owned);
        contributed.values.append(cell.contributed);
    }
    chart.series = {owned, contributed};
    chart.maxY = 1;
    chart.valueLabel = [](qreal v) { return v > 0 ? plainNumber(v) : QString(); };
    flow.add(std::make_unique<ChartBlock>(flow.styles(), chart, flow.width(), 34 * flow.unit(),
                                          flow.unit()),
             2 * flow.unit());
}

void addImpact(const JourneyFacts& f, const Department& d, Flow& flow)
{
    flow.addHeading(ReportTr::tr("Customer moments its back-stage work feeds"), flow.styles().h2,
                    7);
    const analysis::Impact impact = analysis::impactOfDepartment(f.data, d.id, f.journeyId);
    if (impact.hits.isEmpty()) {
        flow.addParagraph(ReportTr::tr("No link leads from %1's cards to a customer action or "
                                       "touchpoint of this journey.")
                              .arg(d.name),
                          flow.styles().body, 2);
        return;
    }
    flow.addParagraph(ReportTr::tr("Following the links from its cards, %1's work reaches %2 "
                                   "front-stage moments; %3 of them feel negative, with %4 "
                                   "points of emotion at stake.")
                          .arg(d.name, QString::number(impact.summary.reached),
                               QString::number(impact.summary.negative),
                               QString::number(impact.summary.emotionAtStake)),
                      flow.styles().body, 2);
    QList<QList<Cell>> rows;
    for (const analysis::ImpactHit& hit : impact.hits.mid(0, impactRows)) {
        const Card* c = f.doc.card(hit.cardId);
        const Card* source = f.doc.card(hit.path.value(0));
        if (!c)
            continue;
        Cell steps = numberCell(hit.distance);
        rows.append({textCell(c->title, f.stageName(c->stageId) + QStringLiteral(" \u00b7 ") +
                                            f.laneName(c->laneId)),
                     emotionCell(hit.emotion), steps,
                     textCell(source ? source->title : QString(),
                              source ? f.laneName(source->laneId) : QString())});
    }
    addTable(flow,
             {{ReportTr::tr("Customer moment"), 38},
              {ReportTr::tr("Emotion", "table column or chart series"), 17, Qt::AlignLeft,
               emotionWidth(flow.styles(), flow.unit())},
              {ReportTr::tr("Links away"), 10, Qt::AlignRight},
              {ReportTr::tr("Fed by its card"), 35}},
             rows);
    if (impact.hits.size() > impactRows)
        flow.addParagraph(ReportTr::tr("… and %1 more, further along the links.")
                              .arg(impact.hits.size() - impactRows),
                          flow.styles().small, 1);
}

// The review state of the cards it is accountable for (analysis/reviews.h):
// how many are reviewed within the map's interval, and the stale ones.
void addReviews(const JourneyFacts& f, const Department& d, Flow& flow)
{
    flow.addHeading(ReportTr::tr("Reviews", "heading"), flow.styles().h2, 7);
    const ReviewCount n = reviewCount(f.doc, f.journeyId, d.id);
    const int days = f.doc.reviewIntervalDays();
    QString text = reviewSummary(n, d.name, days) + QLatin1Char('.');
    if (n.stale() == 0) {
        flow.addParagraph(text, flow.styles().body, 2);
        return;
    }
    text += ReportTr::tr(" Not reviewed within %1 days:").arg(days);
    flow.addParagraph(text, flow.styles().body, 2);
    QList<QList<Cell>> rows;
    for (Id id : accountableCards(f.doc, f.journeyId, d.id)) {
        const Card* c = f.doc.card(id);
        if (!isStale(f.doc, *c))
            continue;
        const QString last =
            c->reviewedAt.isValid()
                ? ReportTr::tr("%1 by %2", "last review: date by reviewer")
                      .arg(c->reviewedAt.toString(QStringLiteral("yyyy-MM-dd")), c->reviewedBy)
                : ReportTr::tr("never", "never reviewed");
        rows.append({textCell(c->title, f.stageName(c->stageId) + QStringLiteral(" \u00b7 ") +
                                            f.laneName(c->laneId)),
                     textCell(last, {})});
    }
    const qsizetype all = rows.size();
    rows = rows.mid(0, impactRows);
    addTable(flow, {{ReportTr::tr("Card", "table column"), 65}, {ReportTr::tr("Last review"), 35}},
             rows);
    if (all > impactRows)
        flow.addParagraph(ReportTr::tr("… and %1 more.").arg(all - impactRows), flow.styles().small,
                          1);
}

// The actions it owns on this journey (analysis/actions.h), the overdue
// ones first, then by due day.
void addActions(const JourneyFacts& f, const Department& d, Flow& flow)
{
    QList<ActionRef> actions = departmentActions(f.doc, d.id, f.journeyId);
    if (actions.isEmpty())
        return;
    const QDate now = today(f.doc);
    const auto key = [&](const ActionRef& r) {
        const CardAction& a = r.of(f.doc);
        return std::pair(!isOverdue(a, now), a.due.isValid() ? a.due : QDate(9999, 12, 31));
    };
    std::stable_sort(actions.begin(), actions.end(),
                     [&](const ActionRef& a, const ActionRef& b) { return key(a) < key(b); });
    const auto overdue = std::count_if(actions.cbegin(), actions.cend(), [&](const ActionRef& r) {
        return isOverdue(r.of(f.doc), now);
    });
    flow.addHeading(ReportTr::tr("Actions", "heading"), flow.styles().h2, 7);
    flow.addParagraph(ReportTr::tr("%1 owns %n action(s) on this journey; %2 overdue.", nullptr,
                                   int(actions.size()))
                          .arg(d.name, QString::number(overdue)),
                      flow.styles().body, 2);
    QList<QList<Cell>> rows;
    for (const ActionRef& r : actions.mid(0, impactRows)) {
        const CardAction& a = r.of(f.doc);
        const Card* c = f.doc.card(r.cardId);
        Cell status = textCell(isOverdue(a, now) ? ReportTr::tr("overdue", "action status")
                                                 : toString(a.status));
        if (isOverdue(a, now))
            status.color = palette::warning;
        rows.append(
            {textCell(a.what, c->title),
             textCell(a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("\u2014")),
             status});
    }
    addTable(flow,
             {{ReportTr::tr("Action", "table column"), 60},
              {ReportTr::tr("Due", "table column: due date"), 20},
              {ReportTr::tr("Status", "table column"), 20}},
             rows);
    if (actions.size() > impactRows)
        flow.addParagraph(ReportTr::tr("… and %1 more.").arg(actions.size() - impactRows),
                          flow.styles().small, 1);
}

// Its pain points and opportunities, ranked as everywhere by the priority score.
void addPriorities(const JourneyFacts& f, const Department& d, Flow& flow)
{
    constexpr int shown = 5;
    QList<analysis::PriorityItem> own;
    int all = 0;
    for (const analysis::PriorityItem& item : f.priorities) {
        if (item.departmentId != d.id)
            continue;
        ++all;
        if (own.size() < shown)
            own.append(item);
    }
    if (own.isEmpty())
        return;
    flow.addHeading(ReportTr::tr("Its pain points and opportunities by priority"), flow.styles().h2,
                    7);
    addPriorityTable(f, flow, own, true);
    if (all > shown)
        flow.addParagraph(ReportTr::tr("… and %1 more, in the appendix.").arg(all - shown),
                          flow.styles().small, 1);
}

QString subline(const JourneyFacts& f, const Card& c)
{
    QStringList parts{f.laneName(c.laneId)};
    if (!c.channel.isEmpty())
        parts.append(QString(c.channel).replace(u'_', u' '));
    QStringList with;
    for (Id id : c.contributingIds)
        with.append(shortNameOf(f.department(id)));
    if (!with.isEmpty())
        parts.append(ReportTr::tr("with ", "with other departments") +
                     with.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" \u00b7 "));
}

// Of a big journey, only its cards that matter most (JourneyFocus::departmentCards).
void addCards(const JourneyFacts& f, const JourneyFocus& focus, const Department& d, Flow& flow)
{
    const std::optional<QSet<Id>> listed = focus.departmentCards(d.id);
    const auto shows = [&](const Card* c) {
        return c->accountableId == d.id && (!listed || listed->contains(c->id));
    };
    flow.addHeading(ReportTr::tr("Its cards, stage by stage"), flow.styles().h2, 7);
    if (listed) {
        const int owned = int(std::count_if(f.cardIds.begin(), f.cardIds.end(), [&](Id id) {
            return f.doc.card(id)->accountableId == d.id;
        }));
        flow.addParagraph(
            ReportTr::tr("Of its %1 cards, the %2 that matter most: its pain points and "
                         "opportunities with the highest priority scores and its cards on the "
                         "top impact chains. %3")
                .arg(owned)
                .arg(listed->size())
                .arg(focus.departments().contains(d.id)
                         ? ReportTr::tr("The appendix lists all of them.")
                         : ReportTr::tr("cxmap export --full-appendix lists all of them here "
                                        "and in the appendix; so does File > Export > CSV.")),
            flow.styles().body, 2);
        if (listed->isEmpty())
            return;
    }
    const qreal pain =
        longestWord({levelWord(Level::Medium), levelWord(Level::None)}, flow.styles().table);
    const QList<TableColumn> columns = {
        {ReportTr::tr("Card", "table column"), 36},
        {ReportTr::tr("Emotion", "table column or chart series"), 15, Qt::AlignLeft,
         emotionWidth(flow.styles(), flow.unit())},
        {ReportTr::tr("KPIs", "table column"), 30},
        {ReportTr::tr("Pain point", "kind of card or table column"), 11, Qt::AlignLeft, pain},
        {ReportTr::tr("Votes", "table column"), 8, Qt::AlignRight}};
    const TableHeader* header = addTable(flow, columns, {});
    Id stage = 0;
    int shade = 0;
    const Block* continued = nullptr;
    for (int i = 0; i < f.cardIds.size(); ++i) {
        const Card* c = f.doc.card(f.cardIds[i]);
        if (!shows(c))
            continue;
        if (c->stageId != stage) {
            stage = c->stageId;
            int n = 0;
            for (int k = i; k < f.cardIds.size() && f.doc.card(f.cardIds[k])->stageId == stage; ++k)
                n += shows(f.doc.card(f.cardIds[k]));
            const QString count = ReportTr::tr("%n card(s)", nullptr, n);
            flow.add(
                std::make_unique<TableGroupRow>(flow.styles(), header, f.stageName(stage), count));
            continued = flow.keep(std::make_unique<TableGroupRow>(
                flow.styles(), header, f.stageName(stage) + ReportTr::tr(" (continued)"), count));
            shade = 0;
        }
        const LaneKind kind = f.laneKind(c->laneId);
        Cell pain;
        if (analysis::isPainPoint(*c, kind)) {
            pain = textCell(levelWord(c->severity));
            pain.color = palette::warning;
        }
        Cell title = textCell(c->title, subline(f, *c));
        title.style = &flow.styles().tableBold;
        const QList<Cell> cells = {title, emotionCell(c->emotion), kpiCell(*c), pain,
                                   c->votes ? numberCell(c->votes) : Cell()};
        auto* row =
            flow.add(std::make_unique<TableRow>(flow.styles(), header, cells, shade++ % 2 == 1));
        row->continued = continued;
    }
}

} // namespace

void buildDepartment(const JourneyFacts& f, const JourneyFocus& focus, Id departmentId, int index,
                     int count, Flow& flow)
{
    const Department* d = f.department(departmentId);
    if (!d)
        return;
    const QColor color = canvas::departmentColor(d);
    flow.add(std::make_unique<DepartmentBanner>(
        flow.styles(), d->name, shortNameOf(d), color,
        ReportTr::tr("Department %1 of %2").arg(index + 1).arg(count), flow.width(), flow.unit()));
    QString about;
    if (!d->head.isEmpty())
        about = ReportTr::tr("Head: %1. ").arg(d->head);
    about += d->description;
    if (!about.trimmed().isEmpty())
        flow.addParagraph(about.trimmed(), flow.styles().body, 4);
    const analysis::DepartmentRollup* r = rollupOf(f, departmentId);
    if (!r || r->total.owned + r->total.contributed == 0) {
        flow.addParagraph(ReportTr::tr("%1 has no part in this journey: it owns no card and "
                                       "contributes to none.")
                              .arg(d->name),
                          flow.styles().body, 4, palette::muted);
        return;
    }
    addFigures(r->total, flow);
    addChart(f, *r, color, flow);
    addImpact(f, *d, flow);
    addPriorities(f, *d, flow);
    addActions(f, *d, flow);
    addFeedback(f, *d, flow);
    if (r->total.owned > 0) {
        addReviews(f, *d, flow);
        addCards(f, focus, *d, flow);
    }
}

} // namespace cx::report
