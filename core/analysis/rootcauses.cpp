#include "rootcauses.h"

#include "cardindex.h"
#include "chains.h"

#include <algorithm>
#include <tuple>

namespace cx::analysis {

using namespace detail;

QList<RootCauseReach> rootCausesByReach(const DocumentData& data, Id journeyId)
{
    const Index index = makeIndex(data, 0); // the reach crosses journeys
    const Flow flow = buildFlow(data, index);
    Search search;
    std::vector<int> source(1);
    struct Ranked
    {
        RootCauseReach reach;
        int row = 0;
    };
    std::vector<Ranked> ranked;
    for (int row = 0; row < int(index.cards.size()); ++row) {
        const CardInfo& info = index.cards[row];
        if (!isProcess(info.laneKind) || index.stages[info.stageIndex]->journeyId != journeyId)
            continue;
        source[0] = row;
        breadthFirst(flow, source, search);
        RootCauseReach reach;
        reach.cardId = info.card->id;
        std::vector<int> stages; // indexes into index.stages
        for (int reached : reachedRows(index, search, false)) {
            const CardInfo& r = index.cards[reached];
            if (!isCustomerMoment(r.laneKind))
                continue;
            ++reach.moments;
            if (isUnhappyMoment(*r.card, r.laneKind)) {
                reach.unhappy.append(r.card->id);
                stages.push_back(r.stageIndex);
            }
        }
        if (reach.moments == 0)
            continue;
        std::sort(stages.begin(), stages.end());
        stages.erase(std::unique(stages.begin(), stages.end()), stages.end());
        for (int s : stages)
            reach.stageIds.append(index.stages[s]->id);
        ranked.push_back({reach, row});
    }
    const auto key = [&](const Ranked& r) {
        const CardInfo& info = index.cards[r.row];
        return std::tuple(-int(r.reach.unhappy.size()), -r.reach.moments, info.journeyRank,
                          info.stageIndex, info.lanePosition, info.card->position, info.card->id);
    };
    std::sort(ranked.begin(), ranked.end(),
              [&](const Ranked& a, const Ranked& b) { return key(a) < key(b); });
    QList<RootCauseReach> out;
    out.reserve(qsizetype(ranked.size()));
    for (Ranked& r : ranked)
        out.append(std::move(r.reach));
    return out;
}

} // namespace cx::analysis
