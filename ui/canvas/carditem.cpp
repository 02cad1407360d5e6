#include "carditem.h"

#include "analysis/actions.h"
#include "analysis/reviews.h"
#include "model/enumnames.h"

#include "uitext.h"

#include "canvasstyle.h"
#include "channelicon.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>

namespace cx::canvas {

namespace {

constexpr qreal stripHeight = 24;
constexpr qreal pad = 8;
constexpr qreal chipHeight = 16;
constexpr QRectF titleRect(pad + 4, stripHeight + 6, cardWidth - 2 * pad - 4, 54);

// The text wrapped to width on at most maxLines lines, the last elided when more
// would follow.
QStringList wrapped(const QString& text, const QFont& font, qreal width, int maxLines)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QList<QPair<int, int>> ranges;
    while (ranges.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        ranges.append({line.textStart(), line.textLength()});
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    QStringList lines;
    for (int i = 0; i < ranges.size(); ++i) {
        QString part = text.mid(ranges[i].first, ranges[i].second).trimmed();
        if (i == ranges.size() - 1 && more)
            part = QFontMetricsF(font).elidedText(part + QStringLiteral(" \u2026\u2026"),
                                                  Qt::ElideRight, width);
        lines.append(part);
    }
    return lines;
}

// The left edge of a card in its department's full colour: a rounded
// rectangle cut straight on the right.
const QPainterPath& colourEdge()
{
    static const QPainterPath edge = [] {
        QPainterPath rounded;
        rounded.addRoundedRect(QRectF(0, 0, 12, cardHeight), 6, 6);
        QPainterPath clip;
        clip.addRect(QRectF(0, 0, 5, cardHeight));
        return rounded.intersected(clip);
    }();
    return edge;
}

// A rounded chip with text; filled or outlined.
void drawChip(QPainter* p, QPointF topLeft, const QString& text, qreal width, const QColor& color,
              bool filled)
{
    const QRectF r(topLeft, QSizeF(width, chipHeight));
    p->setPen(filled ? Qt::NoPen : QPen(color.darker(115), 1.2));
    p->setBrush(filled ? color : QColor(255, 255, 255, 200));
    p->drawRoundedRect(r, chipHeight / 2, chipHeight / 2);
    p->setPen(filled ? textOn(color) : color.darker(150));
    p->drawText(r, Qt::AlignCenter, text);
}

QString levelWord(Level l)
{
    switch (l) {
    case Level::Low:
        return CardItem::tr("Low");
    case Level::Medium:
        return CardItem::tr("Med", "medium, abbreviated");
    case Level::High:
        return CardItem::tr("High");
    case Level::None:
        break;
    }
    return {};
}

QString evidenceWord(Evidence e)
{
    switch (e) {
    case Evidence::Observed:
        return QCoreApplication::translate("cx::canvas::CardItem", "observed");
    case Evidence::Assumed:
        return QCoreApplication::translate("cx::canvas::CardItem", "assumed");
    case Evidence::Proposed:
        return QCoreApplication::translate("cx::canvas::CardItem", "proposed");
    }
    return {};
}

constexpr qreal evidenceIcon = 9; // the mark's shape before its word
const QColor observedColor{0x1e, 0x6e, 0x5a};

// Observed: a filled dot; assumed: a dashed ring; proposed: an outlined diamond.
void drawEvidenceIcon(QPainter* p, const QRectF& r, Evidence e)
{
    switch (e) {
    case Evidence::Observed:
        p->setPen(Qt::NoPen);
        p->setBrush(observedColor);
        p->drawEllipse(r);
        break;
    case Evidence::Assumed:
        p->setPen(QPen(mutedText, 1.2, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r.adjusted(0.6, 0.6, -0.6, -0.6));
        break;
    case Evidence::Proposed: {
        const QPointF c = r.center();
        const qreal h = r.width() / 2;
        p->setPen(QPen(mutedText, 1.2));
        p->setBrush(Qt::NoBrush);
        p->drawPolygon(QPolygonF{
            {c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}});
        break;
    }
    }
}

} // namespace

CardItem::CardItem(Id cardId) : m_cardId(cardId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    setZValue(z::cards);
}

// The title, the description, who voted and the latest comment.
static QString toolTipText(const Document& doc, const Card& c)
{
    QStringList parts{c.title};
    if (!c.description.isEmpty())
        parts << c.description;
    parts << CardItem::tr("Evidence: %1").arg(evidenceWord(c.evidence));
    if (c.votes > 0) {
        QStringList voters;
        for (const Dot& d : c.dots) {
            if (const Participant* p = doc.participant(d.participantId))
                voters << QStringLiteral("%1 %2").arg(p->name, QString::number(d.count));
        }
        if (c.votes > c.dotCount())
            voters << CardItem::tr("%1 unnamed").arg(c.votes - c.dotCount());
        parts << CardItem::tr("Votes: %1 (%2)").arg(c.votes).arg(voters.join(QStringLiteral(", ")));
    }
    if (!c.comments.isEmpty()) {
        const Comment& last = c.comments.last();
        parts << CardItem::tr("Comments: %1; the latest by %2: %3")
                     .arg(c.comments.size())
                     .arg(last.author.isEmpty() ? CardItem::tr("someone") : last.author,
                          last.text.left(200));
    }
    return parts.join(QStringLiteral("\n\n"));
}

// "Action: Show the delivery date (IT, due 2026-11-10, OVERDUE)".
static QString actionLine(const Document& doc, const CardAction& a, const QDate& day)
{
    QStringList facts;
    if (const Department* d = doc.department(a.ownerId))
        facts << d->name;
    if (a.due.isValid())
        facts << CardItem::tr("due %1").arg(a.due.toString(Qt::ISODate));
    facts << (isOverdue(a, day) ? CardItem::tr("OVERDUE") : toString(a.status));
    return CardItem::tr("Action: %1 (%2)").arg(a.what, facts.join(QStringLiteral(", ")));
}

// "Reviewed 3 Dec 2026 by ines" or "Not reviewed in the last 90 days ...".
static QString reviewText(const Document& doc, const Card& c, bool stale)
{
    const QString when =
        QLocale().toString(c.reviewedAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString by = c.reviewedBy.isEmpty() ? CardItem::tr("someone") : c.reviewedBy;
    if (!stale)
        return CardItem::tr("Reviewed %1 by %2").arg(when, by);
    const QString interval =
        CardItem::tr("Not reviewed %1").arg(intervalText(doc.reviewIntervalDays()));
    if (!c.reviewedAt.isValid())
        return CardItem::tr("%1 (never reviewed)").arg(interval);
    return CardItem::tr("%1 (last: %2 by %3)").arg(interval, when, by);
}

void CardItem::sync(const Document& doc)
{
    const Card* c = doc.card(m_cardId);
    if (!c)
        return;
    m_laidOut = false;
    m_title = c->title;
    m_channel = c->channel;
    m_channelText = QString(c->channel).replace(u'_', u' ');
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
    m_evidence = c->evidence;
    m_evidenceText = evidenceWord(c->evidence);
    m_badges.clear();
    const Lane* lane = doc.lane(c->laneId);
    if (c->severity != Level::None || (lane && lane->kind == LaneKind::PainPoint))
        m_badges.append({QStringLiteral("\u26a0 %1").arg(levelWord(c->severity)).trimmed(),
                         QColor(0xb0, 0x2a, 0x2a)});
    if (c->impact != Level::None)
        m_badges.append(
            {QStringLiteral("\u2605 %1").arg(levelWord(c->impact)), QColor(0x2e, 0x7d, 0x32)});
    if (c->votes > 0)
        m_badges.append({QStringLiteral("\u25cf %1").arg(c->votes), QColor(0x44, 0x3d, 0x8f)});
    if (!c->comments.isEmpty())
        m_badges.append(
            {QStringLiteral("\u270e %1").arg(c->comments.size()), QColor(0x5f, 0x5f, 0x5f)});
    const QDate day = today(doc);
    if (const int overdue = overdueCount(*c, day))
        m_badges.prepend({QStringLiteral("\u2691 %1").arg(overdue), QColor(0xb0, 0x2a, 0x2a)});
    const bool stale = isStale(doc, *c);
    if (m_reviewBadge && stale)
        m_badges.append({QCoreApplication::translate("cx::canvas::CardItem", "↻ stale"),
                         QColor(0x9a, 0x5b, 0x00)});
    QString tip = toolTipText(doc, *c);
    if (m_reviewBadge || c->reviewedAt.isValid())
        tip += QStringLiteral("\n\n") + reviewText(doc, *c, stale);
    for (const CardAction& a : c->actions)
        tip += QStringLiteral("\n") + actionLine(doc, a, day);
    setToolTip(plainToolTip(tip));
    update();
}

void CardItem::layOut()
{
    m_titleLines = wrapped(m_title, titleFont(), titleRect.width(), 3);
    const QFontMetricsF fm(smallFont());
    m_channelWidth = fm.horizontalAdvance(m_channelText);
    m_evidenceWidth = evidenceIcon + 3 + fm.horizontalAdvance(m_evidenceText);
    auto measure = [&fm](Chip& chip) { chip.width = fm.horizontalAdvance(chip.text) + 10; };
    measure(m_owner);
    std::for_each(m_contributors.begin(), m_contributors.end(), measure);
    std::for_each(m_badges.begin(), m_badges.end(), measure);
    m_laidOut = true;
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
        setZValue(value.toBool() ? z::selectedCards : z::cards); // among its cell's cards
    return QGraphicsItem::itemChange(change, value);
}

void CardItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (!m_laidOut)
        layOut();
    p->setRenderHint(QPainter::Antialiasing);
    if (m_faded)
        return paintFaded(p);
    paintBody(p, option->state & QStyle::State_Selected);
    p->setFont(smallFont());
    paintBadges(p);
    paintFooter(p);
    paintTitle(p, QColor(0x1b, 0x1f, 0x24));
}

void CardItem::paintTitle(QPainter* p, const QColor& color) const
{
    const QFont font = titleFont();
    const QFontMetricsF fm(font);
    p->setFont(font);
    p->setPen(color);
    qreal y = titleRect.top() + fm.ascent();
    for (const QString& line : m_titleLines) {
        p->drawText(QPointF(titleRect.left(), y), line);
        y += fm.lineSpacing();
    }
}

void CardItem::setFaded(bool faded)
{
    if (faded == m_faded)
        return;
    m_faded = faded;
    update();
}

void CardItem::paintFaded(QPainter* p) const
{
    const QRectF r(0, 0, cardWidth, cardHeight);
    const QColor color = m_owner.color;
    const QColor grey(0x8c, 0x93, 0x9b);
    p->setPen(QPen(tint(color.darker(120), 0.72), 1));
    p->setBrush(tint(color, 0.94));
    p->drawRoundedRect(r, 6, 6);
    p->setPen(Qt::NoPen);
    p->setBrush(tint(color, 0.6));
    p->drawPath(colourEdge());
    p->setFont(smallFont());
    p->setPen(grey);
    p->drawText(QPointF(pad + 4, 6 + chipHeight - 4), m_owner.text);
    paintTitle(p, grey);
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
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPath(colourEdge());
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

// The owner on the left; the emotion and the badges from the right.
void CardItem::paintBadges(QPainter* p) const
{
    drawChip(p, QPointF(pad + 4, 6), m_owner.text, m_owner.width, m_owner.color, true);
    qreal right = cardWidth - pad;
    if (m_emotion) {
        const QRectF mark(right - 26, 5, 26, 18);
        p->setPen(Qt::NoPen);
        p->setBrush(emotionColor(*m_emotion));
        p->drawRoundedRect(mark, 9, 9);
        p->setPen(Qt::white);
        const int e = *m_emotion;
        p->drawText(mark, Qt::AlignCenter,
                    e < 0 ? QStringLiteral("\u2212%1").arg(-e)
                          : (e > 0 ? QStringLiteral("+%1").arg(e) : QStringLiteral("0")));
        right -= 30;
    }
    // A crowded card keeps its owner chip clear: a badge that does not fit
    // shows its symbol alone, or not at all (the tool tip says it all).
    const qreal left = pad + 4 + m_owner.width + 4;
    for (const Chip& badge : m_badges) {
        QString text = badge.text;
        qreal width = badge.width;
        if (right - width < left) {
            text = badge.text.left(1);
            width = QFontMetricsF(smallFont()).horizontalAdvance(text) + 10;
        }
        if (right - width < left)
            break;
        drawChip(p, QPointF(right - width, 6), text, width, badge.color, true);
        right -= width + 4;
    }
}

QRectF CardItem::evidenceRect() const
{
    if (!m_laidOut)
        return {};
    return QRectF(pad + 4, cardHeight - 24 + 2, m_evidenceWidth, 13);
}

// The evidence's shape and word, muted: read when looked for, quiet otherwise.
qreal CardItem::paintEvidence(QPainter* p, qreal x, qreal y) const
{
    drawEvidenceIcon(p, QRectF(x, y + 4, evidenceIcon, evidenceIcon), m_evidence);
    x += evidenceIcon + 3;
    p->setPen(m_evidence == Evidence::Observed ? observedColor : mutedText);
    p->drawText(QPointF(x, y + 12.5), m_evidenceText);
    return x + m_evidenceWidth - evidenceIcon - 3 + 8;
}

void CardItem::paintFooter(QPainter* p) const
{
    const qreal y = cardHeight - 24;
    qreal x = paintEvidence(p, pad + 4, y);
    if (!m_channel.isEmpty()) {
        drawChannelIcon(p, QRectF(x, y + 2, 13, 13), m_channel, mutedText);
        x += 17;
        p->setPen(mutedText);
        p->drawText(QPointF(x, y + 12.5), m_channelText);
        x += m_channelWidth + 8;
    }
    // Contributing departments, right-aligned; "+n" when they do not fit.
    qreal right = cardWidth - pad;
    for (int i = int(m_contributors.size()) - 1; i >= 0; --i) {
        const Chip& c = m_contributors[i];
        if (right - c.width < x) {
            const QString more = QStringLiteral("+%1").arg(i + 1);
            drawChip(p, QPointF(x, y), more, QFontMetricsF(p->font()).horizontalAdvance(more) + 10,
                     mutedText, false);
            break;
        }
        drawChip(p, QPointF(right - c.width, y), c.text, c.width, c.color, false);
        right -= c.width + 3;
    }
}

} // namespace cx::canvas
