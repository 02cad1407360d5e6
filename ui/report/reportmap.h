#pragma once

// The journey map in the report, drawn by the canvas's own JourneyScene onto
// the PDF painter (QGraphicsScene::render keeps it vector).
//
// The map goes on one page when it fits at a scale where the smallest card
// text stays >= 6 pt. Else it is tiled: the tiles cut between stages and
// between cards (never through one), each repeats the lane headers on its left
// and the stage headers on its top (the emotion curve on the first row), and
// a key names the tile's row and column next to an overview of all tiles.
//
// A journey whose tiles would be more than mapPageLimit pages is focused
// (unless the report asks for the full map): an overview of the whole
// journey (reportoverview.h) on one or two pages, then the few tiles that
// matter most (reportfocus.h), in map order.

#include "canvas/canvaslayout.h"
#include "reportstyle.h"

#include <QImage>

#include <QSet>

#include <memory>
#include <optional>

namespace cx {

class Document;

namespace canvas {
class JourneyScene;
}

namespace report {

class ScenePainter;
class JourneyFocus;
class MapOverview;

struct MapTile
{
    int row = 0;
    int column = 0;
    int firstStage = 0; // stage columns [firstStage, endStage)
    int endStage = 0;
    qreal top = 0; // scene y of the grid part shown
    qreal bottom = 0;
};

struct MapPlan
{
    qreal scale = 1;
    int rows = 1;
    int columns = 1;
    QList<MapTile> tiles; // row by row; empty = the whole map on one page
    bool tiled() const { return !tiles.isEmpty(); }
    int pageCount() const { return tiled() ? int(tiles.size()) : 1; }
};

// The smallest scale at which the canvas's card text is >= 6 pt.
qreal minimumMapScale();

// How the layout goes onto pages whose map area has the given sizes (the
// area for a whole map, and the smaller one under a tile's key). Tiles right
// of the first show a rail of the given width instead of the lane headers.
MapPlan planMap(const canvas::CanvasLayout& layout, const QSizeF& wholeArea, const QSizeF& tileArea,
                qreal minScale, qreal rail);

// The map pages of one journey.
class MapPages
{
public:
    // bright: a department report's cards (reportfocus.h), drawn as they
    // are; the rest faded (CardItem::setFaded). nullopt: every card bright.
    MapPages(Document& doc, Id journeyId, const std::optional<QSet<Id>>& bright,
             const Styles& styles, const PageGeometry& geometry);
    ~MapPages();

    const MapPlan& plan() const { return m_plan; }
    // The pages printed: every tile, or when focused the overview and the tiles shown.
    int pageCount() const;
    // Prints an overview on pages of the given geometry (its first page has
    // the number firstPage), then only the tiles that weigh most.
    void focus(const JourneyFocus& focus, const PageGeometry& overview, int firstPage);
    bool focused() const { return m_overviewPages != nullptr; }
    int overviewPageCount() const;
    const QList<int>& shownTiles() const { return m_shown; } // when focused
    // Paints page index (0-based); the scene is built on first use.
    void paint(QPainter& p, int index);
    // Frees the scene (after the last page).
    void release();

private:
    struct LegendItem
    {
        QString chip;
        QColor color;
        QString name;
        QPointF pos; // relative to the legend's top left
        qreal chipWidth = 0;
    };
    qreal layOutLegend(qreal width);
    void paintKey(QPainter& p, const MapTile* tile) const;
    void paintLegend(QPainter& p, const QPointF& topLeft) const;
    void paintOverview(QPainter& p, const QRectF& box, const MapTile& current) const;
    QImage overviewImage(const QSizeF& size) const;
    void paintTile(QPainter& p, const MapTile& tile, const QPointF& origin) const;
    void paintRail(QPainter& p, const MapTile& tile, const QRectF& rail) const;
    QRectF tileSceneRect(const MapTile& tile) const;
    void makeScene();
    QString keyText(const MapTile& tile) const;

    Document& m_doc;
    Id m_journeyId;
    std::optional<QSet<Id>> m_bright;
    const Styles& m_styles;
    PageGeometry m_geometry;
    canvas::CanvasLayout m_layout;
    MapPlan m_plan;
    QList<LegendItem> m_legend;
    qreal m_keyHeight = 0; // title, key text and legend above the map
    qreal m_rail = 0;      // width of the lane rail of tiles right of the first
    QSizeF m_overviewSize;
    QHash<QPair<int, int>, int> m_cellCounts; // (column, row) -> cards
    int m_fullestCell = 1;
    std::unique_ptr<canvas::JourneyScene> m_scene;
    std::unique_ptr<ScenePainter> m_painter;
    mutable QImage m_overview; // made by the first page that shows it
    mutable bool m_overviewMade = false;
    std::unique_ptr<MapOverview> m_overviewPages; // when focused
    QList<int> m_shown;                           // the tiles printed when focused
};

} // namespace report
} // namespace cx
