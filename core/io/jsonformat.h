#pragma once

// Lossless JSON form of a whole document (export, import into a new file,
// clipboard, fixtures). Every id is kept, so a round trip is equal.
//
// {
//   "format": "cxmap", "version": 5,
//   "title": "Home broadband", "review_interval_days": 90,
//   "departments": [ { "id": 1, "name": "Marketing", "short": "MKT", "color": "#cc6677",
//                      "head": "Ana Lopes", "description": "..." } ],        // array order =
//                      position
//   "personas": [ { "id": 1, "name": "...", "description": "...", "goals": "...",
//                   "frustrations": "...", "picture": "<base64 PNG/JPEG>" | "" } ],
//   "participants": [ { "id": 1, "name": "Ana", "budget": 5 } ],          // dot voters
//   "journeys": [ {                                                          // array order =
//   position
//       "id": 1, "name": "...", "description": "...", "state": "current" | "future",
//       "persona": 1 | null, "source": 3 | null,
//       "stages": [ { "id": 1, "name": "Awareness", "description": "" } ],   // array order =
//       position "lanes":  [ { "id": 1, "name": "Customer actions", "kind": "customer_action" } ],
//       "cards":  [ { "id": 1, "stage": 1, "lane": 1, "position": 0,
//                     "title": "...", "description": "...", "channel": "web",
//                     "accountable": 3 | null, "contributing": [1, 2],
//                     "emotion": -2..2 | null, "evidence": "observed"|"assumed"|"proposed",
//                     "severity": "none"|"low"|"medium"|"high",
//                     "impact": "none"|"low"|"medium"|"high",
//                     "kpis": [ { "name": "CSAT", "kind": "nps"|"csat"|"ces"|"free",
//                                 "value": 72, "target": 80 | null, "unit": "%" } ],
//                     "votes": 0, "status": "open"|"in_progress"|"done"|"dropped",
//                     "tags": ["web"],
//                     "dots": [ { "participant": 1, "count": 2 } ],       // votes >= their sum
//                     "comments": [ { "author": "Ana", "time": "2026-11-30T09:15:00.000Z",
//                                     "text": "..." } ],
//                     "reviewed": { "at": "2026-12-01T10:00:00.000Z", "by": "ana" } | null,
//                     "actions": [ { "what": "...", "owner": 2 | null,
//                                    "due": "2026-12-31" | null, "status": "open" } ]
//                   } ],
//       "links":  [ { "id": 1, "from": 5, "to": 9,
//                     "type": "feeds"|"triggers"|"depends_on"|"wait", "label": "" } ]
//   } ],
//   "feedback": [ { "id": 1, "card": 12 | null,                            // null: the
//                   "text": "The courier called ahead",                   // "Unsorted
//                   "redacted": false,                                    // feedback" inbox
//                   "kind": "none"|"praise"|"complaint"|"suggestion"|"question",
//                   "sentiment": -2..2 | null,
//                   "source": "none"|"survey"|"nps"|"interview"|"ticket"|"review"|"social",
//                   "date": "2026-11-30" | null, "segment": "", "reference": "T-1234",
//                   "score": { "scale": "nps", "value": 0..10 }
//                          | { "scale": "csat", "value": 1..5 } | null,
//                   "card_hint": "", "candidates": [12, 40] } ],           // by id
//   "history": [ { "id": 41, "step": 17, "at": "2026-12-06T14:05:00.000Z", ... } ]
// }
//
// "feedback" (version 5) holds the customers' words on cards and in the
// inbox (model/types.h Feedback, io/jsonfeedback.h). An item's card and its
// candidates must be cards of the document; only an item in the inbox (card
// null) keeps a card hint and candidates; a redacted item has no "text" words.
// A file without "feedback" has none.
//
// "history" (version 3) holds the map's history records, oldest first, in the
// form of io/jsonhistory.h; an export leaves it out on request (it names
// people), and a file without it has none.
//
// Enum names are those of model/enumnames.h. On reading, optional members may
// be left out (defaults as in model/types.h); "id", "name"/"title", "stage",
// "lane", "kind", "from", "to" are required. Card positions in a cell must be
// 0..n-1 (they are renumbered in the given order if they are not contiguous).
// A card's stage and lane must belong to its journey; a link joins two cards
// of the same journey, and is there once: a second link with the same "from",
// "to" and "type" is refused, whatever its label (model/linkrules.h).

#include "model/history.h"
#include "model/result.h"
#include "model/types.h"

#include <QByteArray>

namespace cx {

// The "version" this build writes and the newest it reads. Version 2 added
// participants, dots, comments and persona pictures; version 3 the history;
// version 4 reviews (a card's "reviewed", the map's "review_interval_days")
// and actions (a card's "actions"); version 5 customer feedback ("feedback");
// older files read as is (with no history, no reviews, a 90-day interval, no
// feedback).
inline constexpr int jsonFormatVersion = 5;

// A map with its history, as export and import carry them. The history is
// the file's memory of edits, not part of the map: DocumentData (compared,
// snapshotted, undone) stays without it.
struct MapWithHistory
{
    DocumentData data;
    QList<HistoryRecord> history; // oldest first
};

// Without "history" (templates, clipboard, checks, an export without it).
QByteArray toJson(const DocumentData& data);

// Whether feedback items keep their customer's words ("text"). A copy that
// outlives a redaction (a named version) should leave them out: read back,
// the items have empty words.
enum class FeedbackWords
{
    Kept,
    LeftOut
};
QByteArray toJson(const DocumentData& data, FeedbackWords words);
// With "history": the records in any order, written oldest first (by id).
QByteArray toJson(const DocumentData& data, const QList<HistoryRecord>& history);

// Errors name the JSON path of the bad value, e.g.
// "journeys[0].cards[12].emotion: 7 is out of range -2..2". Both check the
// history; fromJson leaves it out of what it returns.
Result<DocumentData> fromJson(const QByteArray& json);
Result<MapWithHistory> fromJsonWithHistory(const QByteArray& json);

} // namespace cx
