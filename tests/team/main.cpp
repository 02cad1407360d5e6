#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/language.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

// The team server tests run against a throw-away PostgreSQL that ctest starts
// with Debian's pg_virtualenv, which sets the PG* variables. Run by hand:
//   pg_virtualenv build/tests/cxmap_team_tests
int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const bool listing = argc > 1 && QByteArray(argv[1]).startsWith("--list");
    if (!listing && qEnvironmentVariableIsEmpty("PGPORT")) {
        std::fputs("cxmap_team_tests: no PostgreSQL server (PGPORT is not set): run it under "
                   "pg_virtualenv, as ctest does\n",
                   stderr);
        return 1;
    }
    // English with its plural forms, as the app and the command line start.
    cx::language::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
