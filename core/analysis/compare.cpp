#include "compare.h"

#include "analysis.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

namespace cx::analysis {

namespace {

constexpr CardAspect contentAspects[] = {
    CardAspect::Title,       CardAspect::Description,  CardAspect::Channel,
    CardAspect::Accountable, CardAspect::Contributing, CardAspect::Emotion,
    CardAspect::Evidence,    CardAspect::Severity,     CardAspect::Impact,
    CardAspect::Status,      CardAspect::Votes,        CardAspect::Kpis,
    CardAspect::Tags,
};

template <typename T>
QList<T> sorted(QList<T> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

bool differs(const Card& a, const Card& b, CardAspect aspect)
{
    switch (aspect) {
    case CardAspect::Title:
        return a.title != b.title;
    case CardAspect::Description:
        return a.description != b.description;
    case CardAspect::Channel:
        return a.channel != b.channel;
    case CardAspect::Accountable:
        return a.accountableId != b.accountableId;
    case CardAspect::Contributing:
        return sorted(a.contributingIds) != sorted(b.contributingIds);
    case CardAspect::Emotion:
        return a.emotion != b.emotion;
    case CardAspect::Evidence:
        return a.evidence != b.evidence;
    case CardAspect::Severity:
        return a.severity != b.severity;
    case CardAspect::Impact:
        return a.impact != b.impact;
    case CardAspect::Status:
        return a.status != b.status;
    case CardAspect::Votes:
        return a.votes != b.votes;
    case CardAspect::Kpis:
        return a.kpis != b.kpis;
    case CardAspect::Tags:
        return sorted(a.tags) != sorted(b.tags);
    case CardAspect::Stage:
    case CardAspect::Lane:
        break;
    }
    return false;
}

// Pass 3's test: at most 2 content fields besides the title differ, and one
// that is set agrees.
bool mostlyAgree(const Card& a, const Card& b)
{
    const Card blank;
    int differing = 0;
    bool sharedFact = false;
    for (CardAspect aspect : contentAspects) {
        if (aspect == CardAspect::Title)
            continue;
        if (differs(a, b, aspect))
            ++differing;
        else if (differs(a, blank, aspect))
            sharedFact = true;
    }
    return differing <= 2 && sharedFact;
}

QString fold(const QString& name) { return name.trimmed().toCaseFolded(); }

// Items of one journey by position (ids break ties).
template <typename T>
std::vector<const T*> ofJourney(const QList<T>& items, Id journeyId)
{
    std::vector<const T*> result;
    for (const T& item : items) {
        if (item.journeyId == journeyId)
            result.push_back(&item);
    }
    std::sort(result.begin(), result.end(), [](const T* a, const T* b) {
        return std::tie(a->position, a->id) < std::tie(b->position, b->id);
    });
    return result;
}

// id -> "folded name" + the occurrence number of that name: equal keys pair
// the n-th occurrence of a name on one side with the n-th on the other.
template <typename T>
QHash<Id, QString> nameKeys(const std::vector<const T*>& items)
{
    QHash<QString, int> seen;
    QHash<Id, QString> keys;
    for (const T* item : items) {
        const QString name = fold(item->name);
        keys.insert(item->id, name + QChar(0x1f) + QString::number(seen[name]++));
    }
    return keys;
}

struct Entry
{
    const Card* card = nullptr;
    QString stageKey;
    QString laneKey;
    QString place() const { return stageKey + QChar(0x1e) + laneKey; }
    int partner = -1; // index of the paired entry on the other side
    MatchRule rule = MatchRule::PlaceAndTitle;
};

struct Side
{
    std::vector<const Stage*> stages;
    QHash<Id, QString> stageKeys;
    std::vector<Entry> cards; // in reading order
};

Side makeSide(const DocumentData& data, Id journeyId)
{
    Side side;
    side.stages = ofJourney(data.stages, journeyId);
    side.stageKeys = nameKeys(side.stages);
    const std::vector<const Lane*> lanes = ofJourney(data.lanes, journeyId);
    const QHash<Id, QString> laneKeys = nameKeys(lanes);
    QHash<Id, int> stageIndex, laneIndex;
    for (const Stage* s : side.stages)
        stageIndex.insert(s->id, int(stageIndex.size()));
    for (const Lane* l : lanes)
        laneIndex.insert(l->id, int(laneIndex.size()));
    std::vector<const Card*> cards;
    for (const Card& c : data.cards) {
        if (stageIndex.contains(c.stageId) && laneIndex.contains(c.laneId))
            cards.push_back(&c);
    }
    const auto order = [&](const Card* c) {
        return std::make_tuple(stageIndex.value(c->stageId), laneIndex.value(c->laneId),
                               c->position, c->id);
    };
    std::sort(cards.begin(), cards.end(),
              [&](const Card* a, const Card* b) { return order(a) < order(b); });
    for (const Card* c : cards)
        side.cards.push_back({c, side.stageKeys.value(c->stageId), laneKeys.value(c->laneId)});
    return side;
}

void pair(Side& current, int i, Side& future, int j, MatchRule rule)
{
    current.cards[i].partner = j;
    current.cards[i].rule = rule;
    future.cards[j].partner = i;
    future.cards[j].rule = rule;
}

// Pass 1: same place and title, the n-th with the n-th.
void pairByPlaceAndTitle(Side& current, Side& future)
{
    QHash<QString, QList<int>> waiting; // place + title -> future entries in order
    for (int j = 0; j < int(future.cards.size()); ++j) {
        const Entry& e = future.cards[j];
        waiting[e.place() + QChar(0x1d) + e.card->title].append(j);
    }
    for (int i = 0; i < int(current.cards.size()); ++i) {
        const Entry& e = current.cards[i];
        QList<int>& candidates = waiting[e.place() + QChar(0x1d) + e.card->title];
        if (!candidates.isEmpty())
            pair(current, i, future, candidates.takeFirst(), MatchRule::PlaceAndTitle);
    }
}

// Pass 2: a title unique among the unpaired cards of each side.
void pairByTitle(Side& current, Side& future)
{
    QHash<QString, int> currentCount, futureCount;
    QHash<QString, int> futureIndex;
    for (const Entry& e : current.cards) {
        if (e.partner < 0)
            ++currentCount[e.card->title];
    }
    for (int j = 0; j < int(future.cards.size()); ++j) {
        if (future.cards[j].partner < 0) {
            ++futureCount[future.cards[j].card->title];
            futureIndex.insert(future.cards[j].card->title, j);
        }
    }
    for (int i = 0; i < int(current.cards.size()); ++i) {
        const QString& title = current.cards[i].card->title;
        if (current.cards[i].partner < 0 && currentCount.value(title) == 1 &&
            futureCount.value(title) == 1)
            pair(current, i, future, futureIndex.value(title), MatchRule::Title);
    }
}

// Pass 3: same place and position, the rest mostly the same (a renamed card).
void pairByPosition(Side& current, Side& future)
{
    for (int i = 0; i < int(current.cards.size()); ++i) {
        const Entry& e = current.cards[i];
        if (e.partner >= 0)
            continue;
        for (int j = 0; j < int(future.cards.size()); ++j) {
            const Entry& f = future.cards[j];
            if (f.partner < 0 && f.card->position == e.card->position && f.place() == e.place() &&
                mostlyAgree(*e.card, *f.card)) {
                pair(current, i, future, j, MatchRule::PlaceAndPosition);
                break;
            }
        }
    }
}

QList<StageDelta> stageDeltas(const DocumentData& data, const Side& current, Id currentJourney,
                              const Side& future, Id futureJourney)
{
    QHash<Id, std::optional<double>> curve;
    for (Id journeyId : {currentJourney, futureJourney}) {
        for (const CurvePoint& p : emotionCurve(data, journeyId))
            curve.insert(p.stageId, p.emotion);
    }
    QList<StageDelta> rows;
    QHash<QString, int> rowOfKey;
    for (const Stage* s : current.stages) {
        rowOfKey.insert(current.stageKeys.value(s->id), int(rows.size()));
        rows.append({s->name, s->id, 0, curve.value(s->id), std::nullopt, std::nullopt});
    }
    int insertAt = 0;
    for (const Stage* s : future.stages) {
        const int row = rowOfKey.value(future.stageKeys.value(s->id), -1);
        if (row < 0) {
            for (auto it = rowOfKey.begin(); it != rowOfKey.end(); ++it) {
                if (it.value() >= insertAt)
                    ++it.value();
            }
            rows.insert(insertAt++, {s->name, 0, s->id, std::nullopt, curve.value(s->id), {}});
            continue;
        }
        StageDelta& d = rows[row];
        d.name = s->name;
        d.futureStageId = s->id;
        d.future = curve.value(s->id);
        if (d.current && d.future)
            d.delta = *d.future - *d.current;
        insertAt = row + 1;
    }
    return rows;
}

} // namespace

QList<CardAspect> contentChanges(const Card& current, const Card& future)
{
    QList<CardAspect> changes;
    for (CardAspect aspect : contentAspects) {
        if (differs(current, future, aspect))
            changes.append(aspect);
    }
    return changes;
}

JourneyComparison compareJourneys(const DocumentData& data, Id currentJourneyId, Id futureJourneyId)
{
    JourneyComparison result;
    result.currentJourneyId = currentJourneyId;
    result.futureJourneyId = futureJourneyId;
    Side current = makeSide(data, currentJourneyId);
    Side future = makeSide(data, futureJourneyId);
    pairByPlaceAndTitle(current, future);
    pairByTitle(current, future);
    pairByPosition(current, future);

    for (const Entry& e : current.cards) {
        if (e.partner < 0)
            result.removed.append(e.card->id);
    }
    for (const Entry& f : future.cards) {
        if (f.partner < 0) {
            result.added.append(f.card->id);
            continue;
        }
        const Entry& e = current.cards[f.partner];
        CardMatch match{e.card->id, f.card->id, f.rule, contentChanges(*e.card, *f.card)};
        if (e.stageKey != f.stageKey)
            match.changes.append(CardAspect::Stage);
        if (e.laneKey != f.laneKey)
            match.changes.append(CardAspect::Lane);
        if (match.changes.isEmpty())
            ++result.unchanged;
        else
            result.changed.append(match);
    }
    result.stages = stageDeltas(data, current, currentJourneyId, future, futureJourneyId);
    return result;
}

Id counterpartJourney(const DocumentData& data, Id journeyId)
{
    const auto found = std::find_if(data.journeys.cbegin(), data.journeys.cend(),
                                    [&](const Journey& j) { return j.id == journeyId; });
    if (found == data.journeys.cend())
        return 0;
    if (found->state == JourneyState::Future && found->sourceJourneyId != 0) {
        for (const Journey& j : data.journeys) {
            if (j.id == found->sourceJourneyId)
                return j.id;
        }
    }
    const Journey* best = nullptr;
    for (const Journey& j : data.journeys) {
        if (j.state != JourneyState::Future || j.sourceJourneyId != journeyId || j.id == journeyId)
            continue;
        if (!best || std::tie(j.position, j.id) < std::tie(best->position, best->id))
            best = &j;
    }
    return best ? best->id : 0;
}

} // namespace cx::analysis
