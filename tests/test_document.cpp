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
