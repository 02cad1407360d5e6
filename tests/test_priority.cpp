// The priority score (DESIGN.md, Definitions) on a hand-built map: every
// score below is worked out by hand from
//   weight x (1 + unhappy moments reached) + votes + max(0, -emotion).

#include <catch2/catch.hpp>

#include "analysis/chains.h"
#include "analysis/priority.h"

#include <QHash>

using namespace cx;
using namespace cx::analysis;

namespace {

enum LaneId : Id
{
    Action = 1,
    Touch,
    Back,
    Pain,
    Opportunity,
    Note,
    OtherTouch = 9 // in journey 2
};

enum DepartmentId : Id
{
    Sales = 1,
    It,
    Billing,
    Hr
};

Card card(Id id, Id stageId, Id laneId, Id owner)
{
    Card c;
    c.id = id;
    c.stageId = stageId;
    c.laneId = laneId;
    c.accountableId = owner;
    return c;
}

Card rated(Card c, Level severity, Level impact, int votes, std::optional<int> emotion)
{
    c.severity = severity;
    c.impact = impact;
    c.votes = votes;
    c.emotion = emotion;
    return c;
}

// Journey 1: stages 1..3; lanes customer action, touchpoint, backstage, pain
// point, opportunity, note (positions 0..5). Journey 2: stage 9, touchpoint
// lane 9. Departments: IT (position 0), Sales (1), Billing (2), HR (3, no cards).
//
// Customer moments: 10 (touch, -2: unhappy), 11 (action, -1: unhappy),
// 12 (touch, medium pain: unhappy, and a pain point itself), 13 (action, 0:
// not unhappy), 14 (journey 2, touch, -1: unhappy).
//
// Impact (=> flow), as the links say it:
//   1 => 10 => 11 => 1 (a cycle), 11 => 14 (into journey 2),
//   12 depends_on 3 (3 => 12), 3 depends_on 13 (13 => 3), 12 => 3 (a cycle),
//   2 => 10, 6 => 13, 5 => 10 (from journey 2).
//
// Pain points:
//   1  backstage, high, IT, 2 votes: reaches 10, 11, 14 (3 unhappy; itself
//      again through the cycle, never counted): 3 x 4 + 2 = 14
//   5  journey 2, high, Billing: reaches 10, 11, 14, 1 (3 unhappy): 3 x 4 = 12
//   2  pain lane, no severity, Sales, 3 votes, emotion -2: reaches 10, 11, 14, 1
//      (3 unhappy) but weighs 0: 0 + 3 + 2 = 5
//   4  pain lane, low, IT, 1 vote, no links: 1 x 1 + 1 = 2
//   3  pain lane, low, Sales, emotion +1: reaches 12 only, since 13 depends on
//      it and not the other way (1 unhappy): 1 x 2 + 0 + 0 = 2
//   12 touchpoint, medium, IT: reaches 3, then itself (0 unhappy): 2 x 1 = 2
// Opportunities:
//   6  opportunity lane, impact high, IT, 1 vote: reaches 13, 3, 12 (1
//      unhappy): 3 x 2 + 1 = 7
//   8  opportunity lane, no impact, an unknown department (unowned), 4 votes,
//      emotion +2: 0 + 4 + 0 = 4
//   7  note lane, impact medium, unowned: 2 x 1 = 2
// Ties at 2: 4 first (1 vote), then by stage: 3 (stage 1, pain lane), 7
// (stage 1, note lane), 12 (stage 3).
DocumentData priorityMap()
{
    DocumentData d;
    d.journeys = {{1, QStringLiteral("Current"), {}, JourneyState::Current, 0, 0, 0},
                  {2, QStringLiteral("Other"), {}, JourneyState::Current, 0, 0, 1}};
    for (int i = 1; i <= 3; ++i)
        d.stages.append({i, 1, QStringLiteral("Stage %1").arg(i), {}, i - 1});
    d.stages.append({9, 2, QStringLiteral("Elsewhere"), {}, 0});
    const QList<LaneKind> kinds = {LaneKind::CustomerAction, LaneKind::Touchpoint,
                                   LaneKind::Backstage,      LaneKind::PainPoint,
                                   LaneKind::Opportunity,    LaneKind::Note};
    for (int i = 0; i < kinds.size(); ++i)
        d.lanes.append({i + 1, 1, QStringLiteral("Lane %1").arg(i + 1), kinds[i], i});
    d.lanes.append({OtherTouch, 2, QStringLiteral("Touch"), LaneKind::Touchpoint, 0});
    d.departments = {{Sales, QStringLiteral("Sales"), {}, {}, {}, {}, 1},
                     {It, QStringLiteral("IT"), {}, {}, {}, {}, 0},
                     {Billing, QStringLiteral("Billing"), {}, {}, {}, {}, 2},
                     {Hr, QStringLiteral("HR"), {}, {}, {}, {}, 3}};
    const auto none = Level::None;
    d.cards = {
        rated(card(1, 1, Back, It), Level::High, none, 2, std::nullopt),
        rated(card(2, 2, Pain, Sales), none, none, 3, -2),
        rated(card(3, 1, Pain, Sales), Level::Low, none, 0, 1),
        rated(card(4, 3, Pain, It), Level::Low, none, 1, std::nullopt),
        rated(card(5, 9, OtherTouch, Billing), Level::High, none, 0, std::nullopt),
        rated(card(6, 2, Opportunity, It), none, Level::High, 1, std::nullopt),
        rated(card(7, 1, Note, 0), none, Level::Medium, 0, std::nullopt),
        rated(card(8, 3, Opportunity, 99), none, none, 4, 2),
        rated(card(10, 2, Touch, 0), none, none, 0, -2),
        rated(card(11, 3, Action, 0), none, none, 0, -1),
        rated(card(12, 3, Touch, It), Level::Medium, none, 0, std::nullopt),
        rated(card(13, 2, Action, 0), none, none, 0, 0),
        rated(card(14, 9, OtherTouch, 0), none, none, 0, -1),
    };
    d.links = {
        {1, 1, 10, LinkType::Feeds, {}},     {2, 10, 11, LinkType::Triggers, {}},
        {3, 11, 1, LinkType::Wait, {}},      {4, 11, 14, LinkType::Feeds, {}},
        {5, 12, 3, LinkType::DependsOn, {}}, {6, 3, 13, LinkType::DependsOn, {}},
        {7, 2, 10, LinkType::Feeds, {}},     {8, 6, 13, LinkType::Feeds, {}},
        {9, 12, 3, LinkType::Feeds, {}},     {10, 5, 10, LinkType::Feeds, {}},
    };
    return d;
}

QList<Id> ids(const QList<PriorityItem>& items)
{
    QList<Id> result;
    for (const PriorityItem& item : items)
        result.append(item.cardId);
    return result;
}

QHash<Id, PriorityItem> byCard(const QList<PriorityItem>& items)
{
    QHash<Id, PriorityItem> result;
    for (const PriorityItem& item : items)
        result.insert(item.cardId, item);
    return result;
}

} // namespace

TEST_CASE("the priority score: severity x (1 + unhappy reached) + votes + max(0, -emotion)",
          "[analysis][priority]")
{
    CHECK(levelWeight(Level::None) == 0);
    CHECK(levelWeight(Level::Low) == 1);
    CHECK(levelWeight(Level::Medium) == 2);
    CHECK(levelWeight(Level::High) == 3);
    CHECK(priorityScore(3, 2, 4, -2) == 3 * 3 + 4 + 2);
    CHECK(priorityScore(2, 0, 1, 2) == 2 + 1); // a happy card adds nothing
    CHECK(priorityScore(1, 5, 0, std::nullopt) == 6);
    CHECK(priorityScore(0, 7, 3, -1) == 4); // no weight: the reach adds nothing
}

TEST_CASE("pain points and opportunities are ranked by score, votes, then stage order",
          "[analysis][priority]")
{
    const QList<PriorityItem> all = priorities(priorityMap());
    CHECK(ids(all) == QList<Id>{1, 5, 6, 2, 8, 4, 3, 7, 12});
    const QHash<Id, PriorityItem> item = byCard(all);
    const QList<std::pair<Id, int>> scores = {{1, 14}, {5, 12}, {6, 7}, {2, 5}, {8, 4},
                                              {4, 2},  {3, 2},  {7, 2}, {12, 2}};
    for (const auto& [id, score] : scores) {
        INFO("card " << id);
        CHECK(item[id].score == score);
    }

    // The facts behind the scores.
    CHECK(item[1] == PriorityItem{1, false, It, 3, 3, 2, std::nullopt, 14});
    CHECK(item[6] == PriorityItem{6, true, It, 3, 1, 1, std::nullopt, 7});
    CHECK(item[8] == PriorityItem{8, true, 0, 0, 0, 4, 2, 4});
    CHECK(item[7].opportunity);
    CHECK(item[7].weight == 2); // an impact outside an opportunity lane
    CHECK_FALSE(item[12].opportunity);
    // Customer moments that are no pain point are not ranked.
    for (Id id : {10, 11, 13, 14})
        CHECK_FALSE(item.contains(id));
}

TEST_CASE("an unrated pain point in a pain lane scores from its votes and emotion only",
          "[analysis][priority]")
{
    const QHash<Id, PriorityItem> item = byCard(priorities(priorityMap()));
    REQUIRE(item.contains(2));
    CHECK(item[2].weight == 0);
    CHECK(item[2].unhappyReached == 3); // it reaches them, but weighs nothing
    CHECK(item[2].score == 3 + 2);

    // Rated low, the same card weighs 1 and its reach counts: 1 x 4 + 3 + 2.
    DocumentData d = priorityMap();
    d.cards[1].severity = Level::Low;
    CHECK(byCard(priorities(d))[2].score == 9);
}

TEST_CASE("the unhappy moments reached follow depends_on backwards, end cycles and cross "
          "journeys, as the chains do",
          "[analysis][priority]")
{
    const DocumentData d = priorityMap();
    const QList<PriorityItem> all = priorities(d);
    const QHash<Id, PriorityItem> item = byCard(all);
    CHECK(item[1].unhappyReached == 3);  // 10, 11 and 14 in journey 2; not itself
    CHECK(item[3].unhappyReached == 1);  // 12 depends on it; it does not reach 13
    CHECK(item[12].unhappyReached == 0); // the cycle back to itself counts nothing
    CHECK(item[6].unhappyReached == 1);  // 13 => 3 => 12
    for (const PriorityItem& i : all) {
        INFO("card " << i.cardId);
        CHECK(i.unhappyReached == chainsOfCard(d, i.cardId).summary.unhappy);
    }

    // Turn the depends_on link 12 -> 3 around (3 depends on 12): 3 reaches
    // nothing new, 12 still only reaches 3.
    DocumentData turned = d;
    std::swap(turned.links[4].fromCardId, turned.links[4].toCardId);
    const QHash<Id, PriorityItem> after = byCard(priorities(turned));
    CHECK(after[3].unhappyReached == 0);
    CHECK(after[3].score == 1);
}

TEST_CASE("priorities keep to a journey and a department", "[analysis][priority]")
{
    const DocumentData d = priorityMap();
    // Journey 1: card 5 (journey 2) goes, card 1 keeps the reach into journey 2.
    const QList<PriorityItem> first = priorities(d, 1);
    CHECK(ids(first) == QList<Id>{1, 6, 2, 8, 4, 3, 7, 12});
    CHECK(byCard(first)[1].score == 14);
    CHECK(ids(priorities(d, 2)) == QList<Id>{5});

    CHECK(ids(priorities(d, 0, It)) == QList<Id>{1, 6, 4, 12});
    CHECK(ids(priorities(d, 0, Sales)) == QList<Id>{2, 3});
    CHECK(ids(priorities(d, 0, Billing)) == QList<Id>{5});
    CHECK(ids(priorities(d, 1, Billing)).isEmpty());
    CHECK(ids(priorities(d, 0, Hr)).isEmpty());
    // Unowned: no department, or one the map does not have.
    CHECK(ids(priorities(d, 0, Id(0))) == QList<Id>{8, 7});
    CHECK(ids(priorities(d, 0, Id(99))).isEmpty());
}

TEST_CASE("priorities by department: by position, the unowned last, empty ones left out",
          "[analysis][priority]")
{
    const QList<DepartmentPriorities> groups = prioritiesByDepartment(priorityMap());
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].departmentId == It);
    CHECK(ids(groups[0].painPoints) == QList<Id>{1, 4, 12});
    CHECK(ids(groups[0].opportunities) == QList<Id>{6});
    CHECK(groups[1].departmentId == Sales);
    CHECK(ids(groups[1].painPoints) == QList<Id>{2, 3});
    CHECK(groups[1].opportunities.isEmpty());
    CHECK(groups[2].departmentId == Billing);
    CHECK(groups[3].departmentId == 0);
    CHECK(groups[3].painPoints.isEmpty());
    CHECK(ids(groups[3].opportunities) == QList<Id>{8, 7});

    // Journey 1 has nothing of Billing's.
    const QList<DepartmentPriorities> first = prioritiesByDepartment(priorityMap(), 1);
    REQUIRE(first.size() == 3);
    CHECK(first[2].departmentId == 0);
}

TEST_CASE("a card with a severity in an opportunity lane is ranked once, as a pain point",
          "[analysis][priority]")
{
    DocumentData d = priorityMap();
    d.cards[5].severity = Level::Low; // card 6: opportunity lane, impact high
    const QList<PriorityItem> all = priorities(d);
    CHECK(ids(all).count(Id(6)) == 1);
    const PriorityItem six = byCard(all)[6];
    CHECK_FALSE(six.opportunity);
    CHECK(six.weight == 1);
    CHECK(six.score == 1 * 2 + 1);
}
