#pragma once

// The schema of a .cxmap file and the ladder of migrations that brings an
// older file up to it. Private to the store.

#include "../model/result.h"

struct sqlite3;

namespace cx::schema {

// PRAGMA user_version this build writes.
inline constexpr int currentVersion = 6;
// The oldest version the ladder can upgrade.
inline constexpr int oldestVersion = 1;

// Creates every table and index of the current version in an empty database
// (inside the caller's transaction).
Error createTables(sqlite3* db);

// Upgrades a file of version `from` (oldestVersion <= from < currentVersion)
// step by step, all in one transaction; sets user_version at the end.
Error migrate(sqlite3* db, int from);

// Checks that every table and column this version reads is there; the
// message names the first one missing.
Error checkTables(sqlite3* db, int version);

} // namespace cx::schema
