#pragma once

// What the command line prints. Text from a map is untrusted: a control
// character in a name (an escape sequence that recolours, retitles or clears
// the terminal, a carriage return that overwrites a line) reaches the terminal
// as a visible escape, never raw. Everything written through out() and err()
// is filtered: a C0 control other than LF and tab is printed as \xHH, DEL and
// the C1 controls as \u00HH (which --json output may hold: it is the same
// character in JSON, so the JSON stays exact).

#include <QString>
#include <QTextStream>

namespace cx::cli {

QTextStream& out(); // standard output
QTextStream& err(); // standard error

// A name for one line of a table: its line breaks and tabs escaped too.
QString terminalText(const QString& text);

// "cxmap: warning: ..." on standard error; nothing for an empty message.
void warn(const QString& message);

} // namespace cx::cli
