#pragma once

// The links at rest, drawn as one layer between the board and the cards. On
// a screen it paints from tiles of pixels that it keeps: repainting a card
// blits the links behind it instead of stroking again every curve that
// crosses it, which on a big map is most of the work. Anywhere else (PNG,
// SVG, the report) it draws the curves themselves. An emphasised link paints
// itself, above the cards, and is not in the layer.

#include <QGraphicsItem>
#include <QHash>
#include <QImage>
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
    LinkLayer();
    int type() const override { return Type; }

    // The area the links may cover: the board with room around it.
    void setBounds(const QRectF& sceneRect);
    QRectF boundingRect() const override { return m_bounds; }
    // Never under the pointer: a press there is on the board (or on a link
    // item, which answers for itself).
    QPainterPath shape() const override { return {}; }
    bool contains(const QPointF&) const override { return false; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // What the resting links look like changed within a scene rectangle (a
    // link added, removed, routed, retyped, emphasised or back at rest): the
    // tiles there are drawn again when next shown.
    void invalidate(const QRectF& sceneRect);
    // The same for the tiles one link reaches into, where it is now or was
    // when last painted (a long link's bounding box covers many it misses).
    void invalidate(const LinkItem& link);
    void invalidateAll();
    int tileCount() const { return int(m_tiles.size()); }

private:
    struct Tile
    {
        QImage pixels;
        QRectF sceneRect;
        quint64 used = 0;
    };
    void paintTiles(QPainter* p, const QRectF& exposed, const QWidget* widget);
    const QImage& tile(int column, int row, qreal tileSize);
    void drawLinks(QPainter* p, const QRectF& sceneRect) const;
    void evict(int keep);

    QRectF m_bounds;
    QHash<quint64, Tile> m_tiles; // (column, row) of tiles of tilePixels
    qreal m_scale = 0;            // of the tiles held
    qreal m_ratio = 0;            // device pixels per pixel of the tiles held
    QPointF m_shift;              // the scene origin's offset from the tile grid
    quint64 m_clock = 0;
};

} // namespace cx::canvas
