#pragma once

// Assign to Card…: chooses the card that feedback is about, by keyboard. A
// search field filters every card of the map by its title (and its stage and
// journey); the cards an import found for the item (its candidates) are
// listed first. Up and Down move in the list while the cursor stays in the
// field; Enter takes the highlighted card.

#include "model/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace cx {

class Document;

class AssignCardDialog : public QDialog
{
    Q_OBJECT

public:
    // hint: what the item's card column said (shown, and the search's start
    // when it finds something); candidates: listed first.
    AssignCardDialog(const Document& doc, const QList<Id>& candidates, const QString& hint,
                     QWidget* parent = nullptr);

    // The card chosen (0: none).
    Id card() const;
    QLineEdit* searchField() const { return m_search; }
    int visibleCount() const;
    // Only with a card chosen.
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSearch(const QString& text);

    QLabel* m_hint = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
};

} // namespace cx
