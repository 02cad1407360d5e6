// File > Import > Map from JSON: a JSON export becomes a new, untitled map;
// a bad file is reported and the map on screen stays.

#include <catch2/catch.hpp>

#include "canvas/journeyscene.h"
#include "dialogwatcher.h"
#include "io/jsonformat.h"
#include "mainwindow.h"
#include "model/document.h"
#include "testutil.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QUndoStack>

using namespace cx;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// The action as the File menu offers it: File > Import > ...
QAction* importMenuAction(QMenuBar* bar, const QString& name)
{
    for (QAction* top : bar->actions()) {
        if (!top->menu() || top->text().remove(u'&') != QStringLiteral("File"))
            continue;
        for (QAction* sub : top->menu()->actions()) {
            if (sub->menu() && sub->text().remove(u'&') == QStringLiteral("Import")) {
                for (QAction* a : sub->menu()->actions())
                    if (a->objectName() == name)
                        return a;
            }
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("File > Import > Map from JSON opens the export as a new map", "[ui][importjson]")
{
    test::TempDir dir;
    MainWindow w;
    const QString sample = test::sampleMapFile(dir);
    REQUIRE(w.openFile(sample));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QString sampleTitle = w.document()->title();
    QAction* import = importMenuAction(w.menuBar(), QStringLiteral("importJson"));
    REQUIRE(import);
    REQUIRE(import->isEnabled());

    const QString bad = dir.file(QStringLiteral("bad.json"));
    write(bad, R"({"format": "cxmap", "departments": [{"id": "one"}]})");
    test::DialogWatcher files;
    files.answerFile = bad;
    files.arm();
    test::DialogWatcher error;
    error.armAfter(files);
    import->trigger();
    CHECK(error.seen == 1);
    CHECK(error.text.contains(QStringLiteral("bad.json")));
    REQUIRE(w.document());
    CHECK(w.document()->path() == sample); // the map on screen stays

    const QString good = dir.file(QStringLiteral("small.json"));
    const DocumentData small = test::smallDocument();
    write(good, toJson(small));
    files.answerFile = good;
    files.arm();
    import->trigger();
    REQUIRE(w.document());
    Document& doc = *w.document();
    CHECK(doc.title() == small.title);
    CHECK(doc.title() != sampleTitle);
    CHECK(doc.path() != sample);
    CHECK(doc.cardCount() == int(small.cards.size()));
    CHECK(doc.departmentIds().size() == small.departments.size());
    CHECK(w.journey() == small.journeys.first().id);
    CHECK(w.scene()->cardItemCount() == int(doc.cardIdsOfJourney(w.journey()).size()));
    CHECK(doc.undoStack()->count() == 0);
    DocumentData back = doc.snapshot();
    back.canonicalize();
    DocumentData expected = small;
    expected.canonicalize();
    CHECK(back.cards == expected.cards); // nothing lost on the way
}
