// Benchmark of a team map on a PostgreSQL server: the 10,000-card map (40
// stages, 10 lanes, 2,000 links) on a throw-away server over loopback, fsync
// on (ctest runs it under `pg_virtualenv -o fsync=on`). Prints figures; never
// fails on speed.
//   publish   cxmap publish of the map (one transaction)
//   open      Document::openTeam: the whole map read into the model
//   edit      one durable edit (command + server transaction), median and p99
//   live      another client shows the change, after the commit, median and p99
//   feedback  2,000 customer feedback items added in one step (an import),
//             and the map opened again with them

#include "commands/edit.h"
#include "mapgenerator.h"
#include "model/document.h"
#include "store/pg.h"
#include "store/teamserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cx;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

int failed(const Error& err)
{
    std::fprintf(stderr, "%s\n", qPrintable(err.message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("PGPORT")) {
        std::fputs("bench_team: run it under pg_virtualenv -o fsync=on, as ctest does\n", stderr);
        return 1;
    }
    auto admin = pg::Connection::open(QString());
    if (!admin)
        return failed(admin.error());
    if (Error err = admin.value()->script("DROP DATABASE IF EXISTS cxmap_bench", {}))
        return failed(err);
    if (Error err = admin.value()->script("CREATE DATABASE cxmap_bench", {}))
        return failed(err);
    const QString url = QStringLiteral("dbname=cxmap_bench");
    auto server = TeamServer::connect(url);
    if (!server)
        return failed(server.error());
    if (auto done = server.value()->init(); !done)
        return failed(done.error());
    const bench::MapSize size;
    const DocumentData map = bench::generateMap(size);
    std::printf("map: %d cards, %d stages, %d lanes, %d links; fsync %s\n", size.cards, size.stages,
                size.lanes, size.links,
                qPrintable(server.value()->connection().query("SHOW fsync", {}, {})->text(0, 0)));

    QElapsedTimer t;
    t.start();
    if (Error err = server.value()->publish(QStringLiteral("Big"), map, false))
        return failed(err);
    std::printf("publish: %.0f ms\n", double(t.nsecsElapsed()) / 1e6);

    std::vector<double> opens;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        auto doc = Document::openTeam(url, QStringLiteral("Big"));
        if (!doc)
            return failed(doc.error());
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("open: median %.0f ms (of 3)\n", percentile(opens, 0.5));

    auto a = Document::openTeam(url, QStringLiteral("Big"));
    auto b = Document::openTeam(url, QStringLiteral("Big"));
    if (!a || !b)
        return failed(a ? b.error() : a.error());
    const QList<Id> cards = a.value()->cardIdsOfJourney(a.value()->journeyIds().first());
    std::vector<double> edits, live;
    for (int i = 0; i < 200; ++i) {
        const Id card = cards[(i * 37) % cards.size()];
        const QString title = QStringLiteral("Edited %1").arg(i);
        t.restart();
        if (Error err = edit::setCardTitle(*a.value(), card, title, edit::Merge::No))
            return failed(err);
        edits.push_back(double(t.nsecsElapsed()) / 1e6);
        // The commit has returned: how long until the other client shows it.
        while (b.value()->card(card)->title != title && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        live.push_back(double(t.nsecsElapsed()) / 1e6 - edits.back());
    }
    std::printf("edit: median %.2f ms, p99 %.2f ms (200 title edits)\n", percentile(edits, 0.5),
                percentile(edits, 0.99));
    std::printf("live: another client shows it %.1f ms after the commit (median), p99 %.1f ms\n",
                percentile(live, 0.5), percentile(live, 0.99));
    QList<Feedback> items;
    for (int i = 0; i < 2000; ++i) {
        Feedback f;
        f.cardId = i % 10 == 0 ? 0 : cards[(i * 13) % cards.size()];
        f.text = QStringLiteral("Customer words number %1, as a survey gives them").arg(i);
        f.kind = i % 3 == 0 ? FeedbackKind::Complaint : FeedbackKind::Praise;
        f.sentiment = i % 5 - 2;
        f.date = QDate(2026, 11, 1 + i % 28);
        items.append(f);
    }
    t.restart();
    if (auto added = edit::addFeedbackItems(*a.value(), items, QStringLiteral("Import")); !added)
        return failed(added.error());
    std::printf("feedback: 2,000 items added in one step: %.0f ms\n",
                double(t.nsecsElapsed()) / 1e6);
    t.restart();
    while (b.value()->feedbackCount() < 2000 && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    std::printf("feedback: another client shows all 2,000 %.0f ms after the commit\n",
                double(t.nsecsElapsed()) / 1e6);
    t.restart();
    auto again = Document::openTeam(url, QStringLiteral("Big"));
    if (!again)
        return failed(again.error());
    std::printf("feedback: open with %d items: %.0f ms\n", again.value()->feedbackCount(),
                double(t.nsecsElapsed()) / 1e6);
    again.value().reset();
    a.value().reset();
    b.value().reset();
    server.value().reset();
    if (Error err = admin.value()->script("DROP DATABASE IF EXISTS cxmap_bench WITH (FORCE)", {}))
        return failed(err);
    return 0;
}
