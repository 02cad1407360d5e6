// A team map when things go wrong or get busy (issue 15, parts 4 and 7): a
// dropped connection, a server killed during a run of edits, ten clients
// adding into the same cells at once.

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QThread>
#include <QUndoStack>

#include <csignal>

using namespace cx;
using cx::test::connectTo;
using cx::test::initialised;
using cx::test::TeamDatabase;
using cx::test::waitFor;

namespace {

struct Published
{
    TeamDatabase db;
    DocumentData data = test::sampleDocument();
    QString ana;
    Published()
    {
        auto server = initialised(db);
        REQUIRE(!server->publish(QStringLiteral("Sample"), data, false));
        ana = db.addRole(QStringLiteral("ana"));
        REQUIRE(!server->grantFacilitator(QStringLiteral("Sample"), ana));
    }
    QString title(Id card) const
    {
        return db.value(QStringLiteral("SELECT title FROM cxmap.cards WHERE id = %1").arg(card));
    }
};

// Kills every server process of the throw-away cluster (SIGKILL, no
// shutdown) and starts it again after a pause.
void killAndRestartServer(const TeamDatabase& db)
{
    const QString dataDir = db.value(QStringLiteral("SHOW data_directory"));
    const QString sockets =
        db.value(QStringLiteral("SHOW unix_socket_directories")).section(u',', 0, 0).trimmed();
    const QString port = db.value(QStringLiteral("SHOW port"));
    QFile pidFile(dataDir + QStringLiteral("/postmaster.pid"));
    REQUIRE(pidFile.open(QIODevice::ReadOnly));
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    REQUIRE(postmaster > 0);
    QProcess::execute(QStringLiteral("pkill"), {"-KILL", "-P", QString::number(postmaster)});
    ::kill(pid_t(postmaster), SIGKILL);
    QThread::msleep(1000);
    // Where no init process reaps the killed server (a container), its pid
    // lingers as a zombie and its socket's lock file looks in use.
    QFile::remove(QStringLiteral("%1/.s.PGSQL.%2.lock").arg(sockets, port));
    const QString version = qEnvironmentVariable("PGVERSION", QStringLiteral("15"));
    const int started = QProcess::execute(QStringLiteral("pg_ctlcluster"),
                                          {version, QStringLiteral("regress"), "start"});
    REQUIRE(started == 0);
}

} // namespace

TEST_CASE("Team faults: a dropped connection turns the map read-only, loses nothing, and comes "
          "back on its own",
          "[team]")
{
    Published p;
    auto doc = Document::openTeam(p.db.urlAs(p.ana), QStringLiteral("Sample"));
    REQUIRE(doc.ok());
    Document& d = *doc.value();
    const Id card = p.data.cards[4].id;
    REQUIRE(!edit::setCardTitle(d, card, QStringLiteral("Saved before"), edit::Merge::No));
    QSignalSpy changed(&d, &Document::connectionChanged);

    // The server ends the session while an edit is on its way.
    p.db.sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                            "usename = '%1'")
                 .arg(p.ana));
    const Error lost = edit::setCardTitle(d, card, QStringLiteral("In flight"), edit::Merge::No);
    CHECK((lost.code == ErrorCode::Io || lost.code == ErrorCode::ReadOnly));
    CHECK(lost.message.contains(QStringLiteral("connection")));
    CHECK(d.card(card)->title == QStringLiteral("Saved before")); // not shown as saved
    CHECK(d.undoStack()->count() == 1);                           // not on the undo stack
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }, 2000));
    CHECK(d.isReadOnly());
    CHECK(d.readOnlyReason().contains(QStringLiteral("reconnecting")));
    CHECK(p.title(card) == QStringLiteral("Saved before"));

    // It reconnects by itself and edits again.
    REQUIRE(waitFor([&] { return !d.isReadOnly(); }, 10000));
    CHECK(changed.size() >= 2);
    REQUIRE(!edit::setCardTitle(d, card, QStringLiteral("Saved after"), edit::Merge::No));
    CHECK(p.title(card) == QStringLiteral("Saved after"));
}

TEST_CASE("Team faults: a server killed during 500 edits keeps every edit the client saw "
          "committed, and the client carries on",
          "[team]")
{
    Published p;
    QProcess client;
    client.start(QStringLiteral(CXMAP_TEAMCLIENT), {"edits", p.db.urlAs(p.ana), "Sample", "500"});
    REQUIRE(client.waitForStarted());
    QStringList committed;
    bool killed = false;
    QDeadlineTimer deadline(240000);
    while (client.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        client.waitForReadyRead(100);
        while (client.canReadLine())
            committed << QString::fromUtf8(client.readLine()).trimmed();
        if (!killed && committed.size() >= 100) {
            killAndRestartServer(p.db);
            killed = true;
        }
    }
    client.waitForFinished(1000);
    while (client.canReadLine())
        committed << QString::fromUtf8(client.readLine()).trimmed();
    INFO(client.readAllStandardError().toStdString());
    REQUIRE(killed);
    CHECK(client.exitCode() == 0);
    CHECK(committed.size() == 500);
    // The last title each card was seen committed with is the server's.
    QHash<Id, QString> last;
    for (const QString& line : committed) {
        const QStringList parts = line.split(u' ');
        REQUIRE(parts.size() >= 3);
        last[parts[1].toLongLong()] = parts.mid(2).join(u' ');
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        CHECK(p.title(it.key()) == it.value());
}

TEST_CASE("Team faults: ten clients adding 100 cards each into the same cells", "[team]")
{
    Published p;
    const int clients = 10, each = 100;
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < clients; ++i) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->start(QStringLiteral(CXMAP_TEAMCLIENT),
                           {"adds", p.db.urlAs(p.ana), "Sample", QString::number(each),
                            QStringLiteral("c%1").arg(i),
                            QString::number(p.data.cards.size() + clients * each)});
    }
    QList<DocumentData> seen;
    for (auto& run : runs) {
        REQUIRE(run->waitForFinished(300000));
        INFO(run->readAllStandardError().toStdString());
        REQUIRE(run->exitCode() == 0);
        auto data = fromJson(run->readAllStandardOutput());
        REQUIRE(data.ok());
        seen << *data;
    }
    auto server = connectTo(p.db.url())->read(QStringLiteral("Sample"));
    REQUIRE(server.ok());
    REQUIRE(server->cards.size() == p.data.cards.size() + clients * each);
    QSet<QString> titles;
    QSet<Id> ids;
    for (const Card& c : server->cards) {
        titles.insert(c.title);
        ids.insert(c.id);
    }
    CHECK(ids.size() == server->cards.size());
    for (int i = 0; i < clients; ++i)
        for (int j = 0; j < each; ++j)
            CHECK(titles.contains(QStringLiteral("c%1 card %2").arg(i).arg(j)));
    // Every client ends with the server's map (the JSON form drops nothing
    // the server keeps).
    const DocumentData expected = fromJson(toJson(*server)).value();
    for (const DocumentData& d : seen) {
        QStringList differ; // for the failure message
        for (int i = 0; i < std::min(d.cards.size(), expected.cards.size()); ++i) {
            const Card &a = d.cards[i], &b = expected.cards[i];
            if (!(a == b) && differ.size() < 3)
                differ << QStringLiteral(
                              "card %1 \"%2\" at %3/%4/%5, server: %6 \"%7\" at %8/%9/%10")
                              .arg(a.id)
                              .arg(a.title)
                              .arg(a.stageId)
                              .arg(a.laneId)
                              .arg(a.position)
                              .arg(b.id)
                              .arg(b.title)
                              .arg(b.stageId)
                              .arg(b.laneId)
                              .arg(b.position);
        }
        INFO(d.cards.size() << " cards; " << differ.join(QStringLiteral("; ")).toStdString());
        CHECK(d == expected);
    }
}
