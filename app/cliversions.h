#pragma once

// `cxmap versions MAP ...`: the named versions of a map file (model/version.h).
//
//   cxmap versions MAP                       list them (name, when, who)
//   cxmap versions MAP --create NAME         keep the map as it is now
//   cxmap versions MAP --compare NAME [--with NAME] [--journey NAME] [--json]
//                                            what changed since NAME (until
//                                            the version --with names, or now)
//   cxmap versions MAP --restore NAME --output FILE.cxmap
//                                            the version as a new map file
//
// Version names match regardless of case and of spaces around them. Exit
// codes as cli.h: 1 for a refusal (unknown or taken name, read-only map,
// existing output file), 2 for bad usage.

#include <QStringList>

namespace cx::cli {

int cmdVersions(const QStringList& args);

} // namespace cx::cli
