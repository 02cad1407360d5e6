#include "searchbar.h"

#include "model/document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPoint>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace cx {

namespace {

QComboBox* newFilter(QWidget* parent, const QString& name, const QString& any)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setFocusPolicy(Qt::StrongFocus); // the wheel only edits a focused filter
    // Narrow enough to leave the docks their room; the list shows names in full.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(5);
    box->addItem(any); // the first choice filters nothing
    box->setToolTip(SearchBar::tr("Only the cards of one %1").arg(any.toLower()));
    return box;
}

} // namespace

SearchBar::SearchBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Find cards: words in titles, descriptions, tags and comments"));
    m_text->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("searchCount"));
    auto* close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the search (Esc)"));
    connect(close, &QToolButton::clicked, this, [this] {
        clear();
        hide();
        emit closed();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_text, 1);
    top->addWidget(m_count);
    top->addWidget(close);

    m_rows = new QStringListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("searchMatches"));
    m_list->setModel(m_rows);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_list->hide();
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& i) { go(i.row()); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& i) { go(i.row()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(3);
    layout->addLayout(top);
    createFilters();
    layout->addWidget(m_list);

    m_again = new QTimer(this);
    m_again->setSingleShot(true);
    m_again->setInterval(0);
    connect(m_again, &QTimer::timeout, this, &SearchBar::afterEdit);
    connect(m_text, &QLineEdit::textChanged, this, &SearchBar::search);
}

void SearchBar::createFilters()
{
    m_department = newFilter(this, QStringLiteral("searchDepartment"), tr("Department"));
    m_status = newFilter(this, QStringLiteral("searchStatus"), tr("Status"));
    const std::pair<CardStatus, QString> statuses[] = {{CardStatus::Open, tr("Open")},
                                                       {CardStatus::InProgress, tr("In progress")},
                                                       {CardStatus::Done, tr("Done")},
                                                       {CardStatus::Dropped, tr("Dropped")}};
    for (const auto& [status, label] : statuses)
        m_status->addItem(label, int(status));
    m_evidence = newFilter(this, QStringLiteral("searchEvidence"), tr("Evidence"));
    const std::pair<Evidence, QString> kinds[] = {{Evidence::Observed, tr("Observed")},
                                                  {Evidence::Assumed, tr("Assumed")},
                                                  {Evidence::Proposed, tr("Proposed")}};
    for (const auto& [evidence, label] : kinds)
        m_evidence->addItem(label, int(evidence));
    m_channel = newFilter(this, QStringLiteral("searchChannel"), tr("Channel"));
    m_severity = newFilter(this, QStringLiteral("searchSeverity"), tr("Pain"));
    m_severity->addItem(tr("Pain: low or worse"), int(Level::Low));
    m_severity->addItem(tr("Pain: medium or worse"), int(Level::Medium));
    m_severity->addItem(tr("Pain: high"), int(Level::High));
    m_emotion = newFilter(this, QStringLiteral("searchEmotion"), tr("Emotion"));
    m_emotion->addItem(tr("Unhappy (−2, −1)"), QPoint(-2, -1));
    m_emotion->addItem(tr("Angry (−2)"), QPoint(-2, -2));
    m_emotion->addItem(tr("Neutral (0)"), QPoint(0, 0));
    m_emotion->addItem(tr("Happy (+1, +2)"), QPoint(1, 2));
    auto* row = new QHBoxLayout;
    for (QComboBox* box : {m_department, m_status, m_evidence, m_channel, m_severity, m_emotion}) {
        row->addWidget(box, 1); // they share the bar's width
        connect(box, &QComboBox::currentIndexChanged, this, &SearchBar::search);
    }
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

QComboBox* SearchBar::filter(const QString& objectName) const
{
    return findChild<QComboBox*>(objectName);
}

void SearchBar::setDocument(Document* doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_journey = 0;
    if (doc) {
        // Whatever an edit does to a card may change what matches.
        const auto again = [this] { m_again->start(); };
        const auto channels = [this] {
            m_channelsStale = true;
            m_again->start();
        };
        connect(doc, &Document::cardAdded, this, channels);
        connect(doc, &Document::cardRemoved, this, channels);
        connect(doc, &Document::cardChanged, this, [this, again](Id, CardFields fields) {
            m_channelsStale = m_channelsStale || fields.testFlag(CardField::Channel);
            again();
        });
        connect(doc, &Document::cardMoved, this, again);
        connect(doc, &Document::departmentAdded, this, &SearchBar::fillChoices);
        connect(doc, &Document::departmentChanged, this, &SearchBar::fillChoices);
        connect(doc, &Document::departmentRemoved, this, &SearchBar::fillChoices);
    }
    clear();
}

void SearchBar::setJourney(Id journeyId)
{
    m_journey = journeyId;
    fillChoices();
    search();
}

// The departments of the map and the channels of the journey, keeping what
// is chosen; a chosen one that is gone is no longer a filter, and the
// matches say so at once.
void SearchBar::afterEdit()
{
    if (std::exchange(m_channelsStale, false) && fillChoices())
        return;
    search();
}

bool SearchBar::fillChoices()
{
    const Id department = m_department->currentData().toLongLong();
    const QString channel = m_channel->currentData().toString();
    {
        const QSignalBlocker a(m_department), b(m_channel);
        while (m_department->count() > 1)
            m_department->removeItem(1);
        while (m_channel->count() > 1)
            m_channel->removeItem(1);
        if (m_doc) {
            for (Id id : m_doc->departmentIds())
                m_department->addItem(m_doc->department(id)->name, id);
            QStringList channels;
            for (Id id : m_doc->cardIdsOfJourney(m_journey)) {
                const QString& c = m_doc->card(id)->channel;
                if (!c.isEmpty() && !channels.contains(c))
                    channels.append(c);
            }
            channels.sort(Qt::CaseInsensitive);
            for (const QString& c : std::as_const(channels))
                m_channel->addItem(c, c);
        }
        m_department->setCurrentIndex(std::max(0, m_department->findData(department)));
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    }
    const bool lost = m_department->currentData().toLongLong() != department ||
                      m_channel->currentData().toString() != channel;
    if (lost)
        search();
    return lost;
}

void SearchBar::open()
{
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

CardQuery SearchBar::query() const
{
    CardQuery q;
    q.text = m_text->text();
    q.department = m_department->currentData().toLongLong();
    if (m_status->currentIndex() > 0)
        q.status = CardStatus(m_status->currentData().toInt());
    if (m_evidence->currentIndex() > 0)
        q.evidence = Evidence(m_evidence->currentData().toInt());
    q.channel = m_channel->currentData().toString();
    if (m_severity->currentIndex() > 0)
        q.minSeverity = Level(m_severity->currentData().toInt());
    if (m_emotion->currentIndex() > 0) {
        const QPoint range = m_emotion->currentData().toPoint();
        q.emotion = std::pair(range.x(), range.y());
    }
    return q;
}

void SearchBar::clear()
{
    for (QComboBox* box : {m_department, m_status, m_evidence, m_channel, m_severity, m_emotion}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    m_text->clear(); // searches
    search();
}

void SearchBar::search()
{
    m_again->stop();
    const CardQuery q = query();
    const Id shown = m_current >= 0 ? m_matches.value(m_current) : 0;
    m_matches = m_doc && !q.isEmpty() ? findCards(*m_doc, m_journey, q) : QList<Id>();
    m_current = shown ? int(m_matches.indexOf(shown)) : -1;
    QStringList rows;
    rows.reserve(m_matches.size());
    for (Id id : std::as_const(m_matches))
        rows.append(rowText(id));
    m_rows->setStringList(rows);
    m_list->setVisible(!q.isEmpty());
    if (m_current >= 0)
        m_list->setCurrentIndex(m_rows->index(m_current));
    if (q.isEmpty() || !m_doc) {
        m_count->clear();
        emit matchesChanged(std::nullopt);
        return;
    }
    const int all = int(m_doc->cardIdsOfJourney(m_journey).size());
    m_count->setText(tr("%1 of %2 cards").arg(m_matches.size()).arg(all));
    emit matchesChanged(QSet<Id>(m_matches.cbegin(), m_matches.cend()));
}

QString SearchBar::rowText(Id cardId) const
{
    const Card* c = m_doc->card(cardId);
    const Stage* s = m_doc->stage(c->stageId);
    const Lane* l = m_doc->lane(c->laneId);
    return QStringLiteral("%1 · %2 · %3")
        .arg(s ? s->name : QString(), l ? l->name : QString(), c->title.simplified());
}

void SearchBar::go(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    m_current = index;
    m_list->setCurrentIndex(m_rows->index(index));
    emit cardChosen(m_matches[index]);
}

void SearchBar::next()
{
    if (!m_matches.isEmpty())
        go((m_current + 1) % int(m_matches.size()));
}

void SearchBar::previous()
{
    if (!m_matches.isEmpty())
        go(m_current <= 0 ? int(m_matches.size()) - 1 : m_current - 1);
}

bool SearchBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape) {
            // The innermost first: the search, then the bar.
            if (!query().isEmpty()) {
                clear();
            } else {
                hide();
                emit closed();
            }
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            next();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cx
