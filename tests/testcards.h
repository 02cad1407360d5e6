#pragma once

// Cards of the small maps tests build by hand.

#include "model/types.h"

#include <optional>

namespace cx::test {

// A card in a cell with a title and an owner; its position is its id, so that
// the cards of a cell read in the order of their ids.
inline Card makeCard(Id id, Id stageId, Id laneId, const QString& title, Id owner,
                     std::optional<int> emotion = std::nullopt, Level severity = Level::None,
                     int votes = 0)
{
    Card c;
    c.id = id;
    c.stageId = stageId;
    c.laneId = laneId;
    c.title = title;
    c.accountableId = owner;
    c.emotion = emotion;
    c.severity = severity;
    c.votes = votes;
    c.position = int(id);
    return c;
}

} // namespace cx::test
