// The summary section and what the section builders share.

#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "reportchart.h"
#include "reportcontent.h"

#include "analysis/journeypart.h"
#include "reporttext.h"

#include <algorithm>
#include <cmath>

namespace cx::report {

JourneyFacts::JourneyFacts(const Document& d, const DocumentData& dd, Id journey,
                           const QDate& since)
    : doc(d), data(dd), journeyId(journey), stageIds(d.stageIds(journey)),
      cardIds(d.cardIdsOfJourney(journey)), linkCount(int(d.linkIdsAmong(cardIds).size())),
      rollups(analysis::rollups(dd, journey)), handoffs(analysis::handoffs(dd, journey)),
      priorities(analysis::priorities(dd, journey)), feedbackSince(since)
{
}

const JourneyFeedback& JourneyFacts::feedback() const
{
    if (!m_feedback) {
        JourneyFeedback f;
        f.part = analysis::journeyPart(data, journeyId);
        f.stats = analysis::feedbackStats(f.part, feedbackSince);
        f.recognition = analysis::recognition(f.part, feedbackSince);
        m_feedback = std::move(f);
    }
    return *m_feedback;
}

QString JourneyFacts::stageName(Id stageId) const
{
    const Stage* s = doc.stage(stageId);
    return s ? s->name : QString();
}

QString JourneyFacts::laneName(Id laneId) const
{
    const Lane* l = doc.lane(laneId);
    return l ? l->name : QString();
}

LaneKind JourneyFacts::laneKind(Id laneId) const
{
    const Lane* l = doc.lane(laneId);
    return l ? l->kind : LaneKind::Note;
}

const Department* JourneyFacts::department(Id id) const { return doc.department(id); }

int JourneyFacts::involvedDepartments() const
{
    return int(std::count_if(rollups.departments.begin(), rollups.departments.end(),
                             [](const analysis::DepartmentRollup& r) {
                                 return r.total.owned + r.total.contributed > 0;
                             }));
}

QString levelWord(Level level)
{
    switch (level) {
    case Level::Low:
        return ReportTr::tr("Low", "severity level");
    case Level::Medium:
        return ReportTr::tr("Medium", "severity level");
    case Level::High:
        return ReportTr::tr("High", "severity level");
    case Level::None:
        break;
    }
    return ReportTr::tr("Unrated", "severity level");
}

QString shortNameOf(const Department* d)
{
    if (!d)
        return QStringLiteral("\u2014");
    return d->shortName.isEmpty() ? d->name.left(3).toUpper() : d->shortName;
}

Cell departmentCell(const Department* d, bool withName)
{
    Cell c;
    c.chip = shortNameOf(d);
    c.chipColor = canvas::departmentColor(d);
    if (withName)
        c.text = d ? d->name : ReportTr::tr("Unowned", "no accountable department");
    return c;
}

Cell emotionCell(std::optional<double> emotion, bool withWord)
{
    Cell c;
    if (!emotion)
        return c;
    const int rounded = int(std::lround(*emotion));
    const bool whole = std::abs(*emotion - rounded) < 1e-9;
    c.chip = whole ? signedNumber(rounded, 0) : signedNumber(*emotion, 1);
    c.chipColor = canvas::emotionColor(rounded);
    if (withWord)
        c.text = emotionWord(rounded);
    return c;
}

qreal emotionWidth(const Styles& s, qreal unit)
{
    QStringList words;
    for (int e = emotionMin; e <= emotionMax; ++e)
        words << emotionWord(e);
    return chipWidth(s.chip, QStringLiteral("\u22120.0")) + 1.6 * unit +
           longestWord(words, s.table);
}

qreal departmentWidth(const JourneyFacts& f, const Styles& s, qreal unit)
{
    QStringList names{ReportTr::tr("Unowned", "no accountable department")};
    qreal chip = chipWidth(s.chip, shortNameOf(nullptr));
    for (Id id : f.doc.departmentIds()) {
        const Department* d = f.doc.department(id);
        names << d->name;
        chip = std::max(chip, chipWidth(s.chip, shortNameOf(d)));
    }
    return chip + 1.6 * unit + longestWord(names, s.table);
}

Cell textCell(const QString& t, const QString& sub)
{
    Cell c;
    c.text = t;
    c.sub = sub;
    return c;
}

Cell numberCell(double v) { return textCell(plainNumber(v)); }

void addPriorityTable(const JourneyFacts& f, Flow& flow, const QList<analysis::PriorityItem>& items,
                      bool mixed)
{
    bool reach = false;
    bool votes = false;
    for (const analysis::PriorityItem& item : items) {
        reach = reach || item.unhappyReached > 0;
        votes = votes || item.votes > 0;
    }
    QList<QList<Cell>> rows;
    for (const analysis::PriorityItem& item : items) {
        const Card* c = f.doc.card(item.cardId);
        if (!c)
            continue;
        // The lane says where the card sits, unless it is the pain-point or opportunity lane.
        const LaneKind kind = f.laneKind(c->laneId);
        const bool usual = kind == LaneKind::PainPoint || kind == LaneKind::Opportunity;
        QStringList sub;
        if (mixed)
            sub << (item.opportunity ? ReportTr::tr("Opportunity", "kind of card")
                                     : ReportTr::tr("Pain point", "kind of card or table column"));
        if (!usual)
            sub << f.laneName(c->laneId);
        Cell level = textCell(levelWord(item.opportunity ? c->impact : c->severity));
        if (!item.opportunity && c->severity == Level::High)
            level.color = palette::warning;
        Cell score = numberCell(item.score);
        score.style = &flow.styles().tableBold;
        QList<Cell> row{textCell(c->title, sub.join(QStringLiteral(" \u00b7 "))),
                        textCell(f.stageName(c->stageId)),
                        departmentCell(f.department(c->accountableId)), level};
        if (reach)
            row << numberCell(item.unhappyReached);
        if (votes)
            row << numberCell(item.votes);
        row << score;
        rows.append(row);
    }
    const QString name = mixed ? ReportTr::tr("To act on")
                         : items.first().opportunity
                             ? ReportTr::tr("Opportunity", "kind of card")
                             : ReportTr::tr("Pain point", "kind of card or table column");
    QList<TableColumn> columns{{name, 34},
                               {ReportTr::tr("Stage", "table column"), 16},
                               {ReportTr::tr("Owner", "table column: the accountable department"),
                                20, Qt::AlignLeft, departmentWidth(f, flow.styles(), flow.unit())},
                               {mixed ? ReportTr::tr("Weight", "table column: severity or impact")
                                : items.first().opportunity
                                    ? ReportTr::tr("Impact", "table column: opportunity impact")
                                    : ReportTr::tr("Severity", "table column: pain severity"),
                                11}};
    if (reach)
        columns.append({ReportTr::tr("Unhappy reached"), 11, Qt::AlignRight});
    if (votes)
        columns.append({ReportTr::tr("Votes", "table column"), 8, Qt::AlignRight});
    columns.append({ReportTr::tr("Score", "table column: priority score"), 8, Qt::AlignRight});
    addTable(flow, columns, rows);
    flow.addParagraph(ReportTr::tr("Priority score = severity (an opportunity: its impact; high "
                                   "3, medium 2, low 1) × (1 + unhappy customer moments its "
                                   "links reach) + votes + how negative its own emotion is."),
                      flow.styles().small, 1);
}

const TableHeader* addTable(Flow& flow, const QList<TableColumn>& columns,
                            const QList<QList<Cell>>& rows, qreal spaceBeforeMm)
{
    auto* header =
        flow.add(std::make_unique<TableHeader>(flow.styles(), columns, flow.width(), flow.unit()),
                 spaceBeforeMm * flow.unit());
    for (int i = 0; i < rows.size(); ++i) {
        auto* row =
            flow.add(std::make_unique<TableRow>(flow.styles(), header, rows[i], i % 2 == 1));
        // A table never leaves its last row alone on a page.
        row->keepWithNext = i == rows.size() - 2;
    }
    return header;
}

namespace {

Cell text(const QString& t, const QString& sub = {}) { return textCell(t, sub); }
Cell number(double v) { return numberCell(v); }

void addNone(Flow& flow, const QString& what) { flow.addParagraph(what, flow.styles().small, 1.5); }

void addIntro(const JourneyFacts& f, Flow& flow)
{
    const Journey* j = f.doc.journey(f.journeyId);
    const Persona* persona = j ? f.doc.persona(j->personaId) : nullptr;
    int pains = 0;
    for (const analysis::StageRollup& s : f.rollups.stages)
        pains += s.painPoints;
    QString intro;
    if (!f.stageIds.isEmpty()) {
        intro = ReportTr::tr("%1 travels %2 stages, from %3 to %4. ")
                    .arg(persona ? persona->name : ReportTr::tr("The customer"),
                         QString::number(f.stageIds.size()), f.stageName(f.stageIds.first()),
                         f.stageName(f.stageIds.last()));
    }
    intro += ReportTr::tr("The map holds %1 cards in which %2 departments have a part; %3 of "
                          "the cards are pain points.")
                 .arg(f.cardIds.size())
                 .arg(f.involvedDepartments())
                 .arg(pains);
    flow.addParagraph(intro, flow.styles().body, 3);

    QList<FiguresBlock::Figure> figures = {
        {QString::number(f.stageIds.size()), ReportTr::tr("Stages", "count label"), {}},
        {QString::number(f.cardIds.size()),
         ReportTr::tr("Cards", "count label or table column"),
         {}},
        {QString::number(f.linkCount), ReportTr::tr("Links", "count label"), {}},
        {QString::number(f.involvedDepartments()), ReportTr::tr("Departments involved"), {}},
        {QString::number(pains), ReportTr::tr("Pain points"), palette::warning},
    };
    flow.add(std::make_unique<FiguresBlock>(flow.styles(), figures, flow.width(), flow.unit()),
             4 * flow.unit());
}

void addEmotionChart(const JourneyFacts& f, Flow& flow)
{
    if (f.rollups.stages.isEmpty())
        return;
    flow.addHeading(ReportTr::tr("Emotion along the journey"), flow.styles().h2, 7);
    ChartData chart;
    ChartSeries series{
        ReportTr::tr("Emotion", "table column or chart series"), palette::accent, {}};
    for (const analysis::StageRollup& s : f.rollups.stages) {
        chart.categories.append(f.stageName(s.stageId));
        series.values.append(s.curve);
        chart.barColors.append(canvas::emotionColor(int(std::lround(s.curve.value_or(0)))));
    }
    chart.series = {series};
    chart.minY = emotionMin;
    chart.maxY = emotionMax;
    chart.tickLabel = [](qreal v) { return signedNumber(v, 0); };
    chart.valueLabel = [](qreal v) { return signedNumber(v, 1); };
    flow.add(std::make_unique<ChartBlock>(flow.styles(), chart, flow.width(), 38 * flow.unit(),
                                          flow.unit()),
             2 * flow.unit());
    flow.addParagraph(ReportTr::tr("Each bar is the stage's point on the emotion curve: the mean "
                                   "emotion of its emotion lane, else of all its rated cards "
                                   "(−2 angry to +2 delighted). A dotted line marks a "
                                   "stage nobody rated."),
                      flow.styles().small, 1);
}

// "2 · 1 high, 1 medium": a stage's pain points beside its emotion.
QString painText(const JourneyFacts& f, Id stageId)
{
    int count[4] = {0, 0, 0, 0}; // by Level
    int all = 0;
    for (Id id : f.cardIds) {
        const Card* c = f.doc.card(id);
        if (c->stageId == stageId && analysis::isPainPoint(*c, f.laneKind(c->laneId))) {
            ++all;
            ++count[int(c->severity)];
        }
    }
    if (all == 0)
        return ReportTr::tr("none", "no pain points");
    QStringList parts;
    for (Level l : {Level::High, Level::Medium, Level::Low}) {
        if (count[int(l)] > 0)
            parts << ReportTr::tr("%1 %2", "a count of pain points and their severity, lowercase "
                                           "in English")
                         .arg(count[int(l)])
                         .arg(levelWord(l).toLower());
    }
    return parts.isEmpty() ? QString::number(all)
                           : QStringLiteral("%1 \u00b7 %2").arg(all).arg(parts.join(", "));
}

void addWorstStages(const JourneyFacts& f, Flow& flow)
{
    QList<analysis::StageRollup> rated;
    for (const analysis::StageRollup& s : f.rollups.stages) {
        if (s.curve)
            rated.append(s);
    }
    std::stable_sort(rated.begin(), rated.end(),
                     [](const auto& a, const auto& b) { return *a.curve < *b.curve; });
    flow.addHeading(ReportTr::tr("Where it hurts: the stages with the worst emotion"),
                    flow.styles().h2, 7);
    if (rated.isEmpty())
        return addNone(flow, ReportTr::tr("No stage has a rated emotion yet."));
    rated = rated.mid(0, 3);
    const bool votes = std::any_of(rated.cbegin(), rated.cend(),
                                   [](const analysis::StageRollup& s) { return s.votes > 0; });
    QList<QList<Cell>> rows;
    for (const analysis::StageRollup& s : rated) {
        Cell pains = text(painText(f, s.stageId));
        if (s.painPoints > 0)
            pains.color = palette::warning;
        QList<Cell> row{text(f.stageName(s.stageId)), emotionCell(s.curve), pains, number(s.cards)};
        if (votes)
            row << number(s.votes);
        rows.append(row);
    }
    QList<TableColumn> columns{
        {ReportTr::tr("Stage", "table column"), 34},
        {ReportTr::tr("Emotion", "table column or chart series"), 22, Qt::AlignLeft,
         emotionWidth(flow.styles(), flow.unit())},
        {ReportTr::tr("Pain points beside it"), 26},
        {ReportTr::tr("Cards", "count label or table column"), 10, Qt::AlignRight}};
    if (votes)
        columns.append({ReportTr::tr("Votes", "table column"), 10, Qt::AlignRight});
    addTable(flow, columns, rows);
}

void addTopCards(const JourneyFacts& f, Flow& flow, bool painPoints)
{
    flow.addHeading(painPoints ? ReportTr::tr("Top pain points by priority")
                               : ReportTr::tr("Top opportunities by priority"),
                    flow.styles().h2, 7);
    QList<analysis::PriorityItem> top;
    for (const analysis::PriorityItem& item : f.priorities) {
        if (item.opportunity != painPoints && top.size() < 5)
            top.append(item);
    }
    if (top.isEmpty())
        return addNone(flow, painPoints ? ReportTr::tr("No pain points on this journey.")
                                        : ReportTr::tr("No opportunities on this journey."));
    addPriorityTable(f, flow, top, false);
}

void addDepartmentRanking(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(ReportTr::tr("Departments by the priority of the pain points they own"),
                    flow.styles().h2, 7);
    struct Row
    {
        const analysis::DepartmentRollup* rollup;
        int score = 0;
        const analysis::PriorityItem* top = nullptr;
    };
    QList<Row> ranked;
    for (const analysis::DepartmentRollup& r : f.rollups.departments)
        ranked.append({&r});
    ranked.append({&f.rollups.unowned});
    for (const analysis::PriorityItem& item : f.priorities) {
        if (item.opportunity)
            continue;
        for (Row& row : ranked) {
            if (row.rollup->departmentId == item.departmentId) {
                row.score += item.score;
                if (!row.top)
                    row.top = &item;
            }
        }
    }
    ranked.removeIf([](const Row& r) { return r.rollup->total.painPoints == 0 && r.score == 0; });
    if (ranked.isEmpty())
        return addNone(flow, ReportTr::tr("No department owns a pain point on this journey."));
    std::stable_sort(ranked.begin(), ranked.end(), [](const Row& a, const Row& b) {
        return std::pair(a.score, a.rollup->total.painPoints) >
               std::pair(b.score, b.rollup->total.painPoints);
    });
    const int heaviest = std::max(1, ranked.first().score);
    QList<QList<Cell>> rows;
    for (const Row& r : ranked) {
        Cell score = number(r.score);
        score.bar = qreal(r.score) / heaviest;
        score.barColor = palette::warning;
        const Card* top = r.top ? f.doc.card(r.top->cardId) : nullptr;
        rows.append({departmentCell(f.department(r.rollup->departmentId)),
                     number(r.rollup->total.painPoints), score,
                     top ? text(top->title, f.stageName(top->stageId)) : Cell(),
                     emotionCell(r.rollup->total.meanEmotion)});
    }
    addTable(flow,
             {{ReportTr::tr("Department", "table column or section title"), 26, Qt::AlignLeft,
               departmentWidth(f, flow.styles(), flow.unit())},
              {ReportTr::tr("Pain points"), 10, Qt::AlignRight},
              {ReportTr::tr("Priority", "table column"), 18},
              {ReportTr::tr("Its first to act on"), 30},
              {ReportTr::tr("Mean emotion"), 16, Qt::AlignLeft,
               emotionWidth(flow.styles(), flow.unit())}},
             rows);
    flow.addParagraph(ReportTr::tr("Priority: the sum of the priority scores of the pain points "
                                   "the department is accountable for."),
                      flow.styles().small, 1);
}

void addHandoffs(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(ReportTr::tr("The busiest handoffs between departments"), flow.styles().h2, 7);
    const auto& pairs = f.handoffs.perPair;
    if (pairs.isEmpty())
        return addNone(flow, ReportTr::tr("No work passes between departments here."));
    QList<QList<Cell>> rows;
    for (const analysis::DepartmentPairHandoffs& h : pairs.mid(0, 6))
        rows.append({departmentCell(f.department(h.fromDepartmentId)),
                     departmentCell(f.department(h.toDepartmentId)), number(h.lane), number(h.link),
                     number(h.total())});
    addTable(flow,
             {{ReportTr::tr("From", "table column: handoff from department"), 30, Qt::AlignLeft,
               departmentWidth(f, flow.styles(), flow.unit())},
              {ReportTr::tr("To", "table column: handoff to department"), 30, Qt::AlignLeft,
               departmentWidth(f, flow.styles(), flow.unit())},
              {ReportTr::tr("Along a lane"), 14, Qt::AlignRight},
              {ReportTr::tr("Along links"), 14, Qt::AlignRight},
              {ReportTr::tr("Total", "table column"), 12, Qt::AlignRight}},
             rows);
    const auto busiest =
        std::max_element(f.handoffs.perStage.begin(), f.handoffs.perStage.end(),
                         [](const auto& a, const auto& b) { return a.total() < b.total(); });
    if (busiest != f.handoffs.perStage.end() && busiest->total() > 0)
        flow.addParagraph(
            ReportTr::tr("A handoff is a change of accountable department between "
                         "neighbouring cards of a lane or along a link. Most "
                         "handoffs happen at %1 (%2).")
                .arg(f.stageName(busiest->stageId), QString::number(busiest->total())),
            flow.styles().small, 1);
}

} // namespace

void buildSummary(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(ReportTr::tr("Summary", "report section"), flow.styles().h1, 0, false);
    addIntro(f, flow);
    addEmotionChart(f, flow);
    addWorstStages(f, flow);
    addTopCards(f, flow, true);
    addTopCards(f, flow, false);
    addDepartmentRanking(f, flow);
    addHandoffs(f, flow);
}

} // namespace cx::report
