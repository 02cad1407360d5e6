// The history in the JSON format (version 3): a lossless round trip, the
// copy without history (no record, and no trace in the file's bytes), older
// versions still read, and hostile "history" members refused by JSON path.

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace cx;

namespace {

// The small map after two edits by ana, one of them a rename there and back
// through a title found nowhere but in the history.
std::unique_ptr<Document> editedMap(const test::TempDir& dir)
{
    auto doc = test::smallDocumentFile(dir);
    doc->setAuthor(QStringLiteral("ana"));
    doc->setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(14, 5, 7, 250), Qt::UTC); });
    Card c = *doc->card(2);
    c.emotion = std::nullopt;
    c.tags = {QStringLiteral("web"), QStringLiteral("new")};
    REQUIRE_FALSE(edit::editCard(*doc, c));
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Wombat-5521"), edit::Merge::No));
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Social ad"), edit::Merge::No));
    REQUIRE_FALSE(edit::removeCards(*doc, {3}));
    return doc;
}

QList<HistoryRecord> historyOf(const Document& doc)
{
    auto records = doc.history();
    REQUIRE(records.ok());
    return records.value();
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A version 3 document whose "history" is the given JSON text.
QByteArray withHistory(const QByteArray& history)
{
    QByteArray json = toJson(test::smallDocument());
    const qsizetype end = json.lastIndexOf('}');
    return json.left(end) + ", \"history\": " + history + "}";
}

QString readError(const QByteArray& json)
{
    auto read = fromJsonWithHistory(json);
    REQUIRE_FALSE(read.ok());
    return read.error().message;
}

} // namespace

TEST_CASE("a JSON round trip keeps every history record", "[json][history]")
{
    test::TempDir dir;
    auto doc = editedMap(dir);
    const QList<HistoryRecord> records = historyOf(*doc);
    REQUIRE(records.size() >= 4);

    auto read = fromJsonWithHistory(toJson(doc->snapshot(), records));
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    CHECK(read->data == doc->snapshot());
    REQUIRE(read->history.size() == records.size());
    // Read oldest first; the document reads newest first.
    for (qsizetype i = 0; i < records.size(); ++i) {
        const HistoryRecord& a = read->history[records.size() - 1 - i];
        const HistoryRecord& b = records[i];
        CHECK(a.id == b.id);
        CHECK(a.step == b.step);
        CHECK(a.at == b.at);
        CHECK(a.who == b.who);
        CHECK(a.text == b.text);
        CHECK(a.change == b.change);
    }

    // Into a new file: the same records, ids, steps, times and authors.
    auto copy = Document::create(dir.file(QStringLiteral("copy.cxmap")), read->data, read->history);
    REQUIRE(copy.ok());
    const QList<HistoryRecord> again = historyOf(*copy.value());
    REQUIRE(again.size() == records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        CHECK(again[i].id == records[i].id);
        CHECK(again[i].at == records[i].at);
        CHECK(again[i].change == records[i].change);
    }
    // fromJson reads the same map and leaves the history out.
    auto plain = fromJson(toJson(doc->snapshot(), records));
    REQUIRE(plain.ok());
    CHECK(plain.value() == doc->snapshot());
}

TEST_CASE("a copy without history has no record and no trace of one", "[json][history][store]")
{
    test::TempDir dir;
    const QString withPath = dir.file(QStringLiteral("with.cxmap"));
    const QString withoutPath = dir.file(QStringLiteral("without.cxmap"));
    {
        auto doc = editedMap(dir);
        REQUIRE(doc->createVersion(QStringLiteral("After the Wombat-7730 workshop")).ok());
        REQUIRE_FALSE(doc->saveCopy(withPath));
        REQUIRE_FALSE(doc->saveCopy(withoutPath, false));
        CHECK_FALSE(historyOf(*doc).isEmpty());   // the map itself keeps its history
        CHECK(doc->saveCopy(doc->path(), false)); // never over the map itself
    }
    CHECK(bytesOf(withPath).contains("Wombat-5521"));
    const QByteArray bytes = bytesOf(withoutPath);
    CHECK_FALSE(bytes.contains("Wombat-5521"));
    CHECK(test::onDisk(withoutPath) == test::onDisk(withPath));
    auto copy = Document::open(withoutPath, true);
    REQUIRE(copy.ok());
    CHECK(historyOf(*copy.value()).isEmpty());
    // Named versions are the map's past too, with who took them.
    CHECK(bytesOf(withPath).contains("Wombat-7730"));
    CHECK_FALSE(bytes.contains("Wombat-7730"));
    REQUIRE(copy.value()->versions().ok());
    CHECK(copy.value()->versions().value().isEmpty());
    const QStringList leftovers = QDir(dir.path()).entryList({QStringLiteral("*.nohistory*")});
    CHECK(leftovers.isEmpty());
}

TEST_CASE("version 1 and 2 JSON files still read, with no history", "[json][history]")
{
    for (const char* version : {"1", "2"}) {
        QByteArray json = toJson(test::smallDocument());
        json.replace("\"version\": 3", QByteArray("\"version\": ") + version);
        auto read = fromJsonWithHistory(json);
        REQUIRE(read.ok());
        CHECK(read->history.isEmpty());
        CHECK(read->data == test::smallDocument());
    }
}

TEST_CASE("a hostile history is refused with the JSON path", "[json][history][hostile]")
{
    CHECK(readError(withHistory("5")) ==
          QStringLiteral("history: expected an array, got a number"));
    CHECK(
        readError(withHistory("[7]")).startsWith(QStringLiteral("history[0]: expected an object")));
    const QByteArray good = R"({"id": 1, "step": 1, "at": "2026-12-06T14:05:00.000Z",
        "action": "change", "object": "card", "object_id": 2, "field": "emotion",
        "before": null, "after": 1})";
    REQUIRE(fromJsonWithHistory(withHistory("[" + good + "]")).ok());
    const auto bad = [&good](const char* from, const char* to) {
        QByteArray record = good;
        record.replace("\"id\": 1", "\"id\": 2").replace(from, to);
        return readError(withHistory("[" + good + ", " + record + "]"));
    };
    CHECK(bad("\"id\": 2", "\"id\": 1") == QStringLiteral("history[1].id: a second history record "
                                                          "with the id 1"));
    CHECK(bad("\"id\": 2", "\"id\": \"two\"").startsWith(QStringLiteral("history[1].id: ")));
    CHECK(bad("\"id\": 2", "\"id\": 2, \"x\": 0") ==
          QStringLiteral("history[1].x: unknown member"));
    CHECK(bad("2026-12-06T14:05:00.000Z", "yesterday").contains(QStringLiteral("history[1].at")));
    CHECK(bad("\"change\"", "\"rename\"").contains(QStringLiteral("history[1].action: unknown")));
    CHECK(bad("\"card\"", "\"spaceship\"").contains(QStringLiteral("history[1].object")));
    CHECK(bad("\"object_id\": 2", "\"object_id\": -4")
              .contains(QStringLiteral("history[1].object_id")));
    CHECK(bad("\"change\"", "\"add\"").contains(QStringLiteral("history[1].before")));
    CHECK(bad("\"step\": 1", "\"step\": 1e300").contains(QStringLiteral("history[1].step")));
    CHECK(bad("\"field\": \"emotion\"", "\"field\": 12")
              .contains(QStringLiteral("history[1].field")));
}
