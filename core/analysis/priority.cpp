#include "priority.h"

#include "analysis.h"
#include "cardindex.h"
#include "chains.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace cx::analysis {

using namespace detail;

namespace {

enum class Kind
{
    Neither,
    PainPoint,
    Opportunity
};

Kind kindOf(const CardInfo& info)
{
    if (isPainPoint(*info.card, info.laneKind))
        return Kind::PainPoint;
    if (info.laneKind == LaneKind::Opportunity || info.card->impact != Level::None)
        return Kind::Opportunity;
    return Kind::Neither;
}

// The unhappy moments the search reached; the source (distance 0) never counts.
int unhappyReached(const Index& index, const Search& search)
{
    int unhappy = 0;
    for (int row : search.order) {
        const CardInfo& info = index.cards[row];
        if (search.distance[row] > 0 && isUnhappyMoment(*info.card, info.laneKind))
            ++unhappy;
    }
    return unhappy;
}

struct Ranked
{
    PriorityItem item;
    int row = 0; // into Index::cards: the reading order
};

void rank(std::vector<Ranked>& ranked, const Index& index)
{
    const auto key = [&](const Ranked& r) {
        const CardInfo& info = index.cards[r.row];
        return std::tuple(-r.item.score, -r.item.votes, info.stageIndex, info.lanePosition,
                          info.card->position, info.card->id);
    };
    std::sort(ranked.begin(), ranked.end(),
              [&](const Ranked& a, const Ranked& b) { return key(a) < key(b); });
}

} // namespace

int levelWeight(Level level)
{
    switch (level) {
    case Level::Low:
        return 1;
    case Level::Medium:
        return 2;
    case Level::High:
        return 3;
    case Level::None:
        break;
    }
    return 0;
}

int priorityScore(int weight, int unhappyReached, int votes, std::optional<int> emotion)
{
    return weight * (1 + unhappyReached) + votes + std::max(0, -emotion.value_or(0));
}

QList<PriorityItem> priorities(const DocumentData& data, Id journeyId,
                               std::optional<Id> departmentId)
{
    // The whole document: a card's reach crosses journeys, as chainsOfCard's does.
    const Index index = makeIndex(data, 0);
    QSet<Id> departments;
    for (const Department& d : data.departments)
        departments.insert(d.id);
    const Flow flow = buildFlow(data, index);
    Search search; // reused by every search
    std::vector<int> source(1);
    std::vector<Ranked> ranked;
    for (int row = 0; row < int(index.cards.size()); ++row) {
        const CardInfo& info = index.cards[row];
        if (journeyId != 0 && index.stages[info.stageIndex]->journeyId != journeyId)
            continue;
        const Kind kind = kindOf(info);
        if (kind == Kind::Neither)
            continue;
        const Card& card = *info.card;
        const Id owner = departments.contains(card.accountableId) ? card.accountableId : 0;
        if (departmentId && owner != *departmentId)
            continue;
        source[0] = row;
        breadthFirst(flow, source, search);
        PriorityItem item;
        item.cardId = card.id;
        item.opportunity = kind == Kind::Opportunity;
        item.departmentId = owner;
        item.weight = levelWeight(item.opportunity ? card.impact : card.severity);
        item.unhappyReached = unhappyReached(index, search);
        item.votes = card.votes;
        item.emotion = card.emotion;
        item.score = priorityScore(item.weight, item.unhappyReached, item.votes, item.emotion);
        ranked.push_back({item, row});
    }
    rank(ranked, index);
    QList<PriorityItem> result;
    result.reserve(qsizetype(ranked.size()));
    for (const Ranked& r : ranked)
        result.append(r.item);
    return result;
}

QList<DepartmentPriorities> prioritiesByDepartment(const DocumentData& data, Id journeyId)
{
    QList<DepartmentPriorities> groups;
    QHash<Id, qsizetype> group; // department id -> index into groups
    for (const Department* d : departmentsByPosition(data)) {
        group.insert(d->id, groups.size());
        groups.append({d->id, {}, {}});
    }
    group.insert(0, groups.size());
    groups.append({0, {}, {}});
    for (const PriorityItem& item : priorities(data, journeyId)) {
        DepartmentPriorities& g = groups[group.value(item.departmentId)];
        (item.opportunity ? g.opportunities : g.painPoints).append(item);
    }
    groups.removeIf([](const DepartmentPriorities& g) {
        return g.painPoints.isEmpty() && g.opportunities.isEmpty();
    });
    return groups;
}

} // namespace cx::analysis
