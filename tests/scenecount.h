#pragma once

// What a canvas scene really holds, counted from its items rather than from
// the scene's own bookkeeping: a leaked or missing item shows.

#include <QGraphicsItem>
#include <QGraphicsScene>

namespace cx::test {

template <typename T>
int itemsOfType(const QGraphicsScene& scene)
{
    int n = 0;
    const QList<QGraphicsItem*> items = scene.items();
    for (const QGraphicsItem* item : items)
        n += item->type() == T::Type;
    return n;
}

} // namespace cx::test
