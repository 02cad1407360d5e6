#pragma once

// The pieces a report page is made of: measured once for the content width
// when they are made, then placed by a Flow (reportflow.h) and painted.

#include "reportstyle.h"

#include <QList>

namespace cx::report {

class Block
{
public:
    virtual ~Block() = default;
    virtual void paint(QPainter& p, const QPointF& topLeft) const = 0;
    // Paints the block as the first one of a page (below repeated headers).
    virtual void paintFirst(QPainter& p, const QPointF& topLeft) const { paint(p, topLeft); }

    qreal height = 0;
    qreal spaceBefore = 0;            // dropped at the top of a page
    bool keepWithNext = false;        // never the last block of a page (headings)
    const Block* header = nullptr;    // repeated at the top of a page this block starts
    const Block* continued = nullptr; // then this one (the row of its group, continued)
};

// A paragraph, or one line of a long paragraph (see Flow::addParagraph).
class TextBlock : public Block
{
public:
    explicit TextBlock(TextBox box);
    void paint(QPainter& p, const QPointF& topLeft) const override;

private:
    TextBox m_box;
};

// A section heading: text in the heading style over a rule.
class HeadingBlock : public Block
{
public:
    HeadingBlock(TextBox box, qreal width, qreal gap, bool rule);
    void paint(QPainter& p, const QPointF& topLeft) const override;

private:
    TextBox m_box;
    qreal m_width;
    qreal m_gap;
    bool m_rule;
};

// A row of key figures: a big number over a small label, in tiles.
class FiguresBlock : public Block
{
public:
    struct Figure
    {
        QString value;
        QString label;
        QColor color; // of the number; invalid = the style's
    };
    FiguresBlock(const Styles& styles, const QList<Figure>& figures, qreal width, qreal unit);
    void paint(QPainter& p, const QPointF& topLeft) const override;

private:
    struct Tile
    {
        TextBox value;
        TextBox label;
    };
    QList<Tile> m_tiles;
    qreal m_tileWidth = 0;
    qreal m_gap = 0;
    qreal m_pad = 0;
};

// ---- Tables -----------------------------------------------------------------

struct TableColumn
{
    QString title;
    qreal share = 1; // of the table's width
    Qt::Alignment align = Qt::AlignLeft;
    qreal minWidth = 0; // of the content (padding aside), so that no word breaks
};

// The longest word of any of the texts, so that a column never breaks one.
qreal longestWord(const QStringList& texts, const TextStyle& style);

// The header row; rows point to it (Block::header) so that it repeats.
class TableHeader : public Block
{
public:
    TableHeader(const Styles& styles, const QList<TableColumn>& columns, qreal width, qreal unit);
    void paint(QPainter& p, const QPointF& topLeft) const override;

    int columnCount() const { return int(m_left.size()); }
    qreal columnLeft(int i) const { return m_left[i]; }
    qreal columnWidth(int i) const { return m_widths[i]; }
    Qt::Alignment align(int i) const { return m_aligns[i]; }
    qreal width() const { return m_width; }
    qreal padX() const { return m_padX; }
    qreal padY() const { return m_padY; }

private:
    QList<TextBox> m_titles;
    QList<qreal> m_left;
    QList<qreal> m_widths;
    QList<Qt::Alignment> m_aligns;
    qreal m_width;
    qreal m_padX;
    qreal m_padY;
};

// One cell: an optional chip (a department's short name, an emotion) before
// text, an optional muted line under it, an optional bar after it.
struct Cell
{
    QString text;
    const TextStyle* style = nullptr; // nullptr = the table style
    QColor color;                     // of the text; invalid = the style's
    QString sub;                      // a second, muted part under the text
    QString chip;
    QColor chipColor;
    qreal bar = -1; // 0..1: a bar of that share of the free width
    QColor barColor;
    int maxLines = 8;
    bool quiet = false; // shown only when the row opens a page (a repeated stage name)
};

class TableRow : public Block
{
public:
    TableRow(const Styles& styles, const TableHeader* header, const QList<Cell>& cells,
             bool shaded);
    void paint(QPainter& p, const QPointF& topLeft) const override { paintRow(p, topLeft, false); }
    void paintFirst(QPainter& p, const QPointF& topLeft) const override
    {
        paintRow(p, topLeft, true);
    }

private:
    struct Laid
    {
        TextBox text;
        TextBox sub;
        QString chip;
        QColor chipColor;
        qreal chipWidth = 0;
        qreal bar = -1;
        QColor barColor;
        bool quiet = false;
    };
    void paintRow(QPainter& p, const QPointF& topLeft, bool first) const;
    const Styles& m_styles;
    const TableHeader* m_table;
    QList<Laid> m_cells;
    bool m_shaded;
};

// A row across the whole table that opens a group (a stage).
class TableGroupRow : public Block
{
public:
    TableGroupRow(const Styles& styles, const TableHeader* header, const QString& text,
                  const QString& note);
    void paint(QPainter& p, const QPointF& topLeft) const override;

private:
    const TableHeader* m_table;
    TextBox m_text;
    TextBox m_note;
};

// The opening band of a department section: its colour, short-name chip, name.
class DepartmentBanner : public Block
{
public:
    DepartmentBanner(const Styles& styles, const QString& name, const QString& shortName,
                     const QColor& color, const QString& eyebrow, qreal width, qreal unit);
    void paint(QPainter& p, const QPointF& topLeft) const override;

private:
    const Styles& m_styles;
    QString m_short;
    QColor m_color;
    TextBox m_name;
    TextBox m_eyebrow;
    qreal m_width;
    qreal m_pad;
    qreal m_chipWidth;
};

} // namespace cx::report
