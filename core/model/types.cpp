#include "types.h"

#include <algorithm>

namespace cx {

namespace {
template <typename T>
void sortById(QList<T>& list)
{
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.id < b.id; });
}
} // namespace

void DocumentData::canonicalize()
{
    sortById(departments);
    sortById(personas);
    sortById(journeys);
    sortById(stages);
    sortById(lanes);
    sortById(cards);
    sortById(links);
}

} // namespace cx
