#pragma once

// The headless command line: `cxmap new|stats|check|export|import ...`.
// Exit codes: 0 ok, 1 bad input (a message on stderr), 2 bad usage.

#include "model/result.h"
#include "model/types.h"

#include <QStringList>

namespace cx {
class Document;
}

namespace cx::cli {

enum ExitCode
{
    Ok = 0,
    BadInput = 1,
    BadUsage = 2
};

// True when the arguments name a subcommand (or --version/--help), so that
// main() runs the CLI without a GUI.
bool isCliInvocation(const QStringList& arguments);

// True (with url and map set) for `cxmap URL --map NAME`: the editor on a
// team map.
bool teamMapArguments(const QStringList& arguments, QString* url, QString* map);

// True when the command draws (export --png/--svg/--pdf) and needs a QApplication.
bool needsGui(const QStringList& arguments);

// Runs the subcommand named in arguments (arguments[0] is the program).
// The journey or department a --journey / --department option names
// (case-insensitive; a department by its full or its short name, the full
// name first); the error names the file and lists what it has.
Result<Id> journeyNamed(const Document& doc, const QString& file, const QString& name);
Result<Id> departmentNamed(const Document& doc, const QString& file, const QString& name);

int run(const QStringList& arguments);

// Every object of the map file at path, opened read-only.
Result<DocumentData> readMapFile(const QString& path);

// True (after saying so) when out would overwrite the document itself.
bool overwritesDocument(const QString& out, const QString& document);
// Writes the file whole (or not at all); the error on standard error.
int writeFile(const QString& path, const QByteArray& bytes);

// "cxmap: message" on standard error; returns BadInput.
int fail(const QString& message);
// The message and the usage on standard error; returns BadUsage.
int usageError(const QString& message);

} // namespace cx::cli
