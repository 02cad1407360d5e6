#pragma once

// A card on the canvas: a sticky note in its accountable department's colour
// with chips (short names) for contributing departments, a channel icon, an
// emotion mark and vote and pain-point badges. It mirrors one Card; sync()
// copies what it draws from the Document.

#include "model/types.h"

#include <QGraphicsItem>

namespace cx {

class Document;

namespace canvas {

class CardItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    explicit CardItem(Id cardId);

    Id cardId() const { return m_cardId; }
    int type() const override { return Type; }

    // Copies the card's drawn fields from doc; schedules a repaint.
    void sync(const Document& doc);

    // Department lens: dimmed cards belong to other departments; impacted
    // ones are reached by the lens department's back-stage work.
    void setLensState(bool dimmed, bool impacted);
    bool isDimmed() const { return m_dimmed; }
    bool isImpacted() const { return m_impacted; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    struct Chip
    {
        QString text;
        QColor color;
    };
    void paintBody(QPainter* p, bool selected) const;
    void paintBadges(QPainter* p) const;
    void paintFooter(QPainter* p) const;

    Id m_cardId;
    QString m_title;
    QString m_channel;
    Chip m_owner;
    QList<Chip> m_contributors;
    std::optional<int> m_emotion;
    int m_votes = 0;
    Level m_severity = Level::None;
    Level m_impact = Level::None;
    bool m_painLane = false;
    bool m_dimmed = false;
    bool m_impacted = false;
};

} // namespace canvas
} // namespace cx
