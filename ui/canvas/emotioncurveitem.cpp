#include "emotioncurveitem.h"

#include "canvasstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace cx::canvas {

EmotionCurveItem::EmotionCurveItem() { setZValue(z::curve); }

void EmotionCurveItem::setCurve(const CanvasLayout& layout,
                                const QList<std::optional<double>>& points)
{
    const QRectF band(layout.gridLeft(), layout.curveTop, layout.gridRight() - layout.gridLeft(),
                      layout.curveHeight);
    QList<qreal> x;
    x.reserve(layout.columns.size());
    for (const CanvasLayout::Column& c : layout.columns)
        x.append(c.left + stageWidth / 2);
    if (band == m_band && x == m_x && points == m_points)
        return; // most edits leave the curve as it was: no repaint
    if (band != m_band)
        prepareGeometryChange(); // else the scene's index keeps the item where it is
    m_band = band;
    m_x = x;
    m_points = points;
    setVisible(layout.curveHeight > 0);
    update();
}

qreal EmotionCurveItem::yOf(double emotion) const
{
    const qreal top = m_band.top() + 18;
    const qreal height = m_band.height() - 36;
    return top + (2.0 - emotion) / 4.0 * height;
}

void EmotionCurveItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(smallFont());
    // Reference lines: delighted, neutral, angry.
    for (int level : {2, 0, -2}) {
        const qreal y = yOf(level);
        p->setPen(QPen(level == 0 ? QColor(0xb8, 0xbf, 0xc8) : QColor(0xe3, 0xe6, 0xea), 1,
                       level == 0 ? Qt::DashLine : Qt::SolidLine));
        p->drawLine(QPointF(m_band.left(), y), QPointF(m_band.right(), y));
        p->setPen(mutedText);
        // Right-aligned in the lane-header column, whose title sits level
        // with the neutral line (BackdropItem::paintCurveLabel): the words
        // of +2 and -2 have the column's whole width, in any language.
        p->drawText(QRectF(m_band.left() - laneHeaderWidth + 12, y - 8, laneHeaderWidth - 18, 16),
                    Qt::AlignRight | Qt::AlignVCenter, emotionLabel(level));
    }
    // The curve: smooth segments between rated neighbours, a gap otherwise.
    QPen pen(QColor(0x2f, 0x3b, 0x4c), 2.6);
    pen.setCapStyle(Qt::RoundCap);
    for (int i = 1; i < m_points.size() && i < m_x.size(); ++i) {
        if (!m_points[i - 1] || !m_points[i])
            continue;
        const QPointF a(m_x[i - 1], yOf(*m_points[i - 1]));
        const QPointF b(m_x[i], yOf(*m_points[i]));
        QPainterPath path(a);
        const qreal dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    for (int i = 0; i < m_points.size() && i < m_x.size(); ++i) {
        if (!m_points[i])
            continue;
        const double e = *m_points[i];
        const QPointF c(m_x[i], yOf(e));
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(emotionColor(int(std::lround(e))));
        p->drawEllipse(c, 7, 7);
        p->setPen(headerText);
        const QString text = QString::asprintf("%+.1f", e).replace(u'-', QChar(0x2212));
        p->drawText(QRectF(c.x() + 10, c.y() - 18, 60, 14), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace cx::canvas
