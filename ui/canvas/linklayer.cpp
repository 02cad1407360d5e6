#include "linklayer.h"

#include "canvasstyle.h"
#include "linkitem.h"

#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cx::canvas {

namespace {

constexpr int tilePixels = 256; // a tile's side in device pixels

quint64 tileKey(int column, int row)
{
    return (quint64(quint32(column)) << 32) | quint64(quint32(row));
}

} // namespace

LinkLayer::LinkLayer()
{
    setZValue(5); // the resting links' place: above the board, beneath the cards (10)
    setFlag(ItemUsesExtendedStyleOption); // paints only what is exposed
}

void LinkLayer::setBounds(const QRectF& sceneRect)
{
    if (sceneRect == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = sceneRect;
}

void LinkLayer::invalidate(const QRectF& sceneRect)
{
    if (sceneRect.isEmpty())
        return;
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (it->sceneRect.intersects(sceneRect))
            it = m_tiles.erase(it);
        else
            ++it;
    }
    update(sceneRect);
}

void LinkLayer::invalidate(const LinkItem& link)
{
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (link.reaches(it->sceneRect, true)) {
            update(it->sceneRect); // on screen: the tiles on screen are all held
            it = m_tiles.erase(it);
        } else {
            ++it;
        }
    }
}

void LinkLayer::invalidateAll()
{
    m_tiles.clear();
    update();
}

void LinkLayer::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const QRectF exposed = visibleRect(p, option);
    if (exposed.isEmpty())
        return;
    // Tiles for a screen that shows the board unrotated; curves for anything
    // else, so that SVG and PDF keep their vectors.
    const QTransform& t = p->worldTransform();
    const bool tiled = widget && p->paintEngine() &&
                       p->paintEngine()->type() == QPaintEngine::Raster &&
                       t.type() <= QTransform::TxScale && t.m11() > 0 && t.m11() == t.m22();
    if (tiled)
        paintTiles(p, exposed, widget);
    else
        drawLinks(p, exposed);
}

void LinkLayer::paintTiles(QPainter* p, const QRectF& exposed, const QWidget* widget)
{
    const QTransform t = p->worldTransform();
    const qreal ratio = widget->devicePixelRatioF();
    // Tiles sit on the widget's device pixels, from a grid point near the
    // scene's origin; the rest of the origin's offset (under a device pixel,
    // when the view centres a small board) is drawn into the tiles, so that
    // links land where the cards' edges are.
    const QPointF origin(std::round(t.dx() * ratio) / ratio, std::round(t.dy() * ratio) / ratio);
    const QPointF shift(t.dx() - origin.x(), t.dy() - origin.y());
    if (t.m11() != m_scale || ratio != m_ratio || shift != m_shift) {
        m_tiles.clear();
        m_scale = t.m11();
        m_ratio = ratio;
        m_shift = shift;
    }
    const qreal size = tilePixels / ratio; // a tile's side in the painter's pixels
    const QRectF target = t.mapRect(exposed).toAlignedRect();
    const int left = int(std::floor((target.left() - origin.x()) / size));
    const int right = int(std::ceil((target.right() - origin.x()) / size));
    const int top = int(std::floor((target.top() - origin.y()) / size));
    const int bottom = int(std::ceil((target.bottom() - origin.y()) / size));
    p->save();
    p->resetTransform();
    for (int row = top; row < bottom; ++row) {
        for (int column = left; column < right; ++column) {
            const QRectF cell(origin.x() + column * size, origin.y() + row * size, size, size);
            const QRectF part = cell & target;
            if (part.isEmpty())
                continue;
            const QRectF source((part.topLeft() - cell.topLeft()) * ratio, part.size() * ratio);
            p->drawImage(part, tile(column, row, size), source);
        }
    }
    p->restore();
    // Keep a screenful of tiles and half as much again, for scrolling back.
    const int across = int(std::ceil(widget->width() / size)) + 1;
    const int down = int(std::ceil(widget->height() / size)) + 1;
    evict(across * down * 3 / 2);
}

const QImage& LinkLayer::tile(int column, int row, qreal size)
{
    auto it = m_tiles.find(tileKey(column, row));
    if (it == m_tiles.end()) {
        Tile made;
        const qreal side = size / m_scale;
        made.sceneRect = QRectF((column * size - m_shift.x()) / m_scale,
                                (row * size - m_shift.y()) / m_scale, side, side);
        made.pixels = QImage(tilePixels, tilePixels, QImage::Format_ARGB32_Premultiplied);
        made.pixels.setDevicePixelRatio(m_ratio);
        made.pixels.fill(Qt::transparent);
        {
            QPainter painter(&made.pixels);
            painter.translate(m_shift.x() - column * size, m_shift.y() - row * size);
            painter.scale(m_scale, m_scale);
            drawLinks(&painter, made.sceneRect);
        }
        it = m_tiles.insert(tileKey(column, row), std::move(made));
    }
    it->used = ++m_clock;
    return it->pixels;
}

void LinkLayer::drawLinks(QPainter* p, const QRectF& sceneRect) const
{
    if (!scene())
        return;
    const QList<QGraphicsItem*> items =
        scene()->items(sceneRect, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (QGraphicsItem* item : items) {
        if (item->type() != LinkItem::Type)
            continue;
        const auto* link = static_cast<const LinkItem*>(item);
        if (link->isVisible() && !link->isEmphasised())
            link->paintLink(p, sceneRect);
    }
}

void LinkLayer::evict(int keep)
{
    if (m_tiles.size() <= keep)
        return;
    std::vector<std::pair<quint64, quint64>> byAge; // (last used, key)
    byAge.reserve(size_t(m_tiles.size()));
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        byAge.emplace_back(it->used, it.key());
    std::sort(byAge.begin(), byAge.end());
    for (size_t i = 0; i + size_t(keep) < byAge.size(); ++i)
        m_tiles.remove(byAge[i].second);
}

} // namespace cx::canvas
