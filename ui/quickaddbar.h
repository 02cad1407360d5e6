#pragma once

// The quick-add bar (workshop mode): one line of text becomes a card, e.g.
// "purchase / touchpoint: Checkout page times out @IT +Billing !pain -2 #web"
// (the syntax: io/quickadd.h). Completion offers stages, lanes, departments
// and channels as you type; Enter adds the card and clears the line for the
// next one, which goes into the same cell unless it names another; names that
// do not exist yet are offered for creation inline (Enter again creates them
// with the card, in one undo step); Esc hides the bar. Errors show in red
// under the field.

#include "model/document.h"

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace cx {

class QuickAddBar : public QWidget
{
    Q_OBJECT

public:
    explicit QuickAddBar(QWidget* parent = nullptr);

    // The document to add to; forgets the journey and cell: call setJourney next.
    void setDocument(Document* doc);
    void setJourney(Id journeyId);
    // Where a line that names no cell goes (e.g. the selected card's cell).
    void setFallbackCell(Id stageId, Id laneId);
    // Shows the bar and focuses its field.
    void open();

    QLineEdit* lineEdit() const { return m_edit; }
    // The line under the field: help, an error or the creation prompt.
    QString message() const;
    bool isPromptingToCreate() const { return !m_pendingLine.isEmpty(); }

signals:
    void cardAdded(cx::Id cardId);
    // Esc closed the bar: the keyboard goes back to the canvas.
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Tone
    {
        Help,
        Prompt,
        Error
    };
    void submit();
    void updateCompletions();
    void insertCompletion(const QString& completion);
    void showMessage(const QString& text, Tone tone);
    void showHelp();
    void cancel(); // Esc: drops a pending prompt, else hides the bar

    QPointer<Document> m_doc;
    Id m_journey = 0;
    Id m_fallbackStage = 0;
    Id m_fallbackLane = 0;
    QLineEdit* m_edit = nullptr;
    QLabel* m_message = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completions = nullptr;
    qsizetype m_completionStart = 0; // the token that a completion replaces
    qsizetype m_completionEnd = 0;
    QString m_pendingLine;      // offered for creation: Enter again creates the names
    bool m_pickedByKey = false; // a completion chosen with the arrow keys
};

} // namespace cx
