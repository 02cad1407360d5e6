// A CXMap client for the team server tests, run as a process of its own:
//   cxmap_teamclient edits URL MAP N       N title edits, one step each; prints
//                                          "ok CARD TITLE" for each committed one
//   cxmap_teamclient adds URL MAP N TAG TOTAL
//                                          N cards added into shared cells; then,
//                                          once the map holds TOTAL cards (others'
//                                          arriving live), writes it as JSON to stdout
// Each edit is retried until the server takes it (a refused stale edit, a lost
// connection), as a user would try again.

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstdio>

using namespace cx;

namespace {

void settle(int quietMs)
{
    QDeadlineTimer quiet(quietMs);
    while (!quiet.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Tries edit until it commits (at most a minute).
template <typename Edit>
bool untilSaved(Document& doc, Edit edit)
{
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!doc.isReadOnly() && !edit())
            return true;
        settle(50); // let a refusal's reload or a reconnection happen
    }
    return false;
}

int edits(Document& doc, int n)
{
    const QList<Id> cards = doc.cardIdsOfJourney(doc.journeyIds().first());
    for (int i = 0; i < n; ++i) {
        const Id card = cards[i % cards.size()];
        const QString title = QStringLiteral("edit %1").arg(i);
        if (!untilSaved(doc, [&] { return edit::setCardTitle(doc, card, title, edit::Merge::No); }))
            return 1;
        std::printf("ok %lld %s\n", static_cast<long long>(card), qPrintable(title));
        std::fflush(stdout);
    }
    return 0;
}

int adds(Document& doc, int n, const QString& tag, int total)
{
    const Id journey = doc.journeyIds().first();
    const QList<Id> stages = doc.stageIds(journey), lanes = doc.laneIds(journey);
    for (int i = 0; i < n; ++i) {
        Card c;
        c.stageId = stages[i % 3]; // three shared cells, all clients at once
        c.laneId = lanes[0];
        c.title = QStringLiteral("%1 card %2").arg(tag).arg(i);
        c.position = 1 << 20; // the end of the cell
        if (!untilSaved(doc, [&] {
                auto id = edit::addCard(doc, c);
                return id ? Error{} : id.error();
            }))
            return 1;
        QCoreApplication::processEvents();
    }
    QDeadlineTimer deadline(120000);
    while (doc.cardCount() < total && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    settle(500); // the last moves and renumberings
    std::fputs(toJson(doc.snapshot()).constData(), stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs("usage: cxmap_teamclient edits|adds URL MAP N [TAG TOTAL]\n", stderr);
        return 2;
    }
    auto doc = Document::openTeam(args[2], args[3]);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error().message));
        return 1;
    }
    if (args[1] == QLatin1String("edits"))
        return edits(*doc.value(), args[4].toInt());
    return adds(*doc.value(), args[4].toInt(), args.value(5), args.value(6).toInt());
}
