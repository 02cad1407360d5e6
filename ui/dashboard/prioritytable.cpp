#include "prioritytable.h"

#include "uitext.h"

#include "model/document.h"
#include "panels/departmentdialog.h"
#include "prioritytext.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>

#include <algorithm>

namespace cx {

namespace {

QString stageText(const Document& doc, Id stageId, bool journeyNames)
{
    const Stage* s = doc.stage(stageId);
    if (!s)
        return QString();
    const Journey* j = journeyNames ? doc.journey(s->journeyId) : nullptr;
    return j ? j->name + QStringLiteral(" › ") + s->name : s->name;
}

QFont smaller(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

// The title cell of a card row when the table is compact: the title, and the
// stage under it, smaller and muted; both elided to the cell.
class TitleDelegate : public QStyledItemDelegate
{
public:
    explicit TitleDelegate(PriorityTable* table) : QStyledItemDelegate(table), m_table(table) {}

    void paint(QPainter* p, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        const QString stage = index.data(PriorityTable::StageRole).toString();
        if (!m_table->isCompact() || stage.isEmpty())
            return QStyledItemDelegate::paint(p, option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget* widget = opt.widget;
        const QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QFont small = smaller(opt.font);
        const QFontMetrics fm(opt.font);
        const QFontMetrics smallFm(small);
        const QRect r = opt.rect.adjusted(4, 2, -4, -2);
        const int top = r.top() + (r.height() - fm.height() - smallFm.height()) / 2;
        p->save();
        p->setFont(opt.font);
        p->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(QRect(r.left(), top, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(title, Qt::ElideRight, r.width()));
        p->setFont(small);
        p->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        p->drawText(QRect(r.left(), top + fm.height(), r.width(), smallFm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    smallFm.elidedText(stage, Qt::ElideRight, r.width()));
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (m_table->isCompact() && !index.data(PriorityTable::StageRole).toString().isEmpty()) {
            const int lines =
                option.fontMetrics.height() + QFontMetrics(smaller(option.font)).height();
            size.setHeight(std::max(size.height(), lines + 6));
        }
        return size;
    }

private:
    PriorityTable* m_table;
};

} // namespace

PriorityTable::PriorityTable(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("priorityTable"));
    setAccessibleName(tr("Pain points and opportunities by priority, per department"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Score"), tr("Card"), tr("Stage")});
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setIndentation(0);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    QHeaderView* h = header();
    h->setStretchLastSection(false);
    h->setSectionsMovable(false);
    h->setHighlightSections(false);
    h->setMinimumSectionSize(24);
    h->setSectionResizeMode(ScoreColumn, QHeaderView::Fixed);
    h->setSectionResizeMode(CardColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(StageColumn, QHeaderView::Stretch);
    setItemDelegateForColumn(CardColumn, new TitleDelegate(this));
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    headerItem()->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (const Id id = cardAt(item))
            emit cardActivated(id);
    });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const Id id = cardAt(item))
            emit cardActivated(id);
    });
    fitHeight();
}

void PriorityTable::setGroups(const Document& doc,
                              const QList<analysis::DepartmentPriorities>& groups,
                              bool journeyNames)
{
    clear();
    m_scoreWidth = 0;
    m_titleWidth = 0;
    m_stageWidth = 0;
    for (const analysis::DepartmentPriorities& g : groups) {
        addDepartment(doc, g.departmentId);
        if (!g.painPoints.isEmpty()) {
            addHeading(g.painPoints.size() > perKind
                           ? tr("Pain points: top %1 of %2").arg(perKind).arg(g.painPoints.size())
                           : tr("Pain points"));
        }
        for (const analysis::PriorityItem& item : g.painPoints.mid(0, perKind))
            addCard(doc, item, journeyNames);
        if (!g.opportunities.isEmpty()) {
            addHeading(
                g.opportunities.size() > perKind
                    ? tr("Opportunities: top %1 of %2").arg(perKind).arg(g.opportunities.size())
                    : tr("Opportunities"));
        }
        for (const analysis::PriorityItem& item : g.opportunities.mid(0, perKind))
            addCard(doc, item, journeyNames);
    }
    fitHeight();
    fitColumns();
}

Id PriorityTable::cardAt(const QTreeWidgetItem* item) const
{
    return item ? item->data(ScoreColumn, CardIdRole).value<Id>() : 0;
}

QList<QTreeWidgetItem*> PriorityTable::cardRows() const
{
    QList<QTreeWidgetItem*> rows;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (cardAt(topLevelItem(i)) != 0)
            rows.append(topLevelItem(i));
    }
    return rows;
}

void PriorityTable::addDepartment(const Document& doc, Id departmentId)
{
    const Department* d = doc.department(departmentId);
    const QString name = d ? d->name : tr("Unowned");
    auto* row = new QTreeWidgetItem(this, {name});
    row->setData(ScoreColumn, CardIdRole, Id(0));
    row->setData(ScoreColumn, DepartmentRole, departmentId);
    row->setFlags(Qt::ItemIsEnabled);
    row->setFirstColumnSpanned(true);
    QFont bold = font();
    bold.setBold(true);
    row->setFont(ScoreColumn, bold);
    row->setBackground(ScoreColumn, palette().brush(QPalette::Window));
    const QSize chip = DepartmentDialog::chipSize(font());
    row->setIcon(ScoreColumn, DepartmentDialog::chipPixmap(d ? d->shortName : tr("none"),
                                                           d ? d->color : QColor(), chip, font(),
                                                           devicePixelRatioF()));
    setIconSize(chip);
}

void PriorityTable::addHeading(const QString& text)
{
    auto* row = new QTreeWidgetItem(this, {text});
    row->setData(ScoreColumn, CardIdRole, Id(0));
    row->setFlags(Qt::ItemIsEnabled);
    row->setFirstColumnSpanned(true);
    row->setFont(ScoreColumn, smaller(font()));
    row->setForeground(ScoreColumn, palette().brush(QPalette::PlaceholderText));
}

void PriorityTable::addCard(const Document& doc, const analysis::PriorityItem& item,
                            bool journeyNames)
{
    const Card* card = doc.card(item.cardId);
    if (!card)
        return;
    const QString stage = stageText(doc, card->stageId, journeyNames);
    auto* row = new QTreeWidgetItem(this, {QString::number(item.score), card->title, stage});
    for (int c = 0; c < ColumnCount; ++c)
        row->setData(c, CardIdRole, item.cardId);
    row->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = font();
    bold.setBold(true);
    row->setFont(ScoreColumn, bold);
    const QString why = priorityExplanation(item);
    row->setToolTip(ScoreColumn, plainToolTip(why));
    row->setToolTip(CardColumn, plainToolTip(card->title + QStringLiteral("\n") + why));
    row->setToolTip(StageColumn, plainToolTip(stage));
    row->setForeground(StageColumn, palette().brush(QPalette::PlaceholderText));
    row->setData(CardColumn, StageRole, stage);
    row->setData(CardColumn, Qt::AccessibleTextRole, tr("%1, %2, %3").arg(card->title, stage, why));
    m_scoreWidth =
        std::max(m_scoreWidth, QFontMetrics(bold).horizontalAdvance(QString::number(item.score)));
    m_titleWidth = std::max(m_titleWidth, fontMetrics().horizontalAdvance(card->title));
    m_stageWidth = std::max(m_stageWidth, fontMetrics().horizontalAdvance(stage));
}

void PriorityTable::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    fitColumns();
}

void PriorityTable::fitColumns()
{
    const bool compact = width() < compactBelow;
    if (compact != m_compact) {
        m_compact = compact;
        setColumnHidden(StageColumn, compact);
        fitHeight(); // two-line rows, or one-line ones
    }
    // Compact: the title takes all but the score. Otherwise the stage gets
    // what it needs (up to a third), the title what it needs of the rest, and
    // the stage column stretches over what is left, beside the titles.
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 14;
    const int score = std::max(m_scoreWidth + padding, header()->sectionSizeHint(ScoreColumn));
    header()->resizeSection(ScoreColumn, score);
    const int available = viewport()->width() - score;
    if (compact) {
        header()->resizeSection(CardColumn, std::max(available, 40));
        return;
    }
    const int stage = std::min(
        std::max(m_stageWidth, header()->sectionSizeHint(StageColumn)) + padding, available / 3);
    header()->resizeSection(CardColumn,
                            std::max(std::min(m_titleWidth + padding, available - stage), 40));
}

void PriorityTable::fitHeight()
{
    doItemsLayout();
    int height = header()->sizeHint().height() + 2 * frameWidth();
    for (int i = 0; i < topLevelItemCount(); ++i)
        height += indexRowSizeHint(indexFromItem(topLevelItem(i)));
    setFixedHeight(height);
}

} // namespace cx
