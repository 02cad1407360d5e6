#pragma once

// Flows blocks down the content area of pages: a block that does not fit
// starts a new page, a heading never ends a page, and a table's header
// repeats at the top of every page its rows continue on.

#include "reportblocks.h"

#include <memory>
#include <vector>

namespace cx::report {

struct Placed
{
    const Block* block = nullptr;
    QPointF pos;
    bool first = false; // the page's first block after the repeated ones
};
using PlacedPage = std::vector<Placed>;

class Flow
{
public:
    // Blocks are kept in store (they live as long as the pages that show them).
    Flow(std::vector<std::unique_ptr<Block>>& store, const Styles& styles, const QRectF& frame,
         qreal unit);

    const Styles& styles() const { return m_styles; }
    qreal width() const { return m_frame.width(); }
    qreal unit() const { return m_unit; }

    template <typename B>
    B* add(std::unique_ptr<B> block, qreal spaceBefore = 0)
    {
        B* b = block.get();
        b->spaceBefore = spaceBefore;
        m_items.push_back({b, m_breakNext});
        m_breakNext = false;
        m_store.push_back(std::move(block));
        return b;
    }
    // Keeps a block that is placed only by reference (Block::continued).
    template <typename B>
    B* keep(std::unique_ptr<B> block)
    {
        B* b = block.get();
        m_store.push_back(std::move(block));
        return b;
    }
    // A heading; spaceBefore in mm.
    void addHeading(const QString& text, const TextStyle& style, qreal spaceBeforeMm,
                    bool rule = true);
    // A paragraph, one block per line so that it can continue on the next page.
    void addParagraph(const QString& text, const TextStyle& style, qreal spaceBeforeMm = 0,
                      const QColor& color = {});
    // The next block starts a page.
    void pageBreak() { m_breakNext = true; }

    // The pages, at least one.
    QList<PlacedPage> paginate() const;

private:
    struct Item
    {
        const Block* block;
        bool breakBefore;
    };
    qreal chainHeight(size_t i) const;

    std::vector<std::unique_ptr<Block>>& m_store;
    const Styles& m_styles;
    QRectF m_frame;
    qreal m_unit;
    std::vector<Item> m_items;
    bool m_breakNext = false;
};

} // namespace cx::report
