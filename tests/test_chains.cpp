// The domino effect of one card, both ways: the forward chain (its reach) and
// the backward chain (its root causes), on a hand-built map with branches, a
// cycle, a journey boundary and every link type.

#include <catch2/catch.hpp>

#include "analysis/analysis.h"
#include "analysis/chains.h"

using namespace cx;
using namespace cx::analysis;

namespace {

enum LaneId : Id
{
    Action = 1,
    Touch,
    Back,
    Support,
    Pain,
    Note,
    OtherSupport = 9 // in journey 2
};

Card card(Id id, Id stageId, Id laneId, Id owner, std::optional<int> emotion = std::nullopt,
          Level severity = Level::None, int position = 0)
{
    Card c;
    c.id = id;
    c.stageId = stageId;
    c.laneId = laneId;
    c.accountableId = owner;
    c.emotion = emotion;
    c.severity = severity;
    c.position = position;
    return c;
}

// Journey 1: stages 1..3, lanes 1..6 (customer action, touchpoint, backstage,
// support process, pain point, note). Journey 2: stage 9, support lane 9.
// Departments 1..3 at positions 1, 0, 2 (department 2 comes first).
//
// Impact (=> flow), as the links say it:
//   1 feeds 3, 3 depends_on 2 (2 => 3), 3 triggers 4, 5 depends_on 3 (3 => 5),
//   4 wait 6, 6 feeds 8, 8 triggers 3 (the cycle 3 => 4 => 6 => 8 => 3),
//   5 feeds 7, 4 feeds 7 (two ways to 7), 10 feeds 1 (from journey 2),
//   9 triggers 2, 11 wait 2.
DocumentData dominoMap()
{
    DocumentData d;
    d.journeys = {{1, QStringLiteral("Current"), {}, JourneyState::Current, 0, 0, 0},
                  {2, QStringLiteral("Other"), {}, JourneyState::Current, 0, 0, 1}};
    for (int i = 1; i <= 3; ++i)
        d.stages.append({i, 1, QStringLiteral("Stage %1").arg(i), {}, i - 1});
    d.stages.append({9, 2, QStringLiteral("Elsewhere"), {}, 0});
    const QList<LaneKind> kinds = {LaneKind::CustomerAction, LaneKind::Touchpoint,
                                   LaneKind::Backstage,      LaneKind::SupportProcess,
                                   LaneKind::PainPoint,      LaneKind::Note};
    for (int i = 0; i < kinds.size(); ++i)
        d.lanes.append({i + 1, 1, QStringLiteral("Lane %1").arg(i + 1), kinds[i], i});
    d.lanes.append({OtherSupport, 2, QStringLiteral("Support"), LaneKind::SupportProcess, 0});
    for (Id id : {1, 2, 3})
        d.departments.append(
            {id, QStringLiteral("Dept %1").arg(id), {}, {}, {}, {}, id == 2 ? 0 : int(id)});
    d.cards = {
        card(1, 1, Back, 1),                                 // data entry
        card(2, 1, Support, 2),                              // a policy
        card(3, 2, Back, 0),                                 // the card asked about (unowned)
        card(4, 2, Touch, 1, -2),                            // unhappy: emotion -2
        card(5, 2, Action, 2, 0, Level::High),               // unhappy: a high pain point itself
        card(6, 3, Touch, 3, 1, Level::Low),                 // low severity: not unhappy
        card(7, 3, Action, 1, -1),                           // unhappy: emotion -1
        card(8, 3, Pain, 1, -2, Level::High),                // no customer moment
        card(9, 3, Touch, 2, std::nullopt, Level::None, 1),  // unrated: not unhappy
        card(10, 9, OtherSupport, 3),                        // a process in journey 2
        card(11, 1, Back, 99, std::nullopt, Level::None, 1), // an unknown department
    };
    d.links = {
        {1, 1, 3, LinkType::Feeds, {}},     {2, 3, 2, LinkType::DependsOn, {}},
        {3, 3, 4, LinkType::Triggers, {}},  {4, 5, 3, LinkType::DependsOn, {}},
        {5, 4, 6, LinkType::Wait, {}},      {6, 6, 8, LinkType::Feeds, {}},
        {7, 8, 3, LinkType::Triggers, {}},  {8, 5, 7, LinkType::Feeds, {}},
        {9, 4, 7, LinkType::Feeds, {}},     {10, 10, 1, LinkType::Feeds, {}},
        {11, 9, 2, LinkType::Triggers, {}}, {12, 11, 2, LinkType::Wait, {}},
    };
    return d;
}

ChainCard hit(Id id, QList<Id> path, QList<Id> links, bool moment, bool unhappy, bool process)
{
    return {id, int(links.size()), path, links, moment, unhappy, process};
}

QList<Id> ids(const Chain& chain)
{
    QList<Id> result;
    for (const ChainCard& c : chain.cards)
        result.append(c.cardId);
    return result;
}

} // namespace

TEST_CASE("unhappy moments are customer moments with emotion -1/-2 or a medium/high pain",
          "[analysis]")
{
    CHECK(isUnhappyMoment(card(1, 1, 1, 0, -1), LaneKind::Touchpoint));
    CHECK(isUnhappyMoment(card(1, 1, 1, 0, -2), LaneKind::CustomerAction));
    CHECK(isUnhappyMoment(card(1, 1, 1, 0, 2, Level::Medium), LaneKind::Touchpoint));
    CHECK(isUnhappyMoment(card(1, 1, 1, 0, std::nullopt, Level::High), LaneKind::CustomerAction));
    CHECK_FALSE(isUnhappyMoment(card(1, 1, 1, 0, 0, Level::Low), LaneKind::Touchpoint));
    CHECK_FALSE(isUnhappyMoment(card(1, 1, 1, 0), LaneKind::Touchpoint));
    // Only a customer moment can be an unhappy moment.
    CHECK_FALSE(isUnhappyMoment(card(1, 1, 1, 0, -2, Level::High), LaneKind::PainPoint));
    CHECK_FALSE(isUnhappyMoment(card(1, 1, 1, 0, -2), LaneKind::Emotion));
    CHECK(isProcess(LaneKind::Backstage));
    CHECK(isProcess(LaneKind::SupportProcess));
    CHECK_FALSE(isProcess(LaneKind::PhysicalEvidence));
    CHECK_FALSE(isCustomerMoment(LaneKind::PainPoint));
}

TEST_CASE("the forward chain of a card is its reach, with every card and link on the way",
          "[analysis]")
{
    const CardChains chains = chainsOfCard(dominoMap(), 3);
    REQUIRE(chains.cardId == 3);
    // By distance, then stage and lane: 5 (customer action) before 4 (touchpoint).
    REQUIRE(ids(chains.forward) == QList<Id>{5, 4, 7, 6, 8});
    CHECK(chains.forward.cards[0] == hit(5, {3, 5}, {4}, true, true, false)); // depends_on reversed
    CHECK(chains.forward.cards[1] == hit(4, {3, 4}, {3}, true, true, false));
    // Two ways to 7 at distance 2: through 4, the first card queued.
    CHECK(chains.forward.cards[2] == hit(7, {3, 4, 7}, {3, 9}, true, true, false));
    CHECK(chains.forward.cards[3] == hit(6, {3, 4, 6}, {3, 5}, true, false, false)); // wait
    CHECK(chains.forward.cards[4] == hit(8, {3, 4, 6, 8}, {3, 5, 6}, false, false, false));
    // Link 7 closes the cycle back to the card, link 8 is a longer way: neither is on a path.
    CHECK(chains.forward.links == QList<Id>{3, 4, 5, 6, 9});
    CHECK(chains.summary.customerMoments == 4);
    CHECK(chains.summary.unhappy == 3);

    // The reach is what impactOfCard has always found.
    QList<Id> reach;
    for (const ImpactHit& h : impactOfCard(dominoMap(), 3).hits)
        reach.append(h.cardId);
    CHECK(reach == QList<Id>{5, 4, 7, 6});
}

TEST_CASE("the backward chain of a card names its root causes by department", "[analysis]")
{
    const CardChains chains = chainsOfCard(dominoMap(), 3);
    REQUIRE(ids(chains.backward) == QList<Id>{1, 2, 8, 11, 6, 9, 10, 4});
    // Paths run the way impact flows: the cause first, the card asked about last.
    CHECK(chains.backward.cards[0] == hit(1, {1, 3}, {1}, false, false, true));
    CHECK(chains.backward.cards[1] == hit(2, {2, 3}, {2}, false, false, true)); // depends_on
    CHECK(chains.backward.cards[2] == hit(8, {8, 3}, {7}, false, false, false));
    CHECK(chains.backward.cards[3] == hit(11, {11, 2, 3}, {12, 2}, false, false, true));
    CHECK(chains.backward.cards[4] == hit(6, {6, 8, 3}, {6, 7}, true, false, false));
    CHECK(chains.backward.cards[5] == hit(9, {9, 2, 3}, {11, 2}, true, false, false));
    CHECK(chains.backward.cards[6] == hit(10, {10, 1, 3}, {10, 1}, false, false, true));
    CHECK(chains.backward.cards[7] == hit(4, {4, 6, 8, 3}, {5, 6, 7}, true, true, false));
    CHECK(chains.backward.links == QList<Id>{1, 2, 5, 6, 7, 10, 11, 12});

    // Root causes are the processes only (not customer moment 9 nor pain point 8),
    // by department position; the unknown department counts as unowned, last.
    CHECK(chains.summary.rootCauses == 4);
    CHECK(chains.summary.rootCausesByDepartment ==
          QList<DepartmentRootCauses>{{2, {2}}, {1, {1}}, {3, {10}}, {0, {11}}});
}

TEST_CASE("chains end at the map's edges and never hold the card itself", "[analysis]")
{
    const DocumentData data = dominoMap();
    // 10 starts the chain: nothing reaches it; it reaches 1, then 3 and beyond.
    const CardChains from10 = chainsOfCard(data, 10);
    CHECK(from10.backward == Chain{});
    CHECK(ids(from10.forward) == QList<Id>{1, 3, 5, 4, 7, 6, 8});
    CHECK(from10.forward.cards[1].path == QList<Id>{10, 1, 3});
    CHECK(from10.summary.rootCauses == 0);
    CHECK(from10.summary.rootCausesByDepartment.isEmpty());

    // 8 sits on the cycle: around it the chain reaches 4 and 6 but stops before 8 again.
    const CardChains from8 = chainsOfCard(data, 8);
    CHECK(ids(from8.forward) == QList<Id>{3, 5, 4, 7, 6});
    CHECK(from8.forward.cards[4].path == QList<Id>{8, 3, 4, 6});
    CHECK_FALSE(ids(from8.backward).contains(8));
    CHECK(ids(from8.backward) == QList<Id>{6, 4, 3, 1, 2, 11, 9, 10});
    // The unowned group holds the unowned card 3 and card 11 of an unknown department.
    CHECK(from8.summary.rootCausesByDepartment ==
          QList<DepartmentRootCauses>{{2, {2}}, {1, {1}}, {3, {10}}, {0, {3, 11}}});

    // Impact ends at 7: an empty forward chain, and a backward one through both ways in.
    const CardChains at7 = chainsOfCard(data, 7);
    CHECK(at7.cardId == 7);
    CHECK(at7.forward == Chain{});
    CHECK(at7.summary.customerMoments == 0);
    CHECK(ids(at7.backward) == QList<Id>{5, 4, 3, 1, 2, 8, 11, 6, 9, 10});
    CHECK(at7.backward.cards[2].path == QList<Id>{3, 5, 7}); // via the first link into 7

    // A card nobody links has empty chains; an unknown card has none at all.
    DocumentData lonely = data;
    lonely.cards.append(card(12, 2, Note, 1));
    const CardChains of12 = chainsOfCard(lonely, 12);
    CHECK(of12.cardId == 12);
    CHECK(of12.forward == Chain{});
    CHECK(of12.backward == Chain{});
    CHECK(of12.summary == ChainSummary{});
    CHECK(chainsOfCard(data, 999) == CardChains{});
}
