#pragma once

// The overview of a journey whose map would need more than mapPageLimit
// pages (report.h, "any size"): on one page, or two when there are too many
// stages, a grid of stages (columns) by lanes (rows), each cell with its
// cards and pain points, the stage emotion along the top, which cells the
// detail pages after it show, and the top impact chains. Every text stays
// >= 6 pt: when even two pages cannot give each stage a column, a column
// holds a few stages (and a row a few lanes), said so on the page.

#include "canvas/canvaslayout.h"
#include "reportmap.h"
#include "reportstyle.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace cx::report {

class JourneyFocus;

struct OverviewData
{
    QStringList stages;                   // names, in order
    QList<std::optional<double>> emotion; // the stage emotion of each stage
    QStringList lanes;                    // names, in order
    QList<QList<int>> cards;              // [lane][stage]: the cell's cards
    QList<QList<int>> pains;              // [lane][stage]: of them, pain points
    QList<QList<bool>> detailed;          // [lane][stage]: shown (in part) on a detail page
    int mapPages = 0;                     // the whole map's pages at a readable size
    int detailPages = 0;                  // the detail pages after the overview
    QString detailReasons;                // what they hold ("the top impact chains, ...")
    QStringList chains;                   // the top impact chains, one line each
};

// The tiles of plan the detail pages show: the at most max that weigh the
// most (weights: card id -> weight; a tile weighs what its cards weigh), in
// map order. A tile that weighs nothing is never shown.
QList<int> chooseTiles(const canvas::CanvasLayout& layout, const MapPlan& plan,
                       const QHash<Id, int>& weights, int max);

// The weight of each card of the journey that weighs something
// (JourneyFocus::mapWeight).
QHash<Id, int> mapWeights(const JourneyFocus& focus);

// What the overview of the journey shows, with the tiles shown in detail.
OverviewData overviewData(const JourneyFocus& focus, const canvas::CanvasLayout& layout,
                          const MapPlan& plan, const QList<int>& shown);

class MapOverview
{
public:
    // firstPage: the page number of the overview's first page (1-based).
    MapOverview(OverviewData data, const Styles& styles, const PageGeometry& geometry,
                int firstPage);
    int pageCount() const { return int(m_parts.size()); }
    void paint(QPainter& p, int part) const;

private:
    struct Range
    {
        int first = 0;
        int end = 0; // [first, end)
    };
    void layOut(bool compact);
    QString introText() const;
    QString legendDetailText() const;
    QString rangeText(const Range& r) const;
    void layOutLegend();
    qreal paintCurve(QPainter& p, qreal top, const Range& part) const;
    qreal paintHeader(QPainter& p, qreal top, const Range& part) const;
    qreal paintRows(QPainter& p, qreal top, const Range& part) const;
    void paintLegend(QPainter& p, qreal top) const;
    qreal paintChains(QPainter& p, qreal top) const;
    std::optional<double> emotionOf(const Range& stages) const;
    int sum(const QList<QList<int>>& grid, const Range& lanes, const Range& stages) const;
    bool anyDetailed(const Range& lanes, const Range& stages) const;
    qreal columnX(int column) const; // left of a column, on its page

    OverviewData m_data;
    const Styles& m_styles;
    PageGeometry m_geometry;
    int m_firstPage = 1;
    QList<Range> m_columns; // stages per column
    QList<Range> m_rows;    // lanes per row
    QList<Range> m_parts;   // columns per page
    bool m_compact = false; // a line a lane: the cards and pain points side by side
    int m_stagesPerColumn = 1;
    int m_lanesPerRow = 1;
    int m_fullest = 1; // cards in the fullest cell (of the columns and rows shown)
    qreal m_laneW = 0;
    qreal m_columnW = 0;
    qreal m_rowH = 0;
    qreal m_headerH = 0;
    qreal m_curveH = 0;
    qreal m_legendH = 0;
    struct LegendItem
    {
        int kind = 0; // 0 shades, 1 pain dot, 2 detail outline
        QString text;
        QPointF pos; // relative to the legend's top left
    };
    QList<LegendItem> m_legend;
};

} // namespace cx::report
