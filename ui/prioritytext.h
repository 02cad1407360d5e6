#pragma once

// How the widgets word a priority score (core/analysis/priority.h): the
// dashboard's "Priorities by department" and the department view share it.

#include "analysis/priority.h"

#include <QString>

namespace cx {

// What the score is made of: "severity high (3) × (1 + 2 unhappy moments
// reached) + 4 votes + 1 for its emotion (−1)"; the parts that add nothing
// but the weight are left out.
QString priorityFormula(const analysis::PriorityItem& item);

// The same with the score in front: "Priority 14 = severity high (3) × …".
QString priorityExplanation(const analysis::PriorityItem& item);

// The facts in short: "severity high · reaches 2 unhappy moments · 4 votes".
QString priorityFacts(const analysis::PriorityItem& item);

} // namespace cx
