#pragma once

// `cxmap import MAP --feedback IN --columns SPEC [--encoding cp1252]
// [--skip-rows N]`: customer feedback from a survey or ticket export, added to
// an existing map in one step (core/io/feedbackimport.h).

#include "model/result.h"

#include <QString>

class QCommandLineParser;

namespace cx::cli {

// Adds --feedback, --columns, --encoding and --skip-rows.
void addFeedbackImportOptions(QCommandLineParser& parser);

// --feedback is set.
bool feedbackImportRequested(const QCommandLineParser& parser);

// Why the options do not go together (--columns without --feedback, --feedback
// without --columns...); empty when they do.
QString feedbackImportUsageProblem(const QCommandLineParser& parser);

// Reads --feedback IN and adds its rows to the map at file: all or nothing.
// Returns the summary to tell the user.
Result<QString> importFeedbackFile(const QCommandLineParser& parser, const QString& file);

} // namespace cx::cli
