#include "canvasstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cx::canvas {

namespace {

QFont font(qreal points, int weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(QFont::Weight(weight));
    return f;
}

} // namespace

QFont titleFont() { return font(9.5, QFont::DemiBold); }
QFont smallFont() { return font(7.5, QFont::Normal); }
QFont headerFont() { return font(11, QFont::Bold); }

QColor departmentColor(const Department* d)
{
    if (!d || !d->color.isValid())
        return QColor(0x9a, 0xa0, 0xa6);
    return d->color;
}

QColor tint(const QColor& c, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(c.redF() * keep + amount), float(c.greenF() * keep + amount),
                            float(c.blueF() * keep + amount));
}

QColor textOn(const QColor& background)
{
    const qreal luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x1b, 0x1f, 0x24) : Qt::white;
}

QColor emotionColor(int emotion)
{
    switch (emotion) {
    case -2:
        return QColor(0xc0, 0x39, 0x2b);
    case -1:
        return QColor(0xe6, 0x7e, 0x22);
    case 0:
        return QColor(0x95, 0x9c, 0xa6);
    case 1:
        return QColor(0x3d, 0x9a, 0xd1);
    default:
        return QColor(0x1f, 0x6f, 0xb5);
    }
}

QRectF visibleRect(const QPainter* p, const QStyleOptionGraphicsItem* option)
{
    QRectF r = option->exposedRect;
    bool invertible = false;
    const QTransform toItem = p->worldTransform().inverted(&invertible);
    const QPaintDevice* device = p->device();
    if (invertible && device && device->width() > 0 && device->height() > 0)
        r &= toItem.mapRect(QRectF(0, 0, device->width(), device->height()));
    if (p->hasClipping())
        r &= p->clipBoundingRect();
    return r;
}

} // namespace cx::canvas
