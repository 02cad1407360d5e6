#pragma once

// The emotion curve across the stages of a journey (analysis::emotionCurve):
// one point per stage, a gap where nobody rated it, values written as text.

#include "canvaslayout.h"
#include "canvasstyle.h"

#include <QGraphicsItem>

#include <optional>

namespace cx {

class Document;

namespace canvas {

class EmotionCurveItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 4
    };
    EmotionCurveItem();
    int type() const override { return Type; }

    void setCurve(const CanvasLayout& layout, const QList<std::optional<double>>& points);

    // The band and, left of it, the lane-header column its labels use.
    QRectF boundingRect() const override { return m_band.adjusted(-laneHeaderWidth, 0, 0, 0); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    qreal yOf(double emotion) const;

    QRectF m_band;
    QList<qreal> m_x;
    QList<std::optional<double>> m_points;
};

} // namespace canvas
} // namespace cx
