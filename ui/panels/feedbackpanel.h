#pragma once

// The Feedback dock: the map's customer feedback where a department works
// through it. "Unsorted" is the inbox an import leaves (each item's words,
// what its card column said and the cards it could mean); "All feedback" is
// every item with its card, filtered by department, kind and words. Assign to
// Card… (Ctrl+Shift+A; or drag items onto a card on the canvas), Show Card,
// Edit…, Redact and Delete act on the selection, every change through
// core/commands/edit.h. The list is a lazy model (FeedbackModel), rebuilt
// once per burst of changes and only while the dock is on screen
// (PanelRefresh): 100,000 items stay responsive.

#include "feedbackmodel.h"

#include "model/result.h"
#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTreeView;

namespace cx {

class Document;
class PanelRefresh;

class FeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackPanel(QWidget* parent = nullptr);

    void setDocument(Document* doc);
    void setView(FeedbackModel::View view);

    // The actions on the selection; each asks what it needs.
    void assignSelected();
    void showCard();
    void editCurrent();
    void redactSelected();
    void removeSelected();

    QList<Id> selectedIds() const;
    // Selects the item (and makes it current) when it is listed.
    void selectItem(Id feedbackId);
    QTreeView* list() const { return m_list; }
    FeedbackModel* model() const { return m_model; }
    PanelRefresh* refresher() const { return m_refresh; }

    QSize sizeHint() const override;

signals:
    // Show Card: the card an item is on.
    void cardActivated(cx::Id cardId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void sizeColumns();
    void rebuild();
    void rebuildDepartments();
    void applyFilter();
    void updateDetails();
    void showError(const Error& err);
    QPushButton* addButton(const QString& text, const char* name, const QString& tip,
                           const QKeySequence& key, void (FeedbackPanel::*slot)());

    QPointer<Document> m_doc;
    FeedbackModel* m_model = nullptr;
    PanelRefresh* m_refresh = nullptr;
    QTabBar* m_tabs = nullptr;
    QWidget* m_filters = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_list = nullptr;
    QLabel* m_about = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QList<QPushButton*> m_buttons; // assign, show, edit, redact, delete
    QLabel* m_message = nullptr;
    bool m_sized = false; // the columns were fitted to the first width shown
};

} // namespace cx
