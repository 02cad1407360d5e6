#pragma once

// The CXMap schema on a PostgreSQL team server and the ladder of migrations
// that brings an older one up to it. Private to the store.

#include "../model/result.h"

namespace cx::pg {
class Connection;
}

namespace cx::teamschema {

// cxmap.server_meta's schema_version this build writes and reads.
inline constexpr int currentVersion = 7;

enum class State
{
    Missing, // no cxmap schema in the database
    Older,   // ours, an older version: `cxmap server init` upgrades it
    Current,
};

// What the database holds. Refuses (NotCxmap) a cxmap schema CXMap did not
// make and (NewerVersion) one from a newer CXMap; version is set when ours.
Result<State> inspect(pg::Connection& c, int* version = nullptr);

// Creates the schema in a database that has none, or upgrades an older one,
// in one transaction; says what it did ("created", "upgraded from version 1").
// Tests make an older schema with a lower target.
Result<QString> createOrUpgrade(pg::Connection& c, int target = currentVersion);

// Refuses anything but a current schema, with a message saying what to do.
Error requireCurrent(pg::Connection& c);

} // namespace cx::teamschema
