#include "quickaddbar.h"

#include "io/quickadd.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace cx {

namespace {

const char* syntax = QT_TRANSLATE_NOOP("cx::QuickAddBar",
                                       "stage / lane: title @owner +contributor !pain -2 #channel");

} // namespace

QuickAddBar::QuickAddBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quickAddBar"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("quickAddLine"));
    m_edit->setPlaceholderText(tr(syntax));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(
        tr("<p>One line becomes a card: <b>%1</b></p>"
           "<p>Stage and lane match by name or unique prefix; a new lane is written "
           "“Name (kind)”. @ names the accountable department, + a contributing one; "
           "!pain (or !low, !high) marks a pain point; -2..+2 is the emotion; # the "
           "channel. Enter adds the card, Tab completes a name, Esc closes the bar.</p>")
            .arg(tr(syntax).toHtmlEscaped()));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("quickAddMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &QuickAddBar::insertCompletion);

    connect(m_edit, &QLineEdit::returnPressed, this, &QuickAddBar::submit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_pickedByKey = false;
        if (!m_pendingLine.isEmpty() && m_edit->text() != m_pendingLine) {
            m_pendingLine.clear();
            showHelp();
        }
        updateCompletions();
    });
    m_edit->installEventFilter(this);
    m_completer->popup()->installEventFilter(this); // before the completer's own filter
    showHelp();
}

void QuickAddBar::setDocument(Document* doc)
{
    m_doc = doc;
    m_journey = m_fallbackStage = m_fallbackLane = 0;
    m_pendingLine.clear();
    showHelp();
}

void QuickAddBar::setJourney(Id journeyId)
{
    if (journeyId == m_journey)
        return;
    m_journey = journeyId;
    m_fallbackStage = m_fallbackLane = 0;
    m_pendingLine.clear();
    showHelp();
}

void QuickAddBar::setFallbackCell(Id stageId, Id laneId)
{
    m_fallbackStage = stageId;
    m_fallbackLane = laneId;
}

void QuickAddBar::open()
{
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString QuickAddBar::message() const { return m_message->text(); }

bool QuickAddBar::eventFilter(QObject* watched, QEvent* event)
{
    QAbstractItemView* popup = m_completer->popup();
    if (watched == popup && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Tab && m_completions->rowCount() > 0) {
        // Tab takes the chosen candidate, or the first one.
        const QModelIndex current = popup->currentIndex();
        popup->hide();
        insertCompletion(
            m_completions->index(current.isValid() ? current.row() : 0).data().toString());
        updateCompletions();
        return true;
    }
    if (watched == popup && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down)
            m_pickedByKey = true;
        // Enter adds the line as typed unless a candidate was picked with the
        // arrow keys: the pointer resting over the popup also makes a current
        // row, and the completer would hand the key to the line edit behind
        // returnPressed, losing the first Enter.
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            (!m_pickedByKey || !popup->currentIndex().isValid())) {
            popup->hide();
            submit();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
        !m_completer->popup()->isVisible()) {
        cancel();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QuickAddBar::cancel()
{
    if (!m_pendingLine.isEmpty()) {
        m_pendingLine.clear();
        showHelp();
        return;
    }
    hide();
    emit closed();
}

void QuickAddBar::submit()
{
    QAbstractItemView* popup = m_completer->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        return; // Enter picks the completion (insertCompletion)
    popup->hide();
    if (!m_doc) {
        showMessage(tr("No document is open"), Tone::Error);
        return;
    }
    const QString line = m_edit->text();
    const Result<QuickAdd> parsed =
        parseQuickAdd(line, *m_doc, m_journey, m_fallbackStage, m_fallbackLane);
    if (!parsed.ok()) {
        showMessage(parsed.error().message, Tone::Error);
        return;
    }
    if (parsed->hasMissing() && line != m_pendingLine) {
        m_pendingLine = line;
        showMessage(
            tr("Create %1? Enter creates, Esc or an edit cancels").arg(parsed->missingText()),
            Tone::Prompt);
        return;
    }
    const Result<Id> added = addQuickCard(*m_doc, m_journey, *parsed, true);
    m_pendingLine.clear();
    if (!added.ok()) {
        showMessage(added.error().message, Tone::Error);
        return;
    }
    if (const Card* c = m_doc->card(*added)) // the next card goes into the same cell
        setFallbackCell(c->stageId, c->laneId);
    m_edit->clear();
    m_edit->setFocus();
    showHelp();
    emit cardAdded(*added);
}

void QuickAddBar::updateCompletions()
{
    if (!m_doc) {
        m_completer->popup()->hide();
        return;
    }
    const QString before = m_edit->text().left(m_edit->cursorPosition());
    m_completionStart = quickAddTokenStart(before);
    m_completionEnd = before.size();
    const QStringList candidates = quickAddCompletions(before, *m_doc, m_journey);
    m_completions->setStringList(candidates);
    if (candidates.isEmpty() ||
        (candidates.size() == 1 && candidates.first() == before.mid(m_completionStart))) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    // Nothing chosen until Down: Enter adds the card as typed.
    m_completer->popup()->setCurrentIndex(QModelIndex());
}

void QuickAddBar::insertCompletion(const QString& completion)
{
    const QString text = m_edit->text();
    QString after = text.mid(m_completionEnd);
    QString inserted = completion;
    // "Purchase / " before " / lane: ..." (or "Lane: " before ": ..."): one separator.
    for (const char sep : {'/', ':'}) {
        if (inserted.trimmed().endsWith(QLatin1Char(sep)) &&
            after.trimmed().startsWith(QLatin1Char(sep))) {
            after = after.mid(after.indexOf(QLatin1Char(sep)) + 1);
            while (after.startsWith(QLatin1Char(' ')))
                after.remove(0, 1);
        }
    }
    if (!inserted.endsWith(QLatin1Char(' ')) && !after.startsWith(QLatin1Char(' ')))
        inserted += QLatin1Char(' ');
    m_edit->setText(text.left(m_completionStart) + inserted + after);
    m_edit->setCursorPosition(int(m_completionStart + inserted.size()));
}

void QuickAddBar::showMessage(const QString& text, Tone tone)
{
    QString color = palette().color(QPalette::PlaceholderText).name();
    if (tone == Tone::Error)
        color = QStringLiteral("#c62828");
    else if (tone == Tone::Prompt)
        color = palette().color(QPalette::WindowText).name();
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_message->setProperty("tone", int(tone));
    m_message->setText(text);
}

void QuickAddBar::showHelp()
{
    showMessage(tr("Enter adds the card · Tab completes · Esc closes · %1").arg(tr(syntax)),
                Tone::Help);
}

} // namespace cx
