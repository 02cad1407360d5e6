#include "reportstyle.h"

#include "model/enumnames.h"

#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace cx::report {

QFont reportFont(qreal points, QFont::Weight weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(weight);
    // Outlines as designed: the PDF is read at every zoom and printed.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Qt shapes text without ligatures when letters are spaced: a 1/64 px
    // nudge keeps "fi" two letters, so that copied and searched text reads
    // as typed (Qt 6.4 has no QFont::setFeature).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

namespace {

QFont font(qreal points, QFont::Weight weight = QFont::Normal)
{
    return reportFont(points, weight);
}

QFont spaced(QFont f, qreal percent)
{
    f.setLetterSpacing(QFont::PercentageSpacing, percent);
    return f;
}

} // namespace

TextStyle::TextStyle(const QFont& f, const QColor& c, const QPaintDevice* d)
    : font(f), metrics(f, d), color(c), device(d)
{
}

qreal TextStyle::advance(const QString& text) const
{
    auto it = m_advances.constFind(text);
    if (it == m_advances.cend())
        it = m_advances.insert(text, metrics.horizontalAdvance(text));
    return *it;
}

void TextStyle::drawLine(QPainter& p, const QPointF& baseline, const QString& text) const
{
    constexpr qsizetype shortLine = 32;
    if (text.size() > shortLine) {
        p.drawText(baseline, text);
        return;
    }
    auto it = m_shaped.constFind(text);
    if (it == m_shaped.cend()) {
        QTextLayout layout(text, font, device);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(1e6);
        layout.endLayout();
        it = m_shaped.insert(text, {layout.glyphRuns(), line.isValid() ? line.ascent() : 0});
    }
    for (const QGlyphRun& run : it->runs)
        p.drawGlyphRun(QPointF(baseline.x(), baseline.y() - it->ascent), run);
}

Styles::Styles(const QPaintDevice* d)
    : body(font(9.5), palette::ink, d), bodyBold(font(9.5, QFont::Bold), palette::ink, d),
      small(font(8), palette::muted, d), smallBold(font(8, QFont::Bold), palette::ink, d),
      caption(spaced(font(7, QFont::Bold), 108), palette::muted, d),
      tiny(font(7), palette::muted, d), table(font(8), palette::ink, d),
      tableBold(font(8, QFont::DemiBold), palette::ink, d),
      tableHead(font(7.5, QFont::Bold), palette::navy, d),
      h1(font(20, QFont::Bold), palette::navy, d), h2(font(13.5, QFont::Bold), palette::navy, d),
      h3(font(10.5, QFont::Bold), palette::ink, d), figure(font(19, QFont::Bold), palette::navy, d),
      chip(font(7, QFont::Bold), palette::ink, d)
{
}

PageGeometry PageGeometry::make(const QPageLayout& layout, qreal dpi)
{
    PageGeometry g;
    g.dpi = dpi;
    const QSizeF sheet = layout.fullRect(QPageLayout::Inch).size() * dpi;
    g.page = QRectF(QPointF(0, 0), sheet);
    const qreal side = g.mm(18);
    g.header = QRectF(side, g.mm(9), sheet.width() - 2 * side, g.mm(8));
    g.footer = QRectF(side, sheet.height() - g.mm(14), sheet.width() - 2 * side, g.mm(7));
    g.content = QRectF(QPointF(side, g.header.bottom() + g.mm(6)),
                       QPointF(sheet.width() - side, g.footer.top() - g.mm(4)));
    return g;
}

void TextBox::paint(QPainter& p, const QPointF& topLeft) const
{
    if (!style || lines.isEmpty())
        return;
    p.setFont(style->font);
    p.setPen(color.isValid() ? color : style->color);
    qreal baseline = topLeft.y() + style->metrics.ascent();
    for (const QString& line : lines) {
        qreal x = topLeft.x();
        if (!(align & Qt::AlignLeft)) {
            const qreal free = width - style->advance(line);
            x += (align & Qt::AlignRight) ? free : free / 2;
        }
        style->drawLine(p, QPointF(x, baseline), line);
        baseline += style->lineHeight();
    }
}

TextBox wrapText(const QString& text, const TextStyle& style, qreal width, int maxLines,
                 Qt::Alignment align)
{
    TextBox box;
    box.style = &style;
    box.width = width;
    box.align = align;
    if (text.isEmpty())
        return box;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QStringList paragraphs = text.split(u'\n');
    for (const QString& paragraph : paragraphs) {
        // Most table cells fit on one line: no layout needed.
        if (style.advance(paragraph) <= width) {
            box.lines.append(paragraph);
        } else {
            QTextLayout layout(paragraph, style.font, style.device);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                QString part = paragraph.mid(line.textStart(), line.textLength());
                while (part.endsWith(u' '))
                    part.chop(1);
                box.lines.append(part);
            }
            layout.endLayout();
        }
        if (maxLines > 0 && box.lines.size() > maxLines)
            break;
    }
    if (maxLines > 0 && box.lines.size() > maxLines) {
        box.lines.resize(maxLines);
        QString& last = box.lines.last();
        const QString more = last + QChar(0x2026);
        last = style.metrics.horizontalAdvance(more) <= width
                   ? more
                   : style.metrics.elidedText(last + QStringLiteral("\u2026\u2026"), Qt::ElideRight,
                                              width);
    }
    return box;
}

QPen rulePen(const QColor& color, qreal width, Qt::PenStyle style)
{
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QColor textOn(const QColor& background)
{
    const qreal luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.6 ? palette::ink : QColor(Qt::white);
}

qreal chipHeight(const TextStyle& style)
{
    return style.metrics.height() + style.metrics.xHeight();
}

qreal chipWidth(const TextStyle& style, const QString& text)
{
    return style.advance(text) + 1.6 * style.metrics.xHeight() + 2;
}

void drawChip(QPainter& p, const QRectF& r, const QString& text, const QColor& color,
              const TextStyle& style)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const qreal radius = r.height() / 2.6;
    p.drawRoundedRect(r, radius, radius);
    p.setPen(textOn(color));
    p.setFont(style.font);
    const qreal x = r.left() + (r.width() - style.advance(text)) / 2;
    const qreal y = r.top() + (r.height() - style.metrics.height()) / 2 + style.metrics.ascent();
    style.drawLine(p, QPointF(x, y), text);
}

QString signedNumber(double value, int decimals)
{
    const double rounded = std::round(value * std::pow(10, decimals)) / std::pow(10, decimals);
    const QString digits = QString::number(std::abs(rounded), 'f', decimals);
    if (rounded < 0)
        return QChar(0x2212) + digits;
    return rounded > 0 ? QStringLiteral("+") + digits : digits;
}

QString plainNumber(double value)
{
    if (std::abs(value) > maxKpiMagnitude)
        return QString::number(value, 'g', 6); // beyond what a map holds: no integer overflow
    if (std::abs(value - std::round(value)) < 1e-9)
        return QString::number(qint64(std::round(value)));
    QString s = QString::number(value, 'f', std::abs(value) < 10 ? 2 : 1);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

} // namespace cx::report
