#include "inspector.h"

#include "commentsbox.h"
#include "feedbackbox.h"
#include "inspectorwidgets.h"
#include "linkeditor.h"
#include "reviewbox.h"

#include "commands/edit.h"
#include "model/enumnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cx {

namespace inspector {

QString signedNumber(int v)
{
    return (v < 0 ? QStringLiteral("\u2212") : (v > 0 ? QStringLiteral("+") : QString())) +
           QString::number(qAbs(v));
}

// "−1 Frustrated": the same words as the canvas; a dash when not rated.
QString emotionText(std::optional<int> emotion)
{
    // The dash sits next to the checked "Not rated" box.
    return emotion ? emotionLabel(*emotion) : QStringLiteral("\u2014");
}

} // namespace inspector

using inspector::emotionText;
using inspector::named;
using inspector::signedNumber;
using inspector::textLabel;

namespace {

// Combo items in enum order: a combo's index is int(value).
QStringList evidenceLabels()
{
    return {Inspector::tr("Observed"), Inspector::tr("Assumed"), Inspector::tr("Proposed")};
}

QStringList levelLabels()
{
    return {Inspector::tr("None"), Inspector::tr("Low"), Inspector::tr("Medium"),
            Inspector::tr("High")};
}

QStringList statusLabels()
{
    return {Inspector::tr("Open"), Inspector::tr("In progress"), Inspector::tr("Done"),
            Inspector::tr("Dropped")};
}

int enumValue(const Card& c, CardField field)
{
    switch (field) {
    case CardField::Evidence:
        return int(c.evidence);
    case CardField::Severity:
        return int(c.severity);
    case CardField::Impact:
        return int(c.impact);
    default:
        return int(c.status);
    }
}

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.isValid() ? color.darker(140) : QColor(Qt::gray));
    p.setBrush(color.isValid() ? QBrush(color) : QBrush(Qt::NoBrush));
    p.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

// "MKT — Marketing"; just "IT" when the short name is the name.
QString departmentText(const Department& d)
{
    const QString shortName = d.shortName.trimmed();
    if (shortName.isEmpty() || shortName.compare(d.name.trimmed(), Qt::CaseInsensitive) == 0)
        return d.name;
    return QStringLiteral("%1 \u2014 %2").arg(shortName, d.name);
}

// Adds a labelled row; the widget's accessible name is its label ("&Title:" -> "Title").
template <typename W>
W* addRow(QFormLayout* form, const QString& label, const char* objectName, W* widget)
{
    named(widget, objectName, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, widget);
    return widget;
}

void addSection(QFormLayout* form, const QString& text, bool first = false)
{
    auto* label = named(new QLabel(text), "section", text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, first ? 0 : 12, 0, 2);
    form->addRow(label);
}

} // namespace

Inspector::Inspector(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Card inspector"));
    m_hint = named(new QLabel, "hint", tr("Inspector hint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMargin(16);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    buildCardSection(form);
    buildOwnershipSection(form);
    buildExperienceSection(form);
    buildMetricsSection(form);
    m_editor = named(new QWidget, "editor", tr("Card details"));
    auto* page = new QVBoxLayout(m_editor);
    m_refusal = named(new QLabel, "refusal", tr("Why this card cannot be changed"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_refusal->hide();
    page->addWidget(m_refusal);
    page->addLayout(form);
    page->addStretch(1); // rows keep their height in a tall dock

    auto* scroll = named(new QScrollArea, "scroll", tr("Card details"));
    m_scroll = scroll;
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_linkEditor = named(new LinkEditor, "linkEditor", tr("Link inspector"));
    connect(m_linkEditor, &LinkEditor::cardActivated, this, &Inspector::cardActivated);
    connect(m_linkEditor, &LinkEditor::linkGone, this, [this] { setCards({}); });

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_hint);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_linkEditor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showSelection();
}

Inspector::~Inspector() = default;

void Inspector::buildCardSection(QFormLayout* form)
{
    addSection(form, tr("Card"), true);
    m_stage = addRow(form, tr("Stage:"), "stage", textLabel());
    m_lane = addRow(form, tr("Lane:"), "lane", textLabel());

    m_title = addRow(form, tr("&Title:"), "title", new QLineEdit);
    m_title->setPlaceholderText(tr("What happens, in a few words"));
    connect(m_title, &QLineEdit::textEdited, this, &Inspector::commitTitle);
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_title->text().trimmed().isEmpty())
            refresh(CardField::Title); // a card needs a title: the old one comes back
    });

    m_description = addRow(form, tr("&Description:"), "description", new QPlainTextEdit);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Details, quotes, evidence…"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_description, &QPlainTextEdit::textChanged, this, &Inspector::commitDescription);

    m_channel = addRow(form, tr("C&hannel:"), "channel", new QComboBox);
    m_channel->setEditable(true);
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    m_channel->lineEdit()->setPlaceholderText(tr("No channel"));
    connect(m_channel, &QComboBox::activated, this, &Inspector::commitChannel);
    connect(m_channel->lineEdit(), &QLineEdit::editingFinished, this, &Inspector::commitChannel);

    addEnumRow(form, tr("&Status:"), "status", statusLabels(), CardField::Status);
    m_tags = addRow(form, tr("T&ags:"), "tags", new QLineEdit);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. quick win, web"));
    connect(m_tags, &QLineEdit::editingFinished, this, &Inspector::commitTags);
}

void Inspector::buildOwnershipSection(QFormLayout* form)
{
    addSection(form, tr("Ownership"));
    m_accountable = addRow(form, tr("Acc&ountable:"), "accountable", new QComboBox);
    m_accountable->setAccessibleName(tr("Accountable department"));
    m_accountable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accountable->setMinimumContentsLength(12);
    connect(m_accountable, &QComboBox::currentIndexChanged, this, &Inspector::commitAccountable);

    m_contributing = addRow(form, tr("Contributing:"), "contributing", new QListWidget);
    m_contributing->setAccessibleName(tr("Contributing departments"));
    m_contributing->setSelectionMode(QAbstractItemView::NoSelection);
    m_contributing->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_contributing, &QListWidget::itemChanged, this, &Inspector::commitContributing);

    m_links = addRow(form, tr("Links:"), "links", textLabel());
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard |
                                     Qt::TextSelectableByMouse);
    m_links->setToolTip(tr("Click a link to select it, to retype, relabel, reverse or delete it"));
    connect(m_links, &QLabel::linkActivated, this, [this](const QString& href) {
        emit linkActivated(href.section(QLatin1Char(':'), 1).toLongLong());
    });
    auto* impact = new QPushButton(tr("Show Impact"));
    impact->setObjectName(QStringLiteral("showImpact"));
    impact->setAccessibleName(tr("Show the card's impact"));
    impact->setToolTip(tr("Trace the card's domino effect on the canvas (Ctrl+Shift+I)"));
    connect(impact, &QPushButton::clicked, this, [this] {
        if (const Card* c = current())
            emit impactRequested(c->id);
    });
    form->addRow(QString(), impact);
}

void Inspector::buildExperienceSection(QFormLayout* form)
{
    addSection(form, tr("Experience"));
    form->addRow(tr("&Emotion:"), buildEmotionEditor());
    addEnumRow(form, tr("E&vidence:"), "evidence", evidenceLabels(), CardField::Evidence);
    addEnumRow(form, tr("&Pain severity:"), "severity", levelLabels(), CardField::Severity);
    addEnumRow(form, tr("Opport&unity:"), "impact", levelLabels(), CardField::Impact);
}

void Inspector::addEnumRow(QFormLayout* form, const QString& label, const char* objectName,
                           const QStringList& items, CardField field)
{
    auto* combo = addRow(form, label, objectName, new QComboBox);
    combo->addItems(items);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, field](int index) { commitEnum(field, index); });
    m_enumCombos.append({field, combo});
}

QWidget* Inspector::buildEmotionEditor()
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* top = new QHBoxLayout;
    m_emotionText = named(new QLabel, "emotionText", tr("Emotion value"));
    m_notRated = named(new QCheckBox(tr("Not rated")), "notRated", tr("Emotion not rated"));
    top->addWidget(m_emotionText, 1);
    top->addWidget(m_notRated);
    column->addLayout(top);

    m_emotion = named(new QSlider(Qt::Horizontal), "emotion", tr("Emotion"));
    m_emotion->setRange(emotionMin, emotionMax);
    m_emotion->setPageStep(1);
    m_emotion->setTickPosition(QSlider::TicksBelow);
    column->addWidget(m_emotion);

    auto* ticks = new QHBoxLayout;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int v = emotionMin; v <= emotionMax; ++v) {
        auto* tick = named(new QLabel(signedNumber(v)), "emotionTick", emotionText(v));
        tick->setFont(small);
        tick->setForegroundRole(QPalette::PlaceholderText);
        if (v > emotionMin)
            ticks->addStretch(1);
        ticks->addWidget(tick);
    }
    column->addLayout(ticks);

    connect(m_emotion, &QSlider::valueChanged, this, [this](int v) {
        m_emotionText->setText(emotionText(v));
        if (!m_emotion->isSliderDown()) // a drag is one edit, on release
            commitEmotion();
    });
    connect(m_emotion, &QSlider::sliderReleased, this, &Inspector::commitEmotion);
    connect(m_notRated, &QCheckBox::toggled, this, &Inspector::commitEmotion);
    return box;
}

void Inspector::buildMetricsSection(QFormLayout* form)
{
    addSection(form, tr("Metrics"));
    m_votes = addRow(form, tr("V&otes:"), "votes", new QSpinBox);
    m_votes->setRange(0, 999);
    m_votes->setKeyboardTracking(false);
    connect(m_votes, &QSpinBox::valueChanged, this, &Inspector::commitVotes);
    m_voteDetail = addRow(form, QString(), "voteDetail", textLabel());
    m_voteDetail->setAccessibleName(tr("Votes by participant"));
    form->addRow(named(new QLabel(tr("Key performance indicators:")), "kpiCaption", tr("KPIs")));
    form->addRow(buildKpiEditor());
    addSection(form, tr("Review and actions"));
    m_review = new ReviewBox(this);
    form->addRow(m_review);
    connect(m_review, &ReviewBox::cardActivated, this, &Inspector::cardActivated);
    addSection(form, tr("Customer feedback"));
    form->addRow(m_feedback = new FeedbackBox(this));
    addSection(form, tr("Comments"));
    m_comments = new CommentsBox(this);
    form->addRow(m_comments);
    connect(m_comments, &CommentsBox::finished, this, &Inspector::commentFinished);
}

// --- Document and selection ----------------------------------------------------------

void Inspector::setDocument(Document* doc)
{
    if (m_doc == doc)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_cardIds.clear();
    if (doc) {
        connect(doc, &Document::cardChanged, this, &Inspector::onCardChanged);
        connect(doc, &Document::cardRemoved, this, &Inspector::onCardRemoved);
        connect(doc, &Document::cardMoved, this, &Inspector::refreshContext);
        connect(doc, &Document::stageChanged, this, &Inspector::refreshContext);
        connect(doc, &Document::laneChanged, this, &Inspector::refreshContext);
        for (auto signal : {&Document::departmentAdded, &Document::departmentChanged,
                            &Document::departmentRemoved})
            connect(doc, signal, this, [this] { refreshDepartments(true); });
        connect(doc, &Document::departmentMoved, this, [this] { refreshDepartments(true); });
        for (auto signal : {&Document::linkAdded, &Document::linkChanged})
            connect(doc, signal, this, &Inspector::refreshLinks);
        connect(doc, &Document::linkRemoved, this, &Inspector::refreshLinks);
        connect(doc, &Document::reloaded, this, &Inspector::onReloaded);
        connect(doc, &QObject::destroyed, this, [this] { setCards({}); });
    }
    m_comments->setDocument(doc);
    m_review->setDocument(doc);
    m_feedback->setDocument(doc);
    m_linkEditor->setDocument(doc);
    showSelection();
}

void Inspector::setCards(const QList<Id>& cardIds)
{
    m_cardIds = cardIds;
    m_linkEditor->setLink(0);
    showSelection();
}

Id Inspector::card() const { return m_cardIds.size() == 1 ? m_cardIds.first() : 0; }

void Inspector::setLink(Id linkId)
{
    if (!m_doc || !m_doc->link(linkId))
        return setCards({});
    m_cardIds.clear();
    showSelection();
    m_linkEditor->setLink(linkId);
    m_stack->setCurrentWidget(m_linkEditor);
}

Id Inspector::link() const { return m_linkEditor->link(); }

void Inspector::focusNewComment()
{
    if (!current())
        return;
    m_scroll->ensureWidgetVisible(m_comments, 0, 0);
    m_comments->focusNewComment();
}

const Card* Inspector::current() const
{
    return m_doc && m_cardIds.size() == 1 ? m_doc->card(m_cardIds.first()) : nullptr;
}

std::optional<Card> Inspector::editable() const
{
    const Card* c = current();
    return c && !m_updating ? std::optional<Card>(*c) : std::nullopt;
}

void Inspector::showSelection()
{
    showKpiMessage({});
    m_comments->setCard(current() ? current()->id : 0);
    m_review->setCard(current() ? current()->id : 0);
    m_feedback->setCard(current() ? current()->id : 0);
    if (!current()) {
        m_hint->setText(m_cardIds.size() > 1
                            ? QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                  .arg(tr("%n cards selected", nullptr, int(m_cardIds.size())),
                                       tr("Select a single card to edit its details."))
                            : tr("Select a card or a link to see and edit its details"));
        m_stack->setCurrentIndex(0);
        return;
    }
    refreshContext();
    refreshLinks();
    refresh(CardField::All);
    // A read-only document is shown greyed out; the scroll area stays usable.
    m_editor->setEnabled(!m_doc->isReadOnly());
    // On a team map, another department's card: its fields are greyed out
    // and say why; votes and comments stay open to every member.
    const QString refusal = m_doc->isReadOnly() ? QString() : m_doc->cardRefusal(current()->id);
    for (QWidget* w : m_editor->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w == m_comments || w == m_refusal)
            continue;
        w->setEnabled(refusal.isEmpty());
    }
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
    m_stack->setCurrentIndex(1);
}

void Inspector::onCardChanged(Id id, CardFields fields)
{
    if (id == card())
        refresh(fields & ~m_editing);
    // The link list names the cards at the other ends.
    else if (fields.testFlag(CardField::Title) && card()) {
        for (Id link : m_doc->linkIdsOf(id)) {
            const Link* l = m_doc->link(link);
            if (l && (l->fromCardId == card() || l->toCardId == card()))
                return refreshLinks();
        }
    }
}

void Inspector::onCardRemoved(Id id)
{
    if (m_cardIds.removeAll(id) > 0)
        showSelection();
}

void Inspector::onReloaded()
{
    m_cardIds.removeIf([this](Id id) { return !m_doc || !m_doc->card(id); });
    showSelection();
}

// --- Model -> widgets ----------------------------------------------------------------

void Inspector::refresh(CardFields fields)
{
    const Card* c = current();
    if (!c)
        return;
    QScopedValueRollback updating(m_updating, true);
    if (fields.testFlag(CardField::Title) && m_title->text() != c->title) {
        m_title->setText(c->title);
        if (!m_title->hasFocus())
            m_title->setCursorPosition(0); // a long title shows its start
    }
    if (fields.testFlag(CardField::Description) && m_description->toPlainText() != c->description)
        m_description->setPlainText(c->description);
    if (fields.testFlag(CardField::Channel))
        refreshChannels();
    if (fields.testAnyFlags(CardField::Accountable | CardField::Contributing))
        refreshDepartments(fields.testFlag(CardField::Accountable));
    if (fields.testFlag(CardField::Emotion))
        refreshEmotion();
    for (const auto& [field, combo] : m_enumCombos) {
        if (fields.testFlag(field))
            combo->setCurrentIndex(enumValue(*c, field));
    }
    if (fields.testFlag(CardField::Votes)) {
        // The participants' dots are theirs to take back (Voting panel);
        // the count cannot go below them.
        m_votes->setMinimum(c->dotCount());
        m_votes->setValue(c->votes);
        QStringList voters;
        for (const Dot& d : c->dots) {
            if (const Participant* p = m_doc->participant(d.participantId))
                voters << tr("%1 %2").arg(p->name, QString::number(d.count));
        }
        if (!voters.isEmpty() && c->votes > c->dotCount())
            voters << tr("%1 unnamed").arg(c->votes - c->dotCount());
        m_voteDetail->setText(voters.join(QStringLiteral(", ")));
        m_voteDetail->setVisible(!voters.isEmpty());
    }
    if (fields.testFlag(CardField::Tags)) {
        m_tags->setText(c->tags.join(QStringLiteral(", ")));
        if (!m_tags->hasFocus())
            m_tags->setCursorPosition(0);
    }
    if (fields.testFlag(CardField::Kpis))
        refreshKpis();
}

void Inspector::refreshContext()
{
    const Card* c = current();
    if (!c)
        return;
    const Stage* stage = m_doc->stage(c->stageId);
    const Lane* lane = m_doc->lane(c->laneId);
    m_stage->setText(stage ? stage->name : QString());
    QString laneText = lane ? lane->name : QString();
    if (lane && laneKindLabel(lane->kind).compare(lane->name, Qt::CaseInsensitive) != 0 &&
        laneKindLabelEnglish(lane->kind).compare(lane->name, Qt::CaseInsensitive) != 0)
        laneText +=
            QStringLiteral(" (%1)").arg(laneKindLabel(lane->kind)); // German keeps its capitals
    m_lane->setText(laneText);
}

// The usual channels, then every other one the document uses.
void Inspector::refreshChannels()
{
    const Card* c = current();
    QStringList channels = QStringLiteral("web app phone email sms chat store in_person letter tv "
                                          "social")
                               .split(QLatin1Char(' '));
    for (Id journeyId : m_doc->journeyIds()) {
        for (Id id : m_doc->cardIdsOfJourney(journeyId)) {
            const QString channel = m_doc->card(id)->channel;
            if (!channel.isEmpty() && !channels.contains(channel, Qt::CaseInsensitive))
                channels << channel;
        }
    }
    QScopedValueRollback updating(m_updating, true);
    m_channel->clear();
    m_channel->addItems(channels);
    m_channel->setCurrentIndex(m_channel->findText(c->channel));
    m_channel->setEditText(c->channel);
}

void Inspector::refreshDepartments(bool accountableCombo)
{
    const Card* c = current();
    if (!c)
        return;
    QScopedValueRollback updating(m_updating, true);
    if (accountableCombo) {
        m_accountable->clear();
        m_accountable->addItem(tr("Unowned"), Id(0));
        for (Id id : m_doc->departmentIds()) {
            const Department* d = m_doc->department(id);
            m_accountable->addItem(swatch(d->color), departmentText(*d), id);
            m_accountable->setItemData(m_accountable->count() - 1, d->description, Qt::ToolTipRole);
        }
        m_accountable->setCurrentIndex(m_accountable->findData(c->accountableId));
    }
    m_contributing->clear();
    for (Id id : m_doc->departmentIds()) {
        const Department* d = m_doc->department(id);
        if (id == c->accountableId)
            continue;
        auto* item = new QListWidgetItem(swatch(d->color), departmentText(*d), m_contributing);
        item->setData(Qt::UserRole, id);
        item->setToolTip(d->description);
        item->setCheckState(c->contributingIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    const int rowHeight = m_contributing->count() > 0 ? m_contributing->sizeHintForRow(0)
                                                      : fontMetrics().height() + 4;
    m_contributing->setFixedHeight(qBound(1, m_contributing->count(), 10) * rowHeight +
                                   2 * m_contributing->frameWidth());
}

void Inspector::refreshEmotion()
{
    const Card* c = current();
    QScopedValueRollback updating(m_updating, true);
    m_notRated->setChecked(!c->emotion);
    m_emotion->setValue(c->emotion.value_or(0));
    m_emotion->setEnabled(c->emotion.has_value());
    m_emotionText->setText(emotionText(c->emotion));
}

} // namespace cx
