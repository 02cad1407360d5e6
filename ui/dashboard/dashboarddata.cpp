#include "dashboarddata.h"

#include "analysis/analysis.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cx::dashboard {

namespace {

QList<const Journey*> journeysInOrder(const DocumentData& data)
{
    QList<const Journey*> journeys;
    for (const Journey& j : data.journeys)
        journeys.append(&j);
    std::stable_sort(journeys.begin(), journeys.end(), [](const Journey* a, const Journey* b) {
        return std::tie(a->position, a->id) < std::tie(b->position, b->id);
    });
    return journeys;
}

const Journey* findJourney(const DocumentData& data, Id id)
{
    for (const Journey& j : data.journeys) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

QString matchKey(const QString& name) { return name.simplified().toCaseFolded(); }

// One place on the stage axis: its label and each curve's value there.
struct Slot
{
    QString name;
    std::optional<double> current;
    std::optional<double> future;
    bool hasFuture = false;
};

QList<Slot> curveSlots(const DocumentData& data, const QHash<Id, QString>& stageNames, Id journeyId)
{
    QList<Slot> places;
    for (const analysis::CurvePoint& p : analysis::emotionCurve(data, journeyId))
        places.append({stageNames.value(p.stageId), p.emotion, std::nullopt, false});
    return places;
}

// Merges the future curve into the current one's places, keeping both orders.
void mergeFuture(QList<Slot>& places, const QList<Slot>& future)
{
    qsizetype cursor = -1; // the slot the previous future stage went to
    for (const Slot& f : future) {
        const QString key = matchKey(f.name);
        qsizetype match = -1;
        for (qsizetype i = cursor + 1; i < places.size() && match < 0; ++i) {
            if (!places[i].hasFuture && matchKey(places[i].name) == key)
                match = i;
        }
        if (match < 0) {
            match = cursor + 1;
            places.insert(match, Slot{f.name, std::nullopt, std::nullopt, false});
        }
        places[match].future = f.current;
        places[match].hasFuture = true;
        cursor = match;
    }
}

} // namespace

Id counterpartJourney(const DocumentData& data, Id journeyId)
{
    const Journey* journey = findJourney(data, journeyId);
    if (!journey)
        return 0;
    if (journey->state == JourneyState::Future) {
        const Journey* source = findJourney(data, journey->sourceJourneyId);
        return source && source->state == JourneyState::Current ? source->id : 0;
    }
    for (const Journey* j : journeysInOrder(data)) {
        if (j->state == JourneyState::Future && j->sourceJourneyId == journeyId)
            return j->id;
    }
    return 0;
}

StageCurves stageCurves(const DocumentData& data, Id journeyId)
{
    QHash<Id, QString> stageNames;
    for (const Stage& s : data.stages)
        stageNames.insert(s.id, s.name);

    StageCurves result;
    result.currentJourneyId = journeyId;
    const Id other = counterpartJourney(data, journeyId);
    if (other != 0) {
        const Journey* journey = findJourney(data, journeyId);
        const bool isFuture = journey->state == JourneyState::Future;
        result.currentJourneyId = isFuture ? other : journeyId;
        result.futureJourneyId = isFuture ? journeyId : other;
    }
    QList<Slot> places = curveSlots(data, stageNames, result.currentJourneyId);
    if (result.compared())
        mergeFuture(places, curveSlots(data, stageNames, result.futureJourneyId));

    QStringList names;
    for (const Slot& s : places) {
        names.append(s.name);
        result.current.append(s.current);
        if (result.compared())
            result.future.append(s.future);
    }
    result.stages = uniqueLabels(names);
    return result;
}

QList<KpiRow> kpiRows(const DocumentData& data, Id journeyId, Id lens)
{
    QHash<Id, int> journeyPosition;
    for (const Journey& j : data.journeys)
        journeyPosition.insert(j.id, j.position);
    QHash<Id, const Stage*> stages;
    for (const Stage& s : data.stages)
        stages.insert(s.id, &s);
    QHash<Id, int> lanePosition;
    for (const Lane& l : data.lanes)
        lanePosition.insert(l.id, l.position);

    using Order = std::tuple<bool, int, int, int, int, Id, int>; // off target first
    QList<std::pair<Order, KpiRow>> rows;
    for (const Card& c : data.cards) {
        const Stage* stage = stages.value(c.stageId);
        if (!stage || !lanePosition.contains(c.laneId))
            continue;
        if (journeyId != 0 && stage->journeyId != journeyId)
            continue;
        if (lens != 0 && c.accountableId != lens && !c.contributingIds.contains(lens))
            continue;
        for (int i = 0; i < c.kpis.size(); ++i) {
            KpiRow row{c.id, c.accountableId, i, c.kpis[i], analysis::kpiStatus(c.kpis[i])};
            const Order order{!row.offTarget(),
                              journeyPosition.value(stage->journeyId),
                              stage->position,
                              lanePosition.value(c.laneId),
                              c.position,
                              c.id,
                              i};
            rows.append({order, row});
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<KpiRow> result;
    result.reserve(rows.size());
    for (const auto& r : rows)
        result.append(r.second);
    return result;
}

QStringList uniqueLabels(const QStringList& labels)
{
    QStringList result;
    for (const QString& label : labels) {
        QString text = label;
        for (int n = 2; result.contains(text); ++n)
            text = QStringLiteral("%1 (%2)").arg(label, QString::number(n));
        result.append(text);
    }
    return result;
}

QString emotionNumber(double emotion)
{
    const QString n = QLocale().toString(std::abs(emotion), 'f', 1);
    if (emotion <= -0.05)
        return QStringLiteral("\u2212") + n;
    return emotion >= 0.05 ? QStringLiteral("+") + n : n;
}

QColor emotionHeatColor(double emotion)
{
    static const QColor negative(0xd9, 0x5f, 0x02); // orange
    static const QColor neutral(0xd4, 0xd4, 0xd4);  // grey, apart from white (not rated)
    static const QColor positive(0x21, 0x66, 0xac); // blue
    const double t = std::clamp(emotion / emotionMax, -1.0, 1.0);
    const QColor& end = t < 0 ? negative : positive;
    const double a = std::abs(t);
    const auto mix = [a](int from, int to) { return int(from + (to - from) * a + 0.5); };
    return QColor(mix(neutral.red(), end.red()), mix(neutral.green(), end.green()),
                  mix(neutral.blue(), end.blue()));
}

} // namespace cx::dashboard
