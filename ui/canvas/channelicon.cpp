#include "channelicon.h"

#include <QPainter>
#include <QPainterPath>

namespace cx::canvas {

namespace {

void envelope(QPainter* p, const QRectF& r)
{
    const QRectF box = r.adjusted(0, r.height() * 0.18, 0, -r.height() * 0.18);
    p->drawRoundedRect(box, 1, 1);
    QPainterPath flap;
    flap.moveTo(box.topLeft());
    flap.lineTo(box.center().x(), box.top() + box.height() * 0.55);
    flap.lineTo(box.topRight());
    p->drawPath(flap);
}

void globe(QPainter* p, const QRectF& r)
{
    p->drawEllipse(r);
    p->drawEllipse(r.adjusted(r.width() * 0.3, 0, -r.width() * 0.3, 0));
    p->drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
}

void handset(QPainter* p, const QRectF& r)
{
    QPainterPath path;
    path.moveTo(r.left() + r.width() * 0.15, r.top() + r.height() * 0.1);
    path.cubicTo(r.left() - r.width() * 0.05, r.top() + r.height() * 0.6,
                 r.left() + r.width() * 0.4, r.bottom() + r.height() * 0.05,
                 r.right() - r.width() * 0.1, r.bottom() - r.height() * 0.15);
    QPen pen = p->pen();
    pen.setWidthF(pen.widthF() * 2.2);
    pen.setCapStyle(Qt::RoundCap);
    p->save();
    p->setPen(pen);
    p->drawPath(path);
    p->restore();
}

void bubble(QPainter* p, const QRectF& r)
{
    const QRectF box = r.adjusted(0, 0, 0, -r.height() * 0.25);
    p->drawRoundedRect(box, 2.5, 2.5);
    QPainterPath tail;
    tail.moveTo(box.left() + box.width() * 0.25, box.bottom());
    tail.lineTo(box.left() + box.width() * 0.18, r.bottom());
    tail.lineTo(box.left() + box.width() * 0.5, box.bottom());
    p->drawPath(tail);
}

void person(QPainter* p, const QRectF& r)
{
    const qreal head = r.width() * 0.36;
    p->drawEllipse(QRectF(r.center().x() - head / 2, r.top(), head, head));
    QPainterPath body;
    body.moveTo(r.left() + r.width() * 0.1, r.bottom());
    body.cubicTo(r.left() + r.width() * 0.1, r.top() + r.height() * 0.45,
                 r.right() - r.width() * 0.1, r.top() + r.height() * 0.45,
                 r.right() - r.width() * 0.1, r.bottom());
    p->drawPath(body);
}

void shop(QPainter* p, const QRectF& r)
{
    QPainterPath roof;
    roof.moveTo(r.left(), r.top() + r.height() * 0.4);
    roof.lineTo(r.center().x(), r.top());
    roof.lineTo(r.right(), r.top() + r.height() * 0.4);
    p->drawPath(roof);
    p->drawRect(r.adjusted(r.width() * 0.12, r.height() * 0.4, -r.width() * 0.12, 0));
}

void screen(QPainter* p, const QRectF& r, bool phone)
{
    if (phone) {
        p->drawRoundedRect(r.adjusted(r.width() * 0.22, 0, -r.width() * 0.22, 0), 1.5, 1.5);
        return;
    }
    p->drawRoundedRect(r.adjusted(0, r.height() * 0.1, 0, -r.height() * 0.3), 1, 1);
    p->drawLine(QPointF(r.center().x() - r.width() * 0.2, r.bottom()),
                QPointF(r.center().x() + r.width() * 0.2, r.bottom()));
}

void share(QPainter* p, const QRectF& r)
{
    const qreal d = r.width() * 0.3;
    const QPointF a(r.left() + d / 2, r.center().y());
    const QPointF b(r.right() - d / 2, r.top() + d / 2);
    const QPointF c(r.right() - d / 2, r.bottom() - d / 2);
    p->drawLine(a, b);
    p->drawLine(a, c);
    for (const QPointF& pt : {a, b, c})
        p->drawEllipse(pt, d / 2, d / 2);
}

} // namespace

void drawChannelIcon(QPainter* p, const QRectF& rect, const QString& channel, const QColor& color)
{
    p->save();
    QPen pen(color, std::max(1.0, rect.width() / 12));
    pen.setJoinStyle(Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QString c = channel.toLower();
    if (c == QLatin1String("email") || c == QLatin1String("letter"))
        envelope(p, rect);
    else if (c == QLatin1String("web"))
        globe(p, rect);
    else if (c == QLatin1String("phone"))
        handset(p, rect);
    else if (c == QLatin1String("chat") || c == QLatin1String("sms"))
        bubble(p, rect);
    else if (c == QLatin1String("in_person"))
        person(p, rect);
    else if (c == QLatin1String("store"))
        shop(p, rect);
    else if (c == QLatin1String("app") || c == QLatin1String("tv"))
        screen(p, rect, c == QLatin1String("app"));
    else if (c == QLatin1String("social"))
        share(p, rect);
    else {
        p->setBrush(color);
        p->drawEllipse(rect.center(), rect.width() / 6, rect.width() / 6);
    }
    p->restore();
}

} // namespace cx::canvas
