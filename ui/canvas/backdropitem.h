#pragma once

// The board behind the cards: stage headers as columns, lane bands as rows
// with their names and kinds, and the service-blueprint lines (interaction,
// visibility, internal interaction) between lane kinds, and the journey's
// persona in the corner above the lane names. One item draws it all, clipped
// to what is exposed.

#include "canvaslayout.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QImage>
#include <QStringList>

namespace cx {

class Document;

namespace canvas {

class BackdropItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(cx::canvas::BackdropItem)

public:
    enum
    {
        Type = UserType + 2
    };
    BackdropItem();
    int type() const override { return Type; }

    // Copies names, kinds and counts of the journey and its persona's name;
    // takes the new geometry.
    void sync(const Document& doc, Id journeyId, const CanvasLayout& layout);

    QRectF boundingRect() const override { return m_layout.bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const CanvasLayout& layout() const { return m_layout; }
    // Stage i's header with its top at 'top', lane i's label with its left
    // edge at 'left' (scene coordinates), and their painting: the view draws
    // them again at its edges while they are scrolled out of sight.
    QRectF stageHeaderRect(int index, qreal top) const;
    QRectF laneLabelRect(int index, qreal left) const;
    void paintStageHeader(QPainter* p, int index, const QRectF& header) const;
    void paintLaneLabel(QPainter* p, int index, const QRectF& label) const;
    // "Emotion curve" at the left of the curve band, from x = left.
    void paintCurveLabel(QPainter* p, qreal left) const;
    // The journey's persona (empty when it has none), drawn in the corner
    // above the lane names, left of the stage headers: their picture in a
    // circle, or their initials.
    QString personaName() const { return m_personaName; }
    bool hasPersonaPicture() const { return !m_personaPicture.isNull(); }
    QRectF personaRect(qreal left, qreal top) const;
    void paintPersona(QPainter* p, const QRectF& box) const;

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
    QString m_personaName;
    QImage m_personaPicture; // square, empty when the persona has none
};

// Up to two letters for a persona's badge: the first letters of its first
// two words ("Maya, remote-working parent" -> "MR").
QString personaInitials(const QString& name);

// The blueprint line between two adjacent lane kinds, or empty.
QString blueprintLine(LaneKind above, LaneKind below);

} // namespace canvas
} // namespace cx
