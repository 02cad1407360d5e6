#include <catch2/catch.hpp>

#include "model/document.h"
#include "randomedits.h"
#include "store/store.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <random>

using namespace cx;

namespace {

// A comment is stamped with the time it was made, which a replay cannot repeat.
DocumentData withoutCommentTimes(DocumentData d)
{
    for (Card& c : d.cards) {
        for (Comment& m : c.comments)
            m.time = {};
    }
    return d;
}

// The state after 'steps' edits of the child's seeded sequence.
DocumentData replay(const test::TempDir& dir, unsigned seed, int steps)
{
    const QString path = dir.file(QStringLiteral("replay-%1-%2.cxmap").arg(seed).arg(steps));
    auto doc = Document::create(path, test::smallDocument());
    REQUIRE(doc.ok());
    test::RandomEditor editor(*doc.value(), seed);
    for (int i = 0; i < steps; ++i)
        editor.step();
    return withoutCommentTimes(doc.value()->snapshot());
}

int lastReported(const QByteArray& output)
{
    int last = 0;
    for (const QByteArray& line : output.split('\n')) {
        bool ok = false;
        const int n = line.toInt(&ok);
        if (ok)
            last = n;
    }
    return last;
}

} // namespace

TEST_CASE("a child killed with SIGKILL mid-edit loses no committed edit", "[store][durability]")
{
    test::TempDir dir;
    std::mt19937 rng(12345);
    const int trials = 100;
    int totalCommitted = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const unsigned seed = 100 + unsigned(trial);
        const QString path = dir.file(QStringLiteral("kill-%1.cxmap").arg(trial));
        REQUIRE(Document::create(path, test::smallDocument()).ok());

        QProcess child;
        child.start(QStringLiteral(CXMAP_KILLCHILD),
                    {path, QString::number(seed), QStringLiteral("100000")});
        REQUIRE(child.waitForStarted());
        REQUIRE(child.waitForReadyRead(10000)); // "ready"
        QThread::msleep(std::uniform_int_distribution<int>(5, 120)(rng));
        INFO(child.readAllStandardError().toStdString());
        REQUIRE(child.state() == QProcess::Running); // killed mid-work, not finished early
        child.kill();                                // SIGKILL
        REQUIRE(child.waitForFinished(10000));
        const int committed = lastReported(child.readAllStandardOutput());
        totalCommitted += committed;
        INFO("trial " << trial << ": " << committed << " edits reported committed");

        auto store = Store::open(path);
        REQUIRE(store.ok());
        REQUIRE(store.value()->integrityProblem().isEmpty());
        auto onDisk = store.value()->readAll();
        REQUIRE(onDisk.ok());
        store.value().reset();
        // Closed again: a single file, the log folded back in.
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
        // Every reported edit is there; the one in flight may be too.
        const DocumentData disk = withoutCommentTimes(onDisk.value());
        const bool matches =
            disk == replay(dir, seed, committed) || disk == replay(dir, seed, committed + 1);
        REQUIRE(matches);
    }
    WARN(trials << " kills, " << totalCommitted << " edits committed before them");
}

TEST_CASE("a child killed during Save As leaves the map and every finished copy whole",
          "[store][durability]")
{
    test::TempDir dir;
    std::mt19937 rng(777);
    const QString path = dir.file(QStringLiteral("original.cxmap"));
    {
        // A map of some size, so that a copy takes a while.
        auto doc = Document::create(path, test::smallDocument());
        REQUIRE(doc.ok());
        test::RandomEditor editor(*doc.value(), 5);
        for (int i = 0; i < 400; ++i)
            editor.step();
    }
    const DocumentData original = test::onDisk(path);
    int copies = 0;
    for (int trial = 0; trial < 10; ++trial) {
        const QString out = dir.file(QStringLiteral("copies-%1").arg(trial));
        REQUIRE(QDir().mkpath(out));
        QProcess child;
        child.start(
            QStringLiteral(CXMAP_KILLCHILD),
            {path, QStringLiteral("1"), QStringLiteral("100000"), QStringLiteral("saveas"), out});
        REQUIRE(child.waitForStarted());
        REQUIRE(child.waitForReadyRead(10000));
        QThread::msleep(std::uniform_int_distribution<int>(10, 150)(rng));
        REQUIRE(child.state() == QProcess::Running);
        child.kill();
        REQUIRE(child.waitForFinished(10000));
        const int done = lastReported(child.readAllStandardOutput());
        INFO("trial " << trial << ": " << done << " copies reported");
        copies += done;
        CHECK(test::onDisk(path) == original);
        // Each reported copy is a whole map; a copy in flight is only ever a
        // .part file beside them, never a half-written map under its name.
        for (const QString& name : QDir(out).entryList({QStringLiteral("*.cxmap")})) {
            const int n = name.mid(5, name.size() - 11).toInt();
            CHECK(n <= done + 1);
            auto store = Store::open(QDir(out).filePath(name), Store::Mode::ReadOnly);
            REQUIRE(store.ok());
            CHECK(store.value()->integrityProblem().isEmpty());
            DocumentData copy = store.value()->readAll().value();
            copy.canonicalize();
            CHECK(copy == original);
        }
        for (int n = 1; n <= done; ++n)
            CHECK(QFile::exists(QDir(out).filePath(QStringLiteral("copy-%1.cxmap").arg(n))));
    }
    WARN("10 kills during Save As, " << copies << " copies finished before them");
}
