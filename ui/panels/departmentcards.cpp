// The Departments dock's list of the lens department's cards: the customer
// moments its back-stage work feeds (core's impact analysis), its pain points
// and opportunities by priority (core's priority score), then one group per
// stage with each card's facts and KPIs.

#include "departmentpanel.h"

#include "analysis/analysis.h"
#include "analysis/chains.h"
#include "analysis/priority.h"
#include "analysis/reviews.h"
#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "prioritytext.h"
#include "uitext.h"

#include <QLocale>
#include <QTreeWidget>

namespace cx {

namespace {

constexpr qint64 impactKey = -1;      // the "Customer moments it feeds" group
constexpr qint64 emptyKey = -2;       // a row that only says "none"
constexpr qint64 painKey = -3;        // the "Pain points by priority" group
constexpr qint64 opportunityKey = -4; // the "Opportunities by priority" group
constexpr qint64 reviewKey = -5;      // the "Not reviewed in the last 90 days" group

// A fact that a line break must not split: "2 links away".
QString unbroken(QString text) { return text.replace(QLatin1Char(' '), QChar(0x00a0)); }

QString levelText(Level level)
{
    const QString names[] = {QString(), DepartmentPanel::tr("low"), DepartmentPanel::tr("medium"),
                             DepartmentPanel::tr("high")};
    return names[int(level)];
}

// "CSAT 72 % (target 80)  ▼ off target"; a currency goes first: "£18.5".
// NPS, CSAT and CES read "higher is better" (CES as the 1..7 ease scale), so
// only falling short is off target. A free KPI has no known direction: any
// distance from its target is off target, with the side it is off on.
QString kpiText(const Kpi& k)
{
    const auto number = [](double v) { return QLocale().toString(v, 'g', 6); };
    const bool currency = k.unit.size() == 1 && k.unit.front().category() == QChar::Symbol_Currency;
    const QString value = currency ? k.unit + number(k.value)
                                   : (number(k.value) + QLatin1Char(' ') + k.unit).trimmed();
    QString s = k.name + QLatin1Char(' ') + unbroken(value);
    if (!k.target)
        return s;
    s += QLatin1Char(' ') + unbroken(DepartmentPanel::tr("(target %1)").arg(number(*k.target)));
    const double miss = k.value - *k.target;
    if (miss < -1e-9)
        s += QStringLiteral("  ") + unbroken(DepartmentPanel::tr("▼ off target"));
    else if (miss > 1e-9 && k.kind == KpiKind::Free)
        s += QStringLiteral("  ") + unbroken(DepartmentPanel::tr("▲ off target"));
    return s;
}

QString cardFacts(const Card& c, Id departmentId, LaneKind laneKind)
{
    QStringList facts;
    facts << (c.accountableId == departmentId ? DepartmentPanel::tr("Accountable")
                                              : DepartmentPanel::tr("Contributing"));
    if (c.emotion)
        facts << emotionLabel(*c.emotion);
    if (c.severity != Level::None)
        facts << DepartmentPanel::tr("pain: %1").arg(levelText(c.severity));
    else if (analysis::isPainPoint(c, laneKind))
        facts << DepartmentPanel::tr("pain point");
    for (QString& fact : facts)
        fact = unbroken(fact);
    return facts.join(QStringLiteral(" · "));
}

} // namespace

QTreeWidgetItem* DepartmentPanel::plainRow(QTreeWidgetItem* parent, const QString& text, qint64 key)
{
    auto* item = new QTreeWidgetItem(parent, {text});
    item->setData(0, DepartmentPanel::IdRole, Id(0));
    item->setData(0, DepartmentPanel::GroupRole, key);
    item->setFlags(Qt::ItemIsEnabled);
    QFont f = item->font(0);
    f.setBold(!parent);
    item->setFont(0, f);
    if (parent)
        item->setForeground(0, QPalette().brush(QPalette::Disabled, QPalette::Text));
    else
        item->setBackground(0, QPalette().brush(QPalette::Window));
    return item;
}

// Gives every row of the card tree the height of its text wrapped to the
// width the view will paint it in.
// One group per stage (in stage order) holding the lens department's cards,
// lane by lane; stages without any are left out.
// The cards it is accountable for that are stale (analysis/reviews.h), each
// with its last review; none when every one is reviewed.
void DepartmentPanel::addReviewSection()
{
    QList<QTreeWidgetItem*> rows;
    for (Id id : accountableCards(*m_doc, m_journey, m_lens)) {
        const Card* c = m_doc->card(id);
        if (!isStale(*m_doc, *c))
            continue;
        const QString last = c->reviewedAt.isValid()
                                 ? DepartmentPanel::tr("last reviewed %1 by %2")
                                       .arg(QLocale().toString(c->reviewedAt.toLocalTime().date(),
                                                               QLocale::ShortFormat),
                                            c->reviewedBy)
                                 : DepartmentPanel::tr("never reviewed");
        auto* row = new QTreeWidgetItem({c->title + QLatin1Char('\n') + unbroken(last)});
        row->setData(0, IdRole, c->id);
        row->setToolTip(0, c->title);
        rows.append(row);
    }
    if (rows.isEmpty())
        return;
    const QString within = intervalText(m_doc->reviewIntervalDays());
    QTreeWidgetItem* group =
        plainRow(nullptr, DepartmentPanel::tr("Not reviewed %1 (%2)").arg(within).arg(rows.size()),
                 reviewKey);
    m_cards->addTopLevelItem(group);
    group->addChildren(rows);
    group->setExpanded(!m_collapsed.contains(reviewKey));
}

void DepartmentPanel::addCardGroups()
{
    const QList<Id> journeys = m_journey != 0 ? QList<Id>{m_journey} : m_doc->journeyIds();
    const int before = m_cards->topLevelItemCount();
    for (Id journeyId : journeys) {
        const QList<Id> lanes = m_doc->laneIds(journeyId);
        for (Id stageId : m_doc->stageIds(journeyId)) {
            QList<QTreeWidgetItem*> rows;
            for (Id laneId : lanes) {
                const LaneKind kind = m_doc->lane(laneId)->kind;
                for (Id cardId : m_doc->cardIds(stageId, laneId)) {
                    const Card* c = m_doc->card(cardId);
                    if (c->accountableId != m_lens && !c->contributingIds.contains(m_lens))
                        continue;
                    const QString text = c->title + QLatin1Char('\n') + cardFacts(*c, m_lens, kind);
                    QStringList lines{text};
                    for (const Kpi& k : c->kpis)
                        lines << kpiText(k);
                    auto* row = new QTreeWidgetItem({lines.join(QLatin1Char('\n'))});
                    row->setData(0, IdRole, c->id);
                    row->setToolTip(0, c->description.isEmpty()
                                           ? c->title
                                           : c->title + QStringLiteral("\n\n") + c->description);
                    rows.append(row);
                }
            }
            if (rows.isEmpty())
                continue;
            QString name = m_doc->stage(stageId)->name;
            if (journeys.size() > 1)
                name = m_doc->journey(journeyId)->name + QStringLiteral(" › ") + name;
            QTreeWidgetItem* group = plainRow(
                nullptr, DepartmentPanel::tr("%1 (%2)").arg(name, QString::number(rows.size())),
                stageId);
            m_cards->addTopLevelItem(group);
            group->addChildren(rows);
            group->setExpanded(!m_collapsed.contains(stageId));
        }
    }
    if (m_cards->topLevelItemCount() == before) {
        QTreeWidgetItem* group = plainRow(nullptr, DepartmentPanel::tr("Cards"), emptyKey);
        m_cards->addTopLevelItem(group);
        plainRow(group, DepartmentPanel::tr("None in this journey yet."), emptyKey);
        group->setExpanded(true);
    }
}

void DepartmentPanel::addImpactSection(const DocumentData& data)
{
    const analysis::Impact impact = analysis::impactOfDepartment(data, m_lens, m_journey);
    // Unhappy as DESIGN.md says: an emotion of -1 or -2, or a pain point of its own.
    int unhappy = 0;
    for (const analysis::ImpactHit& hit : impact.hits) {
        const Card* c = m_doc->card(hit.cardId);
        const Lane* lane = c ? m_doc->lane(c->laneId) : nullptr;
        unhappy += lane && analysis::isUnhappyMoment(*c, lane->kind);
    }
    QString title =
        DepartmentPanel::tr("Customer moments it feeds (%1)").arg(impact.summary.reached);
    if (unhappy > 0)
        title += QStringLiteral(" · ") + DepartmentPanel::tr("%1 unhappy").arg(unhappy);
    QTreeWidgetItem* group = plainRow(nullptr, title, impactKey);
    group->setToolTip(
        0, DepartmentPanel::tr("Front-stage cards reached along links from the cards this "
                               "department is accountable for"));
    m_cards->addTopLevelItem(group);
    for (const analysis::ImpactHit& hit : impact.hits) {
        const Card* c = m_doc->card(hit.cardId);
        const Stage* s = c ? m_doc->stage(c->stageId) : nullptr;
        if (!c || !s)
            continue;
        const QStringList facts{
            s->name, unbroken(DepartmentPanel::tr("%n link(s) away", nullptr, hit.distance)),
            unbroken(hit.emotion
                         ? DepartmentPanel::tr("%1 at stake").arg(emotionLabel(*hit.emotion))
                         : DepartmentPanel::tr("no emotion rated"))};
        auto* row = new QTreeWidgetItem(
            group, {c->title + QLatin1Char('\n') + facts.join(QStringLiteral(" · "))});
        row->setData(0, IdRole, c->id);
        row->setToolTip(0, c->title);
    }
    if (impact.hits.isEmpty())
        plainRow(group,
                 DepartmentPanel::tr("None: no links lead from its cards to a customer moment."),
                 emptyKey);
    group->setExpanded(!m_collapsed.contains(impactKey));
}

// The department's pain points, then its opportunities, each ranked by the
// priority score: "12 · Credit check takes 3 days", with the stage and what
// the score is made of on the line below.
void DepartmentPanel::addPrioritySections(const DocumentData& data)
{
    const QList<analysis::PriorityItem> ranked = analysis::priorities(data, m_journey, m_lens);
    for (const bool opportunities : {false, true}) {
        QList<QTreeWidgetItem*> rows;
        for (const analysis::PriorityItem& item : ranked) {
            const Card* c = m_doc->card(item.cardId);
            const Stage* s = c ? m_doc->stage(c->stageId) : nullptr;
            if (item.opportunity != opportunities || !s)
                continue;
            const QString facts = s->name + QStringLiteral(" · ") + priorityFacts(item);
            auto* row = new QTreeWidgetItem(
                {QStringLiteral("%1 · %2\n%3").arg(item.score).arg(c->title, facts)});
            row->setData(0, IdRole, c->id);
            row->setToolTip(
                0, plainToolTip(c->title + QStringLiteral("\n") + priorityExplanation(item)));
            rows.append(row);
        }
        const qint64 key = opportunities ? opportunityKey : painKey;
        const QString title = opportunities ? DepartmentPanel::tr("Opportunities by priority (%1)")
                                            : DepartmentPanel::tr("Pain points by priority (%1)");
        QTreeWidgetItem* group = plainRow(nullptr, title.arg(rows.size()), key);
        group->setToolTip(
            0, DepartmentPanel::tr("Ranked by severity (or impact) × (1 + unhappy customer moments "
                                   "reached along links) + votes + how unhappy the card itself "
                                   "is"));
        m_cards->addTopLevelItem(group);
        group->addChildren(rows);
        if (rows.isEmpty()) {
            plainRow(group,
                     opportunities ? DepartmentPanel::tr("None: it owns no opportunities here.")
                                   : DepartmentPanel::tr("None: it owns no pain points here."),
                     emptyKey);
        }
        group->setExpanded(!m_collapsed.contains(key));
    }
}

} // namespace cx
