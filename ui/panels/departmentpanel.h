#pragma once

// The Departments dock: every department with its counts in the current
// journey and, for the selected one (the lens): the customer moments its
// cards feed, its pain points and opportunities ranked by the priority score
// (core/analysis/priority.h), then its cards by stage. The panel reads the Document, changes it
// only through core/commands/edit.h and follows its change signals through a PanelRefresh: one
// refresh per turn of the event loop, none while hidden.

#include "model/types.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cx {

class Document;
class PanelRefresh;

namespace analysis {
struct Rollup;
struct Rollups;
} // namespace analysis

class DepartmentPanel : public QWidget
{
    Q_OBJECT

public:
    // The data of the rows of the panel's trees.
    static constexpr int IdRole = Qt::UserRole;        // department or card id (0 = none)
    static constexpr int GroupRole = Qt::UserRole + 1; // key of a group row (see m_collapsed)

    explicit DepartmentPanel(QWidget* parent = nullptr);
    ~DepartmentPanel() override;

    // nullptr clears the panel. The journey becomes the document's first one
    // unless the current journey belongs to it; the lens falls back to All.
    void setDocument(Document* doc);
    Document* document() const;

    // The journey the counts and cards come from; 0 = the whole document.
    void setJourney(Id journeyId);
    Id journey() const { return m_journey; }

    // The department shown below the list; 0 = all departments. An unknown id
    // counts as 0. Does not emit lensChanged.
    void setLens(Id departmentId);
    Id lens() const { return m_lens; }

    // When the panel rebuilds (tests count its rebuilds).
    PanelRefresh* refresher() const { return m_refresh; }

public slots:
    // The buttons under the list; public so that menus can offer them too.
    void addDepartment();
    void editDepartment();   // the lens
    void removeDepartment(); // the lens; asks who takes over its cards
    void moveDepartmentUp() { moveLens(-1); }
    void moveDepartmentDown() { moveLens(+1); }

signals:
    // The user picked a department (0 = "All departments"), or the lens
    // department disappeared and the panel fell back to All.
    void lensChanged(cx::Id departmentId);
    // The user clicked a card row or pressed Enter on it.
    void cardActivated(cx::Id cardId);

private:
    QWidget* createListPart();
    QWidget* createDetailsPart();
    void createCardTree(QWidget* parent);
    QToolButton* addButton(QHBoxLayout* row, const QString& text, const QString& name,
                           void (DepartmentPanel::*slot)());
    void connectDocument();
    void refresh();
    void fillDepartmentList(const analysis::Rollups& rollups);
    QTreeWidgetItem* addListRow(Id id, const QString& name, const QPixmap& chip,
                                const analysis::Rollup& counts, const QString& note);
    void fillDetails(const DocumentData& data);
    void addCardGroups();
    void addImpactSection(const DocumentData& data);
    void addPrioritySections(const DocumentData& data);
    void addReviewSection(); // departmentcards.cpp
    // What customers said about its cards in the period, and the praise its
    // work earned (departmentfeedback.cpp).
    void addFeedbackSection(const DocumentData& data);
    // A row that is no card: a group heading (no parent) or a note.
    static QTreeWidgetItem* plainRow(QTreeWidgetItem* parent, const QString& text, qint64 key);
    void markAllReviewed();
    void showDigest();
    void updateButtons();
    void onDepartmentPicked(QTreeWidgetItem* item);
    void onCardItem(QTreeWidgetItem* item);
    void moveLens(int delta);

    QPointer<Document> m_doc;
    Id m_journey = 0;
    Id m_lens = 0;
    Id m_detailsLens = -1;    // the lens the card tree was last built for
    QSet<qint64> m_collapsed; // group rows the user folded: stage ids, impactKey...

    PanelRefresh* m_refresh = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeWidget* m_list = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_edit = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_chip = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_head = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_reviews = nullptr;           // "12 of 20 ... reviewed in the last 90 days"
    QToolButton* m_markReviewed = nullptr; // every card it owns on the journey
    QToolButton* m_digest = nullptr;       // DigestDialog
    QTreeWidget* m_cards = nullptr;
};

} // namespace cx
