#pragma once

// A typed link between two cards, drawn as an arrow that leaves and enters
// cards sideways: feeds solid, triggers solid blue, depends on dashed, wait
// dotted. At rest it runs beneath the cards and keeps its label to itself:
// the scene's LinkLayer draws it there, and the item itself has no contents
// (it still answers hovers, clicks and tool tips). Emphasised (it or one of
// its cards selected, or hovered) it rises above the cards, paints itself and
// shows its label on the curve.

#include "flatcurve.h"
#include "model/types.h"

#include <QGraphicsPathItem>

#include <optional>

namespace cx {

class Document;

namespace canvas {

class LinkLayer;

class LinkItem : public QGraphicsPathItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    explicit LinkItem(Id linkId);
    // The layer that draws this link while it rests; told when what it draws
    // changes.
    void setLayer(LinkLayer* layer) { m_layer = layer; }
    int type() const override { return Type; }
    Id linkId() const { return m_linkId; }
    Id fromCard() const { return m_from; }
    Id toCard() const { return m_to; }

    void sync(const Document& doc);
    // Routes the arrow between the two cards' rectangles (scene coordinates);
    // cheap when neither moved.
    void route(const QRectF& from, const QRectF& to);
    void setEmphasised(bool on);
    bool isEmphasised() const { return m_emphasised || m_hovered || isSelected(); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // Draws the arrow where it lies in 'visible' (scene coordinates).
    void paintLink(QPainter* painter, const QRectF& visible) const;
    // Whether the arrow and its pen, or its label box, reach into rect.
    bool reaches(const QRectF& rect, bool withLabel) const;
    // What the layer draws of this link changed, or it is about to go: the
    // layer is told if the link is at rest in it.
    void restingChanged();

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    Id m_linkId;
    Id m_from = 0;
    Id m_to = 0;
    LinkType m_kind = LinkType::Feeds;
    QString m_label;
    QRectF m_fromRect; // the cards' rectangles of the last route
    QRectF m_toRect;
    bool m_routed = false;
    QPointF m_tip;
    QPointF m_tipDirection;
    QPointF m_mid;
    // Made when first needed: to paint only what a repaint exposes, and for
    // hit tests.
    mutable std::optional<FlatCurve> m_curve;
    mutable QPainterPath m_shape;
    bool m_emphasised = false;
    bool m_hovered = false;
    bool m_raised = false; // above the cards, painting itself
    LinkLayer* m_layer = nullptr;

    void setRoute(const QPainterPath& path, const QPointF& tip, const QPointF& direction);
    QRectF labelRect() const;
    void raise();
};

} // namespace canvas
} // namespace cx
