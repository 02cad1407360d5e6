#include "reportblocks.h"

#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace cx::report {

TextBlock::TextBlock(TextBox box) : m_box(std::move(box)) { height = m_box.height(); }

void TextBlock::paint(QPainter& p, const QPointF& topLeft) const { m_box.paint(p, topLeft); }

HeadingBlock::HeadingBlock(TextBox box, qreal width, qreal gap, bool rule)
    : m_box(std::move(box)), m_width(width), m_gap(gap), m_rule(rule)
{
    height = m_box.height() + (rule ? 2 * gap : gap);
    keepWithNext = true;
}

void HeadingBlock::paint(QPainter& p, const QPointF& topLeft) const
{
    m_box.paint(p, topLeft);
    if (!m_rule)
        return;
    const qreal y = topLeft.y() + m_box.height() + m_gap;
    p.setPen(rulePen(palette::rule, m_gap / 5));
    p.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + m_width, y));
    p.setPen(Qt::NoPen);
    p.setBrush(palette::accent);
    p.drawRect(QRectF(topLeft.x(), y - m_gap / 5, m_gap * 6, m_gap / 2.5));
}

// ---- Figures ------------------------------------------------------------------

FiguresBlock::FiguresBlock(const Styles& styles, const QList<Figure>& figures, qreal width,
                           qreal unit)
    : m_gap(3 * unit), m_pad(2.5 * unit)
{
    const int n = std::max(1, int(figures.size()));
    m_tileWidth = (width - (n - 1) * m_gap) / n;
    const qreal inner = m_tileWidth - 2 * m_pad - unit;
    qreal tallest = 0;
    for (const Figure& f : figures) {
        Tile t{wrapText(f.value, styles.figure, inner, 1),
               wrapText(f.label, styles.small, inner, 2)};
        t.value.color = f.color;
        tallest = std::max(tallest, t.value.height() + t.label.height());
        m_tiles.append(t);
    }
    height = tallest + 2 * m_pad;
}

void FiguresBlock::paint(QPainter& p, const QPointF& topLeft) const
{
    qreal x = topLeft.x();
    for (const Tile& t : m_tiles) {
        const QRectF r(x, topLeft.y(), m_tileWidth, height);
        p.setPen(Qt::NoPen);
        p.setBrush(palette::groupFill);
        p.drawRect(r);
        p.setBrush(palette::accent);
        p.drawRect(QRectF(r.topLeft(), QSizeF(m_pad / 3, r.height())));
        t.value.paint(p, QPointF(x + m_pad + m_pad / 2, r.top() + m_pad));
        t.label.paint(p, QPointF(x + m_pad + m_pad / 2, r.top() + m_pad + t.value.height()));
        x += m_tileWidth + m_gap;
    }
}

// ---- Tables -------------------------------------------------------------------

qreal longestWord(const QStringList& texts, const TextStyle& style)
{
    qreal longest = 0;
    for (const QString& text : texts) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        for (const QString& word : text.split(space, Qt::SkipEmptyParts))
            longest = std::max(longest, style.advance(word));
    }
    return longest;
}

TableHeader::TableHeader(const Styles& styles, const QList<TableColumn>& columns, qreal width,
                         qreal unit)
    : m_width(width), m_padX(1.6 * unit), m_padY(1.3 * unit)
{
    // Widths by share, but never below what the content or the title needs:
    // the columns that need more take it from the others.
    const int n = int(columns.size());
    QList<qreal> minimum(n), widths(n, 0);
    QList<bool> fixed(n, false);
    for (int i = 0; i < n; ++i)
        minimum[i] = std::max(columns[i].minWidth,
                              longestWord({columns[i].title.toUpper()}, styles.tableHead)) +
                     2 * m_padX;
    for (bool changed = true; changed;) {
        changed = false;
        qreal shares = 0, room = width;
        for (int i = 0; i < n; ++i) {
            if (fixed[i])
                room -= widths[i];
            else
                shares += columns[i].share;
        }
        for (int i = 0; i < n; ++i) {
            if (fixed[i])
                continue;
            widths[i] = shares > 0 ? room * columns[i].share / shares : 0;
            if (widths[i] < minimum[i]) {
                widths[i] = minimum[i];
                fixed[i] = changed = true;
            }
        }
    }
    qreal x = 0;
    qreal tallest = 0;
    for (int i = 0; i < n; ++i) {
        const TableColumn& c = columns[i];
        const qreal w = widths[i];
        m_left.append(x);
        m_widths.append(w);
        m_aligns.append(c.align);
        m_titles.append(wrapText(c.title.toUpper(), styles.tableHead, w - 2 * m_padX, 2, c.align));
        tallest = std::max(tallest, m_titles.last().height());
        x += w;
    }
    height = tallest + 2 * m_padY;
    keepWithNext = true;
}

void TableHeader::paint(QPainter& p, const QPointF& topLeft) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(palette::headerFill);
    p.drawRect(QRectF(topLeft, QSizeF(m_width, height)));
    for (int i = 0; i < m_titles.size(); ++i) {
        // Bottom-aligned, so that one- and two-line titles share a baseline.
        const qreal y = topLeft.y() + height - m_padY - m_titles[i].height();
        m_titles[i].paint(p, QPointF(topLeft.x() + m_left[i] + m_padX, y));
    }
    p.setPen(rulePen(palette::navy, m_padY / 4));
    p.drawLine(QPointF(topLeft.x(), topLeft.y() + height),
               QPointF(topLeft.x() + m_width, topLeft.y() + height));
}

TableRow::TableRow(const Styles& styles, const TableHeader* table, const QList<Cell>& cells,
                   bool shaded)
    : m_styles(styles), m_table(table), m_shaded(shaded)
{
    header = table;
    qreal tallest = 0;
    for (int i = 0; i < cells.size() && i < table->columnCount(); ++i) {
        const Cell& c = cells[i];
        const TextStyle& style = c.style ? *c.style : styles.table;
        Laid laid;
        const qreal inner = table->columnWidth(i) - 2 * table->padX();
        qreal free = inner;
        if (!c.chip.isEmpty()) {
            laid.chip = c.chip;
            laid.chipColor = c.chipColor;
            laid.chipWidth = chipWidth(styles.chip, c.chip);
            free -= laid.chipWidth + table->padX();
        }
        const Qt::Alignment align = table->align(i);
        if (c.bar >= 0) {
            // The figure first, the bar in the room left of the cell.
            laid.text = wrapText(c.text, style, free, 1);
            laid.bar = std::clamp(c.bar, 0.0, 1.0);
            laid.barColor = c.barColor;
        } else {
            laid.text = wrapText(c.text, style, free, c.maxLines, align);
        }
        laid.text.color = c.color;
        laid.quiet = c.quiet;
        if (!c.sub.isEmpty())
            laid.sub = wrapText(c.sub, styles.small, free, 3, align);
        qreal h = laid.text.height() + laid.sub.height();
        if (!laid.chip.isEmpty())
            h = std::max(h, chipHeight(styles.chip));
        tallest = std::max(tallest, h);
        m_cells.append(laid);
    }
    height = tallest + 2 * table->padY();
}

void TableRow::paintRow(QPainter& p, const QPointF& topLeft, bool first) const
{
    const QRectF r(topLeft, QSizeF(m_table->width(), height));
    if (m_shaded) {
        p.setPen(Qt::NoPen);
        p.setBrush(palette::zebra);
        p.drawRect(r);
    }
    p.setPen(rulePen(palette::rule, m_table->padY() / 6));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    const qreal top = r.top() + m_table->padY();
    for (int i = 0; i < m_cells.size(); ++i) {
        const Laid& c = m_cells[i];
        if (c.quiet && !first)
            continue;
        qreal x = r.left() + m_table->columnLeft(i) + m_table->padX();
        if (!c.chip.isEmpty()) {
            const qreal h = chipHeight(m_styles.chip);
            const qreal lineH = c.text.style ? c.text.style->lineHeight() : h;
            const qreal y = top + std::max(0.0, (lineH - h) / 2);
            drawChip(p, QRectF(x, y, c.chipWidth, h), c.chip, c.chipColor, m_styles.chip);
            x += c.chipWidth + m_table->padX();
        }
        c.text.paint(p, QPointF(x, top));
        c.sub.paint(p, QPointF(x, top + c.text.height()));
        if (c.bar >= 0 && c.text.style) {
            const qreal used = c.text.lines.isEmpty()
                                   ? 0
                                   : c.text.style->metrics.horizontalAdvance(c.text.lines.first());
            const qreal left = x + used + m_table->padX();
            const qreal room = r.left() + m_table->columnLeft(i) + m_table->columnWidth(i) -
                               m_table->padX() - left;
            const qreal h = c.text.style->metrics.xHeight() * 1.4;
            const qreal y = top + (c.text.style->lineHeight() - h) / 2;
            p.setPen(Qt::NoPen);
            p.setBrush(palette::groupFill);
            p.drawRect(QRectF(left, y, room, h));
            p.setBrush(c.barColor.isValid() ? c.barColor : palette::accent);
            p.drawRect(QRectF(left, y, std::max(0.0, room * c.bar), h));
        }
    }
}

TableGroupRow::TableGroupRow(const Styles& styles, const TableHeader* table, const QString& text,
                             const QString& note)
    : m_table(table)
{
    header = table;
    keepWithNext = true;
    const qreal inner = table->width() - 2 * table->padX();
    m_note = wrapText(note, styles.small, inner * 0.4, 1, Qt::AlignRight);
    m_text = wrapText(text, styles.tableBold, inner * 0.6, 2);
    m_text.color = palette::navy;
    height = std::max(m_text.height(), m_note.height()) + 2 * table->padY();
}

void TableGroupRow::paint(QPainter& p, const QPointF& topLeft) const
{
    const QRectF r(topLeft, QSizeF(m_table->width(), height));
    p.setPen(Qt::NoPen);
    p.setBrush(palette::groupFill);
    p.drawRect(r);
    p.setBrush(palette::navy);
    p.drawRect(QRectF(r.topLeft(), QSizeF(m_table->padX() / 2, r.height())));
    m_text.paint(p, QPointF(r.left() + m_table->padX(), r.top() + m_table->padY()));
    m_note.paint(p, QPointF(r.right() - m_table->padX() - m_note.width,
                            r.top() + m_table->padY() +
                                (m_text.style->lineHeight() - m_note.style->lineHeight()) / 2));
}

// ---- Department banner --------------------------------------------------------

DepartmentBanner::DepartmentBanner(const Styles& styles, const QString& name,
                                   const QString& shortName, const QColor& color,
                                   const QString& eyebrow, qreal width, qreal unit)
    : m_styles(styles), m_short(shortName), m_color(color), m_width(width), m_pad(4 * unit)
{
    m_chipWidth = std::max(12 * unit, styles.h2.metrics.horizontalAdvance(shortName) + 4 * unit);
    const qreal inner = width - 3 * m_pad - m_chipWidth;
    m_eyebrow = wrapText(eyebrow.toUpper(), styles.caption, inner, 1);
    m_name = wrapText(name, styles.h1, inner, 3);
    m_eyebrow.color = m_name.color = textOn(color);
    height = 2 * m_pad + m_eyebrow.height() + m_name.height();
    keepWithNext = true;
}

void DepartmentBanner::paint(QPainter& p, const QPointF& topLeft) const
{
    const QRectF band(topLeft, QSizeF(m_width, height));
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    p.drawRect(band);
    const qreal chipH = std::min(height - 2 * m_pad, m_chipWidth * 0.8);
    const QRectF chip(band.left() + m_pad, band.center().y() - chipH / 2, m_chipWidth, chipH);
    p.setBrush(Qt::white);
    p.drawRoundedRect(chip, chipH / 5, chipH / 5);
    p.setPen(m_color.lightness() > 200 ? palette::ink : m_color.darker(115));
    p.setFont(m_styles.h2.font);
    p.drawText(chip, Qt::AlignCenter, m_short);
    const qreal x = chip.right() + m_pad;
    m_eyebrow.paint(p, QPointF(x, band.top() + m_pad));
    m_name.paint(p, QPointF(x, band.top() + m_pad + m_eyebrow.height()));
}

} // namespace cx::report
