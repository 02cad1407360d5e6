// Editing on the canvas of the main window as a user does it, offscreen: the
// Edit menu on the canvas selection, the Delete key, Ctrl+Z, and an Alt-drag
// between two cards that makes a link of the type picked from its menu.

#include <catch2/catch.hpp>

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "mainwindow.h"
#include "model/document.h"
#include "scenecount.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTimer>

using namespace cx;

TEST_CASE("Delete, Duplicate and Undo from the Edit menu act on the canvas selection",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    Document& doc = *w.document();
    const QList<Id> all = doc.cardIdsOfJourney(w.journey());
    const QList<Id> picked{all[0], all[1]};
    const int links = doc.linkCount();
    w.scene()->selectCards(picked);
    REQUIRE(w.action(QStringLiteral("delete"))->isEnabled());

    w.action(QStringLiteral("delete"))->trigger();
    CHECK_FALSE(doc.card(picked[0]));
    CHECK_FALSE(doc.card(picked[1]));
    CHECK(test::itemsOfType<canvas::CardItem>(*w.scene()) == all.size() - 2);
    REQUIRE(w.action(QStringLiteral("undo"))->isEnabled());
    w.action(QStringLiteral("undo"))->trigger();
    CHECK(doc.card(picked[0]));
    CHECK(doc.card(picked[1]));
    CHECK(doc.linkCount() == links);
    CHECK(test::itemsOfType<canvas::CardItem>(*w.scene()) == all.size());

    const Card original = *doc.card(all[0]);
    w.scene()->selectCards({all[0]});
    w.action(QStringLiteral("duplicate"))->trigger();
    const QList<Id> selected = w.scene()->selectedCardIds();
    REQUIRE(selected.size() == 1);
    CHECK(selected[0] != all[0]);
    const Card* copy = doc.card(selected[0]);
    REQUIRE(copy);
    CHECK(copy->title == original.title);
    CHECK(copy->stageId == original.stageId);
    CHECK(copy->laneId == original.laneId);
    CHECK(copy->position == original.position + 1);
    w.action(QStringLiteral("undo"))->trigger();
    CHECK_FALSE(doc.card(selected[0]));
}

TEST_CASE("the Delete key and an Alt-drag between two cards edit the map on the canvas",
          "[ui][mainwindow]")
{
    test::TempDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    REQUIRE(QTest::qWaitForWindowActive(&w));
    Document& doc = *w.document();
    canvas::JourneyView* view = w.view();
    const QList<Id> all = doc.cardIdsOfJourney(w.journey());
    REQUIRE(all.size() > 2);
    const Id from = all[0];
    view->centerOn(w.scene()->cardItem(from));
    auto onScreen = [view, &w](Id card) {
        const QRectF r = w.scene()->cardItem(card)->sceneBoundingRect();
        return view->mapFromScene(r.center());
    };
    Id to = 0;
    for (Id id : all) {
        if (id != from && view->viewport()->rect().contains(onScreen(id)) &&
            doc.linkIdsAmong({from, id}).isEmpty()) {
            to = id;
            break;
        }
    }
    REQUIRE(to != 0);

    SECTION("Alt-drag, then a link type from the menu")
    {
        const int links = doc.linkCount();
        QString menuName;
        QObject answering; // the answer dies with the section, menu or not
        QTimer::singleShot(0, &answering, [&menuName] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            menuName = menu->objectName();
            for (QAction* a : menu->actions()) {
                if (a->data().isValid() && a->data().toInt() == int(LinkType::Triggers)) {
                    menu->setActiveAction(a);
                    QTest::keyClick(menu, Qt::Key_Return);
                    return;
                }
            }
            menu->close();
        });
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::AltModifier, onScreen(from));
        QTest::mouseMove(view->viewport(), onScreen(to));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::AltModifier, onScreen(to));
        CHECK(menuName == QLatin1String("linkTypeMenu"));
        REQUIRE(doc.linkCount() == links + 1);
        const QList<Id> made = doc.linkIdsAmong({from, to});
        REQUIRE(made.size() == 1);
        CHECK(doc.link(made[0])->fromCardId == from);
        CHECK(doc.link(made[0])->toCardId == to);
        CHECK(doc.link(made[0])->type == LinkType::Triggers);
        w.action(QStringLiteral("undo"))->trigger();
        CHECK(doc.linkCount() == links);
    }

    SECTION("the Delete key removes the selected cards; undo brings them back")
    {
        const int links = doc.linkCount();
        w.scene()->selectCards({from, to});
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        CHECK_FALSE(doc.card(from));
        CHECK_FALSE(doc.card(to));
        CHECK(test::itemsOfType<canvas::CardItem>(*w.scene()) == all.size() - 2);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        CHECK(doc.card(from));
        CHECK(doc.card(to));
        CHECK(doc.linkCount() == links);
        CHECK(test::itemsOfType<canvas::CardItem>(*w.scene()) == all.size());
    }
}
