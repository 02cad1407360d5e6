#pragma once

// `cxmap review MAP [--department NAME] [--journey NAME] [--json]`: the
// review state (analysis/reviews.h): the map's interval, and per department
// how many of its cards are reviewed within it; with --department, its stale
// cards too. `--mark` marks the department's cards (or --card-id N ...)
// reviewed now by the OS user, in one step; `--interval DAYS` sets the map's
// review interval. MAP is a file.

#include <QStringList>

namespace cx::cli {

int cmdReview(const QStringList& args);

} // namespace cx::cli
