#pragma once

// The Inspector's page for a selected link: its from and to cards (a click
// away on the canvas), its type and label, and Reverse and Delete. Every
// change is one undo step through the edit facade (typing in the label merges
// into one); the page follows the Document, so undo, redo and other people's
// edits show at once. A refused change (a duplicate, another department's
// link on a team map) says why under the fields.

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cx {

class Document;

class LinkEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LinkEditor(QWidget* parent = nullptr);

    void setDocument(Document* doc);
    // The link to show and edit (0: none).
    void setLink(Id linkId);
    Id link() const { return m_link; }

    // The type words, in LinkType order, as the canvas says them.
    static QStringList typeWords();

signals:
    // The from or to card was clicked.
    void cardActivated(cx::Id cardId);
    // The link shown is no more (deleted here, by undo or by someone else).
    void linkGone();

private:
    void refresh();
    void showError(const QString& message);
    void commitType(int index);
    void commitLabel(const QString& text);
    void reverse();
    void remove();

    QPointer<Document> m_doc;
    Id m_link = 0;
    bool m_updating = false;
    bool m_typing = false; // the label is being typed: the model does not refill it

    QLabel* m_refusal = nullptr;
    QLabel* m_from = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_to = nullptr;
    QLineEdit* m_label = nullptr;
    QPushButton* m_reverse = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cx
