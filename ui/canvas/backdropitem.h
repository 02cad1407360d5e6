#pragma once

// The board behind the cards: stage headers as columns, lane bands as rows
// with their names and kinds, and the service-blueprint lines (interaction,
// visibility, internal interaction) between lane kinds. One item draws it
// all, clipped to what is exposed.

#include "canvaslayout.h"

#include <QGraphicsItem>
#include <QStringList>

namespace cx {

class Document;

namespace canvas {

class BackdropItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    BackdropItem();
    int type() const override { return Type; }

    // Copies names, kinds and counts of the journey; takes the new geometry.
    void sync(const Document& doc, Id journeyId, const CanvasLayout& layout);

    QRectF boundingRect() const override { return m_layout.bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct StageInfo
    {
        QString name;
        int cards = 0;
    };
    struct LaneInfo
    {
        QString name;
        LaneKind kind = LaneKind::Note;
    };
    void paintStages(QPainter* p, const QRectF& exposed) const;
    void paintLanes(QPainter* p, const QRectF& exposed) const;
    void paintBlueprintLines(QPainter* p, const QRectF& exposed) const;

    CanvasLayout m_layout;
    QList<StageInfo> m_stages;
    QList<LaneInfo> m_lanes;
};

// The blueprint line between two adjacent lane kinds, or empty.
QString blueprintLine(LaneKind above, LaneKind below);

} // namespace canvas
} // namespace cx
