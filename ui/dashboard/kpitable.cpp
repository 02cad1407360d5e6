#include "kpitable.h"

#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "model/enumnames.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QResizeEvent>
#include <QStyledItemDelegate>

#include <algorithm>

namespace cx {

namespace {

QString number(double v) { return kpiNumberText(v, QLocale()); }

const QColor offTargetBackground(0xfd, 0xdc, 0xc0); // light orange, with the ▼/▲ text

QIcon swatchIcon(const QColor& color)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(0x5f, 0x66, 0x72));
    p.setBrush(color);
    p.drawRect(0, 0, 9, 9);
    return QIcon(pixmap);
}

// "12 %", "£18.5", "1,800 calls/week".
QString withUnit(double v, const QString& unit)
{
    const bool currency = unit.size() == 1 && unit.front().category() == QChar::Symbol_Currency;
    return currency ? unit + number(v) : (number(v) + QLatin1Char(' ') + unit).trimmed();
}

// Two lines in one cell when the table is compact: CompactTextRole, then
// DetailRole smaller and muted.
class TwoLineDelegate : public QStyledItemDelegate
{
public:
    explicit TwoLineDelegate(KpiTable* table) : QStyledItemDelegate(table), m_table(table) {}

    void paint(QPainter* p, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        if (!m_table->isCompact())
            return QStyledItemDelegate::paint(p, option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget* widget = opt.widget;
        const QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, widget);

        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorRole text = selected ? QPalette::HighlightedText : QPalette::Text;
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        const QFontMetrics fm(opt.font);
        const QFontMetrics smallFm(small);
        const QRect r = opt.rect.adjusted(4, 2, -4, -2);
        const int top = r.top() + (r.height() - fm.height() - smallFm.height()) / 2;
        const Qt::Alignment align = opt.displayAlignment & Qt::AlignHorizontal_Mask;
        p->save();
        p->setFont(opt.font);
        p->setPen(opt.palette.color(text));
        p->drawText(QRect(r.left(), top, r.width(), fm.height()), align | Qt::AlignVCenter,
                    fm.elidedText(index.data(KpiTable::CompactTextRole).toString(), Qt::ElideRight,
                                  r.width()));
        p->setFont(small);
        p->setPen(selected ? opt.palette.color(text)
                           : opt.palette.color(QPalette::PlaceholderText));
        p->drawText(QRect(r.left(), top + fm.height(), r.width(), smallFm.height()),
                    align | Qt::AlignVCenter,
                    smallFm.elidedText(index.data(KpiTable::DetailRole).toString(), Qt::ElideRight,
                                       r.width()));
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!m_table->isCompact())
            return size;
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        const int text = std::max(
            option.fontMetrics.horizontalAdvance(index.data(KpiTable::CompactTextRole).toString()),
            QFontMetrics(small).horizontalAdvance(index.data(KpiTable::DetailRole).toString()));
        size.setWidth(std::min(text + 10, maxCompactWidth));
        return size;
    }

private:
    static constexpr int maxCompactWidth = 104; // the KPI column keeps the rest
    KpiTable* m_table;
};

QString directionText(const Kpi& k)
{
    return analysis::higherIsBetter(k.kind) ? KpiTable::tr("higher is better")
                                            : KpiTable::tr("no known direction: any miss counts");
}

} // namespace

KpiTable::KpiTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("kpiTable"));
    setAccessibleName(KpiTable::tr("KPIs: value against target"));
    setHorizontalHeaderLabels({KpiTable::tr("Card"), KpiTable::tr("Dept."), KpiTable::tr("KPI"),
                               KpiTable::tr("Value"), KpiTable::tr("Target"), KpiTable::tr("Unit"),
                               KpiTable::tr("Status")});
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CardColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KpiColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(24);
    verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 8);
    setItemDelegateForColumn(KpiColumn, new TwoLineDelegate(this));
    setItemDelegateForColumn(ValueColumn, new TwoLineDelegate(this));
    setItemDelegateForColumn(StatusColumn, new TwoLineDelegate(this));
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const Id id = cardAt(row))
            emit cardActivated(id);
    });
    connect(this, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (const Id id = cardAt(item->row()))
            emit cardActivated(id);
    });
    fitHeight();
}

QString KpiTable::statusText(analysis::KpiStatus status)
{
    switch (status) {
    case analysis::KpiStatus::Below:
        return KpiTable::tr("▼ off target");
    case analysis::KpiStatus::Above:
        return KpiTable::tr("▲ off target");
    case analysis::KpiStatus::OnTarget:
        return KpiTable::tr("on target");
    case analysis::KpiStatus::NoTarget:
        break;
    }
    return KpiTable::tr("no target");
}

void KpiTable::setRows(const Document& doc, const QList<dashboard::KpiRow>& rows)
{
    clearContents();
    setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        addRow(i, doc, rows[i]);
    fitHeight();
}

Id KpiTable::cardAt(int row) const
{
    const QTableWidgetItem* cell = item(row, CardColumn);
    return cell ? cell->data(CardIdRole).value<Id>() : 0;
}

void KpiTable::addRow(int row, const Document& doc, const dashboard::KpiRow& r)
{
    const Card* card = doc.card(r.cardId);
    const Department* d = doc.department(r.departmentId);
    const QString title = card ? card->title : QString();
    const QString department = d ? d->name : KpiTable::tr("Unowned");
    const QString status = statusText(r.status);
    QString statusTip = status;
    if (r.kpi.target) {
        statusTip =
            KpiTable::tr("%1: %2 against a target of %3 (%4)")
                .arg(status, number(r.kpi.value), number(*r.kpi.target), directionText(r.kpi));
    }
    const QStringList texts{title,
                            d ? (d->shortName.isEmpty() ? d->name : d->shortName)
                              : QStringLiteral("\u2014"),
                            r.kpi.name,
                            number(r.kpi.value),
                            r.kpi.target ? number(*r.kpi.target) : QStringLiteral("\u2014"),
                            r.kpi.unit,
                            status};
    const QStringList tips{title,     department, r.kpi.name, QString(),
                           QString(), QString(),  statusTip};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* cell = new QTableWidgetItem(texts[c]);
        cell->setData(CardIdRole, r.cardId);
        if (!tips[c].isEmpty())
            cell->setToolTip(tips[c]);
        if (c >= ValueColumn && c <= TargetColumn)
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, c, cell);
    }
    QTableWidgetItem* kpiCell = item(row, KpiColumn);
    kpiCell->setData(CompactTextRole, r.kpi.name);
    kpiCell->setData(DetailRole, title);
    kpiCell->setToolTip(r.kpi.name + QLatin1Char('\n') + title);
    QTableWidgetItem* valueCell = item(row, ValueColumn);
    valueCell->setData(CompactTextRole, withUnit(r.kpi.value, r.kpi.unit));
    valueCell->setData(DetailRole,
                       r.kpi.target
                           ? KpiTable::tr("target %1").arg(withUnit(*r.kpi.target, r.kpi.unit))
                           : KpiTable::tr("no target"));
    QTableWidgetItem* statusCell = item(row, StatusColumn);
    const qsizetype cut = status.lastIndexOf(QLatin1Char(' ')); // "▼ off" over "target"
    statusCell->setData(CompactTextRole, status.left(cut));
    statusCell->setData(DetailRole, status.mid(cut + 1));
    QTableWidgetItem* deptCell = item(row, DepartmentColumn);
    deptCell->setIcon(swatchIcon(canvas::departmentColor(d)));
    deptCell->setData(Qt::AccessibleTextRole, department);
    if (r.offTarget()) {
        QTableWidgetItem* flag = item(row, StatusColumn);
        flag->setBackground(offTargetBackground);
        flag->setForeground(QColor(0x22, 0x26, 0x2e));
        QFont bold = font();
        bold.setBold(true);
        flag->setFont(bold);
    }
    item(row, CardColumn)
        ->setData(Qt::AccessibleTextRole, KpiTable::tr("%1, %2, %3 %4 %5, %6")
                                              .arg(title, department, r.kpi.name,
                                                   number(r.kpi.value), r.kpi.unit, statusTip));
}

void KpiTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    setCompact(event->size().width() < compactBelow);
}

void KpiTable::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (int c : {CardColumn, TargetColumn, UnitColumn})
        setColumnHidden(c, compact);
    const QFontMetrics fm(font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const int lines = compact ? fm.height() + QFontMetrics(small).height() : fm.height();
    verticalHeader()->setDefaultSectionSize(lines + 8);
    for (int r = 0; r < rowCount(); ++r)
        setRowHeight(r, lines + 8);
    fitHeight();
}

void KpiTable::fitHeight()
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    setFixedHeight(height);
}

} // namespace cx
