#include "analysis.h"

#include "cardindex.h"
#include "model/enumnames.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

namespace cx::analysis {

using namespace detail;

namespace {

std::optional<double> mean(int sum, int count)
{
    if (count == 0)
        return std::nullopt;
    return double(sum) / count;
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

Impact collectImpact(const Index& index, const Search& search)
{
    const std::vector<int> rows = reachedRows(index, search, true);
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
