#include "reportoverview.h"

#include "canvas/canvasstyle.h"
#include "reporttext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cx::report {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

const QColor lightCell{0xee, 0xf2, 0xf8};
const QColor darkCell{0xa8, 0xbf, 0xdf};

} // namespace

MapOverview::MapOverview(OverviewData data, const Styles& styles, const PageGeometry& g,
                         int firstPage)
    : m_data(std::move(data)), m_styles(styles), m_geometry(g), m_firstPage(firstPage)
{
    m_laneW = g.mm(34);
    m_headerH = styles.caption.lineHeight() + 2 * styles.tiny.lineHeight() + g.mm(2);
    m_curveH = g.mm(14) + styles.tiny.lineHeight() + g.mm(1.5);
    layOut(false);
    if (m_lanesPerRow > 1) // a line a lane rather than lanes sharing a row
        layOut(true);
    for (const Range& row : m_rows) {
        for (const Range& column : m_columns)
            m_fullest = std::max(m_fullest, sum(m_data.cards, row, column));
    }
}

void MapOverview::layOut(bool compact)
{
    const PageGeometry& g = m_geometry;
    const Styles& styles = m_styles;
    const QRectF content = g.content;
    m_compact = compact;
    // A cell holds its cards over its pain points, or (compact) beside them.
    const qreal cards = styles.tableBold.advance(QStringLiteral("8888"));
    const qreal minColumn = compact ? cards + g.mm(4.8) + styles.tiny.advance(QStringLiteral("888"))
                                    : std::max(g.mm(9.5), cards + g.mm(2));
    int fits = std::max(1, int((content.width() - m_laneW) / minColumn));
    const int stages = int(m_data.stages.size());
    // One page, or two; beyond that a column sums up a few stages, and is
    // wide enough to say which ("1001-1091").
    if (stages > 2 * fits) {
        const QString range = QStringLiteral("%1\u2013%1").arg(stages);
        const qreal grouped =
            std::max(minColumn, styles.caption.advance(range) +
                                    styles.caption.advance(QStringLiteral("8")) + g.mm(1.6));
        fits = std::max(1, int((content.width() - m_laneW) / grouped));
    }
    m_stagesPerColumn = stages <= 2 * fits ? 1 : int(std::ceil(stages / (2.0 * fits)));
    m_columns.clear();
    for (int s = 0; s < stages; s += m_stagesPerColumn)
        m_columns.append({s, std::min(stages, s + m_stagesPerColumn)});
    const int columns = int(m_columns.size());
    if (columns <= fits)
        m_parts = {{0, columns}};
    else
        m_parts = {{0, (columns + 1) / 2}, {(columns + 1) / 2, columns}};
    const int widest = m_parts[0].end - m_parts[0].first;
    m_columnW = std::min(g.mm(28), (content.width() - m_laneW) / std::max(1, widest));

    m_rowH = compact ? std::max(styles.tiny.lineHeight(), styles.tableBold.lineHeight()) + g.mm(0.8)
                     : std::max(2 * styles.small.lineHeight(),
                                styles.tableBold.lineHeight() + styles.tiny.lineHeight()) +
                           g.mm(1.6);
    layOutLegend();
    const qreal chains = styles.smallBold.lineHeight() +
                         std::max<qsizetype>(1, m_data.chains.size()) * styles.small.lineHeight() +
                         g.mm(3);
    // The rows that fit under the first page's text; more lanes share a row.
    const int lanes = int(m_data.lanes.size());
    m_lanesPerRow = 1;
    for (int pass = 0; pass < 3; ++pass) {
        const qreal above = styles.h2.lineHeight() + g.mm(2) +
                            wrapText(introText(), styles.body, content.width()).height() + g.mm(3) +
                            m_curveH + m_headerH;
        const qreal below = g.mm(3) + m_legendH + chains;
        const int rowsFit = std::max(1, int((content.height() - above - below) / m_rowH));
        m_lanesPerRow = lanes <= rowsFit ? 1 : int(std::ceil(qreal(lanes) / rowsFit));
    }
    m_rows.clear();
    for (int l = 0; l < lanes; l += m_lanesPerRow)
        m_rows.append({l, std::min(lanes, l + m_lanesPerRow)});
}

QString MapOverview::introText() const
{
    const OverviewData& d = m_data;
    QString text = ReportTr::tr("At a readable size (card text at 6 pt or more) this map takes "
                                "%1 pages. This overview shows every stage and lane with its "
                                "cards and pain points, and the stage emotion above them")
                       .arg(d.mapPages);
    if (d.detailPages > 0)
        text += ReportTr::tr("; the %n page(s) after it show(s) the parts of the map that hold %1.",
                             nullptr, d.detailPages)
                    .arg(d.detailReasons);
    else
        text += ReportTr::tr(". No part of the map holds a pain point or a card on a top impact "
                             "chain, so none is shown in detail.");
    text += ReportTr::tr(" The other %n part(s) are not printed: cxmap export --full-map, or "
                         "“Every map page” in the export dialog, prints the whole map.",
                         nullptr, d.mapPages - d.detailPages);
    if (m_stagesPerColumn > 1)
        text += ReportTr::tr(" Each column here sums up %1 stages.").arg(m_stagesPerColumn);
    if (m_lanesPerRow > 1)
        text += ReportTr::tr(" Each row sums up %1 lanes.").arg(m_lanesPerRow);
    return text;
}

QString MapOverview::legendDetailText() const
{
    const int first = m_firstPage + pageCount();
    const int last = first + m_data.detailPages - 1;
    return m_data.detailPages == 1
               ? ReportTr::tr("shown in detail on page %1").arg(first)
               : ReportTr::tr("shown in detail on pages %1–%2").arg(first).arg(last);
}

void MapOverview::layOutLegend()
{
    const PageGeometry& g = m_geometry;
    m_legend = {{0, ReportTr::tr("cards in the cell (darker: more)"), {}},
                {1, ReportTr::tr("pain points in the cell"), {}}};
    if (m_data.detailPages > 0)
        m_legend.append({2, legendDetailText(), {}});
    m_legend.append({3, ReportTr::tr("stage emotion: −2 angry to +2 delighted, — unrated"), {}});
    const qreal width = m_geometry.content.width();
    const qreal lineH = m_styles.small.lineHeight() + g.mm(1);
    qreal x = 0, y = 0;
    for (LegendItem& item : m_legend) {
        const qreal mark = item.kind == 0 ? g.mm(10.5) : item.kind == 3 ? 0 : g.mm(5);
        const qreal w = mark + m_styles.small.advance(item.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineH;
        }
        item.pos = QPointF(x, y);
        x += w + g.mm(6);
    }
    m_legendH = y + lineH;
}

QString MapOverview::rangeText(const Range& r) const
{
    return r.end - r.first == 1 ? QString::number(r.first + 1)
                                : QStringLiteral("%1\u2013%2").arg(r.first + 1).arg(r.end);
}

std::optional<double> MapOverview::emotionOf(const Range& stages) const
{
    double total = 0;
    int rated = 0;
    for (int s = stages.first; s < stages.end; ++s) {
        if (const std::optional<double> e = m_data.emotion.value(s)) {
            total += *e;
            ++rated;
        }
    }
    return rated ? std::optional<double>(total / rated) : std::nullopt;
}

int MapOverview::sum(const QList<QList<int>>& grid, const Range& lanes, const Range& stages) const
{
    int n = 0;
    for (int l = lanes.first; l < lanes.end; ++l) {
        for (int s = stages.first; s < stages.end; ++s)
            n += grid.value(l).value(s);
    }
    return n;
}

bool MapOverview::anyDetailed(const Range& lanes, const Range& stages) const
{
    for (int l = lanes.first; l < lanes.end; ++l) {
        for (int s = stages.first; s < stages.end; ++s) {
            if (m_data.detailed.value(l).value(s))
                return true;
        }
    }
    return false;
}

qreal MapOverview::columnX(int column) const
{
    return m_geometry.content.left() + m_laneW + column * m_columnW;
}

void MapOverview::paint(QPainter& p, int part) const
{
    const PageGeometry& g = m_geometry;
    const QRectF content = g.content;
    const Range columns = m_parts.value(part);
    p.save();
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    qreal y = content.top();
    const QString title = ReportTr::tr("Journey map: overview");
    wrapText(title, m_styles.h2, content.width(), 1).paint(p, content.topLeft());
    const int stages = int(m_data.stages.size());
    const Range shown{m_columns.value(columns.first).first,
                      columns.end > columns.first ? m_columns[columns.end - 1].end : 0};
    QString where = ReportTr::tr("stages %1 of %2 · %n lane(s)", nullptr, int(m_data.lanes.size()))
                        .arg(rangeText(shown))
                        .arg(stages);
    if (m_parts.size() > 1)
        where = ReportTr::tr("Part %1 of %2: ").arg(part + 1).arg(m_parts.size()) + where;
    const qreal room = content.width() - m_styles.h2.metrics.horizontalAdvance(title) - g.mm(4);
    TextBox right = wrapText(where, m_styles.smallBold, room, 1, Qt::AlignRight);
    right.width = content.width();
    right.color = palette::navy;
    right.paint(p, QPointF(content.left(),
                           y + m_styles.h2.metrics.ascent() - m_styles.smallBold.metrics.ascent()));
    y += m_styles.h2.lineHeight() + g.mm(2);
    if (part == 0) {
        const TextBox intro = wrapText(introText(), m_styles.body, content.width());
        intro.paint(p, QPointF(content.left(), y));
        y += intro.height() + g.mm(3);
    }
    y = paintCurve(p, y, columns);
    y = paintHeader(p, y, columns);
    y = paintRows(p, y, columns);
    y += g.mm(3);
    paintLegend(p, y);
    y += m_legendH;
    if (part == 0)
        paintChains(p, y + g.mm(3));
    p.restore();
}

qreal MapOverview::paintCurve(QPainter& p, qreal top, const Range& part) const
{
    const PageGeometry& g = m_geometry;
    const qreal left = columnX(0);
    const int n = part.end - part.first;
    const qreal bandH = g.mm(14), plotTop = top + g.mm(1.5), plotH = bandH - g.mm(3);
    p.setPen(Qt::NoPen);
    p.setBrush(palette::zebra);
    p.drawRect(QRectF(left, top, n * m_columnW, bandH));
    const auto yOf = [&](double e) { return plotTop + (2 - std::clamp(e, -2.0, 2.0)) / 4 * plotH; };
    p.setPen(rulePen(palette::rule, g.mm(0.25), Qt::DashLine));
    p.drawLine(QPointF(left, yOf(0)), QPointF(left + n * m_columnW, yOf(0)));
    // The label and the scale on the left.
    wrapText(ReportTr::tr("Stage emotion"), m_styles.smallBold, m_laneW - g.mm(8), 2)
        .paint(p, QPointF(g.content.left(), top));
    const TextStyle& tiny = m_styles.tiny;
    for (int e : {2, 0, -2}) {
        const QString label = e == 0 ? QStringLiteral("0") : signedNumber(e, 0);
        TextBox box = wrapText(label, tiny, g.mm(5), 1, Qt::AlignRight);
        box.paint(p, QPointF(left - g.mm(6),
                             yOf(e) - tiny.metrics.ascent() / 2 - tiny.metrics.descent() / 2));
    }
    QList<std::optional<QPointF>> points;
    for (int c = part.first; c < part.end; ++c) {
        const std::optional<double> e = emotionOf(m_columns[c]);
        const qreal x = columnX(c - part.first) + m_columnW / 2;
        points.append(e ? std::optional<QPointF>(QPointF(x, yOf(*e))) : std::nullopt);
        const QString value = e ? signedNumber(*e) : QStringLiteral("\u2014");
        TextBox box = wrapText(value, tiny, m_columnW, 1, Qt::AlignHCenter);
        box.color = e ? palette::ink : palette::muted;
        box.paint(p, QPointF(columnX(c - part.first), top + bandH + g.mm(0.5)));
    }
    p.setPen(rulePen(palette::navy, g.mm(0.4)));
    for (int i = 1; i < points.size(); ++i) {
        if (points[i - 1] && points[i])
            p.drawLine(*points[i - 1], *points[i]);
    }
    p.setPen(QPen(Qt::white, g.mm(0.2)));
    for (int i = 0; i < points.size(); ++i) {
        if (!points[i])
            continue;
        const std::optional<double> e = emotionOf(m_columns[part.first + i]);
        p.setBrush(canvas::emotionColor(int(std::lround(*e))));
        p.drawEllipse(*points[i], g.mm(0.9), g.mm(0.9));
    }
    return top + m_curveH;
}

qreal MapOverview::paintHeader(QPainter& p, qreal top, const Range& part) const
{
    const PageGeometry& g = m_geometry;
    const TextStyle& caption = m_styles.caption;
    wrapText(ReportTr::tr("STAGES →"), caption, m_laneW - g.mm(2), 1, Qt::AlignRight)
        .paint(p, QPointF(g.content.left(), top + g.mm(0.8)));
    wrapText(ReportTr::tr("LANES ↓"), caption, m_laneW - g.mm(2), 1)
        .paint(p, QPointF(g.content.left(), top + m_headerH - caption.lineHeight() - g.mm(0.8)));
    for (int c = part.first; c < part.end; ++c) {
        const Range& stages = m_columns[c];
        const qreal x = columnX(c - part.first);
        p.setPen(Qt::NoPen);
        p.setBrush(palette::headerFill);
        p.drawRect(QRectF(x, top, m_columnW - g.mm(0.3), m_headerH - g.mm(0.3)));
        const qreal textW = m_columnW - g.mm(1.6);
        wrapText(rangeText(stages), caption, textW, 1)
            .paint(p, QPointF(x + g.mm(0.8), top + g.mm(0.8)));
        const QString name = stages.end - stages.first == 1
                                 ? m_data.stages.value(stages.first)
                                 : m_data.stages.value(stages.first) + QStringLiteral(" \u2026 ") +
                                       m_data.stages.value(stages.end - 1);
        TextBox box = wrapText(name, m_styles.tiny, textW, 2);
        box.color = palette::ink;
        box.paint(p, QPointF(x + g.mm(0.8), top + g.mm(0.8) + caption.lineHeight()));
    }
    return top + m_headerH;
}

qreal MapOverview::paintRows(QPainter& p, qreal top, const Range& part) const
{
    const PageGeometry& g = m_geometry;
    const TextStyle& count = m_styles.tableBold;
    const TextStyle& tiny = m_styles.tiny;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Range& lanes = m_rows[r];
        const qreal y = top + r * m_rowH;
        p.setPen(Qt::NoPen);
        p.setBrush(palette::groupFill);
        p.drawRect(QRectF(g.content.left(), y, m_laneW - g.mm(0.6), m_rowH - g.mm(0.3)));
        QString name = m_data.lanes.value(lanes.first);
        if (lanes.end - lanes.first > 1) {
            name = ReportTr::tr("Lanes %1: ").arg(rangeText(lanes)) +
                   QStringList(m_data.lanes.mid(lanes.first, lanes.end - lanes.first))
                       .join(QStringLiteral(", "));
        }
        TextBox lane = m_compact ? wrapText(name, m_styles.tiny, m_laneW - g.mm(3), 1)
                                 : wrapText(name, m_styles.small, m_laneW - g.mm(3), 2);
        lane.color = palette::ink;
        lane.paint(p, QPointF(g.content.left() + g.mm(1.5), y + (m_rowH - lane.height()) / 2));
        for (int c = part.first; c < part.end; ++c) {
            const Range& stages = m_columns[c];
            const int cards = sum(m_data.cards, lanes, stages);
            const int pains = sum(m_data.pains, lanes, stages);
            const QRectF cell(columnX(c - part.first), y, m_columnW - g.mm(0.3),
                              m_rowH - g.mm(0.3));
            p.setPen(Qt::NoPen);
            p.setBrush(cards == 0 ? palette::zebra
                                  : mix(lightCell, darkCell, std::sqrt(qreal(cards) / m_fullest)));
            p.drawRect(cell);
            QPointF at(cell.left() + g.mm(1), m_compact ? cell.center().y() - count.lineHeight() / 2
                                                        : cell.top() + g.mm(0.8));
            const QString number = QString::number(cards);
            if (cards > 0) {
                p.setFont(count.font);
                p.setPen(palette::ink);
                count.drawLine(p, at + QPointF(0, count.metrics.ascent()), number);
            }
            if (pains > 0) {
                const qreal r = g.mm(0.8);
                // Under the cards' number, or beside it.
                const qreal mid = m_compact ? at.y() + count.lineHeight() / 2
                                            : at.y() + count.lineHeight() + tiny.lineHeight() / 2;
                if (m_compact)
                    at.rx() += count.advance(number) + g.mm(1.2);
                p.setPen(Qt::NoPen);
                p.setBrush(palette::warning);
                p.drawEllipse(QPointF(at.x() + r, mid), r, r);
                p.setFont(tiny.font);
                p.setPen(palette::warning);
                tiny.drawLine(p,
                              QPointF(at.x() + 2 * r + g.mm(0.8),
                                      mid - tiny.metrics.height() / 2 + tiny.metrics.ascent()),
                              QString::number(pains));
            }
            if (anyDetailed(lanes, stages)) {
                p.setPen(rulePen(palette::accent, g.mm(0.5)));
                p.setBrush(Qt::NoBrush);
                p.drawRect(cell.adjusted(g.mm(0.25), g.mm(0.25), -g.mm(0.25), -g.mm(0.25)));
            }
        }
    }
    return top + m_rows.size() * m_rowH;
}

void MapOverview::paintLegend(QPainter& p, qreal top) const
{
    const PageGeometry& g = m_geometry;
    const TextStyle& small = m_styles.small;
    const qreal side = g.mm(2.6);
    for (const LegendItem& item : m_legend) {
        const QPointF at = QPointF(g.content.left(), top) + item.pos;
        const qreal mid = at.y() + small.lineHeight() / 2;
        qreal x = at.x();
        p.setPen(Qt::NoPen);
        if (item.kind == 0) {
            for (int i = 0; i < 3; ++i) {
                p.setBrush(mix(lightCell, darkCell, i / 2.0));
                p.drawRect(QRectF(x + i * g.mm(3), mid - side / 2, side, side));
            }
            x += g.mm(10.5);
        } else if (item.kind == 1) {
            p.setBrush(palette::warning);
            p.drawEllipse(QPointF(x + g.mm(1.5), mid), g.mm(0.8), g.mm(0.8));
            x += g.mm(5);
        } else if (item.kind == 2) {
            p.setBrush(lightCell);
            p.setPen(rulePen(palette::accent, g.mm(0.5)));
            p.drawRect(QRectF(x + g.mm(0.3), mid - side / 2, side + g.mm(0.6), side));
            x += g.mm(5);
        }
        TextBox text = wrapText(item.text, small, small.advance(item.text) + 1, 1);
        text.paint(p, QPointF(x, at.y()));
    }
}

qreal MapOverview::paintChains(QPainter& p, qreal top) const
{
    const TextStyle& small = m_styles.small;
    const qreal width = m_geometry.content.width();
    const qreal left = m_geometry.content.left();
    wrapText(ReportTr::tr("Top impact chains: the root causes that reach the most unhappy "
                          "moments"),
             m_styles.smallBold, width, 1)
        .paint(p, QPointF(left, top));
    qreal y = top + m_styles.smallBold.lineHeight();
    if (m_data.chains.isEmpty()) {
        wrapText(ReportTr::tr("None: no back-stage or support card's impact reaches an unhappy "
                              "moment."),
                 small, width, 1)
            .paint(p, QPointF(left, y));
        return y + small.lineHeight();
    }
    for (const QString& line : m_data.chains) {
        TextBox box = wrapText(line, small, width, 1);
        box.color = palette::ink;
        box.paint(p, QPointF(left, y));
        y += small.lineHeight();
    }
    return y;
}

} // namespace cx::report
