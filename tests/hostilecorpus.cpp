#include "hostilecorpus.h"

#include "model/document.h"
#include "testutil.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <random>

namespace cx::test {

namespace {

void fail(const QString& what) { qFatal("hostile corpus: %s", qPrintable(what)); }

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail(path);
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(path);
    return f.readAll();
}

// Plain SQLite, as anyone with the sqlite3 shell could write it.
void runSql(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        fail(path);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QString why = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        fail(path + QStringLiteral(": ") + why);
}

// A good map, closed (a single file), to spoil.
QString goodMap(const QDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    auto doc = Document::create(path, smallDocument());
    if (!doc)
        fail(doc.error().message);
    return path;
}

} // namespace

QList<HostileFile> makeHostileCorpus(const QString& folder)
{
    QDir dir(folder);
    dir.mkpath(QStringLiteral("."));
    QList<HostileFile> out;
    const auto add = [&](const QString& name, const QString& file, const QString& message) {
        out.append({name, dir.filePath(file), message});
    };

    writeBytes(dir.filePath(QStringLiteral("zero-bytes.cxmap")), {});
    add(QStringLiteral("zero bytes"), QStringLiteral("zero-bytes.cxmap"), QStringLiteral("empty"));

    std::mt19937 rng(20261202);
    QByteArray noise(64 * 1024, '\0');
    for (char& c : noise)
        c = char(rng());
    writeBytes(dir.filePath(QStringLiteral("random-bytes.cxmap")), noise);
    add(QStringLiteral("random bytes"), QStringLiteral("random-bytes.cxmap"),
        QStringLiteral("not an SQLite database"));

    const QString truncated = goodMap(dir, QStringLiteral("truncated.cxmap"));
    writeBytes(truncated, readBytes(truncated).left(5000));
    add(QStringLiteral("truncated SQLite"), QStringLiteral("truncated.cxmap"),
        QStringLiteral("damaged"));

    dir.mkpath(QStringLiteral("a-folder.cxmap"));
    add(QStringLiteral("a directory"), QStringLiteral("a-folder.cxmap"), QStringLiteral("folder"));

    const QString locked = goodMap(dir, QStringLiteral("no-read-permission.cxmap"));
    QFile::setPermissions(locked, QFileDevice::Permissions());
    add(QStringLiteral("no read permission"), QStringLiteral("no-read-permission.cxmap"),
        QStringLiteral("permission"));

    runSql(dir.filePath(QStringLiteral("our-id-no-tables.cxmap")),
           "PRAGMA application_id = 1129860432; PRAGMA user_version = 3; CREATE TABLE x (y);");
    add(QStringLiteral("our application_id, no tables"), QStringLiteral("our-id-no-tables.cxmap"),
        QStringLiteral("no \"meta\" table"));

    // Triggers that would write to a trap table when the map is read or
    // edited, and a view: defensive mode runs none of them.
    const QString triggers = goodMap(dir, QStringLiteral("extra-triggers-views.cxmap"));
    runSql(triggers, QByteArray("CREATE TABLE ") + hostileTrap +
                         " (what TEXT);"
                         "CREATE TABLE extra (x); INSERT INTO extra VALUES (1);"
                         "CREATE TRIGGER on_update AFTER UPDATE ON cards BEGIN "
                         "  INSERT INTO trap VALUES ('update'); END;"
                         "CREATE TRIGGER on_insert AFTER INSERT ON cards BEGIN "
                         "  INSERT INTO trap VALUES ('insert'); DELETE FROM cards; END;"
                         "CREATE TRIGGER on_delete BEFORE DELETE ON links BEGIN "
                         "  INSERT INTO trap VALUES ('delete'); END;"
                         "CREATE VIEW every_card AS SELECT * FROM cards;");
    add(QStringLiteral("extra tables, triggers and views"),
        QStringLiteral("extra-triggers-views.cxmap"), {});

    // A view standing in for a table: reading it would run its SQL.
    const QString view = goodMap(dir, QStringLiteral("view-for-table.cxmap"));
    runSql(view, "PRAGMA foreign_keys = OFF; DROP TABLE links;"
                 "CREATE VIEW links AS SELECT 1 AS id, 1 AS from_card_id, 2 AS to_card_id, "
                 "'feeds' AS type, '' AS label;");
    add(QStringLiteral("a view instead of a table"), QStringLiteral("view-for-table.cxmap"),
        QStringLiteral("\"links\" is a view, not a table"));

    const QString types = goodMap(dir, QStringLiteral("wrong-column-types.cxmap"));
    runSql(types, "UPDATE cards SET votes = 'many', position = 'top' WHERE id = 1;");
    add(QStringLiteral("wrong column types"), QStringLiteral("wrong-column-types.cxmap"),
        QStringLiteral("damaged"));

    const QString dangling = goodMap(dir, QStringLiteral("dangling-foreign-keys.cxmap"));
    runSql(dangling, "PRAGMA foreign_keys = OFF; UPDATE cards SET stage_id = 999 WHERE id = 2;"
                     "UPDATE links SET to_card_id = 77 WHERE id = 1;");
    add(QStringLiteral("dangling foreign keys"), QStringLiteral("dangling-foreign-keys.cxmap"),
        QStringLiteral("damaged"));

    const QString huge = goodMap(dir, QStringLiteral("100-mb-text.cxmap"));
    runSql(huge, "UPDATE cards SET description = printf('%.*c', 100000000, 'x') WHERE id = 3;");
    add(QStringLiteral("a 100 MB text field"), QStringLiteral("100-mb-text.cxmap"),
        QStringLiteral("larger than"));

    const QString newer = goodMap(dir, QStringLiteral("newer-version.cxmap"));
    runSql(newer, "PRAGMA user_version = 99;");
    add(QStringLiteral("a newer user_version"), QStringLiteral("newer-version.cxmap"),
        QStringLiteral("newer version of CXMap"));

    writeBytes(dir.filePath(QStringLiteral("deep-nesting.json")),
               "{\"format\": \"cxmap\", \"version\": 1, \"title\": " + QByteArray(200000, '[') +
                   QByteArray(200000, ']') + "}");
    add(QStringLiteral("deep JSON nesting"), QStringLiteral("deep-nesting.json"),
        QStringLiteral("not valid JSON"));
    out.last().json = true;
    return out;
}

} // namespace cx::test
