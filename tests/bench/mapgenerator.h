#pragma once

// Generates large, realistic-looking maps for benchmarks.

#include "model/types.h"

namespace cx::bench {

struct MapSize
{
    int cards = 10000;
    int stages = 40;
    int lanes = 10;
    int links = 2000;
    int departments = 10;
};

// One journey of the given size; every card has 2 KPIs, 2 tags and an owner.
DocumentData generateMap(const MapSize& size, unsigned seed = 1);

} // namespace cx::bench
