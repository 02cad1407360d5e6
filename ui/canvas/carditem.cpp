#include "carditem.h"

#include "canvasstyle.h"
#include "channelicon.h"
#include "model/document.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace cx::canvas {

namespace {

constexpr qreal stripHeight = 24;
constexpr qreal pad = 8;

// Draws text wrapped into rect on at most maxLines lines, eliding the last.
void drawWrapped(QPainter* p, const QRectF& rect, const QString& text, const QFont& font,
                 int maxLines)
{
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    qreal y = rect.top();
    QList<QPair<int, int>> ranges;
    while (ranges.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        ranges.append({line.textStart(), line.textLength()});
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    p->setFont(font);
    for (int i = 0; i < ranges.size(); ++i) {
        QString part = text.mid(ranges[i].first, ranges[i].second).trimmed();
        if (i == ranges.size() - 1 && more)
            part =
                fm.elidedText(part + QStringLiteral(" \u2026\u2026"), Qt::ElideRight, rect.width());
        p->drawText(QPointF(rect.left(), y + fm.ascent()), part);
        y += fm.lineSpacing();
    }
}

// A rounded chip with text; filled or outlined. Returns its width.
qreal drawChip(QPainter* p, QPointF topLeft, qreal height, const QString& text, const QColor& color,
               bool filled)
{
    const QFont font = smallFont();
    const QFontMetricsF fm(font);
    const qreal width = fm.horizontalAdvance(text) + 10;
    const QRectF r(topLeft, QSizeF(width, height));
    p->setPen(filled ? Qt::NoPen : QPen(color.darker(115), 1.2));
    p->setBrush(filled ? color : QColor(255, 255, 255, 200));
    p->drawRoundedRect(r, height / 2, height / 2);
    p->setPen(filled ? textOn(color) : color.darker(150));
    p->setFont(font);
    p->drawText(r, Qt::AlignCenter, text);
    return width;
}

QString levelWord(Level l)
{
    switch (l) {
    case Level::Low:
        return QStringLiteral("Low");
    case Level::Medium:
        return QStringLiteral("Med");
    case Level::High:
        return QStringLiteral("High");
    case Level::None:
        break;
    }
    return {};
}

} // namespace

CardItem::CardItem(Id cardId) : m_cardId(cardId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    setZValue(10);
}

void CardItem::sync(const Document& doc)
{
    const Card* c = doc.card(m_cardId);
    if (!c)
        return;
    m_title = c->title;
    m_channel = c->channel;
    const Department* owner = doc.department(c->accountableId);
    m_owner = {owner ? owner->shortName : QStringLiteral("\u2014"), departmentColor(owner)};
    if (owner && m_owner.text.isEmpty())
        m_owner.text = owner->name.left(3).toUpper();
    m_contributors.clear();
    for (Id id : c->contributingIds) {
        if (const Department* d = doc.department(id))
            m_contributors.append(
                {d->shortName.isEmpty() ? d->name.left(3) : d->shortName, departmentColor(d)});
    }
    m_emotion = c->emotion;
    m_votes = c->votes;
    m_severity = c->severity;
    m_impact = c->impact;
    const Lane* lane = doc.lane(c->laneId);
    m_painLane = lane && lane->kind == LaneKind::PainPoint;
    setToolTip(c->description.isEmpty() ? c->title
                                        : c->title + QStringLiteral("\n\n") + c->description);
    update();
}

void CardItem::setLensState(bool dimmed, bool impacted)
{
    if (dimmed == m_dimmed && impacted == m_impacted)
        return;
    m_dimmed = dimmed;
    m_impacted = impacted;
    setOpacity(dimmed ? 0.22 : 1.0);
    update();
}

QRectF CardItem::boundingRect() const { return QRectF(-4, -4, cardWidth + 8, cardHeight + 8); }

QVariant CardItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemSelectedHasChanged)
        setZValue(value.toBool() ? 20 : 10);
    return QGraphicsItem::itemChange(change, value);
}

void CardItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    p->setRenderHint(QPainter::Antialiasing);
    paintBody(p, option->state & QStyle::State_Selected);
    paintBadges(p);
    p->setPen(QColor(0x1b, 0x1f, 0x24));
    drawWrapped(p, QRectF(pad + 4, stripHeight + 6, cardWidth - 2 * pad - 4, 54), m_title,
                titleFont(), 3);
    paintFooter(p);
}

void CardItem::paintBody(QPainter* p, bool selected) const
{
    const QRectF r(0, 0, cardWidth, cardHeight);
    const QColor color = m_owner.color;
    // A soft shadow lifts the note off the board.
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 28));
    p->drawRoundedRect(r.translated(1.5, 2), 6, 6);
    p->setBrush(tint(color, 0.82));
    p->setPen(QPen(color.darker(120), 1));
    p->drawRoundedRect(r, 6, 6);
    // The department's full colour down the left edge.
    QPainterPath edge;
    edge.addRoundedRect(QRectF(0, 0, 12, cardHeight), 6, 6);
    QPainterPath clip;
    clip.addRect(QRectF(0, 0, 5, cardHeight));
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPath(edge.intersected(clip));
    if (m_impacted) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(impactColor, 3, Qt::DashLine));
        p->drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), 8, 8);
    }
    if (selected) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(selectionColor, 3));
        p->drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7);
    }
}

void CardItem::paintBadges(QPainter* p) const
{
    drawChip(p, QPointF(pad + 4, 6), 16, m_owner.text, m_owner.color, true);
    qreal right = cardWidth - pad;
    if (m_emotion) {
        const QRectF mark(right - 26, 5, 26, 18);
        p->setPen(Qt::NoPen);
        p->setBrush(emotionColor(*m_emotion));
        p->drawRoundedRect(mark, 9, 9);
        p->setPen(Qt::white);
        p->setFont(smallFont());
        const int e = *m_emotion;
        p->drawText(mark, Qt::AlignCenter,
                    e < 0 ? QStringLiteral("\u2212%1").arg(-e)
                          : (e > 0 ? QStringLiteral("+%1").arg(e) : QStringLiteral("0")));
        right -= 30;
    }
    if (m_severity != Level::None || m_painLane) {
        const QString text = QStringLiteral("\u26a0 %1").arg(levelWord(m_severity)).trimmed();
        const qreal w = QFontMetricsF(smallFont()).horizontalAdvance(text) + 10;
        drawChip(p, QPointF(right - w, 6), 16, text, QColor(0xb0, 0x2a, 0x2a), true);
        right -= w + 4;
    }
    if (m_impact != Level::None) {
        const QString text = QStringLiteral("\u2605 %1").arg(levelWord(m_impact));
        const qreal w = QFontMetricsF(smallFont()).horizontalAdvance(text) + 10;
        drawChip(p, QPointF(right - w, 6), 16, text, QColor(0x2e, 0x7d, 0x32), true);
        right -= w + 4;
    }
    if (m_votes > 0) {
        const QString text = QStringLiteral("\u25cf %1").arg(m_votes);
        const qreal w = QFontMetricsF(smallFont()).horizontalAdvance(text) + 10;
        drawChip(p, QPointF(right - w, 6), 16, text, QColor(0x44, 0x3d, 0x8f), true);
    }
}

void CardItem::paintFooter(QPainter* p) const
{
    const qreal y = cardHeight - 24;
    qreal x = pad + 4;
    if (!m_channel.isEmpty()) {
        drawChannelIcon(p, QRectF(x, y + 2, 13, 13), m_channel, mutedText);
        x += 17;
        p->setPen(mutedText);
        p->setFont(smallFont());
        const QString text = QString(m_channel).replace(u'_', u' ');
        p->drawText(QPointF(x, y + 12.5), text);
        x += QFontMetricsF(smallFont()).horizontalAdvance(text) + 8;
    }
    // Contributing departments, right-aligned; "+n" when they do not fit.
    qreal right = cardWidth - pad;
    const QFontMetricsF fm(smallFont());
    for (int i = int(m_contributors.size()) - 1; i >= 0; --i) {
        const qreal w = fm.horizontalAdvance(m_contributors[i].text) + 10;
        if (right - w < x) {
            drawChip(p, QPointF(x, y), 16, QStringLiteral("+%1").arg(i + 1), mutedText, false);
            break;
        }
        drawChip(p, QPointF(right - w, y), 16, m_contributors[i].text, m_contributors[i].color,
                 false);
        right -= w + 3;
    }
}

} // namespace cx::canvas
