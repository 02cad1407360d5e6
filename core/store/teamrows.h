#pragma once

// A map's rows on the team server: written all at once (COPY) and read all at
// once. Private to the store.

#include "../model/result.h"
#include "../model/types.h"

namespace cx::pg {
class Connection;
}

namespace cx::teamrows {

// Writes every row of data as map mapId (whose rows must be absent).
Error writeAll(pg::Connection& c, qint64 mapId, const DocumentData& data);

// Deletes every row of map mapId, keeping the map and its grants.
Error deleteAll(pg::Connection& c, qint64 mapId);

// Reads every row of map mapId; values CXMap cannot have written are refused.
Result<DocumentData> readAll(pg::Connection& c, qint64 mapId);

} // namespace cx::teamrows
