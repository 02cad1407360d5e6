// Maps from strangers (tests/hostilecorpus.h): `cxmap check`, importing and
// the window's Open refuse each bad one with a clear message or open it
// safely; nothing crashes, nothing the file brought along runs, and no file
// is changed by a refusal.

#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "dialogwatcher.h"
#include "hostilecorpus.h"
#include "mainwindow.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUndoStack>

#include <sqlite3.h>
#include <unistd.h>

using namespace cx;

namespace {

// Every byte of a file, or of every file in a folder.
QByteArray fingerprint(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            hash.addData(test::readFile(it.next()));
        return hash.result();
    }
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    // Names of what lies beside it: no -wal or -journal left behind.
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        hash.addData(QByteArray(QFile::exists(path + QLatin1String(suffix)) ? "1" : "0"));
    return hash.result();
}

// As root every file is readable: that case cannot be refused there.
bool skipped(const test::HostileFile& f)
{
    return f.name == QLatin1String("no read permission") && geteuid() == 0;
}

qint64 countRows(const QString& path, const char* table)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const qint64 n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

} // namespace

TEST_CASE("cxmap check and import refuse every hostile file by name and change none",
          "[hostile][cli]")
{
    test::TempDir dir;
    const QList<test::HostileFile> corpus = test::makeHostileCorpus(dir.file(QStringLiteral("h")));
    REQUIRE(corpus.size() >= 13);
    for (const test::HostileFile& f : corpus) {
        INFO(f.name.toStdString());
        if (skipped(f)) {
            WARN("running as root: \"no read permission\" cannot be refused");
            continue;
        }
        const QByteArray before = fingerprint(f.path);
        test::Run r;
        if (f.json) {
            const QString target = dir.file(QStringLiteral("from-json.cxmap"));
            r = test::cxmap({QStringLiteral("import"), target, QStringLiteral("--json"), f.path});
            CHECK_FALSE(QFile::exists(target));
        } else {
            r = test::cxmap({QStringLiteral("check"), f.path});
        }
        INFO(r.err.toStdString());
        if (f.message.isEmpty()) {
            CHECK(r.code == 0);
        } else {
            CHECK(r.code == 1);
            CHECK(r.err.contains(f.message));
            CHECK(r.err.contains(QFileInfo(f.path).fileName())); // names the file
        }
        CHECK(fingerprint(f.path) == before);
    }
}

TEST_CASE("a map's own triggers never run, whatever is done to it", "[hostile][store]")
{
    test::TempDir dir;
    const QList<test::HostileFile> corpus = test::makeHostileCorpus(dir.file(QStringLiteral("h")));
    const auto it = std::find_if(corpus.cbegin(), corpus.cend(), [](const test::HostileFile& f) {
        return f.name == QLatin1String("extra tables, triggers and views");
    });
    REQUIRE(it != corpus.cend());
    {
        auto doc = Document::open(it->path);
        REQUIRE(doc.ok());
        Document& d = *doc.value();
        REQUIRE(d.cardCount() == 5);
        Card c = *d.card(1);
        c.title = QStringLiteral("Renamed");
        REQUIRE_FALSE(edit::editCard(d, c));
        Card added = c;
        added.title = QStringLiteral("Added");
        REQUIRE(edit::addCard(d, added).ok());
        REQUIRE_FALSE(edit::removeLink(d, 1));
        d.undoStack()->undo();
        d.undoStack()->undo();
    }
    CHECK(countRows(it->path, test::hostileTrap) == 0);
    CHECK(countRows(it->path, "cards") == 5);
    CHECK(countRows(it->path, "links") == 2);
    CHECK(countRows(it->path, "extra") == 1); // not ours, left alone
}

TEST_CASE("the window refuses each hostile map in a dialog and stays usable", "[hostile][ui]")
{
    test::TempDir dir;
    const QList<test::HostileFile> corpus = test::makeHostileCorpus(dir.file(QStringLiteral("h")));
    const QString good = dir.file(QStringLiteral("good.cxmap"));
    REQUIRE(Document::create(good, test::smallDocument()).ok());
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(good));
    for (const test::HostileFile& f : corpus) {
        if (f.json || f.message.isEmpty() || skipped(f))
            continue;
        INFO(f.name.toStdString());
        const QByteArray before = fingerprint(f.path);
        test::DialogWatcher dialog;
        dialog.arm();
        CHECK_FALSE(w.openFile(f.path));
        CHECK(dialog.seen == 1);
        CHECK(dialog.text.contains(f.message));
        CHECK(fingerprint(f.path) == before);
        // The map that was open stays open and editable.
        REQUIRE(w.document());
        CHECK(w.document()->path() == good);
    }
    CHECK_FALSE(edit::setCardTitle(*w.document(), 1, QStringLiteral("Still editable")));
}
