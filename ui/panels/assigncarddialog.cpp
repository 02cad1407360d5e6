#include "assigncarddialog.h"

#include "feedbacktext.h"

#include "model/document.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cx {

namespace {

constexpr int cardRole = Qt::UserRole + 1;
constexpr int searchRole = Qt::UserRole + 2;

} // namespace

AssignCardDialog::AssignCardDialog(const Document& doc, const QList<Id>& candidates,
                                   const QString& hint, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assignCardDialog"));
    setWindowTitle(tr("Assign to Card"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("assignHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(hint.isEmpty() ? tr("Choose the card the feedback is about.")
                                   : tr("Its card column said: “%1”").arg(hint));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assignSearch"));
    m_search->setAccessibleName(tr("Search cards by title"));
    m_search->setPlaceholderText(tr("Search cards by title (↑ ↓ to choose, Enter to assign)"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("assignCards"));
    m_list->setAccessibleName(tr("Cards"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);

    m_model = new QStandardItemModel(this);
    const bool manyJourneys = doc.journeyIds().size() > 1;
    const auto add = [&](Id cardId, bool candidate) {
        const Card* c = doc.card(cardId);
        if (!c)
            return;
        QString text = FeedbackText::cardName(doc, cardId);
        const Journey* j = doc.journey(doc.journeyOfCard(cardId));
        if (manyJourneys && j)
            text = tr("%1 — %2").arg(text, j->name);
        if (candidate)
            text = tr("★ %1").arg(text);
        auto* item = new QStandardItem(text);
        item->setData(cardId, cardRole);
        item->setData(c->title, searchRole);
        item->setToolTip(candidate ? tr("Its card column matched this card") : QString());
        item->setEditable(false);
        m_model->appendRow(item);
    };
    QSet<Id> listed;
    for (Id id : candidates) {
        if (!listed.contains(id)) {
            listed.insert(id);
            add(id, true);
        }
    }
    for (Id journeyId : doc.journeyIds()) {
        for (Id id : doc.cardIdsOfJourney(journeyId)) {
            if (!listed.contains(id))
                add(id, false);
        }
    }
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(searchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &AssignCardDialog::onSearch);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    m_search->installEventFilter(this);
    onSearch(QString());
    resize(560, 440);
    m_search->setFocus(Qt::OtherFocusReason);
}

void AssignCardDialog::onSearch(const QString& text)
{
    m_filter->setFilterFixedString(text.trimmed());
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

Id AssignCardDialog::card() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(cardRole).toLongLong() : 0;
}

void AssignCardDialog::accept()
{
    if (card())
        QDialog::accept();
}

int AssignCardDialog::visibleCount() const { return m_filter->rowCount(); }

bool AssignCardDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cx
