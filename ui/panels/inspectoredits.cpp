// The Inspector's edits: each field's widget committed to the card as one
// command (typing merges into one undo step).

#include "inspector.h"
#include "inspectorwidgets.h"

#include "commands/edit.h"
#include "model/linkrules.h"
#include "model/shorttext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

namespace cx {

using inspector::emotionText;

namespace {

void setEnumValue(Card& c, CardField field, int value)
{
    if (field == CardField::Evidence)
        c.evidence = Evidence(value);
    else if (field == CardField::Severity)
        c.severity = Level(value);
    else if (field == CardField::Impact)
        c.impact = Level(value);
    else if (field == CardField::Status)
        c.status = CardStatus(value);
}

} // namespace

// --- Widgets -> model ----------------------------------------------------------------

bool Inspector::commit(const Card& after, CardFields fields, bool typing)
{
    QScopedValueRollback editing(m_editing, fields);
    const Error err = edit::editCard(*m_doc, after, typing ? edit::Merge::Typing : edit::Merge::No);
    if (err) {
        // The Document reports the error; the model wins. Later, as the widget
        // that asked may be in the middle of its own signal.
        QTimer::singleShot(0, this, [this, fields] { refresh(fields); });
    }
    return !err;
}

void Inspector::commitTitle(const QString& text)
{
    const Card* c = current();
    if (m_updating || !c || text.trimmed().isEmpty())
        return; // an empty title is refused: kept on screen until editing ends
    QScopedValueRollback editing(m_editing, CardFields(CardField::Title));
    if (edit::setCardTitle(*m_doc, c->id, text, edit::Merge::Typing))
        QTimer::singleShot(0, this, [this] { refresh(CardField::Title); });
}

void Inspector::commitDescription()
{
    if (auto after = editable()) {
        after->description = m_description->toPlainText();
        commit(*after, CardField::Description, true);
    }
}

void Inspector::commitChannel()
{
    auto after = editable();
    if (!after)
        return;
    after->channel = m_channel->currentText().trimmed();
    if (commit(*after, CardField::Channel)) {
        QScopedValueRollback updating(m_updating, true);
        m_channel->setEditText(after->channel);
    }
}

void Inspector::commitAccountable()
{
    auto after = editable();
    if (!after || m_accountable->currentIndex() < 0)
        return;
    after->accountableId = m_accountable->currentData().toLongLong();
    after->contributingIds.removeAll(after->accountableId);
    if (commit(*after, CardField::Accountable))
        refreshDepartments(false); // the new owner no longer contributes
}

void Inspector::commitContributing()
{
    auto after = editable();
    if (!after)
        return;
    after->contributingIds.clear();
    for (int i = 0; i < m_contributing->count(); ++i) {
        const QListWidgetItem* item = m_contributing->item(i);
        if (item->checkState() == Qt::Checked)
            after->contributingIds.append(item->data(Qt::UserRole).toLongLong());
    }
    commit(*after, CardField::Contributing);
}

void Inspector::commitEmotion()
{
    auto after = editable();
    if (!after)
        return;
    after->emotion = m_notRated->isChecked() ? std::nullopt : std::optional(m_emotion->value());
    m_emotion->setEnabled(after->emotion.has_value());
    m_emotionText->setText(emotionText(after->emotion));
    commit(*after, CardField::Emotion);
}

void Inspector::commitEnum(CardField field, int index)
{
    if (auto after = editable(); after && index >= 0) {
        setEnumValue(*after, field, index);
        commit(*after, field);
    }
}

void Inspector::commitVotes(int votes)
{
    if (auto after = editable()) {
        after->votes = votes;
        commit(*after, CardField::Votes);
    }
}

// Comma-separated, trimmed; empty and repeated tags are dropped.
void Inspector::commitTags()
{
    auto after = editable();
    if (!after)
        return;
    after->tags.clear();
    for (const QString& part : m_tags->text().split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !after->tags.contains(tag))
            after->tags << tag;
    }
    if (commit(*after, CardField::Tags)) {
        QScopedValueRollback updating(m_updating, true);
        m_tags->setText(after->tags.join(QStringLiteral(", ")));
    }
}

// The card's links, each a click (or Tab and Enter) away: "link:ID" anchors.
void Inspector::refreshLinks()
{
    const Card* c = current();
    if (!c)
        return;
    // Each link a click away: "→ feeds “Invoice sent”", "← “Credit check” feeds".
    constexpr int shown = 8;
    QList<Id> ids = m_doc->linkIdsOf(c->id);
    std::sort(ids.begin(), ids.end());
    QStringList lines;
    for (Id id : std::as_const(ids)) {
        const Link* l = m_doc->link(id);
        const Card* other =
            l ? m_doc->card(l->fromCardId == c->id ? l->toCardId : l->fromCardId) : nullptr;
        if (!other || lines.size() == shown)
            continue;
        const QString title =
            inQuotes(QFontMetrics(font()).elidedText(other->title, Qt::ElideRight, 180));
        const QString text = l->fromCardId == c->id
                                 ? linkPhrase(l->type, QStringLiteral("→"), title)
                                 : QStringLiteral("← ") + linkPhrase(l->type, title, QString());
        lines << QStringLiteral("<a href=\"link:%1\">%2</a>").arg(id).arg(text.toHtmlEscaped());
    }
    if (ids.size() > shown)
        lines << tr("and %1 more").arg(ids.size() - shown);
    m_links->setText(lines.isEmpty() ? tr("None (Alt-drag from one card to another)")
                                     : lines.join(QStringLiteral("<br>")));
}

} // namespace cx
