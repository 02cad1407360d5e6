#pragma once

// Sizes and colours of the journey canvas, in scene units (1 unit = 1 px at
// 100 % zoom). One place, so the screen and the exported images agree.

#include "model/enumnames.h" // emotionLabel()
#include "model/types.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;
class QStyleOptionGraphicsItem;

namespace cx::canvas {

inline constexpr qreal cardWidth = 200;
inline constexpr qreal cardHeight = 116;
inline constexpr qreal cardGap = 10;
inline constexpr qreal cellPadding = 12;
inline constexpr qreal stageWidth = cardWidth + 2 * cellPadding;
inline constexpr qreal laneHeaderWidth = 184;
inline constexpr qreal stageHeaderHeight = 58;
inline constexpr qreal curveBandHeight = 132;
inline constexpr qreal margin = 16;

// The stacking order of the canvas, bottom to top.
namespace z {
inline constexpr qreal board = -10;          // stages, lanes, blueprint lines
inline constexpr qreal curve = -5;           // the emotion curve
inline constexpr qreal restingLinks = 5;     // the link layer, and links at rest
inline constexpr qreal cards = 10;           // a cell's cards
inline constexpr qreal selectedCards = 20;   // a cell holding a selected card
inline constexpr qreal emphasisedLinks = 25; // links of the selection, hovered, lens chains
inline constexpr qreal linkPreview = 30;     // the arrow of an Alt-drag
} // namespace z

// Fonts of the canvas (DejaVu Sans on Debian; any sans elsewhere).
QFont titleFont();
QFont smallFont();
QFont headerFont();

// Department colour, or the neutral grey of unowned cards.
QColor departmentColor(const Department* d);
// A light tint of c for a card's body.
QColor tint(const QColor& c, qreal amount = 0.78);
// Black or white, whichever reads better on background.
QColor textOn(const QColor& background);
// Red (-2) through grey (0) to green (+2), blue-shifted to stay distinct for
// the colour-blind; text always accompanies it.
QColor emotionColor(int emotion);

// The part of an item that can show, in item coordinates: the exposed
// rectangle narrowed to the paint device and the clip. Items that span the
// canvas paint only that much (QGraphicsScene::render() exposes them whole).
QRectF visibleRect(const QPainter* p, const QStyleOptionGraphicsItem* option);

inline const QColor selectionColor{0x1a, 0x73, 0xe8};
inline const QColor impactColor{0xe8, 0x71, 0x0a};
inline const QColor canvasBackground{0xf4, 0xf5, 0xf7};
inline const QColor gridLine{0xd5, 0xd8, 0xde};
inline const QColor headerText{0x22, 0x26, 0x2e};
inline const QColor mutedText{0x5f, 0x66, 0x72};

} // namespace cx::canvas
