#include "reportchart.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cx::report {

namespace {

// A round step that cuts span into at most about five intervals.
qreal niceStep(qreal span, bool integers)
{
    const qreal raw = std::max(span / 5, 1e-9);
    const qreal magnitude = std::pow(10, std::floor(std::log10(raw)));
    qreal step = magnitude * 10;
    for (qreal m : {1.0, 2.0, 5.0, 10.0}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    return integers ? std::max<qreal>(1, std::round(step)) : step;
}

} // namespace

ChartBlock::ChartBlock(const Styles& styles, ChartData data, qreal width, qreal plotHeight,
                       qreal unit)
    : m_styles(styles), m_data(std::move(data)), m_width(width), m_unit(unit),
      m_plotHeight(plotHeight)
{
    qreal low = m_data.minY, high = m_data.maxY;
    for (int i = 0; i < m_data.categories.size(); ++i) {
        qreal positive = 0, negative = 0;
        for (const ChartSeries& s : m_data.series) {
            const qreal v = s.values.value(i).value_or(0);
            (v >= 0 ? positive : negative) += v;
        }
        high = std::max(high, positive);
        low = std::min(low, negative);
    }
    m_step = niceStep(high - low, m_data.integers);
    m_low = std::floor(low / m_step + 1e-9) * m_step;
    m_high = std::ceil(high / m_step - 1e-9) * m_step;
    if (m_high <= m_low)
        m_high = m_low + m_step;

    const TextStyle& small = styles.small;
    for (qreal v = m_low; v <= m_high + m_step / 2; v += m_step) {
        const QString label = m_data.tickLabel ? m_data.tickLabel(v) : plainNumber(v);
        m_axisWidth = std::max(m_axisWidth, small.metrics.horizontalAdvance(label));
    }
    m_axisWidth += 2 * unit;
    if (m_data.series.size() > 1)
        m_legendHeight = small.lineHeight() + 2 * unit;
    if (m_data.valueLabel) // room for the label over the tallest bar
        m_legendHeight += styles.tiny.lineHeight() + unit;

    // Category labels: up to two lines under each bar, else slanted.
    const TextStyle& label = styles.tiny;
    const int n = std::max(1, int(m_data.categories.size()));
    const qreal slot = (m_width - m_axisWidth) / n;
    for (const QString& c : m_data.categories) {
        const QStringList words = c.split(u' ', Qt::SkipEmptyParts);
        const bool wordTooWide = std::any_of(words.begin(), words.end(), [&](const QString& w) {
            return label.metrics.horizontalAdvance(w) > slot - unit;
        });
        if (wordTooWide || wrapText(c, label, slot - unit).lines.size() > 2) {
            m_rotated = true;
            break;
        }
    }
    const qreal longest = 30 * unit;
    qreal labelExtent = 0;
    for (const QString& c : m_data.categories) {
        TextBox box = m_rotated ? wrapText(c, label, longest, 1)
                                : wrapText(c, label, slot - unit, 2, Qt::AlignHCenter);
        qreal extent = box.height();
        if (m_rotated && !box.lines.isEmpty())
            extent = (label.metrics.horizontalAdvance(box.lines.first()) + label.lineHeight()) *
                     std::sqrt(0.5);
        labelExtent = std::max(labelExtent, extent);
        m_labels.append(box);
    }
    m_labelHeight = labelExtent + 2 * unit;
    height = m_legendHeight + m_plotHeight + m_labelHeight;
}

qreal ChartBlock::yOf(const QRectF& plot, qreal v) const
{
    return plot.bottom() - (v - m_low) / (m_high - m_low) * plot.height();
}

void ChartBlock::paint(QPainter& p, const QPointF& topLeft) const
{
    const QRectF plot(topLeft.x() + m_axisWidth, topLeft.y() + m_legendHeight,
                      m_width - m_axisWidth, m_plotHeight);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    paintAxis(p, plot);
    paintBars(p, plot);
    paintLabels(p, plot);
    if (m_data.series.size() > 1)
        paintLegend(p, topLeft);
    p.restore();
}

void ChartBlock::paintAxis(QPainter& p, const QRectF& plot) const
{
    const TextStyle& small = m_styles.small;
    p.setFont(small.font);
    for (qreal v = m_low; v <= m_high + m_step / 2; v += m_step) {
        const qreal y = yOf(plot, v);
        const bool zero = std::abs(v) < m_step / 100;
        p.setPen(rulePen(zero ? palette::muted : palette::rule, zero ? m_unit / 4 : m_unit / 8));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString label = m_data.tickLabel ? m_data.tickLabel(v) : plainNumber(v);
        p.setPen(small.color);
        const qreal w = small.metrics.horizontalAdvance(label);
        p.drawText(QPointF(plot.left() - m_unit - w, y + small.metrics.xHeight() / 2), label);
    }
}

void ChartBlock::paintBars(QPainter& p, const QRectF& plot) const
{
    const int n = int(m_data.categories.size());
    if (n == 0)
        return;
    const qreal slot = plot.width() / n;
    const qreal barWidth = std::min(slot * 0.64, 14 * m_unit);
    const TextStyle& tiny = m_styles.tiny;
    p.setFont(tiny.font);
    for (int i = 0; i < n; ++i) {
        const qreal x = plot.left() + slot * i + (slot - barWidth) / 2;
        qreal positive = 0, negative = 0;
        bool any = false;
        for (const ChartSeries& s : m_data.series) {
            const std::optional<qreal> v = s.values.value(i);
            if (!v)
                continue;
            any = true;
            qreal& base = *v >= 0 ? positive : negative;
            const qreal y0 = yOf(plot, base), y1 = yOf(plot, base + *v);
            base += *v;
            QColor color = s.color;
            if (m_data.series.size() == 1 && i < m_data.barColors.size())
                color = m_data.barColors[i];
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRect(
                QRectF(QPointF(x, std::min(y0, y1)), QPointF(x + barWidth, std::max(y0, y1))));
        }
        if (!any) { // a gap: nobody rated this category
            p.setPen(rulePen(palette::muted, m_unit / 5, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            const qreal y = yOf(plot, 0);
            p.drawLine(QPointF(x, y), QPointF(x + barWidth, y));
            continue;
        }
        if (!m_data.valueLabel)
            continue;
        const qreal total = positive + negative;
        const QString label = m_data.valueLabel(total);
        const qreal w = tiny.metrics.horizontalAdvance(label);
        if (w > slot)
            continue;
        // Over a bar that rises; inside the end of one that falls (the
        // category labels are under the plot).
        qreal y = yOf(plot, positive) - m_unit / 2 - tiny.metrics.descent();
        p.setPen(palette::ink);
        if (total < 0) {
            const qreal end = yOf(plot, negative);
            const bool inside = end - yOf(plot, 0) > tiny.metrics.height() + m_unit;
            y = inside ? end - m_unit / 2 - tiny.metrics.descent()
                       : end + m_unit / 2 + tiny.metrics.ascent();
            if (inside)
                p.setPen(Qt::white);
        }
        p.drawText(QPointF(x + (barWidth - w) / 2, y), label);
    }
}

void ChartBlock::paintLabels(QPainter& p, const QRectF& plot) const
{
    const int n = int(m_labels.size());
    if (n == 0)
        return;
    const qreal slot = plot.width() / n;
    const TextStyle& small = m_styles.tiny;
    for (int i = 0; i < n; ++i) {
        const qreal centre = plot.left() + slot * (i + 0.5);
        if (!m_rotated) {
            m_labels[i].paint(p, QPointF(centre - m_labels[i].width / 2, plot.bottom() + m_unit));
            continue;
        }
        if (m_labels[i].lines.isEmpty())
            continue;
        const QString& text = m_labels[i].lines.first();
        p.save();
        p.translate(centre + small.metrics.xHeight() / 2, plot.bottom() + m_unit);
        p.rotate(-45);
        p.setFont(small.font);
        p.setPen(small.color);
        p.drawText(QPointF(-small.metrics.horizontalAdvance(text), small.metrics.xHeight() / 2),
                   text);
        p.restore();
    }
}

void ChartBlock::paintLegend(QPainter& p, const QPointF& topLeft) const
{
    const TextStyle& small = m_styles.small;
    p.setFont(small.font);
    qreal x = topLeft.x() + m_width;
    const qreal box = small.metrics.xHeight() * 1.3;
    for (auto s = m_data.series.crbegin(); s != m_data.series.crend(); ++s) {
        const qreal w = small.metrics.horizontalAdvance(s->name);
        x -= w;
        p.setPen(small.color);
        p.drawText(QPointF(x, topLeft.y() + small.metrics.ascent()), s->name);
        x -= box + m_unit;
        p.setPen(Qt::NoPen);
        p.setBrush(s->color);
        p.drawRect(QRectF(x, topLeft.y() + small.metrics.ascent() - box, box, box));
        x -= 4 * m_unit;
    }
}

} // namespace cx::report
