// Changing a lane's kind after it was added: from the Journey menu and from
// the Outline's context menu, one undo step each.

#include <catch2/catch.hpp>

#include "dialogwatcher.h"
#include "mainwindow.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "panels/outlinepanel.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cx;

namespace {

// The Outline's row of the journey's lane at index; clicked, as a user picks it.
QTreeWidgetItem* clickLaneRow(MainWindow& w, int index)
{
    w.outline()->flush();
    QTreeWidget* tree = w.outline()->tree();
    QTreeWidgetItem* row = tree->topLevelItem(0)->child(1)->child(index);
    REQUIRE(row);
    tree->scrollToItem(row);
    const QRect r = tree->visualItemRect(row);
    REQUIRE(r.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
    REQUIRE(w.outline()->selection().kind == OutlinePanel::Kind::Lane);
    return row;
}

QAction* menuAction(QMenuBar* bar, const QString& menuTitle, const QString& name)
{
    for (QAction* top : bar->actions()) {
        if (top->menu() && top->text().remove(u'&') == menuTitle) {
            for (QAction* a : top->menu()->actions())
                if (a->objectName() == name)
                    return a;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Journey > Change Lane Kind changes the selected lane's kind", "[ui][lanekind]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    Document& doc = *w.document();
    const Id lane = doc.laneIds(w.journey()).at(1);
    const LaneKind was = doc.lane(lane)->kind;
    REQUIRE(was != LaneKind::PainPoint);

    QAction* change =
        menuAction(w.menuBar(), QStringLiteral("Journey"), QStringLiteral("changeLaneKind"));
    REQUIRE(change);
    clickLaneRow(w, 1);
    REQUIRE(change->isEnabled());

    test::DialogWatcher dialog;
    QString offered;
    dialog.inspect = [&offered](QWidget* modal) {
        auto* combo = modal->findChild<QComboBox*>();
        if (!combo) // no REQUIRE: an exception must not cross Qt's event loop
            return;
        offered = combo->currentText(); // the lane's kind now
        combo->setCurrentIndex(combo->findText(laneKindLabel(LaneKind::PainPoint)));
    };
    dialog.arm();
    change->trigger();
    CHECK(dialog.seen == 1);
    CHECK(offered == laneKindLabel(was));
    CHECK(doc.lane(lane)->kind == LaneKind::PainPoint);
    CHECK(doc.undoStack()->count() == 1);
    w.outline()->flush();
    CHECK(w.outline()->tree()->topLevelItem(0)->child(1)->child(1)->toolTip(0) ==
          laneKindLabel(LaneKind::PainPoint));

    w.action(QStringLiteral("undo"))->trigger();
    CHECK(doc.lane(lane)->kind == was);
}

TEST_CASE("the Outline's context menu changes a lane's kind", "[ui][lanekind]")
{
    test::TempDir dir;
    MainWindow w;
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    Document& doc = *w.document();
    const Id lane = doc.laneIds(w.journey()).at(2);
    const LaneKind was = doc.lane(lane)->kind;
    const LaneKind wanted = was == LaneKind::Opportunity ? LaneKind::Note : LaneKind::Opportunity;
    QTreeWidgetItem* row = clickLaneRow(w, 2);
    QTreeWidget* tree = w.outline()->tree();

    // The menu, then its submenu: each found open, then driven by keys.
    QStringList seen;
    QObject answering;
    std::function<void()> answer = [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu) {
            QTimer::singleShot(10, &answering, answer);
            return;
        }
        seen << menu->objectName();
        for (QAction* a : menu->actions()) {
            if (a->menu() || (a->data().isValid() && a->data().toInt() == int(wanted))) {
                if (!a->menu())
                    CHECK_FALSE(a->isChecked());
                menu->setActiveAction(a);
                QTest::keyClick(menu, a->menu() ? Qt::Key_Right : Qt::Key_Return);
                if (a->menu())
                    QTimer::singleShot(10, &answering, answer);
                return;
            }
        }
        menu->close();
    };
    QTimer::singleShot(0, &answering, answer);
    const QPoint at = tree->visualItemRect(row).center();
    // Through the window, as the platform delivers it: the click opens the menu.
    QTest::mouseClick(w.windowHandle(), Qt::RightButton, {}, tree->viewport()->mapTo(&w, at));
    CHECK(seen == QStringList{QStringLiteral("outlineMenu"), QStringLiteral("laneKindMenu")});
    CHECK(doc.lane(lane)->kind == wanted);
    CHECK(doc.undoStack()->count() == 1);
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(doc.lane(lane)->kind == was);
}
