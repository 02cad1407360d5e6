#pragma once

// The Dashboard: the department and stage numbers of one journey at a glance.
// A scrolling grid of sections (one column in a narrow dock, two in a wide
// tab):
//   1. cards per stage, stacked by accountable department;
//   2. the emotion curve per stage, with the future state's when the journey
//      has one (or the current state's, for a future-state journey);
//   3. pain points per department;
//   4. the department x stage coverage heatmap (CoverageHeatmap);
//   5. priorities by department: each one's top pain points and
//      opportunities by the priority score (PriorityTable);
//   6. the KPIs against their targets, off-target first (KpiTable).
// 5 and 6 take the whole width. With a department lens, 1 and 4 dim the other
// departments, 3 marks the lens bar, 5 shows only the lens department and 6
// keeps only the lens department's cards; section titles say so.
//
// Like the DepartmentPanel it reads the Document and follows its change
// signals through a PanelRefresh: one refresh per turn of the event loop, and
// while the dashboard is hidden (a dock behind another) none until it shows.
//
// In a window: put it in a dock or a tab, call setDocument when a map opens,
// setJourney and setLens whenever the window's journey and lens change, and
// connect cardActivated to whatever selects a card on the canvas.

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace cx {

class CoverageHeatmap;
class Document;
class KpiTable;
class PanelRefresh;
class PriorityTable;

namespace analysis {
struct Rollups;
struct PriorityItem;
} // namespace analysis

class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(QWidget* parent = nullptr);
    ~Dashboard() override;

    // nullptr clears the dashboard. The journey becomes the document's first
    // one unless the current journey belongs to it; the lens falls back to All.
    void setDocument(Document* doc);
    Document* document() const;

    // The journey the numbers come from; 0 = every journey of the document.
    void setJourney(Id journeyId);
    Id journey() const { return m_journey; }

    // The department to highlight; 0 = all departments. An unknown id counts as 0.
    void setLens(Id departmentId);
    Id lens() const { return m_lens; }

    // Brings a pending refresh forward (tests, or a caller about to grab()).
    void refreshNow();
    // When the dashboard rebuilds (tests count its rebuilds).
    PanelRefresh* refresher() const { return m_refresh; }

signals:
    // The user clicked a priority or KPI row (or pressed Enter on it).
    void cardActivated(cx::Id cardId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum SectionIndex // m_sections, in reading order
    {
        StageBarsSection,
        EmotionSection,
        PainSection,
        HeatmapSection,
        PrioritySection,
        KpiSection,
        FeedbackSection
    };
    struct Section
    {
        QWidget* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* note = nullptr;
        bool wide = false; // takes a row of its own, across every column
    };
    const Section& addSection(const QString& name, QWidget* content, const QString& note = {},
                              bool wide = false);
    void createSections();
    void relayout(int columns);
    void connectDocument();
    void refresh();
    void updateHeading();
    void fillStageBars(const analysis::Rollups& rollups, const QStringList& stages);
    void fillEmotion(const DocumentData& data);
    void fillPainPoints(const analysis::Rollups& rollups,
                        const QList<analysis::PriorityItem>& ranked);
    void fillHeatmap(const analysis::Rollups& rollups, const QStringList& stages);
    void fillPriorities(const DocumentData& data);
    void fillKpis(const DocumentData& data);
    // Customer feedback and recognition on the journey (dashboardfeedback.cpp).
    void fillFeedback(const DocumentData& data);
    QString lensName() const;

    QPointer<Document> m_doc;
    Id m_journey = 0;
    Id m_lens = 0;
    int m_columns = 0;

    PanelRefresh* m_refresh = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_reviews = nullptr; // "12 of 20 ... cards reviewed in the last 90 days"
    QList<Section> m_sections;   // in reading order
    QChartView* m_stageBars = nullptr;
    QChartView* m_emotion = nullptr;
    QChartView* m_pain = nullptr;
    CoverageHeatmap* m_heatmap = nullptr;
    PriorityTable* m_priorities = nullptr;
    KpiTable* m_kpis = nullptr;
    QLabel* m_feedback = nullptr;
};

} // namespace cx
