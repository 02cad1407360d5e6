#include "coverageheatmap.h"

#include "canvas/canvasstyle.h"
#include "dashboarddata.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace cx {

namespace {

constexpr int swatch = 10;       // the department colour before its name
constexpr int gap = 6;           // between the headers and the grid
constexpr int maxCellWidth = 96; // a wide window keeps the cells square-ish
constexpr int maxUpright = 140;  // upright stage names are elided to this
constexpr int legendGap = 10;

QString rowName(const CoverageHeatmap::Row& row, bool full)
{
    return full || row.shortName.isEmpty() ? row.name : row.shortName;
}

} // namespace

CoverageHeatmap::CoverageHeatmap(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Coverage heatmap: cards per department and stage"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void CoverageHeatmap::setData(const QStringList& stages, const QList<Row>& rows)
{
    m_stages = stages;
    m_rows = rows;
    updateDescription();
    updateGeometry();
    update();
}

int CoverageHeatmap::count(Id departmentId, int stageIndex) const
{
    for (const Row& r : m_rows) {
        if (r.departmentId == departmentId)
            return stageIndex >= 0 && stageIndex < r.cells.size() ? r.cells[stageIndex].count()
                                                                  : -1;
    }
    return -1;
}

void CoverageHeatmap::setLens(Id departmentId)
{
    if (departmentId == m_lens)
        return;
    m_lens = departmentId;
    update();
}

CoverageHeatmap::Geometry CoverageHeatmap::geometryFor(int width) const
{
    const QFontMetrics fm(font());
    Geometry g;
    g.cellHeight = std::max(fm.height() + 10, 24);
    g.fullNames = width >= 640;
    int names = 0;
    for (const Row& r : m_rows)
        names = std::max(names, fm.horizontalAdvance(rowName(r, g.fullNames)));
    g.rowHeader = std::min(swatch + 6 + names + gap, std::max(width / 3, 60));
    const int columns = std::max(int(m_stages.size()), 1);
    g.cellWidth = std::clamp((width - g.rowHeader) / columns, 1, maxCellWidth);
    int stageWidth = 0;
    for (const QString& s : m_stages)
        stageWidth = std::max(stageWidth, fm.horizontalAdvance(s));
    g.upright = stageWidth + 6 > g.cellWidth;
    g.columnHeader = (g.upright ? std::min(stageWidth, maxUpright) : fm.height()) + gap;
    g.legendTop = g.columnHeader + int(m_rows.size()) * g.cellHeight + legendGap;
    g.height = g.legendTop + std::max(fm.height(), 18) + 4;
    return g;
}

int CoverageHeatmap::heightForWidth(int width) const { return geometryFor(width).height; }

QSize CoverageHeatmap::sizeHint() const
{
    const int width = 480;
    return {width, heightForWidth(width)};
}

QSize CoverageHeatmap::minimumSizeHint() const { return {240, heightForWidth(240)}; }

QRect CoverageHeatmap::cellRect(const Geometry& g, int row, int column) const
{
    return {g.rowHeader + column * g.cellWidth, g.columnHeader + row * g.cellHeight, g.cellWidth,
            g.cellHeight};
}

void CoverageHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometryFor(width());
    paintHeaders(p, g);
    paintCells(p, g);
    paintLegend(p, g);
}

void CoverageHeatmap::paintHeaders(QPainter& p, const Geometry& g)
{
    const QFontMetrics fm(font());
    p.setPen(palette().color(QPalette::WindowText));
    for (int c = 0; c < m_stages.size(); ++c) {
        const QRect cell = cellRect(g, 0, c);
        if (g.upright) {
            const int length = g.columnHeader - gap;
            const QString text = fm.elidedText(m_stages[c], Qt::ElideRight, length);
            p.save();
            p.translate(cell.center().x() + fm.ascent() / 2 - fm.descent(), g.columnHeader - gap);
            p.rotate(-90);
            p.drawText(QRect(0, -fm.ascent(), length, fm.height()), Qt::AlignLeft | Qt::AlignTop,
                       text);
            p.restore();
        } else {
            p.drawText(QRect(cell.left(), 0, cell.width(), g.columnHeader - gap),
                       Qt::AlignHCenter | Qt::AlignBottom, m_stages[c]);
        }
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        const QRect cell = cellRect(g, r, 0);
        const bool lens = row.departmentId == m_lens && m_lens != 0;
        p.setOpacity(m_lens != 0 && !lens ? 0.45 : 1.0);
        const QRect chip(0, cell.center().y() - swatch / 2, swatch, swatch);
        p.setPen(QPen(palette().color(QPalette::WindowText), 0.5));
        p.setBrush(row.color);
        p.drawRect(chip);
        QFont f = font();
        f.setBold(lens);
        p.setFont(f);
        const int textLeft = swatch + 6;
        const QString text = QFontMetrics(f).elidedText(rowName(row, g.fullNames), Qt::ElideRight,
                                                        g.rowHeader - textLeft - gap);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(textLeft, cell.top(), g.rowHeader - textLeft, cell.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p.setOpacity(1.0);
    p.setFont(font());
}

void CoverageHeatmap::paintCells(QPainter& p, const Geometry& g)
{
    const QColor line = palette().color(QPalette::Mid);
    const QColor empty = palette().color(QPalette::Window); // an outline, no fill
    for (int r = 0; r < m_rows.size(); ++r) {
        const bool lens = m_rows[r].departmentId == m_lens && m_lens != 0;
        p.setOpacity(m_lens != 0 && !lens ? 0.35 : 1.0);
        for (int c = 0; c < m_rows[r].cells.size() && c < m_stages.size(); ++c) {
            const Cell& cell = m_rows[r].cells[c];
            const QRect rect = cellRect(g, r, c).adjusted(1, 1, -1, -1);
            if (cell.count() == 0) {
                p.setPen(QPen(empty.darker(106), 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(rect.adjusted(1, 1, -1, -1));
                continue;
            }
            const QColor fill =
                cell.meanEmotion ? dashboard::emotionHeatColor(*cell.meanEmotion) : Qt::white;
            p.setPen(cell.meanEmotion ? Qt::NoPen : QPen(line, 1));
            p.setBrush(fill);
            p.drawRect(rect);
            p.setPen(canvas::textOn(fill));
            p.drawText(rect, Qt::AlignCenter, QString::number(cell.count()));
        }
        if (lens) {
            p.setOpacity(1.0);
            p.setPen(QPen(palette().color(QPalette::WindowText), 2));
            p.setBrush(Qt::NoBrush);
            const QRect first = cellRect(g, r, 0);
            p.drawRect(QRect(0, first.top(), first.left() + g.cellWidth * int(m_stages.size()),
                             first.height())
                           .adjusted(1, 1, -1, -1));
        }
    }
    p.setOpacity(1.0);
}

void CoverageHeatmap::paintLegend(QPainter& p, const Geometry& g)
{
    const QFontMetrics fm(font());
    const int h = std::max(fm.height(), 18);
    int x = 0;
    const QString caption = tr("Mean emotion:");
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(x, g.legendTop, fm.horizontalAdvance(caption), h), Qt::AlignVCenter, caption);
    x += fm.horizontalAdvance(caption) + 6;
    for (int e = emotionMin; e <= emotionMax; ++e) {
        const QColor fill = dashboard::emotionHeatColor(e);
        const QString text = e < 0 ? QStringLiteral("\u2212%1").arg(-e)
                                   : (e > 0 ? QStringLiteral("+%1").arg(e) : QStringLiteral("0"));
        const QRect box(x, g.legendTop, std::max(fm.horizontalAdvance(text) + 10, 26), h);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRect(box);
        p.setPen(canvas::textOn(fill));
        p.drawText(box, Qt::AlignCenter, text);
        x = box.right() + 1;
    }
    x += 10;
    const QRect white(x, g.legendTop, h, h);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::white);
    p.drawRect(white.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(
        QRect(white.right() + 5, g.legendTop, width() - white.right() - 5, h), Qt::AlignVCenter,
        fm.elidedText(tr("not rated"), Qt::ElideRight, std::max(width() - white.right() - 5, 0)));
}

bool CoverageHeatmap::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const Geometry g = geometryFor(width());
    const QPoint pos = help->pos() - QPoint(g.rowHeader, g.columnHeader);
    const int column = pos.x() >= 0 ? pos.x() / g.cellWidth : -1;
    const int row = pos.y() >= 0 ? pos.y() / g.cellHeight : -1;
    if (row >= 0 && row < m_rows.size() && column >= 0 && column < m_stages.size())
        QToolTip::showText(help->globalPos(), cellDescription(row, column), this);
    else
        QToolTip::hideText();
    return true;
}

QString CoverageHeatmap::cellDescription(int row, int column) const
{
    const Row& r = m_rows[row];
    const Cell cell = r.cells.value(column);
    const QString where = QStringLiteral("%1 · %2: ").arg(r.name, m_stages.value(column));
    if (cell.count() == 0)
        return where + tr("no cards");
    QString text = where + tr("%n card(s)", nullptr, cell.count()) +
                   tr(" (%1 owned, %2 contributed)").arg(cell.owned).arg(cell.contributed);
    if (cell.meanEmotion)
        text += tr(", mean emotion %1").arg(dashboard::emotionNumber(*cell.meanEmotion));
    else
        text += tr(", no emotion rated");
    return text;
}

void CoverageHeatmap::updateDescription()
{
    QStringList lines;
    for (int r = 0; r < m_rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_stages.size(); ++c) {
            const Cell cell = m_rows[r].cells.value(c);
            if (cell.count() > 0)
                cells << cellDescription(r, c).mid(m_rows[r].name.size() + 3);
        }
        lines << m_rows[r].name + QStringLiteral(": ") +
                     (cells.isEmpty() ? tr("no cards") : cells.join(QStringLiteral("; ")));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

} // namespace cx
