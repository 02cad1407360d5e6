#include <catch2/catch.hpp>

#include "canvas/canvaslayout.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/linkitem.h"
#include "canvasfixture.h"
#include "commands/edit.h"
#include "io/cardclip.h"
#include "model/document.h"
#include "scenecount.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace cx;
using canvas::CardItem;
using canvas::LinkItem;

// An edit of many cards (a paste, its undo and redo, a move, a removal) lays
// the canvas out once, when the edit ends, and leaves it as a scene built
// afresh would be. The small document (testutil.h): three stages, three
// lanes, five cards, two links.

namespace {

constexpr int pasted = 60;

// Cards on the clipboard for the small document's journey, spread over its
// nine cells, with a link from every sixth card to the next.
ClipCards manyCards(const Document& doc)
{
    ClipCards clip;
    for (Id id : doc.stageIds(1))
        clip.stages.append({id, doc.stage(id)->name});
    for (Id id : doc.laneIds(1))
        clip.lanes.append({id, doc.lane(id)->name});
    for (int i = 0; i < pasted; ++i) {
        Card c;
        c.id = 1000 + i;
        c.stageId = clip.stages[i % clip.stages.size()].id;
        c.laneId = clip.lanes[(i / 3) % clip.lanes.size()].id;
        c.title = QStringLiteral("Pasted %1").arg(i);
        clip.cards.append(c);
    }
    for (int i = 0; i < pasted; i += 6)
        clip.links.append({Id(i + 1), Id(1000 + i), Id(1001 + i), LinkType::Feeds, QString()});
    return clip;
}

// The scene shows exactly the journey's cards and links, each card where a
// layout computed now puts it (so in its own cell), each link routed between
// its cards as they stand, and the scene rect of that layout.
void checkUpToDate(const canvas::JourneyScene& scene, const Document& doc)
{
    const canvas::CanvasLayout fresh = canvas::CanvasLayout::compute(doc, 1, scene.showCurve());
    const QList<Id> cards = doc.cardIdsOfJourney(1);
    CHECK(test::itemsOfType<CardItem>(scene) == cards.size());
    CHECK(scene.cardItemCount() == cards.size());
    int wrong = 0;
    for (Id id : cards) {
        const CardItem* item = scene.cardItem(id);
        const Card* c = doc.card(id);
        wrong += !item || item->pos() != fresh.cardPos.value(id) ||
                 scene.cellAt(scene.cardRect(id).center()) != std::pair(c->stageId, c->laneId);
    }
    CHECK(wrong == 0);
    int links = 0;
    for (Id id : doc.allLinkIds()) {
        const Link* l = doc.link(id);
        if (!cards.contains(l->fromCardId))
            continue;
        ++links;
        const LinkItem* item = scene.linkItem(id);
        REQUIRE(item);
        const QPointF start = item->path().pointAtPercent(0);
        const QPointF end = item->path().pointAtPercent(1);
        CHECK(start.y() == scene.cardRect(l->fromCardId).center().y());
        CHECK(end.y() == scene.cardRect(l->toCardId).center().y());
    }
    CHECK(test::itemsOfType<LinkItem>(scene) == links);
    CHECK(scene.sceneRect() == fresh.bounds);
    CHECK(scene.layout().bounds == fresh.bounds);
}

} // namespace

TEST_CASE("a paste of many cards lays the canvas out once, undo and redo too", "[ui][canvas]")
{
    test::CanvasFixture c;
    const QHash<Id, QPointF> before = [&] {
        QHash<Id, QPointF> at;
        for (Id id : c.doc->cardIdsOfJourney(1))
            at.insert(id, c.scene.cardItem(id)->pos());
        return at;
    }();
    QSignalSpy layouts(&c.scene, &canvas::JourneyScene::layoutChanged);
    const int start = c.scene.relayoutCount();

    // As the Paste action does: the cards are on the canvas, laid out, when
    // the call returns (the window selects them and scrolls to the first).
    const auto added = pasteCards(*c.doc, manyCards(*c.doc), 1, 1, 1);
    REQUIRE(added.ok());
    REQUIRE(added.value().size() == pasted);
    CHECK(c.scene.relayoutCount() == start + 1);
    CHECK(layouts.count() == 1);
    checkUpToDate(c.scene, *c.doc);
    c.scene.flush(); // the coalesced rest: no second layout
    CHECK(c.scene.relayoutCount() == start + 1);
    for (int i = 0; i < pasted; ++i) {
        const Card* card = c.doc->card(added.value()[i]);
        CHECK(card->stageId == Id(i % 3 + 1));
        CHECK(card->laneId == Id((i / 3) % 3 + 1));
    }

    c.doc->undoStack()->undo();
    CHECK(c.scene.relayoutCount() == start + 2);
    for (Id id : added.value())
        CHECK_FALSE(c.scene.cardItem(id));
    checkUpToDate(c.scene, *c.doc);
    CHECK(c.scene.cardItemCount() == 5);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        CHECK(c.scene.cardItem(it.key())->pos() == it.value());

    c.doc->undoStack()->redo();
    CHECK(c.scene.relayoutCount() == start + 3);
    checkUpToDate(c.scene, *c.doc);
    CHECK(c.scene.cardItemCount() == 5 + pasted);
    c.scene.flush();
    CHECK(c.scene.relayoutCount() == start + 3);
    CHECK(layouts.count() == 3);
}

TEST_CASE("moving or removing many cards lays the canvas out once", "[ui][canvas]")
{
    test::CanvasFixture c;
    const auto added = pasteCards(*c.doc, manyCards(*c.doc), 1, 1, 1);
    REQUIRE(added.ok());
    c.scene.flush();
    const int start = c.scene.relayoutCount();

    SECTION("a move into one cell")
    {
        REQUIRE_FALSE(edit::moveCards(*c.doc, added.value(), 2, 3, 1));
        CHECK(c.scene.relayoutCount() == start + 1);
        checkUpToDate(c.scene, *c.doc);
        CHECK(c.doc->cardIds(2, 3).size() == 2 + pasted);
        c.doc->undoStack()->undo();
        CHECK(c.scene.relayoutCount() == start + 2);
        checkUpToDate(c.scene, *c.doc);
    }

    SECTION("a removal with their links")
    {
        REQUIRE_FALSE(edit::removeCards(*c.doc, added.value()));
        CHECK(c.scene.relayoutCount() == start + 1);
        checkUpToDate(c.scene, *c.doc);
        CHECK(c.scene.cardItemCount() == 5);
        c.doc->undoStack()->undo();
        CHECK(c.scene.relayoutCount() == start + 2);
        checkUpToDate(c.scene, *c.doc);
        CHECK(c.scene.cardItemCount() == 5 + pasted);
    }

    SECTION("a stage removed with its cards")
    {
        REQUIRE_FALSE(edit::removeStage(*c.doc, 2));
        CHECK(c.scene.relayoutCount() == start + 1);
        checkUpToDate(c.scene, *c.doc);
        c.doc->undoStack()->undo();
        CHECK(c.scene.relayoutCount() == start + 2);
        checkUpToDate(c.scene, *c.doc);
    }
    c.scene.flush();
    CHECK(c.scene.relayoutCount() == start + 2);
}
