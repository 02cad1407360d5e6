#pragma once

// A card's customer feedback in the Inspector: how many items, their mean
// sentiment, praise and complaints, and each item (kind, sentiment, source,
// date, segment, the words wrapped; "Words redacted" in grey once redacted),
// with Add…, Edit…, Move to Card…, Redact and Delete (the Delete key in the
// list). Every change is an edit (core/commands/edit.h, undoable); redacting
// and deleting ask first. Where feedback cannot be changed (a read-only map,
// a team map) the buttons are off and say why.

#include "model/result.h"
#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace cx {

class Document;

class FeedbackBox : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackBox(QWidget* parent = nullptr);

    void setDocument(Document* doc);
    void setCard(Id cardId); // 0 = none

    // The actions, also for the menus; each asks what it needs.
    void addFeedback();
    void editCurrent();
    void moveSelected();
    void redactSelected();
    void removeSelected();

    QListWidget* list() const { return m_list; }
    // The ids of the selected items, in list order.
    QList<Id> selectedIds() const;

    // How many items the list shows at most; the rest are in the Feedback panel.
    static constexpr int shownAtMost = 200;

private:
    void refresh();
    void updateButtons();
    void showError(const Error& err);

    QPointer<Document> m_doc;
    Id m_card = 0;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_redact = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cx
