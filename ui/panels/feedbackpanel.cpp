#include "feedbackpanel.h"

#include "assigncarddialog.h"
#include "feedbackask.h"
#include "feedbackdialog.h"
#include "feedbacktext.h"
#include "panelrefresh.h"

#include "commands/edit.h"
#include "model/document.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace cx {

FeedbackPanel::FeedbackPanel(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Customer feedback"));
    m_model = new FeedbackModel(this);
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("feedbackViews"));
    m_tabs->setAccessibleName(tr("Which feedback to list"));
    m_tabs->addTab(tr("Unsorted"));
    m_tabs->addTab(tr("All feedback"));
    m_tabs->setExpanding(false);

    m_filters = new QWidget(this);
    m_department = new QComboBox(m_filters);
    m_department->setObjectName(QStringLiteral("feedbackDepartment"));
    m_department->setAccessibleName(tr("Department"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(10);
    m_kind = new QComboBox(m_filters);
    m_kind->setObjectName(QStringLiteral("feedbackKindFilter"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Any kind"));
    m_kind->addItems(FeedbackText::kindLabels());
    m_search = new QLineEdit(m_filters);
    m_search->setObjectName(QStringLiteral("feedbackSearch"));
    m_search->setAccessibleName(tr("Find in the customer's words"));
    m_search->setPlaceholderText(tr("Find words…"));
    m_search->setClearButtonEnabled(true);
    auto* filterRow = new QHBoxLayout(m_filters);
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_department);
    filterRow->addWidget(m_kind);
    filterRow->addWidget(m_search, 1);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("feedbackItems"));
    m_list->setAccessibleName(tr("Feedback items"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // 100,000 rows: no per-row measuring
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Drag items onto a card on the canvas to put them there"));

    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("feedbackAbout"));
    m_about->setAccessibleName(tr("About the selected item"));
    m_about->setTextFormat(Qt::PlainText); // a reference is text, never a link
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_words = new QPlainTextEdit(this);
    m_words->setObjectName(QStringLiteral("feedbackPreview"));
    m_words->setAccessibleName(tr("The selected item's words"));
    m_words->setReadOnly(true);
    m_words->setTabChangesFocus(true);
    m_words->setMinimumHeight(m_words->fontMetrics().lineSpacing() * 3 + 12);

    auto* buttons = new QHBoxLayout;
    addButton(tr("Assign to Card…"), "assignFeedback",
              tr("Put the selected items on a card, found by its title (Ctrl+Shift+A)"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &FeedbackPanel::assignSelected);
    addButton(tr("Show Card"), "showFeedbackCard",
              tr("Select the item's card on the canvas (Enter in the All feedback list)"), {},
              &FeedbackPanel::showCard);
    addButton(tr("Edit…"), "editFeedbackItem", tr("Edit the selected item"), {},
              &FeedbackPanel::editCurrent);
    addButton(tr("Redact"), "redactFeedbackItems",
              tr("Remove the customer's words and keep the items in the counts "
                 "(Ctrl+Shift+R)"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &FeedbackPanel::redactSelected);
    addButton(tr("Delete"), "removeFeedbackItems", tr("Delete the selected items (Delete)"),
              QKeySequence::Delete, &FeedbackPanel::removeSelected);
    for (QPushButton* b : m_buttons)
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("feedbackPanelMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    layout->addWidget(m_filters);
    // The list beside the selected item's details: a bottom dock is wide.
    auto* details = new QWidget(this);
    auto* column = new QVBoxLayout(details);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_about);
    column->addWidget(m_words, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("feedbackSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_list);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_refresh = new PanelRefresh(this, [this] { rebuild(); });
    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int index) { setView(FeedbackModel::View(index)); });
    connect(m_department, &QComboBox::activated, this, &FeedbackPanel::applyFilter);
    connect(m_kind, &QComboBox::activated, this, &FeedbackPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &FeedbackPanel::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedbackPanel::updateDetails);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FeedbackPanel::updateDetails);
    connect(m_list, &QTreeView::activated, this, [this] {
        if (m_model->view() == FeedbackModel::View::Unsorted)
            assignSelected();
        else
            showCard();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedbackPanel::updateDetails);
    m_filters->hide();
    updateDetails();
}

QPushButton* FeedbackPanel::addButton(const QString& text, const char* name, const QString& tip,
                                      const QKeySequence& key, void (FeedbackPanel::*slot)())
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    b->setToolTip(tip);
    b->setProperty("cxTip", tip);
    connect(b, &QPushButton::clicked, this, slot);
    if (!key.isEmpty()) {
        // The shortcut works wherever the keyboard is in the panel.
        auto* a = new QAction(b->accessibleName(), this);
        a->setObjectName(QLatin1String(name) + QStringLiteral("Action"));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    }
    m_buttons << b;
    return b;
}

void FeedbackPanel::setDocument(Document* doc)
{
    if (m_doc) {
        m_refresh->unfollow(m_doc);
        disconnect(m_doc, nullptr, this, nullptr);
    }
    m_doc = doc;
    m_model->setDocument(nullptr);
    if (m_doc) {
        m_refresh->follow(m_doc.data(), &Document::feedbackChanged, &Document::cardRemoved,
                          &Document::reloaded, &Document::departmentAdded,
                          &Document::departmentChanged, &Document::departmentRemoved,
                          &Document::connectionChanged, &Document::pathChanged);
        // A card's title or owner: the names shown change, the rows only
        // when the department filter depends on them.
        connect(m_doc, &Document::cardChanged, this, [this] {
            if (m_department->currentData().toLongLong() != 0)
                m_refresh->request();
            else if (m_model->rowCount() > 0)
                emit m_model->dataChanged(
                    m_model->index(0, 0),
                    m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
        });
    }
    m_message->hide();
    m_refresh->now();
}

void FeedbackPanel::setView(FeedbackModel::View view)
{
    if (m_tabs->currentIndex() != int(view))
        m_tabs->setCurrentIndex(int(view)); // comes back here
    m_filters->setVisible(view == FeedbackModel::View::All);
    if (m_model->view() != view) {
        m_model->setView(view);
        m_refresh->now();
    }
    sizeColumns();
}

void FeedbackPanel::sizeColumns()
{
    // The words take the most room; the rest what they need.
    const int width = qMax(600, m_list->viewport()->width());
    QHeaderView* header = m_list->header();
    if (m_model->view() == FeedbackModel::View::Unsorted) {
        header->resizeSection(0, width * 45 / 100);
        header->resizeSection(1, width * 20 / 100);
    } else {
        header->resizeSection(0, width * 40 / 100);
        header->resizeSection(1, width * 22 / 100);
        for (int column = 2; column < 5; ++column)
            header->resizeSection(column, width * 8 / 100);
    }
}

QSize FeedbackPanel::sizeHint() const { return {900, 280}; }

void FeedbackPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        m_sized = true;
        sizeColumns();
    }
}

void FeedbackPanel::rebuild()
{
    const QList<Id> keep = selectedIds();
    const Id current = m_model->idAt(m_list->currentIndex().row());
    rebuildDepartments();
    const int kind = m_kind->currentIndex();
    m_model->configure(m_doc, m_department->currentData().toLongLong(),
                       kind > 0 ? std::optional<FeedbackKind>(FeedbackKind(kind - 1))
                                : std::nullopt,
                       m_search->text());
    const int inbox = m_doc ? int(m_doc->feedbackIdsOf(0).size()) : 0;
    const int all = m_doc ? m_doc->feedbackCount() : 0;
    m_tabs->setTabText(0, tr("Unsorted (%1)").arg(inbox));
    m_tabs->setTabText(1, tr("All feedback (%1)").arg(all));
    // The selection survives a change elsewhere.
    QList<int> rows;
    for (Id id : keep) {
        if (const int row = m_model->rowOf(id); row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection; // runs of rows as one range each
    const int last = m_model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.append(
            QItemSelectionRange(m_model->index(rows[i], 0), m_model->index(rows[j], last)));
        i = j + 1;
    }
    if (const int row = m_model->rowOf(current); row >= 0)
        m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::NoUpdate);
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateDetails();
}

void FeedbackPanel::rebuildDepartments()
{
    const Id chosen = m_department->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("All departments"), Id(0));
    if (m_doc) {
        for (Id id : m_doc->departmentIds())
            m_department->addItem(m_doc->department(id)->name, id);
    }
    m_department->setCurrentIndex(qMax(0, m_department->findData(chosen)));
}

void FeedbackPanel::applyFilter()
{
    const int kind = m_kind->currentIndex();
    m_model->setFilter(m_department->currentData().toLongLong(),
                       kind > 0 ? std::optional<FeedbackKind>(FeedbackKind(kind - 1))
                                : std::nullopt,
                       m_search->text());
}

QList<Id> FeedbackPanel::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void FeedbackPanel::selectItem(Id feedbackId)
{
    const int row = m_model->rowOf(feedbackId);
    if (row < 0)
        return;
    m_list->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(m_model->index(row, 0));
}

void FeedbackPanel::updateDetails()
{
    const QList<Id> ids = selectedIds();
    const Feedback* f = m_doc && !ids.isEmpty()
                            ? m_doc->feedback(m_model->idAt(m_list->currentIndex().row()))
                            : nullptr;
    if (!f && m_doc && !ids.isEmpty())
        f = m_doc->feedback(ids.first());
    if (!f) {
        m_about->setText(m_model->rowCount() == 0
                             ? (m_model->view() == FeedbackModel::View::Unsorted
                                    ? tr("No unsorted feedback: every item is on a card.")
                                    : tr("No feedback to show."))
                             : tr("Select an item to read it."));
        m_words->clear();
        m_words->setPlaceholderText(QString());
    } else {
        QStringList lines;
        if (const QString about = FeedbackText::about(*f); !about.isEmpty())
            lines << about;
        if (f->cardId)
            lines << tr("On the card %1").arg(FeedbackText::cardName(*m_doc, f->cardId));
        else {
            if (!f->cardHint.isEmpty())
                lines << tr("Its card column said “%1”").arg(f->cardHint);
            lines << FeedbackModel::candidatesText(*m_doc, *f);
        }
        if (!f->reference.isEmpty())
            lines << tr("Reference: %1").arg(f->reference);
        if (ids.size() > 1)
            lines << tr("%1 items selected").arg(ids.size());
        m_about->setText(lines.join(QLatin1Char('\n')));
        m_words->setPlainText(f->text);
        m_words->setPlaceholderText(f->redacted ? tr("Words redacted") : tr("(no words)"));
    }
    const QString why = m_doc ? FeedbackText::refusal(*m_doc) : tr("No map is open");
    const bool writable = why.isEmpty() && !ids.isEmpty();
    const bool onCard = f && f->cardId != 0;
    const QList<bool> on{writable, onCard, writable && ids.size() == 1, writable, writable};
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_buttons[i]->setEnabled(on.value(i));
        m_buttons[i]->setToolTip(
            i == 1 || why.isEmpty() ? m_buttons[i]->property("cxTip").toString() : why);
    }
}

void FeedbackPanel::showError(const Error& err)
{
    m_message->setText(err.message);
    m_message->setVisible(bool(err));
}

void FeedbackPanel::assignSelected()
{
    const QList<Id> ids = selectedIds();
    if (!m_doc || ids.isEmpty())
        return;
    if (const QString why = FeedbackText::refusal(*m_doc); !why.isEmpty())
        return showError({ErrorCode::InvalidArgument, why});
    const Feedback* f = m_doc->feedback(m_model->idAt(m_list->currentIndex().row()));
    if (!f || !ids.contains(f->id))
        f = m_doc->feedback(ids.first());
    AssignCardDialog dialog(*m_doc, f->candidates, f->cardHint, window());
    if (dialog.exec() != QDialog::Accepted || !dialog.card())
        return;
    // The next unsorted item is the one to read after these leave the inbox.
    const int next = m_list->currentIndex().row();
    showError(edit::moveFeedback(*m_doc, ids, dialog.card()));
    m_refresh->now();
    if (m_model->rowCount() > 0 && m_model->view() == FeedbackModel::View::Unsorted)
        selectItem(m_model->idAt(qBound(0, next, m_model->rowCount() - 1)));
    m_list->setFocus(Qt::OtherFocusReason);
}

void FeedbackPanel::showCard()
{
    const Feedback* f =
        m_doc ? m_doc->feedback(m_model->idAt(m_list->currentIndex().row())) : nullptr;
    if (f && f->cardId)
        emit cardActivated(f->cardId);
}

void FeedbackPanel::editCurrent()
{
    const QList<Id> ids = selectedIds();
    const Feedback* f = m_doc && ids.size() == 1 ? m_doc->feedback(ids.first()) : nullptr;
    if (!f)
        return;
    FeedbackDialog dialog(*m_doc, *f, window());
    if (dialog.exec() == QDialog::Accepted)
        showError({});
}

void FeedbackPanel::redactSelected()
{
    const QList<Id> ids = selectedIds();
    if (m_doc && !ids.isEmpty() && FeedbackAsk::redact(window(), ids.size()))
        showError(edit::redactFeedback(*m_doc, ids));
}

void FeedbackPanel::removeSelected()
{
    const QList<Id> ids = selectedIds();
    if (m_doc && !ids.isEmpty() && FeedbackAsk::remove(window(), ids.size()))
        showError(edit::removeFeedback(*m_doc, ids));
}

} // namespace cx
