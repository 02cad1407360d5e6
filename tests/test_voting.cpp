// Dot voting and comments: budgets per journey, one undo step per vote, reset
// in one step, a participant leaving takes their dots, all of it in the file.

#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "model/document.h"
#include "testutil.h"

#include <QFile>
#include <QUndoStack>

#include <sqlite3.h>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const test::TempDir& dir)
{
    // smallDocument: Ana (budget 5) has 2 dots and Ben (budget 3) 1 dot on
    // card 1, which has 4 votes; its one journey holds cards 1-5.
    auto doc = Document::create(dir.file(QStringLiteral("votes.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

// One integer from plain SQLite, as someone with the sqlite3 shell would read
// it. The open document holds its file exclusively: this reads what a crash
// now would leave (the file and its log, copied aside).
qint64 sqlInt(const QString& path, const char* query)
{
    test::TempDir aside;
    const QString copy = aside.file(QStringLiteral("copy.cxmap"));
    REQUIRE(QFile::copy(path, copy));
    QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, query, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const qint64 value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

// A card in a second journey, made for the test.
Id cardInAnotherJourney(Document& doc)
{
    Journey j;
    j.name = QStringLiteral("Moving house");
    const Result<Id> journey = edit::addJourney(doc, j);
    REQUIRE(journey.ok());
    const Result<Id> stage = edit::addStage(doc, *journey, QStringLiteral("Notice"));
    const Result<Id> lane =
        edit::addLane(doc, *journey, QStringLiteral("Touchpoints"), LaneKind::Touchpoint);
    REQUIRE(stage.ok());
    REQUIRE(lane.ok());
    Card c;
    c.stageId = *stage;
    c.laneId = *lane;
    c.title = QStringLiteral("Moving form");
    const Result<Id> card = edit::addCard(doc, c);
    REQUIRE(card.ok());
    return *card;
}

} // namespace

TEST_CASE("a participant cannot spend more dots than their budget on a journey", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id ben = 2; // budget 3, one dot spent on card 1
    REQUIRE(doc->dotsSpent(ben, 1) == 1);

    REQUIRE_FALSE(edit::vote(*doc, 2, ben));
    REQUIRE_FALSE(edit::vote(*doc, 2, ben));
    CHECK(doc->card(2)->votes == 2);
    CHECK(doc->card(2)->dotsOf(ben) == 2);
    CHECK(doc->dotsSpent(ben, 1) == 3);

    const int steps = doc->undoStack()->count();
    const Error refused = edit::vote(*doc, 3, ben);
    REQUIRE(refused);
    CHECK(refused.message == QStringLiteral("Ben has no dots left on this journey (budget 3)"));
    CHECK(doc->card(3)->votes == 0);
    CHECK(doc->undoStack()->count() == steps);

    // The budget is per journey: the other journey's card still takes a dot.
    const Id elsewhere = cardInAnotherJourney(*doc);
    REQUIRE_FALSE(edit::vote(*doc, elsewhere, ben));
    CHECK(doc->card(elsewhere)->dotsOf(ben) == 1);
    // All participants at once (the Voting panel's counts), per journey.
    CHECK(doc->dotsSpentByParticipant(1).value(ben) == 3);
    CHECK(doc->dotsSpentByParticipant(doc->journeyOfCard(elsewhere)).value(ben) == 1);

    // Taking a dot back frees it; a card without their dot has none to give.
    REQUIRE_FALSE(edit::unvote(*doc, 2, ben));
    CHECK(doc->card(2)->votes == 1);
    CHECK_FALSE(edit::vote(*doc, 3, ben));
    const Error none = edit::unvote(*doc, 4, ben);
    REQUIRE(none);
    CHECK(none.message == QStringLiteral("Ben has no dot on this card"));

    // A budget lowered below what is spent keeps the dots and allows no more.
    Participant p = *doc->participant(ben);
    p.budget = 1;
    REQUIRE_FALSE(edit::editParticipant(*doc, p));
    CHECK(doc->dotsSpent(ben, 1) == 3);
    CHECK(edit::vote(*doc, 5, ben));
}

TEST_CASE("each vote is one undo step and is in the file at once", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const DocumentData before = doc->snapshot();

    REQUIRE_FALSE(edit::vote(*doc, 1, 1)); // Ana's third dot on card 1
    REQUIRE_FALSE(edit::vote(*doc, 4, 1));
    CHECK(doc->card(1)->votes == 5);
    CHECK(doc->card(1)->dots == QList<Dot>{{1, 3}, {2, 1}});
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Vote for “Credit check”"));
    REQUIRE(test::onDisk(doc->path()) == doc->snapshot());
    CHECK(sqlInt(doc->path(), "SELECT dots FROM card_votes WHERE card_id = 1 AND "
                              "participant_id = 1") == 3);
    CHECK(sqlInt(doc->path(), "SELECT votes FROM cards WHERE id = 1") == 5);

    doc->undoStack()->undo();
    CHECK(doc->card(4)->votes == 0);
    CHECK(doc->card(4)->dots.isEmpty());
    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
    CHECK(test::onDisk(doc->path()) == before);
    doc->undoStack()->redo();
    CHECK(doc->card(1)->dotsOf(1) == 3);
}

TEST_CASE("reset votes clears a journey's votes in one undoable step", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id elsewhere = cardInAnotherJourney(*doc);
    REQUIRE_FALSE(edit::vote(*doc, 2, 1));
    REQUIRE_FALSE(edit::vote(*doc, elsewhere, 1)); // the other journey
    const DocumentData voted = doc->snapshot();
    const int steps = doc->undoStack()->count();

    REQUIRE_FALSE(edit::resetVotes(*doc, 1));
    CHECK(doc->undoStack()->count() == steps + 1);
    for (Id id : doc->cardIdsOfJourney(1)) {
        CHECK(doc->card(id)->votes == 0);
        CHECK(doc->card(id)->dots.isEmpty());
    }
    CHECK(doc->card(elsewhere)->dotsOf(1) == 1); // untouched
    CHECK(doc->dotsSpent(1, 1) == 0);
    CHECK(sqlInt(doc->path(), "SELECT count(*) FROM card_votes") == 1);

    // Nothing left to reset: no empty step.
    REQUIRE_FALSE(edit::resetVotes(*doc, 1));
    CHECK(doc->undoStack()->count() == steps + 1);

    doc->undoStack()->undo();
    CHECK(doc->snapshot() == voted);
    CHECK(test::onDisk(doc->path()) == voted);
}

TEST_CASE("a participant who leaves takes their dots along, and undo brings both back", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id elsewhere = cardInAnotherJourney(*doc);
    REQUIRE_FALSE(edit::vote(*doc, elsewhere, 1));
    const DocumentData before = doc->snapshot();

    REQUIRE_FALSE(edit::removeParticipant(*doc, 1)); // Ana
    CHECK_FALSE(doc->participant(1));
    CHECK(doc->card(1)->votes == 2); // Ben's dot and the one from before
    CHECK(doc->card(1)->dots == QList<Dot>{{2, 1}});
    CHECK(doc->card(elsewhere)->votes == 0);
    CHECK(test::onDisk(doc->path()) == doc->snapshot());

    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
    CHECK(test::onDisk(doc->path()) == before);
}

TEST_CASE("participants have unique names", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    CHECK(edit::addParticipant(*doc, {0, QStringLiteral(" ana "), 5}).error().message ==
          QStringLiteral("There is already a participant called “ana”"));
    CHECK(edit::addParticipant(*doc, {0, QStringLiteral("  "), 5}).error().message ==
          QStringLiteral("A participant needs a name"));
    const Result<Id> cleo = edit::addParticipant(*doc, {0, QStringLiteral(" Cleo"), 2});
    REQUIRE(cleo.ok());
    CHECK(doc->participant(*cleo)->name == QStringLiteral("Cleo"));
    CHECK(doc->participantByName(QStringLiteral("CLEO"))->id == *cleo);
    CHECK(test::onDisk(doc->path()) == doc->snapshot());
}

TEST_CASE("copies keep only the votes nobody in particular cast", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Result<QList<Id>> copies = edit::duplicateCards(*doc, {1});
    REQUIRE(copies.ok());
    const Card* copy = doc->card(copies->first());
    CHECK(copy->votes == 1); // the participants' 3 dots stay on the original
    CHECK(copy->dots.isEmpty());
    CHECK(doc->card(1)->votes == 4);
    CHECK(doc->dotsSpent(1, 1) == 2); // Ana's budget is not spent twice

    // A future-state clone is a journey of its own, with its own budgets.
    const Result<Id> future =
        edit::cloneJourney(*doc, 1, QStringLiteral("Broadband, future"), JourneyState::Future);
    REQUIRE(future.ok());
    CHECK(doc->dotsSpent(1, *future) == 2);
}

TEST_CASE("an edit cannot leave a card with fewer votes than dots", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    Card c = *doc->card(1);
    c.votes = 2;
    const Error err = edit::editCard(*doc, c);
    REQUIRE(err);
    CHECK(err.message == QStringLiteral("2 votes cannot hold the 3 dots participants gave"));
    c.votes = 3; // the vote from before the participants goes
    CHECK_FALSE(edit::editCard(*doc, c));
    c.dots.append({9, 1});
    CHECK(edit::editCard(*doc, c).message == QStringLiteral("No participant 9"));
}

TEST_CASE("comments are kept with author and time, in order, and undo", "[voting][comments]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    REQUIRE_FALSE(edit::addComment(*doc, 2, QStringLiteral("Ben"), QStringLiteral("  Slow!  ")));
    const QList<Comment> comments = doc->card(2)->comments;
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].author == QStringLiteral("Ben"));
    CHECK(comments[0].text == QStringLiteral("Slow!"));
    CHECK(comments[0].time >= start);
    CHECK(comments[0].time <= QDateTime::currentDateTimeUtc());
    CHECK(test::onDisk(doc->path()) == doc->snapshot());

    CHECK(edit::addComment(*doc, 2, {}, QStringLiteral("   ")).message ==
          QStringLiteral("A comment needs some text"));
    REQUIRE_FALSE(edit::removeComment(*doc, 1, 0)); // card 1 had two
    CHECK(doc->card(1)->comments.size() == 1);
    CHECK(doc->card(1)->comments[0].text == QStringLiteral("Line one\nline two"));
    CHECK(edit::removeComment(*doc, 1, 5));
    doc->undoStack()->undo();
    CHECK(doc->card(1)->comments == test::smallDocument().cards[0].comments);
    CHECK(test::onDisk(doc->path()) == doc->snapshot());
}

TEST_CASE("a vote on several cards is one step, all of them or none", "[voting]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id ben = 2; // 2 of 3 dots left
    const DocumentData before = doc->snapshot();
    const int steps = doc->undoStack()->count();
    const Error refused = edit::vote(*doc, QList<Id>{2, 3, 4}, ben);
    REQUIRE(refused);
    CHECK(refused.message == QStringLiteral("Ben has no dots left on this journey (budget 3)"));
    CHECK(doc->snapshot() == before);
    CHECK(doc->undoStack()->count() == steps);

    REQUIRE_FALSE(edit::vote(*doc, QList<Id>{2, 3, 2}, ben)); // 2 counts once
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Vote for 2 cards"));
    CHECK(doc->card(2)->dotsOf(ben) == 1);
    CHECK(doc->card(3)->dotsOf(ben) == 1);
    CHECK(edit::unvote(*doc, QList<Id>{2, 4}, ben)); // card 4 has none of his
    CHECK(doc->card(2)->dotsOf(ben) == 1);
    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
}
