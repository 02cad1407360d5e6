// Reviews (analysis/reviews.h, edit::markReviewed): a department head marks
// their cards reviewed in one undoable, durable step; a card is stale once
// its review is older than the map's interval (a clock the test moves); the
// counts per department; the JSON form; the upgrade of a version 4 file; and
// `cxmap review`.

#include "analysis/reviews.h"
#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <sqlite3.h>

using namespace cx;

namespace {

const QDateTime monday(QDate(2026, 9, 7), QTime(10, 0), Qt::UTC);

struct ReviewedMap
{
    test::TempDir dir;
    QDateTime now = monday;
    std::unique_ptr<Document> doc;

    ReviewedMap() : doc(test::smallDocumentFile(dir))
    {
        doc->setAuthor(QStringLiteral("ines"));
        doc->setClock([this] { return now; });
    }
};

// The small map as a file of the previous version: no reviews, no actions.
QString versionFourFile(const test::TempDir& dir)
{
    const QString path = dir.file(QStringLiteral("v4.cxmap"));
    REQUIRE(Document::create(path, test::smallDocument()).ok());
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db,
                                "DROP TABLE card_reviews; DROP TABLE card_actions; "
                                "PRAGMA user_version = 4;",
                                nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    return path;
}

} // namespace

TEST_CASE("marking cards reviewed stamps who and when in one undo step that survives reopening",
          "[reviews]")
{
    ReviewedMap m;
    Document& doc = *m.doc;
    // IT (department 2) is accountable for cards 2 and 3.
    const QList<Id> it = accountableCards(doc, 0, 2);
    REQUIRE(it == QList<Id>{2, 3});
    const int steps = doc.undoStack()->count();
    REQUIRE_FALSE(edit::markReviewed(doc, {2, 3, 2}));
    CHECK(doc.undoStack()->count() == steps + 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Mark 2 cards reviewed"));
    for (Id id : it) {
        CHECK(doc.card(id)->reviewedAt == monday);
        CHECK(doc.card(id)->reviewedBy == QStringLiteral("ines"));
    }
    CHECK_FALSE(doc.card(1)->reviewedAt.isValid());

    // The history says who reviewed what, before and after.
    HistoryFilter f;
    f.object = HistoryObject::Card;
    f.objectId = 2;
    auto records = doc.history(f);
    REQUIRE(records.ok());
    REQUIRE_FALSE(records->isEmpty());
    CHECK(records->first().change.field == QStringLiteral("reviewed"));
    CHECK(records->first().change.before.isNull());
    CHECK(records->first().change.after.toObject().value("by").toString() ==
          QStringLiteral("ines"));

    const QString path = doc.path();
    m.doc.reset();
    auto reopened = Document::open(path, true);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->card(2)->reviewedAt == monday);
    CHECK(reopened.value()->card(3)->reviewedBy == QStringLiteral("ines"));
}

TEST_CASE("undoing a review puts the previous review back", "[reviews]")
{
    ReviewedMap m;
    Document& doc = *m.doc;
    REQUIRE_FALSE(edit::markReviewed(doc, {2}));
    m.now = monday.addDays(30);
    doc.setAuthor(QStringLiteral("omar"));
    REQUIRE_FALSE(edit::markReviewed(doc, {2}));
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Mark \u201cCheckout page\u201d reviewed"));
    CHECK(doc.card(2)->reviewedBy == QStringLiteral("omar"));
    doc.undoStack()->undo();
    CHECK(doc.card(2)->reviewedAt == monday);
    CHECK(doc.card(2)->reviewedBy == QStringLiteral("ines"));
    doc.undoStack()->undo();
    CHECK_FALSE(doc.card(2)->reviewedAt.isValid());
    CHECK(doc.card(2)->reviewedBy.isEmpty());
}

TEST_CASE("a card goes stale when its review is older than the map's interval", "[reviews]")
{
    ReviewedMap m;
    Document& doc = *m.doc;
    CHECK(doc.reviewIntervalDays() == 90);
    CHECK(isStale(doc, *doc.card(2))); // never reviewed
    REQUIRE_FALSE(edit::markReviewed(doc, {2}));
    CHECK_FALSE(isStale(doc, *doc.card(2)));
    m.now = monday.addDays(89);
    CHECK_FALSE(isStale(doc, *doc.card(2)));
    CHECK(reviewCount(doc, 0, 2).reviewed == 1);
    CHECK(reviewCount(doc, 0, 2).cards == 2);
    CHECK(reviewSummary(reviewCount(doc, 0, 2), QStringLiteral("IT"), 90) ==
          QStringLiteral("1 of 2 IT cards reviewed in the last 90 days"));
    m.now = monday.addDays(90);
    CHECK(isStale(doc, *doc.card(2)));
    CHECK(reviewCount(doc, 0, 2).stale() == 2);

    // A shorter interval makes a fresh review stale sooner; it is undoable.
    REQUIRE_FALSE(edit::markReviewed(doc, {2}));
    m.now = m.now.addDays(31);
    CHECK_FALSE(isStale(doc, *doc.card(2)));
    REQUIRE_FALSE(edit::setReviewInterval(doc, 30));
    CHECK(doc.reviewIntervalDays() == 30);
    CHECK(isStale(doc, *doc.card(2)));
    doc.undoStack()->undo();
    CHECK(doc.reviewIntervalDays() == 90);
    doc.undoStack()->redo();
    CHECK(edit::setReviewInterval(doc, 0).code == ErrorCode::InvalidArgument);
    CHECK(edit::setReviewInterval(doc, 3651).code == ErrorCode::InvalidArgument);
    CHECK(edit::markReviewed(doc, {}).code == ErrorCode::InvalidArgument);
    CHECK(edit::markReviewed(doc, {999}).code == ErrorCode::InvalidArgument);

    const QString path = doc.path();
    m.doc.reset();
    auto reopened = Document::open(path, true);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->reviewIntervalDays() == 30);
}

TEST_CASE("reviews and the interval travel in the JSON form, older JSON has none",
          "[reviews][json]")
{
    ReviewedMap m;
    REQUIRE_FALSE(edit::markReviewed(*m.doc, {1}));
    REQUIRE_FALSE(edit::setReviewInterval(*m.doc, 45));
    const DocumentData data = m.doc->snapshot();
    const QByteArray json = toJson(data);
    auto back = fromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value() == data);
    CHECK(back->reviewIntervalDays == 45);

    // A card's "reviewed" is checked like any member.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray journeys = root["journeys"].toArray();
    QJsonObject journey = journeys[0].toObject();
    QJsonArray cards = journey["cards"].toArray();
    QJsonObject card = cards[0].toObject();
    card["reviewed"] = QJsonObject{{"at", "last Tuesday"}, {"by", "ines"}};
    cards[0] = card;
    journey["cards"] = cards;
    journeys[0] = journey;
    root["journeys"] = journeys;
    auto bad = fromJson(QJsonDocument(root).toJson());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("reviewed.at")));

    // Version 3 had neither: every card unreviewed, 90 days.
    root = QJsonDocument::fromJson(toJson(test::smallDocument())).object();
    root["version"] = 3;
    root.remove("review_interval_days");
    auto old = fromJson(QJsonDocument(root).toJson());
    REQUIRE(old.ok());
    CHECK(old->reviewIntervalDays == 90);
    CHECK_FALSE(old->cards.first().reviewedAt.isValid());
}

TEST_CASE("a version 4 file is upgraded and keeps reviews from then on", "[reviews][migration]")
{
    test::TempDir dir;
    const QString path = versionFourFile(dir);
    auto doc = Document::open(path);
    REQUIRE(doc.ok());
    CHECK(doc.value()->reviewIntervalDays() == 90);
    REQUIRE_FALSE(edit::markReviewed(*doc.value(), {3}));
    doc.value().reset();
    auto reopened = Document::open(path, true);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->card(3)->reviewedAt.isValid());
}

TEST_CASE("cxmap review marks a department's cards and reports the stale ones", "[reviews][cli]")
{
    test::TempDir dir;
    const QString path = test::smallDocumentFile(dir)->path();
    test::Run r = test::cxmap({"review", path, "--department", "it"});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("0 of 2 IT cards reviewed in the last 90 days")));
    CHECK(r.out.contains(QStringLiteral("stale: Purchase \u00b7 Touchpoints \u00b7 Checkout page  "
                                        "(never reviewed)")));

    r = test::cxmap({"review", path, "--mark", "--department", "IT"});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Marked 2 cards reviewed by ")));
    r = test::cxmap({"review", path, "--json"});
    REQUIRE(r.code == 0);
    const QJsonObject state = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(state["interval_days"].toInt() == 90);
    const QJsonArray departments = state["departments"].toArray();
    REQUIRE(departments.size() == 2);
    CHECK(departments[0]["department"].toString() == QStringLiteral("Marketing"));
    CHECK(departments[0]["reviewed"].toInt() == 0);
    CHECK(departments[1]["reviewed"].toInt() == 2);
    CHECK(departments[1]["stale"].toArray().isEmpty());

    r = test::cxmap({"review", path, "--interval", "0"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("1 to 3650 days")));
    r = test::cxmap({"review", path, "--mark"});
    CHECK(r.code == 2);
    r = test::cxmap({"review", path, "--department", "Legal"});
    CHECK(r.code == 1);
}

TEST_CASE("an older file opened read-only reads as a current one and stays as it was",
          "[reviews][migration]")
{
    test::TempDir dir;
    const QString path = versionFourFile(dir);
    const QByteArray before = test::readFile(path);
    {
        auto doc = Document::open(path, true);
        REQUIRE(doc.ok());
        CHECK(doc.value()->isReadOnly());
        CHECK(doc.value()->snapshot().cards.size() == test::smallDocument().cards.size());
        CHECK(doc.value()->reviewIntervalDays() == 90);
        CHECK(doc.value()->history().ok());
    }
    CHECK(test::readFile(path) == before);
    test::Run r = test::cxmap({"review", path});
    CHECK(r.code == 0);
    CHECK(test::readFile(path) == before);
}
