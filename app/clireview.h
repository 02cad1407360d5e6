#pragma once

// `cxmap review MAP [--department NAME] [--journey NAME] [--json]`: the
// review state (analysis/reviews.h): the map's interval, and per department
// how many of its cards are reviewed within it; with --department, its stale
// cards too. `--mark` marks the department's cards (or --card-id N ...)
// reviewed now by the OS user, in one step; `--interval DAYS` sets the map's
// review interval. MAP is a file.
//
// `cxmap digest MAP --department NAME [--since DATE] [--markdown]`: what
// changed on the department's cards since its last review (or DATE), its
// KPIs that moved and its stale cards, as text to paste (analysis/digest.h).
//
// `cxmap actions MAP [--department NAME] [--overdue] [--json | --csv FILE]`: the
// actions on pain points and opportunities (analysis/actions.h), those a
// department owns, or the overdue ones; `--add --card-id N --what TEXT
// [--owner NAME] [--due YYYY-MM-DD]` plans one.

#include <QStringList>

namespace cx::cli {

int cmdReview(const QStringList& args);
int cmdDigest(const QStringList& args);
int cmdActions(const QStringList& args);

} // namespace cx::cli
