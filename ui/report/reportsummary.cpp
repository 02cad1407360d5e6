// The summary section and what the section builders share.

#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "reportchart.h"
#include "reportcontent.h"

#include "analysis/journeypart.h"

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

QString emotionWord(int emotion)
{
    static const char* words[] = {"Angry", "Frustrated", "Neutral", "Pleased", "Delighted"};
    return QLatin1String(words[std::clamp(emotion, emotionMin, emotionMax) - emotionMin]);
}

QString levelWord(Level level)
{
    switch (level) {
    case Level::Low:
        return QStringLiteral("Low");
    case Level::Medium:
        return QStringLiteral("Medium");
    case Level::High:
        return QStringLiteral("High");
    case Level::None:
        break;
    }
    return QStringLiteral("Unrated");
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
        c.text = d ? d->name : QStringLiteral("Unowned");
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
    QStringList names{QStringLiteral("Unowned")};
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
            sub << (item.opportunity ? QStringLiteral("Opportunity")
                                     : QStringLiteral("Pain point"));
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
    const QString name = mixed                       ? QStringLiteral("To act on")
                         : items.first().opportunity ? QStringLiteral("Opportunity")
                                                     : QStringLiteral("Pain point");
    QList<TableColumn> columns{{name, 34},
                               {QStringLiteral("Stage"), 16},
                               {QStringLiteral("Owner"), 20, Qt::AlignLeft,
                                departmentWidth(f, flow.styles(), flow.unit())},
                               {mixed                       ? QStringLiteral("Weight")
                                : items.first().opportunity ? QStringLiteral("Impact")
                                                            : QStringLiteral("Severity"),
                                11}};
    if (reach)
        columns.append({QStringLiteral("Unhappy reached"), 11, Qt::AlignRight});
    if (votes)
        columns.append({QStringLiteral("Votes"), 8, Qt::AlignRight});
    columns.append({QStringLiteral("Score"), 8, Qt::AlignRight});
    addTable(flow, columns, rows);
    flow.addParagraph(QStringLiteral("Priority score = severity (an opportunity: its impact; high "
                                     "3, medium 2, low 1) \u00d7 (1 + unhappy customer moments its "
                                     "links reach) + votes + how negative its own emotion is."),
                      flow.styles().small, 1);
}

const TableHeader* addTable(Flow& flow, const QList<TableColumn>& columns,
                            const QList<QList<Cell>>& rows, qreal spaceBeforeMm)
{
    auto* header =
        flow.add(std::make_unique<TableHeader>(flow.styles(), columns, flow.width(), flow.unit()),
                 spaceBeforeMm * flow.unit());
    for (int i = 0; i < rows.size(); ++i)
        flow.add(std::make_unique<TableRow>(flow.styles(), header, rows[i], i % 2 == 1));
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
        intro = QStringLiteral("%1 travels %2 stages, from %3 to %4. ")
                    .arg(persona ? persona->name : QStringLiteral("The customer"))
                    .arg(f.stageIds.size())
                    .arg(f.stageName(f.stageIds.first()), f.stageName(f.stageIds.last()));
    }
    intro += QStringLiteral("The map holds %1 cards in which %2 departments have a part; %3 of "
                            "the cards are pain points.")
                 .arg(f.cardIds.size())
                 .arg(f.involvedDepartments())
                 .arg(pains);
    flow.addParagraph(intro, flow.styles().body, 3);

    QList<FiguresBlock::Figure> figures = {
        {QString::number(f.stageIds.size()), QStringLiteral("Stages"), {}},
        {QString::number(f.cardIds.size()), QStringLiteral("Cards"), {}},
        {QString::number(f.linkCount), QStringLiteral("Links"), {}},
        {QString::number(f.involvedDepartments()), QStringLiteral("Departments involved"), {}},
        {QString::number(pains), QStringLiteral("Pain points"), palette::warning},
    };
    flow.add(std::make_unique<FiguresBlock>(flow.styles(), figures, flow.width(), flow.unit()),
             4 * flow.unit());
}

void addEmotionChart(const JourneyFacts& f, Flow& flow)
{
    if (f.rollups.stages.isEmpty())
        return;
    flow.addHeading(QStringLiteral("Emotion along the journey"), flow.styles().h2, 7);
    ChartData chart;
    ChartSeries series{QStringLiteral("Emotion"), palette::accent, {}};
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
    flow.addParagraph(QStringLiteral("Each bar is the stage's point on the emotion curve: the mean "
                                     "emotion of its emotion lane, else of all its rated cards "
                                     "(\u22122 angry to +2 delighted). A dotted line marks a "
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
        return QStringLiteral("none");
    QStringList parts;
    for (Level l : {Level::High, Level::Medium, Level::Low}) {
        if (count[int(l)] > 0)
            parts << QStringLiteral("%1 %2").arg(count[int(l)]).arg(levelWord(l).toLower());
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
    flow.addHeading(QStringLiteral("Where it hurts: the stages with the worst emotion"),
                    flow.styles().h2, 7);
    if (rated.isEmpty())
        return addNone(flow, QStringLiteral("No stage has a rated emotion yet."));
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
        {QStringLiteral("Stage"), 34},
        {QStringLiteral("Emotion"), 22, Qt::AlignLeft, emotionWidth(flow.styles(), flow.unit())},
        {QStringLiteral("Pain points beside it"), 26},
        {QStringLiteral("Cards"), 10, Qt::AlignRight}};
    if (votes)
        columns.append({QStringLiteral("Votes"), 10, Qt::AlignRight});
    addTable(flow, columns, rows);
}

void addTopCards(const JourneyFacts& f, Flow& flow, bool painPoints)
{
    flow.addHeading(painPoints ? QStringLiteral("Top pain points by priority")
                               : QStringLiteral("Top opportunities by priority"),
                    flow.styles().h2, 7);
    QList<analysis::PriorityItem> top;
    for (const analysis::PriorityItem& item : f.priorities) {
        if (item.opportunity != painPoints && top.size() < 5)
            top.append(item);
    }
    if (top.isEmpty())
        return addNone(flow, painPoints ? QStringLiteral("No pain points on this journey.")
                                        : QStringLiteral("No opportunities on this journey."));
    addPriorityTable(f, flow, top, false);
}

void addDepartmentRanking(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(QStringLiteral("Departments by the priority of the pain points they own"),
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
        return addNone(flow, QStringLiteral("No department owns a pain point on this journey."));
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
             {{QStringLiteral("Department"), 26, Qt::AlignLeft,
               departmentWidth(f, flow.styles(), flow.unit())},
              {QStringLiteral("Pain points"), 10, Qt::AlignRight},
              {QStringLiteral("Priority"), 18},
              {QStringLiteral("Its first to act on"), 30},
              {QStringLiteral("Mean emotion"), 16, Qt::AlignLeft,
               emotionWidth(flow.styles(), flow.unit())}},
             rows);
    flow.addParagraph(QStringLiteral("Priority: the sum of the priority scores of the pain points "
                                     "the department is accountable for."),
                      flow.styles().small, 1);
}

void addHandoffs(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(QStringLiteral("The busiest handoffs between departments"), flow.styles().h2,
                    7);
    const auto& pairs = f.handoffs.perPair;
    if (pairs.isEmpty())
        return addNone(flow, QStringLiteral("No work passes between departments here."));
    QList<QList<Cell>> rows;
    for (const analysis::DepartmentPairHandoffs& h : pairs.mid(0, 6))
        rows.append({departmentCell(f.department(h.fromDepartmentId)),
                     departmentCell(f.department(h.toDepartmentId)), number(h.lane), number(h.link),
                     number(h.total())});
    addTable(
        flow,
        {{QStringLiteral("From"), 30, Qt::AlignLeft,
          departmentWidth(f, flow.styles(), flow.unit())},
         {QStringLiteral("To"), 30, Qt::AlignLeft, departmentWidth(f, flow.styles(), flow.unit())},
         {QStringLiteral("Along a lane"), 14, Qt::AlignRight},
         {QStringLiteral("Along links"), 14, Qt::AlignRight},
         {QStringLiteral("Total"), 12, Qt::AlignRight}},
        rows);
    const auto busiest =
        std::max_element(f.handoffs.perStage.begin(), f.handoffs.perStage.end(),
                         [](const auto& a, const auto& b) { return a.total() < b.total(); });
    if (busiest != f.handoffs.perStage.end() && busiest->total() > 0)
        flow.addParagraph(QStringLiteral("A handoff is a change of accountable department between "
                                         "neighbouring cards of a lane or along a link. Most "
                                         "handoffs happen at %1 (%2).")
                              .arg(f.stageName(busiest->stageId))
                              .arg(busiest->total()),
                          flow.styles().small, 1);
}

} // namespace

void buildSummary(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(QStringLiteral("Summary"), flow.styles().h1, 0, false);
    addIntro(f, flow);
    addEmotionChart(f, flow);
    addWorstStages(f, flow);
    addTopCards(f, flow, true);
    addTopCards(f, flow, false);
    addDepartmentRanking(f, flow);
    addHandoffs(f, flow);
}

} // namespace cx::report
