#pragma once

// The comments on one card, oldest first, each with its author and time;
// a field to write a new one (Ctrl+Enter or Add) under the name the user
// gave last time (asked for once, then remembered), and Delete for the
// selected one. Every change is an edit
// (core/commands/edit.h); the box follows the card's change signals.

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cx {

class Document;

class CommentsBox : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsBox(QWidget* parent = nullptr);

    void setDocument(Document* doc);
    void setCard(Id cardId); // 0 = none

    // Adds what is typed as a comment by the author given (one undo step).
    void addTypedComment();
    // Puts the cursor in the field for a new comment.
    void focusNewComment();

signals:
    // Esc in the comment field: back to where the user came from.
    void finished();

private:
    void refresh();
    void removeSelected();
    bool askAuthor(); // false when the user gives no name
    void showMessage(const QString& text);

    QPointer<Document> m_doc;
    Id m_card = 0;
    QListWidget* m_list = nullptr;
    QLineEdit* m_author = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cx
