#include "versioncompare.h"

#include "analysis.h"
#include "model/shorttext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace cx::analysis {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct VersionCompareTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::VersionCompare)
};

// One side's journey: its stages in order and its cards in reading order.
struct VersionSide
{
    QHash<Id, const Stage*> stages;
    QHash<Id, const Lane*> lanes;
    QList<const Stage*> stageOrder;
    QHash<Id, const Card*> cards;
    QList<const Card*> cardOrder;
};

template <typename T>
QList<const T*> inOrder(const QList<T>& items, Id journeyId)
{
    QList<const T*> result;
    for (const T& item : items) {
        if (item.journeyId == journeyId)
            result.append(&item);
    }
    std::sort(result.begin(), result.end(), [](const T* a, const T* b) {
        return std::tie(a->position, a->id) < std::tie(b->position, b->id);
    });
    return result;
}

VersionSide makeSide(const DocumentData& data, Id journeyId)
{
    VersionSide side;
    side.stageOrder = inOrder(data.stages, journeyId);
    QHash<Id, int> stageIndex, laneIndex;
    for (const Stage* s : side.stageOrder) {
        stageIndex.insert(s->id, int(stageIndex.size()));
        side.stages.insert(s->id, s);
    }
    for (const Lane* l : inOrder(data.lanes, journeyId)) {
        laneIndex.insert(l->id, int(laneIndex.size()));
        side.lanes.insert(l->id, l);
    }
    for (const Card& c : data.cards) {
        if (stageIndex.contains(c.stageId) && laneIndex.contains(c.laneId)) {
            side.cards.insert(c.id, &c);
            side.cardOrder.append(&c);
        }
    }
    const auto order = [&](const Card* c) {
        return std::make_tuple(stageIndex.value(c->stageId), laneIndex.value(c->laneId),
                               c->position, c->id);
    };
    std::sort(side.cardOrder.begin(), side.cardOrder.end(),
              [&](const Card* a, const Card* b) { return order(a) < order(b); });
    return side;
}

QList<StageDelta> stageRows(const DocumentData& before, const VersionSide& was,
                            const DocumentData& after, const VersionSide& is, Id journeyId)
{
    QHash<Id, std::optional<double>> wasCurve, isCurve;
    for (const CurvePoint& p : emotionCurve(before, journeyId))
        wasCurve.insert(p.stageId, p.emotion);
    for (const CurvePoint& p : emotionCurve(after, journeyId))
        isCurve.insert(p.stageId, p.emotion);
    QList<StageDelta> rows;
    for (const Stage* s : was.stageOrder)
        rows.append({s->name, s->id, 0, wasCurve.value(s->id), std::nullopt, std::nullopt});
    int insertAt = 0;
    for (const Stage* s : is.stageOrder) {
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const StageDelta& d) {
            return d.currentStageId == s->id;
        });
        if (row == rows.end()) {
            rows.insert(insertAt++, {s->name, 0, s->id, std::nullopt, isCurve.value(s->id), {}});
            continue;
        }
        row->name = s->name;
        row->futureStageId = s->id;
        row->future = isCurve.value(s->id);
        if (row->current && row->future)
            row->delta = *row->future - *row->current;
        insertAt = int(row - rows.begin()) + 1;
    }
    return rows;
}

QString emotionText(std::optional<int> e)
{
    if (!e)
        return VersionCompareTr::tr("unrated");
    return *e > 0 ? QStringLiteral("+%1").arg(*e) : QString::number(*e);
}

QString curveText(std::optional<double> e)
{
    if (!e)
        return VersionCompareTr::tr("unrated");
    return (*e > 0 ? QStringLiteral("+") : QString()) + QString::number(*e, 'f', 1);
}

// "“Title” (Stage / Lane)"
QString cardText(const VersionSide& side, const Card& c)
{
    const Stage* s = side.stages.value(c.stageId);
    const Lane* l = side.lanes.value(c.laneId);
    return QStringLiteral("%1 (%2 / %3)")
        .arg(inQuotes(c.title), s ? s->name : QString(), l ? l->name : QString());
}

QString changeText(const VersionSide& was, const VersionSide& is, const CardMatch& m)
{
    const Card& a = *was.cards.value(m.currentCardId);
    const Card& b = *is.cards.value(m.futureCardId);
    QStringList what;
    for (CardAspect aspect : m.changes) {
        if (aspect == CardAspect::Emotion)
            what << VersionCompareTr::tr("emotion %1 → %2")
                        .arg(emotionText(a.emotion), emotionText(b.emotion));
        else if (aspect == CardAspect::Title)
            what << VersionCompareTr::tr("title was %1").arg(inQuotes(a.title));
        else
            what << VersionCompareTr::tr(aspectName(aspect).toLatin1().constData());
    }
    return VersionCompareTr::tr("changed %1: %2")
        .arg(cardText(is, b), what.join(QStringLiteral(", ")));
}

} // namespace

JourneyComparison compareVersions(const DocumentData& before, const DocumentData& after,
                                  Id journeyId)
{
    JourneyComparison result;
    result.currentJourneyId = journeyId;
    result.futureJourneyId = journeyId;
    const VersionSide was = makeSide(before, journeyId);
    const VersionSide is = makeSide(after, journeyId);
    for (const Card* c : was.cardOrder) {
        if (!is.cards.contains(c->id))
            result.removed.append(c->id);
    }
    for (const Card* c : is.cardOrder) {
        const Card* old = was.cards.value(c->id);
        if (!old) {
            result.added.append(c->id);
            continue;
        }
        CardMatch match{c->id, c->id, MatchRule::SameId, contentChanges(*old, *c)};
        if (old->stageId != c->stageId)
            match.changes.append(CardAspect::Stage);
        if (old->laneId != c->laneId)
            match.changes.append(CardAspect::Lane);
        if (match.changes.isEmpty())
            ++result.unchanged;
        else
            result.changed.append(match);
    }
    result.stages = stageRows(before, was, after, is, journeyId);
    return result;
}

QList<Id> versionJourneys(const DocumentData& before, const DocumentData& after)
{
    QList<Id> ids;
    for (const DocumentData* data : {&after, &before}) {
        QList<Journey> journeys = data->journeys;
        std::sort(journeys.begin(), journeys.end(), [](const Journey& a, const Journey& b) {
            return std::tie(a.position, a.id) < std::tie(b.position, b.id);
        });
        for (const Journey& j : journeys) {
            if (!ids.contains(j.id))
                ids.append(j.id);
        }
    }
    return ids;
}

QStringList comparisonLines(const DocumentData& before, const DocumentData& after,
                            const JourneyComparison& comparison)
{
    const VersionSide was = makeSide(before, comparison.currentJourneyId);
    const VersionSide is = makeSide(after, comparison.futureJourneyId);
    QStringList lines;
    for (Id id : comparison.added) {
        if (const Card* c = is.cards.value(id))
            lines << VersionCompareTr::tr("added %1").arg(cardText(is, *c));
    }
    for (Id id : comparison.removed) {
        if (const Card* c = was.cards.value(id))
            lines << VersionCompareTr::tr("removed %1").arg(cardText(was, *c));
    }
    for (const CardMatch& m : comparison.changed) {
        if (was.cards.contains(m.currentCardId) && is.cards.contains(m.futureCardId))
            lines << changeText(was, is, m);
    }
    for (const StageDelta& d : comparison.stages) {
        if (d.current != d.future && (d.current || d.future))
            lines << VersionCompareTr::tr("stage %1: emotion %2 → %3")
                         .arg(inQuotes(d.name), curveText(d.current), curveText(d.future));
    }
    return lines;
}

QString aspectName(CardAspect aspect)
{
    switch (aspect) {
    case CardAspect::Title:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "title"));
    case CardAspect::Description:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "description"));
    case CardAspect::Channel:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "channel"));
    case CardAspect::Accountable:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "accountable"));
    case CardAspect::Contributing:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "contributing"));
    case CardAspect::Emotion:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "emotion"));
    case CardAspect::Evidence:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "evidence"));
    case CardAspect::Severity:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "severity"));
    case CardAspect::Impact:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "impact"));
    case CardAspect::Status:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "status"));
    case CardAspect::Votes:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "votes"));
    case CardAspect::Kpis:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "kpis"));
    case CardAspect::Tags:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "tags"));
    case CardAspect::Stage:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "stage"));
    case CardAspect::Lane:
        return QString::fromLatin1(QT_TRANSLATE_NOOP("cx::VersionCompare", "lane"));
    }
    return {};
}

} // namespace cx::analysis
