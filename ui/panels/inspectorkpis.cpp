// The Inspector's table of key performance indicators: shown from the card,
// and each edit of a cell, a kind or a row checked and committed as one
// command.

#include "inspector.h"
#include "inspectorwidgets.h"

#include "commands/edit.h"
#include "model/enumnames.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx {

using inspector::named;
using inspector::textLabel;

namespace {

QStringList kpiKindLabels()
{
    return {Inspector::tr("NPS"), Inspector::tr("CSAT"), Inspector::tr("CES"),
            Inspector::tr("Free")};
}

QString formatNumber(double v) { return kpiNumberText(v, QLocale()); }

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// Why a KPI value is refused: "CSAT must be between 0 and 100 %: 140 was not kept."
QString rangeMessage(KpiKind kind, double value)
{
    const QStringList ranges{
        Inspector::tr("between −100 and +100"), Inspector::tr("between 0 and 100 %"),
        Inspector::tr("between 1 and 7"),
        Inspector::tr("between −%1 and +%1").arg(formatNumber(maxKpiMagnitude))};
    return Inspector::tr("%1 must be %2: %3 was not kept.")
        .arg(kpiKindLabels().value(int(kind)), ranges.value(int(kind)), formatNumber(value));
}

// The texts of a KPI's table columns (Kind is a combo).
QStringList kpiTexts(const Kpi& k)
{
    return {k.name, QString(), formatNumber(k.value),
            k.target ? formatNumber(*k.target) : QString(), k.unit};
}

} // namespace

QWidget* Inspector::buildKpiEditor()
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_kpis = named(new QTableWidget(0, 5), "kpis", tr("Key performance indicators"));
    m_kpis->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Value"), tr("Target"), tr("Unit")});
    m_kpis->verticalHeader()->hide();
    m_kpis->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpis->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kpis->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kpis->setWordWrap(false);
    m_kpis->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kpis->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_kpis, &QTableWidget::itemChanged, this, &Inspector::onKpiItemChanged);
    connect(m_kpis, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeKpi->setEnabled(m_kpis->currentRow() >= 0); });
    column->addWidget(m_kpis);

    auto* buttons = new QHBoxLayout;
    m_addKpi = named(new QPushButton(tr("Add KPI")), "addKpi", tr("Add KPI"));
    m_removeKpi = named(new QPushButton(tr("Remove KPI")), "removeKpi", tr("Remove KPI"));
    connect(m_addKpi, &QPushButton::clicked, this, &Inspector::addKpi);
    connect(m_removeKpi, &QPushButton::clicked, this, &Inspector::removeKpi);
    buttons->addWidget(m_addKpi);
    buttons->addWidget(m_removeKpi);
    buttons->addStretch(1);
    column->addLayout(buttons);

    m_kpiMessage = named(textLabel(), "kpiMessage", tr("KPI message"));
    QPalette palette = m_kpiMessage->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x1E, 0x1E));
    m_kpiMessage->setPalette(palette);
    m_kpiMessage->hide();
    column->addWidget(m_kpiMessage);
    return box;
}

void Inspector::refreshKpis()
{
    const Card* c = current();
    QScopedValueRollback updating(m_updating, true);
    m_kpis->setRowCount(0);
    m_kpis->setRowCount(int(c->kpis.size()));
    for (int row = 0; row < c->kpis.size(); ++row) {
        const QStringList texts = kpiTexts(c->kpis[row]);
        for (int column : {0, 2, 3, 4}) {
            auto* item = new QTableWidgetItem(texts[column]);
            if (column == 2 || column == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_kpis->setItem(row, column, item);
        }
        auto* kind = named(new QComboBox, "kpiKind", tr("Kind of KPI %1").arg(texts[0]));
        kind->addItems(kpiKindLabels());
        kind->setCurrentIndex(int(c->kpis[row].kind));
        connect(kind, &QComboBox::currentIndexChanged, this,
                [this, row](int index) { onKpiKindChanged(row, index); });
        m_kpis->setCellWidget(row, 1, kind);
    }
    const int rows = qBound(1, m_kpis->rowCount(), 8);
    m_kpis->setFixedHeight(m_kpis->horizontalHeader()->sizeHint().height() +
                           rows * m_kpis->verticalHeader()->defaultSectionSize() +
                           2 * m_kpis->frameWidth());
    m_removeKpi->setEnabled(false);
}

// --- KPIs ------------------------------------------------------------------------------

// A refused value is reverted in its cell and the reason shown under the table.
void Inspector::onKpiItemChanged(QTableWidgetItem* item)
{
    auto after = editable();
    const int row = item->row();
    const int column = item->column();
    if (!after || row >= after->kpis.size())
        return;
    const Kpi old = after->kpis[row];
    Kpi& k = after->kpis[row];
    const QString text = item->text().trimmed();
    const std::optional<double> number = parseNumber(text);
    QString error;
    if (column == 0 && text.isEmpty())
        error = tr("A KPI needs a name.");
    else if (column == 0)
        k.name = text;
    else if (column == 4)
        k.unit = text;
    else if (column == 3 && text.isEmpty())
        k.target.reset();
    else if (!number)
        error = tr("“%1” is not a number.").arg(text);
    else if (!kpiValueInRange(k.kind, *number))
        error = rangeMessage(k.kind, *number);
    else if (column == 2)
        k.value = *number;
    else
        k.target = *number;
    const bool ok = error.isEmpty() && commit(*after, CardField::Kpis);
    QScopedValueRollback updating(m_updating, true);
    item->setText(kpiTexts(ok ? k : old).value(column));
    showKpiMessage(error);
}

void Inspector::onKpiKindChanged(int row, int kindIndex)
{
    auto after = editable();
    if (!after || row >= after->kpis.size() || kindIndex < 0)
        return;
    const KpiKind old = after->kpis[row].kind;
    Kpi& k = after->kpis[row];
    k.kind = KpiKind(kindIndex);
    QString error;
    if (!kpiValueInRange(k.kind, k.value))
        error = rangeMessage(k.kind, k.value);
    else if (k.target && !kpiValueInRange(k.kind, *k.target))
        error = rangeMessage(k.kind, *k.target);
    if (!error.isEmpty() || !commit(*after, CardField::Kpis)) {
        QScopedValueRollback updating(m_updating, true);
        if (auto* combo = qobject_cast<QComboBox*>(m_kpis->cellWidget(row, 1)))
            combo->setCurrentIndex(int(old));
    }
    showKpiMessage(error);
}

void Inspector::addKpi()
{
    auto after = editable();
    if (!after)
        return;
    after->kpis.append({tr("New KPI"), KpiKind::Free, 0.0, std::nullopt, {}});
    if (!commit(*after, CardField::None)) // the change signal adds the row
        return;
    const int row = m_kpis->rowCount() - 1;
    m_kpis->setCurrentCell(row, 0);
    m_kpis->editItem(m_kpis->item(row, 0));
}

void Inspector::removeKpi()
{
    auto after = editable();
    const int row = m_kpis->currentRow();
    if (after && row >= 0 && row < after->kpis.size()) {
        after->kpis.removeAt(row);
        commit(*after, CardField::None);
    }
}

void Inspector::showKpiMessage(const QString& message)
{
    m_kpiMessage->setText(message);
    m_kpiMessage->setVisible(!message.isEmpty());
}

} // namespace cx
