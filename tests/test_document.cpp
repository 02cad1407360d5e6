#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "model/document.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

using namespace cx;

TEST_CASE("a one-card edit emits one precise signal, never a reload", "[document]")
{
    test::TempDir dir;
    auto doc = Document::create(dir.file(QStringLiteral("d.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    Document& d = *doc.value();
    QSignalSpy changed(&d, &Document::cardChanged);
    QSignalSpy added(&d, &Document::cardAdded);
    QSignalSpy reloaded(&d, &Document::reloaded);

    Card c = *d.card(2);
    c.emotion = 1;
    REQUIRE_FALSE(edit::editCard(d, c));
    REQUIRE(changed.count() == 1);
    REQUIRE(changed.first().at(0).value<Id>() == 2);
    REQUIRE(changed.first().at(1).value<CardFields>() == CardFields(CardField::Emotion));
    REQUIRE(added.count() == 0);
    REQUIRE(reloaded.count() == 0);

    QSignalSpy moved(&d, &Document::stageMoved);
    REQUIRE_FALSE(edit::moveStage(d, 3, 0));
    REQUIRE(moved.count() == 1);
    REQUIRE(moved.first().at(2).toInt() == 2);
    REQUIRE(moved.first().at(3).toInt() == 0);
}

TEST_CASE("a refused edit changes nothing and says why", "[document]")
{
    test::TempDir dir;
    auto doc = Document::create(dir.file(QStringLiteral("d.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    Document& d = *doc.value();
    const DocumentData before = d.snapshot();
    QSignalSpy errors(&d, &Document::errorOccurred);
    // A primitive whose precondition fails aborts its transaction.
    d.removeCard(3); // card 3 still has links
    REQUIRE(errors.count() == 1);
    REQUIRE(d.lastError().message.contains(QStringLiteral("links")));
    REQUIRE(d.snapshot() == before);
}

TEST_CASE("an untitled document lives in the autosave folder until it is named", "[document]")
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDir dir;
    auto doc = Document::createUntitled(test::smallDocument());
    REQUIRE(doc.ok());
    Document& d = *doc.value();
    REQUIRE(d.isUntitled());
    const QString autosave = d.path();
    REQUIRE(autosave.startsWith(Document::autosaveDir()));
    REQUIRE(QFileInfo::exists(autosave));
    REQUIRE(edit::setCardTitle(d, 1, QStringLiteral("Edited before naming")).code ==
            ErrorCode::None);

    const QString named = dir.file(QStringLiteral("named.cxmap"));
    REQUIRE_FALSE(d.saveAs(named));
    REQUIRE_FALSE(d.isUntitled());
    REQUIRE(d.path() == named);
    REQUIRE_FALSE(QFileInfo::exists(autosave));

    // Edits and undo go on in the named file.
    REQUIRE_FALSE(edit::setCardTitle(d, 2, QStringLiteral("After naming")));
    d.undoStack()->undo();
    d.undoStack()->undo();
    doc.value().reset();
    auto reopened = Document::open(named);
    REQUIRE(reopened.ok());
    REQUIRE(reopened.value()->snapshot() == test::smallDocument());
}

TEST_CASE("save a copy leaves the document where it was", "[document]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("a.cxmap"));
    auto doc = Document::create(path, test::smallDocument());
    REQUIRE(doc.ok());
    const QString copy = dir.file(QStringLiteral("copy.cxmap"));
    REQUIRE_FALSE(doc.value()->saveCopy(copy));
    REQUIRE(doc.value()->path() == path);
    auto other = Document::open(copy);
    REQUIRE(other.ok());
    REQUIRE(other.value()->snapshot() == doc.value()->snapshot());
}

TEST_CASE("A step applied to a card that changed since keeps the other changes", "[document]")
{
    // What a team map's undo meets: the card as it is now holds someone
    // else's title, comment and dots; the step only changed the status and
    // took one comment away.
    Card from;
    from.id = 1;
    from.title = QStringLiteral("Credit check");
    from.status = CardStatus::Open;
    const QDateTime t0 = QDateTime(QDate(2026, 11, 12), QTime(9, 0), Qt::UTC);
    from.comments = {{QStringLiteral("ana"), t0, QStringLiteral("first")},
                     {QStringLiteral("ana"), t0.addSecs(60), QStringLiteral("second")}};
    from.votes = 3; // 1 anonymous + 2 dots of participant 7
    from.dots = {{7, 2}};
    Card to = from;
    to.status = CardStatus::Done;
    to.comments.removeFirst();

    Card now = from;
    now.title = QStringLiteral("Faster credit check");
    now.comments.append({QStringLiteral("bob"), t0.addSecs(120), QStringLiteral("third")});
    now.dots = {{7, 2}, {9, 1}};
    now.votes = 4;

    const Card done = withChange(now, from, to);
    CHECK(done.title == now.title);
    CHECK(done.status == CardStatus::Done);
    REQUIRE(done.comments.size() == 2);
    CHECK(done.comments[0].text == QStringLiteral("second"));
    CHECK(done.comments[1].text == QStringLiteral("third"));
    CHECK(done.dots == now.dots);
    CHECK(done.votes == 4);

    // And back (the undo): the comment returns in its place by time, the
    // status goes back, the others' changes stay.
    const Card undone = withChange(done, to, from);
    CHECK(undone.title == now.title);
    CHECK(undone.status == CardStatus::Open);
    REQUIRE(undone.comments.size() == 3);
    CHECK(undone.comments[0].text == QStringLiteral("first"));
    CHECK(undone.comments[2].text == QStringLiteral("third"));

    // A vote step moves only that participant's dots and the anonymous count.
    Card voted = from;
    voted.dots = {{5, 1}, {7, 2}};
    voted.votes = 4;
    const Card both = withChange(now, from, voted);
    CHECK(both.dots == QList<Dot>{{5, 1}, {7, 2}, {9, 1}});
    CHECK(both.votes == 5);
    // With nothing changed since, the step is exactly its result.
    CHECK(withChange(from, from, to) == to);
    CHECK(withChange(to, to, from) == from);
}
