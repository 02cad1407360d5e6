#pragma once

// A curve flattened into short stretches of line segments, each with its
// bounds and its distance along the curve. A link's arrow may cross the whole
// canvas; this finds and strokes just the part of it that a repaint exposes.

#include <QList>
#include <QPolygonF>
#include <QRectF>

class QPainter;
class QPainterPath;
class QPen;

namespace cx::canvas {

class FlatCurve
{
public:
    FlatCurve() = default;
    // Flat to within half a pixel at zoom factors up to maxZoom.
    explicit FlatCurve(const QPainterPath& path, qreal maxZoom = 4);

    // Whether any of the curve lies in rect.
    bool passesThrough(const QRectF& rect) const;
    // Strokes the curve where it lies in rect, cut at rect's edges (leave room
    // for the pen). Dashes carry on along the curve, so that repaints of
    // neighbouring areas meet.
    void stroke(QPainter* p, QPen pen, const QRectF& rect) const;

private:
    struct Stretch
    {
        QPolygonF points;
        QRectF bounds;
        qreal start = 0;        // the length of the curve before points[0]
        bool continues = false; // points[0] ends the previous stretch
    };
    QList<Stretch> m_stretches;
};

} // namespace cx::canvas
