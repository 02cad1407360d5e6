#pragma once

// The rules of customer feedback (DESIGN.md): what a score means, what counts
// as praise, and which values an item may hold. One meaning for the import,
// the Inspector, the analysis and the command line.

#include "types.h"

#include <optional>

namespace cx {

// The longest a feedback item's segment or reference may be (characters);
// its words may be as long as a card's text (maxTextLength).
inline constexpr qsizetype maxFeedbackFieldLength = 1000;

// A score is on its scale: NPS 0..10, CSAT 1..5.
bool scoreInRange(ScoreScale scale, int score);

// The sentiment a score says: NPS 0-3 -2, 4-6 -1, 7-8 0, 9 +1, 10 +2; CSAT
// 1 -2 ... 5 +2. nullopt off the scale or without one.
std::optional<int> sentimentOfScore(ScoreScale scale, int score);

// NPS: 0-6 detractors, 9-10 promoters (7-8 passives).
bool isDetractor(int npsScore);
bool isPromoter(int npsScore);

// Praise: kind praise, or a sentiment of +1 or +2.
bool isPraise(const Feedback& f);

// An inbox item names as candidates only cards that still exist: drops the
// ids for which isCard(id) is false.
template <typename IsCard>
void keepExistingCandidates(Feedback& f, IsCard&& isCard)
{
    f.candidates.removeIf([&isCard](Id id) { return !isCard(id); });
}

// Why the item cannot be kept as it is (a sentiment off -2..+2, a score off
// its scale, a text too long...): empty when it can. Says nothing about
// whether its card exists (the Document checks that).
QString feedbackProblem(const Feedback& f);

} // namespace cx
