#pragma once

// The JSON form of history records (model/history.h): the "history" array of
// the document format (jsonformat.h) and `cxmap history --json` print the same
// objects, so a script reads both alike:
//
// { "id": 41, "step": 17, "at": "2026-12-06T14:05:00.000Z", "who": "ana",
//   "text": "Edit card “Checkout page”: emotion", "action": "change",
//   "object": "card", "object_id": 12, "label": "Checkout page",
//   "journey_id": 1 | null, "department_id": 3 | null, "field": "emotion",
//   "before": -1, "after": 1 }
//
// "before" is left out for an added object and "after" for a removed one (a
// null is a value: an emotion that was unset). "at" is UTC with milliseconds.

#include "jsonfields.h"

#include "model/history.h"

namespace cx::json {

QJsonObject historyRecordToJson(const HistoryRecord& r);
QJsonArray historyToJson(const QList<HistoryRecord>& records);

// Reads one record at path (e.g. "history[3]"); its id must not be in seen.
// Checks every member: the first problem is kept in checks, named by path.
bool readHistoryRecord(Checks& checks, const QJsonValue& v, const QString& path, QSet<qint64>& seen,
                       HistoryRecord& out);

} // namespace cx::json
