#include <catch2/catch.hpp>

#include "model/enumnames.h"

using namespace cx;

TEST_CASE("every lane kind has a stable name that parses back", "[model]")
{
    for (int i = 0; i < laneKindCount; ++i) {
        const auto kind = static_cast<LaneKind>(i);
        const QString name = toString(kind);
        REQUIRE_FALSE(name.isEmpty());
        REQUIRE_FALSE(laneKindLabel(kind).isEmpty());
        REQUIRE(laneKindFromString(name) == kind);
    }
    REQUIRE_FALSE(laneKindFromString(QStringLiteral("Touchpoint")).has_value());
    REQUIRE_FALSE(laneKindFromString(QString()).has_value());
}

TEST_CASE("KPI values are checked against their scale", "[model]")
{
    CHECK(kpiValueInRange(KpiKind::Nps, -100));
    CHECK_FALSE(kpiValueInRange(KpiKind::Nps, 101));
    CHECK(kpiValueInRange(KpiKind::Csat, 100));
    CHECK_FALSE(kpiValueInRange(KpiKind::Csat, -1));
    CHECK(kpiValueInRange(KpiKind::Ces, 1));
    CHECK_FALSE(kpiValueInRange(KpiKind::Ces, 0.5));
    CHECK(kpiValueInRange(KpiKind::Free, 1e9));
    CHECK_FALSE(kpiValueInRange(KpiKind::Free, std::nan("")));
}
