#pragma once

// `cxmap feedback MAP [--department NAME] [--card ID] [--unsorted]
// [--since YYYY-MM-DD]`: the customer feedback on a map, one item a line
// (its id, its card or "unsorted" with the cards it could be, kind,
// sentiment, source, date and words on one line; a redacted item says
// "[redacted]"), then a summary: counts, mean sentiment, NPS and CSAT per
// stage (analysis/feedbackstats.h). Without --since every item is listed.
//
// Edits, each one undo step through commands/edit.h (on a team map, URL
// --map NAME, the server decides who may change which item):
//   --assign ID[,ID...] --to CARD_ID   onto a card; --to 0 or --to unsorted:
//                                      back to the "Unsorted feedback" inbox
//   --redact ID[,ID...]                the words removed, the items kept
//   --delete ID[,ID...]
//
// `--recognition --department NAME [--since DATE]`: the praise credited to
// the department (analysis/recognition.h) in the period (default: the last
// 90 days).

#include <QStringList>

namespace cx::cli {

int cmdFeedback(const QStringList& args);

} // namespace cx::cli
