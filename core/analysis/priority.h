#pragma once

// The priority score (DESIGN.md, Definitions): the one ranking of pain points
// and opportunities that the dashboard, the department view, the report and
// the CLI share.
//
//   score = weight x (1 + unhappy moments reached) + votes + max(0, -emotion)
//
// weight: high 3, medium 2, low 1, none 0; a pain point's severity, an
// opportunity's impact. So a pain point in a pain-point lane that nobody rated
// scores from its votes and emotion alone.
//
// Which cards: a PAIN POINT is what isPainPoint (analysis.h) says: a card in a
// pain_point lane or one with a severity. An OPPORTUNITY is any other card in
// an opportunity lane or with an impact. Each card is one or the other, never
// both: a card with a severity in an opportunity lane is a pain point, as the
// roll-ups count it.
//
// Unhappy moments reached: the unhappy moments (chains.h, isUnhappyMoment) on
// the card's forward chain, exactly the ChainSummary::unhappy of chainsOfCard:
// impact flows along links (depends_on to -> from), every card once, cycles
// end, the card itself never counts, and links are followed ACROSS journeys.
//
// Ranked by score (highest first), then votes (more first), then reading
// order (journey, stage, lane, card position; id last: see analysis.h).
//
// Cost: the document is indexed once per call, then one breadth-first search
// per pain point or opportunity over reused buffers: O(cards + links) plus what
// each search reaches.

#include "model/types.h"

#include <QList>

#include <optional>

namespace cx::analysis {

// Severity or impact as a weight: high 3, medium 2, low 1, none 0.
int levelWeight(Level level);

// weight x (1 + unhappyReached) + votes + max(0, -emotion).
int priorityScore(int weight, int unhappyReached, int votes, std::optional<int> emotion);

struct PriorityItem
{
    Id cardId = 0;
    bool opportunity = false; // else a pain point
    Id departmentId = 0;      // the accountable department; 0 = unowned (or unknown)
    int weight = 0;           // levelWeight of the severity, or of the impact
    int unhappyReached = 0;   // unhappy moments on the forward chain
    int votes = 0;
    std::optional<int> emotion;
    int score = 0; // priorityScore of the above
    bool operator==(const PriorityItem&) const = default;
};

// Every pain point and opportunity in scope, ranked as above (both kinds in
// one list: filter on PriorityItem::opportunity).
// Scope: journeyId 0 = the whole document; otherwise the cards of that
// journey (their reach still crosses journeys). departmentId: nullopt = every
// card; an id = the cards that department is accountable for; 0 = the
// unowned ones (accountableId 0 or naming no department).
QList<PriorityItem> priorities(const DocumentData& data, Id journeyId = 0,
                               std::optional<Id> departmentId = std::nullopt);

// The ranked pain points and opportunities of one department.
struct DepartmentPriorities
{
    Id departmentId = 0; // 0 = the unowned bucket
    QList<PriorityItem> painPoints;
    QList<PriorityItem> opportunities;
    bool operator==(const DepartmentPriorities&) const = default;
};

// priorities() grouped by accountable department: departments by position,
// the unowned last; only those with something to rank.
QList<DepartmentPriorities> prioritiesByDepartment(const DocumentData& data, Id journeyId = 0);

} // namespace cx::analysis
