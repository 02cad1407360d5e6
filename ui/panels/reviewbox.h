#pragma once

// A card's review and actions in the Inspector: when it was last reviewed
// and by whom (stale past the map's review interval), Mark Reviewed, and the
// actions planned on it (overdue ones in red) with Actions… to plan, edit or
// remove them. Every change is an edit (edit::markReviewed, edit::addAction
// ...); the box follows the card's change signals.

#include "model/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cx {

class Document;

class ReviewBox : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewBox(QWidget* parent = nullptr);

    void setDocument(Document* doc);
    void setCard(Id cardId); // 0 = none

signals:
    // A card was chosen in the Actions list.
    void cardActivated(cx::Id cardId);

private:
    void refresh();
    void markReviewed();
    void openActions();

    QPointer<Document> m_doc;
    Id m_card = 0;
    QLabel* m_state = nullptr;
    QPushButton* m_mark = nullptr;
    QLabel* m_actions = nullptr;
    QPushButton* m_plan = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cx
