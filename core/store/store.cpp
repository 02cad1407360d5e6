// Opening, creating, copying and closing a .cxmap file, and transactions.
// Row reads and writes are in storerows.cpp.

#include "store.h"
#include "storetr.h"

#include "schema.h"
#include "sqlitehelpers.h"
#include "storestatements.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace cx {

namespace {

constexpr int sqliteHeaderSize = 100;

quint32 bigEndian32(const QByteArray& header, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(header[offset + i]);
    return v;
}

Error refuse(ErrorCode code, const QString& path, const QString& why)
{
    return {code, StoreTr::tr("Cannot open \"%1\": %2.").arg(QDir::toNativeSeparators(path), why)};
}

// Everything that can be decided from the file system and the 100-byte SQLite
// header, before SQLite touches the file. Fills userVersion.
Error checkFile(const QString& path, int& userVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(ErrorCode::FileMissing, path, StoreTr::tr("the file does not exist"));
    if (!info.isFile())
        return refuse(ErrorCode::NotAFile, path,
                      info.isDir() ? StoreTr::tr("it is a folder, not a file")
                                   : StoreTr::tr("it is not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(ErrorCode::NoPermission, path,
                      StoreTr::tr("you do not have permission to read it"));
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.isEmpty())
        return refuse(ErrorCode::NotSqlite, path,
                      StoreTr::tr("the file is empty, not a CXMap document"));
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return refuse(ErrorCode::NotSqlite, path,
                      StoreTr::tr("it is not a CXMap document (not an SQLite database)"));
    if (header.size() < sqliteHeaderSize || info.size() < 512)
        return refuse(ErrorCode::Damaged, path,
                      StoreTr::tr("the file is damaged (it is cut short)"));
    if (bigEndian32(header, 68) != quint32(Store::applicationId))
        return refuse(ErrorCode::NotCxmap, path,
                      StoreTr::tr("it is an SQLite database, but not a CXMap document"));
    userVersion = int(bigEndian32(header, 60));
    if (userVersion > schema::currentVersion)
        return refuse(ErrorCode::NewerVersion, path,
                      StoreTr::tr("it was written by a newer version of CXMap (file format %1; "
                                  "this version reads up to %2). Please update CXMap")
                          .arg(userVersion)
                          .arg(schema::currentVersion));
    if (userVersion < schema::oldestVersion)
        return refuse(ErrorCode::Damaged, path,
                      StoreTr::tr("its format version (%1) is unknown").arg(userVersion));
    return {};
}

// Defences for files from strangers: no triggers, no views, no schema
// functions, no writable schema, no loading of extensions.
void harden(sqlite3* db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 250);
}

QString checkResult(sqlite3* db, const char* pragma)
{
    sql::Statement st(db, pragma);
    if (!st.isValid())
        return QString::fromUtf8(sqlite3_errmsg(db));
    QStringList problems;
    int rc = st.step();
    while (rc == SQLITE_ROW) {
        const QString row = st.text(0);
        if (row != QLatin1String("ok"))
            problems << row;
        if (problems.size() >= 5)
            break;
        rc = st.step();
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(db));
    return problems.join(QStringLiteral("; "));
}

// The full check, indexes included: about 20 ms more than quick_check on a
// 10,000-card map, and a damaged index is found before the first edit. A
// long history (its own tables, read lazily) would make it the slowest part
// of opening: past a few thousand records the map's tables are checked one
// by one (partial is set) and the whole file when the history is first read
// (Store::readHistory): a table-by-table check leaves out the file's free
// pages and the history's tables. Much customer feedback does the same (its
// check took 140 ms of opening with 100,000 items): its table is left out
// too, read whole and every value checked at open (Store::readAll: a damaged
// page is refused there), its index checked with the whole file later.
QString checkIntegrity(sqlite3* db, bool& partial)
{
    constexpr qint64 longHistory = 20000;
    constexpr qint64 muchFeedback = 20000;
    const qint64 records = sql::queryInt(db, "SELECT max(id) FROM history", -1);
    const qint64 feedback = sql::queryInt(db, "SELECT max(id) FROM feedback", -1);
    partial = records >= longHistory || feedback >= muchFeedback;
    if (!partial)
        return checkResult(db, "PRAGMA integrity_check");
    QStringList tables;
    sql::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN "
                            "('history', 'versions', 'feedback')");
    while (list.step() == SQLITE_ROW)
        tables << list.text(0);
    for (const QString& table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QByteArray pragma = "PRAGMA integrity_check(\"" + quoted.toUtf8() + "\")";
        const QString damage = checkResult(db, pragma.constData());
        if (!damage.isEmpty())
            return damage;
    }
    return {};
}

void syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Whether another connection holds path (a CXMap window keeps its file
// locked exclusively): a file we cannot lock, or one with a live log.
bool inUse(const QString& path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return true;
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const int rc = sql::execute(db, "BEGIN EXCLUSIVE; ROLLBACK;");
    sqlite3_close(db);
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

} // namespace

int Store::schemaVersion() { return schema::currentVersion; }

Store::~Store()
{
    m_stmts.reset();
    if (!m_db)
        return;
    if (!m_readOnly) {
        // Leave a single file behind: fold the WAL back and drop it. A shared-
        // memory file a read-only reader left earlier is unused under our
        // exclusive lock and goes too.
        sql::queryInt(m_db, "SELECT count(*) FROM sqlite_schema"); // a read first: see below
        sql::execute(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
        sql::Statement mode(m_db, "PRAGMA journal_mode = DELETE");
        if (mode.step() == SQLITE_ROW && mode.text(0) == QLatin1String("delete"))
            QFile::remove(m_path + QStringLiteral("-shm"));
        else
            qWarning("cxmap: %s keeps its write-ahead log: %s", qPrintable(m_path),
                     sqlite3_errmsg(m_db));
    }
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, Mode mode)
{
    int version = 0;
    if (Error err = checkFile(path, version))
        return err;

    const QFileInfo info(path);
    std::unique_ptr<Store> store(new Store);
    store->m_path = info.absoluteFilePath();
    if (mode == Mode::ReadOnly) {
        store->m_readOnly = true;
        store->m_readOnlyReason = StoreTr::tr("it was opened read-only");
    } else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        store->m_readOnly = true;
        store->m_readOnlyReason = info.isWritable() ? StoreTr::tr("its folder cannot be written")
                                                    : StoreTr::tr("the file cannot be written");
    }
    if (Error err = store->connect(version))
        return err;
    return store;
}

Error Store::connect(int version)
{
    const QByteArray name = QFile::encodeName(m_path);
    const int flags = (m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return refuse(ErrorCode::NoPermission, m_path, QString::fromUtf8(sqlite3_errstr(rc)));
    harden(m_db);
    if (!m_readOnly) {
        // One writer: a second window or program cannot edit behind our back.
        sql::execute(m_db, "PRAGMA locking_mode = EXCLUSIVE");
    }
    if (version == schema::currentVersion) {
        // A first read takes this connection's shared lock, which exclusive
        // mode keeps: nobody commits to the file while the feedback is read
        // beside it.
        sql::queryInt(m_db, "SELECT count(*) FROM sqlite_schema", -1);
        readFeedbackAhead();
    }
    bool partial = false;
    const QString damage = checkIntegrity(m_db, partial);
    m_historyChecked = !partial;
    if (!damage.isEmpty()) {
        if (sqlite3_errcode(m_db) == SQLITE_BUSY)
            return refuse(ErrorCode::Io, m_path,
                          StoreTr::tr("it is open in another CXMap window or program"));
        return refuse(ErrorCode::Damaged, m_path,
                      StoreTr::tr("the file is damaged (%1)").arg(damage));
    }
    if (Error err = schema::checkTables(m_db, version))
        return refuse(err.code, m_path, err.message);
    if (version < schema::currentVersion) {
        // A file that may not be written is upgraded in a copy in memory:
        // it reads as a current one and stays exactly as it was on disk.
        if (m_readOnly) {
            if (Error err = copyToMemory())
                return refuse(err.code, m_path, err.message);
        }
        if (Error err = upgrade(version))
            return refuse(err.code, m_path, err.message);
    } else if (Error err = validate()) {
        return refuse(err.code, m_path, err.message);
    }
    return configure();
}

// Much feedback takes most of the time of opening a map (100,000 items: about
// 100 ms of 170): it is read on a second, read-only connection while this one
// checks the file and reads the rest. Only from a file closed cleanly (a
// rollback journal file without a journal or log): both connections then
// share the file as readers, and neither waits for the other. Anything else
// (a log to recover, a busy file, an error) is read on this connection,
// which reports it.
void Store::readFeedbackAhead()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray header = file.read(20);
    const bool rollbackJournal = header.size() == 20 && header[18] == 1 && header[19] == 1;
    if (!rollbackJournal || QFileInfo::exists(m_path + QStringLiteral("-wal")) ||
        QFileInfo::exists(m_path + QStringLiteral("-journal")))
        return;
    const QByteArray name = QFile::encodeName(m_path);
    m_feedbackAhead = std::async(std::launch::async, [name]() {
        FeedbackRead out;
        sqlite3* db = nullptr;
        const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
        if (sqlite3_open_v2(name.constData(), &db, flags, nullptr) == SQLITE_OK) {
            harden(db);
            sqlite3_busy_timeout(db, 0);
            out.done = !readFeedbackItems(db, out.items);
        }
        sqlite3_close(db);
        if (!out.done)
            out.items.clear();
        return out;
    });
}

Error Store::copyToMemory()
{
    sqlite3* memory = nullptr;
    int rc = sqlite3_open_v2(":memory:", &memory,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                             nullptr);
    sqlite3_backup* copy =
        rc == SQLITE_OK ? sqlite3_backup_init(memory, "main", m_db, "main") : nullptr;
    if (copy) {
        rc = sqlite3_backup_step(copy, -1);
        sqlite3_backup_finish(copy);
    } else if (rc == SQLITE_OK) {
        rc = sqlite3_errcode(memory);
    }
    if (rc != SQLITE_DONE) {
        const QString why = memory ? QString::fromUtf8(sqlite3_errmsg(memory))
                                   : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(memory);
        return Error{ErrorCode::Io, StoreTr::tr("upgrading a copy of the older file in memory "
                                                "failed (%1)")
                                        .arg(why)};
    }
    sqlite3_close(m_db);
    m_db = memory;
    harden(m_db);
    return {};
}

// Reads and checks the whole document before anything is written to the
// file; the Document's first readAll() gets this copy.
Error Store::validate()
{
    auto data = readAll();
    if (!data)
        return data.error();
    m_firstRead = std::move(data.value());
    return {};
}

// Migrates and checks the result in one transaction: a file that would not
// open after the upgrade is left exactly as it was.
Error Store::inOwnTransaction(const std::function<Error()>& work)
{
    if (Error err = begin())
        return err;
    Error err = work();
    if (!err)
        err = commit();
    if (err && inTransaction())
        rollback();
    return err;
}

Error Store::upgrade(int version)
{
    return inOwnTransaction([&]() -> Error {
        if (Error err = schema::migrate(m_db, version))
            return err;
        return validate();
    });
}

Error Store::configure()
{
    sql::execute(m_db, "PRAGMA foreign_keys = ON");
    // What is deleted or overwritten is overwritten with zeros, in the file's
    // pages and its free pages alike: a redacted or deleted customer's words
    // leave no copy behind (with the log emptied after such an edit, see
    // commit()). An ordinary edit frees no page and costs the same.
    sql::execute(m_db, "PRAGMA secure_delete = ON");
    if (!m_readOnly) {
        // Turning to WAL takes the file for this connection alone: the
        // feedback read at open (readFeedbackAhead) ends first, however long
        // it takes (the busy timeout would not wait for a big table).
        if (m_feedbackAhead.valid())
            m_feedbackAhead.wait();
        // WAL makes a commit one append; FULL syncs it, so an edit on screen
        // survives a power cut too (about 0.2 ms per edit, see bench_core).
        const int rc = sql::execute(m_db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        if (rc != SQLITE_OK)
            return refuse(ErrorCode::Io, m_path, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    m_stmts = std::make_unique<Statements>(m_db);
    if (!m_stmts->allValid())
        return refuse(ErrorCode::Damaged, m_path,
                      StoreTr::tr("its tables do not have the form CXMap writes (%1)")
                          .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return {};
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const DocumentData& data,
                                             const QList<HistoryRecord>& history)
{
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return Error{ErrorCode::InvalidArgument,
                     StoreTr::tr("Cannot create \"%1\": a file of that name exists.").arg(native)};
    // Written in full under a temporary name, then renamed: a half-written
    // document never appears under the real name.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    if (Error err = writeNew(temp, data, history)) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return Error{err.code, StoreTr::tr("Cannot create \"%1\": %2").arg(native, err.message)};
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error{ErrorCode::Io, StoreTr::tr("Cannot create \"%1\".").arg(native)};
    }
    return open(path);
}

Error Store::writeNew(const QString& path, const DocumentData& data,
                      const QList<HistoryRecord>& history)
{
    Store store;
    store.m_path = path;
    const QByteArray name = QFile::encodeName(path);
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    int rc = sqlite3_open_v2(name.constData(), &store.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return sql::toError(store.m_db, rc, StoreTr::tr("creating the file"));
    harden(store.m_db);
    const QByteArray pragmas =
        "PRAGMA application_id = " + QByteArray::number(applicationId) +
        "; PRAGMA user_version = " + QByteArray::number(schema::currentVersion) +
        "; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";
    rc = sql::execute(store.m_db, pragmas.constData());
    if (rc != SQLITE_OK)
        return sql::toError(store.m_db, rc, StoreTr::tr("creating the file"));
    if (Error err = store.begin())
        return err;
    Error err = schema::createTables(store.m_db);
    if (!err) {
        store.m_stmts = std::make_unique<Statements>(store.m_db);
        err = store.writeAll(data);
    }
    if (!err)
        err = store.putHistoryRecords(history);
    if (!err)
        err = store.commit();
    if (err && store.inTransaction())
        store.rollback();
    store.m_readOnly = true; // nothing to fold back on close: it never used a WAL
    return err;
}

Error Store::saveAs(const QString& path, bool overwrite) const
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (target.exists() && !overwrite)
        return {ErrorCode::InvalidArgument,
                StoreTr::tr("Cannot save as \"%1\": a file of that name exists.").arg(native)};
    if (target.exists() && !target.isFile())
        return {ErrorCode::NotAFile,
                StoreTr::tr("Cannot save as \"%1\": it is a folder.").arg(native)};
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return {}; // already there: every edit is saved
    if (target.exists() && inUse(path))
        return {ErrorCode::Io, StoreTr::tr("Cannot save as \"%1\": that file is open in "
                                           "another CXMap window or program.")
                                   .arg(native)};
    const QString temp =
        path + QStringLiteral(".part%1").arg(QRandomGenerator::global()->bounded(1 << 30));
    sql::Statement vacuum(m_db, "VACUUM INTO ?");
    vacuum.bind(1, temp);
    const int rc = vacuum.exec();
    if (rc != SQLITE_DONE) {
        QFile::remove(temp);
        Error err = sql::toError(m_db, rc, StoreTr::tr("writing the copy"));
        err.message = StoreTr::tr("Cannot save as \"%1\": %2").arg(native, err.message);
        return err;
    }
    syncFile(temp);
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(temp);
        return {ErrorCode::Io, StoreTr::tr("Cannot save as \"%1\": the copy could not be put "
                                           "in place.")
                                   .arg(native)};
    }
    return {};
}

QString Store::integrityProblem() const
{
    QString problem = checkResult(m_db, "PRAGMA integrity_check");
    if (problem.isEmpty()) {
        sql::Statement fk(m_db, "PRAGMA foreign_key_check");
        if (fk.step() == SQLITE_ROW)
            problem = StoreTr::tr("a row of \"%1\" refers to a missing row of \"%2\"")
                          .arg(fk.text(0), fk.text(2));
    }
    return problem;
}

Error Store::begin()
{
    m_firstRead.reset(); // a write makes the read taken at open stale
    m_known->pending.clear();
    m_scrubOnCommit = false;
    const int rc = sql::execute(m_db, "BEGIN IMMEDIATE");
    return rc == SQLITE_OK ? Error{} : sql::toError(m_db, rc, StoreTr::tr("starting an edit"));
}

Error Store::commit()
{
    const int rc = sql::execute(m_db, "COMMIT");
    if (rc != SQLITE_OK) {
        m_known->clear(); // whether anything of it reached the file is unknown
        return sql::toError(m_db, rc, StoreTr::tr("saving the edit"));
    }
    m_known->commit();
    if (m_scrubOnCommit) {
        // A customer's words left the file's pages; their older copies in the
        // write-ahead log go too. A failure here loses no edit: the log is
        // folded back and emptied on close anyway.
        m_scrubOnCommit = false;
        sql::execute(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return {};
}

void Store::rollback()
{
    sql::execute(m_db, "ROLLBACK");
    m_known->pending.clear(); // the file holds the lists as committed
    m_scrubOnCommit = false;  // nothing of the file's words was removed
    m_lastStep = 0;           // a history step rolled back cannot be continued
}

bool Store::inTransaction() const { return m_db && !sqlite3_get_autocommit(m_db); }

Error Store::setMaxPageCount(int pages)
{
    const QByteArray pragma = "PRAGMA max_page_count = " + QByteArray::number(pages);
    const int rc = sql::execute(m_db, pragma.constData());
    return rc == SQLITE_OK ? Error{} : sql::toError(m_db, rc, StoreTr::tr("limiting the file"));
}

} // namespace cx
