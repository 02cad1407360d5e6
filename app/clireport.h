#pragma once

// `cxmap export FILE --pdf OUT [--journey NAME] [--department NAME ...]
// [--paper A4|A3|Letter] [--landscape]`: the leadership report as PDF.

class QCommandLineParser;
class QString;

namespace cx::cli {

// Adds --pdf, --paper and --landscape (--journey and --department are the
// export command's own; --department may be given more than once).
void addReportOptions(QCommandLineParser& parser);

// Writes the report named by --pdf; returns an exit code (cli.h) after saying
// what went wrong on stderr.
int exportReport(const QCommandLineParser& parser, const QString& file);

// `--recognition OUT --department NAME [--since DATE]`: the department's
// recognition sheet (report/recognitionsheet.h) as PDF or PNG.
int exportRecognition(const QCommandLineParser& parser, const QString& file);

} // namespace cx::cli
