#pragma once

// A card on the canvas: a sticky note in its accountable department's colour
// with chips (short names) for contributing departments, a channel icon, an
// emotion mark, vote and pain-point badges and its evidence (observed,
// assumed, proposed). It mirrors one Card; sync()
// copies what it draws from the Document.

#include "model/types.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace cx {

class Document;

namespace canvas {

class CardItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(cx::canvas::CardItem)

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
    // Whether sync() badges a stale card (analysis/reviews.h): on once the
    // journey has reviews, so a workshop map is not covered in them.
    void setReviewBadge(bool on) { m_reviewBadge = on; }

    // Department lens: dimmed cards belong to other departments; impacted
    // ones are reached by the lens department's back-stage work.
    void setLensState(bool dimmed, bool impacted);
    bool isDimmed() const { return m_dimmed; }
    // Faded (print: the context around a department report's cards): the
    // note in its colours blended towards the white page, its owner and title
    // in grey, no badges; opaque, as a PDF pays for transparency on every page.
    void setFaded(bool faded);
    bool isFaded() const { return m_faded; }
    bool isImpacted() const { return m_impacted; }

    // The evidence mark in the footer's left corner ("observed"), and where it
    // is drawn (item coordinates; empty before the first paint).
    QString evidenceText() const { return m_evidenceText; }
    QRectF evidenceRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    // A rounded label.
    struct Chip
    {
        QString text;
        QColor color;
        qreal width = 0; // measured by layOut()
    };
    void layOut();
    void paintBody(QPainter* p, bool selected) const;
    void paintFaded(QPainter* p) const;
    void paintTitle(QPainter* p, const QColor& color) const;
    void paintBadges(QPainter* p) const;
    void paintFooter(QPainter* p) const;
    qreal paintEvidence(QPainter* p, qreal x, qreal y) const; // returns the x after it

    // What paint() draws: copied by sync(), measured and wrapped by the first
    // paint after it (a map of thousands of cards opens without laying out
    // the ones nobody looks at), drawn as it is by every repaint.
    Id m_cardId;
    bool m_laidOut = false;
    QString m_title;
    QStringList m_titleLines; // wrapped and elided
    QString m_channel;
    QString m_channelText;
    qreal m_channelWidth = 0;
    Chip m_owner;
    QList<Chip> m_contributors;
    QList<Chip> m_badges; // pain point, impact, votes: right to left
    std::optional<int> m_emotion;
    Evidence m_evidence = Evidence::Assumed;
    QString m_evidenceText;
    qreal m_evidenceWidth = 0;
    bool m_dimmed = false;
    bool m_impacted = false;
    bool m_faded = false;
    bool m_reviewBadge = false;
};

} // namespace canvas
} // namespace cx
