#pragma once

// The links at rest, drawn as one layer between the board and the cards. On
// a screen it paints from tiles of pixels that it keeps: repainting a card
// blits the links behind it instead of stroking again every curve that
// crosses it, which on a big map is most of the work. Anywhere else (PNG,
// SVG, the report) it draws the curves themselves. An emphasised link paints
// itself, above the cards, and is not in the layer.

#include "model/types.h"

#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>

namespace cx::canvas {

class LinkItem;

class LinkLayer : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 5
    };
    // Draws the links of 'links' (the scene's, which outlive this layer).
    explicit LinkLayer(const QHash<Id, LinkItem*>& links);
    int type() const override { return Type; }

    // The area the links may cover: the board with room around it.
    void setBounds(const QRectF& sceneRect);
    QRectF boundingRect() const override { return m_bounds; }
    // Never under the pointer: a press there is on the board (or on a link
    // item, which answers for itself).
    QPainterPath shape() const override { return {}; }
    bool contains(const QPointF&) const override { return false; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // A link joins or is about to leave: the order links are drawn in.
    void linksChanged() { m_orderStale = true; }
    // What the layer draws of a link changed (routed, retyped, emphasised or
    // back at rest, about to go): the tiles it reaches are dropped and the
    // screen repainted where it runs (call before and after a change of
    // route). Deferred, a burst of these (a relayout) becomes one
    // invalidateAll() when deferring ends.
    void invalidate(const LinkItem& link);
    void invalidateAll();
    void setDeferred(bool deferred);
    int tileCount() const { return int(m_tiles.size()); }

private:
    // A tile: its place in the grid, and the part of a device pixel the
    // scene's origin was off the grid when it was drawn (1/64 pixels).
    struct TileKey
    {
        int column = 0;
        int row = 0;
        int shiftX = 0;
        int shiftY = 0;
        bool operator==(const TileKey&) const = default;
    };
    friend size_t qHash(const TileKey& key, size_t seed)
    {
        return qHashMulti(seed, key.column, key.row, key.shiftX, key.shiftY);
    }
    struct Tile
    {
        QImage pixels;
        QRectF sceneRect;
        quint64 used = 0;
    };
    // The grid of the latest paint on a screen.
    struct Grid
    {
        qreal scale = 0;                        // the view's zoom
        qreal ratio = 0;                        // device pixels per pixel
        qreal size = 0;                         // a tile's side in the painter's pixels
        QPointF shift;                          // the origin's offset from the grid, painter pixels
        QRectF cell(int column, int row) const; // in scene coordinates
    };
    void paintTiles(QPainter* p, const QRectF& exposed, const QWidget* widget);
    const QImage& tile(const TileKey& key);
    void drawLinks(QPainter* p, const QRectF& sceneRect) const;
    void repaintWhereRuns(const LinkItem& link);
    void evict(int keep);

    const QHash<Id, LinkItem*>& m_links;
    mutable QList<const LinkItem*> m_order; // by id: every tile draws them alike
    mutable bool m_orderStale = true;
    QRectF m_bounds;
    QHash<TileKey, Tile> m_tiles;
    Grid m_grid;
    quint64 m_clock = 0;
    bool m_deferred = false;
    bool m_invalidatedWhileDeferred = false;
};

} // namespace cx::canvas
