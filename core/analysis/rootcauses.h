#pragma once

// The root causes of a journey ranked by their reach (DESIGN.md, Definitions):
// for every back-stage and support-process card of the journey, the unhappy
// moments its impact reaches. The report's executive page names the first:
// "The overnight credit-check batch (Billing & Finance) feeds 4 unhappy
// moments, from checkout to installation day".
//
// The reach is chainsOfCard's forward chain (chains.h): impact flows along
// links (depends_on to -> from), every card once, cycles end, the card itself
// never counts, links are followed across journeys. One index and one flow
// per call, then one breadth-first search per process over reused buffers.

#include "model/types.h"

#include <QList>

namespace cx::analysis {

struct RootCauseReach
{
    Id cardId = 0;      // a backstage or support_process card of the journey
    int moments = 0;    // customer moments its impact reaches
    QList<Id> unhappy;  // the unhappy ones, by distance then reading order
    QList<Id> stageIds; // the stages of those unhappy moments, in reading order, each once
    bool operator==(const RootCauseReach&) const = default;
};

// The journey's processes that reach at least one customer moment, by unhappy
// moments reached (most first), then customer moments reached, then reading
// order.
QList<RootCauseReach> rootCausesByReach(const DocumentData& data, Id journeyId);

} // namespace cx::analysis
