#include "linkitem.h"

#include "canvasstyle.h"
#include "linklayer.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "model/linkrules.h"
#include "uitext.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace cx::canvas {

namespace {

QPen linkPen(LinkType kind, bool selected)
{
    QPen pen(QColor(0x45, 0x4f, 0x5c), selected ? 3 : 1.8);
    switch (kind) {
    case LinkType::Feeds:
        break;
    case LinkType::Triggers:
        pen.setColor(QColor(0x1f, 0x5f, 0xa8));
        break;
    case LinkType::DependsOn:
        pen.setStyle(Qt::DashLine);
        break;
    case LinkType::Wait:
        pen.setColor(QColor(0x8a, 0x4b, 0x0f));
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(pen.widthF() + 0.6);
        break;
    }
    if (selected)
        pen.setColor(selectionColor);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

// Room around the curve for the pen and the arrowhead.
QRectF withStroke(const QRectF& r) { return r.adjusted(-12, -12, 12, 12); }

} // namespace

LinkItem::LinkItem(Id linkId) : m_linkId(linkId)
{
    setZValue(z::restingLinks);
    setFlag(ItemIsSelectable);
    setFlag(ItemUsesExtendedStyleOption); // paint() skips what is not exposed
    setFlag(ItemHasNoContents);           // at rest the layer draws it
    setAcceptHoverEvents(true);
}

void LinkItem::setEmphasised(bool on)
{
    if (m_emphasised == on)
        return;
    m_emphasised = on;
    raise();
}

void LinkItem::raise()
{
    const bool up = isEmphasised();
    if (up == m_raised || !m_layer) {
        update(); // another pen, perhaps
    }
    if (up != m_raised) {
        // Out of the layer and painting itself, or back: the layer repaints
        // where the link runs, which is less than its bounding box.
        m_raised = up;
        setFlag(ItemHasNoContents, !up);
        setZValue(up ? z::emphasisedLinks : z::restingLinks);
        if (m_layer)
            m_layer->invalidate(*this);
    }
}

void LinkItem::restingChanged()
{
    if (m_layer && !m_raised)
        m_layer->invalidate(*this);
}

void LinkItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = true;
    raise();
}

void LinkItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = false;
    raise();
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemSelectedHasChanged)
        raise();
    return QGraphicsPathItem::itemChange(change, value);
}

void LinkItem::sync(const Document& doc)
{
    const Link* l = doc.link(m_linkId);
    if (!l)
        return;
    m_from = l->fromCardId;
    m_to = l->toCardId;
    if (l->type != m_kind) {
        m_kind = l->type;
        restingChanged(); // another pen
    }
    m_label = l->label;
    const Card* a = doc.card(m_from);
    const Card* b = doc.card(m_to);
    setToolTip(
        plainToolTip(linkPhrase(m_kind, a ? a->title : QString(), b ? b->title : QString()) +
                     (m_label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_label))));
    update();
}

void LinkItem::route(const QRectF& from, const QRectF& to)
{
    if (m_routed && from == m_fromRect && to == m_toRect)
        return;
    m_routed = true;
    m_fromRect = from;
    m_toRect = to;
    if (to.right() > from.left() + 1 && to.left() < from.right() - 1) {
        // Same column: loop out to the right.
        const QPointF start(from.right(), from.center().y());
        const QPointF end(to.right(), to.center().y());
        QPainterPath path(start);
        const qreal out = 36 + std::abs(end.y() - start.y()) * 0.08;
        path.cubicTo(start + QPointF(out, 0), end + QPointF(out, 0), end);
        setRoute(path, end, QPointF(-1, 0));
        return;
    }
    const bool forwards = to.left() >= from.right() - 1; // right edge to left edge
    const QPointF start(forwards ? from.right() : from.left(), from.center().y());
    const QPointF end(forwards ? to.left() : to.right(), to.center().y());
    const qreal bend = (forwards ? 1 : -1) * std::max(40.0, std::abs(end.x() - start.x()) / 2);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    setRoute(path, end, QPointF(forwards ? 1 : -1, 0));
}

void LinkItem::setRoute(const QPainterPath& path, const QPointF& tip, const QPointF& direction)
{
    m_tip = tip;
    m_tipDirection = direction;
    m_mid = path.pointAtPercent(0.5);
    restingChanged(); // where it was
    m_curve.reset();
    m_shape = QPainterPath();
    setPath(path);
    restingChanged(); // where it is
}

QRectF LinkItem::labelRect() const { return QRectF(m_mid.x() - 60, m_mid.y() - 8, 120, 16); }

QRectF LinkItem::boundingRect() const { return path().boundingRect().adjusted(-60, -14, 60, 14); }

QPainterPath LinkItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(path());
    }
    return m_shape;
}

void LinkItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    paintLink(p, visibleRect(p, option));
}

bool LinkItem::reaches(const QRectF& rect, bool withLabel) const
{
    if (!m_curve)
        m_curve = FlatCurve(path());
    return m_curve->passesThrough(withStroke(rect)) ||
           (withLabel && !m_label.isEmpty() && labelRect().intersects(rect));
}

void LinkItem::paintLink(QPainter* p, const QRectF& visible) const
{
    const bool emphasised = isEmphasised();
    const bool labelled = emphasised && !m_label.isEmpty();
    // A long arrow's bounding box covers much of the canvas: most repaints
    // under it do not touch the arrow itself.
    if (!reaches(visible, labelled))
        return;
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen = linkPen(m_kind, isSelected());
    // At rest: quieter, so that many links stay readable. Paled rather than
    // translucent: on the light board it looks the same and draws three
    // times faster.
    if (!emphasised)
        pen.setColor(tint(pen.color(), 0.45));
    p->setBrush(Qt::NoBrush);
    if (p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster) {
        // Pixels: always from the one flattened curve, so that repaints of
        // neighbouring areas meet; cut ends stay out of sight.
        m_curve->stroke(p, pen, withStroke(visible));
    } else {
        p->setPen(pen);
        p->drawPath(path()); // SVG and PDF keep the curve
    }
    // Arrowhead.
    const QPointF d = m_tipDirection;
    const QPointF n(-d.y(), d.x());
    QPolygonF head;
    head << m_tip << m_tip - d * 9 + n * 4.5 << m_tip - d * 9 - n * 4.5;
    p->setPen(Qt::NoPen);
    p->setBrush(pen.color());
    p->drawPolygon(head);
    if (labelled) {
        const QFont font = smallFont();
        const QFontMetricsF fm(font);
        const QString text = fm.elidedText(m_label, Qt::ElideRight, 110);
        const QRectF box(m_mid.x() - fm.horizontalAdvance(text) / 2 - 4, m_mid.y() - 8,
                         fm.horizontalAdvance(text) + 8, 16);
        p->setBrush(QColor(255, 255, 255, 235));
        p->setPen(QPen(pen.color(), 0.8));
        p->drawRoundedRect(box, 4, 4);
        p->setPen(pen.color().darker(130));
        p->setFont(font);
        p->drawText(box, Qt::AlignCenter, text);
    }
}

} // namespace cx::canvas
