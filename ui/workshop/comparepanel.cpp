#include "comparepanel.h"

#include "analysis/compare.h"
#include "canvas/canvasstyle.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboarddata.h"
#include "model/document.h"
#include "model/shorttext.h"
#include "panels/panelrefresh.h"
#include "panels/wrappedrows.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace cx {

namespace {

constexpr int chartHeight = 240; // with the stage names side by side

constexpr int IdRole = Qt::UserRole;        // card id (0 = no card)
constexpr int GroupRole = Qt::UserRole + 1; // key of a group row
enum GroupKey
{
    AddedGroup = 1,
    RemovedGroup,
    ChangedGroup
};

QString number(double v) { return QLocale().toString(v, 'f', 1); }

QString levelText(Level level)
{
    const QString names[] = {ComparePanel::tr("none"), ComparePanel::tr("low"),
                             ComparePanel::tr("medium"), ComparePanel::tr("high")};
    return names[int(level)];
}

QString statusText(CardStatus status)
{
    const QString names[] = {ComparePanel::tr("open"), ComparePanel::tr("in progress"),
                             ComparePanel::tr("done"), ComparePanel::tr("dropped")};
    return names[int(status)];
}

QString emotionText(const std::optional<int>& e)
{
    return e ? emotionLabel(*e) : ComparePanel::tr("not rated");
}

QString departmentText(const Document& doc, Id id)
{
    const Department* d = doc.department(id);
    return d ? d->name : ComparePanel::tr("nobody");
}

QString from(const QString& before, const QString& after)
{
    return QStringLiteral("%1 → %2").arg(before, after);
}

// One line per changed aspect: what it was and what it is, where short.
QString changeText(const Document& doc, const Card& a, const Card& b, analysis::CardAspect aspect)
{
    using A = analysis::CardAspect;
    switch (aspect) {
    case A::Title:
        return ComparePanel::tr("Title: %1").arg(from(inQuotes(a.title), inQuotes(b.title)));
    case A::Description:
        return ComparePanel::tr("Description changed");
    case A::Channel:
        return ComparePanel::tr("Channel: %1").arg(from(inQuotes(a.channel), inQuotes(b.channel)));
    case A::Accountable:
        return ComparePanel::tr("Accountable: %1")
            .arg(from(departmentText(doc, a.accountableId), departmentText(doc, b.accountableId)));
    case A::Contributing:
        return ComparePanel::tr("Contributing departments changed");
    case A::Emotion:
        return ComparePanel::tr("Emotion: %1")
            .arg(from(emotionText(a.emotion), emotionText(b.emotion)));
    case A::Evidence:
        return ComparePanel::tr("Evidence changed");
    case A::Severity:
        return ComparePanel::tr("Severity: %1")
            .arg(from(levelText(a.severity), levelText(b.severity)));
    case A::Impact:
        return ComparePanel::tr("Impact: %1").arg(from(levelText(a.impact), levelText(b.impact)));
    case A::Status:
        return ComparePanel::tr("Status: %1").arg(from(statusText(a.status), statusText(b.status)));
    case A::Votes:
        return ComparePanel::tr("Votes: %1")
            .arg(from(QString::number(a.votes), QString::number(b.votes)));
    case A::Kpis:
        return ComparePanel::tr("KPIs changed");
    case A::Tags:
        return ComparePanel::tr("Tags changed");
    case A::Stage: {
        const Stage* s = doc.stage(a.stageId);
        const Stage* t = doc.stage(b.stageId);
        return ComparePanel::tr("Moved to another stage: %1")
            .arg(from(s ? s->name : QString(), t ? t->name : QString()));
    }
    case A::Lane: {
        const Lane* s = doc.lane(a.laneId);
        const Lane* t = doc.lane(b.laneId);
        return ComparePanel::tr("Moved to another lane: %1")
            .arg(from(s ? s->name : QString(), t ? t->name : QString()));
    }
    }
    return {};
}

// "▲ +1.0 better": the arrow and the word carry the meaning, the colour helps.
void setDelta(QTreeWidgetItem* row, int column, const std::optional<double>& delta)
{
    QString text = QStringLiteral("—");
    QString spoken = ComparePanel::tr("no comparison: a side has no emotion here");
    if (delta && *delta > 0.05) {
        text = QStringLiteral("▲ +%1 ").arg(number(*delta)) + ComparePanel::tr("better");
        spoken = ComparePanel::tr("better by %1").arg(number(*delta));
        row->setForeground(column, QColor(0x1b, 0x7f, 0x3b));
    } else if (delta && *delta < -0.05) {
        text = QStringLiteral("▼ −%1 ").arg(number(-*delta)) + ComparePanel::tr("worse");
        spoken = ComparePanel::tr("worse by %1").arg(number(-*delta));
        row->setForeground(column, QColor(0xb0, 0x1c, 0x2e));
    } else if (delta) {
        text = QStringLiteral("= ") + ComparePanel::tr("same");
        spoken = ComparePanel::tr("no change");
    }
    row->setText(column, text);
    row->setData(column, Qt::AccessibleTextRole, spoken);
}

QTreeWidget* newTree(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setUniformRowHeights(true);
    return tree;
}

} // namespace

ComparePanel::ComparePanel(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(ComparePanel::tr("Compare"));
    m_refresh = new PanelRefresh(this, [this] { refresh(); });

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("compareScroll"));
    m_scroll->setAccessibleName(ComparePanel::tr("Comparison of the current and the future state"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(createContent());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_refresh->now();
}

QWidget* ComparePanel::createContent()
{
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("compareContent"));
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("compareTitle"));
    m_title->setAccessibleName(ComparePanel::tr("Compared journeys"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_hint = new QLabel(ComparePanel::tr("No future state yet: Journey > Clone as Future State"),
                        content);
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setAccessibleName(ComparePanel::tr("Hint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setAccessibleName(ComparePanel::tr("Summary of the differences"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_emotion = dashboard::newChartView(
        QStringLiteral("compareEmotionChart"),
        ComparePanel::tr("Emotion per stage: current and future state"), content, chartHeight);
    createTrees();

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_emotion);
    layout->addWidget(m_stages);
    layout->addWidget(m_cards);
    layout->addStretch(1);
    return content;
}

ComparePanel::~ComparePanel() = default;

void ComparePanel::createTrees()
{
    m_stages = newTree(this, QStringLiteral("compareStages"),
                       ComparePanel::tr("Emotion per stage: current, future and the change"));
    m_stages->setRootIsDecorated(false);
    m_stages->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as tall as its rows
    m_stages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stages->setHeaderLabels({ComparePanel::tr("Stage"), ComparePanel::tr("Current"),
                               ComparePanel::tr("Future"), ComparePanel::tr("Change")});
    m_stages->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stages->header()->setStretchLastSection(false);
    for (int column = 1; column < 4; ++column)
        m_stages->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_cards = newTree(this, QStringLiteral("compareCards"),
                      ComparePanel::tr("Cards added, removed and changed in the future state"));
    m_cards->setHeaderHidden(true);
    m_cards->setIndentation(12);
    wrapRows(m_cards, [this] { fitCardList(); });                // long titles and changes wrap
    m_cards->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as tall as its rows
    m_cards->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_cards, &QTreeWidget::itemClicked, this, &ComparePanel::onCardItem);
    connect(m_cards, &QTreeWidget::itemActivated, this, &ComparePanel::onCardItem);
    connect(m_cards, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem* item) {
        const int key = item->data(0, GroupRole).toInt();
        if (key != 0 && !m_collapsed.contains(key))
            m_collapsed.append(key);
        fitCardList();
    });
    connect(m_cards, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        m_collapsed.removeAll(item->data(0, GroupRole).toInt());
        fitCardList();
    });
}

void ComparePanel::setDocument(Document* doc)
{
    m_refresh->unfollow(m_doc);
    m_doc = doc;
    m_collapsed.clear();
    if (m_doc)
        connectDocument();
    m_refresh->now();
}

Document* ComparePanel::document() const { return m_doc; }

void ComparePanel::setJourney(Id journeyId)
{
    if (journeyId == m_journey)
        return;
    m_journey = journeyId;
    m_refresh->now();
}

void ComparePanel::connectDocument()
{
    const auto follow = [this](auto... signal) { m_refresh->follow(m_doc.data(), signal...); };
    follow(&Document::departmentChanged, &Document::departmentRemoved);
    follow(&Document::journeyAdded, &Document::journeyChanged, &Document::journeyRemoved);
    follow(&Document::stageInserted, &Document::stageChanged, &Document::stageMoved,
           &Document::stageRemoved);
    follow(&Document::laneInserted, &Document::laneChanged, &Document::laneMoved,
           &Document::laneRemoved);
    follow(&Document::cardAdded, &Document::cardChanged, &Document::cardMoved,
           &Document::cardRemoved, &Document::reloaded);
}

void ComparePanel::refresh()
{
    const DocumentData data = m_doc ? m_doc->snapshot() : DocumentData();
    const Id other =
        m_doc && m_doc->journey(m_journey) ? analysis::counterpartJourney(data, m_journey) : Id(0);
    const Journey* j = m_doc ? m_doc->journey(m_journey) : nullptr;
    const bool isFuture = j && j->state == JourneyState::Future && other == j->sourceJourneyId;
    m_current = other == 0 ? 0 : (isFuture ? other : m_journey);
    m_future = other == 0 ? 0 : (isFuture ? m_journey : other);

    const bool shown = m_current != 0;
    m_hint->setVisible(m_doc && !shown);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_title, m_summary, m_emotion, m_stages, m_cards})
        w->setVisible(shown);
    const analysis::JourneyComparison comparison =
        shown ? analysis::compareJourneys(data, m_current, m_future)
              : analysis::JourneyComparison();
    if (shown) {
        m_title->setText(ComparePanel::tr("%1 → %2").arg(m_doc->journey(m_current)->name,
                                                         m_doc->journey(m_future)->name));
        m_summary->setText(ComparePanel::tr("%1 added, %2 removed, %3 changed, %4 unchanged")
                               .arg(comparison.added.size())
                               .arg(comparison.removed.size())
                               .arg(comparison.changed.size())
                               .arg(comparison.unchanged));
    }
    fillChart(comparison);
    fillStages(comparison);
    fillCards(comparison);
}

void ComparePanel::fillChart(const analysis::JourneyComparison& comparison)
{
    dashboard::StageCurves curves;
    QStringList names;
    for (const analysis::StageDelta& d : comparison.stages) {
        names << d.name;
        curves.current << d.current;
        curves.future << d.future;
    }
    curves.stages = dashboard::uniqueLabels(names);
    curves.currentJourneyId = m_current;
    curves.futureJourneyId = m_future;
    m_emotion->setAccessibleDescription(dashboard::showEmotionCurves(m_emotion->chart(), curves));
}

void ComparePanel::fillStages(const analysis::JourneyComparison& comparison)
{
    m_stages->clear();
    const auto value = [](const std::optional<double>& v) {
        return v ? number(*v) : QStringLiteral("—");
    };
    for (const analysis::StageDelta& d : comparison.stages) {
        QString name = d.name;
        if (d.currentStageId == 0)
            name += QLatin1Char(' ') + ComparePanel::tr("(new)");
        else if (d.futureStageId == 0)
            name += QLatin1Char(' ') + ComparePanel::tr("(dropped)");
        auto* row = new QTreeWidgetItem(m_stages, {name, value(d.current), value(d.future)});
        for (int column = 1; column < 4; ++column)
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        setDelta(row, 3, d.delta);
    }
    // Every row on show, none cut off: the panel scrolls, not the table.
    const int rows = m_stages->topLevelItemCount();
    const int rowHeight = rows > 0 ? m_stages->sizeHintForRow(0) : 0;
    m_stages->setFixedHeight(2 * m_stages->frameWidth() + m_stages->header()->sizeHint().height() +
                             rowHeight * rows);
}

void ComparePanel::fillCards(const analysis::JourneyComparison& comparison)
{
    const QSignalBlocker blocker(m_cards);
    m_cards->clear();
    if (m_current == 0)
        return;
    QTreeWidgetItem* group =
        addGroup(ComparePanel::tr("Added"), int(comparison.added.size()), AddedGroup);
    for (Id id : comparison.added)
        addCardRow(group, id);
    group = addGroup(ComparePanel::tr("Removed"), int(comparison.removed.size()), RemovedGroup);
    for (Id id : comparison.removed)
        addCardRow(group, id);
    group = addGroup(ComparePanel::tr("Changed"), int(comparison.changed.size()), ChangedGroup);
    for (const analysis::CardMatch& match : comparison.changed)
        addChanges(addCardRow(group, match.futureCardId), match);
    fitCardList();
}

// The rows fit their wrapped text and the list fits its open rows.
void ComparePanel::fitCardList()
{
    fitWrappedRows(m_cards);
    int height = 0;
    for (QTreeWidgetItemIterator it(m_cards); *it; ++it) {
        bool open = true;
        for (const QTreeWidgetItem* p = (*it)->parent(); p && open; p = p->parent())
            open = p->isExpanded();
        if (open)
            height += (*it)->sizeHint(0).height();
    }
    m_cards->setFixedHeight(2 * m_cards->frameWidth() + height);
}

QTreeWidgetItem* ComparePanel::addGroup(const QString& title, int count, int key)
{
    auto* group = new QTreeWidgetItem(m_cards, {ComparePanel::tr("%1 (%2)").arg(title).arg(count)});
    group->setData(0, IdRole, Id(0));
    group->setData(0, GroupRole, key);
    group->setFlags(Qt::ItemIsEnabled);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(!m_collapsed.contains(key));
    return group;
}

QTreeWidgetItem* ComparePanel::addCardRow(QTreeWidgetItem* group, Id cardId)
{
    const Card* c = m_doc->card(cardId);
    const Stage* s = c ? m_doc->stage(c->stageId) : nullptr;
    const Lane* l = c ? m_doc->lane(c->laneId) : nullptr;
    QString text = c ? c->title : QString();
    if (s && l)
        text += QStringLiteral("  ·  %1 › %2").arg(s->name, l->name);
    auto* row = new QTreeWidgetItem(group, {text});
    row->setData(0, IdRole, cardId);
    row->setToolTip(0, text);
    return row;
}

void ComparePanel::addChanges(QTreeWidgetItem* row, const analysis::CardMatch& match)
{
    const Card* a = m_doc->card(match.currentCardId);
    const Card* b = m_doc->card(match.futureCardId);
    if (!a || !b)
        return;
    for (analysis::CardAspect aspect : match.changes) {
        auto* child = new QTreeWidgetItem(row, {changeText(*m_doc, *a, *b, aspect)});
        child->setData(0, IdRole, match.futureCardId);
        child->setForeground(0, QPalette().brush(QPalette::Disabled, QPalette::Text));
    }
    row->setExpanded(true);
}

void ComparePanel::onCardItem(QTreeWidgetItem* item)
{
    const Id id = item ? item->data(0, IdRole).value<Id>() : 0;
    if (id != 0)
        emit cardActivated(id);
}

} // namespace cx
