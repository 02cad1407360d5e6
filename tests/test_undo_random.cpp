#include <catch2/catch.hpp>

#include "model/document.h"
#include "randomedits.h"
#include "testutil.h"

#include <QUndoStack>

using namespace cx;

TEST_CASE("1,000 random commands: undo all, redo all, reopen", "[commands][undo]")
{
    const unsigned seed = GENERATE(7u, 2024u);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("random.cxmap"));
    auto created = Document::create(path, test::smallDocument());
    REQUIRE(created.ok());
    Document& doc = *created.value();
    const DocumentData initial = doc.snapshot();

    test::RandomEditor editor(doc, seed);
    int done = 0;
    for (int i = 0; i < 1000; ++i) {
        if (!editor.step().isEmpty())
            ++done;
        REQUIRE_FALSE(doc.lastError().code == ErrorCode::Io);
    }
    INFO("seed " << seed << ", " << done << " edits, " << doc.undoStack()->count() << " steps");
    REQUIRE(done > 700);
    const DocumentData final = doc.snapshot();
    REQUIRE(final != initial);

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    REQUIRE(doc.snapshot() == initial);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    REQUIRE(doc.snapshot() == final);

    created.value().reset();
    auto again = Document::open(path);
    REQUIRE(again.ok());
    REQUIRE(again.value()->snapshot() == final);
}
