#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/language.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    // Widgets without a screen: ctest sets this, but the build also runs the
    // binary to list the tests (catch_discover_tests), where nothing does.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, recent files and autosaves go to a scratch place, not the
    // user's own (QSettings follows QStandardPaths on Unix).
    QStandardPaths::setTestModeEnabled(true);
    // Some tests run a child process or use Qt's event loop.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CXMap-tests"));
    // One place per process: ctest runs test cases side by side, and one
    // clearing the settings must not pull them from under another.
    QCoreApplication::setApplicationName(
        QStringLiteral("cxmap-tests-%1").arg(QCoreApplication::applicationPid()));
    // English with its plural forms, as the app and the command line start,
    // and numbers and dates as the C locale writes them, whatever the
    // machine's language (the tests read what the widgets show).
    cx::language::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
    const int result = Catch::Session().run(argc, argv);
    QFile::remove(QSettings().fileName());
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.contains(QCoreApplication::applicationName())) // never anything else
        QDir(data).removeRecursively();
    return result;
}
