#pragma once

// One journey's part of a map as a map of its own: its stages, lanes and
// cards, the links among them and the feedback on them (every department
// stays). Figures computed on it (feedback, recognition) are the journey's.

#include "model/types.h"

namespace cx::analysis {

DocumentData journeyPart(const DocumentData& data, Id journeyId);

} // namespace cx::analysis
