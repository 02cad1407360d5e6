#pragma once

// The desktop's language (issue 21): CXMap's own translation and Qt's (its
// dialogs and QUndoGroup's "Undo %1"), chosen in Preferences or, by
// default, by the system's locale. The command line loads English, so it
// stays English for the scripts that parse it, except for an export asked
// for with --language (the drawing or report, and that run's messages).

#include <QList>
#include <QString>

namespace cx::language {

// The languages CXMap has a translation for, English included: code ("de")
// and name in that language ("Deutsch").
struct Language
{
    QString code;
    QString name;
};
QList<Language> available();

// The language chosen in Preferences ("" follows the system).
QString chosen();
void choose(const QString& code);

// Installs the translators for code ("" = the system's locale) on the
// application. English, and any language without a translation, gets the
// English catalogue: the plural forms of the messages with %n. Returns the
// language in use ("en" when no translation matched). Calling it again
// replaces what it installed.
QString install(const QString& code);
// The language install() put in place ("en" before it is called).
QString current();

} // namespace cx::language
