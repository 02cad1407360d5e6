#pragma once

// Cards as CSV: one row per card, for spreadsheets and workshop tools.
//
// Columns, in the order written (a header row names them):
//   journey, stage, lane        names (required when reading)
//   lane_kind                   customer_action, touchpoint, ... (model/enumnames.h)
//   title                       required, not empty
//   description, channel        text
//   accountable                 a department name; empty = unowned
//   contributing                department names, a list (see io/celltext.h)
//   emotion                     -2..2; empty = not rated
//   evidence                    observed, assumed, proposed
//   severity, impact            none, low, medium, high
//   status                      open, in_progress, done, dropped
//   votes                       a whole number >= 0
//   tags                        a list (see io/celltext.h)
//   kpis                        NAME=VALUE[/TARGET][ UNIT][ [KIND]]; ... (see io/celltext.h)
// Quoting, line ends and the byte order mark as in io/csvtable.h. Rows come
// in the reading order of the map: journey, stage, lane, position.
//
// Spreadsheets: the text columns (journey, stage, lane, title, description,
// channel, accountable, contributing, tags, kpis) are guarded against CSV
// injection. A text cell that starts with "=", "+", "-", "@", a tab, a CR or
// "'" is written with a "'" in front (OWASP's advice); a list or KPI cell is
// one cell, guarded as a whole after its items are packed, so "-urgent; vip"
// is written "'-urgent; vip". Reading takes exactly one leading "'" off every
// text cell, before anything else, and nothing off the other columns: they
// hold numbers or CXMap's own words and are written as they are (an emotion
// -2 stays "-2"). So export -> import -> export gives the same bytes for any
// text, one that starts with "'=" too. Texts and names are kept exactly,
// spaces around them included.
//
// Reading takes the columns in any order; only journey, stage, lane and title
// are required, an empty or left-out value means its default (model/types.h).
// Header names are matched case-insensitively. A problem stops the reading
// and is named "line N, column X: reason", X being the column's header name
// (its number when it has none). Text that cannot be kept exactly (bytes that
// are not UTF-8, a control character other than tab, LF and CR) and KPI
// values beyond +/-1e15 are such problems: the file is refused, not mended.

#include "cardrows.h"

#include <QByteArray>

namespace cx {

// The cards of one journey, or of all journeys when journeyId is 0.
QByteArray toCsv(const DocumentData& data, Id journeyId = 0);

// A text cell guarded as above: a "'" in front when it starts like a formula.
QString guardedText(const QString& cell);

struct CsvImport
{
    QList<CardRow> rows; // in file order
};

Result<CsvImport> fromCsv(const QByteArray& csv);

// Adds the rows to doc in one undo step, finding journeys, stages, lanes and
// departments by name and creating the missing ones (see importCardRows).
// Nothing is added when any row is refused. Returns the new cards' ids.
Result<QList<Id>> importCsv(Document& doc, const CsvImport& rows);

} // namespace cx
