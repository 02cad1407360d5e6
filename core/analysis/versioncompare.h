#pragma once

// Comparison of a journey in two versions of one map (model/version.h): a
// named version and now, or two named versions. Reuses the comparison of a
// future journey with its source (analysis/compare.h) for the result and the
// card aspects, but pairs by id: within one map an id names the same card,
// stage and lane in every version, so no matching by content is needed. A
// card deleted and made again is a new card (removed and added).

#include "compare.h"

#include <QStringList>

namespace cx::analysis {

// journeyId in `before` (the "current" side of the result) and in `after`
// (the "future" side). removed holds ids of `before`, added ids of `after`,
// each in their reading order; a changed pair carries one id twice
// (MatchRule::SameId), with Stage / Lane when the card moved. Stage rows
// pair stages by id, in `before`'s order, stages only in `after` after the
// row of their predecessor. A journey missing on one side counts as empty.
JourneyComparison compareVersions(const DocumentData& before, const DocumentData& after,
                                  Id journeyId);

// The journeys of either side: `after`'s in order, then those only in `before`.
QList<Id> versionJourneys(const DocumentData& before, const DocumentData& after);

// What changed, one line each, for people (the CLI and the versions
// dialog): cards added, removed and changed (with emotion moves spelled
// out), then the stages whose emotion moved. Map text is quoted as is: the
// caller makes it safe for where it goes.
QStringList comparisonLines(const DocumentData& before, const DocumentData& after,
                            const JourneyComparison& comparison);

// The name of a card aspect for those lines and for JSON ("emotion").
QString aspectName(CardAspect aspect);

} // namespace cx::analysis
