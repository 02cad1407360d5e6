#pragma once

// How the Map History dock and the digest word a history record (model/history.h) for a
// reader: "Changed emotion of “Checkout page”: −1 → +1". Records hold the
// JSON format's names and values; this turns enum names into words, ids of
// departments, stages, lanes and participants into their names (while they
// exist) and keeps long texts short. The result is plain text: map text in
// it is untrusted and must be shown as text (a tool tip via plainToolTip()).

#include "history.h"

#include <QString>

namespace cx {

class Document;

namespace historytext {

// The longest value shown in a row before it is elided.
constexpr int maxValueLength = 40;

// The field as a reader says it: "accountable" -> "accountable department".
QString fieldLabel(const QString& field);

// A field's value: enum words, names for ids, "none" for null. Full length
// (the row elides it; the tool tip shows all of it).
QString valueText(const QString& field, const QJsonValue& value, const Document* doc);

// One line for the row: what happened, to what, with before -> after elided.
// Without the subject, a change names only its field ("Changed emotion:
// −1 → +1"): for a list of one card's changes.
QString describe(const HistoryChange& change, const Document* doc, bool withSubject = true);
// The same with nothing elided, for the row's tool tip.
QString describeInFull(const HistoryChange& change, const Document* doc);

// When, short enough for a narrow list: "15:58" today, "Mon 09:12" this
// week, else the locale's short date (local time).
QString whenText(const QDateTime& at, const QDateTime& now);

} // namespace historytext
} // namespace cx
