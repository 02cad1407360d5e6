#include "outlinepanel.h"

#include "commands/edit.h"
#include "model/document.h"
#include "model/enumnames.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cx {

namespace {

constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;

OutlinePanel::Kind kindOf(const QTreeWidgetItem* item)
{
    return item ? OutlinePanel::Kind(item->data(0, kindRole).toInt()) : OutlinePanel::Kind::None;
}

Id idOf(const QTreeWidgetItem* item) { return item ? item->data(0, idRole).toLongLong() : 0; }

// A row for a journey, stage or lane; the group rows ("Stages", "Lanes") have
// kind None and are not editable.
QTreeWidgetItem* addRow(QTreeWidgetItem* parent, OutlinePanel::Kind kind, Id id,
                        const QString& text, const QString& note = {}, bool editable = true)
{
    auto* item = new QTreeWidgetItem(parent, {text, note});
    item->setData(0, kindRole, int(kind));
    item->setData(0, idRole, id);
    if (editable && (kind == OutlinePanel::Kind::Journey || kind == OutlinePanel::Kind::Stage ||
                     kind == OutlinePanel::Kind::Lane))
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

} // namespace

OutlinePanel::OutlinePanel(QWidget* parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setAccessibleName(tr("Journeys, stages and lanes"));
    m_tree->setHeaderLabels({tr("Name"), tr("Cards")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &OutlinePanel::refresh);
    connect(m_tree, &QTreeWidget::itemClicked, this, &OutlinePanel::onItemClicked);
    connect(m_tree, &QTreeWidget::itemActivated, this, &OutlinePanel::onItemClicked);
    connect(m_tree, &QTreeWidget::itemChanged, this, &OutlinePanel::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OutlinePanel::selectionChanged);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &OutlinePanel::showContextMenu);
}

void OutlinePanel::setDocument(Document* doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_journey = 0;
    if (doc) {
        const auto schedule = [this] { scheduleRefresh(); };
        connect(doc, &Document::journeyAdded, this, schedule);
        connect(doc, &Document::journeyChanged, this, schedule);
        connect(doc, &Document::journeyMoved, this, schedule);
        connect(doc, &Document::journeyRemoved, this, schedule);
        connect(doc, &Document::stageInserted, this, schedule);
        connect(doc, &Document::stageChanged, this, schedule);
        connect(doc, &Document::stageMoved, this, schedule);
        connect(doc, &Document::stageRemoved, this, schedule);
        connect(doc, &Document::laneInserted, this, schedule);
        connect(doc, &Document::laneChanged, this, schedule);
        connect(doc, &Document::laneMoved, this, schedule);
        connect(doc, &Document::laneRemoved, this, schedule);
        connect(doc, &Document::cardAdded, this, schedule);
        connect(doc, &Document::cardMoved, this, schedule);
        connect(doc, &Document::cardRemoved, this, schedule);
        connect(doc, &Document::reloaded, this, schedule);
    }
    refresh();
}

void OutlinePanel::setCurrentJourney(Id journeyId)
{
    if (m_journey == journeyId)
        return;
    m_journey = journeyId;
    refresh();
}

OutlinePanel::Selection OutlinePanel::selection() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return {kindOf(item), idOf(item)};
}

void OutlinePanel::flush()
{
    if (m_refreshTimer->isActive()) {
        m_refreshTimer->stop();
        refresh();
    }
}

void OutlinePanel::scheduleRefresh() { m_refreshTimer->start(); }

void OutlinePanel::refresh()
{
    m_refreshTimer->stop();
    // Keep what the user had: the current row and the folded journeys.
    const Selection keep = selection();
    QSet<Id> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(idOf(m_tree->topLevelItem(i)));

    m_filling = true;
    m_tree->clear();
    QTreeWidgetItem* current = nullptr;
    const auto remember = [&](QTreeWidgetItem* item, Kind kind, Id id) {
        if (keep.kind == kind && keep.id == id)
            current = item;
    };
    if (m_doc) {
        // A read-only map renames nothing; a team map, only for its facilitators.
        const bool writable = m_doc->structureRefusal().isEmpty();
        for (Id j : m_doc->journeyIds()) {
            const Journey* journey = m_doc->journey(j);
            const QString state =
                journey->state == JourneyState::Future ? tr("future state") : tr("current state");
            auto* top = addRow(m_tree->invisibleRootItem(), Kind::Journey, j, journey->name,
                               QString::number(m_doc->cardIdsOfJourney(j).size()), writable);
            top->setToolTip(0, tr("%1 (%2)").arg(journey->name, state));
            if (j == m_journey) {
                QFont bold = top->font(0);
                bold.setBold(true);
                top->setFont(0, bold);
            }
            remember(top, Kind::Journey, j);
            auto* stages = addRow(top, Kind::None, 0, tr("Stages"));
            for (Id s : m_doc->stageIds(j)) {
                int cards = 0;
                for (Id l : m_doc->laneIds(j))
                    cards += int(m_doc->cardIds(s, l).size());
                remember(addRow(stages, Kind::Stage, s, m_doc->stage(s)->name,
                                QString::number(cards), writable),
                         Kind::Stage, s);
            }
            auto* lanes = addRow(top, Kind::None, 0, tr("Lanes"));
            for (Id l : m_doc->laneIds(j)) {
                int cards = 0;
                for (Id s : m_doc->stageIds(j))
                    cards += int(m_doc->cardIds(s, l).size());
                auto* row = addRow(lanes, Kind::Lane, l, m_doc->lane(l)->name,
                                   QString::number(cards), writable);
                row->setToolTip(0, laneKindLabel(m_doc->lane(l)->kind));
                remember(row, Kind::Lane, l);
            }
            top->setExpanded(!collapsed.contains(j));
            stages->setExpanded(j == m_journey);
            lanes->setExpanded(j == m_journey);
        }
    }
    if (current) {
        m_tree->setCurrentItem(current);
        for (QTreeWidgetItem* p = current->parent(); p; p = p->parent())
            p->setExpanded(true);
    }
    m_filling = false;
}

void OutlinePanel::onItemClicked(QTreeWidgetItem* item)
{
    switch (kindOf(item)) {
    case Kind::Journey:
        emit journeyActivated(idOf(item));
        break;
    case Kind::Stage:
        emit stageActivated(idOf(item));
        break;
    case Kind::Lane:
        emit laneActivated(idOf(item));
        break;
    case Kind::None:
        break;
    }
}

void OutlinePanel::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 0 || !m_doc)
        return;
    const QString name = item->text(0).trimmed();
    const Id id = idOf(item);
    Error err;
    switch (kindOf(item)) {
    case Kind::Journey:
        if (const Journey* j = m_doc->journey(id); j && j->name != name) {
            Journey after = *j;
            after.name = name;
            err = edit::editJourney(*m_doc, after);
        }
        break;
    case Kind::Stage:
        if (const Stage* s = m_doc->stage(id); s && s->name != name)
            err = edit::renameStage(*m_doc, id, name);
        break;
    case Kind::Lane:
        if (const Lane* l = m_doc->lane(id); l && l->name != name)
            err = edit::renameLane(*m_doc, id, name);
        break;
    case Kind::None:
        return;
    }
    if (err)
        QMessageBox::warning(this, tr("Cannot rename"), err.message);
    scheduleRefresh(); // shows the name the document kept
}

// On a lane: its kind, to change in one step.
void OutlinePanel::showContextMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    const Id id = idOf(item);
    const Lane* lane = m_doc && kindOf(item) == Kind::Lane ? m_doc->lane(id) : nullptr;
    if (!lane)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("outlineMenu"));
    QMenu* kinds = menu.addMenu(tr("Change Lane &Kind"));
    kinds->setObjectName(QStringLiteral("laneKindMenu"));
    const QString refusal = m_doc->structureRefusal(); // read-only, or not a facilitator
    kinds->setEnabled(refusal.isEmpty());
    kinds->setToolTip(refusal);
    for (int k = 0; k < laneKindCount; ++k) {
        QAction* a = kinds->addAction(laneKindLabel(LaneKind(k)));
        a->setCheckable(true);
        a->setChecked(LaneKind(k) == lane->kind);
        a->setData(k);
    }
    const QAction* chosen = menu.exec(m_tree->viewport()->mapToGlobal(pos));
    if (!chosen || !chosen->data().isValid() || !m_doc)
        return; // the map may have closed while the menu was open
    if (Error err = edit::setLaneKind(*m_doc, id, LaneKind(chosen->data().toInt())))
        QMessageBox::warning(this, tr("Cannot change the lane"), err.message);
}

} // namespace cx
