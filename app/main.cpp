#include "cli.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "model/document.h"

#include <QApplication>
#include <QMessageBox>

#include <memory>

namespace {

QtMessageHandler qtHandler = nullptr;

// A headless run has no session: Qt says on every start that it has no
// runtime directory (XDG_RUNTIME_DIR) and uses one in /tmp. That is no news
// to a user of the command line; every other message still goes out.
void quietWithoutSession(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    qtHandler(type, context, text);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (cx::cli::isCliInvocation(arguments)) {
        qtHandler = qInstallMessageHandler(quietWithoutSession);
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
    // The language chosen in Preferences, else the system's (i18n/language.h).
    cx::language::install(cx::language::chosen());
    cx::MainWindow window;
    window.show();
    QString url, map;
    if (cx::cli::teamMapArguments(arguments, &url, &map))
        window.openTeamMap(url, map);
    else if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    return app.exec();
}
