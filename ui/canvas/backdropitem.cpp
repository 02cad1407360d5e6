#include "backdropitem.h"

#include "canvasstyle.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "model/picture.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace cx::canvas {

namespace {

// Which side of the blueprint a lane kind is on; 0 = none (annotations).
int blueprintZone(LaneKind k)
{
    switch (k) {
    case LaneKind::CustomerAction:
        return 1;
    case LaneKind::Touchpoint:
    case LaneKind::PhysicalEvidence:
        return 2;
    case LaneKind::Backstage:
        return 3;
    case LaneKind::SupportProcess:
        return 4;
    default:
        return 0;
    }
}

QColor laneTint(LaneKind k)
{
    switch (blueprintZone(k)) {
    case 1:
        return QColor(0xfd, 0xfa, 0xf1);
    case 2:
        return QColor(0xf3, 0xf8, 0xfd);
    case 3:
        return QColor(0xf1, 0xf4, 0xf7);
    case 4:
        return QColor(0xee, 0xf0, 0xf3);
    default:
        return QColor(0xfb, 0xfb, 0xfc);
    }
}

} // namespace

QString blueprintLine(LaneKind above, LaneKind below)
{
    const int a = blueprintZone(above);
    const int b = blueprintZone(below);
    if (a == 0 || b == 0 || a == b)
        return {};
    const int edge = std::max(a, b);
    if (std::abs(a - b) != 1)
        return {};
    if (edge == 2)
        return BackdropItem::tr("Line of interaction");
    if (edge == 3)
        return BackdropItem::tr("Line of visibility");
    return BackdropItem::tr("Line of internal interaction");
}

QString personaInitials(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    QString initials;
    for (const QString& w : words.mid(0, 2))
        initials += w.front().toUpper();
    return initials;
}

BackdropItem::BackdropItem()
{
    setZValue(z::board);
    setFlag(ItemUsesExtendedStyleOption);
}

void BackdropItem::sync(const Document& doc, Id journeyId, const CanvasLayout& layout)
{
    prepareGeometryChange();
    m_layout = layout;
    m_stages.clear();
    m_lanes.clear();
    const QList<Id> lanes = doc.laneIds(journeyId);
    for (const CanvasLayout::Column& c : layout.columns) {
        int cards = 0;
        for (Id l : lanes)
            cards += int(doc.cardIds(c.stageId, l).size());
        const Stage* s = doc.stage(c.stageId);
        m_stages.append({s ? s->name : QString(), cards});
    }
    for (const CanvasLayout::Row& r : layout.rows) {
        const Lane* l = doc.lane(r.laneId);
        m_lanes.append({l ? l->name : QString(), l ? l->kind : LaneKind::Note});
    }
    const Journey* j = doc.journey(journeyId);
    const Persona* persona = j ? doc.persona(j->personaId) : nullptr;
    m_personaName = persona ? persona->name.trimmed() : QString();
    m_personaPicture = {};
    if (persona && !persona->picture.isEmpty()) {
        const QImage picture = decodePicture(persona->picture); // PNG or JPEG only
        if (!picture.isNull()) {
            // The middle square, at four times the badge for sharp zooming.
            const int side = std::min(picture.width(), picture.height());
            m_personaPicture =
                picture
                    .copy((picture.width() - side) / 2, (picture.height() - side) / 2, side, side)
                    .scaled(120, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
    }
    update();
}

void BackdropItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QRectF exposed = visibleRect(p, option);
    p->fillRect(exposed & m_layout.bounds, canvasBackground);
    paintLanes(p, exposed);
    paintStages(p, exposed);
    paintBlueprintLines(p, exposed);
    const QRectF box = personaRect(margin, margin);
    if (box.intersects(exposed))
        paintPersona(p, box);
}

QRectF BackdropItem::personaRect(qreal left, qreal top) const
{
    return QRectF(left, top, laneHeaderWidth - 8, stageHeaderHeight - 8);
}

void BackdropItem::paintPersona(QPainter* p, const QRectF& box) const
{
    if (m_personaName.isEmpty())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal side = 30;
    const QRectF badge(box.left() + 8, box.center().y() - side / 2, side, side);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0x5b, 0x6b, 0x82));
    p->drawEllipse(badge);
    if (!m_personaPicture.isNull()) {
        p->save();
        QPainterPath circle;
        circle.addEllipse(badge);
        p->setClipPath(circle, Qt::IntersectClip);
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawImage(badge, m_personaPicture);
        p->restore();
    } else {
        QFont font = smallFont();
        font.setBold(true);
        p->setPen(Qt::white);
        p->setFont(font);
        p->drawText(badge, Qt::AlignCenter, personaInitials(m_personaName));
    }
    const QRectF text(badge.right() + 8, box.top() + 4, box.right() - badge.right() - 12,
                      box.height() - 8);
    p->setPen(mutedText);
    p->setFont(smallFont());
    p->drawText(text, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("PERSONA"));
    const QFont nameFont = titleFont();
    p->setPen(headerText);
    p->setFont(nameFont);
    p->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                QFontMetricsF(nameFont).elidedText(m_personaName, Qt::ElideRight, text.width()));
    p->restore();
}

void BackdropItem::paintStages(QPainter* p, const QRectF& exposed) const
{
    p->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_layout.columns.size(); ++i) {
        const qreal left = m_layout.columns[i].left;
        if (left > exposed.right() + 1)
            break;
        if (left + stageWidth < exposed.left() - 1)
            continue;
        // Column separators through the grid.
        p->setPen(QPen(gridLine, 1));
        p->drawLine(QPointF(left, m_layout.curveTop), QPointF(left, m_layout.gridBottom()));
        const QRectF header = stageHeaderRect(i, margin);
        if (header.intersects(exposed))
            paintStageHeader(p, i, header);
    }
    if (!m_layout.columns.isEmpty()) {
        p->setPen(QPen(gridLine, 1));
        const qreal right = m_layout.gridRight();
        p->drawLine(QPointF(right, m_layout.curveTop), QPointF(right, m_layout.gridBottom()));
    }
}

QRectF BackdropItem::stageHeaderRect(int index, qreal top) const
{
    return QRectF(m_layout.columns[index].left + 3, top, stageWidth - 6, stageHeaderHeight - 8);
}

QRectF BackdropItem::laneLabelRect(int index, qreal left) const
{
    const CanvasLayout::Row& row = m_layout.rows[index];
    return QRectF(left, row.top, laneHeaderWidth - 8, row.height);
}

void BackdropItem::paintStageHeader(QPainter* p, int index, const QRectF& header) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0x2f, 0x3b, 0x4c));
    p->drawRoundedRect(header, 6, 6);
    p->setPen(QColor(0xa9, 0xb4, 0xc2));
    p->setFont(smallFont());
    p->drawText(header.adjusted(10, 5, -10, 0), Qt::AlignLeft | Qt::AlignTop,
                tr("STAGE %1  ·  %2 cards").arg(index + 1).arg(m_stages[index].cards));
    const QFont font = headerFont();
    p->setPen(Qt::white);
    p->setFont(font);
    p->drawText(
        header.adjusted(10, 0, -10, -6), Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(font).elidedText(m_stages[index].name, Qt::ElideRight, header.width() - 20));
    p->restore();
}

void BackdropItem::paintLaneLabel(QPainter* p, int index, const QRectF& label) const
{
    p->save();
    p->fillRect(label, QColor(0xe4, 0xe8, 0xee));
    p->setPen(headerText);
    p->setFont(titleFont());
    const QRectF text = label.adjusted(12, 10, -6, -10);
    p->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_lanes[index].name);
    // The lane's kind, where its name does not already say it.
    const QString kind = laneKindLabel(m_lanes[index].kind);
    if (kind.compare(m_lanes[index].name, Qt::CaseInsensitive) != 0) {
        p->setPen(mutedText);
        p->setFont(smallFont());
        p->drawText(text, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, kind);
    }
    p->restore();
}

void BackdropItem::paintLanes(QPainter* p, const QRectF& exposed) const
{
    const qreal width = m_layout.gridRight() - margin;
    for (int i = 0; i < m_layout.rows.size(); ++i) {
        const CanvasLayout::Row& row = m_layout.rows[i];
        const QRectF band(margin, row.top, width, row.height);
        if (!band.intersects(exposed))
            continue;
        p->fillRect(band, laneTint(m_lanes[i].kind));
        p->setPen(QPen(gridLine, 1));
        p->drawLine(band.bottomLeft(), band.bottomRight());
        paintLaneLabel(p, i, laneLabelRect(i, margin));
    }
    if (m_layout.curveHeight > 0) {
        const QRectF band(margin, m_layout.curveTop, width, m_layout.curveHeight);
        if (band.intersects(exposed)) {
            p->fillRect(band, Qt::white);
            p->setPen(QPen(gridLine, 1));
            p->drawLine(band.bottomLeft(), band.bottomRight());
            paintCurveLabel(p, margin);
        }
    }
}

void BackdropItem::paintCurveLabel(QPainter* p, qreal left) const
{
    p->save();
    p->setPen(headerText);
    p->setFont(titleFont());
    // Level with the neutral line, between the +2 and -2 labels
    // (EmotionCurveItem::paint), left of the neutral one.
    p->drawText(QRectF(left + 12, m_layout.curveTop + m_layout.curveHeight / 2 - 20,
                       laneHeaderWidth - 24, 40),
                Qt::AlignLeft | Qt::AlignVCenter, tr("Emotion curve"));
    p->restore();
}

void BackdropItem::paintBlueprintLines(QPainter* p, const QRectF& exposed) const
{
    for (int i = 1; i < m_layout.rows.size(); ++i) {
        const qreal y = m_layout.rows[i].top;
        if (y < exposed.top() - 10 || y > exposed.bottom() + 10)
            continue;
        const QString name = blueprintLine(m_lanes[i - 1].kind, m_lanes[i].kind);
        if (name.isEmpty())
            continue;
        p->setPen(QPen(QColor(0x39, 0x4b, 0x63), 1.6, Qt::DashLine));
        p->drawLine(QPointF(margin, y), QPointF(m_layout.gridRight(), y));
        const QFont font = smallFont();
        const QFontMetricsF fm(font);
        const QRectF tag(margin + 4, y - 8, fm.horizontalAdvance(name) + 12, 16);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x39, 0x4b, 0x63));
        p->drawRoundedRect(tag, 8, 8);
        p->setPen(Qt::white);
        p->setFont(font);
        p->drawText(tag, Qt::AlignCenter, name);
    }
}

} // namespace cx::canvas
