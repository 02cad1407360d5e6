#include "wrappedrows.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>

namespace cx {

void wrapRows(QTreeWidget* tree, std::function<void()> refit)
{
    tree->setWordWrap(true);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setUniformRowHeights(false);
    tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // no wrap/unwrap ping-pong
    if (!refit)
        refit = [tree] { fitWrappedRows(tree); };
    // A timer of the tree's own rather than a queued call: it goes with the
    // tree, and a drag of the dock's edge refits once per turn.
    auto* timer = new QTimer(tree);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, tree, std::move(refit));
    QObject::connect(tree->header(), &QHeaderView::sectionResized, timer,
                     [timer] { timer->start(0); });
}

void fitWrappedRows(QTreeWidget* tree)
{
    const int textMargin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree);
    const int available = tree->header()->sectionSize(0) - 2 * (textMargin + 1) - 2;
    bool changed = false;
    {
        const QSignalBlocker quiet(tree->model());
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            int depth = tree->rootIsDecorated() ? 1 : 0;
            for (const QTreeWidgetItem* p = (*it)->parent(); p; p = p->parent())
                ++depth;
            const int iconWidth = (*it)->icon(0).isNull() ? 0 : tree->iconSize().width() + 4;
            const int width = std::max(available - depth * tree->indentation() - iconWidth, 60);
            const QFontMetrics fm((*it)->font(0));
            const QRect text =
                fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, (*it)->text(0));
            const QSize hint(width, text.height() + fm.lineSpacing() / 3 + 4);
            if ((*it)->sizeHint(0) != hint) {
                (*it)->setSizeHint(0, hint);
                changed = true;
            }
        }
    }
    if (changed)
        tree->doItemsLayout();
}

} // namespace cx
