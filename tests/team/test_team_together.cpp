// Voting and commenting together on a team map (issue 15, parts 3 and 4):
// the voter is the server role, two comments written at once both stay, and
// undoing one's own step keeps what others added to the card since.

#include "commands/edit.h"
#include "model/document.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testprocess.h"
#include "testutil.h"

#include <QColor>
#include <QSignalSpy>
#include <QUndoStack>

using namespace cx;
using cx::test::connectTo;
using cx::test::initialised;
using cx::test::openMap;
using cx::test::TeamDatabase;
using cx::test::waitFor;

namespace {

// The sample published by alice (facilitator); bob a member of Billing &
// Finance; ownCard is Billing's, otherCard another department's.
struct Together
{
    TeamDatabase db;
    DocumentData data = test::sampleDocument();
    QString alice, bob;
    Id ownCard = 0, otherCard = 0;

    Together()
    {
        initialised(db);
        alice = db.addRole(QStringLiteral("alice"));
        bob = db.addRole(QStringLiteral("bob"));
        Id billing = 0;
        for (const Department& d : data.departments) {
            if (d.name == QLatin1String("Billing & Finance"))
                billing = d.id;
        }
        for (const Card& c : data.cards) {
            if (c.accountableId == billing && !ownCard)
                ownCard = c.id;
            else if (c.accountableId && c.accountableId != billing && !otherCard)
                otherCard = c.id;
        }
        REQUIRE((billing && ownCard && otherCard));
        auto asAlice = connectTo(db.urlAs(alice));
        REQUIRE(!asAlice->publish(QStringLiteral("Sample"), data, false));
        REQUIRE(!asAlice->grantMember(QStringLiteral("Sample"), bob, {"Billing & Finance"}));
    }

    std::unique_ptr<Document> open(const QString& role) const { return openMap(db.urlAs(role)); }
    DocumentData server() const { return connectTo(db.url())->read("Sample").value(); }
    QString value(const QString& query) const { return db.value(query); }
    QString map() const { return db.value(QStringLiteral("SELECT id FROM cxmap.maps")); }
};

const Card& cardIn(const DocumentData& d, Id id)
{
    const auto it =
        std::find_if(d.cards.cbegin(), d.cards.cend(), [&](const Card& c) { return c.id == id; });
    REQUIRE(it != d.cards.cend());
    return *it;
}

// Lets both windows hear each other's last notifications.
void settle()
{
    waitFor([] { return false; }, 300);
}

} // namespace

TEST_CASE("Team voting: the voter is the server role, and its first vote adds it in one step",
          "[team]")
{
    Together t;
    auto doc = t.open(t.bob);
    auto other = t.open(t.alice); // sees it live, without reading the map again
    QSignalSpy reloaded(other.get(), &Document::reloaded);
    CHECK(edit::userParticipant(*doc) == 0);
    // Bob votes on another department's card: he may, as himself.
    REQUIRE(!edit::voteAsUser(*doc, {t.otherCard}, +1));
    const Id me = edit::userParticipant(*doc);
    REQUIRE(me != 0);
    CHECK(doc->participant(me)->name == t.bob);
    CHECK(doc->participant(me)->budget == defaultDotBudget);
    CHECK(doc->card(t.otherCard)->dotsOf(me) == 1);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(t.value(QStringLiteral("SELECT p.name FROM cxmap.card_votes v JOIN cxmap.participants p "
                                 "ON p.map_id = v.map_id AND p.id = v.participant_id WHERE "
                                 "v.card_id = %1")
                      .arg(t.otherCard)) == t.bob);
    REQUIRE(!edit::voteAsUser(*doc, {t.otherCard, t.ownCard}, +1));
    CHECK(doc->card(t.otherCard)->dotsOf(me) == 2);
    CHECK(doc->snapshot() == t.server());
    REQUIRE(waitFor([&] { return other->snapshot() == doc->snapshot(); }));
    CHECK(other->participant(me)->name == t.bob);

    // Undone, the votes go and so does Bob from the voting.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(doc->lastError().code == ErrorCode::None);
    CHECK(doc->participant(me) == nullptr);
    CHECK(t.server() == t.data);
    REQUIRE(waitFor([&] { return other->snapshot() == t.data; }));
    CHECK(reloaded.isEmpty());
    doc->undoStack()->redo();
    CHECK(doc->lastError().code == ErrorCode::None);
    CHECK(doc->snapshot() == t.server());
    CHECK(t.server().cards != t.data.cards);
}

TEST_CASE("Team voting: the server lets a member vote only as itself", "[team]")
{
    Together t;
    const QString map = t.map();
    t.db.sql(QStringLiteral("INSERT INTO cxmap.participants VALUES (%1, 900, 'Room', 5)").arg(map));
    auto bobDoes = [&](const QString& statement) {
        auto n = t.db.rowsAs(t.bob, QString(statement).replace(QLatin1String("{map}"), map));
        return n ? *n : -1;
    };
    // Someone else's dots: denied or untouched.
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.card_votes VALUES ({map}, %1, 900, 1) "
                                 "RETURNING 1")
                      .arg(t.otherCard)) == -1);
    // Joining under another's name, or with more than the default budget: denied.
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.participants VALUES ({map}, 901, '%1', 5) "
                                 "RETURNING 1")
                      .arg(t.alice)) == -1);
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.participants VALUES ({map}, 901, "
                                 "current_user, 50) RETURNING 1")) == -1);
    // As himself: joins, votes, and may not touch the room's dots.
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.participants VALUES ({map}, 901, "
                                 "current_user, 5) RETURNING 1")) == 1);
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.card_votes VALUES ({map}, %1, 901, 2) "
                                 "RETURNING 1")
                      .arg(t.otherCard)) == 1);
    t.db.sql(QStringLiteral("INSERT INTO cxmap.card_votes VALUES (%1, %2, 900, 3)")
                 .arg(map)
                 .arg(t.otherCard));
    CHECK(bobDoes(QStringLiteral("DELETE FROM cxmap.card_votes WHERE participant_id = 900 "
                                 "RETURNING 1")) == 0);
    CHECK(bobDoes(QStringLiteral("DELETE FROM cxmap.participants WHERE id = 900 RETURNING 1")) ==
          0);
    CHECK(t.value(QStringLiteral("SELECT sum(dots) FROM cxmap.card_votes")) == QStringLiteral("5"));
}

TEST_CASE("Team comments: two people commenting on one card at once both keep their words",
          "[team]")
{
    Together t;
    auto a = t.open(t.alice);
    auto b = t.open(t.bob);
    const qsizetype before = t.data.cards[0].comments.size();
    const Id card = t.data.cards[0].id;
    // Neither has heard of the other's comment when writing its own.
    REQUIRE(!edit::addComment(*a, card, t.alice, QStringLiteral("Alice was here")));
    REQUIRE(!edit::addComment(*b, card, t.bob, QStringLiteral("Bob too")));
    const DocumentData server = t.server();
    const Card& onServer = cardIn(server, card);
    REQUIRE(onServer.comments.size() == before + 2);
    CHECK(onServer.comments[before].text == QStringLiteral("Alice was here"));
    CHECK(onServer.comments[before + 1].text == QStringLiteral("Bob too"));
    REQUIRE(waitFor([&] { return a->snapshot() == server && b->snapshot() == server; }));

    // Alice takes hers back; Bob's stays.
    REQUIRE(!edit::removeComment(*a, card, int(before)));
    settle();
    CHECK(b->card(card)->comments.size() == before + 1);
    CHECK(b->card(card)->comments.last().text == QStringLiteral("Bob too"));
    CHECK(a->snapshot() == t.server());
    CHECK(b->snapshot() == t.server());
}

TEST_CASE("Team undo: undoing one's own step keeps the comments and votes others added since",
          "[team]")
{
    Together t;
    auto a = t.open(t.alice);
    auto b = t.open(t.bob);
    const Id card = t.otherCard;
    const QString title = a->card(card)->title;
    REQUIRE(!edit::setCardTitle(*a, card, QStringLiteral("Alice's title"), edit::Merge::No));
    REQUIRE(waitFor([&] { return b->card(card)->title == QStringLiteral("Alice's title"); }));
    REQUIRE(!edit::addComment(*b, card, t.bob, QStringLiteral("Bob's remark")));
    REQUIRE(!edit::voteAsUser(*b, {card}, +1));
    REQUIRE(waitFor([&] { return a->card(card)->votes == b->card(card)->votes; }));
    settle();

    a->undoStack()->undo();
    CHECK(a->lastError().code == ErrorCode::None);
    const DocumentData server = t.server();
    const Card& now = cardIn(server, card);
    CHECK(now.title == title);
    CHECK(now.comments.last().text == QStringLiteral("Bob's remark"));
    CHECK(now.dotsOf(edit::userParticipant(*b)) == 1);
    CHECK(a->snapshot() == server);
    // And Bob's own undo takes his vote, not Alice's undone title.
    b->undoStack()->undo();
    CHECK(b->lastError().code == ErrorCode::None);
    settle();
    CHECK(t.server().cards == a->snapshot().cards);
    CHECK(b->card(card)->votes == cardIn(t.data, card).votes);
    CHECK(b->card(card)->title == title);
}

TEST_CASE("Team live: the map's new title and its deletion reach the other window", "[team]")
{
    Together t;
    auto a = t.open(t.alice);
    auto b = t.open(t.bob);
    QSignalSpy titled(b.get(), &Document::titleChanged);
    QSignalSpy reloaded(b.get(), &Document::reloaded);
    const QString title = QStringLiteral("Broadband, as the team sees it");
    REQUIRE(!edit::setTitle(*a, title));
    REQUIRE(waitFor([&] { return b->title() == title; }));
    CHECK(titled.size() == 1);
    CHECK(reloaded.isEmpty());

    // Bob may not delete it; Alice does, on the command line.
    CHECK(connectTo(t.db.urlAs(t.bob))->remove(QStringLiteral("Sample")).error().code ==
          ErrorCode::NoPermission);
    settle();
    const DocumentData shown = b->snapshot();
    const auto deleted = test::cxmap({"server", "delete", t.db.urlAs(t.alice), "--map", "Sample"});
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.code == 0);
    CHECK(deleted.out.contains(
        QStringLiteral("deleted the map “Sample” and its %1 cards").arg(t.data.cards.size())));
    REQUIRE(waitFor([&] { return b->isReadOnly(); }));
    CHECK(b->readOnlyReason().contains(QStringLiteral("was deleted from the team server")));
    settle();
    CHECK(b->snapshot() == shown); // the window keeps what it showed
    CHECK(edit::setCardTitle(*b, t.ownCard, QStringLiteral("x"), edit::Merge::No).code ==
          ErrorCode::ReadOnly);
    // And can keep it as a file.
    test::TempDir dir;
    REQUIRE(!b->saveCopy(dir.file(QStringLiteral("kept.cxmap"))));
    CHECK(test::onDisk(dir.file(QStringLiteral("kept.cxmap"))) == shown);
    CHECK(connectTo(t.db.url())->maps()->isEmpty());
}

TEST_CASE("Team live: cards leaving and joining a cell in one change land where the server has "
          "them",
          "[team]")
{
    Together t;
    auto b = t.open(t.bob);
    // A cell with two cards or more, and another cell of its journey.
    Id stage = 0, lane = 0;
    for (const Card& c : t.data.cards) {
        if (b->cardIds(c.stageId, c.laneId).size() >= 2) {
            stage = c.stageId;
            lane = c.laneId;
            break;
        }
    }
    REQUIRE(stage != 0);
    const QList<Id> cell = b->cardIds(stage, lane);
    // The other cell has cards, so the leaving card lands after them.
    Id otherStage = 0;
    for (Id s : b->stageIds(b->stage(stage)->journeyId)) {
        if (s != stage && b->cardIds(s, lane).size() >= 2)
            otherStage = s;
    }
    REQUIRE(otherStage != 0);
    auto positionOf = [&](Id card) {
        return t.value(QStringLiteral("SELECT position FROM cxmap.cards WHERE id = %1").arg(card));
    };
    // In one transaction: the first card leaves for the other stage, and a
    // new card comes in just after the second.
    t.db.sql(
        QStringLiteral(
            "BEGIN; UPDATE cxmap.cards SET stage_id = %1, position = 2000000000 WHERE id = %2; "
            "INSERT INTO cxmap.cards (map_id, id, stage_id, lane_id, position, "
            "title) VALUES (%3, 99999, %4, %5, %6 + 1, 'New after the second'); "
            "COMMIT")
            .arg(otherStage)
            .arg(cell[0])
            .arg(t.map())
            .arg(stage)
            .arg(lane)
            .arg(positionOf(cell[1])));
    REQUIRE(waitFor([&] { return b->card(99999) != nullptr; }));
    settle();
    QList<Id> expected = cell.mid(1);
    expected.insert(1, 99999);
    CHECK(b->cardIds(stage, lane) == expected);
    CHECK(b->snapshot() == t.server());
}

TEST_CASE("Team roles in the editor: a member leaves others' words alone", "[team]")
{
    Together t;
    auto a = t.open(t.alice);
    auto b = t.open(t.bob);
    REQUIRE(!edit::addComment(*a, t.ownCard, t.alice, QStringLiteral("Alice's remark")));
    REQUIRE(waitFor([&] { return b->card(t.ownCard)->comments == a->card(t.ownCard)->comments; }));
    // Deleting his card would take Alice's words with it, and an undo could
    // not put them back: refused, with the reason.
    const Error removed = edit::removeCards(*b, {t.ownCard});
    CHECK(removed.code == ErrorCode::NoPermission);
    CHECK(removed.message.contains(QStringLiteral("a facilitator of the map may delete it")));
    const Error uncommented =
        edit::removeComment(*b, t.ownCard, int(b->card(t.ownCard)->comments.size() - 1));
    CHECK(uncommented.code == ErrorCode::NoPermission);
    CHECK(uncommented.message.contains(t.alice));
    CHECK(b->snapshot() == t.server());
    // His own comment he may take back.
    REQUIRE(!edit::addComment(*b, t.ownCard, t.bob, QStringLiteral("Bob's")));
    REQUIRE(!edit::removeComment(*b, t.ownCard, int(b->card(t.ownCard)->comments.size() - 1)));
    CHECK(b->snapshot() == t.server());
}

TEST_CASE("Team voting: the server keeps a member to one place in the voting and its budget",
          "[team]")
{
    Together t;
    const QString map = t.map();
    auto bobDoes = [&](const QString& statement) {
        auto n = t.db.rowsAs(t.bob, QString(statement).replace(QLatin1String("{map}"), map));
        return n ? *n : -1;
    };
    REQUIRE(bobDoes(QStringLiteral("INSERT INTO cxmap.participants VALUES ({map}, 901, "
                                   "current_user, 2) RETURNING 1")) == 1);
    // Not twice under his name.
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.participants VALUES ({map}, 902, "
                                 "current_user, 2) RETURNING 1")) == -1);
    // Two dots of his budget of two on one journey, and no third.
    const QList<Id> cards = [&] {
        QList<Id> ids;
        const Id journey = t.data.journeys.first().id;
        for (const Card& c : t.data.cards) {
            for (const Stage& s : t.data.stages) {
                if (s.id == c.stageId && s.journeyId == journey && ids.size() < 3)
                    ids.append(c.id);
            }
        }
        return ids;
    }();
    REQUIRE(cards.size() == 3);
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.card_votes VALUES ({map}, %1, 901, 1) "
                                 "RETURNING 1")
                      .arg(cards[0])) == 1);
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.card_votes VALUES ({map}, %1, 901, 2) "
                                 "RETURNING 1")
                      .arg(cards[1])) == -1);
    CHECK(bobDoes(QStringLiteral("INSERT INTO cxmap.card_votes VALUES ({map}, %1, 901, 1) "
                                 "RETURNING 1")
                      .arg(cards[1])) == 1);
    CHECK(bobDoes(QStringLiteral("UPDATE cxmap.card_votes SET dots = 2 WHERE card_id = %1 "
                                 "RETURNING 1")
                      .arg(cards[0])) == -1);
    // The facilitator lowers his budget: he keeps his dots and may take them back.
    t.db.sql(QStringLiteral("UPDATE cxmap.participants SET budget = 1 WHERE id = 901"));
    CHECK(bobDoes(QStringLiteral("DELETE FROM cxmap.card_votes WHERE card_id = %1 RETURNING 1")
                      .arg(cards[1])) == 1);
    CHECK(t.value(QStringLiteral("SELECT sum(dots) FROM cxmap.card_votes WHERE participant_id = "
                                 "901")) == QStringLiteral("1"));
}

TEST_CASE("Team live: a renamed stage or department arrives alone, a new stage reads the map "
          "again",
          "[team]")
{
    Together t;
    auto a = t.open(t.alice);
    auto b = t.open(t.bob);
    QSignalSpy stageChanged(b.get(), &Document::stageChanged);
    QSignalSpy departmentChanged(b.get(), &Document::departmentChanged);
    QSignalSpy reloaded(b.get(), &Document::reloaded);
    const Stage stage = t.data.stages.first();
    REQUIRE(!edit::renameStage(*a, stage.id, QStringLiteral("Seeing the ad")));
    Department d = t.data.departments.first();
    d.name = QStringLiteral("Brand & Marketing");
    d.color = QColor(QStringLiteral("#aa3355"));
    REQUIRE(!edit::editDepartment(*a, d));
    REQUIRE(waitFor([&] {
        return b->stage(stage.id)->name == QStringLiteral("Seeing the ad") &&
               b->department(d.id)->name == d.name;
    }));
    CHECK(stageChanged.size() == 1);
    CHECK(departmentChanged.size() == 1);
    CHECK(b->department(d.id)->color == d.color);
    CHECK(reloaded.isEmpty());
    CHECK(b->snapshot() == a->snapshot());

    // A stage added (the others move along) is a change of structure.
    REQUIRE(edit::addStage(*a, stage.journeyId, QStringLiteral("Before it all"), 0).ok());
    REQUIRE(waitFor([&] { return !reloaded.isEmpty(); }));
    settle();
    CHECK(b->snapshot() == a->snapshot());
    CHECK(b->snapshot() == t.server());
}

TEST_CASE("Team links: a member reverses and retypes a link of its own card, the other window "
          "follows, another department's link is refused with the reason",
          "[team]")
{
    Together t;
    auto a = t.open(t.alice);
    auto b = t.open(t.bob);
    // Two cards of other departments in the journey of Billing's card.
    const Id journey = b->journeyOfCard(t.ownCard);
    const Id billing = b->card(t.ownCard)->accountableId;
    QList<Id> others;
    for (Id id : b->cardIdsOfJourney(journey)) {
        const Card* c = b->card(id);
        if (c->accountableId && c->accountableId != billing && others.size() < 2)
            others << id;
    }
    REQUIRE(others.size() == 2);

    const auto own = edit::addLink(*b, t.ownCard, others[0], LinkType::Feeds);
    REQUIRE(own.ok());
    REQUIRE(!edit::reverseLink(*b, own.value()));
    Link retyped = *b->link(own.value());
    retyped.type = LinkType::Triggers;
    retyped.label = QStringLiteral("invoice data");
    REQUIRE(!edit::editLink(*b, retyped));
    const auto followed = [&] {
        const Link* l = a->link(own.value());
        return l && l->fromCardId == others[0] && l->toCardId == t.ownCard &&
               l->type == LinkType::Triggers && l->label == QStringLiteral("invoice data");
    };
    CHECK(waitFor(followed));
    CHECK(b->snapshot() == t.server());

    const auto theirs = edit::addLink(*a, others[0], others[1], LinkType::Feeds);
    REQUIRE(theirs.ok());
    REQUIRE(waitFor([&] { return b->link(theirs.value()) != nullptr; }));
    const Error reversed = edit::reverseLink(*b, theirs.value());
    CHECK(reversed.code == ErrorCode::NoPermission);
    CHECK_FALSE(reversed.message.isEmpty());
    CHECK(edit::removeLinks(*b, {own.value(), theirs.value()}).code == ErrorCode::NoPermission);
    CHECK(b->link(own.value())); // nothing of the refused step was done
    settle();
    CHECK(b->snapshot() == t.server());
}
