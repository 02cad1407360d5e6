#pragma once

// The actions on pain points and opportunities (analysis/actions.h) of one
// department (or of every one): a sortable list — what, card, owner, due,
// status, overdue — each a double-click or Enter away from its card; Add...
// plans one on the card selected on the canvas, Edit... and Remove change the
// chosen one. Every change is an edit (edit::addAction ...), one undo step.

#include "analysis/actions.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cx {

class Document;

class ActionsDialog : public QDialog
{
    Q_OBJECT
public:
    // departmentId 0: every action. cardId: the card Add... plans on (0: none).
    ActionsDialog(Document& doc, Id departmentId, Id cardId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // An action's status as the list and the Inspector say it.
    static QString statusText(CardStatus s);
    void refresh();

signals:
    void cardActivated(cx::Id cardId);

private:
    ActionRef current() const; // cardId 0 when none is chosen
    void addAction();
    void editAction();
    void removeAction();
    // The form for one action; false when cancelled.
    bool askAction(CardAction& action, const QString& title);
    void report(const Error& err);

    QPointer<Document> m_doc;
    Id m_department;
    Id m_card;
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace cx
