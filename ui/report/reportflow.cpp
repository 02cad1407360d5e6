#include "reportflow.h"

namespace cx::report {

Flow::Flow(std::vector<std::unique_ptr<Block>>& store, const Styles& styles, const QRectF& frame,
           qreal unit)
    : m_store(store), m_styles(styles), m_frame(frame), m_unit(unit)
{
}

void Flow::addHeading(const QString& text, const TextStyle& style, qreal spaceBeforeMm, bool rule)
{
    add(std::make_unique<HeadingBlock>(wrapText(text, style, width(), 3), width(), 1.6 * m_unit,
                                       rule),
        spaceBeforeMm * m_unit);
}

void Flow::addParagraph(const QString& text, const TextStyle& style, qreal spaceBeforeMm,
                        const QColor& color)
{
    const TextBox all = wrapText(text, style, width());
    for (int i = 0; i < all.lines.size(); ++i) {
        TextBox line = all;
        line.lines = QStringList{all.lines[i]};
        line.color = color;
        add(std::make_unique<TextBlock>(line), i == 0 ? spaceBeforeMm * m_unit : 0);
    }
}

// The height a block needs to be placed: itself and the blocks it keeps with.
qreal Flow::chainHeight(size_t i) const
{
    qreal h = m_items[i].block->height;
    while (m_items[i].block->keepWithNext && i + 1 < m_items.size() &&
           !m_items[i + 1].breakBefore) {
        ++i;
        h += m_items[i].block->spaceBefore + m_items[i].block->height;
    }
    return h;
}

QList<PlacedPage> Flow::paginate() const
{
    QList<PlacedPage> pages(1);
    qreal y = m_frame.top();
    auto newPage = [&] {
        pages.append(PlacedPage());
        y = m_frame.top();
    };
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Block* b = m_items[i].block;
        if (m_items[i].breakBefore && !pages.last().empty())
            newPage();
        qreal space = pages.last().empty() ? 0 : b->spaceBefore;
        qreal need = space + chainHeight(i);
        if (need > m_frame.height()) // a chain longer than a page: the block alone
            need = space + b->height;
        if (!pages.last().empty() && y + need > m_frame.bottom() + 0.01) {
            newPage();
            space = 0;
        }
        const bool opens = pages.last().empty();
        if (opens) {
            for (const Block* repeat : {b->header, b->continued}) {
                if (repeat && repeat != b) {
                    pages.last().push_back({repeat, QPointF(m_frame.left(), y)});
                    y += repeat->height;
                }
            }
        }
        pages.last().push_back({b, QPointF(m_frame.left(), y + space), opens});
        y += space + b->height;
    }
    return pages;
}

} // namespace cx::report
