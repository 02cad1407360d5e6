#include "feedbackdialog.h"

#include "feedbacktext.h"

#include "commands/edit.h"
#include "model/document.h"
#include "model/feedbackrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cx {

namespace {

template <typename W>
W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// Sentiment combo: index 0 unset, then −2..+2.
int sentimentIndex(std::optional<int> v) { return v ? *v - emotionMin + 1 : 0; }

} // namespace

FeedbackDialog::FeedbackDialog(Document& doc, const Feedback& item, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_item(item)
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(item.id ? tr("Edit Customer Feedback") : tr("Add Customer Feedback"));

    m_card = named(new QLabel(this), "feedbackCard", tr("The card the feedback is about"));
    m_card->setTextFormat(Qt::PlainText);
    m_card->setWordWrap(true);
    m_words = named(new QPlainTextEdit(this), "feedbackWords", tr("The customer's words"));
    m_words->setTabChangesFocus(true);
    m_words->setPlaceholderText(tr("What the customer said, word for word"));
    m_words->setMinimumHeight(m_words->fontMetrics().lineSpacing() * 5 + 12);
    m_kind = named(new QComboBox(this), "feedbackKind", tr("Kind"));
    m_kind->addItems(FeedbackText::kindLabels());
    m_sentiment = named(new QComboBox(this), "feedbackSentiment", tr("Sentiment"));
    m_sentiment->addItem(tr("Not said"));
    const QStringList feelings{tr("−2 very negative"), tr("−1 negative"), tr("0 neutral"),
                               tr("+1 positive"), tr("+2 very positive")};
    m_sentiment->addItems(feelings);
    m_source = named(new QComboBox(this), "feedbackSource", tr("Source"));
    m_source->addItems(FeedbackText::sourceLabels());
    m_hasDate = named(new QCheckBox(tr("Known"), this), "feedbackHasDate", tr("Date known"));
    m_date = named(new QDateEdit(this), "feedbackDate", tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_segment = named(new QLineEdit(this), "feedbackSegment", tr("Segment or persona"));
    m_segment->setPlaceholderText(tr("e.g. Families, new customers"));
    m_segment->setMaxLength(int(maxFeedbackFieldLength));
    // A QLineEdit shows an address as text: it is never a link, never opened.
    m_reference = named(new QLineEdit(this), "feedbackReference", tr("Reference"));
    m_reference->setPlaceholderText(tr("A ticket number or an address, kept as text"));
    m_reference->setMaxLength(int(maxFeedbackFieldLength));
    m_scale = named(new QComboBox(this), "feedbackScale", tr("Score scale"));
    m_scale->addItems(FeedbackText::scaleLabels());
    m_score = named(new QSpinBox(this), "feedbackScore", tr("Score"));
    m_message = named(new QLabel(this), "feedbackMessage", tr("Why the feedback was not kept"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->hide();

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_scale, 1);
    scoreRow->addWidget(m_score);
    auto* form = new QFormLayout;
    form->addRow(tr("Card:"), m_card);
    form->addRow(tr("&Words:"), m_words);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("S&entiment:"), m_sentiment);
    form->addRow(tr("S&ource:"), m_source);
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_hasDate);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("&Reference:"), m_reference);
    auto* scoreLabel = new QLabel(tr("S&core:"), this);
    scoreLabel->setBuddy(m_scale);
    form->addRow(scoreLabel, scoreRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(item.id ? tr("Save") : tr("Add"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &FeedbackDialog::onScaleChanged);
    connect(m_score, &QSpinBox::valueChanged, this, &FeedbackDialog::onScoreChanged);
    connect(m_sentiment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_autoSentiment = false; // the user's choice stays
    });
    fill();
    resize(520, sizeHint().height());
    // The keyboard starts in the words (or, once redacted, in the kind).
    (m_item.redacted ? static_cast<QWidget*>(m_kind) : m_words)->setFocus(Qt::OtherFocusReason);
}

void FeedbackDialog::fill()
{
    m_filling = true;
    const Card* card = m_doc.card(m_item.cardId);
    m_card->setText(card ? FeedbackText::cardName(m_doc, card->id) : tr("Unsorted feedback"));
    if (m_item.redacted) {
        m_words->setPlainText(QString());
        m_words->setPlaceholderText(tr("Words redacted: they cannot be written again"));
        m_words->setReadOnly(true);
        m_words->setEnabled(false);
    } else {
        m_words->setPlainText(m_item.text);
    }
    m_kind->setCurrentIndex(int(m_item.kind));
    m_sentiment->setCurrentIndex(sentimentIndex(m_item.sentiment));
    m_source->setCurrentIndex(int(m_item.source));
    m_hasDate->setChecked(m_item.date.isValid());
    m_date->setDate(m_item.date.isValid() ? m_item.date : QDate::currentDate());
    m_date->setEnabled(m_item.date.isValid());
    m_segment->setText(m_item.segment);
    m_reference->setText(m_item.reference);
    m_scale->setCurrentIndex(int(m_item.scale));
    onScaleChanged();
    if (m_item.scale != ScoreScale::None)
        m_score->setValue(m_item.score);
    m_filling = false;
}

void FeedbackDialog::onScaleChanged()
{
    const auto scale = ScoreScale(m_scale->currentIndex());
    const bool filling = m_filling;
    m_filling = true;
    m_score->setEnabled(scale != ScoreScale::None);
    m_score->setRange(scale == ScoreScale::Csat ? 1 : 0, scale == ScoreScale::Csat ? 5 : 10);
    m_filling = filling;
    if (scale == ScoreScale::None)
        m_score->setSpecialValueText(tr("—"));
    else
        m_score->setSpecialValueText(QString());
    onScoreChanged();
}

void FeedbackDialog::onScoreChanged()
{
    if (m_filling)
        return;
    const auto scale = ScoreScale(m_scale->currentIndex());
    const bool unset = m_sentiment->currentIndex() == 0;
    if (!unset && !m_autoSentiment)
        return;
    const std::optional<int> mapped = sentimentOfScore(scale, m_score->value());
    m_filling = true;
    m_sentiment->setCurrentIndex(sentimentIndex(mapped));
    m_filling = false;
    m_autoSentiment = mapped.has_value();
}

Feedback FeedbackDialog::feedback() const
{
    Feedback f = m_item;
    f.text = f.redacted ? QString() : m_words->toPlainText(); // never trimmed
    f.kind = FeedbackKind(m_kind->currentIndex());
    const int s = m_sentiment->currentIndex();
    f.sentiment = s == 0 ? std::nullopt : std::optional<int>(s - 1 + emotionMin);
    f.source = FeedbackSource(m_source->currentIndex());
    f.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    f.segment = m_segment->text();
    f.reference = m_reference->text();
    f.scale = ScoreScale(m_scale->currentIndex());
    f.score = f.scale == ScoreScale::None ? 0 : m_score->value();
    return f;
}

void FeedbackDialog::accept()
{
    const Feedback f = feedback();
    if (!f.redacted && f.text.trimmed().isEmpty() && f.scale == ScoreScale::None &&
        f.kind == FeedbackKind::None && !f.sentiment) {
        m_message->setText(tr("Write the customer's words, or give a kind, sentiment or score."));
        m_message->show();
        m_words->setFocus(Qt::OtherFocusReason);
        return;
    }
    Error err;
    if (m_item.id == 0) {
        Result<Id> added = edit::addFeedback(m_doc, f);
        if (added)
            m_item.id = added.value();
        else
            err = added.error();
    } else {
        err = edit::editFeedback(m_doc, f);
    }
    if (err) {
        m_message->setText(err.message);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace cx
