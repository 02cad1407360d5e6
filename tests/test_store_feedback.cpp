// Customer feedback in the .cxmap file: every edit reaches the file at once
// and survives reopening, undo and redo too; a removed card's feedback waits
// in the inbox; redacted words leave the file's bytes; a hostile row is
// refused by name; a version-5 file is upgraded.

#include "commands/edit.h"
#include "model/document.h"
#include "store/store.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QUndoStack>

#include <sqlite3.h>

using namespace cx;

namespace {

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

qint64 queryInt(const QString& path, const char* query)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, query, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const qint64 v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The file and its write-ahead log, as anyone with the disk could read them.
QByteArray diskBytes(const QString& path)
{
    return fileBytes(path) + fileBytes(path + QStringLiteral("-wal")) +
           fileBytes(path + QStringLiteral("-journal"));
}

Feedback praiseOnCheckout()
{
    Feedback f;
    f.cardId = 2;
    f.text = QStringLiteral("Paid in two clicks \u2014 \u00e9tonnant!\nWould buy again");
    f.kind = FeedbackKind::Praise;
    f.source = FeedbackSource::Nps;
    f.scale = ScoreScale::Nps;
    f.score = 10;
    f.sentiment = 2;
    f.date = QDate(2026, 11, 28);
    f.segment = QStringLiteral("Busy parent");
    f.reference = QStringLiteral("https://survey.example/r/8812");
    return f;
}

Feedback unsortedComplaint()
{
    Feedback f;
    f.text = QStringLiteral("  The invoice came twice  ");
    f.kind = FeedbackKind::Complaint;
    f.source = FeedbackSource::Ticket;
    f.scale = ScoreScale::Csat;
    f.score = 1;
    f.sentiment = -2;
    f.reference = QStringLiteral("T-4471");
    f.cardHint = QStringLiteral("Billing");
    f.candidates = {5, 3};
    return f;
}

// What the file holds now (a crash would leave this) is what is on screen.
void requireOnDisk(const Document& doc)
{
    const DocumentData disk = test::onDisk(doc.path());
    CHECK(disk.feedback == doc.snapshot().feedback);
    CHECK(disk == doc.snapshot());
}

QList<Feedback> reopenedFeedback(std::unique_ptr<Document>& doc)
{
    const QString path = doc->path();
    doc.reset();
    auto reopened = Document::open(path);
    REQUIRE(reopened.ok());
    doc = std::move(reopened.value());
    return doc->snapshot().feedback;
}

} // namespace

TEST_CASE("feedback added, edited, moved, redacted and removed is in the file at once and after "
          "reopening",
          "[store][feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    auto praise = edit::addFeedback(*doc, praiseOnCheckout());
    REQUIRE(praise.ok());
    auto unsorted = edit::addFeedback(*doc, unsortedComplaint());
    REQUIRE(unsorted.ok());
    requireOnDisk(*doc);

    Feedback changed = *doc->feedback(*praise);
    changed.text = QStringLiteral("Paid in two clicks");
    changed.sentiment.reset();
    changed.scale = ScoreScale::None;
    changed.score = 0;
    changed.date = QDate();
    REQUIRE_FALSE(edit::editFeedback(*doc, changed));
    requireOnDisk(*doc);

    REQUIRE_FALSE(edit::moveFeedback(*doc, {*unsorted}, 5)); // assigned from the inbox
    CHECK(doc->feedback(*unsorted)->cardHint.isEmpty());
    requireOnDisk(*doc);
    REQUIRE_FALSE(edit::moveFeedback(*doc, {*praise}, 0)); // back to the inbox
    requireOnDisk(*doc);
    REQUIRE_FALSE(edit::redactFeedback(*doc, {*unsorted}));
    CHECK(doc->feedback(*unsorted)->redacted);
    requireOnDisk(*doc);

    const QList<Feedback> before = doc->snapshot().feedback;
    REQUIRE(before.size() == 2);
    CHECK(reopenedFeedback(doc) == before);

    REQUIRE_FALSE(edit::removeFeedback(*doc, {*praise}));
    requireOnDisk(*doc);
    const QList<Feedback> after = reopenedFeedback(doc);
    REQUIRE(after.size() == 1);
    CHECK(after.first().id == *unsorted);
    CHECK(after.first().redacted);
    CHECK(after.first().text.isEmpty());
    CHECK(after.first().cardId == 5);
    // A new item after reopening does not take a removed item's id.
    auto next = edit::addFeedback(*doc, praiseOnCheckout());
    REQUIRE(next.ok());
    CHECK(*next > *unsorted);
    // Readable with `sqlite3`: enum names, days, NULL for the inbox.
    const QString path = doc->path();
    doc.reset();
    CHECK(queryInt(path, "SELECT count(*) FROM feedback WHERE kind = 'praise' AND source = 'nps' "
                         "AND score_scale = 'nps' AND score = 10 AND date = '2026-11-28'") == 1);
    CHECK(queryInt(path, "SELECT count(*) FROM feedback WHERE redacted = 1 AND text = '' AND "
                         "card_id = 5") == 1);
}

TEST_CASE("undoing and redoing feedback edits reaches the file", "[store][feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    QList<Feedback> items;
    for (int i = 0; i < 50; ++i) {
        Feedback f = praiseOnCheckout();
        f.cardId = 1 + i % 5;
        f.text = QStringLiteral("Row %1 of an import").arg(i);
        items.append(f);
    }
    auto ids = edit::addFeedbackItems(*doc, items);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 50);
    REQUIRE_FALSE(edit::moveFeedback(*doc, ids->mid(0, 10), 0));
    REQUIRE_FALSE(edit::redactFeedback(*doc, ids->mid(5, 10)));
    REQUIRE_FALSE(edit::removeFeedback(*doc, ids->mid(20, 5)));
    const DocumentData last = doc->snapshot();
    requireOnDisk(*doc);

    QUndoStack* stack = doc->undoStack();
    const int steps = stack->index();
    for (int i = 0; i < 4; ++i) {
        stack->undo();
        requireOnDisk(*doc);
    }
    CHECK(doc->feedbackCount() == 0);
    CHECK(test::onDisk(doc->path()).feedback.isEmpty());
    for (int i = 0; i < 4; ++i) {
        stack->redo();
        requireOnDisk(*doc);
    }
    CHECK(stack->index() == steps);
    CHECK(doc->snapshot() == last);
    CHECK(reopenedFeedback(doc) == last.feedback);
}

TEST_CASE("a removed card's feedback waits in the inbox and returns with the card on undo",
          "[store][feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    Feedback f = praiseOnCheckout();
    f.cardId = 3;
    auto id = edit::addFeedback(*doc, f);
    REQUIRE(id.ok());
    f.cardId = 4; // card 4 shares card 3's cell
    auto other = edit::addFeedback(*doc, f);
    REQUIRE(other.ok());

    REQUIRE_FALSE(edit::removeCards(*doc, {3}));
    CHECK(doc->feedback(*id)->cardId == 0);
    CHECK(doc->feedback(*id)->cardHint == QStringLiteral("Order processing"));
    requireOnDisk(*doc);
    QList<Feedback> reopened = reopenedFeedback(doc);
    REQUIRE(reopened.size() == 2);
    CHECK(reopened[0].cardId == 0);
    CHECK(reopened[0].cardHint == QStringLiteral("Order processing"));

    // Reopened, the undo stack is new: remove the whole stage and undo that.
    REQUIRE_FALSE(edit::removeStage(*doc, 2)); // with card 4 (and cards 2)
    CHECK(doc->feedback(*other)->cardId == 0);
    requireOnDisk(*doc);
    doc->undoStack()->undo();
    CHECK(doc->feedback(*other)->cardId == 4);
    CHECK(doc->feedback(*other)->cardHint.isEmpty());
    requireOnDisk(*doc);
    reopened = reopenedFeedback(doc);
    CHECK(reopened[1].cardId == 4);
}

TEST_CASE("redacting or removing feedback leaves none of the customer's words in the file",
          "[store][feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const QString path = doc->path();
    const QByteArray shortPhrase = "my neighbour Greta Lindqvist told me";
    // A long text lives in overflow pages, which a deletion frees.
    const QByteArray longPhrase = "call me on 0176 5550 1234 after six";
    QString longText;
    for (int i = 0; i < 400; ++i)
        longText += QString::fromUtf8(longPhrase) + QStringLiteral(" #%1; ").arg(i);
    const QByteArray removedPhrase = "the engineer Piotr was rude";

    Feedback a = praiseOnCheckout();
    a.text = QString::fromUtf8(shortPhrase);
    Feedback b = praiseOnCheckout();
    b.text = longText;
    Feedback c = praiseOnCheckout();
    c.text = QString::fromUtf8(removedPhrase);
    auto ids = edit::addFeedbackItems(*doc, {a, b, c});
    REQUIRE(ids.ok());
    // Some ordinary edits in between, as a day's work would have.
    for (int i = 0; i < 20; ++i) {
        Card card = *doc->card(1);
        card.title = QStringLiteral("Social ad %1").arg(i);
        REQUIRE_FALSE(edit::editCard(*doc, card));
    }
    QByteArray bytes = diskBytes(path);
    REQUIRE(bytes.contains(shortPhrase)); // the test can see them while they are there
    REQUIRE(bytes.contains(longPhrase));
    REQUIRE(bytes.contains(removedPhrase));

    REQUIRE_FALSE(edit::redactFeedback(*doc, ids->mid(0, 2)));
    REQUIRE_FALSE(edit::removeFeedback(*doc, {ids->at(2)}));
    // At once, while the map is open (a crash now would leave this)...
    bytes = diskBytes(path);
    CHECK_FALSE(bytes.contains(shortPhrase));
    CHECK_FALSE(bytes.contains(longPhrase));
    CHECK_FALSE(bytes.contains(removedPhrase));
    // ...and once it is closed: the items still count, without their words.
    doc.reset();
    bytes = diskBytes(path);
    CHECK_FALSE(bytes.contains(shortPhrase));
    CHECK_FALSE(bytes.contains(longPhrase));
    CHECK_FALSE(bytes.contains(removedPhrase));
    auto reopened = Document::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->feedbackCount() == 2);
    CHECK(reopened.value()->feedback(ids->at(1))->redacted);
}

TEST_CASE("a new file holds the feedback it is created with", "[store][feedback]")
{
    test::TempDir dir;
    DocumentData data = test::smallDocument();
    Feedback a = praiseOnCheckout();
    a.id = 7;
    Feedback b = unsortedComplaint();
    b.id = 3;
    Feedback redacted;
    redacted.id = 9;
    redacted.cardId = 1;
    redacted.redacted = true;
    redacted.kind = FeedbackKind::Complaint;
    data.feedback = {a, b, redacted};
    data.canonicalize();
    const QString path = dir.file(QStringLiteral("new.cxmap"));
    auto store = Store::create(path, data);
    REQUIRE(store.ok());
    auto read = store.value()->readAll();
    REQUIRE(read.ok());
    CHECK(read->feedback == data.feedback);
    CHECK(*read == data);
    store.value().reset();
    CHECK(queryInt(path, "SELECT card_id IS NULL FROM feedback WHERE id = 3") == 1);
    CHECK(queryInt(path, "SELECT score FROM feedback WHERE id = 7") == 10);
}

TEST_CASE("a hostile feedback row is refused with a message naming it, the file untouched",
          "[store][feedback]")
{
    struct Case
    {
        const char* what;
        const char* values; // id 40, on card 2 unless said
        const char* message;
    };
    const Case cases[] = {
        {"a missing card",
         "40, 99, 'x', 0, 'praise', 1, 'survey', '', '', '', 'none', NULL, '', ''",
         "feedback item 40 is on card 99, which the map does not have"},
        {"card 0", "40, 0, 'x', 0, 'praise', 1, 'survey', '', '', '', 'none', NULL, '', ''",
         "feedback item 40 is on card 0"},
        {"an unknown kind", "40, 2, 'x', 0, 'rant', 1, 'survey', '', '', '', 'none', NULL, '', ''",
         "feedback item 40 has an unknown kind \"rant\""},
        {"an unknown source", "40, 2, 'x', 0, 'praise', 1, 'fax', '', '', '', 'none', NULL, '', ''",
         "feedback item 40 has an unknown source \"fax\""},
        {"an unknown scale", "40, 2, 'x', 0, 'praise', 1, 'nps', '', '', '', 'stars', 3, '', ''",
         "feedback item 40 has an unknown score scale \"stars\""},
        {"a sentiment of 7",
         "40, 2, 'x', 0, 'praise', 7, 'survey', '', '', '', 'none', NULL, '', ''",
         "feedback item 40 has a sentiment of 7"},
        {"a sentiment in words",
         "40, 2, 'x', 0, 'praise', 'high', 'survey', '', '', '', 'none', NULL, '', ''",
         "feedback item 40 has a value that is not a number"},
        {"an NPS score of 11", "40, 2, 'x', 0, 'praise', 1, 'nps', '', '', '', 'nps', 11, '', ''",
         "feedback item 40 has a score of 11"},
        {"a CSAT score of 0", "40, 2, 'x', 0, 'praise', 1, 'nps', '', '', '', 'csat', 0, '', ''",
         "A CSAT score goes from 1 to 5"},
        {"a score without a scale",
         "40, 2, 'x', 0, 'praise', 1, 'nps', '', '', '', 'none', 4, '', ''",
         "A score needs its scale"},
        {"redacted words", "40, 2, 'x', 1, 'praise', 1, 'nps', '', '', '', 'none', NULL, '', ''",
         "Redacted feedback keeps no words"},
        {"redacted as 2", "40, 2, '', 2, 'praise', 1, 'nps', '', '', '', 'none', NULL, '', ''",
         "feedback item 40 is neither redacted nor not"},
        {"a date in words",
         "40, 2, 'x', 0, 'praise', 1, 'nps', 'yesterday', '', '', 'none', NULL, '', ''",
         "feedback item 40 has no valid date (\"yesterday\")"},
        {"a day that is not in the calendar",
         "40, 2, 'x', 0, 'praise', 1, 'nps', '2026-02-30', '', '', 'none', NULL, '', ''",
         "feedback item 40 has no valid date (\"2026-02-30\")"},
        {"words larger than CXMap writes",
         "40, 2, printf('%.*c', 4000001, 'x'), 0, 'praise', 1, 'nps', '', '', '', 'none', NULL, "
         "'', ''",
         "feedback item 40 holds a text larger than CXMap writes"},
        {"garbled candidates",
         "40, NULL, 'x', 0, 'praise', 1, 'nps', '', '', '', 'none', NULL, '', '3;DROP'",
         "feedback item 40 names its candidate cards in a form CXMap does not write"},
        {"candidates on a card",
         "40, 2, 'x', 0, 'praise', 1, 'nps', '', '', '', 'none', NULL, '', '3'",
         "Only unsorted feedback names candidate cards"},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            test::TempDir dir;
            const QString path = dir.file(QStringLiteral("hostile.cxmap"));
            REQUIRE(Store::create(path, test::smallDocument()).ok());
            // A stranger's table: same columns, none of the constraints.
            runSql(path, QByteArray("DROP TABLE feedback; CREATE TABLE feedback (id INTEGER "
                                    "PRIMARY KEY, card_id, text, redacted, kind, sentiment, "
                                    "source, date, segment, reference, score_scale, score, "
                                    "card_hint, candidates); INSERT INTO feedback VALUES (") +
                             c.values + ");");
            const QByteArray before = fileBytes(path);
            auto opened = Store::open(path);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().code == ErrorCode::Damaged);
            INFO(opened.error().message.toStdString());
            CHECK(opened.error().message.contains(QString::fromUtf8(c.message)));
            CHECK(opened.error().message.contains(QStringLiteral("hostile.cxmap")));
            CHECK(fileBytes(path) == before);
        }
    }
}

TEST_CASE("a version-5 file is upgraded with an empty feedback table and keeps everything",
          "[store][feedback]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v5.cxmap"));
    DocumentData data = test::smallDocument();
    data.canonicalize();
    REQUIRE(Store::create(path, data).ok());
    runSql(path, "DROP TABLE feedback; PRAGMA user_version = 5;");

    SECTION("read-only: upgraded in memory, the file stays version 5")
    {
        const QByteArray before = fileBytes(path);
        auto doc = Document::open(path, true);
        REQUIRE(doc.ok());
        CHECK(doc.value()->snapshot() == data);
        doc.value().reset();
        CHECK(fileBytes(path) == before);
        CHECK(queryInt(path, "PRAGMA user_version") == 5);
    }
    SECTION("read-write: upgraded in the file, which then keeps feedback")
    {
        auto doc = Document::open(path);
        REQUIRE(doc.ok());
        CHECK(doc.value()->snapshot() == data);
        auto id = edit::addFeedback(*doc.value(), unsortedComplaint());
        REQUIRE(id.ok());
        const DocumentData now = doc.value()->snapshot();
        CHECK(reopenedFeedback(doc.value()) == now.feedback);
        CHECK(doc.value()->snapshot() == now);
        doc.value().reset();
        CHECK(queryInt(path, "PRAGMA user_version") == 6);
    }
    SECTION("a feedback table of someone else's with rows is not taken over")
    {
        runSql(path, "CREATE TABLE feedback (who TEXT, said TEXT); "
                     "INSERT INTO feedback VALUES ('Greta', 'hello');");
        const QByteArray before = fileBytes(path);
        auto doc = Document::open(path);
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().message.contains(QStringLiteral("\"feedback\" table")));
        CHECK(fileBytes(path) == before);
    }
}

TEST_CASE("a version-6 file without its feedback table is refused by name", "[store][feedback]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v6.cxmap"));
    REQUIRE(Store::create(path, test::smallDocument()).ok());
    runSql(path, "ALTER TABLE feedback DROP COLUMN candidates;");
    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(
        QStringLiteral("the \"feedback\" table has no \"candidates\" column")));
}

TEST_CASE("an unsorted item's candidates that name no card are left out when read",
          "[store][feedback]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("candidates.cxmap"));
    REQUIRE(Store::create(path, test::smallDocument()).ok());
    // Card 99 was a candidate once and has been removed since.
    runSql(path, "INSERT INTO feedback (id, card_id, text, card_hint, candidates) "
                 "VALUES (40, NULL, 'Billing is confusing', 'Billing', '5 99 3');");
    auto opened = Store::open(path);
    REQUIRE(opened.ok());
    auto data = opened.value()->readAll();
    REQUIRE(data.ok());
    REQUIRE(data->feedback.size() == 1);
    CHECK(data->feedback.first().candidates == QList<Id>{5, 3});
    CHECK(data->feedback.first().cardHint == QStringLiteral("Billing"));
    CHECK(data->feedback.first().cardId == 0);
}
