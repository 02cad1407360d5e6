// `cxmap history`, run as a user runs it: a card's edits newest first with
// their values before and after, --since, --json, --prune-before (and its
// refusal on a read-only file), a bad date refused by name; and the history
// in `cxmap export --json` / `cxmap import --json` (or left out).

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <unistd.h>

using namespace cx;
using cx::test::cxmap;
using cx::test::Run;

namespace {

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// The small map with a history: on 1 November ana rates "Checkout page"
// (card 2) -1; on 6 December at 14:05 she rates it 1 and renames "Social ad"
// (card 1) there and back. Returns the file, closed (an open map holds it).
QString historyMap(const test::TempDir& dir)
{
    auto doc = test::smallDocumentFile(dir);
    doc->setAuthor(QStringLiteral("ana"));
    QDateTime now = utc(11, 1, 9, 0);
    doc->setClock([&now] { return now; });
    Card c = *doc->card(2);
    c.emotion = -1;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    now = utc(12, 6, 14, 5);
    c.emotion = 1;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Quokka-7731"), edit::Merge::No));
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Social ad"), edit::Merge::No));
    return doc->path();
}

QList<HistoryRecord> historyOf(const QString& path)
{
    auto doc = Document::open(path, true);
    REQUIRE(doc.ok());
    auto records = doc.value()->history();
    REQUIRE(records.ok());
    return records.value();
}

void requireSame(const QList<HistoryRecord>& a, const QList<HistoryRecord>& b)
{
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a[i].id == b[i].id);
        CHECK(a[i].step == b[i].step);
        CHECK(a[i].at == b[i].at);
        CHECK(a[i].who == b[i].who);
        CHECK(a[i].text == b[i].text);
        CHECK(a[i].change == b[i].change);
    }
}

} // namespace

TEST_CASE("cxmap history lists a card's edits newest first with before and after", "[cli][history]")
{
    test::TempDir dir;
    const QString map = historyMap(dir);

    const Run byId =
        cxmap({QStringLiteral("history"), map, QStringLiteral("--card-id"), QStringLiteral("2")});
    REQUIRE(byId.code == 0);
    const QStringList lines = byId.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("2026-12-06 14:05  ana  change card 2 "
                                             "\u201cCheckout page\u201d emotion: -1 \u2192 1")));
    CHECK(lines[1].startsWith(QStringLiteral("2026-11-01 09:00  ana  change card 2")));
    CHECK(lines[1].contains(QStringLiteral("emotion: -2 \u2192 -1")));

    const Run byTitle = cxmap({QStringLiteral("history"), map, QStringLiteral("--card"),
                               QStringLiteral("checkout PAGE")});
    CHECK(byTitle.code == 0);
    CHECK(byTitle.out == byId.out);

    const Run missing = cxmap(
        {QStringLiteral("history"), map, QStringLiteral("--card"), QStringLiteral("No such card")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("no card titled")));
}

TEST_CASE("cxmap history --since, --field and --json", "[cli][history]")
{
    test::TempDir dir;
    const QString map = historyMap(dir);

    const Run since = cxmap(
        {QStringLiteral("history"), map, QStringLiteral("--since"), QStringLiteral("2026-12-01")});
    REQUIRE(since.code == 0);
    CHECK(since.out.contains(QStringLiteral("Quokka-7731")));
    CHECK_FALSE(since.out.contains(QStringLiteral("2026-11-01")));

    const Run field =
        cxmap({QStringLiteral("history"), map, QStringLiteral("--field"), QStringLiteral("title")});
    REQUIRE(field.code == 0);
    CHECK(field.out.split(u'\n', Qt::SkipEmptyParts).size() == 2);

    const Run json = cxmap({QStringLiteral("history"), map, QStringLiteral("--card-id"),
                            QStringLiteral("2"), QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonDocument parsed = QJsonDocument::fromJson(json.out.toUtf8());
    REQUIRE(parsed.isArray());
    REQUIRE(parsed.array().size() == 2);
    const QJsonObject newest = parsed.array().at(0).toObject();
    CHECK(newest.value(QStringLiteral("at")).toString() ==
          QStringLiteral("2026-12-06T14:05:00.000Z"));
    CHECK(newest.value(QStringLiteral("who")).toString() == QStringLiteral("ana"));
    CHECK(newest.value(QStringLiteral("action")).toString() == QStringLiteral("change"));
    CHECK(newest.value(QStringLiteral("object")).toString() == QStringLiteral("card"));
    CHECK(newest.value(QStringLiteral("object_id")).toInt() == 2);
    CHECK(newest.value(QStringLiteral("label")).toString() == QStringLiteral("Checkout page"));
    CHECK(newest.value(QStringLiteral("field")).toString() == QStringLiteral("emotion"));
    CHECK(newest.value(QStringLiteral("before")).toInt() == -1);
    CHECK(newest.value(QStringLiteral("after")).toInt() == 1);
    for (const char* key : {"id", "step", "text", "journey_id", "department_id"})
        CHECK(newest.contains(QLatin1String(key)));
}

TEST_CASE("cxmap history refuses a bad date by name", "[cli][history]")
{
    test::TempDir dir;
    const QString map = historyMap(dir);
    for (const char* option : {"--since", "--prune-before"}) {
        const Run bad = cxmap({QStringLiteral("history"), map, QString::fromLatin1(option),
                               QStringLiteral("2026-02-30")});
        CHECK(bad.code == 1);
        CHECK(bad.err.contains(QStringLiteral("\u201c2026-02-30\u201d is not a date")));
    }
    const Run both = cxmap({QStringLiteral("history"), map, QStringLiteral("--card"),
                            QStringLiteral("x"), QStringLiteral("--card-id"), QStringLiteral("1")});
    CHECK(both.code == 2);
}

TEST_CASE("cxmap history --prune-before removes the older records only", "[cli][history]")
{
    test::TempDir dir;
    const QString map = historyMap(dir);
    const qsizetype total = historyOf(map).size();
    REQUIRE(total == 4);

    const Run pruned = cxmap({QStringLiteral("history"), map, QStringLiteral("--prune-before"),
                              QStringLiteral("2026-12-01T00:00:00Z")});
    REQUIRE(pruned.code == 0);
    CHECK(pruned.out.contains(QStringLiteral("Removed 1 history record older than")));
    const QList<HistoryRecord> left = historyOf(map);
    CHECK(left.size() == 3);
    for (const HistoryRecord& r : left)
        CHECK(r.at >= utc(12, 1, 0, 0));
}

TEST_CASE("cxmap history --prune-before refuses a read-only file", "[cli][history]")
{
    test::TempDir dir;
    const QString map = historyMap(dir);
    const bool root = ::geteuid() == 0;
    QFile::setPermissions(map, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    if (root && QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), map}) != 0) {
        WARN("running as root without chattr: file permissions do not apply, skipped");
        return;
    }
    const Run refused = cxmap({QStringLiteral("history"), map, QStringLiteral("--prune-before"),
                               QStringLiteral("2027-01-01")});
    if (root)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), map});
    QFile::setPermissions(map, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("read-only")));
    CHECK(historyOf(map).size() == 4);
}

TEST_CASE("cxmap export --json carries the history into cxmap import, --without-history not",
          "[cli][history][json]")
{
    test::TempDir dir;
    const QString map = historyMap(dir);
    const QString json = dir.file(QStringLiteral("map.json"));
    const QString bare = dir.file(QStringLiteral("bare.json"));

    REQUIRE(cxmap({QStringLiteral("export"), map, QStringLiteral("--json"), json}).code == 0);
    REQUIRE(cxmap({QStringLiteral("export"), map, QStringLiteral("--json"), bare,
                   QStringLiteral("--without-history")})
                .code == 0);
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(json)).object();
    CHECK(root.value(QStringLiteral("version")).toInt() == jsonFormatVersion);
    CHECK(root.value(QStringLiteral("history")).toArray().size() == 4);
    CHECK_FALSE(
        QJsonDocument::fromJson(test::readFile(bare)).object().contains(QStringLiteral("history")));
    CHECK_FALSE(test::readFile(bare).contains("Quokka-7731"));

    const QString copy = dir.file(QStringLiteral("copy.cxmap"));
    REQUIRE(cxmap({QStringLiteral("import"), copy, QStringLiteral("--json"), json}).code == 0);
    requireSame(historyOf(copy), historyOf(map));

    const QString bareCopy = dir.file(QStringLiteral("bare.cxmap"));
    REQUIRE(cxmap({QStringLiteral("import"), bareCopy, QStringLiteral("--json"), bare}).code == 0);
    CHECK(historyOf(bareCopy).isEmpty());
    CHECK(test::onDisk(bareCopy) == test::onDisk(copy));
}
