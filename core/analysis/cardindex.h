#pragma once

// Internal to the analyses (not for the UI): the index one analysis builds
// per call, and the breadth-first search along the direction impact flows.
// See analysis.h for the scope and the reading order.

#include "model/types.h"

#include <QHash>
#include <QList>

#include <limits>
#include <utility>
#include <vector>

namespace cx::analysis::detail {

inline constexpr int lastPosition = std::numeric_limits<int>::max();

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

Index makeIndex(const DocumentData& data, Id journeyId);

std::vector<const Department*> departmentsByPosition(const DocumentData& data);

// The rows of a link's cards in the direction impact flows; -1 when out of scope.
std::pair<int, int> flowEnds(const Link& link, const Index& index);

// One step of the flow: to a card row, along a link.
struct Step
{
    int row = 0;
    Id linkId = 0;
};

// Per card row, the steps impact takes from it (Forward) or the steps that
// bring impact to it, walked backwards (Backward); in the order of data.links.
using Flow = std::vector<std::vector<Step>>;
enum class Direction
{
    Forward,
    Backward
};
Flow buildFlow(const DocumentData& data, const Index& index,
               Direction direction = Direction::Forward);

struct Search
{
    std::vector<int> distance;  // -1 = not reached
    std::vector<int> parent;    // -1 = a source (or not reached)
    std::vector<Id> parentLink; // the link from parent; 0 for a source
    std::vector<int> order;     // the rows reached, sources first, in the order reached
};

// Every row reached from the sources, once, by a shortest path; ties go to
// the source first in sources, then to the step first in the flow.
Search breadthFirst(const Flow& flow, const std::vector<int>& sources);
// The same into search, reusing its buffers: only the rows its previous search
// reached are reset, so many searches over one flow (one per card) cost what
// they reach, not the size of the map each.
void breadthFirst(const Flow& flow, const std::vector<int>& sources, Search& search);

// The card ids from the source to row (distance + 1 of them), in search order.
QList<Id> pathTo(const Index& index, const Search& search, int row);
// The rows the search reached (the sources excluded), front-stage cards only
// if asked, by distance and then reading order.
std::vector<int> reachedRows(const Index& index, const Search& search, bool frontStageOnly);
// The link ids along pathTo (distance of them), in search order.
QList<Id> linksTo(const Search& search, int row);

} // namespace cx::analysis::detail
