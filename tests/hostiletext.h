#pragma once

// Hostile text for the content of otherwise valid maps: markup that tries to
// become an element of an SVG, formula prefixes for spreadsheets, terminal
// escape sequences, control characters, quotes, separators, line breaks,
// surrounding spaces, right-to-left marks, emoji and CJK. Deterministic for a
// seed, so a failure can be replayed.

#include "model/types.h"

#include <QString>

#include <random>

namespace cx::test {

// One hostile text of 1..6 fragments (never a NUL or a lone surrogate: a map
// cannot hold them).
QString hostileText(std::mt19937& rng);

// A small valid map (smallDocument's shape: departments, a persona,
// participants, one journey of 3 stages and 3 lanes, 5 cards with KPIs,
// tags and comments, 2 links) whose every text is hostile.
DocumentData hostileDocument(quint32 seed);

} // namespace cx::test
