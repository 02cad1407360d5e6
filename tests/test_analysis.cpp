#include <catch2/catch.hpp>

#include "analysis/analysis.h"
#include "testutil.h"

using namespace cx;
using namespace cx::analysis;

namespace {

// Small builders: the fixtures below read like tables.
Department department(Id id, int position)
{
    Department d;
    d.id = id;
    d.name = QStringLiteral("Department %1").arg(id);
    d.position = position;
    return d;
}

Card card(Id id, Id stageId, Id laneId, Id owner, std::optional<int> emotion = std::nullopt,
          int position = 0)
{
    Card c;
    c.id = id;
    c.stageId = stageId;
    c.laneId = laneId;
    c.accountableId = owner;
    c.emotion = emotion;
    c.position = position;
    return c;
}

Link link(Id id, Id from, Id to, LinkType type) { return {id, from, to, type, {}}; }

// One journey (id 1) with stages 1..stageCount and the given lanes (ids 1..n,
// positions in order).
DocumentData journeyFixture(int stageCount, const QList<LaneKind>& laneKinds)
{
    DocumentData d;
    d.journeys = {{1, QStringLiteral("Current"), {}, JourneyState::Current, 0, 0, 0}};
    for (int i = 0; i < stageCount; ++i)
        d.stages.append({i + 1, 1, QStringLiteral("Stage %1").arg(i + 1), {}, i});
    for (int i = 0; i < laneKinds.size(); ++i)
        d.lanes.append({i + 1, 1, QStringLiteral("Lane %1").arg(i + 1), laneKinds[i], i});
    return d;
}

// Adds journey 2 with stage 9 and a touchpoint lane 9.
void addSecondJourney(DocumentData& d)
{
    d.journeys.append({2, QStringLiteral("Future"), {}, JourneyState::Future, 0, 1, 1});
    d.stages.append({9, 2, QStringLiteral("Elsewhere"), {}, 0});
    d.lanes.append({9, 2, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 0});
}

// Departments 1..3; stages 1..3; lanes: customer action, touchpoint,
// backstage, emotion, pain point. Card 7 lives in journey 2.
DocumentData rollupFixture()
{
    DocumentData d =
        journeyFixture(3, {LaneKind::CustomerAction, LaneKind::Touchpoint, LaneKind::Backstage,
                           LaneKind::Emotion, LaneKind::PainPoint});
    d.departments = {department(1, 0), department(2, 1), department(3, 2)};
    addSecondJourney(d);
    Card c1 = card(1, 1, 2, 1, 2);
    c1.votes = 3;
    c1.contributingIds = {2};
    Card c3 = card(3, 2, 2, 1, -2);
    c3.severity = Level::High;
    Card c4 = card(4, 2, 5, 2);
    c4.votes = 1;
    Card c5 = card(5, 2, 5, 1, -1, 1);
    c5.severity = Level::Low;
    c5.contributingIds = {3};
    Card c6 = card(6, 3, 3, 0, 1);
    c6.votes = 2;
    Card c7 = card(7, 9, 9, 1, -2);
    c7.severity = Level::Medium;
    c7.votes = 10;
    d.cards = {c1, card(2, 1, 3, 2, -1), c3, c4, c5, c6, c7};
    return d;
}

// Stages 1..3; lanes 1 customer action, 2 touchpoint, 3 backstage.
// IT (2) owns backstage cards 1 and 6 and touchpoint 7. Flow (depends_on
// reversed): 1->2, 1->7, 2->3, 2->6, 3->4, 4->1 (a cycle), 6->5.
DocumentData impactFixture()
{
    DocumentData d =
        journeyFixture(3, {LaneKind::CustomerAction, LaneKind::Touchpoint, LaneKind::Backstage});
    d.departments = {department(1, 0), department(2, 1), department(3, 2)};
    d.cards = {card(1, 1, 3, 2),    card(2, 2, 3, 3), card(3, 2, 2, 1, -2), card(4, 3, 1, 0, -1),
               card(5, 3, 2, 3, 1), card(6, 3, 3, 2), card(7, 1, 2, 2, -2)};
    d.links = {link(1, 1, 2, LinkType::Feeds),    link(2, 3, 2, LinkType::DependsOn),
               link(3, 3, 4, LinkType::Triggers), link(4, 4, 1, LinkType::Wait),
               link(5, 2, 6, LinkType::Feeds),    link(6, 6, 5, LinkType::Feeds),
               link(7, 1, 7, LinkType::Feeds)};
    return d;
}

// Stages 1..3; lanes 1 customer action, 2 touchpoint, 3 backstage; departments
// 1..3. Card ids deliberately do not follow the reading order. Touchpoint lane
// in reading order: 12 (D1), 14 (D1), 16 (D2), 13 (unowned), 15 (D3), 11 (D1).
DocumentData handoffFixture()
{
    DocumentData d =
        journeyFixture(3, {LaneKind::CustomerAction, LaneKind::Touchpoint, LaneKind::Backstage});
    d.departments = {department(1, 0), department(2, 1), department(3, 2)};
    d.cards = {card(11, 3, 2, 1, {}, 1), card(12, 1, 2, 1), card(13, 2, 2, 0, {}, 1),
               card(14, 1, 2, 1, {}, 1), card(15, 3, 2, 3), card(16, 2, 2, 2),
               card(21, 1, 3, 2),        card(22, 2, 3, 3), card(31, 2, 1, 1)};
    d.links = {link(1, 21, 12, LinkType::Feeds), link(2, 16, 22, LinkType::DependsOn),
               link(3, 12, 14, LinkType::Triggers), link(4, 13, 31, LinkType::Feeds),
               link(5, 21, 11, LinkType::Feeds)};
    return d;
}

Rollup rollup(int owned, int contributed, int painPoints, int votes, int emotionCards,
              std::optional<double> meanEmotion)
{
    return {owned, contributed, painPoints, votes, emotionCards, meanEmotion};
}

QList<Id> hitIds(const Impact& impact)
{
    QList<Id> ids;
    for (const ImpactHit& hit : impact.hits)
        ids.append(hit.cardId);
    return ids;
}

} // namespace

TEST_CASE("pain points are pain-point lane cards or rated cards", "[analysis]")
{
    Card c;
    CHECK_FALSE(isPainPoint(c, LaneKind::Touchpoint));
    CHECK(isPainPoint(c, LaneKind::PainPoint));
    c.severity = Level::Medium;
    CHECK(isPainPoint(c, LaneKind::Backstage));
    c.severity = Level::High;
    CHECK(isPainPoint(c, LaneKind::Opportunity));
}

TEST_CASE("department roll-ups count owned, contributed, pain points and emotion", "[analysis]")
{
    const Rollups r = rollups(rollupFixture(), 1);
    REQUIRE(r.departments.size() == 3);
    REQUIRE(r.stages.size() == 3);

    const DepartmentRollup& d1 = r.departments[0];
    CHECK(d1.departmentId == 1);
    CHECK(d1.total == rollup(3, 0, 2, 3, 3, -1.0 / 3.0));
    REQUIRE(d1.perStage.size() == 3);
    CHECK(d1.perStage[0] == rollup(1, 0, 0, 3, 1, 2.0));
    CHECK(d1.perStage[1] == rollup(2, 0, 2, 0, 2, -1.5));
    CHECK(d1.perStage[2] == Rollup{});

    const DepartmentRollup& d2 = r.departments[1];
    CHECK(d2.departmentId == 2);
    CHECK(d2.total == rollup(2, 1, 1, 1, 2, 0.5));
    CHECK(d2.perStage[0] == rollup(1, 1, 0, 0, 2, 0.5));

    const DepartmentRollup& d3 = r.departments[2];
    CHECK(d3.total == rollup(0, 1, 0, 0, 1, -1.0));
    CHECK(d3.perStage[1] == rollup(0, 1, 0, 0, 1, -1.0));

    CHECK(r.unowned.departmentId == 0);
    CHECK(r.unowned.total == rollup(1, 0, 0, 2, 1, 1.0));
    CHECK(r.unowned.perStage[2] == rollup(1, 0, 0, 2, 1, 1.0));
}

TEST_CASE("stage roll-ups count cards, pain points and mean emotion", "[analysis]")
{
    const Rollups r = rollups(rollupFixture(), 1);
    REQUIRE(r.stages.size() == 3);
    CHECK(r.stages[0].stageId == 1);
    CHECK(r.stages[0].cards == 2);
    CHECK(r.stages[0].painPoints == 0);
    CHECK(r.stages[0].votes == 3);
    CHECK(r.stages[0].meanEmotion == 0.5);
    CHECK(r.stages[1].cards == 3);
    CHECK(r.stages[1].painPoints == 3);
    CHECK(r.stages[1].emotionCards == 2);
    CHECK(r.stages[1].meanEmotion == -1.5);
    CHECK(r.stages[2].cards == 1);
    CHECK(r.stages[2].meanEmotion == 1.0);
}

TEST_CASE("roll-ups of one journey ignore the cards of another", "[analysis]")
{
    const DocumentData data = rollupFixture();
    const Rollups journey2 = rollups(data, 2);
    REQUIRE(journey2.stages.size() == 1);
    CHECK(journey2.stages[0].stageId == 9);
    CHECK(journey2.departments[0].total == rollup(1, 0, 1, 10, 1, -2.0));
    CHECK(journey2.departments[1].total == Rollup{});
    CHECK(journey2.unowned.total == Rollup{});

    const Rollups all = rollups(data, 0);
    REQUIRE(all.stages.size() == 4);
    CHECK(all.stages[3].stageId == 9); // journey 2 comes after journey 1
    CHECK(all.departments[0].total == rollup(4, 0, 3, 13, 4, -0.75));
    CHECK(all.departments[0].perStage[3] == rollup(1, 0, 1, 10, 1, -2.0));

    CHECK(rollups(data, 42).stages.isEmpty());
    CHECK(rollups(data, 42).departments[0].total == Rollup{});
}

TEST_CASE("the emotion curve prefers the emotion lane and has gaps", "[analysis]")
{
    DocumentData d = journeyFixture(4, {LaneKind::Touchpoint, LaneKind::Emotion});
    d.cards = {
        card(1, 1, 2, 0, 2),                       // stage 1: the emotion lane says 2 ...
        card(2, 1, 1, 0, -2),                      // ... the touchpoint -2: the curve takes 2
        card(3, 2, 1, 0),                          // stage 2: no emotion anywhere: a gap
        card(4, 4, 1, 0, -1),                      // stage 3 is empty: a gap; stage 4: -1 and -2
        card(5, 4, 1, 0, -2, 1), card(6, 4, 2, 0), // an emotion-lane card without emotion
    };
    const QList<CurvePoint> curve = emotionCurve(d, 1);
    REQUIRE(curve.size() == 4);
    CHECK(curve[0] == CurvePoint{1, 2.0});
    CHECK(curve[1] == CurvePoint{2, std::nullopt});
    CHECK(curve[2] == CurvePoint{3, std::nullopt});
    CHECK(curve[3] == CurvePoint{4, -1.5});

    const Rollups r = rollups(d, 1);
    CHECK(r.stages[0].meanEmotion == 0.0);
    CHECK(r.stages[0].curveFromEmotionLane);
    CHECK_FALSE(r.stages[3].curveFromEmotionLane);
}

TEST_CASE("impact of a card follows links, reverses depends_on and survives cycles", "[analysis]")
{
    const Impact impact = impactOfCard(impactFixture(), 1);
    REQUIRE(impact.hits.size() == 4);
    CHECK(impact.hits[0] == ImpactHit{7, 1, {1, 7}, -2});
    CHECK(impact.hits[1] == ImpactHit{3, 2, {1, 2, 3}, -2}); // via depends_on, reversed
    CHECK(impact.hits[2] == ImpactHit{4, 3, {1, 2, 3, 4}, -1});
    CHECK(impact.hits[3] == ImpactHit{5, 3, {1, 2, 6, 5}, 1}); // same distance, lane after 4
    CHECK(impact.summary == ImpactSummary{4, 3, 5});
    // Back-stage cards 2 and 6 are passed through but are no hits; the source
    // is no hit although the cycle 1->2->3->4->1 leads back to it.
    CHECK_FALSE(hitIds(impact).contains(2));
    CHECK_FALSE(hitIds(impact).contains(6));
    CHECK_FALSE(hitIds(impact).contains(1));
}

TEST_CASE("depends_on carries impact from the depended-on card", "[analysis]")
{
    const DocumentData data = impactFixture();
    // Card 3 depends on card 2: a change to 2 reaches 3 in one step.
    const Impact from2 = impactOfCard(data, 2);
    REQUIRE_FALSE(from2.hits.isEmpty());
    CHECK(from2.hits[0] == ImpactHit{3, 1, {2, 3}, -2});
    // From card 3 the link is not followed backwards: 2 comes only around the cycle.
    const Impact from3 = impactOfCard(data, 3);
    CHECK(hitIds(from3) == QList<Id>{4, 7, 5});
    CHECK(from3.hits[2].path == QList<Id>{3, 4, 1, 2, 6, 5});
    CHECK(impactOfCard(data, 5).hits.isEmpty());
    CHECK(impactOfCard(data, 999) == Impact{});
}

TEST_CASE("impact of a department starts from every card it is accountable for", "[analysis]")
{
    const DocumentData data = impactFixture();
    const Impact it = impactOfDepartment(data, 2);
    // Touchpoint 7 is IT's own (distance 0) and so is no hit.
    REQUIRE(hitIds(it) == QList<Id>{5, 3, 4});
    CHECK(it.hits[0] == ImpactHit{5, 1, {6, 5}, 1});
    CHECK(it.hits[1] == ImpactHit{3, 2, {1, 2, 3}, -2});
    CHECK(it.hits[2] == ImpactHit{4, 3, {1, 2, 3, 4}, -1});
    CHECK(it.summary == ImpactSummary{3, 2, 3});

    // Department 3 owns 2 (back stage) and 5 (touchpoint, its own: no hit).
    const Impact ops = impactOfDepartment(data, 3);
    CHECK(hitIds(ops) == QList<Id>{3, 4, 7});
    CHECK(ops.hits[2].path == QList<Id>{2, 3, 4, 1, 7});
    CHECK(impactOfDepartment(data, 99) == Impact{});
}

TEST_CASE("impact of a department in a journey stays in that journey", "[analysis]")
{
    DocumentData data = impactFixture();
    addSecondJourney(data);
    data.cards.append(card(9, 9, 9, 1, -2));
    data.cards.append(card(10, 9, 9, 2, 0, 1));
    data.links.append(link(8, 6, 9, LinkType::Feeds));  // crosses journeys
    data.links.append(link(9, 10, 9, LinkType::Feeds)); // inside journey 2

    CHECK(hitIds(impactOfDepartment(data, 2, 1)) == QList<Id>{5, 3, 4});
    CHECK(hitIds(impactOfDepartment(data, 2, 2)) == QList<Id>{9});
    CHECK(impactOfDepartment(data, 2, 2).hits[0].path == QList<Id>{10, 9});
    // The whole document (and a single card) follow links across journeys.
    CHECK(hitIds(impactOfDepartment(data, 2)) == QList<Id>{5, 9, 3, 4});
    CHECK(hitIds(impactOfCard(data, 6)) == QList<Id>{5, 9});
}

TEST_CASE("handoffs along lanes and links are counted per stage and department pair", "[analysis]")
{
    const Handoffs h = handoffs(handoffFixture(), 1);
    const QList<Handoff> expected = {
        {HandoffKind::Lane, 14, 16, 1, 2, 2, 0}, {HandoffKind::Lane, 15, 11, 3, 1, 3, 0},
        {HandoffKind::Lane, 21, 22, 2, 3, 2, 0}, {HandoffKind::Link, 21, 12, 2, 1, 1, 1},
        {HandoffKind::Link, 22, 16, 3, 2, 2, 2}, {HandoffKind::Link, 21, 11, 2, 1, 3, 5},
    };
    CHECK(h.handoffs == expected);

    const QList<StageHandoffs> perStage = {{1, 0, 1}, {2, 2, 1}, {3, 1, 1}};
    CHECK(h.perStage == perStage);
    CHECK(h.perStage[1].total() == 3);

    const QList<DepartmentPairHandoffs> perPair = {
        {2, 1, 0, 2}, {1, 2, 1, 0}, {2, 3, 1, 0}, {3, 1, 1, 0}, {3, 2, 0, 1},
    };
    CHECK(h.perPair == perPair);
}

TEST_CASE("handoffs of one journey ignore other journeys and crossing links", "[analysis]")
{
    DocumentData data = handoffFixture();
    addSecondJourney(data);
    data.cards.append(card(91, 9, 9, 1));
    data.cards.append(card(92, 9, 9, 2, {}, 1));
    data.links.append(link(9, 21, 91, LinkType::Feeds));

    CHECK(handoffs(data, 1) == handoffs(handoffFixture(), 1));

    const Handoffs journey2 = handoffs(data, 2);
    CHECK(journey2.handoffs == QList<Handoff>{{HandoffKind::Lane, 91, 92, 1, 2, 9, 0}});
    CHECK(journey2.perStage == QList<StageHandoffs>{{9, 1, 0}});

    const Handoffs all = handoffs(data, 0);
    CHECK(all.handoffs.size() == 8);
    CHECK(all.perStage.size() == 4);
    CHECK(all.perPair[0] == DepartmentPairHandoffs{2, 1, 0, 3});
}

TEST_CASE("analysis of the small test document", "[analysis]")
{
    const DocumentData data = cx::test::smallDocument();

    const Rollups r = rollups(data, 1);
    REQUIRE(r.departments.size() == 2);
    CHECK(r.departments[0].total == rollup(1, 1, 0, 4, 1, 1.0));
    CHECK(r.departments[1].total == rollup(2, 1, 1, 0, 2, -0.5));
    CHECK(r.unowned.total == rollup(2, 0, 0, 0, 1, 0.0));
    REQUIRE(r.stages.size() == 3);
    CHECK(r.stages[1].cards == 3);
    CHECK(r.stages[1].painPoints == 1);
    CHECK(emotionCurve(data, 1) == QList<CurvePoint>{{1, 1.0}, {2, -2.0}, {3, 0.0}});
    CHECK(rollups(data) == r);

    // Order processing (3) feeds the checkout page (2); the credit check (4)
    // depends on order processing, but it is back stage.
    const Impact fromOrders = impactOfCard(data, 3);
    CHECK(fromOrders.hits == QList<ImpactHit>{{2, 1, {3, 2}, -2}});
    CHECK(fromOrders.summary == ImpactSummary{1, 1, 2});
    CHECK(impactOfCard(data, 4).hits.isEmpty());
    CHECK(impactOfDepartment(data, 2).hits.isEmpty()); // IT owns the checkout itself

    // The ad (Marketing) is followed by the checkout (IT) in the touchpoint lane.
    const Handoffs h = handoffs(data, 1);
    CHECK(h.handoffs == QList<Handoff>{{HandoffKind::Lane, 1, 2, 1, 2, 2, 0}});
    CHECK(h.perPair == QList<DepartmentPairHandoffs>{{1, 2, 1, 0}});
}

TEST_CASE("analysis of a large map stays consistent", "[analysis]")
{
    constexpr int stages = 40, lanes = 10, cards = 10000, links = 2000, departments = 10;
    QList<LaneKind> kinds;
    for (int i = 0; i < lanes; ++i)
        kinds.append(static_cast<LaneKind>(i % laneKindCount));
    DocumentData d = journeyFixture(stages, kinds);
    for (int i = 0; i < departments; ++i)
        d.departments.append(department(i + 1, i));
    for (int i = 0; i < cards; ++i) {
        Card c = card(i + 1, i % stages + 1, i / stages % lanes + 1, i % (departments + 1),
                      i % 5 - 2, i / (stages * lanes));
        c.contributingIds = {(c.accountableId % departments) + 1};
        d.cards.append(c);
    }
    for (int i = 0; i < links; ++i)
        d.links.append(link(i + 1, (i * 7919) % cards + 1, (i * 104729 + 13) % cards + 1,
                            static_cast<LinkType>(i % 4)));

    const Rollups r = rollups(d, 1);
    int owned = r.unowned.total.owned;
    for (const DepartmentRollup& dept : r.departments)
        owned += dept.total.owned;
    CHECK(owned == cards);
    const Impact impact = impactOfDepartment(d, 3, 1);
    for (const ImpactHit& hit : impact.hits)
        CHECK(hit.path.size() == hit.distance + 1);
    const Handoffs h = handoffs(d, 1);
    int perStage = 0;
    for (const StageHandoffs& stage : h.perStage)
        perStage += stage.total();
    CHECK(perStage == h.handoffs.size());
}
