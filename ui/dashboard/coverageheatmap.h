#pragma once

// The department x stage coverage heatmap of the dashboard: one row per
// department, one column per stage. A cell holds the number of cards the
// department owns or contributes to in that stage, on the colour of their mean
// emotion (orange -2 .. grey 0 .. blue +2, see dashboard::emotionHeatColor);
// a cell without cards stays empty, one whose cards have no emotion is white.
// With a lens, the other rows are dimmed and the lens row is framed.
//
// It paints itself from plain values; the Dashboard fills it. Its height
// follows its width (stage names turn upright when the columns get narrow).

#include "model/types.h"

#include <QStringList>
#include <QWidget>

#include <optional>

namespace cx {

class CoverageHeatmap : public QWidget
{
    Q_OBJECT

public:
    struct Cell
    {
        int owned = 0;
        int contributed = 0;
        std::optional<double> meanEmotion; // over the cards that have an emotion
        int count() const { return owned + contributed; }
    };
    struct Row
    {
        Id departmentId = 0; // 0 = the unowned cards
        QString name;
        QString shortName;
        QColor color;
        QList<Cell> cells; // one per stage
    };

    explicit CoverageHeatmap(QWidget* parent = nullptr);

    void setData(const QStringList& stages, const QList<Row>& rows);
    QStringList stages() const { return m_stages; }
    const QList<Row>& rows() const { return m_rows; }
    // The cell's number (owned + contributed); -1 when there is no such cell.
    int count(Id departmentId, int stageIndex) const;

    // The department to highlight; 0 = none.
    void setLens(Id departmentId);
    Id lens() const { return m_lens; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry
    {
        int rowHeader = 0;    // width of the department names
        int columnHeader = 0; // height of the stage names
        int cellWidth = 0;
        int cellHeight = 0;
        bool upright = false; // stage names read bottom to top
        bool fullNames = false;
        int legendTop = 0;
        int height = 0;
    };
    Geometry geometryFor(int width) const;
    QRect cellRect(const Geometry& g, int row, int column) const;
    void paintHeaders(QPainter& p, const Geometry& g);
    void paintCells(QPainter& p, const Geometry& g);
    void paintLegend(QPainter& p, const Geometry& g);
    QString cellDescription(int row, int column) const;
    void updateDescription();

    QStringList m_stages;
    QList<Row> m_rows;
    Id m_lens = 0;
};

} // namespace cx
