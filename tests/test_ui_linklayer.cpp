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
#include "canvasfixture.h"
#include "commands/edit.h"
#include "model/document.h"
#include "report/scenepainter.h"
#include "testutil.h"

#include <QBackingStore>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace cx;

// The small document (testutil.h): links 1 "3 feeds 2" and 2 "4 depends on
// 3"; card 3 is in stage 2, lane 3 (back stage).

namespace {

struct Board : test::CanvasFixture
{
    // The canvas drawn whole now, from the tiles the layer keeps.
    QImage shown()
    {
        scene.flush();
        return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
    // What the window shows after the repaints an edit asked for, and no
    // more: a missing repaint leaves the old pixels here.
    QImage onScreen()
    {
        scene.flush();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const auto* pixels = dynamic_cast<const QImage*>(view->backingStore()->paintDevice());
        REQUIRE(pixels);
        const qreal ratio = pixels->devicePixelRatio();
        const QRect area(view->viewport()->mapTo(view.get(), QPoint(0, 0)) * ratio,
                         view->viewport()->size() * ratio);
        return pixels->copy(area).convertToFormat(QImage::Format_RGB32);
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

// The largest difference of one colour channel between two images of a size.
int worstDifference(const QImage& a, const QImage& b)
{
    REQUIRE(a.size() == b.size());
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return worst;
}

// Links of every kind (solid, dashed, dotted) that cross the canvas.
void addLinksOfEveryKind(Document& doc)
{
    REQUIRE(edit::addLink(doc, 1, 5, LinkType::Wait).ok());
    REQUIRE(edit::addLink(doc, 5, 4, LinkType::DependsOn).ok());
    REQUIRE(edit::addLink(doc, 1, 4, LinkType::Triggers).ok());
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
        const QImage before = b.onScreen();
        change();
        const QImage after = b.onScreen();
        CHECK(after != before);
        // A shade of difference is the board's dashes repainted in part; a
        // link left behind or missing is far more.
        CHECK(worstDifference(after, b.afresh()) <= 8);
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

TEST_CASE("a repaint of part of the canvas paints what a full paint paints there", "[ui][canvas]")
{
    // Only the exposed part of an arrow is stroked, and the pieces must meet.
    Board b;
    b.scene.setShowCurve(false); // its dashed reference line is Qt's to dash
    addLinksOfEveryKind(*b.doc);
    b.scene.clearSelection();
    b.scene.flush();
    auto render = [&b](const QRectF& area, const QSize& size) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(b.view->renderHints());
        b.scene.render(&painter, QRectF(QPointF(0, 0), size), area);
        return image;
    };
    const QRect all = b.scene.sceneRect().toAlignedRect();
    const QImage whole = render(all, all.size());
    for (int y = all.top(); y < all.bottom(); y += 97) {
        for (int x = all.left(); x < all.right(); x += 131) {
            const QRect tile = QRect(x, y, 131, 97) & all;
            INFO("tile at " << x << ", " << y);
            // Antialiasing may differ by a shade where a piece is cut.
            CHECK(worstDifference(render(tile, tile.size()),
                                  whole.copy(tile.translated(-all.topLeft()))) <= 8);
        }
    }

    // The screen draws them from its tiles, at 100 % and zoomed, exactly
    // where the curves drawn directly are: a tile a pixel off shows here.
    for (const qreal zoom : {1.0, 1.37, 0.61}) {
        INFO("zoom " << zoom);
        b.view->setZoom(zoom);
        const QRect viewport = b.view->viewport()->rect();
        const QImage screen = b.shown();
        CHECK(worstDifference(screen, render(b.view->mapToScene(viewport).boundingRect(),
                                             viewport.size())) <= 8);
    }
}
