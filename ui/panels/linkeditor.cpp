#include "linkeditor.h"

#include "inspectorwidgets.h"

#include "commands/edit.h"
#include "model/document.h"
#include "model/linkrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

using inspector::named;

namespace {

QLabel* cardLabel(const char* objectName, const QString& accessibleName)
{
    auto* label = named(new QLabel, objectName, accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

// "Credit check" (a link to the card) and, smaller, "Order · Back-stage".
QString cardText(const Document& doc, Id cardId)
{
    const Card* c = doc.card(cardId);
    if (!c)
        return {};
    const Stage* s = doc.stage(c->stageId);
    const Lane* l = doc.lane(c->laneId);
    const QString title = c->title.trimmed().isEmpty() ? LinkEditor::tr("Untitled card") : c->title;
    return QStringLiteral("<a href=\"card:%1\">%2</a><br><small>%3 · %4</small>")
        .arg(c->id)
        .arg(title.toHtmlEscaped(), (s ? s->name : QString()).toHtmlEscaped(),
             (l ? l->name : QString()).toHtmlEscaped());
}

} // namespace

QStringList LinkEditor::typeWords()
{
    QStringList words;
    for (LinkType t : {LinkType::Feeds, LinkType::Triggers, LinkType::DependsOn, LinkType::Wait})
        words << linkTypeWords(t);
    return words;
}

LinkEditor::LinkEditor(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Link inspector"));
    auto* heading = named(new QLabel(tr("Link")), "section", tr("Link"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);

    m_refusal = named(new QLabel, "linkRefusal", tr("Why this link cannot be changed"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_refusal->hide();

    m_from = cardLabel("linkFrom", tr("From card"));
    m_to = cardLabel("linkTo", tr("To card"));
    for (QLabel* label : {m_from, m_to}) {
        connect(label, &QLabel::linkActivated, this, [this](const QString& href) {
            emit cardActivated(href.section(QLatin1Char(':'), 1).toLongLong());
        });
    }
    m_type = named(new QComboBox, "linkType", tr("Link type"));
    m_type->addItems(typeWords());
    connect(m_type, &QComboBox::activated, this, &LinkEditor::commitType);
    m_label = named(new QLineEdit, "linkLabel", tr("Link label"));
    m_label->setPlaceholderText(tr("e.g. order data, within 2 days"));
    connect(m_label, &QLineEdit::textEdited, this, &LinkEditor::commitLabel);
    connect(m_label, &QLineEdit::editingFinished, this, [this] {
        m_typing = false;
        refresh();
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("&Label:"), m_label);

    m_reverse = named(new QPushButton(tr("&Reverse")), "reverseLink", tr("Reverse the link"));
    m_reverse->setToolTip(tr("Swap the link's ends: the “to” card becomes the “from” card"));
    connect(m_reverse, &QPushButton::clicked, this, &LinkEditor::reverse);
    m_delete = named(new QPushButton(tr("&Delete Link")), "deleteLink", tr("Delete the link"));
    connect(m_delete, &QPushButton::clicked, this, &LinkEditor::remove);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reverse);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    m_message = named(new QLabel, "linkMessage", tr("Why the change was refused"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #a3261b"));
    m_message->hide();

    auto* page = new QVBoxLayout(this);
    page->addWidget(heading);
    page->addWidget(m_refusal);
    page->addLayout(form);
    page->addLayout(buttons);
    page->addWidget(m_message);
    page->addStretch(1);
}

void LinkEditor::setDocument(Document* doc)
{
    if (m_doc == doc)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_link = 0;
    if (doc) {
        connect(doc, &Document::linkChanged, this, [this](Id id) {
            if (id == m_link)
                refresh();
        });
        connect(doc, &Document::linkRemoved, this, [this](Id id) {
            if (id == m_link) {
                m_link = 0;
                emit linkGone();
            }
        });
        connect(doc, &Document::cardChanged, this, [this](Id id) {
            if (const Link* l = m_doc->link(m_link);
                l && (l->fromCardId == id || l->toCardId == id))
                refresh();
        });
        for (auto signal : {&Document::stageChanged, &Document::laneChanged})
            connect(doc, signal, this, &LinkEditor::refresh);
        connect(doc, &Document::connectionChanged, this, &LinkEditor::refresh);
        connect(doc, &Document::reloaded, this, [this] {
            if (m_link && !m_doc->link(m_link)) {
                m_link = 0;
                emit linkGone();
            } else {
                refresh();
            }
        });
    }
}

void LinkEditor::setLink(Id linkId)
{
    if (linkId != m_link) {
        m_typing = false;
        m_message->hide();
    }
    m_link = linkId;
    refresh();
}

void LinkEditor::refresh()
{
    const Link* l = m_doc ? m_doc->link(m_link) : nullptr;
    if (!l)
        return;
    QScopedValueRollback updating(m_updating, true);
    m_from->setText(cardText(*m_doc, l->fromCardId));
    m_to->setText(cardText(*m_doc, l->toCardId));
    m_type->setCurrentIndex(int(l->type));
    if (!m_typing && m_label->text() != l->label)
        m_label->setText(l->label);
    const QString refusal = m_doc->isReadOnly() ? QString() : m_doc->linkRefusal(l->id);
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
    const bool editable = !m_doc->isReadOnly() && refusal.isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_label),
                       static_cast<QWidget*>(m_reverse), static_cast<QWidget*>(m_delete)})
        w->setEnabled(editable);
}

void LinkEditor::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LinkEditor::commitType(int index)
{
    const Link* l = m_doc ? m_doc->link(m_link) : nullptr;
    if (m_updating || !l || index < 0 || index == int(l->type))
        return;
    Link after = *l;
    after.type = LinkType(index);
    const Error err = edit::editLink(*m_doc, after);
    showError(err ? err.message : QString());
    if (err) // the model wins, once the combo is done with its signal
        QTimer::singleShot(0, this, &LinkEditor::refresh);
}

void LinkEditor::commitLabel(const QString& text)
{
    const Link* l = m_doc ? m_doc->link(m_link) : nullptr;
    if (m_updating || !l)
        return;
    Link after = *l;
    after.label = text.trimmed();
    QScopedValueRollback typing(m_typing, true);
    const Error err = edit::editLink(*m_doc, after, edit::Merge::Typing);
    showError(err ? err.message : QString());
}

void LinkEditor::reverse()
{
    if (!m_doc || !m_doc->link(m_link))
        return;
    const Error err = edit::reverseLink(*m_doc, m_link);
    showError(err ? err.message : QString());
}

void LinkEditor::remove()
{
    if (!m_doc || !m_doc->link(m_link))
        return;
    const Error err = edit::removeLinks(*m_doc, {m_link});
    showError(err ? err.message : QString());
}

} // namespace cx
