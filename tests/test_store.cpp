// The .cxmap file: round trip of every field, each refusal with its message
// (and the refused file untouched), the migration ladder, Save As, full disk.

#include "store/store.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <sqlite3.h>
#include <unistd.h>

using namespace cx;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with plain SQLite, as a user's `sqlite3` shell would.
void runSql(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

qint64 pragmaInt(const QString& path, const char* pragma)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, pragma, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const qint64 v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

QString makeDocument(const test::TempDir& dir, const QString& name = QStringLiteral("doc.cxmap"))
{
    const QString path = dir.file(name);
    auto store = Store::create(path, test::smallDocument());
    REQUIRE(store.ok());
    return path;
}

// Opens path expecting a refusal with code; checks the message and that the
// file was not changed by the attempt.
Error expectRefusal(const QString& path, ErrorCode code)
{
    const bool isFile = QFileInfo(path).isFile();
    const QByteArray before = isFile ? fileHash(path) : QByteArray();
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == code);
    CHECK(store.error().message.contains(QFileInfo(path).fileName()));
    if (isFile)
        CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    return store.error();
}

} // namespace

TEST_CASE("every field survives the file", "[store]")
{
    test::TempDir dir;
    DocumentData data = test::smallDocument();
    data.departments[0].color = QColor(0x11, 0x22, 0x33, 0x80); // translucent
    data.departments[1].color = QColor();                       // none
    data.canonicalize();
    const QString path = dir.file(QStringLiteral("round.cxmap"));
    {
        auto store = Store::create(path, data);
        REQUIRE(store.ok());
        auto read = store.value()->readAll();
        REQUIRE(read.ok());
        CHECK(read.value() == data);
    }
    // Closed: one file, ours, at the current version; reopened: the same data.
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(pragmaInt(path, "PRAGMA application_id") == Store::applicationId);
    CHECK(pragmaInt(path, "PRAGMA user_version") == Store::schemaVersion());
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK_FALSE(store.value()->isReadOnly());
    CHECK(store.value()->integrityProblem().isEmpty());
    auto read = store.value()->readAll();
    REQUIRE(read.ok());
    CHECK(read.value() == data);
}

TEST_CASE("writes update rows in place and deletes cascade to a card's details", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    Store& s = *store.value();
    DocumentData data = test::smallDocument();
    data.canonicalize();

    Card changed = data.cards[0];
    changed.title = QStringLiteral("Changed ad");
    changed.kpis.removeLast();
    changed.tags = {QStringLiteral("new")};
    changed.contributingIds.clear();
    changed.emotion.reset();
    REQUIRE_FALSE(s.begin());
    REQUIRE_FALSE(s.putCard(changed));
    REQUIRE_FALSE(s.deleteLink(1));
    REQUIRE_FALSE(s.deleteCard(2));
    REQUIRE_FALSE(s.putTitle(QStringLiteral("Renamed")));
    REQUIRE_FALSE(s.commit());

    data.cards[0] = changed;
    data.cards.removeAt(1);
    data.links.removeAt(0);
    data.title = QStringLiteral("Renamed");
    auto read = s.readAll();
    REQUIRE(read.ok());
    CHECK(read.value() == data);
    CHECK(s.integrityProblem().isEmpty());
}

TEST_CASE("a dangling reference fails the commit and the rollback keeps the file", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    Store& s = *store.value();
    REQUIRE_FALSE(s.begin());
    REQUIRE_FALSE(s.deleteDepartment(2)); // cards still name it: checked at commit
    const Error err = s.commit();
    CHECK(err.code == ErrorCode::InvalidArgument);
    REQUIRE(s.inTransaction());
    s.rollback();
    auto read = s.readAll();
    REQUIRE(read.ok());
    CHECK(read.value().departments.size() == 2);
}

TEST_CASE("each refusal has its own code and message, and leaves the file alone", "[store]")
{
    test::TempDir dir;
    SECTION("missing file")
    {
        const Error e =
            expectRefusal(dir.file(QStringLiteral("nowhere.cxmap")), ErrorCode::FileMissing);
        CHECK(e.message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("nowhere.cxmap"))));
    }
    SECTION("a folder")
    {
        QDir(dir.path()).mkdir(QStringLiteral("folder.cxmap"));
        const Error e =
            expectRefusal(dir.file(QStringLiteral("folder.cxmap")), ErrorCode::NotAFile);
        CHECK(e.message.contains(QStringLiteral("folder")));
    }
    SECTION("empty file")
    {
        test::writeFile(dir.file(QStringLiteral("empty.cxmap")), {});
        const Error e =
            expectRefusal(dir.file(QStringLiteral("empty.cxmap")), ErrorCode::NotSqlite);
        CHECK(e.message.contains(QStringLiteral("empty")));
    }
    SECTION("not SQLite")
    {
        test::writeFile(dir.file(QStringLiteral("notes.cxmap")),
                        QByteArray("Stage,Lane,Title\n").repeated(100));
        const Error e =
            expectRefusal(dir.file(QStringLiteral("notes.cxmap")), ErrorCode::NotSqlite);
        CHECK(e.message.contains(QStringLiteral("not an SQLite database")));
    }
    SECTION("SQLite, but not ours")
    {
        const QString path = dir.file(QStringLiteral("other.cxmap"));
        runSql(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
        const Error e = expectRefusal(path, ErrorCode::NotCxmap);
        CHECK(e.message.contains(QStringLiteral("not a CXMap document")));
    }
    SECTION("our id, but no tables")
    {
        const QString path = dir.file(QStringLiteral("hollow.cxmap"));
        runSql(path, "PRAGMA application_id = 1129860432; PRAGMA user_version = 2;"
                     "CREATE TABLE unrelated (x);");
        const Error e = expectRefusal(path, ErrorCode::NotCxmap);
        CHECK(e.message.contains(QStringLiteral("no \"meta\" table")));
    }
    SECTION("newer version")
    {
        const QString path = makeDocument(dir);
        runSql(path, "PRAGMA user_version = 7;");
        const Error e = expectRefusal(path, ErrorCode::NewerVersion);
        CHECK(e.message.contains(QStringLiteral("newer version of CXMap")));
        CHECK(e.message.contains(QStringLiteral("format 7")));
    }
    SECTION("damaged pages")
    {
        const QString path = makeDocument(dir);
        QByteArray bytes = test::readFile(path);
        REQUIRE(bytes.size() > 8192);
        for (qsizetype i = 4096 + 8; i < bytes.size() - 4096; i += 7)
            bytes[i] = char(0xA5);
        test::writeFile(path, bytes);
        const Error e = expectRefusal(path, ErrorCode::Damaged);
        CHECK(e.message.contains(QStringLiteral("damaged")));
    }
    SECTION("cut short")
    {
        const QString path = makeDocument(dir);
        test::writeFile(path, test::readFile(path).left(300));
        const Error e = expectRefusal(path, ErrorCode::Damaged);
        CHECK(e.message.contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("a file that cannot be written opens read-only and says so", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    SECTION("asked for read-only")
    {
        const QByteArray before = fileHash(path);
        auto store = Store::open(path, Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        CHECK(store.value()->isReadOnly());
        CHECK(store.value()->readOnlyReason().contains(QStringLiteral("read-only")));
        CHECK(store.value()->readAll().ok());
        store.value().reset();
        CHECK(fileHash(path) == before);
    }
    SECTION("file permissions")
    {
        // Root writes through permission bits; an immutable file stops it too.
        const bool root = ::geteuid() == 0;
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        if (root &&
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0) {
            WARN("running as root without chattr: file permissions do not apply, skipped");
            return;
        }
        struct Restore
        {
            QString path;
            bool root;
            ~Restore()
            {
                if (root)
                    QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
        } restore{path, root};
        const QByteArray before = fileHash(path);
        {
            auto store = Store::open(path);
            REQUIRE(store.ok());
            CHECK(store.value()->isReadOnly());
            CHECK(store.value()->readOnlyReason() == QStringLiteral("the file cannot be written"));
            CHECK(store.value()->readAll().ok());
        }
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("a second writer is refused while the file is open", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    auto first = Store::open(path);
    REQUIRE(first.ok());
    auto second = Store::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("open in another")));
}

TEST_CASE("a version 1 file climbs the migration ladder", "[store][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.cxmap"));
    runSql(path, test::readFile(QStringLiteral(CXMAP_TEST_DATA "/schema-v1.sql")));
    REQUIRE(pragmaInt(path, "PRAGMA user_version") == 1);

    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        auto read = store.value()->readAll();
        REQUIRE(read.ok());
        const DocumentData& d = read.value();
        CHECK(d.title == QStringLiteral("Prototype workshop"));
        REQUIRE(d.cards.size() == 3);
        CHECK(d.cards[0].contributingIds == QList<Id>{3});
        CHECK(d.cards[0].tags == QStringList{QStringLiteral("web"), QStringLiteral("form")});
        CHECK(d.cards[1].contributingIds == QList<Id>{1, 3});
        CHECK(d.cards[1].tags.isEmpty());
        CHECK(d.cards[1].severity == Level::High);
        CHECK(d.cards[2].emotion == -2);
        CHECK(d.links.size() == 1);
        CHECK(store.value()->integrityProblem().isEmpty());
    }
    CHECK(pragmaInt(path, "PRAGMA user_version") == Store::schemaVersion());
    CHECK(pragmaInt(path, "SELECT count(*) FROM pragma_table_info('cards') "
                          "WHERE name IN ('contributing', 'tags')") == 0);
    // The upgraded file opens again as a current one.
    auto again = Store::open(path);
    REQUIRE(again.ok());
    CHECK(again.value()->readAll().value().cards[1].contributingIds == QList<Id>{1, 3});
}

TEST_CASE("a version 1 file that fails the check after migration is left as it was",
          "[store][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.cxmap"));
    runSql(path, test::readFile(QStringLiteral(CXMAP_TEST_DATA "/schema-v1.sql")));
    runSql(path, "UPDATE cards SET emotion = 9 WHERE id = 3");
    const Error err = expectRefusal(path, ErrorCode::Damaged);
    CHECK(err.message.contains(QStringLiteral("emotion")));
    CHECK(pragmaInt(path, "PRAGMA user_version") == 1);
}

TEST_CASE("Save As writes a consistent copy and never overwrites by accident", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    const QString copy = dir.file(QStringLiteral("copy.cxmap"));
    REQUIRE_FALSE(store.value()->saveAs(copy));
    CHECK(pragmaInt(copy, "PRAGMA application_id") == Store::applicationId);
    CHECK(pragmaInt(copy, "PRAGMA user_version") == Store::schemaVersion());

    const Error exists = store.value()->saveAs(copy);
    CHECK(exists.code == ErrorCode::InvalidArgument);
    CHECK(exists.message.contains(QStringLiteral("exists")));
    CHECK_FALSE(store.value()->saveAs(copy, true));

    // Onto itself: nothing to do, every edit is already there.
    CHECK_FALSE(store.value()->saveAs(path, true));
    // Onto a file another window has open: refused, that file unchanged.
    auto other = Store::open(copy);
    REQUIRE(other.ok());
    const QByteArray copyBefore = fileHash(copy);
    const Error busy = store.value()->saveAs(copy, true);
    CHECK(busy.code == ErrorCode::Io);
    CHECK(busy.message.contains(QStringLiteral("open in another")));
    CHECK(fileHash(copy) == copyBefore);
    other.value().reset();

    const DocumentData original = store.value()->readAll().value();
    store.value().reset();
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2); // no temporary left behind
    auto opened = Store::open(copy);
    REQUIRE(opened.ok());
    CHECK(opened.value()->readAll().value() == original);
}

TEST_CASE("a full disk fails the edit and loses nothing saved", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    Store& s = *store.value();
    const DocumentData before = s.readAll().value();
    // SQLite raises a limit below the current size to the current size: the
    // file cannot grow by a single page from here.
    REQUIRE_FALSE(s.setMaxPageCount(1));

    REQUIRE_FALSE(s.begin());
    Error err;
    Card big = before.cards[0];
    big.description = QString(20000, u'x');
    for (int i = 0; i < 50 && !err; ++i) {
        big.id = 1000 + i;
        big.position = 10 + i;
        err = s.putCard(big);
    }
    if (!err)
        err = s.commit();
    CHECK(err.code == ErrorCode::DiskFull);
    CHECK(err.message.contains(QStringLiteral("disk is full")));
    if (s.inTransaction())
        s.rollback();
    CHECK(s.readAll().value() == before);
    CHECK(s.integrityProblem().isEmpty());
}

TEST_CASE("create refuses to replace an existing file", "[store]")
{
    test::TempDir dir;
    const QString path = makeDocument(dir);
    const QByteArray before = fileHash(path);
    auto again = Store::create(path, DocumentData{});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("exists")));
    CHECK(fileHash(path) == before);
}
