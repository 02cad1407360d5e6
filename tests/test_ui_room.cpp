// Room to see the map, driven as a user would at 1280 x 800 and 1400 x 900:
// Focus on Canvas hides every dock and toolbar and restores them exactly,
// Fit Width puts every stage across the window, F11 goes full screen, the
// window keeps inside its screen and the Departments list has room.

#include <catch2/catch.hpp>

#include "canvas/canvasstyle.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "docklayout.h"
#include "mainwindow.h"
#include "model/document.h"
#include "samplewindow.h"
#include "testutil.h"
#include "workshop/presentation.h"

#include <QAction>
#include <QDockWidget>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace cx;

namespace {

// Which dock is visible, and which tab is current in each tab bar.
QStringList layoutOf(const MainWindow& w)
{
    QStringList out;
    for (QDockWidget* d : w.findChildren<QDockWidget*>()) {
        const bool front = !d->visibleRegion().isEmpty();
        out << QStringLiteral("%1:%2%3")
                   .arg(d->objectName())
                   .arg(d->isVisible() ? "shown" : "hidden")
                   .arg(front ? "+front" : "");
    }
    for (QToolBar* t : w.findChildren<QToolBar*>())
        out << QStringLiteral("%1:%2").arg(t->objectName()).arg(t->isVisible());
    for (QTabBar* bar : w.findChildren<QTabBar*>())
        if (bar->isVisible())
            out << QStringLiteral("tab:%1").arg(bar->tabText(bar->currentIndex()));
    out.sort();
    return out;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

TEST_CASE("Focus on Canvas hides every dock and toolbar and restores them exactly", "[ui][room]")
{
    test::SampleWindow room(1280, 800);
    MainWindow& w = room.w;
    // A layout of the user's own: Voting in front on the left, Dashboard on the right.
    w.findChild<QDockWidget*>(QStringLiteral("votingDock"))->raise();
    w.findChild<QDockWidget*>(QStringLiteral("dashboardDock"))->raise();
    settle();
    const QStringList before = layoutOf(w);
    const int canvasWidth = w.view()->viewport()->width();

    QAction* focus = w.action(QStringLiteral("focusCanvas"));
    REQUIRE(focus);
    CHECK_FALSE(focus->shortcut().isEmpty());
    w.view()->setFocus();
    QTest::keySequence(&w, focus->shortcut());
    settle();
    CHECK(focus->isChecked());
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        CHECK_FALSE(d->isVisible());
    for (QToolBar* t : w.findChildren<QToolBar*>())
        CHECK_FALSE(t->isVisible());
    CHECK(w.view()->viewport()->width() > canvasWidth + 400);

    QTest::keySequence(&w, focus->shortcut());
    settle();
    CHECK_FALSE(focus->isChecked());
    CHECK(layoutOf(w) == before);
    CHECK(w.view()->viewport()->width() == canvasWidth);
}

TEST_CASE("Fit Width shows every stage of the sample at a readable zoom in Focus mode",
          "[ui][room]")
{
    test::SampleWindow room(1400, 900);
    MainWindow& w = room.w;
    w.action(QStringLiteral("focusCanvas"))->trigger();
    settle();
    w.action(QStringLiteral("fitWidth"))->trigger();
    settle();
    canvas::JourneyView* view = w.view();
    INFO("zoom " << view->zoom());
    CHECK(view->zoom() >= 0.55);
    // Every stage's column lies inside the viewport, none cut at the right.
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    const QRectF map = w.scene()->sceneRect();
    CHECK(shown.left() <= map.left() + 1);
    CHECK(shown.right() >= map.right() - 1);
    CHECK(view->horizontalScrollBar()->maximum() == 0);
}

TEST_CASE("F11 toggles full screen", "[ui][room]")
{
    QSettings().clear();
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QAction* full = w.action(QStringLiteral("fullScreen"));
    CHECK(full->shortcut() == QKeySequence(Qt::Key_F11));
    QTest::keyClick(&w, Qt::Key_F11);
    CHECK(w.isFullScreen());
    CHECK(full->isChecked());
    QTest::keyClick(&w, Qt::Key_F11);
    CHECK_FALSE(w.isFullScreen());
    CHECK_FALSE(full->isChecked());
}

TEST_CASE("the window never opens larger than its screen, remembered size included", "[ui][room]")
{
    QSettings().clear();
    QByteArray huge;
    {
        QMainWindow big;
        big.setGeometry(3000, 2000, 4000, 3000);
        huge = big.saveGeometry();
    }
    QSettings().setValue(QStringLiteral("window/geometry"), huge);
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    settle();
    const QRect available = w.screen()->availableGeometry();
    INFO("window " << w.frameGeometry().width() << "x" << w.frameGeometry().height() << " on "
                   << available.width() << "x" << available.height());
    CHECK(available.contains(w.frameGeometry()));
    QSettings().clear();

    MainWindow first; // nothing remembered: the screen's room, no more
    first.show();
    REQUIRE(QTest::qWaitForWindowExposed(&first));
    settle();
    CHECK(first.screen()->availableGeometry().contains(first.frameGeometry()));
}

TEST_CASE("at 1280 x 800 the Departments list shows at least eight rows", "[ui][room]")
{
    test::SampleWindow room(1280, 800);
    MainWindow& w = room.w;
    auto* list = w.findChild<QTreeWidget*>(QStringLiteral("departmentList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() >= 8);
    const int rowHeight = list->visualItemRect(list->topLevelItem(0)).height();
    REQUIRE(rowHeight > 0);
    INFO("list viewport " << list->viewport()->height() << " px, rows of " << rowHeight);
    CHECK(list->viewport()->height() / rowHeight >= 8);
}

TEST_CASE("a stage-1 card reached by keyboard is not hidden under the pinned lane names",
          "[ui][room]")
{
    test::SampleWindow room(1400, 900);
    MainWindow& w = room.w;
    canvas::JourneyView* view = w.view();
    view->setZoom(1.0);
    settle();
    const Document& doc = *w.document();
    const Id firstStage = doc.stageIds(w.journey()).first();
    const Id lane = doc.laneIds(w.journey()).first();
    const QList<Id> cards = doc.cardIds(firstStage, lane);
    REQUIRE(cards.size() >= 2);
    // The second stage's card in the same lane, scrolled so that stage 1 is
    // under where the lane names pin.
    const Id secondStage = doc.stageIds(w.journey()).at(1);
    const QList<Id> next = doc.cardIds(secondStage, lane);
    REQUIRE_FALSE(next.isEmpty());
    w.scene()->selectCards({next.first()});
    view->horizontalScrollBar()->setValue(150);
    view->verticalScrollBar()->setValue(60);
    settle();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Left);
    settle();
    REQUIRE(w.scene()->selectedCardIds() == QList<Id>{cards.first()});
    const QRect card = view->mapFromScene(w.scene()->cardRect(cards.first())).boundingRect();
    const bool pinnedLeft = view->mapToScene(QPoint(0, 0)).x() > canvas::margin + 1;
    INFO("card at x " << card.left() << ", lane names pinned: " << pinnedLeft);
    if (pinnedLeft)
        CHECK(card.left() >= int(canvas::laneHeaderWidth * view->zoom()));
    CHECK(view->viewport()->rect().contains(card));
}

TEST_CASE("while presenting, the window belongs to the presentation, quitting then keeps the "
          "panels for the next session",
          "[ui][room][presentation]")
{
    QByteArray saved;
    {
        test::SampleWindow window(1400, 900);
        MainWindow& w = window.w;
        const QByteArray before = w.saveState();
        QAction* full = w.action(QStringLiteral("fullScreen"));
        QAction* focus = w.action(QStringLiteral("focusCanvas"));
        w.view()->setFocus();
        QTest::keyClick(&w, Qt::Key_F5);
        REQUIRE(w.presenter()->isPresenting());
        CHECK(w.isFullScreen());
        CHECK(full->isChecked()); // the check mark follows the window
        CHECK_FALSE(full->isEnabled());
        CHECK_FALSE(focus->isEnabled());
        w.close(); // quit in the middle of the presentation
        CHECK_FALSE(w.presenter()->isPresenting());
        CHECK(full->isEnabled());
        CHECK_FALSE(full->isChecked());
        saved = QSettings().value(QStringLiteral("window/state")).toByteArray();
        CHECK(saved == before);
    }
    // The next window starts with the docks the user had, not the presentation's.
    QSettings().setValue(QStringLiteral("window/state"), saved);
    MainWindow next;
    next.show();
    REQUIRE(QTest::qWaitForWindowExposed(&next));
    int shown = 0;
    for (QDockWidget* d : next.findChildren<QDockWidget*>())
        shown += d->isVisible();
    CHECK(shown >= 3);
    QSettings().clear();
}
