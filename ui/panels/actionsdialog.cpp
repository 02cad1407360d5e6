#include "actionsdialog.h"

#include "commands/edit.h"
#include "model/document.h"
#include "model/enumnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx {

namespace {

enum Column
{
    WhatColumn,
    CardColumn,
    OwnerColumn,
    DueColumn,
    StatusColumn,
    ColumnCount
};

constexpr int CardRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;

const CardStatus statuses[] = {CardStatus::Open, CardStatus::InProgress, CardStatus::Done,
                               CardStatus::Dropped};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

QString ActionsDialog::statusText(CardStatus s)
{
    switch (s) {
    case CardStatus::Open:
        return ActionsDialog::tr("open");
    case CardStatus::InProgress:
        return ActionsDialog::tr("in progress");
    case CardStatus::Done:
        return ActionsDialog::tr("done");
    case CardStatus::Dropped:
        return ActionsDialog::tr("dropped");
    }
    return {};
}

ActionsDialog::ActionsDialog(Document& doc, Id departmentId, Id cardId, QWidget* parent)
    : QDialog(parent), m_doc(&doc), m_department(departmentId), m_card(cardId)
{
    setObjectName(QStringLiteral("actionsDialog"));
    const Department* d = doc.department(departmentId);
    setWindowTitle(d ? tr("Actions: %1").arg(d->name) : tr("Actions"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Card"), tr("Owner"), tr("Due"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumSize(720, 320);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("actionsAdd"));
    m_edit->setObjectName(QStringLiteral("actionsEdit"));
    m_remove->setObjectName(QStringLiteral("actionsRemove"));
    // Enter on a row leads to its card: no button takes it as well.
    for (QAbstractButton* b : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(b))
            push->setAutoDefault(false);
    }
    connect(m_add, &QPushButton::clicked, this, &ActionsDialog::addAction);
    connect(m_edit, &QPushButton::clicked, this, &ActionsDialog::editAction);
    connect(m_remove, &QPushButton::clicked, this, &ActionsDialog::removeAction);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (const Id id = m_table->item(item->row(), 0)->data(CardRole).value<Id>())
            emit cardActivated(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = current().cardId != 0;
        m_edit->setEnabled(chosen && !m_doc->isReadOnly());
        m_remove->setEnabled(chosen && !m_doc->isReadOnly());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    refresh();
}

void ActionsDialog::refresh()
{
    if (!m_doc)
        return;
    const QDate now = today(*m_doc);
    const Card* target = m_doc->card(m_card);
    m_add->setEnabled(target && !m_doc->isReadOnly() && canHaveActions(*m_doc, *target));
    m_add->setToolTip(target ? tr("Plan an action on %1").arg(target->title)
                             : tr("Select a pain point or an opportunity on the canvas first"));
    m_table->setSortingEnabled(false); // rows go in unsorted, then sort once
    m_table->setRowCount(0);
    const QList<ActionRef> actions = departmentActions(*m_doc, m_department);
    m_table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const ActionRef& r = actions[row];
        const CardAction& a = r.of(*m_doc);
        const Department* owner = m_doc->department(a.ownerId);
        auto* what = cell(a.what);
        what->setData(CardRole, r.cardId);
        what->setData(IndexRole, r.index);
        m_table->setItem(row, WhatColumn, what);
        m_table->setItem(row, CardColumn, cell(m_doc->card(r.cardId)->title));
        m_table->setItem(row, OwnerColumn, cell(owner ? owner->name : tr("nobody yet")));
        // ISO days sort as text in date order.
        auto* due = cell(a.due.isValid() ? a.due.toString(Qt::ISODate) : QString());
        m_table->setItem(row, DueColumn, due);
        auto* status = cell(isOverdue(a, now) ? tr("%1 · overdue").arg(statusText(a.status))
                                              : statusText(a.status));
        if (isOverdue(a, now)) {
            status->setForeground(QColor(0xb0, 0x2a, 0x2a));
            due->setForeground(QColor(0xb0, 0x2a, 0x2a));
        }
        m_table->setItem(row, StatusColumn, status);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_note->setText(actions.isEmpty() ? tr("No actions yet: select a pain point or an "
                                           "opportunity on the canvas and choose Add.")
                                      : QString());
    emit m_table->itemSelectionChanged();
}

ActionRef ActionsDialog::current() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem* what = row >= 0 ? m_table->item(row, WhatColumn) : nullptr;
    if (!what || m_table->selectedItems().isEmpty())
        return {};
    return {what->data(CardRole).value<Id>(), what->data(IndexRole).toInt()};
}

bool ActionsDialog::askAction(CardAction& action, const QString& title)
{
    QDialog form(this);
    form.setWindowTitle(title);
    auto* what = new QLineEdit(action.what, &form);
    what->setObjectName(QStringLiteral("actionWhat"));
    auto* owner = new QComboBox(&form);
    owner->setObjectName(QStringLiteral("actionOwner"));
    owner->addItem(tr("Nobody yet"), Id(0));
    for (Id id : m_doc->departmentIds())
        owner->addItem(m_doc->department(id)->name, id);
    owner->setCurrentIndex(std::max(0, owner->findData(action.ownerId)));
    auto* hasDue = new QCheckBox(tr("Due &by"), &form);
    hasDue->setObjectName(QStringLiteral("actionHasDue"));
    auto* due = new QDateEdit(action.due.isValid() ? action.due : today(*m_doc).addDays(30), &form);
    due->setObjectName(QStringLiteral("actionDue"));
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    hasDue->setChecked(action.due.isValid());
    due->setEnabled(hasDue->isChecked());
    connect(hasDue, &QCheckBox::toggled, due, &QWidget::setEnabled);
    auto* status = new QComboBox(&form);
    status->setObjectName(QStringLiteral("actionStatus"));
    for (CardStatus s : statuses)
        status->addItem(statusText(s), int(s));
    status->setCurrentIndex(std::max(0, status->findData(int(action.status))));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("&What:"), what);
    layout->addRow(tr("&Owner:"), owner);
    layout->addRow(hasDue, due);
    layout->addRow(tr("&Status:"), status);
    layout->addRow(buttons);
    what->setMinimumWidth(360);
    if (form.exec() != QDialog::Accepted)
        return false;
    action.what = what->text();
    action.ownerId = owner->currentData().value<Id>();
    action.due = hasDue->isChecked() ? due->date() : QDate();
    action.status = CardStatus(status->currentData().toInt());
    return true;
}

void ActionsDialog::report(const Error& err)
{
    m_note->setText(err ? err.message : QString());
    refresh();
    if (err)
        m_note->setText(err.message);
}

void ActionsDialog::addAction()
{
    CardAction a;
    a.ownerId = m_department;
    if (m_doc && askAction(a, tr("Add Action")))
        report(edit::addAction(*m_doc, m_card, a));
}

void ActionsDialog::editAction()
{
    const ActionRef r = current();
    if (!m_doc || r.cardId == 0)
        return;
    CardAction a = r.of(*m_doc);
    if (askAction(a, tr("Edit Action")))
        report(edit::editAction(*m_doc, r.cardId, r.index, a));
}

void ActionsDialog::removeAction()
{
    const ActionRef r = current();
    if (m_doc && r.cardId != 0)
        report(edit::removeAction(*m_doc, r.cardId, r.index));
}

} // namespace cx
