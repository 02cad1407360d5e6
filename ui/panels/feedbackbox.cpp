#include "feedbackbox.h"

#include "assigncarddialog.h"
#include "feedbackask.h"
#include "feedbackdialog.h"
#include "feedbacktext.h"

#include "commands/edit.h"
#include "model/document.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>

namespace cx {

namespace {

QPushButton* button(QWidget* parent, const QString& text, const char* name, const QString& tip)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    b->setToolTip(tip);
    b->setProperty("cxTip", tip);
    return b;
}

} // namespace

FeedbackBox::FeedbackBox(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("feedbackSummary"));
    m_summary->setAccessibleName(tr("Customer feedback on this card"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("feedbackList"));
    m_list->setAccessibleName(tr("Customer feedback items"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAlternatingRowColors(true); // where one item ends and the next begins
    m_list->setMinimumHeight(70);
    m_list->setMaximumHeight(220);
    m_add = button(this, tr("Add…"), "addFeedback",
                   tr("Add what a customer said about this card (Ctrl+Alt+F)"));
    m_edit = button(this, tr("Edit…"), "editFeedback", tr("Edit the selected feedback item"));
    m_move = button(this, tr("Move to Card…"), "moveFeedback",
                    tr("Put the selected feedback on another card"));
    m_redact = button(this, tr("Redact"), "redactFeedback",
                      tr("Remove the customer's words and keep the item in the counts"));
    m_remove = button(this, tr("Delete"), "removeFeedback",
                      tr("Delete the selected feedback items (Delete)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("feedbackBoxMessage"));
    m_message->setAccessibleName(tr("Why the change was not made"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_add, 0, 0);
    grid->addWidget(m_edit, 0, 1);
    grid->addWidget(m_move, 0, 2);
    grid->addWidget(m_redact, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addLayout(grid);
    layout->addWidget(m_message);

    // Delete belongs to the list while it has the keyboard.
    auto* del = new QAction(tr("Delete Feedback"), m_list);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(del);
    connect(del, &QAction::triggered, this, &FeedbackBox::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &FeedbackBox::addFeedback);
    connect(m_edit, &QPushButton::clicked, this, &FeedbackBox::editCurrent);
    connect(m_move, &QPushButton::clicked, this, &FeedbackBox::moveSelected);
    connect(m_redact, &QPushButton::clicked, this, &FeedbackBox::redactSelected);
    connect(m_remove, &QPushButton::clicked, this, &FeedbackBox::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FeedbackBox::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &FeedbackBox::editCurrent);
    refresh();
}

void FeedbackBox::setDocument(Document* doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_card = 0;
    if (m_doc) {
        connect(m_doc, &Document::feedbackChanged, this, [this](const QList<Id>& cards) {
            if (m_card && cards.contains(m_card))
                refresh();
        });
        connect(m_doc, &Document::reloaded, this, &FeedbackBox::refresh);
        connect(m_doc, &Document::connectionChanged, this, &FeedbackBox::updateButtons);
        connect(m_doc, &Document::pathChanged, this, &FeedbackBox::updateButtons);
    }
    refresh();
}

void FeedbackBox::setCard(Id cardId)
{
    if (cardId == m_card)
        return;
    m_card = cardId;
    m_message->hide();
    m_list->clearSelection();
    refresh();
}

QList<Id> FeedbackBox::selectedIds() const
{
    QList<Id> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->isSelected() && item->data(Qt::UserRole).toLongLong() > 0)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void FeedbackBox::refresh()
{
    const Card* c = m_doc ? m_doc->card(m_card) : nullptr;
    const QList<Id> keep = selectedIds();
    m_list->clear();
    const QList<Id> ids = c ? m_doc->feedbackIdsOf(c->id) : QList<Id>();
    m_summary->setText(c ? FeedbackText::summary(*m_doc, ids) : QString());
    m_list->setVisible(!ids.isEmpty());
    for (qsizetype i = 0; i < ids.size() && i < shownAtMost; ++i) {
        const Feedback* f = m_doc->feedback(ids[i]);
        QString words = f->redacted ? tr("Words redacted") : f->text;
        if (words.size() > 1000)
            words = words.left(1000) + QStringLiteral("…");
        if (!f->redacted && words.isEmpty())
            words = tr("(no words)");
        const QString about = FeedbackText::about(*f);
        auto* item = new QListWidgetItem(
            about.isEmpty() ? words : QStringLiteral("%1\n%2").arg(about, words), m_list);
        item->setData(Qt::UserRole, f->id);
        if (f->redacted || f->text.isEmpty())
            item->setForeground(QColor(Qt::gray));
        if (!f->redacted && !f->text.isEmpty())
            item->setToolTip(Qt::convertFromPlainText(f->text.left(2000), Qt::WhiteSpaceNormal));
        if (!f->reference.isEmpty())
            item->setStatusTip(tr("Reference: %1").arg(f->reference));
        item->setSelected(keep.contains(f->id));
    }
    if (ids.size() > shownAtMost) {
        auto* more = new QListWidgetItem(
            tr("…and %1 more in the Feedback panel").arg(ids.size() - shownAtMost), m_list);
        more->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void FeedbackBox::updateButtons()
{
    const bool card = m_doc && m_doc->card(m_card);
    const QString why = m_doc ? FeedbackText::refusal(*m_doc, m_card) : QString();
    const bool writable = card && why.isEmpty();
    const int selected = int(selectedIds().size());
    const QList<std::pair<QPushButton*, bool>> states{{m_add, writable},
                                                      {m_edit, writable && selected == 1},
                                                      {m_move, writable && selected > 0},
                                                      {m_redact, writable && selected > 0},
                                                      {m_remove, writable && selected > 0}};
    for (const auto& [b, on] : states) {
        b->setEnabled(on);
        b->setToolTip(why.isEmpty() ? b->property("cxTip").toString() : why);
    }
}

void FeedbackBox::showError(const Error& err)
{
    m_message->setText(err.message);
    m_message->setVisible(bool(err));
}

void FeedbackBox::addFeedback()
{
    if (!m_doc || !m_doc->card(m_card))
        return;
    if (const QString why = FeedbackText::refusal(*m_doc, m_card); !why.isEmpty())
        return showError({ErrorCode::InvalidArgument, why});
    Feedback item;
    item.cardId = m_card;
    item.date = QDate::currentDate();
    FeedbackDialog dialog(*m_doc, item, window());
    if (dialog.exec() == QDialog::Accepted)
        showError({});
}

void FeedbackBox::editCurrent()
{
    const QList<Id> ids = selectedIds();
    const Feedback* f = m_doc && ids.size() == 1 ? m_doc->feedback(ids.first()) : nullptr;
    if (!f)
        return;
    FeedbackDialog dialog(*m_doc, *f, window());
    if (dialog.exec() == QDialog::Accepted)
        showError({});
}

void FeedbackBox::moveSelected()
{
    const QList<Id> ids = selectedIds();
    if (!m_doc || ids.isEmpty())
        return;
    AssignCardDialog dialog(*m_doc, {}, QString(), window());
    dialog.setWindowTitle(tr("Move Feedback to Card"));
    if (dialog.exec() == QDialog::Accepted && dialog.card())
        showError(edit::moveFeedback(*m_doc, ids, dialog.card()));
}

void FeedbackBox::redactSelected()
{
    const QList<Id> ids = selectedIds();
    if (m_doc && !ids.isEmpty() && FeedbackAsk::redact(window(), ids.size()))
        showError(edit::redactFeedback(*m_doc, ids));
}

void FeedbackBox::removeSelected()
{
    const QList<Id> ids = selectedIds();
    if (m_doc && !ids.isEmpty() && FeedbackAsk::remove(window(), ids.size()))
        showError(edit::removeFeedback(*m_doc, ids));
}

} // namespace cx
