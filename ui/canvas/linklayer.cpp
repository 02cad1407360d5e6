#include "linklayer.h"

#include "canvasstyle.h"
#include "linkitem.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPaintEngine>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cx::canvas {

namespace {

constexpr int tilePixels = 256; // a tile's side in device pixels

} // namespace

LinkLayer::LinkLayer(const QHash<Id, LinkItem*>& links) : m_links(links)
{
    setZValue(z::restingLinks);
    setFlag(ItemUsesExtendedStyleOption); // paints only what is exposed
}

QRectF LinkLayer::Grid::cell(int column, int row) const
{
    return QRectF((column * size - shift.x()) / scale, (row * size - shift.y()) / scale,
                  size / scale, size / scale);
}

void LinkLayer::setBounds(const QRectF& sceneRect)
{
    if (sceneRect == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = sceneRect;
}

void LinkLayer::invalidate(const LinkItem& link)
{
    if (m_deferred) {
        m_invalidatedWhileDeferred = true;
        return;
    }
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (link.reaches(it->sceneRect, true))
            it = m_tiles.erase(it);
        else
            ++it;
    }
    repaintWhereRuns(link);
}

// The screen is repainted in the tiles of the grid the link runs through
// (each a rectangle of its own: the scene keeps them apart, an item would
// merge them into one box), whether or not the tile is held.
void LinkLayer::repaintWhereRuns(const LinkItem& link)
{
    if (!scene() || m_grid.scale <= 0)
        return; // never on a screen
    const QRectF area = link.sceneBoundingRect();
    const qreal s = m_grid.scale;
    for (const QGraphicsView* view : scene()->views()) {
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect() & area;
        if (visible.isEmpty())
            continue;
        const auto index = [this, s](qreal scene, qreal shift) {
            return int(std::floor((scene * s + shift) / m_grid.size));
        };
        const int left = index(visible.left(), m_grid.shift.x());
        const int right = index(visible.right(), m_grid.shift.x());
        const int top = index(visible.top(), m_grid.shift.y());
        const int bottom = index(visible.bottom(), m_grid.shift.y());
        for (int row = top; row <= bottom; ++row) {
            for (int column = left; column <= right; ++column) {
                const QRectF cell = m_grid.cell(column, row);
                if (link.reaches(cell, true))
                    scene()->update(cell);
            }
        }
    }
}

void LinkLayer::invalidateAll()
{
    m_tiles.clear();
    update();
}

void LinkLayer::setDeferred(bool deferred)
{
    m_deferred = deferred;
    if (!deferred && std::exchange(m_invalidatedWhileDeferred, false))
        invalidateAll();
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
    if (t.m11() != m_grid.scale || ratio != m_grid.ratio) {
        m_tiles.clear();
        m_grid.scale = t.m11();
        m_grid.ratio = ratio;
        m_grid.size = tilePixels / ratio; // a tile's side in the painter's pixels
    }
    // Tiles sit on whole device pixels; the rest of the offset of the scene's
    // origin (the widget may sit anywhere in its window) is drawn into them,
    // so that links land where the cards' edges are.
    const QTransform d = p->deviceTransform();
    const qreal toDevice = d.m11() / t.m11(); // device pixels per painter pixel
    const QPointF deviceShift(d.dx() - std::round(d.dx()), d.dy() - std::round(d.dy()));
    m_grid.shift = deviceShift / toDevice;
    const QPointF origin = QPointF(t.dx(), t.dy()) - m_grid.shift;
    TileKey key;
    key.shiftX = qRound(deviceShift.x() * 64);
    key.shiftY = qRound(deviceShift.y() * 64);
    const qreal size = m_grid.size;
    const QRectF target = t.mapRect(exposed).toAlignedRect();
    const int left = int(std::floor((target.left() - origin.x()) / size));
    const int right = int(std::ceil((target.right() - origin.x()) / size));
    const int top = int(std::floor((target.top() - origin.y()) / size));
    const int bottom = int(std::ceil((target.bottom() - origin.y()) / size));
    p->save();
    p->resetTransform();
    for (key.row = top; key.row < bottom; ++key.row) {
        for (key.column = left; key.column < right; ++key.column) {
            const QRectF cell(origin.x() + key.column * size, origin.y() + key.row * size, size,
                              size);
            const QRectF part = cell & target;
            if (part.isEmpty())
                continue;
            const QRectF source((part.topLeft() - cell.topLeft()) * ratio, part.size() * ratio);
            p->drawImage(part, tile(key), source);
        }
    }
    p->restore();
    // Keep a screenful of tiles and half as much again, for scrolling back.
    const int across = int(std::ceil(widget->width() / size)) + 1;
    const int down = int(std::ceil(widget->height() / size)) + 1;
    evict(across * down * 3 / 2);
}

const QImage& LinkLayer::tile(const TileKey& key)
{
    auto it = m_tiles.find(key);
    if (it == m_tiles.end()) {
        Tile made;
        made.sceneRect = m_grid.cell(key.column, key.row);
        made.pixels = QImage(tilePixels, tilePixels, QImage::Format_ARGB32_Premultiplied);
        made.pixels.setDevicePixelRatio(m_grid.ratio);
        made.pixels.fill(Qt::transparent);
        {
            QPainter painter(&made.pixels);
            painter.translate(m_grid.shift.x() - key.column * m_grid.size,
                              m_grid.shift.y() - key.row * m_grid.size);
            painter.scale(m_grid.scale, m_grid.scale);
            drawLinks(&painter, made.sceneRect);
        }
        it = m_tiles.insert(key, std::move(made));
    }
    it->used = ++m_clock;
    return it->pixels;
}

void LinkLayer::drawLinks(QPainter* p, const QRectF& sceneRect) const
{
    if (std::exchange(m_orderStale, false)) {
        m_order.clear();
        m_order.reserve(m_links.size());
        for (const LinkItem* link : m_links)
            m_order.append(link);
        std::sort(m_order.begin(), m_order.end(),
                  [](const LinkItem* a, const LinkItem* b) { return a->linkId() < b->linkId(); });
    }
    for (const LinkItem* link : std::as_const(m_order)) {
        if (link->isVisible() && !link->isEmphasised() &&
            link->boundingRect().intersects(sceneRect))
            link->paintLink(p, sceneRect);
    }
}

void LinkLayer::evict(int keep)
{
    if (m_tiles.size() <= keep)
        return;
    std::vector<std::pair<quint64, TileKey>> byAge; // (last used, key)
    byAge.reserve(size_t(m_tiles.size()));
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        byAge.emplace_back(it->used, it.key());
    std::sort(byAge.begin(), byAge.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i + size_t(keep) < byAge.size(); ++i)
        m_tiles.remove(byAge[i].second);
}

} // namespace cx::canvas
