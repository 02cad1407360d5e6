#include "reviewbox.h"

#include "actionsdialog.h"
#include "analysis/actions.h"
#include "analysis/reviews.h"
#include "commands/edit.h"
#include "model/document.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace cx {

namespace {

QLabel* wrapped(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

ReviewBox::ReviewBox(QWidget* parent) : QWidget(parent)
{
    m_state = wrapped(this, "reviewState", tr("Last review"));
    m_mark = new QPushButton(tr("Mark &Reviewed"), this);
    m_mark->setObjectName(QStringLiteral("markCardReviewed"));
    m_mark->setAccessibleName(tr("Mark this card reviewed"));
    m_mark->setToolTip(tr("Record that you reviewed this card today (Ctrl+Alt+R on the canvas)"));
    m_actions = wrapped(this, "cardActions", tr("Actions on this card"));
    m_plan = new QPushButton(tr("Ac&tions…"), this);
    m_plan->setObjectName(QStringLiteral("cardActionsButton"));
    m_plan->setAccessibleName(tr("The actions on this card"));
    m_plan->setToolTip(tr("Plan, edit or remove the actions on this card"));
    m_message = wrapped(this, "reviewMessage", tr("Why the change was not made"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    grid->addWidget(m_state, 0, 0);
    grid->addWidget(m_mark, 0, 1, Qt::AlignTop);
    grid->addWidget(m_actions, 1, 0);
    grid->addWidget(m_plan, 1, 1, Qt::AlignTop);
    grid->addWidget(m_message, 2, 0, 1, 2);

    connect(m_mark, &QPushButton::clicked, this, &ReviewBox::markReviewed);
    connect(m_plan, &QPushButton::clicked, this, &ReviewBox::openActions);
}

void ReviewBox::setDocument(Document* doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_card = 0;
    if (doc) {
        connect(doc, &Document::cardChanged, this, [this](Id id) {
            if (id == m_card)
                refresh();
        });
        connect(doc, &Document::departmentChanged, this, &ReviewBox::refresh);
        connect(doc, &Document::reviewIntervalChanged, this, &ReviewBox::refresh);
        connect(doc, &Document::reloaded, this, &ReviewBox::refresh);
    }
    refresh();
}

void ReviewBox::setCard(Id cardId)
{
    m_card = cardId;
    m_message->hide();
    refresh();
}

void ReviewBox::refresh()
{
    const Card* c = m_doc ? m_doc->card(m_card) : nullptr;
    setVisible(c != nullptr);
    if (!c)
        return;
    const QLocale locale;
    const QString interval = intervalText(m_doc->reviewIntervalDays());
    QString state;
    if (!c->reviewedAt.isValid())
        state = tr("<b>Never reviewed</b>");
    else
        state = tr("Reviewed %1 by %2")
                    .arg(locale.toString(c->reviewedAt.toLocalTime().date(), QLocale::ShortFormat),
                         c->reviewedBy.toHtmlEscaped());
    if (isStale(*m_doc, *c))
        state += QStringLiteral("<br><span style=\"color:#b26a00\">%1</span>")
                     .arg(tr("↻ stale: not reviewed %1").arg(interval));
    m_state->setText(state);
    const bool writable = !m_doc->isReadOnly() && m_doc->cardRefusal(c->id).isEmpty();
    m_mark->setEnabled(writable);

    const bool actionable = canHaveActions(*m_doc, *c) || !c->actions.isEmpty();
    m_actions->setVisible(actionable);
    m_plan->setVisible(actionable);
    if (!actionable)
        return;
    const QDate now = today(*m_doc);
    QStringList lines;
    for (const CardAction& a : c->actions) {
        const Department* owner = m_doc->department(a.ownerId);
        QStringList about;
        about << (owner ? owner->name.toHtmlEscaped() : tr("no owner yet"));
        if (a.due.isValid())
            about << tr("due %1").arg(locale.toString(a.due, QLocale::ShortFormat));
        about << ActionsDialog::statusText(a.status);
        QString line = QStringLiteral("⚑ %1 — %2")
                           .arg(a.what.toHtmlEscaped(), about.join(QStringLiteral(" · ")));
        if (isOverdue(a, now))
            line = QStringLiteral("<span style=\"color:#c62828\">%1 · %2</span>")
                       .arg(line, tr("overdue"));
        lines << line;
    }
    m_actions->setText(lines.isEmpty() ? tr("No actions planned on this card.")
                                       : lines.join(QStringLiteral("<br>")));
}

void ReviewBox::markReviewed()
{
    if (!m_doc || !m_doc->card(m_card))
        return;
    const Error err = edit::markReviewed(*m_doc, {m_card});
    m_message->setText(err.message);
    m_message->setVisible(bool(err));
}

void ReviewBox::openActions()
{
    if (!m_doc || !m_doc->card(m_card))
        return;
    ActionsDialog dialog(*m_doc, 0, m_card, window());
    connect(&dialog, &ActionsDialog::cardActivated, &dialog, [this, &dialog](Id cardId) {
        dialog.accept();
        emit cardActivated(cardId);
    });
    dialog.exec();
}

} // namespace cx
