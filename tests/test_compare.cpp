#include <catch2/catch.hpp>

#include "analysis/compare.h"
#include "commands/edit.h"
#include "model/document.h"
#include "testutil.h"

using namespace cx;
using analysis::CardAspect;
using analysis::MatchRule;

namespace {

std::unique_ptr<Document> newDoc(const test::TempDir& dir)
{
    auto doc = Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

Id cloneFuture(Document& doc)
{
    const Result<Id> j =
        edit::cloneJourney(doc, 1, QStringLiteral("Broadband (future)"), JourneyState::Future);
    REQUIRE(j.ok());
    return j.value();
}

// The card of a journey with that title (the clone has new ids).
Id cardNamed(const Document& doc, Id journeyId, const QString& title)
{
    for (Id id : doc.cardIdsOfJourney(journeyId)) {
        if (doc.card(id)->title == title)
            return id;
    }
    FAIL("no card " << title.toStdString());
    return 0;
}

Id addCard(Document& doc, Id stageId, Id laneId, const QString& title, std::optional<int> emotion)
{
    Card c;
    c.stageId = stageId;
    c.laneId = laneId;
    c.position = -1;
    c.title = title;
    c.emotion = emotion;
    const Result<Id> id = edit::addCard(doc, c);
    REQUIRE(id.ok());
    return id.value();
}

const analysis::StageDelta& stageRow(const analysis::JourneyComparison& c, const QString& name)
{
    for (const analysis::StageDelta& d : c.stages) {
        if (d.name == name)
            return d;
    }
    FAIL("no stage row " << name.toStdString());
    return c.stages.front();
}

} // namespace

TEST_CASE("an untouched clone compares as unchanged, stage by stage", "[compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id future = cloneFuture(*doc);

    const auto c = analysis::compareJourneys(doc->snapshot(), 1, future);
    CHECK(c.currentJourneyId == 1);
    CHECK(c.futureJourneyId == future);
    CHECK(c.added.isEmpty());
    CHECK(c.removed.isEmpty());
    CHECK(c.changed.isEmpty());
    CHECK(c.unchanged == 5);
    REQUIRE(c.stages.size() == 3);
    CHECK(c.stages[0].name == QStringLiteral("Awareness"));
    CHECK(c.stages[1].name == QStringLiteral("Purchase"));
    CHECK(c.stages[2].name == QStringLiteral("Billing"));
    for (const analysis::StageDelta& d : c.stages) {
        CHECK(d.currentStageId != 0);
        CHECK(d.futureStageId != 0);
        CHECK(d.current == d.future);
        CHECK(d.delta == 0.0);
    }
    CHECK(c.stages[1].current == -2.0);
}

TEST_CASE("known edits to a future state show up exactly", "[compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id j = cloneFuture(*doc);
    const QList<Id> stages = doc->stageIds(j); // Awareness, Purchase, Billing
    const QList<Id> lanes = doc->laneIds(j);   // Customer, Touchpoints, Back stage
    REQUIRE(stages.size() == 3);
    REQUIRE(lanes.size() == 3);

    const Id chat = addCard(*doc, stages[1], lanes[1], QStringLiteral("Live chat"), 2);
    const Id call = addCard(*doc, stages[2], lanes[1], QStringLiteral("Welcome call"), 1);
    REQUIRE_FALSE(edit::removeCards(*doc, {cardNamed(*doc, j, QStringLiteral("Credit check"))}));
    const Id order = cardNamed(*doc, j, QStringLiteral("Order processing"));
    REQUIRE_FALSE(edit::setCardTitle(*doc, order, QStringLiteral("Automated order processing"),
                                     edit::Merge::No));
    const Id checkout = cardNamed(*doc, j, QStringLiteral("Checkout page"));
    Card happier = *doc->card(checkout);
    happier.emotion = 1;
    REQUIRE_FALSE(edit::editCard(*doc, happier));
    const Id invoice = cardNamed(*doc, j, QStringLiteral("Reads first invoice"));
    REQUIRE_FALSE(edit::moveCards(*doc, {invoice}, stages[1], lanes[0], 0));

    const auto c = analysis::compareJourneys(doc->snapshot(), 1, j);
    CHECK(c.added == QList<Id>{chat, call});
    CHECK(c.removed == QList<Id>{4});
    CHECK(c.unchanged == 1); // the social ad
    REQUIRE(c.changed.size() == 3);
    // In the future journey's reading order: Purchase > Customer, Touchpoints, Back stage.
    CHECK(c.changed[0] == analysis::CardMatch{5, invoice, MatchRule::Title, {CardAspect::Stage}});
    CHECK(c.changed[1] ==
          analysis::CardMatch{2, checkout, MatchRule::PlaceAndTitle, {CardAspect::Emotion}});
    CHECK(c.changed[2] ==
          analysis::CardMatch{3, order, MatchRule::PlaceAndPosition, {CardAspect::Title}});

    // Curve: no emotion lanes, so the mean emotion of each stage's cards.
    REQUIRE(c.stages.size() == 3);
    const auto& awareness = stageRow(c, QStringLiteral("Awareness"));
    CHECK(awareness.current == 1.0);
    CHECK(awareness.future == 1.0);
    CHECK(awareness.delta == 0.0);
    const auto& purchase = stageRow(c, QStringLiteral("Purchase"));
    CHECK(purchase.current == -2.0);
    CHECK(purchase.future == 1.0); // checkout +1, chat +2, invoice 0
    CHECK(purchase.delta == 3.0);
    const auto& billing = stageRow(c, QStringLiteral("Billing"));
    CHECK(billing.current == 0.0);
    CHECK(billing.future == 1.0); // the welcome call alone
    CHECK(billing.delta == 1.0);
}

TEST_CASE("stages pair by name, case-insensitively, one-sided stages are listed", "[compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id j = cloneFuture(*doc);
    const QList<Id> stages = doc->stageIds(j);
    REQUIRE_FALSE(edit::renameStage(*doc, stages[1], QStringLiteral("PURCHASE")));
    REQUIRE_FALSE(edit::renameStage(*doc, stages[2], QStringLiteral("Invoicing")));
    const Result<Id> renewal = edit::addStage(*doc, j, QStringLiteral("Renewal"), 1);
    REQUIRE(renewal.ok());

    const auto c = analysis::compareJourneys(doc->snapshot(), 1, j);
    QStringList names;
    for (const analysis::StageDelta& d : c.stages)
        names << d.name;
    // Renewal follows Awareness, as in the future; Invoicing follows Purchase.
    CHECK(names == QStringList{QStringLiteral("Awareness"), QStringLiteral("Renewal"),
                               QStringLiteral("PURCHASE"), QStringLiteral("Invoicing"),
                               QStringLiteral("Billing")});
    CHECK(c.stages[1].currentStageId == 0);
    CHECK(c.stages[1].futureStageId == renewal.value());
    CHECK_FALSE(c.stages[1].delta);
    CHECK(c.stages[2].currentStageId == 2);
    CHECK(c.stages[2].delta == 0.0);
    CHECK(c.stages[3].currentStageId == 0);
    CHECK(c.stages[4].currentStageId == 3);
    CHECK(c.stages[4].futureStageId == 0);
    CHECK(c.stages[4].current == 0.0);
    CHECK_FALSE(c.stages[4].future);

    // The invoice card now sits in a stage without a counterpart: found by title, moved.
    REQUIRE(c.changed.size() == 1);
    CHECK(c.changed[0].currentCardId == 5);
    CHECK(c.changed[0].changes == QList<CardAspect>{CardAspect::Stage});
    CHECK(c.unchanged == 4);
}

TEST_CASE("matching never guesses between equal titles or blank cards", "[compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id j = cloneFuture(*doc);
    const QList<Id> stages = doc->stageIds(j);
    const QList<Id> lanes = doc->laneIds(j);

    // Two future cards titled like a removed one: no unique title, no pair.
    REQUIRE_FALSE(edit::removeCards(*doc, {cardNamed(*doc, j, QStringLiteral("Credit check"))}));
    const Id a = addCard(*doc, stages[0], lanes[0], QStringLiteral("Credit check"), {});
    const Id b = addCard(*doc, stages[2], lanes[2], QStringLiteral("Credit check"), {});
    auto c = analysis::compareJourneys(doc->snapshot(), 1, j);
    CHECK(c.removed == QList<Id>{4});
    CHECK(c.added == QList<Id>{a, b});

    // A card replaced by another with nothing in common at the same place and
    // position is a removal and an addition, not a rename.
    REQUIRE_FALSE(edit::removeCards(*doc, {a, b}));
    const Id invoice = cardNamed(*doc, j, QStringLiteral("Reads first invoice"));
    REQUIRE_FALSE(edit::removeCards(*doc, {invoice}));
    const Id other = addCard(*doc, stages[2], lanes[0], QStringLiteral("Pays by card"), {});
    c = analysis::compareJourneys(doc->snapshot(), 1, j);
    CHECK(c.removed == QList<Id>{4, 5});
    CHECK(c.added == QList<Id>{other});

    // Several changes besides the title: no longer "mostly the same".
    Card social = *doc->card(cardNamed(*doc, j, QStringLiteral("Social ad")));
    social.title = QStringLiteral("Video ad");
    social.channel = QStringLiteral("tv");
    social.votes = 9;
    social.tags = {};
    REQUIRE_FALSE(edit::editCard(*doc, social));
    c = analysis::compareJourneys(doc->snapshot(), 1, j);
    CHECK(c.removed == QList<Id>{1, 4, 5});
    social.tags = {QStringLiteral("ads"), QStringLiteral("brand")}; // back to 2 changes
    REQUIRE_FALSE(edit::editCard(*doc, social));
    c = analysis::compareJourneys(doc->snapshot(), 1, j);
    CHECK(c.removed == QList<Id>{4, 5});
    REQUIRE(c.changed.size() == 1);
    CHECK(c.changed[0].rule == MatchRule::PlaceAndPosition);
    CHECK(c.changed[0].changes ==
          QList<CardAspect>{CardAspect::Title, CardAspect::Channel, CardAspect::Votes});
}

TEST_CASE("the counterpart of a journey follows sourceJourneyId both ways", "[compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    CHECK(analysis::counterpartJourney(doc->snapshot(), 1) == 0);
    CHECK(analysis::counterpartJourney(doc->snapshot(), 99) == 0);
    const Id copy =
        edit::cloneJourney(*doc, 1, QStringLiteral("Copy"), JourneyState::Current).value();
    CHECK(analysis::counterpartJourney(doc->snapshot(), 1) == 0);
    const Id future = cloneFuture(*doc);
    const DocumentData data = doc->snapshot();
    CHECK(analysis::counterpartJourney(data, 1) == future);
    CHECK(analysis::counterpartJourney(data, future) == 1);
    CHECK(analysis::counterpartJourney(data, copy) == 0);
}
