#pragma once

// The team schema's later migrations and the trigger function they share,
// kept apart from teamschema.cpp, which walks every step. Private to the store.

#include "../model/result.h"

#include <QByteArray>

namespace cx::pg {
class Connection;
}

namespace cx::teamschema::detail {

// The trigger function that tells listeners what changed ("map kind id" on
// the channel cxmap_changes); byKind from schema 4.
QByteArray notifyFunction(bool byKind);

// Version 3 -> 4 (voting and commenting together, rights asked about
// oneself, sparse positions, live titles and structure by kind).
Error migrate3to4(pg::Connection& c);

// Version 4 -> 5 (the map's history, written by the server's triggers).
Error migrate4to5(pg::Connection& c);

// The functions giving an object's JSON form for the history's records, as
// the schema of that version has it (CREATE OR REPLACE).
QByteArray jsonFunctions(int version);
// What a record says about its object (label, journey, department), and
// the function noting a touched object, as of that version (CREATE OR
// REPLACE).
QByteArray aboutFunction(int version);
QByteArray notingFunction(int version);
// The function that prunes the history (a facilitator's), as of that version.
QByteArray pruneFunction(int version);

// Version 5 -> 6 (reviews written by the server, actions, the review
// interval).
Error migrate5to6(pg::Connection& c);

// Version 6 -> 7 (customer feedback on the server, under row-level security).
Error migrate6to7(pg::Connection& c);

} // namespace cx::teamschema::detail
