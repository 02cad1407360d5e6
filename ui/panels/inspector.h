#pragma once

// The card Inspector: a dock panel that shows and edits every field of the
// selected card. It writes through the edit facade only (one undo step per
// gesture, typing merged) and follows the Document's change signals, so undo,
// redo and edits made elsewhere show up at once.

#include "model/document.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace cx {

class CommentsBox;
class FeedbackBox;
class ReviewBox;
class LinkEditor;

class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(QWidget* parent = nullptr);
    ~Inspector() override;

    // The document to show (nullptr: none). Disconnects the previous one and
    // clears the selection.
    void setDocument(Document* doc);
    Document* document() const { return m_doc; }

    // The selection: none shows a hint, one card the editor, several a count.
    void setCards(const QList<Id>& cardIds);
    QList<Id> cards() const { return m_cardIds; }
    // The card being edited (0 unless exactly one card is selected).
    Id card() const;
    // A link selected alone: its own page (LinkEditor). setCards ends it.
    void setLink(Id linkId);
    Id link() const;
    // Scrolls to the card's comments and puts the cursor in a new one.
    void focusNewComment();
    // The card's customer feedback (Edit > Add Feedback… opens its Add…).
    FeedbackBox* feedbackBox() const { return m_feedback; }

signals:
    // Esc in the comment field.
    void commentFinished();
    // Show Impact was pressed for the card shown.
    void impactRequested(cx::Id cardId);
    // One of the card's links, or a link's card, was clicked.
    void linkActivated(cx::Id linkId);
    void cardActivated(cx::Id cardId);

private:
    void buildCardSection(QFormLayout* form);
    void buildOwnershipSection(QFormLayout* form);
    void buildExperienceSection(QFormLayout* form);
    void buildMetricsSection(QFormLayout* form);
    QWidget* buildEmotionEditor();
    QWidget* buildKpiEditor();
    void addEnumRow(QFormLayout* form, const QString& label, const char* objectName,
                    const QStringList& items, CardField field);

    void showSelection();
    void refresh(CardFields fields);
    void refreshContext();
    void refreshLinks();
    void refreshChannels();
    void refreshDepartments(bool accountableCombo);
    void refreshEmotion();
    void refreshKpis();

    void onCardChanged(Id id, CardFields fields);
    void onCardRemoved(Id id);
    void onReloaded();

    const Card* current() const;
    // A copy of the current card to change; none while widgets are being filled.
    std::optional<Card> editable() const;
    // Pushes one edit of the current card. The change signal does not refresh
    // 'fields' (the widget the user is in); a refused edit refreshes them.
    bool commit(const Card& after, CardFields fields, bool typing = false);

    void commitTitle(const QString& text);
    void commitDescription();
    void commitChannel();
    void commitAccountable();
    void commitContributing();
    void commitEmotion();
    void commitEnum(CardField field, int index);
    void commitVotes(int votes);
    void commitTags();

    void onKpiItemChanged(QTableWidgetItem* item);
    void onKpiKindChanged(int row, int kindIndex);
    void addKpi();
    void removeKpi();
    void showKpiMessage(const QString& message);

    QPointer<Document> m_doc;
    QList<Id> m_cardIds;
    CardFields m_editing = CardField::None; // fields of the edit in flight
    bool m_updating = false;                // filling widgets from the model

    QStackedWidget* m_stack = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_editor = nullptr;
    LinkEditor* m_linkEditor = nullptr;
    QLabel* m_refusal = nullptr; // on a team map: why this card cannot be changed
    QScrollArea* m_scroll = nullptr;

    QLabel* m_stage = nullptr;
    QLabel* m_lane = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_tags = nullptr;
    // Evidence, severity, impact and status: combo index = int(enum value).
    QList<std::pair<CardField, QComboBox*>> m_enumCombos;

    QComboBox* m_accountable = nullptr;
    QListWidget* m_contributing = nullptr;
    QLabel* m_links = nullptr;

    QLabel* m_voteDetail = nullptr; // who cast the votes
    CommentsBox* m_comments = nullptr;
    ReviewBox* m_review = nullptr;
    FeedbackBox* m_feedback = nullptr;

    QSlider* m_emotion = nullptr;
    QLabel* m_emotionText = nullptr;
    QCheckBox* m_notRated = nullptr;

    QSpinBox* m_votes = nullptr;
    QTableWidget* m_kpis = nullptr;
    QPushButton* m_addKpi = nullptr;
    QPushButton* m_removeKpi = nullptr;
    QLabel* m_kpiMessage = nullptr;
};

} // namespace cx
