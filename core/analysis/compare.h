#pragma once

// Comparison of a future-state journey with the current-state journey it was
// cloned from (Journey::sourceJourneyId): which cards were added, removed or
// changed, and how the emotion curve moved stage by stage.
//
// A pure function over plain values, like the rest of core/analysis: cheap
// enough to recompute on every change signal.
//
// Matching. A clone gives every card a new id and keeps no per-card source,
// so cards are paired by what they say, in three passes. Each pass only looks
// at the cards no earlier pass paired, and walks both journeys in reading
// order (stage position, lane position, card position), so the result never
// depends on ids or on the order of DocumentData's lists:
//
//   Stages and lanes first. The stages of the two journeys are paired by
//   name, trimmed and case-insensitive; a name that occurs several times pairs
//   its n-th occurrence with the n-th. Lanes are paired the same way. A card's
//   "place" is its (stage, lane) pair; a card whose stage or lane has no
//   counterpart has a place no card of the other side shares.
//
//   1. Same place, same title (exact). When a cell holds the same title more
//      than once, the n-th such card pairs with the n-th.
//   2. Same title (exact), anywhere: only where that title belongs to exactly
//      one unpaired card on each side. This finds cards moved to another
//      stage or lane.
//   3. Same place and same position in the cell: a renamed card. Only when
//      the rest mostly agrees: at most 2 of the content fields other than the
//      title differ (description, channel, accountable, contributing, emotion,
//      evidence, severity, impact, status, votes, KPIs, tags), and at least
//      one of them is set (non-empty) and equal on both sides, so that two
//      blank cards are never taken for one another.
//
// Cards left unpaired are Added (future only) or Removed (current only).

#include "model/types.h"

#include <QList>
#include <QString>

#include <optional>

namespace cx::analysis {

// What differs between two paired cards. Stage and Lane mean "moved to
// another stage / lane" (a different place, not just another position).
enum class CardAspect
{
    Title,
    Description,
    Channel,
    Accountable,
    Contributing,
    Emotion,
    Evidence,
    Severity,
    Impact,
    Status,
    Votes,
    Kpis,
    Tags,
    Stage,
    Lane,
};

// The pass of the matching rule (see above) that paired two cards.
enum class MatchRule
{
    PlaceAndTitle,
    Title,
    PlaceAndPosition,
    // Not a pass: the same card in two versions of one map (same id; see
    // analysis/versioncompare.h).
    SameId,
};

struct CardMatch
{
    Id currentCardId = 0;
    Id futureCardId = 0;
    MatchRule rule = MatchRule::PlaceAndTitle;
    QList<CardAspect> changes; // in the order of CardAspect; empty = unchanged
    bool operator==(const CardMatch&) const = default;
};

// One row of the stage table: a stage of either side or a pair of them.
struct StageDelta
{
    QString name;                  // the future stage's name when there is one
    Id currentStageId = 0;         // 0 = only in the future journey
    Id futureStageId = 0;          // 0 = only in the current journey
    std::optional<double> current; // emotion curve value (see analysis::emotionCurve)
    std::optional<double> future;
    std::optional<double> delta; // future - current, when both are set
    bool operator==(const StageDelta&) const = default;
};

struct JourneyComparison
{
    Id currentJourneyId = 0;
    Id futureJourneyId = 0;
    QList<Id> added;          // future cards, in reading order
    QList<Id> removed;        // current cards, in reading order
    QList<CardMatch> changed; // pairs with changes, in the future's reading order
    int unchanged = 0;        // pairs without changes
    // The current journey's stages in order; a stage only in the future goes
    // right after the row of the future stage before it (first when none).
    QList<StageDelta> stages;
    bool operator==(const JourneyComparison&) const = default;
};

// Compares the two journeys as above. An unknown journey counts as an empty
// one; the two may be any journeys (their states are not checked).
JourneyComparison compareJourneys(const DocumentData& data, Id currentJourneyId,
                                  Id futureJourneyId);

// The aspects in which 'future' differs from 'current' (places left out).
QList<CardAspect> contentChanges(const Card& current, const Card& future);

// The journey to compare journeyId with: for a future journey, its source
// when that exists; for any other journey, the first future journey (in
// journey order) whose source it is. 0 when there is none.
Id counterpartJourney(const DocumentData& data, Id journeyId);

} // namespace cx::analysis
