#include "flatcurve.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cx::canvas {

namespace {

constexpr int stretchLength = 16; // segments

// Whether a and b overlap or touch; unlike QRectF::intersects(), also for
// the flat bounds of a horizontal or vertical stretch.
bool touches(const QRectF& a, const QRectF& b)
{
    return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() &&
           a.bottom() >= b.top();
}

// Liang-Barsky: the part [t0, t1] of segment s that lies in r; false if none.
bool clip(const QLineF& s, const QRectF& r, qreal& t0, qreal& t1)
{
    const qreal p[4] = {-s.dx(), s.dx(), -s.dy(), s.dy()};
    const qreal q[4] = {s.x1() - r.left(), r.right() - s.x1(), s.y1() - r.top(),
                        r.bottom() - s.y1()};
    t0 = 0;
    t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    return t0 <= t1;
}

} // namespace

FlatCurve::FlatCurve(const QPainterPath& path, qreal maxZoom)
{
    // Qt flattens to within half a unit; scaled up first, that is half a
    // pixel at maxZoom.
    const QTransform up = QTransform::fromScale(maxZoom, maxZoom);
    const QTransform down = QTransform::fromScale(1 / maxZoom, 1 / maxZoom);
    for (const QPolygonF& scaled : path.toSubpathPolygons(up)) {
        const QPolygonF line = down.map(scaled);
        qreal along = 0;
        for (int first = 0; first + 1 < line.size(); first += stretchLength) {
            Stretch s;
            s.points = line.mid(first, stretchLength + 1);
            s.bounds = s.points.boundingRect();
            s.start = along;
            s.continues = first > 0;
            for (int i = 1; i < s.points.size(); ++i)
                along += QLineF(s.points[i - 1], s.points[i]).length();
            m_stretches.append(s);
        }
    }
}

bool FlatCurve::passesThrough(const QRectF& rect) const
{
    qreal t0, t1;
    for (const Stretch& s : m_stretches) {
        if (!touches(s.bounds, rect))
            continue;
        for (int i = 1; i < s.points.size(); ++i) {
            if (clip(QLineF(s.points[i - 1], s.points[i]), rect, t0, t1))
                return true;
        }
    }
    return false;
}

void FlatCurve::stroke(QPainter* p, QPen pen, const QRectF& rect) const
{
    const bool dashed = pen.style() != Qt::SolidLine; // an offset would make it dashed
    QPolygonF piece;
    qreal pieceStart = 0; // along the curve
    auto draw = [&] {
        if (piece.size() > 1) {
            if (dashed)
                pen.setDashOffset(pieceStart / pen.widthF());
            p->setPen(pen);
            p->drawPolyline(piece);
        }
        piece.clear();
    };
    for (const Stretch& s : m_stretches) {
        const bool near = touches(s.bounds, rect);
        if (!near || !s.continues)
            draw();
        if (!near)
            continue;
        qreal along = s.start;
        for (int i = 1; i < s.points.size(); ++i) {
            const QLineF segment(s.points[i - 1], s.points[i]);
            qreal t0, t1;
            if (!clip(segment, rect, t0, t1)) {
                draw();
            } else {
                if (t0 > 0 || piece.isEmpty()) {
                    draw();
                    piece.append(segment.pointAt(t0));
                    pieceStart = along + t0 * segment.length();
                }
                piece.append(segment.pointAt(t1));
                if (t1 < 1)
                    draw();
            }
            along += segment.length();
        }
    }
    draw();
}

} // namespace cx::canvas
