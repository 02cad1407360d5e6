#pragma once

// Where everything of one journey sits on the canvas: stage columns, lane
// rows that grow to fit their fullest cell, and each card's slot. Pure
// geometry computed from the Document; the scene moves its items to it.

#include "model/types.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace cx {

class Document;

namespace canvas {

struct CanvasLayout
{
    struct Row
    {
        Id laneId = 0;
        qreal top = 0;
        qreal height = 0;
    };
    struct Column
    {
        Id stageId = 0;
        qreal left = 0;
    };

    QList<Column> columns;      // in stage order
    QList<Row> rows;            // in lane order
    QHash<Id, QPointF> cardPos; // top-left of each card
    qreal curveTop = 0;         // the emotion-curve band (height 0 when hidden)
    qreal curveHeight = 0;
    QRectF bounds; // everything, margins included

    static CanvasLayout compute(const Document& doc, Id journeyId, bool showCurve);

    qreal gridLeft() const;
    qreal gridTop() const;
    qreal gridRight() const;
    qreal gridBottom() const;
    QRectF cellRect(int column, int row) const;
    // The cell under a scene point: column and row indexes, or -1.
    int columnAt(qreal x) const;
    int rowAt(qreal y) const;
    // The slot index a card dropped at y would take in cell (column, row)
    // holding count cards.
    int slotAt(int row, qreal y, int count) const;
};

} // namespace canvas
} // namespace cx
