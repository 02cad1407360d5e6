#pragma once

// Whether a KPI meets its target, and on which side it misses it.
//
// Direction, by kind:
// - NPS (-100..100) and CSAT (0..100 %): higher is better.
// - CES (1..7): read as the 7-point ease scale ("the company made it easy for
//   me", 7 = very easy), so higher is better too. The sample map and the
//   templates set CES targets of 5.0 to 5.5 above values of 3 to 4.6, which
//   only makes sense that way. (The older 1..5 effort scale, where lower is
//   better, is not what CXMap records.)
// - Free: no known direction. A free KPI is on target only when it hits its
//   target (within a rounding tolerance); a miss on either side is flagged,
//   with the side, so that "error rate 5.2 % (target 1)" and "conversion
//   12 % (target 18)" both show up. The side tells the reader which way it is.
// A KPI without a target is never off target.

#include "model/types.h"

namespace cx::analysis {

enum class KpiStatus
{
    NoTarget, // no target set
    OnTarget, // meets it (or beats it in the better direction)
    Below,    // off target: the value falls short of (is below) the target
    Above,    // off target: the value is above the target (free KPIs only)
};

// True when higher values are better for the kind; false for Free (unknown).
bool higherIsBetter(KpiKind kind);

KpiStatus kpiStatus(const Kpi& kpi);

inline bool isOffTarget(KpiStatus status)
{
    return status == KpiStatus::Below || status == KpiStatus::Above;
}

} // namespace cx::analysis
