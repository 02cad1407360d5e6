#pragma once

// Small line icons for the channels of a card (web, phone, email...), drawn
// with QPainter so they stay sharp at any zoom and in SVG exports.

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace cx::canvas {

// Draws the icon of channel into a square rect; unknown channels get a dot.
void drawChannelIcon(QPainter* p, const QRectF& rect, const QString& channel, const QColor& color);

} // namespace cx::canvas
