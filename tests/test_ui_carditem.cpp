// What a card on the canvas tells at a glance: its evidence.

#include <catch2/catch.hpp>

#include "canvas/canvasstyle.h"
#include "canvas/carditem.h"
#include "canvasfixture.h"
#include "commands/edit.h"
#include "io/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

using namespace cx;
using canvas::CardItem;

namespace {

// The scene drawn as the user sees it, at twice the size.
QImage rendered(canvas::JourneyScene& scene, const QRectF& sceneRect)
{
    QImage image((sceneRect.size() * 2).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(image.rect()), sceneRect);
    return image;
}

// How many pixels of a rectangle (scene coordinates) differ from the card's body.
int inkIn(const QImage& image, const QRectF& sceneRect, const QRectF& drawn)
{
    const QRect r = QRectF((drawn.topLeft() - sceneRect.topLeft()) * 2, drawn.size() * 2)
                        .toAlignedRect()
                        .intersected(image.rect());
    const QRgb body = image.pixel(r.right() + 4, r.top()); // just right of it: blank body
    int ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ink += image.pixel(x, y) != body ? 1 : 0;
    return ink;
}

} // namespace

TEST_CASE("a card shows its evidence on the canvas", "[ui][canvas][evidence]")
{
    test::CanvasFixture c; // card 1 is observed, card 2 assumed
    CardItem* observed = c.scene.cardItem(1);
    CardItem* assumed = c.scene.cardItem(2);
    REQUIRE(observed);
    REQUIRE(assumed);
    const QRectF area = c.scene.itemsBoundingRect();
    QImage image = rendered(c.scene, area); // lays the cards out as it paints them

    CHECK(observed->evidenceText() == QStringLiteral("observed"));
    CHECK(assumed->evidenceText() == QStringLiteral("assumed"));
    CHECK(observed->toolTip().contains(QStringLiteral("Evidence: observed")));
    const QRectF mark = observed->mapRectToScene(observed->evidenceRect());
    REQUIRE_FALSE(mark.isEmpty());
    CHECK(observed->sceneBoundingRect().contains(mark));
    CHECK(inkIn(image, area, mark) > 40); // drawn, not only said

    // In the footer, under the title's three lines (titles end by y 84).
    CHECK(observed->evidenceRect().top() > 84);

    // Another evidence, another mark, on the same item.
    Card changed = *c.doc->card(1);
    changed.evidence = Evidence::Proposed;
    REQUIRE_FALSE(edit::editCard(*c.doc, changed));
    c.scene.flush();
    REQUIRE(c.scene.cardItem(1) == observed);
    CHECK(observed->evidenceText() == QStringLiteral("proposed"));
    const QImage proposed = rendered(c.scene, area);
    CHECK(proposed != image); // the mark changed with the card
    CHECK(observed->toolTip().contains(QStringLiteral("Evidence: proposed")));
}

// Renders the sample map's first journey; run by hand with
//   cxmap_tests "[.screenshot]"   (writes to $CXMAP_SCREENSHOT_DIR or the temp dir)
TEST_CASE("screenshot of cards with their evidence", "[.screenshot]")
{
    QFile file(QStringLiteral(CXMAP_SAMPLE_JSON));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto data = fromJson(file.readAll());
    REQUIRE(data.ok());
    test::TempDir dir;
    auto doc = Document::create(dir.file(QStringLiteral("sample.cxmap")), data.value());
    REQUIRE(doc.ok());
    canvas::JourneyScene scene;
    scene.setDocument(doc.value().get(), data.value().journeys.first().id);
    scene.flush();
    const QRectF area = scene.itemsBoundingRect();
    const QString out = qEnvironmentVariable("CXMAP_SCREENSHOT_DIR", QDir::tempPath());
    REQUIRE(rendered(scene, area).save(out + QStringLiteral("/cxmap-cards-evidence.png")));
    const Id first = doc.value()->cardIdsOfJourney(data.value().journeys.first().id).first();
    const QRectF corner(scene.cardRect(first).topLeft() - QPointF(20, 20), QSizeF(760, 560));
    REQUIRE(rendered(scene, corner).save(out + QStringLiteral("/cxmap-cards-evidence-corner.png")));
    // The most crowded footer: the card with the most contributors and a channel.
    Id crowded = first;
    for (Id id : doc.value()->cardIdsOfJourney(data.value().journeys.first().id)) {
        const Card* c = doc.value()->card(id);
        if (!c->channel.isEmpty() &&
            c->contributingIds.size() > doc.value()->card(crowded)->contributingIds.size())
            crowded = id;
    }
    const QRectF around = scene.cardRect(crowded).adjusted(-30, -30, 230, 30);
    REQUIRE(
        rendered(scene, around).save(out + QStringLiteral("/cxmap-cards-evidence-crowded.png")));
}
