// The links at rest come to the screen from the link layer's tiles of pixels.
// Whatever was edited, the canvas must look exactly as it does drawn afresh
// (no tile left from before the edit), and what is not a screen (PNG, SVG,
// the report's pages) must still get the links, as curves.

#include <catch2/catch.hpp>

#include "canvas/canvasexport.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/linkitem.h"
#include "canvas/linklayer.h"
#include "commands/edit.h"
#include "model/document.h"
#include "report/scenepainter.h"
#include "testutil.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace cx;

// The small document (testutil.h): links 1 "3 feeds 2" and 2 "4 depends on
// 3"; card 3 is in stage 2, lane 3 (back stage).

namespace {

struct Board
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    canvas::JourneyScene scene;
    std::unique_ptr<canvas::JourneyView> view;

    Board()
    {
        doc = test::smallDocumentFile(dir);
        scene.setDocument(doc.get(), 1);
        scene.flush();
        view = std::make_unique<canvas::JourneyView>(&scene);
        view->resize(1280, 1000); // the whole journey fits
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }

    // The canvas as the screen shows it now, from the tiles the layer keeps.
    QImage shown()
    {
        scene.flush();
        return view->viewport()->grab().toImage();
    }
    // The canvas with every tile drawn again.
    QImage afresh()
    {
        scene.setShowLinks(false);
        scene.setShowLinks(true);
        return shown();
    }
};

// Pixels of a scene drawn as the report draws a map page.
QImage reportPage(canvas::JourneyScene& scene)
{
    const QRectF source = scene.sceneRect();
    QImage page(source.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    page.fill(Qt::white);
    QPainter p(&page);
    report::ScenePainter(&scene).render(p, QRectF(QPointF(0, 0), source.size()), source);
    return page;
}

} // namespace

TEST_CASE("resting links on screen are drawn from tiles that follow every edit", "[ui][canvas]")
{
    Board b;
    const QImage withLinks = b.shown();
    REQUIRE(b.scene.linkLayer()->tileCount() > 0); // the screen is drawn from tiles
    b.scene.setShowLinks(false);
    const QImage without = b.shown();
    CHECK(without != withLinks);
    b.scene.setShowLinks(true);
    CHECK(b.shown() == withLinks);

    // Each edit changes what is on screen; what is shown must then be what a
    // fresh drawing shows.
    const std::pair<const char*, std::function<void()>> edits[] = {
        {"a card moved to another stage, its links rerouted",
         [&b] { REQUIRE_FALSE(edit::moveCards(*b.doc, {3}, 3, 3, 0)); }},
        {"the move undone", [&b] { b.doc->undoStack()->undo(); }},
        {"a link's type changed",
         [&b] {
             Link l = *b.doc->link(2);
             l.type = LinkType::Wait;
             REQUIRE_FALSE(edit::editLink(*b.doc, l));
         }},
        {"a link added", [&b] { REQUIRE(edit::addLink(*b.doc, 1, 5, LinkType::Triggers).ok()); }},
        {"a link removed", [&b] { REQUIRE_FALSE(edit::removeLink(*b.doc, 1)); }},
        {"a card selected: its links rise above the cards", [&b] { b.scene.selectCards({3}); }},
        {"the selection cleared: they go back to rest", [&b] { b.scene.selectCards({}); }},
        {"the department lens on", [&b] { b.scene.setLens(2); }},
        {"the lens off", [&b] { b.scene.setLens(0); }},
    };
    for (const auto& [what, change] : edits) {
        INFO(what);
        const QImage before = b.shown();
        change();
        const QImage after = b.shown();
        CHECK(after != before);
        CHECK(after == b.afresh());
    }
}

TEST_CASE("exports and report pages draw the resting links as curves", "[ui][canvas]")
{
    test::TempDir dir;
    const std::unique_ptr<Document> created = test::smallDocumentFile(dir);
    Document& doc = *created;

    canvas::RenderOptions options;
    options.journeyId = 1;
    const QImage png = canvas::renderImage(doc, options);
    options.showLinks = false;
    CHECK(canvas::renderImage(doc, options) != png);

    // In SVG each link is a path of its own, not pixels.
    auto svgPaths = [&doc](bool links) {
        canvas::JourneyScene scene;
        scene.setDocument(&doc, 1);
        scene.setShowLinks(links);
        scene.flush();
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&out);
        svg.setSize(scene.sceneRect().size().toSize());
        {
            QPainter p(&svg);
            scene.render(&p);
        }
        return out.data().count("<path");
    };
    CHECK(svgPaths(true) >= svgPaths(false) + 2);

    canvas::JourneyScene scene;
    scene.setDocument(&doc, 1);
    scene.flush();
    const QImage page = reportPage(scene);
    scene.setShowLinks(false);
    CHECK(reportPage(scene) != page);
}
