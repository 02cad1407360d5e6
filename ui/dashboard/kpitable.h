#pragma once

// The KPI table of the dashboard: card, department, KPI, value, target, unit
// and status, one row per KPI, off-target rows first (see
// dashboard::kpiRows and analysis::kpiStatus for the direction of each kind).
// The table is as tall as its rows: the dashboard scrolls, not the table.
// When narrow (a dock), it is compact: the card's title goes under the KPI's
// name, the target and the unit under the value, in two-line rows.

#include "dashboarddata.h"

#include <QTableWidget>

namespace cx {

class Document;

class KpiTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CardColumn,
        DepartmentColumn,
        KpiColumn,
        ValueColumn,
        TargetColumn,
        UnitColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int CardIdRole = Qt::UserRole;
    static constexpr int CompactTextRole = Qt::UserRole + 1; // first line when compact
    static constexpr int DetailRole = Qt::UserRole + 2;      // second line when compact
    static constexpr int compactBelow = 640;                 // table width

    explicit KpiTable(QWidget* parent = nullptr);

    // Shows the rows; doc names the cards and departments.
    void setRows(const Document& doc, const QList<dashboard::KpiRow>& rows);
    Id cardAt(int row) const;
    bool isCompact() const { return m_compact; }

    // The status text of a row: "▼ off target", "on target", "no target"...
    static QString statusText(analysis::KpiStatus status);

signals:
    // The user clicked a row or pressed Enter on it.
    void cardActivated(cx::Id cardId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setCompact(bool compact);
    void addRow(int row, const Document& doc, const dashboard::KpiRow& kpi);
    void fitHeight();

    bool m_compact = false;
};

} // namespace cx
