#pragma once

// The look of the PDF report: colours, text styles measured for the PDF
// device, page geometry, and wrapped text boxes.
//
// Units: every length is in device units of the QPdfWriter, whose resolution
// is the screen's logical DPI (see ReportWriter): then one scene unit of the
// journey canvas is one device unit at 100 %, and fonts given in points come
// out at their size on paper. Use PageGeometry::mm() and ::pt() to convert.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPageLayout>
#include <QPen>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace cx::report {

namespace palette {
inline const QColor ink{0x1f, 0x29, 0x33};
inline const QColor muted{0x5f, 0x6b, 0x7a};
inline const QColor navy{0x15, 0x2a, 0x4a};
inline const QColor accent{0x1f, 0x8a, 0x80};
inline const QColor accentLight{0x8f, 0xd3, 0xc9};
inline const QColor rule{0xd3, 0xd9, 0xe1};
inline const QColor headerFill{0xe8, 0xed, 0xf3};
inline const QColor groupFill{0xf1, 0xf4, 0xf8};
inline const QColor zebra{0xf8, 0xf9, 0xfb};
inline const QColor warning{0xb0, 0x2a, 0x2a};
inline const QColor good{0x2e, 0x7d, 0x32};
} // namespace palette

// The report's typeface (DejaVu Sans, as the canvas) at a size in points.
QFont reportFont(qreal points, QFont::Weight weight = QFont::Normal);

// A font with its metrics on the PDF device, and its usual colour.
struct TextStyle
{
    TextStyle(const QFont& f, const QColor& c, const QPaintDevice* device);
    QFont font;
    QFontMetricsF metrics;
    QColor color;
    const QPaintDevice* device;
    qreal lineHeight() const { return metrics.lineSpacing(); }
    // The width of text on one line; remembered, as the report repeats its
    // stage, lane and department names thousands of times.
    qreal advance(const QString& text) const;
    // Draws one line of text with its baseline at baseline.x(), y(). Short
    // lines are shaped once and their glyphs kept: the same few names are
    // drawn on thousands of rows.
    void drawLine(QPainter& p, const QPointF& baseline, const QString& text) const;

private:
    struct Shaped
    {
        QList<QGlyphRun> runs;
        qreal ascent = 0;
    };
    mutable QHash<QString, qreal> m_advances;
    mutable QHash<QString, Shaped> m_shaped;
};

// Every text style of the report (DejaVu Sans, as the canvas).
struct Styles
{
    explicit Styles(const QPaintDevice* device);
    TextStyle body;
    TextStyle bodyBold;
    TextStyle small;
    TextStyle smallBold;
    TextStyle caption; // tiny uppercase labels
    TextStyle tiny;    // chart labels
    TextStyle table;
    TextStyle tableBold;
    TextStyle tableHead;
    TextStyle h1;
    TextStyle h2;
    TextStyle h3;
    TextStyle figure; // big numbers
    TextStyle chip;   // department short names
};

// Where things go on a page, in device units.
struct PageGeometry
{
    qreal dpi = 96;
    QRectF page;    // the whole sheet
    QRectF content; // inside the margins, below the running header
    QRectF header;  // the running header band
    QRectF footer;  // the page-number band
    qreal mm(qreal v) const { return v * dpi / 25.4; }
    qreal pt(qreal v) const { return v * dpi / 72.0; }
    static PageGeometry make(const QPageLayout& layout, qreal dpi);
};

// Text wrapped to a width: lines drawn one under the other.
struct TextBox
{
    const TextStyle* style = nullptr;
    QStringList lines;
    qreal width = 0;
    Qt::Alignment align = Qt::AlignLeft;
    QColor color; // overrides the style's colour when valid
    qreal height() const { return style ? lines.size() * style->lineHeight() : 0; }
    bool isEmpty() const { return lines.isEmpty(); }
    void paint(QPainter& p, const QPointF& topLeft) const;
};

// Wraps text at word boundaries (anywhere inside a word too long for a
// line). maxLines > 0 elides the last line when there is more. Newlines
// start new lines.
TextBox wrapText(const QString& text, const TextStyle& style, qreal width, int maxLines = 0,
                 Qt::Alignment align = Qt::AlignLeft);

// A pen for rules: flat ends, so that lines stop where they are drawn to.
QPen rulePen(const QColor& color, qreal width, Qt::PenStyle style = Qt::SolidLine);

// Dark ink or white, whichever reads better on background.
QColor textOn(const QColor& background);

// A rounded label: filled with color, text in black or white.
qreal chipWidth(const TextStyle& style, const QString& text);
qreal chipHeight(const TextStyle& style);
void drawChip(QPainter& p, const QRectF& r, const QString& text, const QColor& color,
              const TextStyle& style);

// "−0.7" with a true minus sign; "+1.5"; "0.0".
QString signedNumber(double value, int decimals = 1);
// A number without needless decimals: "72", "4.6".
QString plainNumber(double value);

} // namespace cx::report
