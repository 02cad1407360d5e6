#pragma once

// `cxmap export FILE --csv|--mermaid OUT [--journey NAME]` and
// `cxmap import FILE --csv|--mermaid IN`: cards as CSV rows and a journey as a
// Mermaid diagram (core/io/csvformat.h, core/io/mermaidformat.h).

#include "model/result.h"

#include <QString>

class QCommandLineParser;

namespace cx::cli {

// Adds --csv and --mermaid (OUT when exporting, IN when importing).
void addTabularOptions(QCommandLineParser& parser, bool importing);

// How many of --csv and --mermaid are set.
int tabularOptionCount(const QCommandLineParser& parser);

// For each of --csv and --mermaid that is set, writes the document at file:
// as CSV the journey --journey names (all journeys without it), as Mermaid
// that journey (the first without it).
Error exportTabular(const QCommandLineParser& parser, const QString& file);

// Adds what --csv or --mermaid IN holds to the document at file, in one step;
// a missing file is created from the blank template first. On any problem the
// file is left as it was (and not created). Returns a line to tell the user.
Result<QString> importTabular(const QCommandLineParser& parser, const QString& file);

} // namespace cx::cli
