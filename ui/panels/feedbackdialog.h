#pragma once

// Adds or edits one item of customer feedback: the customer's words (plain
// text, kept exactly as typed), kind, sentiment, source, date, segment,
// reference (kept as text, never opened) and a survey score with its scale.
// A score entered while the sentiment is unset fills in the sentiment the
// score says (feedbackrules.h). A redacted item's words cannot be written
// again. OK makes the change through core/commands/edit.h (one undo step); a
// refusal is shown in the dialog, which stays open.

#include "model/types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cx {

class Document;

class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    // item.id 0: a new item on item.cardId (0: the inbox); else the item to edit.
    FeedbackDialog(Document& doc, const Feedback& item, QWidget* parent = nullptr);

    // The item as the fields say.
    Feedback feedback() const;
    // The new item's id after an accepted add; the edited one's after an edit.
    Id itemId() const { return m_item.id; }

    void accept() override;

private:
    void fill();
    void onScaleChanged();
    void onScoreChanged();

    Document& m_doc;
    Feedback m_item;
    bool m_autoSentiment = false; // the sentiment shown came from the score
    bool m_filling = false;

    QLabel* m_card = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_sentiment = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_hasDate = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_segment = nullptr;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_scale = nullptr;
    QSpinBox* m_score = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cx
