#include <catch2/catch.hpp>

#include "analysis/analysis.h"
#include "canvas/canvasstyle.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/linkitem.h"
#include "canvasfixture.h"
#include "commands/edit.h"
#include "model/document.h"
#include "scenecount.h"
#include "testutil.h"
#include "tiptext.h"

#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cx;
using canvas::CardItem;
using canvas::LinkItem;

// The small document (testutil.h) on the canvas:
//
//              Awareness (1)   Purchase (2)         Billing (3)
//   Customer (1)                                    5 Reads first invoice
//   Touchpoints (2) 1 Social ad  2 Checkout page
//   Back stage (3)               3 Order processing
//                                4 Credit check
//
// Departments: 1 Marketing (MKT), 2 IT. Links: 3 feeds 2, 4 depends on 3.

namespace {

struct Canvas : test::CanvasFixture
{
    using CanvasFixture::CanvasFixture;

    QWidget* viewport() const { return view->viewport(); }
    int steps() const { return doc->undoStack()->count(); }
    const Card& card(Id id) const { return *doc->card(id); }

    // Viewport coordinates of a scene point.
    QPoint at(const QPointF& scenePos) const { return view->mapFromScene(scenePos); }
    QPoint centerOf(Id cardId) const { return at(scene.cardRect(cardId).center()); }

    QRectF cellRect(Id stageId, Id laneId) const
    {
        const canvas::CanvasLayout& l = scene.layout();
        int column = -1, row = -1;
        for (int i = 0; i < l.columns.size(); ++i)
            column = l.columns[i].stageId == stageId ? i : column;
        for (int i = 0; i < l.rows.size(); ++i)
            row = l.rows[i].laneId == laneId ? i : row;
        return l.cellRect(column, row);
    }

    QPointF itemPos(Id cardId) const
    {
        const CardItem* item = scene.cardItem(cardId);
        REQUIRE(item);
        return item->pos();
    }

    template <typename T>
    int itemsOfType() const
    {
        return test::itemsOfType<T>(scene);
    }

    // Presses at from, moves in steps to to and releases there.
    void drag(const QPoint& from, const QPoint& to) const
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    }
};

// The ids of the journey's cards whose item is dimmed (or impacted).
QSet<Id> cardsWhere(const Canvas& c, bool (CardItem::*state)() const)
{
    QSet<Id> ids;
    for (Id id : c.doc->cardIdsOfJourney(1)) {
        const CardItem* item = c.scene.cardItem(id);
        REQUIRE(item);
        if ((item->*state)())
            ids.insert(id);
    }
    return ids;
}

// What the lens should show, from the model and core's impact analysis: the
// department's cards (owned or contributed to) stay bright, the front-stage
// cards its work reaches are outlined, every other card is dimmed.
std::pair<QSet<Id>, QSet<Id>> expectedLens(const Document& doc, Id departmentId)
{
    QSet<Id> impacted;
    for (const analysis::ImpactHit& hit :
         analysis::impactOfDepartment(doc.snapshot(), departmentId, 1).hits)
        impacted.insert(hit.cardId);
    QSet<Id> dimmed;
    for (Id id : doc.cardIdsOfJourney(1)) {
        const Card* c = doc.card(id);
        const bool involved =
            c->accountableId == departmentId || c->contributingIds.contains(departmentId);
        if (!involved && !impacted.contains(id))
            dimmed.insert(id);
    }
    return {dimmed, impacted};
}

} // namespace

TEST_CASE("double-clicking an empty cell adds a card there through the in-place editor",
          "[ui][canvas]")
{
    Canvas c;
    const int before = c.steps();
    const QRectF cell = c.cellRect(1, 1);
    REQUIRE(c.doc->cardIds(1, 1).isEmpty());

    SECTION("Enter adds the card, one undo step")
    {
        QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, c.at(cell.center()));
        REQUIRE(c.view->isEditing());
        QTest::keyClicks(c.view->editor(), QStringLiteral("Sees a billboard"));
        QTest::keyClick(c.view->editor(), Qt::Key_Return);

        CHECK_FALSE(c.view->isEditing());
        const QList<Id> added = c.doc->cardIds(1, 1);
        REQUIRE(added.size() == 1);
        const Id id = added.first();
        CHECK(c.card(id).title == "Sees a billboard");
        CHECK(c.steps() == before + 1);
        REQUIRE(c.scene.cardItem(id));
        CHECK(test::tipText(c.scene.cardItem(id)->toolTip()).section(u'\n', 0, 0) ==
              "Sees a billboard");
        CHECK(cell.contains(c.scene.cardRect(id)));
        CHECK(c.scene.selectedCardIds() == QList<Id>{id});

        c.doc->undoStack()->undo();
        CHECK(c.doc->cardIds(1, 1).isEmpty());
        CHECK_FALSE(c.scene.cardItem(id));
        CHECK(c.itemsOfType<CardItem>() == 5);
    }

    SECTION("under a lens the new card belongs to the lens department")
    {
        c.scene.setLens(2);
        QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, c.at(cell.center()));
        REQUIRE(c.view->isEditing());
        QTest::keyClicks(c.view->editor(), QStringLiteral("Status page"));
        QTest::keyClick(c.view->editor(), Qt::Key_Enter);
        REQUIRE(c.doc->cardIds(1, 1).size() == 1);
        CHECK(c.card(c.doc->cardIds(1, 1).first()).accountableId == 2);
    }

    SECTION("Esc cancels and adds nothing")
    {
        QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, c.at(cell.center()));
        REQUIRE(c.view->isEditing());
        QTest::keyClicks(c.view->editor(), QStringLiteral("Never mind"));
        QTest::keyClick(c.view->editor(), Qt::Key_Escape);
        QCoreApplication::processEvents(); // the editor leaves; focus moves

        CHECK_FALSE(c.view->isEditing());
        CHECK(c.doc->cardIds(1, 1).isEmpty());
        CHECK(c.doc->cardCount() == 5);
        CHECK(c.steps() == before);
        CHECK(c.itemsOfType<CardItem>() == 5);
    }
}

TEST_CASE("F2 and double-click edit a card's title in place", "[ui][canvas]")
{
    Canvas c;
    const int before = c.steps();

    SECTION("F2, type, Enter saves as one undo step")
    {
        c.scene.selectCards({2});
        QTest::keyClick(c.viewport(), Qt::Key_F2);
        REQUIRE(c.view->isEditing());
        CHECK(c.view->editor()->text() == "Checkout page");
        QTest::keyClicks(c.view->editor(), QStringLiteral("One-page checkout"));
        QTest::keyClick(c.view->editor(), Qt::Key_Return);

        CHECK_FALSE(c.view->isEditing());
        CHECK(c.card(2).title == "One-page checkout");
        CHECK(c.steps() == before + 1);
        CHECK(test::tipText(c.scene.cardItem(2)->toolTip()).section(u'\n', 0, 0) ==
              "One-page checkout");

        c.doc->undoStack()->undo();
        CHECK(c.card(2).title == "Checkout page");
        CHECK(test::tipText(c.scene.cardItem(2)->toolTip()).section(u'\n', 0, 0) ==
              "Checkout page");
    }

    SECTION("Esc leaves the title unchanged")
    {
        c.scene.selectCards({2});
        QTest::keyClick(c.viewport(), Qt::Key_F2);
        REQUIRE(c.view->isEditing());
        QTest::keyClicks(c.view->editor(), QStringLiteral("Scrap that"));
        QTest::keyClick(c.view->editor(), Qt::Key_Escape);
        QCoreApplication::processEvents();

        CHECK_FALSE(c.view->isEditing());
        CHECK(c.card(2).title == "Checkout page");
        CHECK(c.steps() == before);
    }

    SECTION("double-click on a card, type, Enter saves")
    {
        QTest::mouseDClick(c.viewport(), Qt::LeftButton, {}, c.centerOf(3));
        REQUIRE(c.view->isEditing());
        CHECK(c.view->editor()->text() == "Order processing");
        QTest::keyClicks(c.view->editor(), QStringLiteral("Order entry"));
        QTest::keyClick(c.view->editor(), Qt::Key_Return);

        CHECK_FALSE(c.view->isEditing());
        CHECK(c.card(3).title == "Order entry");
        CHECK(c.steps() == before + 1);
        CHECK(c.doc->cardCount() == 5); // edited, not added
    }

    SECTION("the canvas closing under the editor leaves the title as it was")
    {
        c.scene.selectCards({2});
        QTest::keyClick(c.viewport(), Qt::Key_F2);
        REQUIRE(c.view->isEditing());
        QTest::keyClicks(c.view->editor(), QStringLiteral("Half-typed"));
        c.view.reset();
        QCoreApplication::processEvents();
        CHECK(c.card(2).title == "Checkout page");
        CHECK(c.steps() == before);
    }

    SECTION("Enter on the canvas opens the editor too; the same title adds no step")
    {
        c.scene.selectCards({5});
        QTest::keyClick(c.viewport(), Qt::Key_Return);
        REQUIRE(c.view->isEditing());
        QTest::keyClick(c.view->editor(), Qt::Key_Return);
        CHECK_FALSE(c.view->isEditing());
        CHECK(c.card(5).title == "Reads first invoice");
        CHECK(c.steps() == before);
    }
}

TEST_CASE("dragging cards to another cell moves them, undo puts them back", "[ui][canvas]")
{
    Canvas c;
    const int before = c.steps();

    SECTION("one card to another stage")
    {
        const QPointF origin = c.itemPos(1);
        const QRectF target = c.cellRect(3, 2);
        c.drag(c.centerOf(1), c.at(target.center()));

        CHECK(c.card(1).stageId == 3);
        CHECK(c.card(1).laneId == 2);
        CHECK(c.doc->cardIds(3, 2) == QList<Id>{1});
        CHECK(c.steps() == before + 1);
        CHECK(target.contains(c.scene.cardRect(1)));
        CHECK(c.itemPos(1) == c.scene.layout().cardPos.value(1));

        c.doc->undoStack()->undo();
        CHECK(c.card(1).stageId == 1);
        CHECK(c.card(1).laneId == 2);
        CHECK(c.card(1).position == 0);
        CHECK(c.itemPos(1) == origin);
    }

    SECTION("a multi-selection moves together")
    {
        const QPointF origin3 = c.itemPos(3);
        const QPointF origin4 = c.itemPos(4);
        c.scene.selectCards({3, 4});
        const QRectF target = c.cellRect(1, 3);
        c.drag(c.centerOf(4), c.at(target.center()));

        CHECK(c.doc->cardIds(1, 3) == QList<Id>{3, 4});
        CHECK(c.doc->cardIds(2, 3).isEmpty());
        CHECK(c.steps() == before + 1);
        CHECK(target.contains(c.scene.cardRect(3)));
        CHECK(target.contains(c.scene.cardRect(4)));

        c.doc->undoStack()->undo();
        CHECK(c.doc->cardIds(2, 3) == QList<Id>{3, 4});
        CHECK(c.itemPos(3) == origin3);
        CHECK(c.itemPos(4) == origin4);
    }

    SECTION("a drop outside the grid changes nothing")
    {
        const QPointF origin = c.itemPos(1);
        c.drag(c.centerOf(1), c.at(QPointF(4, 4)));
        CHECK(c.card(1).stageId == 1);
        CHECK(c.steps() == before);
        CHECK(c.itemPos(1) == origin);
    }
}

TEST_CASE("a read-only map does not move or link cards under the mouse", "[ui][canvas]")
{
    Canvas c(true);
    REQUIRE(c.doc->isReadOnly());
    int errors = 0;
    QObject::connect(c.doc.get(), &Document::errorOccurred, [&errors] { ++errors; });
    int links = 0;
    QObject::connect(&c.scene, &canvas::JourneyScene::linkDragFinished, [&links] { ++links; });
    const QPointF origin = c.itemPos(1);
    c.drag(c.centerOf(1), c.at(c.cellRect(3, 2).center()));
    CHECK(c.card(1).stageId == 1);
    CHECK(c.itemPos(1) == origin);

    QTest::mousePress(c.viewport(), Qt::LeftButton, Qt::AltModifier, c.centerOf(1));
    QTest::mouseMove(c.viewport(), c.centerOf(2));
    QTest::mouseRelease(c.viewport(), Qt::LeftButton, Qt::AltModifier, c.centerOf(2));
    CHECK(links == 0);
    CHECK(errors == 0);
    CHECK(c.steps() == 0);
}

TEST_CASE("removed cards leave the scene with their links, undo brings both back", "[ui][canvas]")
{
    Canvas c;
    REQUIRE(c.itemsOfType<CardItem>() == 5);
    REQUIRE(c.itemsOfType<LinkItem>() == 2);
    const QPainterPath path1 = c.scene.linkItem(1)->path();
    const QPainterPath path2 = c.scene.linkItem(2)->path();
    const QPointF origin4 = c.itemPos(4);

    REQUIRE_FALSE(edit::removeCards(*c.doc, {3}));
    CHECK_FALSE(c.scene.cardItem(3));
    CHECK_FALSE(c.scene.linkItem(1));
    CHECK_FALSE(c.scene.linkItem(2));
    CHECK(c.itemsOfType<CardItem>() == 4);
    CHECK(c.itemsOfType<LinkItem>() == 0);
    CHECK(c.itemPos(4) == c.scene.layout().cardPos.value(4)); // moved up a slot
    CHECK(c.itemPos(4) != origin4);

    c.doc->undoStack()->undo();
    REQUIRE(c.scene.cardItem(3));
    REQUIRE(c.scene.linkItem(1));
    REQUIRE(c.scene.linkItem(2));
    CHECK(c.itemsOfType<CardItem>() == 5);
    CHECK(c.itemsOfType<LinkItem>() == 2);
    CHECK(c.scene.linkItem(1)->fromCard() == 3);
    CHECK(c.scene.linkItem(1)->toCard() == 2);
    CHECK(c.scene.linkItem(1)->path() == path1);
    CHECK(c.scene.linkItem(2)->path() == path2);
    CHECK(c.itemPos(4) == origin4);

    // Both ends of a link at once.
    REQUIRE_FALSE(edit::removeCards(*c.doc, {2, 3}));
    CHECK(c.itemsOfType<CardItem>() == 3);
    CHECK(c.itemsOfType<LinkItem>() == 0);
    c.doc->undoStack()->undo();
    CHECK(c.itemsOfType<CardItem>() == 5);
    CHECK(c.itemsOfType<LinkItem>() == 2);
    CHECK(c.scene.linkItem(1)->path() == path1);
}

TEST_CASE("the department lens dims the cards the department has no part in", "[ui][canvas]")
{
    Canvas c;
    // Order processing (IT) now also feeds the customer's first invoice
    // (unowned, front stage): IT's work reaches it.
    REQUIRE(edit::addLink(*c.doc, 3, 5, LinkType::Feeds).ok());

    SECTION("Marketing: its own and contributed cards stay bright")
    {
        c.scene.setLens(1);
        c.scene.flush();
        const auto [dimmed, impacted] = expectedLens(*c.doc, 1);
        CHECK(dimmed == QSet<Id>{2, 4, 5});
        CHECK(impacted.isEmpty());
        CHECK(cardsWhere(c, &CardItem::isDimmed) == dimmed);
        CHECK(cardsWhere(c, &CardItem::isImpacted) == impacted);
        CHECK(c.scene.cardItem(2)->opacity() < 0.5);
        CHECK(c.scene.cardItem(1)->opacity() == 1.0);
    }

    SECTION("IT: a reached front-stage card is outlined, not dimmed")
    {
        c.scene.setLens(2);
        c.scene.flush();
        const auto [dimmed, impacted] = expectedLens(*c.doc, 2);
        CHECK(dimmed == QSet<Id>{4});
        CHECK(impacted == QSet<Id>{5});
        CHECK(cardsWhere(c, &CardItem::isDimmed) == dimmed);
        CHECK(cardsWhere(c, &CardItem::isImpacted) == impacted);
        CHECK(c.scene.cardItem(5)->opacity() == 1.0);

        // Edits follow: the lens shows what expectedLens() says at each step.
        auto check = [&c](const QSet<Id>& dimmed, const QSet<Id>& impacted) {
            c.scene.flush();
            CHECK(expectedLens(*c.doc, 2) == std::pair(dimmed, impacted));
            CHECK(cardsWhere(c, &CardItem::isDimmed) == dimmed);
            CHECK(cardsWhere(c, &CardItem::isImpacted) == impacted);
        };
        // The social ad (no links) no longer involves IT.
        Card ad = c.card(1);
        ad.contributingIds.clear();
        REQUIRE_FALSE(edit::editCard(*c.doc, ad));
        check({1, 4}, {5});

        // IT takes over the credit check (linked).
        Card credit = c.card(4);
        credit.accountableId = 2;
        REQUIRE_FALSE(edit::editCard(*c.doc, credit));
        check({1}, {5});

        // Without the link, the invoice is no longer IT's concern.
        REQUIRE_FALSE(edit::removeLink(*c.doc, c.doc->linkIdsOf(5).first()));
        check({1, 5}, {});

        // New cards: an unowned one is dimmed, one of IT's is not.
        Card card;
        card.stageId = 1;
        card.laneId = 1;
        card.title = QStringLiteral("Unowned");
        const Id unowned = edit::addCard(*c.doc, card).value();
        card.title = QStringLiteral("IT's");
        card.accountableId = 2;
        const Id owned = edit::addCard(*c.doc, card).value();
        check({1, 5, unowned}, {});
        CHECK_FALSE(c.scene.cardItem(owned)->isDimmed());

        // A link from IT's work reaches the invoice again.
        REQUIRE(edit::addLink(*c.doc, 2, 5, LinkType::Triggers).ok());
        check({1, unowned}, {5});
    }

    SECTION("clearing the lens undims every card")
    {
        c.scene.setLens(1);
        c.scene.flush();
        REQUIRE_FALSE(cardsWhere(c, &CardItem::isDimmed).isEmpty());
        c.scene.setLens(0);
        c.scene.flush();
        CHECK(cardsWhere(c, &CardItem::isDimmed).isEmpty());
        CHECK(cardsWhere(c, &CardItem::isImpacted).isEmpty());
        for (Id id : c.doc->cardIdsOfJourney(1))
            CHECK(c.scene.cardItem(id)->opacity() == 1.0);
    }
}

TEST_CASE("an edit updates only its card's item, a growing cell relayouts", "[ui][canvas]")
{
    Canvas c;
    const QList<Id> ids = c.doc->cardIdsOfJourney(1);
    // A mark on every item: an item made anew would not carry it.
    QHash<Id, CardItem*> items;
    QHash<Id, QPointF> positions;
    for (Id id : ids) {
        items.insert(id, c.scene.cardItem(id));
        positions.insert(id, c.itemPos(id));
        c.scene.cardItem(id)->setData(0, id);
    }
    auto sameItems = [&] {
        for (Id id : ids) {
            if (c.scene.cardItem(id) != items.value(id) ||
                c.scene.cardItem(id)->data(0).value<Id>() != id)
                return false;
        }
        return true;
    };

    SECTION("a title edit")
    {
        const QString tip1 = c.scene.cardItem(1)->toolTip();
        REQUIRE_FALSE(edit::setCardTitle(*c.doc, 2, QStringLiteral("Faster checkout")));
        c.scene.flush();
        CHECK(sameItems());
        CHECK(test::tipText(c.scene.cardItem(2)->toolTip()).section(u'\n', 0, 0) ==
              "Faster checkout");
        CHECK(c.scene.cardItem(1)->toolTip() == tip1);
        for (Id id : ids)
            CHECK(c.itemPos(id) == positions.value(id));
    }

    SECTION("a card added to a full cell grows its lane and pushes the lanes below")
    {
        QSignalSpy relayouts(&c.scene, &canvas::JourneyScene::layoutChanged);
        const QRectF sceneRect = c.scene.sceneRect();
        const qreal laneHeight = c.cellRect(1, 2).height();
        Card card;
        card.stageId = 1;
        card.laneId = 2;
        card.position = -1;
        card.title = QStringLiteral("Reads reviews");
        const auto added = edit::addCard(*c.doc, card);
        REQUIRE(added.ok());
        c.scene.flush();

        CHECK(sameItems());
        CHECK(relayouts.count() >= 1);
        const qreal grown = canvas::cardHeight + canvas::cardGap;
        CHECK(c.cellRect(1, 2).height() == laneHeight + grown);
        CHECK(c.scene.sceneRect().height() == sceneRect.height() + grown);
        REQUIRE(c.scene.cardItem(added.value()));
        CHECK(c.itemPos(added.value()) == positions.value(1) + QPointF(0, grown));
        CHECK(c.cellRect(1, 2).contains(c.scene.cardRect(added.value())));
        for (Id id : {1, 2, 5}) // at or above the grown lane
            CHECK(c.itemPos(id) == positions.value(id));
        for (Id id : {3, 4}) // in the lane below
            CHECK(c.itemPos(id) == positions.value(id) + QPointF(0, grown));
        // The links follow their cards.
        CHECK(c.scene.linkItem(1)->path().pointAtPercent(0) ==
              QPointF(c.scene.cardRect(3).right(), c.scene.cardRect(3).center().y()));
    }
}

TEST_CASE("arrow keys move the selection to the neighbouring card", "[ui][canvas]")
{
    Canvas c;
    auto press = [&c](Qt::Key key) {
        QTest::keyClick(c.viewport(), key);
        return c.scene.selectedCardIds();
    };
    // Nothing selected: the first card in reading order.
    CHECK(press(Qt::Key_Right) == QList<Id>{1});
    CHECK(press(Qt::Key_Right) == QList<Id>{2}); // the next stage, same lane
    CHECK(press(Qt::Key_Down) == QList<Id>{3});  // the lane below
    CHECK(press(Qt::Key_Down) == QList<Id>{4});  // within the cell
    CHECK(press(Qt::Key_Down) == QList<Id>{4});  // nothing below: stays
    CHECK(press(Qt::Key_Up) == QList<Id>{3});
    CHECK(press(Qt::Key_Left) == QList<Id>{1});
    CHECK(press(Qt::Key_Left) == QList<Id>{1}); // the first stage: stays
    c.scene.selectCards({2});
    CHECK(press(Qt::Key_Right) == QList<Id>{5}); // the only card further right
    CHECK(c.scene.cardItem(5)->isSelected());
    CHECK_FALSE(c.scene.cardItem(2)->isSelected());

    // With a card in the same lane of the next stage, that one is the neighbour.
    Card card;
    card.stageId = 3;
    card.laneId = 3;
    card.title = QStringLiteral("Sends invoice");
    const auto added = edit::addCard(*c.doc, card);
    REQUIRE(added.ok());
    c.scene.selectCards({3});
    CHECK(press(Qt::Key_Right) == QList<Id>{added.value()});
    CHECK(press(Qt::Key_Up) == QList<Id>{5});
    CHECK(press(Qt::Key_Down) == QList<Id>{added.value()});
    CHECK(press(Qt::Key_Left) == QList<Id>{3});
}
