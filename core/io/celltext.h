#pragma once

// Lists and KPIs written into one text cell (CSV), and read back.
//
// A list is its items joined with "; " ("web; app"). A backslash makes the
// next character literal: the writer puts one before each "\" and ";" of an
// item ("R\;D"), and before a space (or tab, line break...) at either end of
// it ("\ Sales\ " for " Sales "). On reading, items are split at the other
// ";", the spaces around an item that no backslash keeps are dropped, and so
// are empty items. So every item but the empty one reads back exactly.
//
// KPIs are a list of entries NAME=VALUE[/TARGET][ UNIT][ [KIND]], e.g.
//   Sales call CSAT=78/85 % [csat]; Cost per lead=18.5/15 £; Net promoter=12 [nps]
// VALUE and TARGET are numbers with a "." for decimals, within +/-1e15; KIND
// is nps, csat, ces or free and is left out for free; the unit is whatever
// text follows the numbers. In names and units the writer also escapes "=",
// "[" and "]" ("Calls \[in\]=12") and the spaces at their ends, so that any
// name and unit round-trip.

#include "model/result.h"
#include "model/types.h"

namespace cx {

QString joinListText(const QStringList& items);
QStringList splitListText(const QString& text);

QString kpisToText(const QList<Kpi>& kpis);
// Errors name the entry: "KPI “CSAT”: 120 is out of range 0..100 for csat".
Result<QList<Kpi>> kpisFromText(const QString& text);

} // namespace cx
