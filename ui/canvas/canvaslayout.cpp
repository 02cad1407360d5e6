#include "canvaslayout.h"

#include "canvasstyle.h"
#include "model/document.h"

#include <algorithm>

namespace cx::canvas {

CanvasLayout CanvasLayout::compute(const Document& doc, Id journeyId, bool showCurve)
{
    CanvasLayout l;
    const QList<Id> stages = doc.stageIds(journeyId);
    const QList<Id> lanes = doc.laneIds(journeyId);
    const qreal left = margin + laneHeaderWidth;
    for (int i = 0; i < stages.size(); ++i)
        l.columns.append({stages[i], left + i * stageWidth});
    l.curveTop = margin + stageHeaderHeight;
    l.curveHeight = showCurve ? curveBandHeight : 0;

    qreal y = l.curveTop + l.curveHeight;
    for (Id laneId : lanes) {
        int fullest = 1;
        for (const Column& c : l.columns)
            fullest = std::max(fullest, int(doc.cardIds(c.stageId, laneId).size()));
        const qreal height = 2 * cellPadding + fullest * cardHeight + (fullest - 1) * cardGap;
        l.rows.append({laneId, y, height});
        for (const Column& c : l.columns) {
            const QList<Id> cell = doc.cardIds(c.stageId, laneId);
            for (int i = 0; i < cell.size(); ++i)
                l.cardPos.insert(cell[i], QPointF(c.left + cellPadding,
                                                  y + cellPadding + i * (cardHeight + cardGap)));
        }
        y += height;
    }
    // On the right, room for links that loop out of the last column.
    l.bounds = QRectF(0, 0, left + stages.size() * stageWidth + margin + 48, y + margin);
    return l;
}

qreal CanvasLayout::gridLeft() const { return margin + laneHeaderWidth; }
qreal CanvasLayout::gridTop() const { return curveTop + curveHeight; }
qreal CanvasLayout::gridRight() const { return gridLeft() + columns.size() * stageWidth; }
qreal CanvasLayout::gridBottom() const
{
    return rows.isEmpty() ? gridTop() : rows.last().top + rows.last().height;
}

QRectF CanvasLayout::cellRect(int column, int row) const
{
    if (column < 0 || column >= columns.size() || row < 0 || row >= rows.size())
        return {};
    return QRectF(columns[column].left, rows[row].top, stageWidth, rows[row].height);
}

int CanvasLayout::columnAt(qreal x) const
{
    if (x < gridLeft() || x >= gridRight())
        return -1;
    return int((x - gridLeft()) / stageWidth);
}

int CanvasLayout::rowAt(qreal y) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (y >= rows[i].top && y < rows[i].top + rows[i].height)
            return i;
    }
    return -1;
}

int CanvasLayout::slotAt(int row, qreal y, int count) const
{
    if (row < 0 || row >= rows.size())
        return count;
    const qreal offset = y - rows[row].top - cellPadding + cardGap / 2;
    return std::clamp(int(offset / (cardHeight + cardGap)), 0, count);
}

} // namespace cx::canvas
