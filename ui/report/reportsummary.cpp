// The summary section and what the section builders share.

#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "reportchart.h"
#include "reportcontent.h"

#include <algorithm>
#include <cmath>

namespace cx::report {

JourneyFacts::JourneyFacts(const Document& d, const DocumentData& dd, Id journey)
    : doc(d), data(dd), journeyId(journey), stageIds(d.stageIds(journey)),
      cardIds(d.cardIdsOfJourney(journey)), linkCount(int(d.linkIdsAmong(cardIds).size())),
      rollups(analysis::rollups(dd, journey)), handoffs(analysis::handoffs(dd, journey))
{
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

struct Ranked
{
    const Card* card;
    int weight;
    int index; // reading order
};

QList<Ranked> topCards(const JourneyFacts& f, bool painPoints, int limit)
{
    QList<Ranked> all;
    for (int i = 0; i < f.cardIds.size(); ++i) {
        const Card* c = f.doc.card(f.cardIds[i]);
        const LaneKind kind = f.laneKind(c->laneId);
        if (painPoints && analysis::isPainPoint(*c, kind))
            all.append({c, analysis::painWeight(*c, kind), i});
        else if (!painPoints && (kind == LaneKind::Opportunity || c->impact != Level::None))
            all.append({c, int(c->impact), i});
    }
    std::sort(all.begin(), all.end(), [painPoints](const Ranked& a, const Ranked& b) {
        const auto key = [painPoints](const Ranked& r) {
            return painPoints ? std::pair(r.weight, r.card->votes)
                              : std::pair(r.card->votes, r.weight);
        };
        if (key(a) != key(b))
            return key(a) > key(b);
        return a.index < b.index;
    });
    return all.mid(0, limit);
}

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
    QList<QList<Cell>> rows;
    for (const analysis::StageRollup& s : rated.mid(0, 3))
        rows.append({text(f.stageName(s.stageId)), emotionCell(s.curve), number(s.cards),
                     number(s.painPoints), number(s.votes)});
    addTable(
        flow,
        {{QStringLiteral("Stage"), 40},
         {QStringLiteral("Emotion"), 24, Qt::AlignLeft, emotionWidth(flow.styles(), flow.unit())},
         {QStringLiteral("Cards"), 12, Qt::AlignRight},
         {QStringLiteral("Pain points"), 12, Qt::AlignRight},
         {QStringLiteral("Votes"), 12, Qt::AlignRight}},
        rows);
}

void addTopCards(const JourneyFacts& f, Flow& flow, bool painPoints)
{
    flow.addHeading(painPoints ? QStringLiteral("Top pain points by severity")
                               : QStringLiteral("Top-voted opportunities"),
                    flow.styles().h2, 7);
    const QList<Ranked> top = topCards(f, painPoints, 5);
    if (top.isEmpty())
        return addNone(flow, painPoints ? QStringLiteral("No pain points on this journey.")
                                        : QStringLiteral("No opportunities on this journey."));
    QList<QList<Cell>> rows;
    for (const Ranked& r : top) {
        Cell level = text(levelWord(painPoints ? r.card->severity : r.card->impact));
        if (painPoints && r.card->severity == Level::High)
            level.color = palette::warning;
        // The lane says where the card sits, unless it is the pain-point or opportunity lane.
        const LaneKind kind = f.laneKind(r.card->laneId);
        const bool usual = kind == LaneKind::PainPoint || kind == LaneKind::Opportunity;
        rows.append({text(r.card->title, usual ? QString() : f.laneName(r.card->laneId)),
                     text(f.stageName(r.card->stageId)),
                     departmentCell(f.department(r.card->accountableId)), level,
                     number(r.card->votes)});
    }
    addTable(flow,
             {{painPoints ? QStringLiteral("Pain point") : QStringLiteral("Opportunity"), 38},
              {QStringLiteral("Stage"), 18},
              {QStringLiteral("Owner"), 22, Qt::AlignLeft,
               departmentWidth(f, flow.styles(), flow.unit())},
              {painPoints ? QStringLiteral("Severity") : QStringLiteral("Impact"), 12},
              {QStringLiteral("Votes"), 10, Qt::AlignRight}},
             rows);
}

void addDepartmentRanking(const JourneyFacts& f, Flow& flow)
{
    flow.addHeading(QStringLiteral("Departments by the pain points they own"), flow.styles().h2, 7);
    QList<analysis::DepartmentRollup> ranked = f.rollups.departments;
    if (f.rollups.unowned.total.painPoints > 0)
        ranked.append(f.rollups.unowned);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return std::pair(a.total.painWeight, a.total.painPoints) >
               std::pair(b.total.painWeight, b.total.painPoints);
    });
    int heaviest = 1;
    for (const auto& r : ranked)
        heaviest = std::max(heaviest, r.total.painWeight);
    QList<QList<Cell>> rows;
    for (const analysis::DepartmentRollup& r : ranked) {
        Cell weight = number(r.total.painWeight);
        weight.bar = qreal(r.total.painWeight) / heaviest;
        weight.barColor = palette::warning;
        rows.append({departmentCell(f.department(r.departmentId)), number(r.total.painPoints),
                     weight, number(r.total.owned), emotionCell(r.total.meanEmotion)});
    }
    addTable(flow,
             {{QStringLiteral("Department"), 32, Qt::AlignLeft,
               departmentWidth(f, flow.styles(), flow.unit())},
              {QStringLiteral("Pain points"), 12, Qt::AlignRight},
              {QStringLiteral("Weighted by severity"), 26},
              {QStringLiteral("Cards owned"), 12, Qt::AlignRight},
              {QStringLiteral("Mean emotion"), 18, Qt::AlignLeft,
               emotionWidth(flow.styles(), flow.unit())}},
             rows);
    flow.addParagraph(QStringLiteral("Severity weights: high 3, medium 2, low 1; an unrated card "
                                     "in a pain-point lane counts 1."),
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
