#include "votingpanel.h"

#include "commands/edit.h"
#include "model/document.h"
#include "panels/panelrefresh.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cx {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

VotingPanel::VotingPanel(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Voting"));
    createWidgets();
    m_refresh = new PanelRefresh(this, [this] { refresh(); });
    m_refresh->now();
}

void VotingPanel::createWidgets()
{
    m_voterCombo = new QComboBox(this);
    m_voterCombo->setObjectName(QStringLiteral("voter"));
    m_voterCombo->setAccessibleName(tr("Who votes now"));
    auto* voterLabel = new QLabel(tr("&Voting as:"), this);
    voterLabel->setBuddy(m_voterCombo);
    auto* voterRow = new QHBoxLayout;
    voterRow->addWidget(voterLabel);
    voterRow->addWidget(m_voterCombo, 1);

    m_people = new QTreeWidget(this);
    m_people->setObjectName(QStringLiteral("participants"));
    m_people->setAccessibleName(tr("Participants"));
    m_people->setHeaderLabels({tr("Participant"), tr("Dots left")});
    m_people->setRootIsDecorated(false);
    m_people->header()->setStretchLastSection(false);
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_people->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_people->setMaximumHeight(m_people->fontMetrics().height() * 6 + 12);

    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newParticipant"));
    m_newName->setAccessibleName(tr("Name of a new participant"));
    m_newName->setPlaceholderText(tr("New participant"));
    m_newName->setToolTip(tr("Enter adds the name; Enter on an empty field or Esc goes back to "
                             "the canvas"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_add->setAccessibleName(tr("Add the participant"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    m_remove->setAccessibleName(tr("Remove the selected participant"));
    m_remove->setToolTip(tr("Their dots go with them; undo brings both back"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);

    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setAccessibleName(tr("Dots per journey for the selected participant"));
    m_budget->setRange(0, 99);
    auto* budgetForm = new QFormLayout;
    budgetForm->addRow(tr("&Dots per journey:"), m_budget);

    auto* rankingLabel = new QLabel(tr("Most votes on this journey"), this);
    QFont bold = rankingLabel->font();
    bold.setBold(true);
    rankingLabel->setFont(bold);
    m_ranking = new QTreeWidget(this);
    m_ranking->setObjectName(QStringLiteral("ranking"));
    m_ranking->setAccessibleName(tr("Cards ranked by votes"));
    m_ranking->setHeaderLabels({tr("#"), tr("Votes"), tr("Card")});
    m_ranking->setRootIsDecorated(false);
    m_ranking->setTextElideMode(Qt::ElideRight); // each of the two lines
    m_ranking->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ranking->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_reset = new QPushButton(tr("Reset &Votes"), this);
    m_reset->setObjectName(QStringLiteral("resetVotes"));
    m_reset->setAccessibleName(tr("Reset the votes on this journey"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("votingMessage"));
    m_message->setAccessibleName(tr("Why the last voting edit was refused"));
    m_message->setWordWrap(true);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa0, 0x2a, 0x2a));
    m_message->setPalette(warning);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(voterRow);
    layout->addWidget(m_people);
    layout->addLayout(addRow);
    layout->addLayout(budgetForm);
    layout->addWidget(m_message);
    layout->addWidget(rankingLabel);
    layout->addWidget(m_ranking, 1);
    layout->addWidget(m_reset, 0, Qt::AlignLeft);

    connect(m_voterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            setCurrentParticipant(m_voterCombo->itemData(index).toLongLong());
    });
    connect(m_newName, &QLineEdit::returnPressed, this, &VotingPanel::addParticipant);
    m_newName->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &VotingPanel::addParticipant);
    connect(m_remove, &QPushButton::clicked, this, &VotingPanel::removeParticipant);
    connect(m_people, &QTreeWidget::itemChanged, this, &VotingPanel::renameParticipant);
    connect(m_people, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_filling)
            fillParticipants();
    });
    connect(m_budget, &QSpinBox::valueChanged, this, &VotingPanel::setBudget);
    connect(m_ranking, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit cardActivated(item->data(0, IdRole).toLongLong());
    });
    connect(m_ranking, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        emit cardActivated(item->data(0, IdRole).toLongLong());
    });
    connect(m_reset, &QPushButton::clicked, this, &VotingPanel::resetVotes);
}

void VotingPanel::setDocument(Document* doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_refresh->unfollow(m_doc);
    m_doc = doc;
    m_journey = 0;
    m_voter = 0;
    if (m_doc)
        connectDocument();
    m_refresh->now();
}

void VotingPanel::connectDocument()
{
    Document* d = m_doc;
    m_refresh->follow(d, &Document::participantAdded, &Document::participantChanged,
                      &Document::participantRemoved, &Document::cardAdded, &Document::cardMoved,
                      &Document::cardRemoved, &Document::stageChanged, &Document::reloaded);
    connect(d, &Document::cardChanged, m_refresh, [this](Id, CardFields f) {
        if (f & (CardField::Votes | CardField::Title))
            m_refresh->request();
    });
    connect(d, &Document::participantAdded, this, &VotingPanel::syncVoter);
    connect(d, &Document::participantRemoved, this, &VotingPanel::syncVoter);
    connect(d, &Document::reloaded, this, &VotingPanel::syncVoter);
}

void VotingPanel::setJourney(Id journeyId)
{
    m_journey = journeyId;
    m_refresh->now();
}

Id VotingPanel::currentParticipant() const
{
    return m_doc && m_doc->participant(m_voter) ? m_voter : 0;
}

void VotingPanel::setCurrentParticipant(Id participantId)
{
    // On a team map the voter is the server role, never someone else.
    if (!m_doc || m_doc->isShared() || !m_doc->participant(participantId) ||
        participantId == m_voter)
        return;
    m_voter = participantId;
    {
        const QSignalBlocker block(m_people);
        m_people->setCurrentItem(nullptr); // the list shows who votes now
    }
    fillParticipants();
    emit currentParticipantChanged(m_voter);
}

void VotingPanel::stepParticipant(int delta)
{
    if (!m_doc)
        return;
    const QList<Id> ids = m_doc->participantIds();
    if (ids.isEmpty())
        return;
    const qsizetype at = ids.indexOf(currentParticipant());
    const qsizetype next = at < 0 ? 0 : (at + delta + ids.size()) % ids.size();
    setCurrentParticipant(ids[next]);
}

void VotingPanel::focusNewParticipant() { m_newName->setFocus(Qt::OtherFocusReason); }

void VotingPanel::syncVoter()
{
    // The first participant votes until someone else is picked; on a team map
    // the server role does (no participant until its first vote).
    if (m_doc && m_doc->isShared()) {
        if (const Id me = edit::userParticipant(*m_doc); me != m_voter) {
            m_voter = me;
            emit currentParticipantChanged(m_voter);
        }
    } else if (m_doc && !m_doc->participant(m_voter)) {
        m_voter = m_doc->participantIds().value(0);
        if (m_voter)
            emit currentParticipantChanged(m_voter);
    }
}

void VotingPanel::refresh()
{
    const bool writable = m_doc && !m_doc->isReadOnly();
    syncVoter();
    fillParticipants();
    fillRanking();
    // Who takes part is the map's structure: on a team map its facilitators'.
    const QString refusal = m_doc ? m_doc->structureRefusal() : QString();
    m_newName->setEnabled(writable && refusal.isEmpty());
    m_add->setEnabled(writable && refusal.isEmpty());
    m_newName->setToolTip(refusal);
    m_add->setToolTip(refusal);
    m_reset->setEnabled(writable && refusal.isEmpty() && m_journey != 0 && !ranking().isEmpty());
    m_reset->setToolTip(refusal.isEmpty() ? tr("Clears every vote on this journey in one step "
                                               "(Undo brings them back)")
                                          : refusal);
}

void VotingPanel::fillParticipants()
{
    QScopedValueRollback filling(m_filling, true);
    const Id selected = selectedParticipant() ? selectedParticipant() : m_voter;
    const QSignalBlocker blockPeople(m_people);
    const QSignalBlocker blockCombo(m_voterCombo);
    m_people->clear();
    m_voterCombo->clear();
    const QList<Id> ids = m_doc ? m_doc->participantIds() : QList<Id>();
    const QHash<Id, int> spent =
        m_doc ? m_doc->dotsSpentByParticipant(m_journey) : QHash<Id, int>();
    for (Id id : ids) {
        const Participant& p = *m_doc->participant(id);
        const int left = p.budget - spent.value(id);
        auto* row = new QTreeWidgetItem(m_people, {p.name, tr("%1 of %2").arg(left).arg(p.budget)});
        row->setData(0, IdRole, id);
        if (m_doc->structureRefusal().isEmpty())
            row->setFlags(row->flags() | Qt::ItemIsEditable);
        if (id == m_voter) {
            QFont f = row->font(0);
            f.setBold(true);
            row->setFont(0, f);
        }
        if (id == selected)
            m_people->setCurrentItem(row);
        m_voterCombo->addItem(tr("%1 (%2 left)").arg(p.name, QString::number(std::max(left, 0))),
                              id);
    }
    m_voterCombo->setCurrentIndex(int(ids.indexOf(m_voter)));
    m_voterCombo->setEnabled(!ids.isEmpty());
    if (ids.isEmpty())
        m_voterCombo->setPlaceholderText(tr("Add a participant below"));
    if (m_doc && m_doc->isShared()) {
        // One voter: the server role, with the default budget until it votes.
        if (!m_voter) {
            m_voterCombo->addItem(
                tr("%1 (%2 left)").arg(m_doc->user(), QString::number(defaultDotBudget)), 0);
            m_voterCombo->setCurrentIndex(m_voterCombo->count() - 1);
        }
        for (int i = m_voterCombo->count() - 1; i >= 0; --i) {
            if (m_voterCombo->itemData(i).toLongLong() != m_voter)
                m_voterCombo->removeItem(i);
        }
        m_voterCombo->setEnabled(false);
        m_voterCombo->setToolTip(
            tr("On a team map you vote as your server role, %1: V on a card votes, Shift+V "
               "takes the vote back")
                .arg(m_doc->user()));
    } else {
        m_voterCombo->setToolTip(tr("V on a card votes as this participant, Shift+V takes the "
                                    "vote back; [ and ] switch participants"));
    }
    const Participant* chosen = m_doc ? m_doc->participant(selectedParticipant()) : nullptr;
    const bool writable = m_doc && m_doc->structureRefusal().isEmpty();
    m_remove->setEnabled(writable && chosen);
    m_budget->setEnabled(writable && chosen);
    if (chosen && m_budget->value() != chosen->budget) {
        const QSignalBlocker blockBudget(m_budget);
        m_budget->setValue(chosen->budget);
    }
}

QList<Id> VotingPanel::ranking() const
{
    QList<Id> cards;
    if (!m_doc || !m_doc->journey(m_journey))
        return cards;
    for (Id id : m_doc->cardIdsOfJourney(m_journey)) {
        if (m_doc->card(id)->votes > 0)
            cards.append(id);
    }
    std::stable_sort(cards.begin(), cards.end(),
                     [this](Id a, Id b) { return m_doc->card(a)->votes > m_doc->card(b)->votes; });
    return cards;
}

void VotingPanel::fillRanking()
{
    m_ranking->clear();
    int rank = 0;
    int previousVotes = -1;
    const QList<Id> cards = ranking();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const Card& c = *m_doc->card(cards[i]);
        if (c.votes != previousVotes)
            rank = int(i) + 1; // ties share a rank
        previousVotes = c.votes;
        const Stage* s = m_doc->stage(c.stageId);
        // The card and, under it, its stage: where to find it on the wall.
        auto* row = new QTreeWidgetItem(
            m_ranking, {QString::number(rank), QString::number(c.votes),
                        s ? QStringLiteral("%1\n%2").arg(c.title, s->name) : c.title});
        row->setData(0, IdRole, c.id);
        row->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
        row->setToolTip(2, c.title);
    }
    if (cards.isEmpty()) {
        auto* hint = new QTreeWidgetItem(m_ranking, {QString(), QString(), tr("No votes yet")});
        hint->setFlags(Qt::NoItemFlags);
    }
}

Id VotingPanel::selectedParticipant() const
{
    const QTreeWidgetItem* item = m_people->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

bool VotingPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_newName && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_newName->clear();
        emit finished();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void VotingPanel::addParticipant()
{
    if (!m_doc)
        return;
    if (m_newName->text().trimmed().isEmpty()) {
        emit finished(); // the names are in: Enter once more goes back to voting
        return;
    }
    Participant p;
    p.name = m_newName->text();
    const Result<Id> added = edit::addParticipant(*m_doc, p);
    if (!added) {
        report(added.error());
        return;
    }
    showMessage({});
    m_newName->clear();
    if (!currentParticipant())
        m_voter = *added;
    m_refresh->now();
}

void VotingPanel::removeParticipant()
{
    if (m_doc)
        report(edit::removeParticipant(*m_doc, selectedParticipant()));
}

void VotingPanel::renameParticipant(QTreeWidgetItem* item, int column)
{
    if (m_filling || !m_doc || column != 0)
        return;
    const Participant* p = m_doc->participant(item->data(0, IdRole).toLongLong());
    if (!p)
        return;
    Participant after = *p;
    after.name = item->text(0);
    if (const Error err = edit::editParticipant(*m_doc, after)) {
        report(err);
        m_refresh->request(); // the old name comes back
    }
}

void VotingPanel::setBudget(int budget)
{
    const Participant* p = m_doc ? m_doc->participant(selectedParticipant()) : nullptr;
    if (m_filling || !p)
        return;
    Participant after = *p;
    after.budget = budget;
    report(edit::editParticipant(*m_doc, after, edit::Merge::Typing));
}

void VotingPanel::resetVotes()
{
    if (m_doc)
        report(edit::resetVotes(*m_doc, m_journey));
}

void VotingPanel::report(const Error& err) { showMessage(err ? err.message : QString()); }

void VotingPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace cx
