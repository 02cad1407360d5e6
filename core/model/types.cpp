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
    sortById(participants);
    sortById(journeys);
    sortById(stages);
    sortById(lanes);
    sortById(cards);
    sortById(links);
}

int Card::dotCount() const
{
    int n = 0;
    for (const Dot& d : dots)
        n += d.count;
    return n;
}

int Card::dotsOf(Id participantId) const
{
    for (const Dot& d : dots) {
        if (d.participantId == participantId)
            return d.count;
    }
    return 0;
}

} // namespace cx
