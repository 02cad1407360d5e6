#include "reportmap.h"

#include "canvas/canvasstyle.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/linkitem.h"
#include "model/document.h"
#include "reportcontent.h"
#include "reportfocus.h"
#include "reportoverview.h"
#include "reporttext.h"
#include "scenepainter.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cx::report {

namespace {

constexpr qreal minimumCardTextPt = 6;

// Where a tile may end: between lanes, and between the card slots of a lane.
QList<qreal> breakCandidates(const canvas::CanvasLayout& l)
{
    QList<qreal> cuts;
    const qreal slot = canvas::cardHeight + canvas::cardGap;
    for (const canvas::CanvasLayout::Row& r : l.rows) {
        // Just above a lane, so that the blueprint line and its label on the
        // lane's top edge open the next tile whole.
        if (r.top > l.gridTop())
            cuts.append(r.top - canvas::cellPadding);
        const int places =
            int(std::lround((r.height - 2 * canvas::cellPadding + canvas::cardGap) / slot));
        for (int k = 1; k < places; ++k)
            cuts.append(r.top + canvas::cellPadding + k * slot - canvas::cardGap / 2);
    }
    cuts.append(l.bounds.bottom());
    return cuts;
}

// The rows of tiles, [top, bottom) in scene units, for pages whose map area
// is height tall: as many lanes and cards as fit, cut only where allowed.
QList<QPair<qreal, qreal>> bandsFor(const canvas::CanvasLayout& l, const QList<qreal>& cuts,
                                    qreal height, qreal s)
{
    QList<QPair<qreal, qreal>> bands;
    qreal y = l.gridTop();
    const qreal end = l.bounds.bottom();
    while (y < end - 0.5) {
        const qreal headers = (bands.isEmpty() ? l.gridTop() : l.curveTop) * s;
        const qreal limit = y + (height - headers) / s;
        qreal next = y;
        for (qreal c : cuts) {
            if (c > y + 0.5 && c <= limit + 0.01)
                next = c; // cuts ascend: the last that fits
        }
        if (next <= y) // not even one card fits
            return {};
        bands.append({y, std::min(next, end)});
        y = next;
    }
    return bands;
}

// The same number of rows, as even as the cuts allow: the smallest height
// that still needs no more rows.
QList<QPair<qreal, qreal>> balancedBands(const canvas::CanvasLayout& l, const QList<qreal>& cuts,
                                         qreal height, qreal s)
{
    QList<QPair<qreal, qreal>> best = bandsFor(l, cuts, height, s);
    qreal low = 0, high = height;
    for (int i = 0; i < 24 && !best.isEmpty(); ++i) {
        const qreal mid = (low + high) / 2;
        const QList<QPair<qreal, qreal>> bands = bandsFor(l, cuts, mid, s);
        if (!bands.isEmpty() && bands.size() <= best.size()) {
            best = bands;
            high = mid;
        } else {
            low = mid;
        }
    }
    return best;
}

// The stage columns of the tiles: [first, end) each. The first tile column
// shows the lane headers, the others a slim rail (see MapPages::paintRail).
QList<QPair<int, int>> stageColumns(int stages, int firstFits, int otherFits)
{
    if (firstFits < 1 || otherFits < 1)
        return {};
    int count = 1;
    while (firstFits + (count - 1) * otherFits < stages)
        ++count;
    // As even as the room allows.
    QList<QPair<int, int>> columns;
    int start = 0;
    for (int c = 0; c < count; ++c) {
        const int fits = c == 0 ? firstFits : otherFits;
        const int n = std::min(fits, int(std::ceil(qreal(stages - start) / (count - c))));
        columns.append({start, start + n});
        start += n;
    }
    return columns;
}

// The tiles at scale s; empty when a stage column alone does not fit.
QList<MapTile> tilesAt(const canvas::CanvasLayout& l, const QList<qreal>& cuts, const QSizeF& area,
                       qreal rail, qreal s, bool balanced, int* rows, int* columns)
{
    const qreal stage = canvas::stageWidth * s;
    const QList<QPair<int, int>> stageRanges =
        stageColumns(int(l.columns.size()), int((area.width() - l.gridLeft() * s) / stage),
                     int((area.width() - rail) / stage));
    if (stageRanges.isEmpty())
        return {};
    *columns = int(stageRanges.size());

    const QList<QPair<qreal, qreal>> bands =
        balanced ? balancedBands(l, cuts, area.height(), s) : bandsFor(l, cuts, area.height(), s);
    if (bands.isEmpty())
        return {};
    *rows = int(bands.size());
    QList<MapTile> tiles;
    for (int r = 0; r < bands.size(); ++r) {
        for (int c = 0; c < *columns; ++c)
            tiles.append({r, c, stageRanges[c].first, stageRanges[c].second, bands[r].first,
                          bands[r].second});
    }
    return tiles;
}

} // namespace

qreal minimumMapScale()
{
    const qreal smallest =
        std::min(canvas::smallFont().pointSizeF(), canvas::titleFont().pointSizeF());
    return std::min(1.0, minimumCardTextPt / smallest);
}

MapPlan planMap(const canvas::CanvasLayout& layout, const QSizeF& wholeArea, const QSizeF& tileArea,
                qreal minScale, qreal rail)
{
    MapPlan plan;
    const QRectF b = layout.bounds;
    const qreal fit = std::min(wholeArea.width() / b.width(), wholeArea.height() / b.height());
    if (fit >= minScale) {
        plan.scale = std::min(1.0, fit);
        return plan;
    }
    // The largest scale between minScale and 100 % that needs the fewest pages.
    const QList<qreal> cuts = breakCandidates(layout);
    for (qreal s = 1.0; s >= minScale - 1e-9; s -= 0.01) {
        int rows = 0, columns = 0;
        QList<MapTile> tiles = tilesAt(layout, cuts, tileArea, rail, s, false, &rows, &columns);
        if (!tiles.isEmpty() && (!plan.tiled() || tiles.size() < plan.tiles.size())) {
            plan.tiles = std::move(tiles);
            plan.scale = s;
            plan.rows = rows;
            plan.columns = columns;
        }
    }
    if (plan.tiled()) // the same pages, filled evenly
        plan.tiles =
            tilesAt(layout, cuts, tileArea, rail, plan.scale, true, &plan.rows, &plan.columns);
    return plan;
}

MapPages::MapPages(Document& doc, Id journeyId, const std::optional<QSet<Id>>& bright,
                   const Styles& styles, const PageGeometry& geometry)
    : m_doc(doc), m_journeyId(journeyId), m_bright(bright), m_styles(styles), m_geometry(geometry),
      m_layout(canvas::CanvasLayout::compute(doc, journeyId, true))
{
    const QRectF content = geometry.content;
    const qreal gap = geometry.mm(3);
    const qreal title = styles.h2.lineHeight() + geometry.mm(1.5);
    const qreal single = title + layOutLegend(content.width()) + gap;

    // A tile's key: two more lines, and the overview on the right.
    const QRectF b = m_layout.bounds;
    const qreal boxW = geometry.mm(46), boxH = geometry.mm(20);
    const qreal k = std::min(boxW / b.width(), boxH / b.height());
    // A journey of thousands of stages (or lanes) is a thin strip: it keeps a
    // readable thickness, drawn out of proportion.
    const qreal thinnest = geometry.mm(3);
    m_overviewSize = QSizeF(std::max(b.width() * k, thinnest), std::max(b.height() * k, thinnest));
    const qreal keyWidth = content.width() - m_overviewSize.width() - geometry.mm(5);
    const qreal text =
        title + styles.small.lineHeight() + geometry.mm(1.5) + layOutLegend(keyWidth);
    const qreal tiled = std::max(text, m_overviewSize.height() + geometry.mm(1)) + gap;

    m_rail = geometry.mm(6);
    m_plan = planMap(m_layout, QSizeF(content.width(), content.height() - single),
                     QSizeF(content.width(), content.height() - tiled), minimumMapScale(), m_rail);
    m_keyHeight = m_plan.tiled() ? tiled : single;
    layOutLegend(m_plan.tiled() ? keyWidth : content.width());

    for (int c = 0; c < m_layout.columns.size(); ++c) {
        for (int r = 0; r < m_layout.rows.size(); ++r) {
            const int n =
                int(doc.cardIds(m_layout.columns[c].stageId, m_layout.rows[r].laneId).size());
            m_cellCounts.insert({c, r}, n);
            m_fullestCell = std::max(m_fullestCell, n);
        }
    }
}

MapPages::~MapPages() = default;

int MapPages::pageCount() const
{
    return focused() ? overviewPageCount() + int(m_shown.size()) : m_plan.pageCount();
}

int MapPages::overviewPageCount() const
{
    return m_overviewPages ? m_overviewPages->pageCount() : 0;
}

void MapPages::focus(const JourneyFocus& focus, const PageGeometry& overview, int firstPage)
{
    m_shown = chooseTiles(m_layout, m_plan, mapWeights(focus), mapDetailPages);
    m_overviewPages = std::make_unique<MapOverview>(overviewData(focus, m_layout, m_plan, m_shown),
                                                    m_styles, overview, firstPage);
}

void MapPages::release()
{
    m_painter.reset();
    m_scene.reset();
}

qreal MapPages::layOutLegend(qreal width)
{
    // The departments with a part in the journey, in department order.
    m_legend.clear();
    QSet<Id> present;
    bool unowned = false;
    for (Id id : m_doc.cardIdsOfJourney(m_journeyId)) {
        const Card* c = m_doc.card(id);
        unowned |= !m_doc.department(c->accountableId);
        present.insert(c->accountableId);
        for (Id d : c->contributingIds)
            present.insert(d);
    }
    QList<const Department*> shown;
    for (Id id : m_doc.departmentIds()) {
        if (present.contains(id))
            shown.append(m_doc.department(id));
    }
    if (unowned)
        shown.append(nullptr);
    const TextStyle& small = m_styles.small;
    const qreal lineH = std::max(chipHeight(m_styles.chip), small.lineHeight()) + m_geometry.mm(1);
    qreal x = 0, y = 0;
    QList<LegendItem> items;
    for (const Department* d : shown)
        items.append({shortNameOf(d),
                      canvas::departmentColor(d),
                      d ? d->name : ReportTr::tr("Unowned", "no accountable department"),
                      {},
                      0});
    if (m_bright) // a department report: what the faded cards are
        items.append({ReportTr::tr("faded", "legend chip: faded cards"),
                      QColor(0xb8, 0xbe, 0xc5),
                      ReportTr::tr("not theirs, nor reached by their chains"),
                      {},
                      0});
    for (LegendItem item : items) {
        item.chipWidth = chipWidth(m_styles.chip, item.chip);
        item.name = small.metrics.elidedText(item.name, Qt::ElideRight,
                                             width - item.chipWidth - m_geometry.mm(1));
        const qreal w =
            item.chipWidth + m_geometry.mm(1) + small.metrics.horizontalAdvance(item.name);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineH;
        }
        item.pos = QPointF(x, y);
        m_legend.append(item);
        x += w + m_geometry.mm(4);
    }
    return m_legend.isEmpty() ? 0 : y + lineH;
}

QString MapPages::keyText(const MapTile& t) const
{
    const auto stageName = [&](int i) {
        const Stage* s = m_doc.stage(m_layout.columns.value(i).stageId);
        return s ? s->name : QString();
    };
    int firstLane = -1, lastLane = -1;
    for (int r = 0; r < m_layout.rows.size(); ++r) {
        const auto& row = m_layout.rows[r];
        if (row.top < t.bottom - canvas::cellPadding && row.top + row.height > t.top + 0.5) {
            firstLane = firstLane < 0 ? r : firstLane;
            lastLane = r;
        }
    }
    QString text = t.endStage - t.firstStage == 1
                       ? ReportTr::tr("Stage %1 of %2 (%3)")
                             .arg(t.firstStage + 1)
                             .arg(m_layout.columns.size())
                             .arg(stageName(t.firstStage))
                       : ReportTr::tr("Stages %1–%2 of %3 (%4 to %5)")
                             .arg(t.firstStage + 1)
                             .arg(t.endStage)
                             .arg(m_layout.columns.size())
                             .arg(stageName(t.firstStage), stageName(t.endStage - 1));
    if (firstLane >= 0)
        text += firstLane == lastLane
                    ? ReportTr::tr(" · lane %1 of %2").arg(firstLane + 1).arg(m_layout.rows.size())
                    : ReportTr::tr(" · lanes %1–%2 of %3")
                          .arg(firstLane + 1)
                          .arg(lastLane + 1)
                          .arg(m_layout.rows.size());
    return text;
}

void MapPages::paint(QPainter& p, int index)
{
    if (focused() && index < overviewPageCount()) {
        m_overviewPages->paint(p, index);
        return;
    }
    if (focused())
        index = m_shown.value(index - overviewPageCount());
    if (!m_scene)
        makeScene();
    const MapTile* tile = m_plan.tiled() ? &m_plan.tiles[index] : nullptr;
    paintKey(p, tile);
    const QRectF content = m_geometry.content;
    const QPointF origin(content.left(), content.top() + m_keyHeight);
    p.save();
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (tile) {
        paintTile(p, *tile, origin);
    } else {
        const QRectF source = m_layout.bounds;
        const QSizeF size = source.size() * m_plan.scale;
        const QRectF target(QPointF(content.center().x() - size.width() / 2, origin.y()), size);
        m_painter->render(p, target, source);
    }
    p.restore();
}

// The canvas's scene. In a department report the cards outside it fade
// (opaque: no transparency on the PDF) and the links within it stand out,
// as under the canvas's lens.
void MapPages::makeScene()
{
    m_scene = std::make_unique<canvas::JourneyScene>();
    m_scene->setShowCurve(true);
    m_scene->setDocument(&m_doc, m_journeyId);
    m_scene->setShowLinks(true);
    m_scene->flush();
    if (m_bright) {
        for (QGraphicsItem* item : m_scene->items()) {
            if (item->type() == canvas::CardItem::Type) {
                auto* card = static_cast<canvas::CardItem*>(item);
                card->setFaded(!m_bright->contains(card->cardId()));
            } else if (item->type() == canvas::LinkItem::Type) {
                auto* link = static_cast<canvas::LinkItem*>(item);
                link->setEmphasised(m_bright->contains(link->fromCard()) &&
                                    m_bright->contains(link->toCard()));
            }
        }
    }
    m_painter = std::make_unique<ScenePainter>(m_scene.get());
}

QRectF MapPages::tileSceneRect(const MapTile& t) const
{
    const qreal left = t.column == 0 ? 0 : m_layout.columns[t.firstStage].left;
    const qreal right = t.endStage >= m_layout.columns.size() ? m_layout.bounds.right()
                                                              : m_layout.columns[t.endStage].left;
    const qreal top = t.row == 0 ? 0 : t.top;
    return QRectF(QPointF(left, top), QPointF(right, t.bottom));
}

void MapPages::paintTile(QPainter& p, const MapTile& t, const QPointF& origin) const
{
    const qreal s = m_plan.scale;
    const int stages = int(m_layout.columns.size());
    const qreal x0 =
        t.firstStage < stages ? m_layout.columns[t.firstStage].left : m_layout.gridLeft();
    qreal x1 = t.endStage < stages ? m_layout.columns[t.endStage].left : m_layout.gridRight();
    const bool laneHeaders = t.column == 0;
    const qreal laneW = laneHeaders ? m_layout.gridLeft() * s : m_rail;
    // The last column keeps the room on the right (links loop there) if it fits.
    if (t.endStage >= stages &&
        laneW + (m_layout.bounds.right() - x0) * s <= m_geometry.content.width())
        x1 = m_layout.bounds.right();
    const qreal headerH = t.row == 0 ? m_layout.gridTop() : m_layout.curveTop;
    const auto draw = [&](const QRectF& source, const QPointF& at) {
        m_painter->render(p, QRectF(at, source.size() * s), source);
    };
    const qreal bodyTop = origin.y() + headerH * s;
    const qreal bodyLeft = origin.x() + laneW;
    const qreal bodyH = (t.bottom - t.top) * s;
    if (laneHeaders) {
        draw(QRectF(0, 0, m_layout.gridLeft(), headerH), origin);
        draw(QRectF(0, t.top, m_layout.gridLeft(), t.bottom - t.top), QPointF(origin.x(), bodyTop));
    } else {
        paintRail(p, t, QRectF(origin.x(), bodyTop, m_rail, bodyH));
    }
    draw(QRectF(x0, 0, x1 - x0, headerH), QPointF(bodyLeft, origin.y()));
    draw(QRectF(x0, t.top, x1 - x0, t.bottom - t.top), QPointF(bodyLeft, bodyTop));
    // Thin white seams where the repeated headers meet the tile.
    p.setPen(rulePen(QColor(255, 255, 255), m_geometry.mm(0.4)));
    p.drawLine(QPointF(bodyLeft, origin.y()), QPointF(bodyLeft, bodyTop + bodyH));
    p.drawLine(QPointF(origin.x(), bodyTop), QPointF(bodyLeft + (x1 - x0) * s, bodyTop));
}

// The lanes' names, turned, beside a tile that is not the first of its row.
void MapPages::paintRail(QPainter& p, const MapTile& t, const QRectF& rail) const
{
    const TextStyle& style = m_styles.caption;
    const qreal s = m_plan.scale;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (int r = 0; r < m_layout.rows.size(); ++r) {
        const canvas::CanvasLayout::Row& row = m_layout.rows[r];
        const qreal top = std::max(row.top, t.top),
                    bottom = std::min(row.top + row.height, t.bottom);
        if (bottom - top < 1)
            continue;
        const QRectF band(rail.left(), rail.top() + (top - t.top) * s, rail.width(),
                          (bottom - top) * s);
        p.setPen(Qt::NoPen);
        p.setBrush(r % 2 ? palette::headerFill : palette::groupFill);
        p.drawRect(band.adjusted(0, 0, -m_geometry.mm(0.8), 0));
        const Lane* lane = m_doc.lane(row.laneId);
        const QString name =
            style.metrics.elidedText(lane ? lane->name.toUpper() : QString(), Qt::ElideRight,
                                     band.height() - m_geometry.mm(2));
        if (name.isEmpty())
            continue;
        p.save();
        p.translate(band.left() + (band.width() - m_geometry.mm(0.8)) / 2 +
                        style.metrics.ascent() / 2 - style.metrics.descent() / 2,
                    band.center().y() + style.metrics.horizontalAdvance(name) / 2);
        p.rotate(-90);
        p.setFont(style.font);
        p.setPen(palette::navy);
        p.drawText(QPointF(0, 0), name);
        p.restore();
    }
    p.restore();
}

void MapPages::paintKey(QPainter& p, const MapTile* tile) const
{
    const QRectF content = m_geometry.content;
    const qreal textWidth =
        tile ? content.width() - m_overviewSize.width() - m_geometry.mm(5) : content.width();
    qreal y = content.top();
    // "Journey map", and on the right which part of it this is.
    const QString title = ReportTr::tr("Journey map");
    wrapText(title, m_styles.h2, textWidth, 1).paint(p, QPointF(content.left(), y));
    const QString scale =
        ReportTr::tr("scale %1 %, card titles at %2 pt")
            .arg(std::lround(m_plan.scale * 100))
            .arg(QString::number(canvas::titleFont().pointSizeF() * m_plan.scale, 'f', 1));
    QString where = tile ? ReportTr::tr("Part %1 of %2: row %3 of %4, column %5 of %6")
                               .arg(tile->row * m_plan.columns + tile->column + 1)
                               .arg(m_plan.tiles.size())
                               .arg(tile->row + 1)
                               .arg(m_plan.rows)
                               .arg(tile->column + 1)
                               .arg(m_plan.columns)
                         : ReportTr::tr("The whole map, ") + scale;
    if (tile && focused()) // which of the detail pages, of which part of the whole
        where = ReportTr::tr("Detail %1 of %2 · ")
                    .arg(m_shown.indexOf(int(tile - m_plan.tiles.data())) + 1)
                    .arg(m_shown.size()) +
                where;
    const qreal room = textWidth - m_styles.h2.metrics.horizontalAdvance(title) - m_geometry.mm(4);
    TextBox part = wrapText(where, m_styles.smallBold, room, 1, Qt::AlignRight);
    part.width = textWidth;
    part.color = palette::navy;
    part.paint(p, QPointF(content.left(),
                          y + m_styles.h2.metrics.ascent() - m_styles.smallBold.metrics.ascent()));
    y += m_styles.h2.lineHeight() + m_geometry.mm(1.5);
    if (tile) {
        wrapText(keyText(*tile) + QStringLiteral(" \u00b7 ") + scale, m_styles.small, textWidth, 1)
            .paint(p, QPointF(content.left(), y));
        y += m_styles.small.lineHeight() + m_geometry.mm(1.5);
        const QRectF box(QPointF(content.right() - m_overviewSize.width(), content.top()),
                         m_overviewSize);
        paintOverview(p, box, *tile);
    }
    paintLegend(p, QPointF(content.left(), y));
}

void MapPages::paintLegend(QPainter& p, const QPointF& topLeft) const
{
    const TextStyle& small = m_styles.small;
    const qreal chipH = chipHeight(m_styles.chip);
    for (const LegendItem& item : m_legend) {
        const QPointF at = topLeft + item.pos;
        drawChip(p, QRectF(at, QSizeF(item.chipWidth, chipH)), item.chip, item.color,
                 m_styles.chip);
        p.setFont(small.font);
        p.setPen(small.color);
        p.drawText(QPointF(at.x() + item.chipWidth + m_geometry.mm(1),
                           at.y() + (chipH - small.metrics.height()) / 2 + small.metrics.ascent()),
                   item.name);
    }
}

// The shape of the whole map (cells darker with more cards) and the tiles'
// grid: one image, drawn once per page, that the PDF stores once.
QImage MapPages::overviewImage(const QSizeF& size) const
{
    const qreal zoom = 4; // sharp enough in print
    QImage image((size * zoom).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(palette::groupFill);
    QPainter p(&image);
    const qreal kx = image.width() / m_layout.bounds.width();
    const qreal ky = image.height() / m_layout.bounds.height();
    const auto map = [kx, ky](const QRectF& r) {
        return QRectF(r.left() * kx, r.top() * ky, r.width() * kx, r.height() * ky);
    };
    p.setPen(Qt::NoPen);
    for (auto it = m_cellCounts.cbegin(); it != m_cellCounts.cend(); ++it) {
        if (it.value() == 0)
            continue;
        const qreal share = std::sqrt(qreal(it.value()) / m_fullestCell);
        QColor c = palette::navy;
        c.setAlphaF(float(0.12 + 0.45 * share));
        p.setBrush(c);
        p.drawRect(map(m_layout.cellRect(it.key().first, it.key().second)));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette::muted, zoom * m_geometry.mm(0.15)));
    for (const MapTile& t : m_plan.tiles)
        p.drawRect(map(tileSceneRect(t)));
    return image;
}

void MapPages::paintOverview(QPainter& p, const QRectF& box, const MapTile& current) const
{
    if (!m_overviewMade) {
        m_overview = overviewImage(box.size());
        m_overviewMade = true;
    }
    p.save();
    p.drawImage(box, m_overview);
    const qreal kx = box.width() / m_layout.bounds.width();
    const qreal ky = box.height() / m_layout.bounds.height();
    const QRectF r = tileSceneRect(current);
    QColor fill = palette::accent;
    fill.setAlphaF(0.35f);
    p.setBrush(fill);
    p.setPen(QPen(palette::accent, m_geometry.mm(0.5)));
    p.drawRect(QRectF(box.left() + r.left() * kx, box.top() + r.top() * ky, r.width() * kx,
                      r.height() * ky));
    p.restore();
}

} // namespace cx::report
