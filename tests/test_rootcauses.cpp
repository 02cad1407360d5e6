// The root causes of a journey ranked by the unhappy moments they reach: what
// the report's executive page names first.

#include <catch2/catch.hpp>

#include "analysis/chains.h"
#include "analysis/rootcauses.h"
#include "testutil.h"

using namespace cx;
using namespace cx::analysis;

namespace {

enum LaneId : Id
{
    Action = 1,
    Touch,
    Back,
    Support,
    Other = 9 // a touchpoint lane of journey 2
};

Card at(Id id, Id stageId, Id laneId, std::optional<int> emotion = std::nullopt, int position = 0)
{
    Card c;
    c.id = id;
    c.stageId = stageId;
    c.laneId = laneId;
    c.emotion = emotion;
    c.position = position;
    return c;
}

// Journey 1: stages 1..3 with lanes customer action, touchpoint, backstage,
// support; journey 2: stage 9, touchpoint lane 9.
//   Process 10 (stage 1) feeds 20 (stage 1, -2), which triggers 21 (stage 3, -1)
//   and 22 (stage 2, +1): 2 unhappy of 3 moments, stages 1 and 3.
//   Process 11 (stage 2) waits for... : 11 wait 23 (stage 2, -2), 23 feeds 11
//   (a cycle), 24 depends_on 11 (flows 11 => 24, stage 3, -1): 2 unhappy of 2.
//   Process 12 (support, stage 3) feeds 30 in journey 2 (-2) and 31 (0):
//   1 unhappy of 2, across journeys.
//   Process 13 reaches only another process: left out.
DocumentData map()
{
    DocumentData d;
    d.journeys = {{1, QStringLiteral("Current"), {}, JourneyState::Current, 0, 0, 0},
                  {2, QStringLiteral("Other"), {}, JourneyState::Current, 0, 0, 1}};
    for (int i = 1; i <= 3; ++i)
        d.stages.append({i, 1, QStringLiteral("Stage %1").arg(i), {}, i - 1});
    d.stages.append({9, 2, QStringLiteral("Elsewhere"), {}, 0});
    const QList<LaneKind> kinds = {LaneKind::CustomerAction, LaneKind::Touchpoint,
                                   LaneKind::Backstage, LaneKind::SupportProcess};
    for (int i = 0; i < kinds.size(); ++i)
        d.lanes.append({i + 1, 1, QStringLiteral("Lane %1").arg(i + 1), kinds[i], i});
    d.lanes.append({Other, 2, QStringLiteral("Touch"), LaneKind::Touchpoint, 0});
    d.cards = {at(10, 1, Back),        at(11, 2, Back),       at(12, 3, Support),
               at(13, 3, Back, {}, 1), at(20, 1, Touch, -2),  at(21, 3, Action, -1),
               at(22, 2, Touch, 1),    at(23, 2, Action, -2), at(24, 3, Touch, -1),
               at(30, 9, Other, -2),   at(31, 9, Other, 0)};
    d.links = {{1, 10, 20, LinkType::Feeds, {}}, {2, 20, 21, LinkType::Triggers, {}},
               {3, 20, 22, LinkType::Feeds, {}}, {4, 11, 23, LinkType::Wait, {}},
               {5, 23, 11, LinkType::Feeds, {}}, {6, 24, 11, LinkType::DependsOn, {}},
               {7, 12, 31, LinkType::Feeds, {}}, {8, 13, 12, LinkType::Feeds, {}}};
    // 12 -> 30 across journeys (the document allows no such link; the analysis follows it).
    d.links.append({9, 12, 30, LinkType::Feeds, {}});
    return d;
}

} // namespace

TEST_CASE("root causes are ranked by the unhappy moments they reach, then moments, then order",
          "[analysis][rootcauses]")
{
    const QList<RootCauseReach> ranked = rootCausesByReach(map(), 1);
    REQUIRE(ranked.size() == 4);
    // 10 and 11 both reach 2 unhappy; 10 reaches 3 moments, 11 two.
    CHECK(ranked[0].cardId == 10);
    CHECK(ranked[0].unhappy == QList<Id>{20, 21});
    CHECK(ranked[0].moments == 3);
    CHECK(ranked[0].stageIds == QList<Id>{1, 3});
    CHECK(ranked[1].cardId == 11);
    CHECK(ranked[1].unhappy == QList<Id>{23, 24}); // the cycle ends; depends_on flows backwards
    CHECK(ranked[1].stageIds == QList<Id>{2, 3});
    // 13 reaches 12's moments through 12: the same counts, so reading order
    // decides, and in stage 3 the back-stage lane comes before the support lane.
    CHECK(ranked[2].cardId == 13);
    CHECK(ranked[2].unhappy == QList<Id>{30});
    CHECK(ranked[2].stageIds == QList<Id>{9});
    CHECK(ranked[3].cardId == 12);
    CHECK(ranked[3].unhappy == QList<Id>{30});
    CHECK(rootCausesByReach(map(), 2).isEmpty()); // journey 2 has no process
}

TEST_CASE("each root cause's reach is its forward chain's", "[analysis][rootcauses]")
{
    const DocumentData data = test::sampleDocument();
    const Id journey = data.journeys.first().id;
    const QList<RootCauseReach> ranked = rootCausesByReach(data, journey);
    REQUIRE(ranked.size() >= 3);
    for (const RootCauseReach& r : ranked) {
        const CardChains chains = chainsOfCard(data, r.cardId);
        CHECK(r.moments == chains.summary.customerMoments);
        CHECK(r.unhappy.size() == chains.summary.unhappy);
    }
    for (int i = 1; i < ranked.size(); ++i)
        CHECK(ranked[i - 1].unhappy.size() >= ranked[i].unhappy.size());
}
