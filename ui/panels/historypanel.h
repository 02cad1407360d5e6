#pragma once

// The Map History dock: every change saved with the map (model/history.h),
// who made it, when and what, field by field, newest first. Not the Undo
// History dock, which lists this session's undo steps: this one lasts with
// the file and names people and times.
//
// It lists the whole map or the card selected on the canvas, narrowed by
// department, field and date. A change of a card can be restored (the card
// as it was before or after it, one undo step through core/commands/edit.h),
// and the card shown on the canvas.
//
// Reading the history is a query on the file, so the panel reads it only
// while it is on screen, once per burst of edits (a PanelRefresh with a short
// delay), and at most `limit` records; opening a map reads nothing.

#include "model/history.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cx {

class Document;
class PanelRefresh;

class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // The data of a record's row (a step of several changes is a parent row
    // without them).
    static constexpr int RecordRole = Qt::UserRole; // index into records(), or -1
    // The most records read at once: the newest ones.
    static constexpr int limit = 500;

    enum class Since
    {
        Any,
        Week,
        Month,
        Quarter,
        Date // since the date in the date field
    };

    explicit HistoryPanel(QWidget* parent = nullptr);

    // nullptr clears the panel; reads nothing until the panel is on screen.
    void setDocument(Document* doc);
    // The card selected on the canvas (0: none, or several): the panel's
    // "This card" scope follows it.
    void setSelectedCard(Id cardId);
    // "This card" (true) or "Whole map".
    void setCardScope(bool on);
    bool cardScope() const;

    // The filters, as the user sets them in the panel (0 / empty: any).
    void setDepartment(Id departmentId);
    void setField(const QString& field);
    void setSince(Since since, const QDate& date = {});
    // What the panel reads with its filters now.
    HistoryFilter filter() const;

    // What it shows: the records read last, newest first.
    const QList<HistoryRecord>& records() const { return m_records; }
    QTreeWidget* list() const { return m_list; }
    QString statusText() const;
    PanelRefresh* refresher() const { return m_refresh; }
    // How often the history was read (tests: opening a map reads nothing).
    int readCount() const { return m_reads; }

public slots:
    // On the current row, a change of a card: the card as it was before the
    // change, or as the change left it. The outcome shows in the panel.
    void restoreBefore() { restore(false); }
    void restoreAfter() { restore(true); }
    // Selects the current row's card on the canvas (cardActivated).
    void showOnCanvas();

signals:
    void cardActivated(cx::Id cardId);

private:
    QWidget* createFilters();
    void addTimeFilter(QHBoxLayout* row);
    QWidget* createButtons();
    void connectDocument();
    void refresh();
    void fillList(qint64 keepId);
    // withSubject: the row names the object it changed (not in a card's
    // list, nor under a step about one object, where that goes without saying).
    QTreeWidgetItem* addRecordRow(QTreeWidgetItem* parent, int index, bool withSubject);
    void updateFieldChoices();
    void updateDepartmentChoices();
    void updateButtons();
    void showMenu(const QPoint& pos);
    void restore(bool after);
    void setStatus(const QString& text, bool error = false);
    const HistoryRecord* currentRecord() const;
    Id currentCard() const; // the current row's card, if it still exists

    QPointer<Document> m_doc;
    Id m_selectedCard = 0;
    QList<HistoryRecord> m_records;
    QStringList m_fieldsSeen; // the fields of every record read so far
    int m_reads = 0;

    PanelRefresh* m_refresh = nullptr;
    QToolButton* m_wholeMap = nullptr;
    QToolButton* m_thisCard = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_field = nullptr;
    QComboBox* m_since = nullptr;
    QDateEdit* m_sinceDate = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_before = nullptr;
    QPushButton* m_after = nullptr;
    QLabel* m_note = nullptr;   // how much is shown, or why nothing is
    QLabel* m_status = nullptr; // the outcome of a restore
};

} // namespace cx
