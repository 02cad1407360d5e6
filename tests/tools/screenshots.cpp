// Regenerates the screenshots in docs/screenshots from the sample map, the
// way a user sees the window: cxmap_screenshots SAMPLE.cxmap OUTDIR
// (run it under xvfb-run or with QT_QPA_PLATFORM=offscreen).

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "mainwindow.h"
#include "model/document.h"
#include "workshop/votingpanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
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

// A voting round: three participants, their dots, a comment, the Voting dock
// in front; then a future state with one card changed, for the report.
bool workshop(MainWindow& w, const QString& out)
{
    Document& doc = *w.document();
    w.setLens(0);
    const Id journey = w.journey();
    QList<Id> people;
    for (const char* name : {"Ana", "Ben", "Chloe"}) {
        Participant p;
        p.name = QString::fromLatin1(name);
        if (auto id = edit::addParticipant(doc, p))
            people << *id;
    }
    const QList<Id> cards = doc.cardIdsOfJourney(journey);
    if (people.size() < 3 || cards.size() < 20)
        return false;
    const Id favourites[] = {cards[4], cards[11], cards[11], cards[19], cards[4], cards[11]};
    for (int i = 0; i < 6; ++i)
        (void)edit::vote(doc, favourites[i], people[i % 3]);
    (void)edit::addComment(doc, cards[11], QStringLiteral("Ana"),
                           QStringLiteral("Three of five interviewees named this first."));
    w.votingPanel()->setCurrentParticipant(people[1]);
    if (auto* dock = w.findChild<QDockWidget*>(QStringLiteral("votingDock"))) {
        dock->show();
        dock->raise();
    }
    w.revealCard(cards[11]);
    bool ok = save(w, out, "voting.png");
    if (auto* dock = w.findChild<QDockWidget*>(QStringLiteral("inspectorDock")))
        dock->raise();
    ok = save(w, out, "comments.png") && ok;

    auto future = edit::cloneJourney(doc, journey,
                                     doc.journey(journey)->name + QStringLiteral(", future state"),
                                     JourneyState::Future);
    if (!future)
        return false;
    const QList<Id> copies = doc.cardIdsOfJourney(*future);
    Card better = *doc.card(copies[11]);
    better.title = QStringLiteral("Installation slot booked online in two hours");
    better.emotion = 1;
    ok = !edit::editCard(doc, better) && ok;
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
    ok = workshop(w, out) && ok;
    return ok ? 0 : 1;
}
