// The main window as a user drives it, offscreen: opening good and bad
// files, the lens from the View menu, copy and paste between two windows,
// settings that persist. The Edit menu and keys on the canvas are in
// test_ui_canvas_gestures.cpp.

#include <catch2/catch.hpp>

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "dialogwatcher.h"
#include "io/jsonformat.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/departmentpanel.h"
#include "panels/outlinepanel.h"
#include "quickaddbar.h"
#include "recentfiles.h"
#include "scenecount.h"
#include "testutil.h"
#include "workshop/comparepanel.h"
#include "workshop/presentation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cx;

TEST_CASE("the window opens a map: canvas, title, counts and recent files", "[ui][mainwindow]")
{
    test::TempDir dir;
    const QString path = test::sampleMapFile(dir);
    RecentFiles::clear();
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    CHECK(w.windowTitle().startsWith(QStringLiteral("sample.cxmap")));
    const Id journey = w.journey();
    REQUIRE(journey != 0);
    CHECK(test::itemsOfType<canvas::CardItem>(*w.scene()) ==
          w.document()->cardIdsOfJourney(journey).size());
    const QLabel* counts = w.findChild<QLabel*>(QStringLiteral("countsLabel"));
    REQUIRE(counts);
    CHECK(counts->text().contains(QStringLiteral("131 cards")));
    CHECK(RecentFiles::list().value(0) == QFileInfo(path).absoluteFilePath());
    // The outline lists the journey with its stages.
    w.outline()->flush();
    QTreeWidget* tree = w.outline()->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->child(0)->childCount() == w.document()->stageIds(journey).size());
}

TEST_CASE("a damaged file shows the store's message and the window keeps working",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    const QString good = test::sampleMapFile(dir);
    const QString bad = dir.file(QStringLiteral("damaged.cxmap"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(good));
    const int cards = w.document()->cardCount();

    test::DialogWatcher dialog;
    dialog.arm();
    CHECK_FALSE(w.openFile(bad));
    CHECK(dialog.seen == 1);
    CHECK(dialog.title.contains(QStringLiteral("damaged.cxmap")));
    CHECK(dialog.text.contains(QStringLiteral("not an SQLite database")));
    // Still on the good map, still editable.
    REQUIRE(w.document());
    CHECK(w.document()->cardCount() == cards);
    CHECK(QFileInfo(w.document()->path()).fileName() == QStringLiteral("sample.cxmap"));
    const Id card = w.document()->cardIdsOfJourney(w.journey()).first();
    w.scene()->selectCards({card});
    w.action(QStringLiteral("delete"))->trigger();
    CHECK(w.document()->cardCount() == cards - 1);
}

TEST_CASE("cards copied in one window paste into another map", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow a;
    MainWindow b;
    REQUIRE(a.openFile(test::sampleMapFile(dir, QStringLiteral("a.cxmap"))));
    REQUIRE(b.openFile(test::sampleMapFile(dir, QStringLiteral("b.cxmap"))));
    Document& from = *a.document();
    Document& to = *b.document();
    const Id card = from.cardIdsOfJourney(a.journey()).at(5);
    const Card original = *from.card(card);
    a.scene()->selectCards({card});
    a.action(QStringLiteral("copy"))->trigger();

    const int before = to.cardCount();
    b.action(QStringLiteral("paste"))->trigger();
    REQUIRE(to.cardCount() == before + 1);
    const QList<Id> pasted = b.scene()->selectedCardIds();
    REQUIRE(pasted.size() == 1);
    const Card* c = to.card(pasted[0]);
    CHECK(c->title == original.title);
    CHECK(to.department(c->accountableId)->name == from.department(original.accountableId)->name);
    CHECK(to.stage(c->stageId)->name == from.stage(original.stageId)->name);
    CHECK(to.undoStack()->count() == 1);
    b.action(QStringLiteral("undo"))->trigger();
    CHECK(to.cardCount() == before);
}

TEST_CASE("the lens from the View menu dims other departments' cards", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    Document& doc = *w.document();
    const Department* billing = doc.departmentByName(QStringLiteral("Billing & Finance"));
    REQUIRE(billing);
    QMenu* lensMenu = w.findChild<QMenu*>(QStringLiteral("lensMenu"));
    REQUIRE(lensMenu);
    QAction* pick = nullptr;
    for (QAction* a : lensMenu->actions())
        if (a->data().toLongLong() == billing->id && a->isCheckable())
            pick = a;
    REQUIRE(pick);
    pick->trigger();
    w.scene()->flush();
    CHECK(w.scene()->lens() == billing->id);
    CHECK(w.departmentPanel()->lens() == billing->id);
    int dimmed = 0;
    int full = 0;
    for (Id id : doc.cardIdsOfJourney(w.journey())) {
        const Card* c = doc.card(id);
        const bool involved =
            c->accountableId == billing->id || c->contributingIds.contains(billing->id);
        const auto* item = w.scene()->cardItem(id);
        if (involved)
            CHECK_FALSE(item->isDimmed());
        (item->isDimmed() ? dimmed : full)++;
    }
    CHECK(dimmed > 0);
    CHECK(full > 0);
    w.setLens(0);
    w.scene()->flush();
    for (Id id : doc.cardIdsOfJourney(w.journey()))
        CHECK_FALSE(w.scene()->cardItem(id)->isDimmed());
}

TEST_CASE("window layout and view options persist across sessions", "[ui][mainwindow]")
{
    QSettings().clear();
    {
        MainWindow w;
        w.show();
        w.action(QStringLiteral("showLinks"))->setChecked(false);
        w.close();
    }
    MainWindow again;
    CHECK_FALSE(again.action(QStringLiteral("showLinks"))->isChecked());
    CHECK_FALSE(again.scene()->showLinks());
    QSettings().clear();
}

TEST_CASE("renaming a stage in the Outline is one undo step", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    Document& doc = *w.document();
    const Id stage = doc.stageIds(w.journey()).at(2);
    const QString old = doc.stage(stage)->name;
    w.outline()->flush();
    QTreeWidget* tree = w.outline()->tree();
    QTreeWidgetItem* row = tree->topLevelItem(0)->child(0)->child(2);
    REQUIRE(row->text(0) == old);
    row->setText(0, QStringLiteral("Checkout"));
    CHECK(doc.stage(stage)->name == QStringLiteral("Checkout"));
    CHECK(doc.undoStack()->count() == 1);
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(doc.stage(stage)->name == old);
    w.outline()->flush();
    CHECK(w.outline()->tree()->topLevelItem(0)->child(0)->child(2)->text(0) == old);
}

TEST_CASE("Clone as Future State shows the copy, undo goes back to the original",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    Document& doc = *w.document();
    const Id original = w.journey();
    const int cards = int(doc.cardIdsOfJourney(original).size());
    w.action(QStringLiteral("cloneFuture"))->trigger();
    REQUIRE(doc.journeyIds().size() == 2);
    const Id clone = w.journey();
    CHECK(clone != original);
    CHECK(w.scene()->journeyId() == clone);
    CHECK(doc.journey(clone)->state == JourneyState::Future);
    CHECK(doc.cardIdsOfJourney(clone).size() == cards);
    CHECK(w.scene()->cardItemCount() == cards);
    w.outline()->flush();
    CHECK(w.outline()->tree()->topLevelItemCount() == 2);

    w.action(QStringLiteral("undo"))->trigger();
    CHECK(doc.journeyIds() == QList<Id>{original});
    CHECK(w.journey() == original);
    CHECK(w.scene()->cardItemCount() == cards);
}

TEST_CASE("closing leaves the start page, a recent map opens from it", "[ui][mainwindow]")
{
    test::TempDir dir;
    const QString path = test::sampleMapFile(dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    w.action(QStringLiteral("closeMap"))->trigger();
    CHECK_FALSE(w.document());
    CHECK_FALSE(w.action(QStringLiteral("delete"))->isEnabled());
    QListWidget* recent = w.findChild<QListWidget*>(QStringLiteral("startRecent"));
    REQUIRE(recent);
    REQUIRE(recent->isVisible());
    REQUIRE(recent->count() >= 1);
    emit recent->itemActivated(recent->item(0));
    REQUIRE(w.document());
    CHECK(QFileInfo(w.document()->path()) == QFileInfo(path));
}

TEST_CASE("stage headers stay in sight when the map scrolls down", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    canvas::JourneyView* view = w.view();
    view->setZoom(1.0);
    const auto headerColourAt = [&] {
        QApplication::processEvents();
        const QImage shot = view->viewport()->grab().toImage();
        // Middle of the first visible stage header, 20 px below the top.
        const auto& column = w.scene()->layout().columns.first();
        const QPoint p = view->mapFromScene(QPointF(column.left + 112, 0));
        return QColor(shot.pixel(std::max(p.x(), 0) * shot.width() / view->viewport()->width(),
                                 20 * shot.height() / view->viewport()->height()));
    };
    view->verticalScrollBar()->setValue(0);
    view->horizontalScrollBar()->setValue(0);
    const QColor atTop = headerColourAt();
    CHECK(atTop.value() < 100); // the dark header
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    REQUIRE(view->verticalScrollBar()->value() > 500);
    CHECK(headerColourAt() == atTop);
}

TEST_CASE("File > Import adds a CSV's cards as one undo step or reports the bad line",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    Document& doc = *w.document();
    const int cards = doc.cardCount();
    const QString good = dir.file(QStringLiteral("good.csv"));
    const QString bad = dir.file(QStringLiteral("bad.csv"));
    const auto write = [](const QString& path, const QByteArray& bytes) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(good, "journey,stage,lane,title,accountable\r\n"
                "\"Home broadband, current state\",Order,Customer actions,Pays by card,Billing & "
                "Finance\r\n"
                "\"Home broadband, current state\",Renewal,Customer actions,Gets a renewal offer,"
                "Marketing\r\n");
    write(bad, "journey,stage,lane,title,emotion\nJ,S,L,Fine,1\nJ,S,L,Too angry,-5\n");

    test::DialogWatcher files;
    files.answerFile = bad;
    files.arm();
    test::DialogWatcher error;
    error.armAfter(files);
    w.action(QStringLiteral("importCsv"))->trigger();
    CHECK(error.seen == 1);
    CHECK(error.text.contains(QStringLiteral("line 3")));
    CHECK(error.text.contains(QStringLiteral("emotion")));
    CHECK(doc.cardCount() == cards);
    CHECK(doc.undoStack()->count() == 0);

    files.answerFile = good;
    files.arm();
    w.action(QStringLiteral("importCsv"))->trigger();
    REQUIRE(doc.cardCount() == cards + 2);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(w.scene()->selectedCardIds().size() == 2);
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(doc.cardCount() == cards);
}

TEST_CASE("File > Export > PDF Report writes the report next to the map", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    test::DialogWatcher dialog;
    dialog.arm();
    w.action(QStringLiteral("exportPdf"))->trigger();
    CHECK(dialog.seen == 1);
    const QString pdf = dir.file(QStringLiteral("sample.pdf"));
    REQUIRE(QFileInfo(pdf).size() > 10000);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    CHECK(info.exitCode() == 0);
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("Pages:")));
}

TEST_CASE("Ctrl+K opens the quick-add bar, a typed line becomes a card on the canvas",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    REQUIRE(QTest::qWaitForWindowActive(&w));
    Document& doc = *w.document();
    const int cards = doc.cardCount();
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QuickAddBar* bar = w.quickAddBar();
    REQUIRE(bar->isVisible());
    QLineEdit* line = bar->findChild<QLineEdit*>();
    REQUIRE(line);
    REQUIRE(line->hasFocus());
    QTest::keyClicks(line,
                     QStringLiteral("order / touchpoint: Card form rejects Amex @IT -1 #web"));
    QTest::keyClick(line, Qt::Key_Return);
    INFO(bar->message().toStdString());
    REQUIRE(doc.cardCount() == cards + 1);
    const QList<Id> selected = w.scene()->selectedCardIds();
    REQUIRE(selected.size() == 1);
    const Card* c = doc.card(selected[0]);
    CHECK(c->title == QStringLiteral("Card form rejects Amex"));
    CHECK(doc.stage(c->stageId)->name == QStringLiteral("Order"));
    CHECK(doc.department(c->accountableId)->name == QStringLiteral("IT"));
    CHECK(c->emotion == -1);
    CHECK(w.scene()->cardItem(c->id));
    CHECK(line->text().isEmpty());
    CHECK(bar->isVisible()); // ready for the next card
}

TEST_CASE("closing an untitled map that was worked on asks before discarding it",
          "[ui][mainwindow]")
{
    MainWindow w;
    w.action(QStringLiteral("newMap"))->trigger();
    REQUIRE(w.document());
    REQUIRE(w.document()->isUntitled());
    const QString autosave = w.document()->path();
    REQUIRE(QFile::exists(autosave));
    // An empty map nobody touched goes without a question.
    {
        test::DialogWatcher none;
        w.action(QStringLiteral("closeMap"))->trigger();
        CHECK(none.seen == 0);
        CHECK_FALSE(QFile::exists(autosave));
    }
    w.action(QStringLiteral("newMap"))->trigger();
    REQUIRE(w.document());
    const QString second = w.document()->path();
    w.action(QStringLiteral("addStage"))->setEnabled(true);
    REQUIRE(w.document()->journeyIds().size() >= 1);
    Journey renamed = *w.document()->journey(w.journey());
    renamed.name = QStringLiteral("Onboarding");
    REQUIRE_FALSE(edit::editJourney(*w.document(), renamed));
    test::DialogWatcher ask;
    ask.answer = QMessageBox::Cancel;
    ask.arm();
    w.action(QStringLiteral("closeMap"))->trigger();
    CHECK(ask.seen == 1);
    CHECK(ask.title == QStringLiteral("Keep this map?"));
    REQUIRE(w.document()); // cancelled: still open
    CHECK(QFile::exists(second));
    ask.answer = QMessageBox::Discard;
    ask.arm();
    w.action(QStringLiteral("closeMap"))->trigger();
    CHECK_FALSE(w.document());
    CHECK_FALSE(QFile::exists(second));
}

TEST_CASE("Journey > New Journey makes a journey ready to fill, as one undo step",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    Document& doc = *w.document();
    const Id original = w.journey();
    test::DialogWatcher name;
    name.arm();
    w.action(QStringLiteral("newJourney"))->trigger();
    CHECK(name.seen == 1);
    REQUIRE(doc.journeyIds().size() == 2);
    const Id made = w.journey();
    CHECK(made != original);
    CHECK(doc.journey(made)->name == name.text);
    CHECK(doc.stageIds(made).size() == 4);
    CHECK(doc.laneIds(made).size() == 7);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(w.action(QStringLiteral("addCard"))->isEnabled());
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(doc.journeyIds() == QList<Id>{original});
    CHECK(w.journey() == original);
}

TEST_CASE("F5 presents the journey alone, Esc brings the window back", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.presenter()->setAnimated(false);
    QDockWidget* outline = w.findChild<QDockWidget*>(QStringLiteral("outlineDock"));
    REQUIRE(outline);
    REQUIRE(outline->isVisible());
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_F5);
    REQUIRE(w.presenter()->isPresenting());
    CHECK_FALSE(outline->isVisible());
    CHECK(w.action(QStringLiteral("present"))->isChecked());
    QTest::keyClick(w.view(), Qt::Key_Right);
    CHECK(w.presenter()->step() == 1);
    QTest::keyClick(w.view(), Qt::Key_Escape);
    CHECK_FALSE(w.presenter()->isPresenting());
    CHECK(outline->isVisible());
    CHECK_FALSE(w.action(QStringLiteral("present"))->isChecked());
}

TEST_CASE("the Compare panel follows the journey on screen", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    const Id original = w.journey();
    w.action(QStringLiteral("cloneFuture"))->trigger();
    const Id future = w.journey();
    REQUIRE(future != original);
    CHECK(w.comparePanel()->futureJourney() == future);
    CHECK(w.comparePanel()->currentJourney() == original);
}

TEST_CASE("a failed write is reported once, after the edit returns", "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    test::DialogWatcher dialog;
    dialog.arm();
    // What Document does when a transaction fails (disk full, I/O error).
    emit w.document()->errorOccurred(
        Error{ErrorCode::DiskFull, QStringLiteral("Cannot save: the disk is full")});
    CHECK(dialog.seen == 0); // not from inside the undo stack's push
    CHECK(QTest::qWaitFor([&dialog] { return dialog.seen == 1; }));
    CHECK(dialog.text.contains(QStringLiteral("disk is full")));
}
