#pragma once

// A bar chart drawn with QPainter (vector on the PDF): one bar per category,
// stacked series, or one series of values around zero with a colour per bar.

#include "reportblocks.h"

#include <functional>
#include <optional>

namespace cx::report {

struct ChartSeries
{
    QString name;
    QColor color;
    QList<std::optional<qreal>> values; // one per category; unset = no bar (a gap)
};

struct ChartData
{
    QStringList categories;
    QList<ChartSeries> series; // stacked, bottom first; the legend shows two or more
    QList<QColor> barColors;   // with one series: a colour per bar
    qreal minY = 0;            // the axis covers at least minY..maxY
    qreal maxY = 1;
    bool integers = true;                     // ticks at whole numbers
    std::function<QString(qreal)> tickLabel;  // default: the number
    std::function<QString(qreal)> valueLabel; // a label on each bar; none when unset
};

class ChartBlock : public Block
{
public:
    ChartBlock(const Styles& styles, ChartData data, qreal width, qreal plotHeight, qreal unit);
    void paint(QPainter& p, const QPointF& topLeft) const override;

private:
    void paintAxis(QPainter& p, const QRectF& plot) const;
    void paintBars(QPainter& p, const QRectF& plot) const;
    void paintLabels(QPainter& p, const QRectF& plot) const;
    void paintLegend(QPainter& p, const QPointF& topLeft) const;
    qreal yOf(const QRectF& plot, qreal v) const;

    const Styles& m_styles;
    ChartData m_data;
    qreal m_width;
    qreal m_unit;
    qreal m_step = 1;
    qreal m_low = 0;
    qreal m_high = 1;
    qreal m_axisWidth = 0;
    qreal m_legendHeight = 0;
    qreal m_plotHeight;
    qreal m_labelHeight = 0;
    bool m_rotated = false;
    QList<TextBox> m_labels; // category labels (one line each when rotated)
};

} // namespace cx::report
