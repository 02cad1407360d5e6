#include "stagespotlight.h"

#include "canvas/canvasstyle.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"

#include <QPainter>

#include <algorithm>

namespace cx {

StageSpotlight::StageSpotlight(canvas::JourneyView* view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("presentationSpotlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void StageSpotlight::setColumn(int column)
{
    if (column == m_column)
        return;
    m_column = column;
    update();
}

void StageSpotlight::paintEvent(QPaintEvent*)
{
    const canvas::CanvasLayout& l = m_view->journeyScene()->layout();
    if (m_column < 0 || m_column >= l.columns.size())
        return;
    const qreal zoom = m_view->zoom();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal left = m_view->mapFromScene(QPointF(l.columns[m_column].left, 0)).x();
    const QRectF column(left, 0, canvas::stageWidth * zoom, height());
    // The lane names, on the board or pinned at the left edge by the view
    // (which pins those of the lanes only, not the curve band's, and below
    // the stage headers it pins at the top).
    const bool pinnedTop = visible.top() > canvas::margin + 1;
    const bool pinnedLeft = visible.left() > canvas::margin + 1;
    const qreal labelsX =
        m_view->mapFromScene(QPointF(std::max(visible.left(), canvas::margin), 0)).x();
    qreal labelsY = m_view->mapFromScene(QPointF(0, pinnedLeft ? l.gridTop() : l.curveTop)).y();
    if (pinnedTop)
        labelsY = std::max(labelsY, canvas::stageHeaderHeight * zoom);
    // As wide as the emotion curve's labels reach (6 short of the column's
    // edge, EmotionCurveItem::paint): the veil cut their last letters.
    const QRectF labels(labelsX, labelsY, (canvas::laneHeaderWidth - 4) * zoom, height());
    QRegion veil(rect());
    veil -= column.toAlignedRect();
    veil -= labels.toAlignedRect();
    QPainter p(this);
    p.setClipRegion(veil);
    p.fillRect(rect(), QColor(0xf4, 0xf5, 0xf7, 200));
    p.setClipping(false);
    // The header where the view shows it: in place, or pinned at the top.
    const qreal top = pinnedTop ? 4 : m_view->mapFromScene(QPointF(0, canvas::margin)).y();
    const QRectF header(left + 3 * zoom, top, (canvas::stageWidth - 6) * zoom,
                        (canvas::stageHeaderHeight - 8) * zoom);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(canvas::selectionColor, 4));
    p.drawRoundedRect(header.adjusted(-3, -3, 3, 3), 9, 9);
    QColor side = canvas::selectionColor;
    side.setAlpha(110);
    p.setPen(QPen(side, 2));
    const qreal below = header.bottom() + 3;
    p.drawLine(QPointF(column.left() + 1, below), QPointF(column.left() + 1, height()));
    p.drawLine(QPointF(column.right() - 1, below), QPointF(column.right() - 1, height()));
}

} // namespace cx
