#include "commentsbox.h"

#include "commands/edit.h"
#include "model/document.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cx {

namespace {

const QString authorKey = QStringLiteral("comments/author");

// Ctrl+Enter in the text adds the comment; Enter alone starts a new line.
class CommentEdit : public QPlainTextEdit
{
public:
    CommentEdit(CommentsBox* box) : QPlainTextEdit(box), m_box(box) {}

protected:
    void keyPressEvent(QKeyEvent* e) override
    {
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) &&
            e->modifiers().testFlag(Qt::ControlModifier)) {
            m_box->addTypedComment();
            return;
        }
        if (e->key() == Qt::Key_Escape) {
            emit m_box->finished();
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
    }

private:
    CommentsBox* m_box;
};

} // namespace

CommentsBox::CommentsBox(QWidget* parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("comments"));
    m_list->setAccessibleName(tr("Comments"));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(70);
    m_list->setMaximumHeight(160);
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("commentAuthor"));
    m_author->setAccessibleName(tr("Your name"));
    m_author->setPlaceholderText(tr("Your name"));
    m_author->setText(QSettings().value(authorKey).toString());
    m_text = new CommentEdit(this);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setAccessibleName(tr("New comment"));
    m_text->setPlaceholderText(tr("A comment (Ctrl+Enter adds it, Esc goes back)"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 2 + 14);
    m_add = new QPushButton(tr("Add &Comment"), this);
    m_add->setObjectName(QStringLiteral("addComment"));
    m_add->setAccessibleName(tr("Add the comment"));
    m_remove = new QPushButton(tr("Delete"), this);
    m_remove->setObjectName(QStringLiteral("removeComment"));
    m_remove->setAccessibleName(tr("Delete the selected comment"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("commentMessage"));
    m_message->setAccessibleName(tr("Why the comment was not added"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_author, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &CommentsBox::addTypedComment);
    connect(m_remove, &QPushButton::clicked, this, &CommentsBox::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_author, &QLineEdit::editingFinished, this, [this] {
        if (!m_author->isReadOnly())
            QSettings().setValue(authorKey, m_author->text().trimmed());
    });
    refresh();
}

void CommentsBox::setDocument(Document* doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_card = 0;
    if (m_doc) {
        connect(m_doc, &Document::cardChanged, this, [this](Id id, CardFields f) {
            if (id == m_card && f.testFlag(CardField::Comments))
                refresh();
        });
        connect(m_doc, &Document::reloaded, this, &CommentsBox::refresh);
    }
    refresh();
}

void CommentsBox::setCard(Id cardId)
{
    if (cardId == m_card)
        return;
    m_card = cardId;
    m_message->hide();
    refresh();
}

void CommentsBox::refresh()
{
    const Card* c = m_doc ? m_doc->card(m_card) : nullptr;
    const int keep = m_list->currentRow();
    m_list->clear();
    const QLocale locale;
    for (const Comment& m : c ? c->comments : QList<Comment>()) {
        const QString who = m.author.isEmpty() ? tr("Someone") : m.author;
        const QString when = locale.toString(m.time.toLocalTime(), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3").arg(who, when, m.text));
        item->setToolTip(m.text);
        m_list->addItem(item);
    }
    if (c && c->comments.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No comments yet"));
        none->setFlags(Qt::NoItemFlags);
        m_list->addItem(none);
    }
    if (c && keep >= 0 && keep < c->comments.size())
        m_list->setCurrentRow(keep);
    const bool writable = c && !m_doc->isReadOnly();
    m_text->setEnabled(writable);
    // On a team map the author is the server role, which the server checks.
    const bool shared = m_doc && m_doc->isShared();
    if (shared)
        m_author->setText(m_doc->user());
    else if (m_author->isReadOnly())
        m_author->setText(QSettings().value(authorKey).toString());
    m_author->setReadOnly(shared);
    m_author->setToolTip(shared ? tr("On a team map, comments are in your server role's name")
                                : QString());
    m_author->setEnabled(writable);
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && !c->comments.isEmpty() && m_list->currentRow() >= 0);
}

void CommentsBox::addTypedComment()
{
    if (!m_doc || !m_doc->card(m_card))
        return;
    if (!m_doc->isShared()) {
        // A comment is signed: the name is asked for once, then remembered.
        const bool typed = !m_text->toPlainText().trimmed().isEmpty();
        if (typed && m_author->text().trimmed().isEmpty() && !askAuthor())
            return;
        QSettings().setValue(authorKey, m_author->text().trimmed());
    }
    if (const Error err =
            edit::addComment(*m_doc, m_card, m_author->text(), m_text->toPlainText())) {
        showMessage(err.message);
        return;
    }
    m_message->hide();
    m_text->clear();
    m_list->scrollToBottom();
}

void CommentsBox::focusNewComment() { m_text->setFocus(Qt::OtherFocusReason); }

void CommentsBox::removeSelected()
{
    const Card* c = m_doc ? m_doc->card(m_card) : nullptr;
    const int row = m_list->currentRow();
    if (!c || row < 0 || row >= c->comments.size())
        return;
    if (const Error err = edit::removeComment(*m_doc, m_card, row))
        showMessage(err.message);
}

bool CommentsBox::askAuthor()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Your Name"),
                              tr("Comments carry their author's name. Yours (asked once, "
                                 "remembered on this computer):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        showMessage(tr("Give your name to sign the comment: it was not added."));
        m_author->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_author->setText(name);
    return true;
}

void CommentsBox::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace cx
