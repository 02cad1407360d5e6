#include "scenepainter.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace cx::report {

namespace {

// Room around a path for its pen and arrowhead, in scene units.
constexpr qreal pathMargin = 12;

} // namespace

bool ScenePainter::crosses(const QGraphicsPathItem* item, const QRectF& sceneRect)
{
    auto it = m_courses.constFind(item);
    if (it == m_courses.cend()) {
        QList<QRectF> course;
        for (const QPolygonF& polygon : item->path().toSubpathPolygons()) {
            constexpr int run = 8;
            for (qsizetype i = 0; i + 1 < polygon.size(); i += run) {
                qreal left = polygon[i].x(), right = left, top = polygon[i].y(), bottom = top;
                for (qsizetype k = i + 1; k <= i + run && k < polygon.size(); ++k) {
                    left = std::min(left, polygon[k].x());
                    right = std::max(right, polygon[k].x());
                    top = std::min(top, polygon[k].y());
                    bottom = std::max(bottom, polygon[k].y());
                }
                course.append(QRectF(QPointF(left - pathMargin, top - pathMargin),
                                     QPointF(right + pathMargin, bottom + pathMargin)));
            }
        }
        it = m_courses.insert(item, course);
    }
    const QRectF r =
        item->sceneTransform().isIdentity() ? sceneRect : item->mapRectFromScene(sceneRect);
    for (const QRectF& box : *it) {
        // Boxes of flat runs have no area: compare the edges.
        if (box.left() <= r.right() && box.right() >= r.left() && box.top() <= r.bottom() &&
            box.bottom() >= r.top())
            return true;
    }
    return false;
}

void ScenePainter::render(QPainter& p, const QRectF& target, const QRectF& source)
{
    if (source.isEmpty() || target.isEmpty())
        return;
    p.save();
    p.setClipRect(target, Qt::IntersectClip);
    p.translate(target.topLeft());
    p.scale(target.width() / source.width(), target.height() / source.height());
    p.translate(-source.topLeft());
    p.fillRect(source, m_scene->backgroundBrush());
    // Each item starts from the painter's state as it is now. Restored by
    // hand rather than by save() and restore(): on a PDF, every save() writes
    // the whole state out, even for an item that then draws nothing.
    const QTransform view = p.worldTransform();
    const qreal opacity = p.opacity();
    const QPen pen = p.pen();
    const QBrush brush = p.brush();
    const QFont font = p.font();
    const QPainter::RenderHints hints = p.renderHints();
    const QPointF brushOrigin = p.brushOrigin();
    const Qt::BGMode backgroundMode = p.backgroundMode();
    const QList<QGraphicsItem*> items =
        m_scene->items(source, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (QGraphicsItem* item : items) {
        // An item without contents leaves its drawing to another (a resting
        // link to the link layer), as on screen.
        if (!item->isVisible() || item->effectiveOpacity() <= 0 ||
            item->flags().testFlag(QGraphicsItem::ItemHasNoContents))
            continue;
        if (const auto* path = dynamic_cast<const QGraphicsPathItem*>(item);
            path && !crosses(path, source))
            continue;
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        option.rect = option.exposedRect.toAlignedRect();
        option.state = QStyle::State_None;
        if (item->isEnabled())
            option.state |= QStyle::State_Enabled;
        if (item->isSelected())
            option.state |= QStyle::State_Selected;
        p.setWorldTransform(item->sceneTransform() * view);
        p.setOpacity(opacity * item->effectiveOpacity());
        p.setPen(pen);
        p.setBrush(brush);
        p.setFont(font);
        p.setRenderHints(~hints, false);
        p.setRenderHints(hints, true);
        p.setBrushOrigin(brushOrigin);
        p.setBackgroundMode(backgroundMode);
        item->paint(&p, &option, nullptr);
    }
    p.restore();
}

} // namespace cx::report
