#include "kpistatus.h"

#include <algorithm>
#include <cmath>

namespace cx::analysis {

bool higherIsBetter(KpiKind kind) { return kind != KpiKind::Free; }

KpiStatus kpiStatus(const Kpi& kpi)
{
    if (!kpi.target)
        return KpiStatus::NoTarget;
    // Values are typed in with a few decimals: a difference below this is a tie.
    const double tolerance = 1e-9 * std::max(1.0, std::abs(*kpi.target));
    const double miss = kpi.value - *kpi.target;
    if (miss < -tolerance)
        return KpiStatus::Below;
    if (miss > tolerance && !higherIsBetter(kpi.kind))
        return KpiStatus::Above;
    return KpiStatus::OnTarget;
}

} // namespace cx::analysis
