#include "mapgenerator.h"

#include <QHash>

#include <random>

namespace cx::bench {

DocumentData generateMap(const MapSize& size, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    DocumentData d;
    d.title = QStringLiteral("Generated map");
    for (int i = 0; i < size.departments; ++i) {
        d.departments.append({i + 1, QStringLiteral("Department %1").arg(i + 1),
                              QStringLiteral("D%1").arg(i + 1),
                              QColor::fromRgb(pick(256), pick(256), pick(256)),
                              QStringLiteral("Head %1").arg(i + 1), QString(), i});
    }
    d.journeys.append(
        {1, QStringLiteral("Big journey"), QString(), JourneyState::Current, 0, 0, 0});
    for (int i = 0; i < size.stages; ++i)
        d.stages.append({i + 1, 1, QStringLiteral("Stage %1").arg(i + 1), QString(), i});
    for (int i = 0; i < size.lanes; ++i)
        d.lanes.append(
            {i + 1, 1, QStringLiteral("Lane %1").arg(i + 1), LaneKind(i % laneKindCount), i});
    QHash<QPair<Id, Id>, int> cellSize;
    for (int i = 0; i < size.cards; ++i) {
        Card c;
        c.id = i + 1;
        c.stageId = pick(size.stages) + 1;
        c.laneId = pick(size.lanes) + 1;
        c.position = cellSize[{c.stageId, c.laneId}]++;
        c.title = QStringLiteral("Card %1: the customer does something notable").arg(i + 1);
        c.description = QStringLiteral("A longer description of what happens at card %1, "
                                       "who is involved and why it matters.")
                            .arg(i + 1);
        c.channel = QStringLiteral("web");
        c.accountableId = pick(size.departments) + 1;
        c.contributingIds = {Id(c.accountableId % size.departments + 1)};
        if (pick(3))
            c.emotion = pick(5) - 2;
        c.kpis = {
            {QStringLiteral("CSAT"), KpiKind::Csat, double(pick(101)), 80.0, QStringLiteral("%")},
            {QStringLiteral("Wait"), KpiKind::Free, double(pick(60)), std::nullopt,
             QStringLiteral("min")}};
        c.votes = pick(4);
        c.tags = {QStringLiteral("tag%1").arg(pick(20)), QStringLiteral("bench")};
        d.cards.append(c);
    }
    for (int i = 0; i < size.links; ++i) {
        const Id from = pick(size.cards) + 1;
        Id to = pick(size.cards) + 1;
        if (to == from)
            to = from % size.cards + 1;
        d.links.append({i + 1, from, to, LinkType(pick(4)), QString()});
    }
    return d;
}

} // namespace cx::bench
