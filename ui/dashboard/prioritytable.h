#pragma once

// The dashboard's "Priorities by department": per department (by position,
// the unowned last, those with nothing to rank left out) its top pain points
// and top opportunities by the priority score (core/analysis/priority.h), one
// row each: score, card title (elided; the tooltip has it whole) and stage.
// A department row and a "Pain points" / "Opportunities" row head each group.
// The list is as tall as its rows: the dashboard scrolls, not the list. The
// stage sits beside the title, as wide as the titles need; when narrow (a
// dock), it is compact: the stage goes under the title, smaller.

#include "analysis/priority.h"

#include <QTreeWidget>

namespace cx {

class Document;

class PriorityTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ScoreColumn,
        CardColumn,
        StageColumn,
        ColumnCount
    };
    static constexpr int CardIdRole = Qt::UserRole;         // 0 on the heading rows
    static constexpr int DepartmentRole = Qt::UserRole + 1; // on the department rows
    static constexpr int StageRole = Qt::UserRole + 2;      // the title cell's stage
    static constexpr int perKind = 3;        // pain points and opportunities per department
    static constexpr int compactBelow = 520; // table width

    explicit PriorityTable(QWidget* parent = nullptr);

    // Shows the groups; doc names the cards, stages and departments. With
    // journeyNames, a stage reads "Journey › Stage" (every journey at once).
    void setGroups(const Document& doc, const QList<analysis::DepartmentPriorities>& groups,
                   bool journeyNames);
    Id cardAt(const QTreeWidgetItem* item) const;
    // The card rows, top to bottom.
    QList<QTreeWidgetItem*> cardRows() const;
    bool isCompact() const { return m_compact; }

signals:
    // The user clicked a card row or pressed Enter on it.
    void cardActivated(cx::Id cardId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void addDepartment(const Document& doc, Id departmentId);
    void addHeading(const QString& text);
    void addCard(const Document& doc, const analysis::PriorityItem& item, bool journeyNames);
    void fitColumns();
    void fitHeight();

    bool m_compact = false;
    int m_scoreWidth = 0; // the widest score, in bold
    int m_titleWidth = 0; // the widest title text
    int m_stageWidth = 0; // the widest stage text
};

} // namespace cx
