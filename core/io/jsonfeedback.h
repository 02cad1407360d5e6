#pragma once

// A feedback item in JSON, written and read the same way by the document
// format (jsonformat.h) and the history, which keeps everything of an item
// but the customer's words (withWords false): a redaction must not leave
// them behind in the history.

#include "jsonfields.h"

namespace cx::json {

QJsonObject feedbackToJson(const Feedback& f, bool withWords = true);

// Reads one item at 'path', checking every value; its card (null: the inbox)
// and candidates must be in 'cards'. Its id must not be in 'seen' yet; it is
// added there.
bool readFeedback(Checks& checks, const QJsonValue& v, const QString& path, const QSet<Id>& cards,
                  QSet<Id>& seen, Feedback& out);

} // namespace cx::json
