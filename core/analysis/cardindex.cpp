#include "cardindex.h"

#include "model/enumnames.h"

#include <algorithm>
#include <tuple>

namespace cx::analysis::detail {

namespace {

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

} // namespace

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

std::pair<int, int> flowEnds(const Link& link, const Index& index)
{
    int from = index.cardRow.value(link.fromCardId, -1);
    int to = index.cardRow.value(link.toCardId, -1);
    if (link.type == LinkType::DependsOn)
        std::swap(from, to);
    return {from, to};
}

Flow buildFlow(const DocumentData& data, const Index& index, Direction direction)
{
    Flow flow(index.cards.size());
    for (const Link& link : data.links) {
        auto [from, to] = flowEnds(link, index);
        if (from < 0 || to < 0)
            continue;
        if (direction == Direction::Backward)
            std::swap(from, to);
        flow[from].push_back({to, link.id});
    }
    return flow;
}

Search breadthFirst(const Flow& flow, const std::vector<int>& sources)
{
    Search search;
    breadthFirst(flow, sources, search);
    return search;
}

void breadthFirst(const Flow& flow, const std::vector<int>& sources, Search& search)
{
    if (search.distance.size() != flow.size()) {
        search.distance.assign(flow.size(), -1);
        search.parent.assign(flow.size(), -1);
        search.parentLink.assign(flow.size(), 0);
        search.order.clear();
        search.order.reserve(flow.size());
    }
    for (int row : search.order) {
        search.distance[row] = -1;
        search.parent[row] = -1;
        search.parentLink[row] = 0;
    }
    std::vector<int>& queue = search.order; // the queue is the order reached
    queue.clear();
    for (int source : sources) {
        if (search.distance[source] < 0) {
            search.distance[source] = 0;
            queue.push_back(source);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int row = queue[head];
        for (const Step& step : flow[row]) {
            if (search.distance[step.row] >= 0)
                continue;
            search.distance[step.row] = search.distance[row] + 1;
            search.parent[step.row] = row;
            search.parentLink[step.row] = step.linkId;
            queue.push_back(step.row);
        }
    }
}

QList<Id> pathTo(const Index& index, const Search& search, int row)
{
    QList<Id> path(search.distance[row] + 1);
    for (qsizetype i = path.size() - 1; row >= 0; row = search.parent[row], --i)
        path[i] = index.cards[row].card->id;
    return path;
}

QList<Id> linksTo(const Search& search, int row)
{
    QList<Id> links(search.distance[row]);
    for (qsizetype i = links.size() - 1; i >= 0; row = search.parent[row], --i)
        links[i] = search.parentLink[row];
    return links;
}

std::vector<int> reachedRows(const Index& index, const Search& search, bool frontStageOnly)
{
    std::vector<int> rows;
    for (int row : search.order) {
        if (search.distance[row] > 0 &&
            (!frontStageOnly || isFrontStage(index.cards[row].laneKind)))
            rows.push_back(row);
    }
    const auto key = [&](int row) {
        const CardInfo& info = index.cards[row];
        return std::tuple(search.distance[row], info.stageIndex, info.lanePosition,
                          info.card->position, info.card->id);
    };
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return key(a) < key(b); });
    return rows;
}

} // namespace cx::analysis::detail
