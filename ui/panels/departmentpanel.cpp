#include "departmentpanel.h"

#include "analysis/analysis.h"
#include "analysis/reviews.h"
#include "commands/edit.h"
#include "departmentdialog.h"
#include "digestdialog.h"
#include "model/document.h"
#include "panelrefresh.h"
#include "wrappedrows.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace cx {

namespace {

QTreeWidget* newTree(QWidget* parent, const QString& accessibleName)
{
    auto* tree = new QTreeWidget(parent);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderHidden(true);
    tree->setRootIsDecorated(false);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    return tree;
}

} // namespace

DepartmentPanel::DepartmentPanel(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Departments"));
    m_refresh = new PanelRefresh(this, [this] { refresh(); });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setAccessibleName(tr("Departments and the selected department's cards"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListPart());
    m_splitter->addWidget(createDetailsPart());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_refresh->now();
}

DepartmentPanel::~DepartmentPanel() = default;

QWidget* DepartmentPanel::createListPart()
{
    auto* part = new QWidget(this);
    part->setAccessibleName(tr("Department list"));
    m_list = newTree(part, tr("Departments with owned, contributed and pain-point counts"));
    m_list->setObjectName(QStringLiteral("departmentList"));
    m_list->setColumnCount(2);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setUniformRowHeights(true);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DepartmentPanel::onDepartmentPicked);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, IdRole).value<Id>() != 0)
            editDepartment();
    });

    auto* legend = new QLabel(tr("Counts: owned · contributed · pain points"), part);
    legend->setAccessibleName(tr("Legend of the counts"));
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend->setFont(small);
    legend->setForegroundRole(QPalette::PlaceholderText);
    legend->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_add = addButton(buttons, tr("Add…"), tr("Add a department"), &DepartmentPanel::addDepartment);
    m_edit = addButton(buttons, tr("Edit…"), tr("Edit the selected department"),
                       &DepartmentPanel::editDepartment);
    m_remove = addButton(buttons, tr("Remove…"), tr("Remove the selected department"),
                         &DepartmentPanel::removeDepartment);
    buttons->addStretch(1);
    m_up = addButton(buttons, tr("Up"), tr("Move the selected department up"),
                     &DepartmentPanel::moveDepartmentUp);
    m_down = addButton(buttons, tr("Down"), tr("Move the selected department down"),
                       &DepartmentPanel::moveDepartmentDown);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_down->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* layout = new QVBoxLayout(part);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addWidget(legend);
    layout->addLayout(buttons);
    layout->addStretch(0); // below the buttons when the splitter leaves room
    return part;
}

QToolButton* DepartmentPanel::addButton(QHBoxLayout* row, const QString& text, const QString& name,
                                        void (DepartmentPanel::*slot)())
{
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setAccessibleName(name);
    b->setToolTip(name);
    connect(b, &QToolButton::clicked, this, slot);
    row->addWidget(b);
    return b;
}

QWidget* DepartmentPanel::createDetailsPart()
{
    auto* part = new QWidget(this);
    part->setAccessibleName(tr("Selected department"));
    m_hint = new QLabel(tr("Pick a department to see its cards in this journey and the "
                           "customer moments they feed."),
                        part);
    m_hint->setAccessibleName(tr("Hint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto label = [part](const QString& name) {
        auto* l = new QLabel(part);
        l->setAccessibleName(name);
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        return l;
    };
    m_chip = label(tr("Department chip"));
    m_chip->setWordWrap(false);
    m_name = label(tr("Department name"));
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_name->setFont(big);
    m_head = label(tr("Head of department"));
    m_description = label(tr("Department description"));
    m_reviews = label(tr("Review state"));
    m_markReviewed = new QToolButton(part);
    m_markReviewed->setText(tr("Mark All Reviewed"));
    m_markReviewed->setAccessibleName(tr("Mark all its cards on this journey reviewed"));
    m_markReviewed->setToolTip(m_markReviewed->accessibleName());
    connect(m_markReviewed, &QToolButton::clicked, this, &DepartmentPanel::markAllReviewed);
    m_digest = new QToolButton(part);
    m_digest->setText(tr("Digest…"));
    m_digest->setAccessibleName(tr("What changed on its cards since its last review, to paste"));
    m_digest->setToolTip(m_digest->accessibleName());
    connect(m_digest, &QToolButton::clicked, this, &DepartmentPanel::showDigest);

    createCardTree(part);

    auto* title = new QHBoxLayout;
    title->addWidget(m_chip, 0, Qt::AlignTop);
    title->addWidget(m_name, 1);
    auto* layout = new QVBoxLayout(part);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_hint);
    layout->addLayout(title);
    layout->addWidget(m_head);
    layout->addWidget(m_description);
    layout->addWidget(m_reviews);
    auto* reviews = new QHBoxLayout;
    reviews->addWidget(m_markReviewed);
    reviews->addWidget(m_digest);
    reviews->addStretch(1);
    layout->addLayout(reviews);
    layout->addWidget(m_cards, 1);
    return part;
}

void DepartmentPanel::createCardTree(QWidget* parent)
{
    m_cards = newTree(parent, tr("The department's cards by stage, and the customer moments "
                                 "they feed"));
    m_cards->setObjectName(QStringLiteral("departmentCards"));
    m_cards->setRootIsDecorated(true);
    m_cards->setIndentation(12);
    wrapRows(m_cards); // long titles wrap; fitWrappedRows after each fill
    connect(m_cards, &QTreeWidget::itemClicked, this, &DepartmentPanel::onCardItem);
    connect(m_cards, &QTreeWidget::itemActivated, this, &DepartmentPanel::onCardItem);
    connect(m_cards, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem* item) {
        m_collapsed.insert(item->data(0, GroupRole).toLongLong());
    });
    connect(m_cards, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        m_collapsed.remove(item->data(0, GroupRole).toLongLong());
    });
}

void DepartmentPanel::setDocument(Document* doc)
{
    m_refresh->unfollow(m_doc);
    m_doc = doc;
    m_lens = 0;
    m_detailsLens = -1;
    m_collapsed.clear();
    if (m_doc) {
        if (!m_doc->journey(m_journey))
            m_journey = m_doc->journeyIds().value(0);
        connectDocument();
    }
    m_refresh->now();
}

Document* DepartmentPanel::document() const { return m_doc; }

void DepartmentPanel::connectDocument()
{
    // Every change that can move a count, a card or a link: one refresh later.
    const auto follow = [this](auto... signal) { m_refresh->follow(m_doc.data(), signal...); };
    follow(&Document::departmentAdded, &Document::departmentChanged, &Document::departmentMoved,
           &Document::departmentRemoved);
    follow(&Document::journeyAdded, &Document::journeyChanged, &Document::journeyRemoved);
    follow(&Document::stageInserted, &Document::stageChanged, &Document::stageMoved,
           &Document::stageRemoved);
    follow(&Document::laneInserted, &Document::laneChanged, &Document::laneMoved,
           &Document::laneRemoved);
    follow(&Document::cardAdded, &Document::cardChanged, &Document::cardMoved,
           &Document::cardRemoved);
    follow(&Document::linkAdded, &Document::linkChanged, &Document::linkRemoved,
           &Document::reloaded, &Document::reviewIntervalChanged, &Document::feedbackChanged);
}

void DepartmentPanel::setJourney(Id journeyId)
{
    if (journeyId == m_journey)
        return;
    m_journey = journeyId;
    m_detailsLens = -1; // other cards: start at the top
    m_refresh->now();
}

void DepartmentPanel::setLens(Id departmentId)
{
    if (!m_doc || !m_doc->department(departmentId))
        departmentId = 0;
    if (departmentId == m_lens)
        return;
    m_lens = departmentId;
    m_refresh->now();
}

void DepartmentPanel::refresh()
{
    if (m_doc && m_journey != 0 && !m_doc->journey(m_journey))
        m_journey = m_doc->journeyIds().value(0);
    const bool lensLost = m_lens != 0 && (!m_doc || !m_doc->department(m_lens));
    if (lensLost)
        m_lens = 0;
    const DocumentData data = m_doc ? m_doc->snapshot() : DocumentData();
    fillDepartmentList(analysis::rollups(data, m_journey));
    fillDetails(data);
    updateButtons();
    if (lensLost)
        emit lensChanged(0);
}

void DepartmentPanel::fillDepartmentList(const analysis::Rollups& rollups)
{
    const QSignalBlocker blocker(m_list);
    const int scroll = m_list->verticalScrollBar()->value();
    m_list->clear();
    if (!m_doc)
        return;
    const QSize chip = DepartmentDialog::chipSize(font());
    m_list->setIconSize(chip);
    const qreal dpr = devicePixelRatioF();

    analysis::Rollup all;
    for (const analysis::DepartmentRollup& d : rollups.departments) {
        all.owned += d.total.owned;
        all.contributed += d.total.contributed;
        all.painPoints += d.total.painPoints;
    }
    const QPixmap allChip =
        DepartmentDialog::chipPixmap(tr("ALL"), palette().color(QPalette::Mid), chip, font(), dpr);
    QTreeWidgetItem* current =
        addListRow(0, tr("All departments"), allChip, all,
                   tr(" by the departments together; %1 unowned").arg(rollups.unowned.total.owned));
    for (const analysis::DepartmentRollup& r : rollups.departments) {
        const Department* d = m_doc->department(r.departmentId);
        if (!d)
            continue;
        QTreeWidgetItem* item = addListRow(
            d->id, d->name, DepartmentDialog::chipPixmap(d->shortName, d->color, chip, font(), dpr),
            r.total, QString());
        if (d->id == m_lens)
            current = item;
    }
    m_list->setCurrentItem(current);
    m_list->doItemsLayout();
    // As tall as its rows (up to twelve): the cards get the rest of the dock.
    const int rows = m_list->topLevelItemCount();
    const int rowHeight = m_list->sizeHintForRow(0);
    const int frame = 2 * m_list->frameWidth();
    m_list->setMinimumHeight(frame + rowHeight * std::min(rows, 12));
    m_list->setMaximumHeight(frame + rowHeight * rows);
    m_list->verticalScrollBar()->setValue(scroll);
}

QTreeWidgetItem* DepartmentPanel::addListRow(Id id, const QString& name, const QPixmap& chip,
                                             const analysis::Rollup& r, const QString& note)
{
    const QString counts = tr("%1 owned, %2 contributed, %3 pain points")
                               .arg(r.owned)
                               .arg(r.contributed)
                               .arg(r.painPoints) +
                           note;
    auto* item = new QTreeWidgetItem(
        m_list,
        {name, QStringLiteral("%1 · %2 · %3").arg(r.owned).arg(r.contributed).arg(r.painPoints)});
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    item->setIcon(0, chip);
    item->setData(0, IdRole, id);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setFont(1, small);
    item->setToolTip(0, name + QLatin1Char('\n') + counts);
    item->setToolTip(1, item->toolTip(0));
    item->setData(0, Qt::AccessibleTextRole, name + QStringLiteral(": ") + counts);
    return item;
}

void DepartmentPanel::fillDetails(const DocumentData& data)
{
    const Department* d = m_doc && m_lens ? m_doc->department(m_lens) : nullptr;
    m_hint->setVisible(m_doc && !d);
    for (QWidget* w : std::initializer_list<QWidget*>{m_chip, m_name, m_cards, m_reviews,
                                                      m_markReviewed, m_digest})
        w->setVisible(d);
    m_head->setVisible(d && !d->head.isEmpty());
    m_description->setVisible(d && !d->description.isEmpty());
    const QSignalBlocker blocker(m_cards);
    const bool sameLens = m_detailsLens == m_lens;
    m_detailsLens = m_lens;
    const int scroll = sameLens ? m_cards->verticalScrollBar()->value() : 0;
    const QTreeWidgetItem* was = m_cards->currentItem();
    const Id currentCard = sameLens && was ? was->data(0, IdRole).value<Id>() : 0;
    // A card may be listed in more than one group: keep the one it was in.
    const qint64 currentGroup =
        was && was->parent() ? was->parent()->data(0, GroupRole).toLongLong() : 0;
    m_cards->clear();
    if (!d)
        return;

    m_chip->setPixmap(DepartmentDialog::chipPixmap(d->shortName, d->color,
                                                   DepartmentDialog::chipSize(m_name->font()),
                                                   font(), devicePixelRatioF()));
    m_name->setText(d->name);
    m_head->setText(tr("Head: %1").arg(d->head));
    m_description->setText(d->description);

    const ReviewCount reviewed = reviewCount(*m_doc, m_journey, m_lens);
    m_reviews->setText(reviewSummary(reviewed, d->name, m_doc->reviewIntervalDays()));
    // On a team map, another department's cards are not this role's to mark.
    const QString refusal = m_doc->departmentRefusal(m_lens);
    m_markReviewed->setEnabled(reviewed.cards > 0 && refusal.isEmpty());
    m_markReviewed->setToolTip(refusal.isEmpty() ? m_markReviewed->accessibleName() : refusal);
    addImpactSection(data); // what a head asks first: whose moments their work reaches
    addPrioritySections(data);
    addReviewSection();
    addFeedbackSection(data);
    addCardGroups();
    if (currentCard != 0) {
        QTreeWidgetItem* restore = nullptr; // in its group, else its first row
        for (QTreeWidgetItemIterator it(m_cards); *it; ++it) {
            if ((*it)->data(0, IdRole).value<Id>() != currentCard)
                continue;
            if (!restore)
                restore = *it;
            const QTreeWidgetItem* group = (*it)->parent();
            if (group && group->data(0, GroupRole).toLongLong() == currentGroup) {
                restore = *it;
                break;
            }
        }
        m_cards->setCurrentItem(restore);
    }
    fitWrappedRows(m_cards);
    m_cards->verticalScrollBar()->setValue(scroll);
}

void DepartmentPanel::updateButtons()
{
    // Departments are the map's structure: on a team map, its facilitators'.
    const QString refusal = m_doc ? m_doc->structureRefusal() : QString();
    const bool writable = m_doc && refusal.isEmpty();
    for (QToolButton* b : {m_add, m_edit, m_remove})
        b->setToolTip(refusal.isEmpty() ? b->accessibleName() : refusal);
    const QList<Id> order = m_doc ? m_doc->departmentIds() : QList<Id>();
    const qsizetype index = order.indexOf(m_lens);
    const bool selected = writable && m_lens != 0 && index >= 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && index > 0);
    m_down->setEnabled(selected && index + 1 < order.size());
}

void DepartmentPanel::markAllReviewed()
{
    if (!m_doc || !m_lens)
        return;
    const Error err = edit::markReviewed(*m_doc, accountableCards(*m_doc, m_journey, m_lens));
    if (err)
        QMessageBox::warning(this, tr("Mark All Reviewed"), err.message);
}

void DepartmentPanel::showDigest()
{
    if (!m_doc || !m_doc->department(m_lens))
        return;
    DigestDialog dialog(*m_doc, m_lens, this);
    dialog.exec();
}

void DepartmentPanel::onDepartmentPicked(QTreeWidgetItem* item)
{
    const Id id = item ? item->data(0, IdRole).value<Id>() : 0;
    if (id == m_lens || !m_doc)
        return;
    m_lens = id;
    fillDetails(m_doc->snapshot());
    updateButtons();
    emit lensChanged(id);
}

void DepartmentPanel::onCardItem(QTreeWidgetItem* item)
{
    const Id id = item ? item->data(0, IdRole).value<Id>() : 0;
    if (id != 0)
        emit cardActivated(id);
}

void DepartmentPanel::addDepartment()
{
    if (!m_doc)
        return;
    if (const std::optional<Id> id = DepartmentDialog::askAdd(*m_doc, this)) {
        setLens(*id);
        if (m_lens == *id)
            emit lensChanged(*id);
    }
}

void DepartmentPanel::editDepartment()
{
    if (m_doc && m_lens != 0)
        DepartmentDialog::askEdit(*m_doc, m_lens, this);
}

void DepartmentPanel::removeDepartment()
{
    if (m_doc && m_lens != 0)
        DepartmentDialog::askRemove(*m_doc, m_lens, this); // the refresh falls back to All
}

void DepartmentPanel::moveLens(int delta)
{
    if (!m_doc)
        return;
    const int to = int(m_doc->departmentIds().indexOf(m_lens)) + delta;
    if (m_lens == 0 || to < 0 || to >= m_doc->departmentIds().size())
        return;
    if (Error err = edit::moveDepartment(*m_doc, m_lens, to))
        QMessageBox::warning(this, tr("Departments"), err.message);
}

} // namespace cx
