#include "analysis.h"

#include "model/enumnames.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

namespace cx::analysis {

namespace {

constexpr int lastPosition = std::numeric_limits<int>::max();

// One card in scope, with what the analyses need from its stage and lane.
struct CardInfo
{
    const Card* card = nullptr;
    int stageIndex = 0;  // into Index::stages
    int journeyRank = 0; // order of the card's journey among the stages in scope
    int lanePosition = 0;
    LaneKind laneKind = LaneKind::Note;
};

// Built once per call: everything is looked up by id through hashes.
struct Index
{
    std::vector<const Stage*> stages; // in scope, reading order
    std::vector<int> journeyRanks;    // per stage: rank of its journey
    QHash<Id, int> stageIndex;        // stage id -> index into stages
    std::vector<CardInfo> cards;      // in scope, in the order of data.cards
    QHash<Id, int> cardRow;           // card id -> index into cards
};

std::vector<const Stage*> stagesInReadingOrder(const DocumentData& data, Id journeyId)
{
    QHash<Id, int> journeyPosition;
    for (const Journey& journey : data.journeys)
        journeyPosition.insert(journey.id, journey.position);
    std::vector<const Stage*> stages;
    for (const Stage& stage : data.stages) {
        if (journeyId == 0 || stage.journeyId == journeyId)
            stages.push_back(&stage);
    }
    const auto key = [&](const Stage* s) {
        return std::tuple(journeyPosition.value(s->journeyId, lastPosition), s->journeyId,
                          s->position, s->id);
    };
    std::sort(stages.begin(), stages.end(),
              [&](const Stage* a, const Stage* b) { return key(a) < key(b); });
    return stages;
}

void indexStages(Index& index, const DocumentData& data, Id journeyId)
{
    index.stages = stagesInReadingOrder(data, journeyId);
    index.journeyRanks.reserve(index.stages.size());
    int rank = 0;
    for (int i = 0; i < int(index.stages.size()); ++i) {
        if (i > 0 && index.stages[i]->journeyId != index.stages[i - 1]->journeyId)
            ++rank;
        index.journeyRanks.push_back(rank);
        index.stageIndex.insert(index.stages[i]->id, i);
    }
}

Index makeIndex(const DocumentData& data, Id journeyId)
{
    Index index;
    indexStages(index, data, journeyId);
    QHash<Id, const Lane*> lanes;
    lanes.reserve(data.lanes.size());
    for (const Lane& lane : data.lanes)
        lanes.insert(lane.id, &lane);
    index.cards.reserve(data.cards.size());
    index.cardRow.reserve(data.cards.size());
    for (const Card& card : data.cards) {
        const auto stage = index.stageIndex.constFind(card.stageId);
        const Lane* lane = lanes.value(card.laneId);
        if (stage == index.stageIndex.cend() || !lane)
            continue;
        index.cardRow.insert(card.id, int(index.cards.size()));
        index.cards.push_back(
            {&card, *stage, index.journeyRanks[*stage], lane->position, lane->kind});
    }
    return index;
}

std::optional<double> mean(int sum, int count)
{
    if (count == 0)
        return std::nullopt;
    return double(sum) / count;
}

std::vector<const Department*> departmentsByPosition(const DocumentData& data)
{
    std::vector<const Department*> departments;
    departments.reserve(data.departments.size());
    for (const Department& department : data.departments)
        departments.push_back(&department);
    std::sort(departments.begin(), departments.end(), [](const auto* a, const auto* b) {
        return std::tie(a->position, a->id) < std::tie(b->position, b->id);
    });
    return departments;
}

// ---- Roll-ups ---------------------------------------------------------------

// Accumulates one Rollup; the mean emotion is computed at the end.
struct Tally
{
    Rollup rollup;
    int emotionSum = 0;

    void add(const CardInfo& info, bool owned)
    {
        const Card& card = *info.card;
        if (owned) {
            ++rollup.owned;
            rollup.painPoints += isPainPoint(card, info.laneKind) ? 1 : 0;
            rollup.painWeight += painWeight(card, info.laneKind);
            rollup.votes += card.votes;
        } else {
            ++rollup.contributed;
        }
        if (card.emotion) {
            ++rollup.emotionCards;
            emotionSum += *card.emotion;
        }
    }

    Rollup finish() const
    {
        Rollup result = rollup;
        result.meanEmotion = mean(emotionSum, rollup.emotionCards);
        return result;
    }
};

struct DepartmentTally
{
    Tally total;
    std::vector<Tally> perStage;

    void add(const CardInfo& info, bool owned)
    {
        total.add(info, owned);
        perStage[info.stageIndex].add(info, owned);
    }

    DepartmentRollup finish(Id departmentId) const
    {
        DepartmentRollup result;
        result.departmentId = departmentId;
        result.total = total.finish();
        result.perStage.reserve(qsizetype(perStage.size()));
        for (const Tally& cell : perStage)
            result.perStage.append(cell.finish());
        return result;
    }
};

struct StageTally
{
    StageRollup rollup;
    int emotionSum = 0;
    int laneEmotionSum = 0; // cards in lanes of kind Emotion
    int laneEmotionCards = 0;

    void add(const CardInfo& info)
    {
        const Card& card = *info.card;
        ++rollup.cards;
        rollup.painPoints += isPainPoint(card, info.laneKind) ? 1 : 0;
        rollup.painWeight += painWeight(card, info.laneKind);
        rollup.votes += card.votes;
        if (!card.emotion)
            return;
        ++rollup.emotionCards;
        emotionSum += *card.emotion;
        if (info.laneKind == LaneKind::Emotion) {
            ++laneEmotionCards;
            laneEmotionSum += *card.emotion;
        }
    }

    StageRollup finish(Id stageId) const
    {
        StageRollup result = rollup;
        result.stageId = stageId;
        result.meanEmotion = mean(emotionSum, rollup.emotionCards);
        result.curveFromEmotionLane = laneEmotionCards > 0;
        result.curve = result.curveFromEmotionLane ? mean(laneEmotionSum, laneEmotionCards)
                                                   : result.meanEmotion;
        return result;
    }
};

QList<StageRollup> stageRollups(const Index& index)
{
    std::vector<StageTally> tallies(index.stages.size());
    for (const CardInfo& info : index.cards)
        tallies[info.stageIndex].add(info);
    QList<StageRollup> result;
    result.reserve(qsizetype(tallies.size()));
    for (std::size_t i = 0; i < tallies.size(); ++i)
        result.append(tallies[i].finish(index.stages[i]->id));
    return result;
}

// ---- Impact -----------------------------------------------------------------

// The rows of a link's cards in the direction impact flows; -1 when out of scope.
std::pair<int, int> flowEnds(const Link& link, const Index& index)
{
    int from = index.cardRow.value(link.fromCardId, -1);
    int to = index.cardRow.value(link.toCardId, -1);
    if (link.type == LinkType::DependsOn)
        std::swap(from, to);
    return {from, to};
}

// Per card row, the rows impact flows to, in the order of data.links.
using Flow = std::vector<std::vector<int>>;

Flow buildFlow(const DocumentData& data, const Index& index)
{
    Flow flow(index.cards.size());
    for (const Link& link : data.links) {
        const auto [from, to] = flowEnds(link, index);
        if (from >= 0 && to >= 0)
            flow[from].push_back(to);
    }
    return flow;
}

struct Search
{
    std::vector<int> distance; // -1 = not reached
    std::vector<int> parent;   // -1 = a source (or not reached)
};

Search breadthFirst(const Flow& flow, const std::vector<int>& sources)
{
    Search search{std::vector<int>(flow.size(), -1), std::vector<int>(flow.size(), -1)};
    std::vector<int> queue;
    queue.reserve(flow.size());
    for (int source : sources) {
        if (search.distance[source] < 0) {
            search.distance[source] = 0;
            queue.push_back(source);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int row = queue[head];
        for (int next : flow[row]) {
            if (search.distance[next] >= 0)
                continue;
            search.distance[next] = search.distance[row] + 1;
            search.parent[next] = row;
            queue.push_back(next);
        }
    }
    return search;
}

QList<Id> pathTo(const Index& index, const Search& search, int row)
{
    QList<Id> path(search.distance[row] + 1);
    for (qsizetype i = path.size() - 1; row >= 0; row = search.parent[row], --i)
        path[i] = index.cards[row].card->id;
    return path;
}

Impact collectImpact(const Index& index, const Search& search)
{
    std::vector<int> rows;
    for (int row = 0; row < int(index.cards.size()); ++row) {
        if (search.distance[row] > 0 && isFrontStage(index.cards[row].laneKind))
            rows.push_back(row);
    }
    const auto key = [&](int row) {
        const CardInfo& info = index.cards[row];
        return std::tuple(search.distance[row], info.stageIndex, info.lanePosition,
                          info.card->position, info.card->id);
    };
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return key(a) < key(b); });

    Impact impact;
    impact.hits.reserve(qsizetype(rows.size()));
    for (int row : rows) {
        const Card& card = *index.cards[row].card;
        impact.hits.append(
            {card.id, search.distance[row], pathTo(index, search, row), card.emotion});
        if (card.emotion && *card.emotion < 0) {
            impact.summary.emotionAtStake -= *card.emotion;
            impact.summary.negative += *card.emotion <= -1 ? 1 : 0;
        }
    }
    impact.summary.reached = int(impact.hits.size());
    return impact;
}

// ---- Handoffs ---------------------------------------------------------------

bool changesHands(const Card& a, const Card& b)
{
    return a.accountableId != 0 && b.accountableId != 0 && a.accountableId != b.accountableId;
}

Handoff makeHandoff(HandoffKind kind, const Index& index, int fromRow, int toRow, Id linkId)
{
    const Card& from = *index.cards[fromRow].card;
    const Card& to = *index.cards[toRow].card;
    const Id stageId = index.stages[index.cards[toRow].stageIndex]->id;
    return {kind, from.id, to.id, from.accountableId, to.accountableId, stageId, linkId};
}

QList<Handoff> laneHandoffs(const Index& index)
{
    std::vector<int> rows(index.cards.size());
    std::iota(rows.begin(), rows.end(), 0);
    const auto key = [&](int row) {
        const CardInfo& info = index.cards[row];
        return std::tuple(info.journeyRank, info.lanePosition, info.card->laneId, info.stageIndex,
                          info.card->position, info.card->id);
    };
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return key(a) < key(b); });

    QList<Handoff> result;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const Card& a = *index.cards[rows[i - 1]].card;
        const Card& b = *index.cards[rows[i]].card;
        if (a.laneId == b.laneId && changesHands(a, b))
            result.append(makeHandoff(HandoffKind::Lane, index, rows[i - 1], rows[i], 0));
    }
    return result;
}

QList<Handoff> linkHandoffs(const DocumentData& data, const Index& index)
{
    QList<Handoff> result;
    for (const Link& link : data.links) {
        const auto [from, to] = flowEnds(link, index);
        if (from < 0 || to < 0)
            continue;
        if (changesHands(*index.cards[from].card, *index.cards[to].card))
            result.append(makeHandoff(HandoffKind::Link, index, from, to, link.id));
    }
    return result;
}

QList<StageHandoffs> countPerStage(const Index& index, const QList<Handoff>& handoffs)
{
    QList<StageHandoffs> result;
    result.reserve(qsizetype(index.stages.size()));
    for (const Stage* stage : index.stages)
        result.append({stage->id, 0, 0});
    for (const Handoff& handoff : handoffs) {
        StageHandoffs& cell = result[index.stageIndex.value(handoff.stageId)];
        ++(handoff.kind == HandoffKind::Lane ? cell.lane : cell.link);
    }
    return result;
}

QList<DepartmentPairHandoffs> countPerPair(const DocumentData& data, const QList<Handoff>& handoffs)
{
    std::map<std::pair<Id, Id>, DepartmentPairHandoffs> pairs;
    for (const Handoff& handoff : handoffs) {
        auto& pair = pairs[{handoff.fromDepartmentId, handoff.toDepartmentId}];
        pair.fromDepartmentId = handoff.fromDepartmentId;
        pair.toDepartmentId = handoff.toDepartmentId;
        ++(handoff.kind == HandoffKind::Lane ? pair.lane : pair.link);
    }
    QHash<Id, int> position;
    for (const Department& department : data.departments)
        position.insert(department.id, department.position);
    const auto key = [&](const DepartmentPairHandoffs& p) {
        return std::tuple(-p.total(), position.value(p.fromDepartmentId, lastPosition),
                          p.fromDepartmentId, position.value(p.toDepartmentId, lastPosition),
                          p.toDepartmentId);
    };
    QList<DepartmentPairHandoffs> result;
    result.reserve(qsizetype(pairs.size()));
    for (const auto& entry : pairs)
        result.append(entry.second);
    std::sort(result.begin(), result.end(),
              [&](const auto& a, const auto& b) { return key(a) < key(b); });
    return result;
}

} // namespace

bool isPainPoint(const Card& card, LaneKind laneKind)
{
    return laneKind == LaneKind::PainPoint || card.severity != Level::None;
}

int painWeight(const Card& card, LaneKind laneKind)
{
    switch (card.severity) {
    case Level::Low:
        return 1;
    case Level::Medium:
        return 2;
    case Level::High:
        return 3;
    case Level::None:
        break;
    }
    return laneKind == LaneKind::PainPoint ? 1 : 0;
}

Rollups rollups(const DocumentData& data, Id journeyId)
{
    const Index index = makeIndex(data, journeyId);
    const std::vector<const Department*> departments = departmentsByPosition(data);
    QHash<Id, int> departmentRow;
    for (int i = 0; i < int(departments.size()); ++i)
        departmentRow.insert(departments[i]->id, i);
    const int unownedRow = int(departments.size());
    std::vector<DepartmentTally> tallies(
        departments.size() + 1, DepartmentTally{{}, std::vector<Tally>(index.stages.size())});

    for (const CardInfo& info : index.cards) {
        const int owner = departmentRow.value(info.card->accountableId, unownedRow);
        tallies[owner].add(info, true);
        for (Id id : info.card->contributingIds) {
            const int row = departmentRow.value(id, -1);
            if (row >= 0 && row != owner)
                tallies[row].add(info, false);
        }
    }

    Rollups result;
    result.stages = stageRollups(index);
    result.departments.reserve(qsizetype(departments.size()));
    for (int i = 0; i < unownedRow; ++i)
        result.departments.append(tallies[i].finish(departments[i]->id));
    result.unowned = tallies[unownedRow].finish(0);
    return result;
}

QList<CurvePoint> emotionCurve(const DocumentData& data, Id journeyId)
{
    const QList<StageRollup> stages = stageRollups(makeIndex(data, journeyId));
    QList<CurvePoint> curve;
    curve.reserve(stages.size());
    for (const StageRollup& stage : stages)
        curve.append({stage.stageId, stage.curve});
    return curve;
}

Impact impactOfCard(const DocumentData& data, Id cardId)
{
    const Index index = makeIndex(data, 0);
    const int source = index.cardRow.value(cardId, -1);
    if (source < 0)
        return {};
    return collectImpact(index, breadthFirst(buildFlow(data, index), {source}));
}

Impact impactOfDepartment(const DocumentData& data, Id departmentId, Id journeyId)
{
    const Index index = makeIndex(data, journeyId);
    std::vector<int> sources;
    for (int row = 0; row < int(index.cards.size()); ++row) {
        if (index.cards[row].card->accountableId == departmentId)
            sources.push_back(row);
    }
    if (sources.empty())
        return {};
    return collectImpact(index, breadthFirst(buildFlow(data, index), sources));
}

Handoffs handoffs(const DocumentData& data, Id journeyId)
{
    const Index index = makeIndex(data, journeyId);
    Handoffs result;
    result.handoffs = laneHandoffs(index);
    result.handoffs += linkHandoffs(data, index);
    result.perStage = countPerStage(index, result.handoffs);
    result.perPair = countPerPair(data, result.handoffs);
    return result;
}

} // namespace cx::analysis
