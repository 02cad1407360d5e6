#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv)
{
    // Some tests run a child process or use Qt's event loop.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CXMap-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("cxmap-tests"));
    return Catch::Session().run(argc, argv);
}
