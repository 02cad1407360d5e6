#pragma once

// The Outline dock: the document's journeys, each with its stages and lanes.
// Clicking a journey shows it on the canvas; clicking a stage or lane scrolls
// to it; double-click or F2 renames in place; a lane's context menu changes
// its kind. It reads the Document, changes
// it only through core/commands/edit.h and follows its change signals,
// coalesced into one refresh per turn of the event loop.

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cx {

class Document;

class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        None,
        Journey,
        Stage,
        Lane
    };
    struct Selection
    {
        Kind kind = Kind::None;
        Id id = 0;
    };

    explicit OutlinePanel(QWidget* parent = nullptr);

    void setDocument(Document* doc);
    // The journey on the canvas: shown in bold, expanded.
    void setCurrentJourney(Id journeyId);
    Selection selection() const;
    QTreeWidget* tree() const { return m_tree; }

    // Refreshes now instead of on the next turn of the event loop.
    void flush();

signals:
    void journeyActivated(cx::Id journeyId);
    void stageActivated(cx::Id stageId);
    void laneActivated(cx::Id laneId);
    void selectionChanged();

private:
    void scheduleRefresh();
    void refresh();
    void onItemClicked(QTreeWidgetItem* item);
    void onItemChanged(QTreeWidgetItem* item, int column);
    void showContextMenu(const QPoint& pos);

    QPointer<Document> m_doc;
    Id m_journey = 0;
    QTreeWidget* m_tree = nullptr;
    QTimer* m_refreshTimer = nullptr;
    bool m_filling = false;
};

} // namespace cx
