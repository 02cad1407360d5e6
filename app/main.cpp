#include "cli.h"
#include "mainwindow.h"
#include "model/document.h"

#include <QApplication>
#include <QMessageBox>

#include <memory>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (cx::cli::isCliInvocation(arguments)) {
        if (cx::cli::needsGui(arguments)) {
            // Drawing needs fonts and a paint engine, not a screen.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return cx::cli::run(arguments);
        }
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("cxmap"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CXMAP_VERSION));
        return cx::cli::run(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cxmap"));
    QApplication::setApplicationDisplayName(QStringLiteral("CXMap"));
    QApplication::setOrganizationName(QStringLiteral("CXMap"));
    QApplication::setApplicationVersion(QStringLiteral(CXMAP_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.cxmap.CXMap"));
    cx::MainWindow window;
    window.show();
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    return app.exec();
}
