// Regenerates the screenshots in docs/screenshots from the sample map, the
// way a user sees the window: cxmap_screenshots SAMPLE.cxmap OUTDIR
// (run it under xvfb-run or with QT_QPA_PLATFORM=offscreen).

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "mainwindow.h"
#include "model/document.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace cx;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget& w, const QString& dir, const char* name)
{
    settle();
    const QString path = QDir(dir).filePath(QString::fromLatin1(name));
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true); // no settings of the user's
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: cxmap_screenshots SAMPLE.cxmap OUTDIR\n");
        return 2;
    }
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    if (!w.openFile(QString::fromLocal8Bit(argv[1])))
        return 1;
    QDir().mkpath(QString::fromLocal8Bit(argv[2]));
    const QString out = QString::fromLocal8Bit(argv[2]);
    Document& doc = *w.document();
    bool ok = save(w, out, "window.png");

    // The lens of Billing & Finance, one of its cards selected in the Inspector.
    const Department* billing = doc.departmentByName(QStringLiteral("Billing & Finance"));
    if (billing) {
        w.setLens(billing->id);
        w.scene()->flush();
        for (Id id : doc.cardIdsOfJourney(w.journey()))
            if (doc.card(id)->accountableId == billing->id && !doc.card(id)->kpis.isEmpty()) {
                w.scene()->selectCards({id}); // the first such: near the top left
                w.view()->ensureVisible(w.scene()->cardRect(id), 60, 60);
                break;
            }
        ok = save(w, out, "canvas.png") && ok;
    }
    return ok ? 0 : 1;
}
