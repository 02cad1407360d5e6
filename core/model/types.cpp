#include "types.h"

#include <algorithm>
#include <climits>

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
    sortById(feedback);
}

int Card::dotCount() const
{
    qint64 n = 0; // a hostile file may hold many large counts
    for (const Dot& d : dots)
        n += d.count;
    return int(std::min<qint64>(n, INT_MAX));
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
