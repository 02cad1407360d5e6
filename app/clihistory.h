#pragma once

// `cxmap history MAP [--card TITLE | --card-id N] [--since DATE]
// [--department NAME] [--field F] [--json]`: the map's history (model/
// history.h), newest first, one line per field an edit changed, or the
// records as JSON (io/jsonhistory.h). `cxmap history MAP --prune-before DATE`
// removes the older records. MAP is a file, or URL --map NAME (a team map).
//
// Times are UTC, in and out: a DATE is YYYY-MM-DD (that day's start, UTC) or
// an ISO 8601 date and time (UTC unless it names its offset).

#include "model/history.h"
#include "model/result.h"

#include <QDateTime>
#include <QStringList>

namespace cx::cli {

int cmdHistory(const QStringList& args);

// A DATE as the options take it; the error names the option and the text.
Result<QDateTime> parseDate(const QString& option, const QString& text);

// One record as a line: "2026-12-06 14:05  ana  change card 12 “Checkout
// page” emotion: -1 → 1  (Edit card “Checkout page”: emotion)". Terminal-safe.
QString historyLine(const HistoryRecord& r);

} // namespace cx::cli
