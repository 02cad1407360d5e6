#include "chains.h"

#include "cardindex.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace cx::analysis {

using namespace detail;

namespace {

ChainCard chainCard(const Index& index, const Search& search, int row, Direction direction)
{
    const CardInfo& info = index.cards[row];
    ChainCard result;
    result.cardId = info.card->id;
    result.distance = search.distance[row];
    result.path = pathTo(index, search, row);
    result.links = linksTo(search, row);
    if (direction == Direction::Backward) {
        // The search walked against the flow: turn both the way impact flows.
        std::reverse(result.path.begin(), result.path.end());
        std::reverse(result.links.begin(), result.links.end());
    }
    result.customerMoment = isCustomerMoment(info.laneKind);
    result.unhappy = isUnhappyMoment(*info.card, info.laneKind);
    result.process = isProcess(info.laneKind);
    return result;
}

Chain chain(const DocumentData& data, const Index& index, int source, Direction direction)
{
    const Search search = breadthFirst(buildFlow(data, index, direction), {source});
    Chain result;
    for (int row : reachedRows(index, search, false)) {
        result.cards.append(chainCard(index, search, row, direction));
        result.links.append(search.parentLink[row]);
    }
    std::sort(result.links.begin(), result.links.end());
    return result;
}

QList<DepartmentRootCauses> byDepartment(const DocumentData& data, const Index& index,
                                         const Chain& backward)
{
    QHash<Id, int> rank; // department id -> position rank; the unowned rank last
    const std::vector<const Department*> departments = departmentsByPosition(data);
    for (int i = 0; i < int(departments.size()); ++i)
        rank.insert(departments[i]->id, i);
    const int unowned = int(departments.size());
    std::map<int, DepartmentRootCauses> groups;
    for (const ChainCard& c : backward.cards) {
        if (!c.process)
            continue;
        const Id owner = index.cards[index.cardRow.value(c.cardId)].card->accountableId;
        const int r = rank.value(owner, unowned);
        DepartmentRootCauses& group = groups[r];
        group.departmentId = r == unowned ? 0 : owner;
        group.cardIds.append(c.cardId);
    }
    QList<DepartmentRootCauses> result;
    for (const auto& entry : groups)
        result.append(entry.second);
    return result;
}

ChainSummary summarize(const DocumentData& data, const Index& index, const CardChains& chains)
{
    ChainSummary summary;
    for (const ChainCard& c : chains.forward.cards) {
        summary.customerMoments += c.customerMoment ? 1 : 0;
        summary.unhappy += c.unhappy ? 1 : 0;
    }
    for (const ChainCard& c : chains.backward.cards)
        summary.rootCauses += c.process ? 1 : 0;
    summary.rootCausesByDepartment = byDepartment(data, index, chains.backward);
    return summary;
}

} // namespace

bool isCustomerMoment(LaneKind laneKind)
{
    return laneKind == LaneKind::CustomerAction || laneKind == LaneKind::Touchpoint;
}

bool isUnhappyMoment(const Card& card, LaneKind laneKind)
{
    if (!isCustomerMoment(laneKind))
        return false;
    return (card.emotion && *card.emotion <= -1) || card.severity == Level::Medium ||
           card.severity == Level::High;
}

bool isProcess(LaneKind laneKind)
{
    return laneKind == LaneKind::Backstage || laneKind == LaneKind::SupportProcess;
}

CardChains chainsOfCard(const DocumentData& data, Id cardId)
{
    const Index index = makeIndex(data, 0);
    const int source = index.cardRow.value(cardId, -1);
    if (source < 0)
        return {};
    CardChains result;
    result.cardId = cardId;
    result.forward = chain(data, index, source, Direction::Forward);
    result.backward = chain(data, index, source, Direction::Backward);
    result.summary = summarize(data, index, result);
    return result;
}

} // namespace cx::analysis
