#pragma once

// The Compare dock: a future-state journey against the current-state journey
// it was cloned from (see core/analysis/compare.h). A summary line, the
// emotion curves of both states in one chart (its legend says which line is
// which), the emotion stage by stage with its change, and the cards that were
// added, removed or changed. One scroll for the whole panel: the table and the
// card list are as tall as their rows, and long titles wrap, so no row is ever
// cut off. The panel only reads the Document and follows its change signals
// through a PanelRefresh: one refresh per turn of the event loop, none while
// the dock is hidden (behind the Inspector, say).

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QLabel;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;

namespace cx {

class Document;
class PanelRefresh;

namespace analysis {
struct JourneyComparison;
struct CardMatch;
} // namespace analysis

class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(QWidget* parent = nullptr);
    ~ComparePanel() override;

    // nullptr clears the panel.
    void setDocument(Document* doc);
    Document* document() const;

    // The journey to compare with its counterpart (analysis::counterpartJourney):
    // a current journey with its future state, or a future one with its source.
    // 0 or a journey without one shows a hint instead.
    void setJourney(Id journeyId);
    Id journey() const { return m_journey; }

    // The pair on show; 0 when there is none.
    Id currentJourney() const { return m_current; }
    Id futureJourney() const { return m_future; }

    // When the panel rebuilds (tests count its rebuilds).
    PanelRefresh* refresher() const { return m_refresh; }

signals:
    // The user clicked a card row or pressed Enter on it: a removed card's id
    // in the current journey, else the card's id in the future journey.
    void cardActivated(cx::Id cardId);

private:
    void createTrees();
    QWidget* createContent();
    void connectDocument();
    void refresh();
    void fillChart(const analysis::JourneyComparison& comparison);
    void fillStages(const analysis::JourneyComparison& comparison);
    void fillCards(const analysis::JourneyComparison& comparison);
    QTreeWidgetItem* addGroup(const QString& title, int count, int key);
    QTreeWidgetItem* addCardRow(QTreeWidgetItem* group, Id cardId);
    void addChanges(QTreeWidgetItem* row, const analysis::CardMatch& match);
    void onCardItem(QTreeWidgetItem* item);
    void fitCardList();

    QPointer<Document> m_doc;
    Id m_journey = 0;
    Id m_current = 0;
    Id m_future = 0;
    QList<int> m_collapsed; // groups the user folded

    PanelRefresh* m_refresh = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_emotion = nullptr;
    QTreeWidget* m_stages = nullptr;
    QTreeWidget* m_cards = nullptr;
};

} // namespace cx
