#include "reportcover.h"
#include "reporttext.h"

#include <QPainter>

#include <algorithm>

namespace cx::report {

namespace {

// A column of text boxes stacked downwards that never runs past its bottom.
class Column
{
public:
    Column(QPainter& p, qreal left, qreal top, qreal width, qreal bottom)
        : m_p(p), m_left(left), m_y(top), m_width(width), m_bottom(bottom)
    {
    }
    qreal y() const { return m_y; }
    void skip(qreal dy) { m_y += dy; }
    // Draws text, cut (with an ellipsis) to the lines that still fit.
    bool add(const QString& text, const TextStyle& style, int maxLines, const QColor& color = {})
    {
        if (text.trimmed().isEmpty())
            return true;
        const int room = int((m_bottom - m_y) / style.lineHeight());
        if (room < 1)
            return false;
        TextBox box = wrapText(text.trimmed(), style, m_width, std::min(maxLines, room));
        box.color = color;
        box.paint(m_p, QPointF(m_left, m_y));
        m_y += box.height();
        return true;
    }

private:
    QPainter& m_p;
    qreal m_left;
    qreal m_y;
    qreal m_width;
    qreal m_bottom;
};

void paintBand(QPainter& p, const CoverContent& c, const PageGeometry& g, qreal bandHeight)
{
    const QRectF page = g.page;
    p.setPen(Qt::NoPen);
    p.setBrush(palette::navy);
    p.drawRect(QRectF(0, 0, page.width(), bandHeight));
    // The departments' colours, side by side: everyone is on this map.
    const qreal stripH = g.mm(2.2);
    const int n = std::max(1, int(c.departmentColors.size()));
    for (int i = 0; i < c.departmentColors.size(); ++i) {
        p.setBrush(c.departmentColors[i]);
        p.drawRect(QRectF(page.width() * i / n, bandHeight, page.width() / n + 0.5, stripH));
    }
}

void paintContents(QPainter& p, const CoverContent& c, const Styles& s, const QRectF& r,
                   const PageGeometry& g)
{
    qreal y = r.top();
    wrapText(ReportTr::tr("IN THIS REPORT"), s.caption, r.width(), 1)
        .paint(p, QPointF(r.left(), y));
    y += s.caption.lineHeight() + g.mm(2);
    const qreal numberW = s.body.metrics.horizontalAdvance(QStringLiteral("0000"));
    for (const auto& [title, page] : c.contents) {
        TextBox label = wrapText(title, s.body, r.width() - numberW - g.mm(2), 2);
        if (y + label.height() > r.bottom())
            break;
        label.paint(p, QPointF(r.left(), y));
        TextBox number = wrapText(QString::number(page), s.bodyBold, numberW, 1, Qt::AlignRight);
        number.paint(p, QPointF(r.right() - numberW, y));
        y += label.height() + g.mm(1.2);
        p.setPen(rulePen(palette::rule, g.mm(0.15)));
        p.drawLine(QPointF(r.left(), y - g.mm(0.6)), QPointF(r.right(), y - g.mm(0.6)));
    }
}

// The band: eyebrow, title, journey, state; it grows with a long title.
// Returns its height.
qreal paintTitle(QPainter& p, const CoverContent& c, const Styles& s, const PageGeometry& g)
{
    const qreal left = g.content.left();
    const qreal width = g.content.width();
    const TextStyle title(reportFont(28, QFont::Bold), Qt::white, s.body.device);
    const TextStyle subtitle(reportFont(15), QColor(0xd6, 0xde, 0xe8), s.body.device);
    TextBox eyebrow = wrapText(ReportTr::tr("CUSTOMER JOURNEY REPORT"), s.caption, width, 1);
    eyebrow.color = palette::accentLight;
    const TextBox titleBox = wrapText(c.documentTitle, title, width, 3);
    const TextBox journeyBox = wrapText(c.journeyName, subtitle, width, 2);
    // A department report says whose it is, under the journey.
    TextBox forBox =
        wrapText(c.departments.isEmpty() ? QString() : ReportTr::tr("For ") + c.departments,
                 subtitle, width, 2);
    forBox.color = palette::accentLight;
    const qreal forH = c.departments.isEmpty() ? 0 : forBox.height() + g.mm(1);
    const qreal chipH = chipHeight(s.smallBold) * 1.2;
    const qreal textH = eyebrow.height() + g.mm(4) + titleBox.height() + g.mm(2) +
                        journeyBox.height() + forH + g.mm(4) + chipH;
    const qreal bandH = std::max(g.page.height() * 0.34, textH + g.mm(36));
    paintBand(p, c, g, bandH);
    qreal y = bandH - g.mm(14) - textH;
    eyebrow.paint(p, QPointF(left, y));
    y += eyebrow.height() + g.mm(4);
    titleBox.paint(p, QPointF(left, y));
    y += titleBox.height() + g.mm(2);
    journeyBox.paint(p, QPointF(left, y));
    y += journeyBox.height();
    if (!c.departments.isEmpty()) {
        forBox.paint(p, QPointF(left, y + g.mm(1)));
        y += forH;
    }
    y += g.mm(4);
    if (!c.journeyState.isEmpty())
        drawChip(p, QRectF(left, y, chipWidth(s.smallBold, c.journeyState) + g.mm(3), chipH),
                 c.journeyState, c.future ? QColor(0xd9, 0x8c, 0x1f) : palette::accent,
                 s.smallBold);
    return bandH;
}

// The persona and the journey's description, in a column.
void paintAbout(QPainter& p, const CoverContent& c, const Styles& s, const PageGeometry& g,
                const QRectF& r)
{
    Column col(p, r.left(), r.top(), r.width(), r.bottom());
    if (!c.personaName.isEmpty()) {
        col.add(ReportTr::tr("PERSONA", "cover caption"), s.caption, 1);
        col.skip(g.mm(1.5));
        col.add(c.personaName, s.h2, 2);
        col.skip(g.mm(1.5));
        col.add(c.personaDescription, s.body, 6);
        for (const auto& [label, text] :
             {std::pair(ReportTr::tr("Goals", "persona"), c.personaGoals),
              std::pair(ReportTr::tr("Frustrations", "persona"), c.personaFrustrations)}) {
            if (text.trimmed().isEmpty())
                continue;
            col.skip(g.mm(3));
            col.add(label, s.smallBold, 1);
            col.add(text, s.small, 5, palette::ink);
        }
        col.skip(g.mm(7));
    }
    if (!c.journeyDescription.trimmed().isEmpty()) {
        col.add(ReportTr::tr("ABOUT THIS JOURNEY"), s.caption, 1);
        col.skip(g.mm(1.5));
        col.add(c.journeyDescription, s.body, 8);
    }
}

} // namespace

void paintCover(QPainter& p, const CoverContent& c, const Styles& s, const PageGeometry& g)
{
    const qreal left = g.content.left();
    const qreal width = g.content.width();
    const qreal bandH = paintTitle(p, c, s, g);

    // The footer: date, version, scope.
    const qreal footTop = g.page.height() - g.mm(26);
    p.setPen(rulePen(palette::rule, g.mm(0.2)));
    p.drawLine(QPointF(left, footTop), QPointF(left + width, footTop));
    Column foot(p, left, footTop + g.mm(3), width, g.page.height() - g.mm(8));
    foot.add(ReportTr::tr("Prepared %1 · made with CXMap %2").arg(c.date, c.version), s.bodyBold,
             1);
    foot.add(c.scope, s.small, 2);

    // Below the band: the persona and the journey (left), the contents (right).
    const qreal top = bandH + g.mm(14);
    const qreal bottom = footTop - g.mm(6);
    const qreal gap = g.mm(10);
    const qreal rightW = std::clamp(width * 0.36, g.mm(55), g.mm(90));
    const qreal leftW = width - rightW - gap;
    paintAbout(p, c, s, g, QRectF(left, top, leftW, bottom - top));
    paintContents(p, c, s, QRectF(left + leftW + gap, top, rightW, bottom - top), g);
}

} // namespace cx::report
