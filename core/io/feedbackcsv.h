#pragma once

// Customer feedback as a CSV table (RFC 4180 as io/csvtable.h writes it), one
// row per item, for a spreadsheet or another tool:
//   id, card_id, card, stage, lane, accountable, kind, sentiment, source,
//   date, score_scale, score, segment, reference, redacted, text, card_hint,
//   candidates
// Enum columns hold the stable names (model/enumnames.h); sentiment is
// -2..2 or empty; date is YYYY-MM-DD or empty; candidates are card ids
// separated by spaces. Text columns (card, stage, lane, accountable, segment,
// reference, text, card_hint) are guarded against CSV injection as
// io/csvformat.h says; a redacted item's text is empty. The columns read back
// with `cxmap import --feedback` (text=text,card=card_id,...).

#include <QByteArray>
#include <QList>

#include "model/types.h"

namespace cx {

class Document;

QByteArray feedbackToCsv(const Document& doc, const QList<Id>& feedbackIds);

} // namespace cx
