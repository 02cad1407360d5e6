// Customer feedback in the JSON document format: a lossless round trip, older
// files without it, every bad value refused with its path, and a form
// without the customers' words.

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cx;

namespace {

// The small map with feedback of every form: on a card with an NPS score, in
// the inbox with candidates and a hint, redacted, and with nothing said.
DocumentData mapWithFeedback()
{
    DocumentData d = test::smallDocument();
    Feedback a;
    a.id = 4;
    a.cardId = 2;
    a.text = QStringLiteral("  Paid in two clicks \u2014 \u00e9tonnant!\n\"Would\" buy again ");
    a.kind = FeedbackKind::Praise;
    a.source = FeedbackSource::Nps;
    a.scale = ScoreScale::Nps;
    a.score = 9;
    a.sentiment = 1;
    a.date = QDate(2026, 11, 28);
    a.segment = QStringLiteral("Busy parent");
    a.reference = QStringLiteral("https://survey.example/r/8812?x=<b>");
    Feedback b;
    b.id = 2;
    b.text = QStringLiteral("The invoice came twice");
    b.kind = FeedbackKind::Complaint;
    b.source = FeedbackSource::Ticket;
    b.scale = ScoreScale::Csat;
    b.score = 2;
    b.sentiment = -1;
    b.cardHint = QStringLiteral("Billing");
    b.candidates = {5, 3};
    Feedback c;
    c.id = 9;
    c.cardId = 1;
    c.redacted = true;
    c.kind = FeedbackKind::Question;
    c.source = FeedbackSource::Social;
    Feedback e;
    e.id = 11;
    e.cardId = 5;
    e.text = QStringLiteral("ok");
    d.feedback = {a, b, c, e};
    d.canonicalize();
    return d;
}

QJsonObject rootOf(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }

QByteArray textOf(const QJsonObject& root) { return QJsonDocument(root).toJson(); }

// The JSON of mapWithFeedback with member `key` of feedback item `index` set.
QByteArray withItemMember(int index, const QString& key, const QJsonValue& value)
{
    QJsonObject root = rootOf(toJson(mapWithFeedback()));
    QJsonArray items = root.value(QStringLiteral("feedback")).toArray();
    QJsonObject item = items.at(index).toObject();
    item.insert(key, value);
    items.replace(index, item);
    root.insert(QStringLiteral("feedback"), items);
    return textOf(root);
}

} // namespace

TEST_CASE("feedback goes through JSON and back unchanged", "[json][feedback]")
{
    const DocumentData data = mapWithFeedback();
    const QByteArray json = toJson(data);
    const QJsonArray items = rootOf(json).value(QStringLiteral("feedback")).toArray();
    REQUIRE(items.size() == 4);
    // By id; the inbox as null; a score with its scale; the words as given.
    CHECK(items.at(0).toObject().value(QStringLiteral("id")).toInt() == 2);
    CHECK(items.at(0).toObject().value(QStringLiteral("card")).isNull());
    CHECK(items.at(1).toObject().value(QStringLiteral("score")).toObject().value("scale") ==
          QStringLiteral("nps"));
    CHECK(items.at(1).toObject().value(QStringLiteral("text")).toString() == data.feedback[1].text);

    auto read = fromJson(json);
    REQUIRE(read.ok());
    CHECK(read->feedback == data.feedback);
    CHECK(*read == data);
    CHECK(toJson(*read) == json);
}

TEST_CASE("a map's feedback exported to JSON imports into an equal map", "[json][feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    DocumentData source = mapWithFeedback();
    for (Feedback& f : source.feedback)
        f.id = 0;
    auto ids = edit::addFeedbackItems(*doc, source.feedback);
    REQUIRE(ids.ok());
    REQUIRE_FALSE(edit::redactFeedback(*doc, {ids->at(1)}));
    const DocumentData snapshot = doc->snapshot();

    auto read = fromJson(toJson(snapshot));
    REQUIRE(read.ok());
    CHECK(*read == snapshot);
    auto copy = Document::create(dir.file(QStringLiteral("copy.cxmap")), *read);
    REQUIRE(copy.ok());
    CHECK(copy.value()->snapshot() == snapshot);
}

TEST_CASE("JSON without feedback still reads, with none", "[json][feedback]")
{
    QJsonObject root = rootOf(toJson(mapWithFeedback()));
    root.remove(QStringLiteral("feedback"));
    root.insert(QStringLiteral("version"), 4);
    auto read = fromJson(textOf(root));
    REQUIRE(read.ok());
    CHECK(read->feedback.isEmpty());
    DocumentData expected = mapWithFeedback();
    expected.feedback.clear();
    CHECK(*read == expected);
}

TEST_CASE("every bad feedback value is refused with its JSON path", "[json][feedback]")
{
    // Items by id: [0] id 2 (inbox), [1] id 4 (card 2), [2] id 9, [3] id 11.
    struct Case
    {
        const char* what;
        QByteArray json;
        const char* message;
    };
    const QJsonObject npsEleven{{"scale", "nps"}, {"value", 11}};
    const QJsonObject csatZero{{"scale", "csat"}, {"value", 0}};
    const QJsonObject noScale{{"scale", "none"}, {"value", 3}};
    const Case cases[] = {
        {"a missing card", withItemMember(1, "card", 99), "feedback[1].card: no card with id 99"},
        {"a card in words", withItemMember(1, "card", "Checkout"),
         "feedback[1].card: expected an integer"},
        {"an unknown kind", withItemMember(1, "kind", "rant"),
         "feedback[1].kind: unknown feedback kind \"rant\""},
        {"an unknown source", withItemMember(1, "source", "fax"),
         "feedback[1].source: unknown feedback source \"fax\""},
        {"a sentiment of 3", withItemMember(1, "sentiment", 3),
         "feedback[1].sentiment: 3 is out of range -2..2"},
        {"a sentiment of 1.5", withItemMember(1, "sentiment", 1.5),
         "feedback[1].sentiment: 1.5 is not an integer"},
        {"an NPS score of 11", withItemMember(1, "score", npsEleven),
         "feedback[1].score.value: 11 is out of range 0..10"},
        {"a CSAT score of 0", withItemMember(1, "score", csatZero),
         "feedback[1].score.value: 0 is out of range 1..5 for a CSAT score"},
        {"a score without a scale", withItemMember(1, "score", noScale),
         "feedback[1].score.scale: a score needs its scale"},
        {"a score as a number", withItemMember(1, "score", 7),
         "feedback[1].score: expected an object"},
        {"a date not in ISO form", withItemMember(1, "date", "28/11/2026"),
         "feedback[1].date: \"28/11/2026\" is not a day written YYYY-MM-DD"},
        {"a date that is no day", withItemMember(1, "date", "2026-02-30"),
         "feedback[1].date: \"2026-02-30\" is not a day"},
        {"redacted in words", withItemMember(1, "redacted", "yes"),
         "feedback[1].redacted: expected true or false"},
        {"redacted with words", withItemMember(1, "redacted", true),
         "feedback[1].text: a redacted item keeps no words"},
        {"a candidate that is no card", withItemMember(0, "candidates", QJsonArray{5, 99}),
         "feedback[0].candidates[1]: no card with id 99"},
        {"a candidate twice", withItemMember(0, "candidates", QJsonArray{5, 5}),
         "feedback[0].candidates[1]: card 5 is listed twice"},
        {"candidates on a card", withItemMember(1, "candidates", QJsonArray{5}),
         "feedback[1].candidates: only an unsorted item"},
        {"a hint on a card", withItemMember(1, "card_hint", "Billing"),
         "feedback[1].card_hint: only an unsorted item"},
        {"a duplicate id", withItemMember(1, "id", 2), "feedback[1].id: duplicate feedback id 2"},
        {"an id of 0", withItemMember(1, "id", 0), "feedback[1].id: 0 is not a valid id"},
        {"an unknown member", withItemMember(1, "email", "greta@example.org"),
         "feedback[1].email: unknown member"},
        {"a long segment", withItemMember(1, "segment", QString(1001, u'x')),
         "feedback[1].segment: a text of 1001 characters is longer than the 1000"},
        {"words with a NUL", withItemMember(1, "text", QStringLiteral("a\u0000b")),
         "feedback[1].text: holds"},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            auto read = fromJson(c.json);
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().code == ErrorCode::InvalidData);
            INFO(read.error().message.toStdString());
            CHECK(read.error().message.contains(QString::fromUtf8(c.message)));
        }
    }
    SECTION("feedback that is not an array")
    {
        QJsonObject root = rootOf(toJson(mapWithFeedback()));
        root.insert(QStringLiteral("feedback"), QJsonObject());
        auto read = fromJson(textOf(root));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("feedback: expected an array")));
    }
}

TEST_CASE("JSON without the customers' words keeps every item but its words", "[json][feedback]")
{
    const DocumentData data = mapWithFeedback();
    const QByteArray json = toJson(data, FeedbackWords::LeftOut);
    CHECK_FALSE(json.contains("Paid in two clicks"));
    CHECK_FALSE(json.contains("The invoice came twice"));
    CHECK(toJson(data, FeedbackWords::Kept) == toJson(data));
    auto read = fromJson(json);
    REQUIRE(read.ok());
    REQUIRE(read->feedback.size() == data.feedback.size());
    for (qsizetype i = 0; i < data.feedback.size(); ++i) {
        // An item whose words were left out reads as redacted.
        Feedback expected = data.feedback[i];
        expected.redacted = expected.redacted || !expected.text.isEmpty();
        expected.text.clear();
        CHECK(read->feedback[i] == expected);
    }
}

TEST_CASE("candidates naming a card that is gone are left out of an export", "[json][feedback]")
{
    DocumentData data = mapWithFeedback();
    data.feedback[0].candidates = {5, 77, 3}; // card 77 was removed since the import
    auto read = fromJson(toJson(data));
    REQUIRE(read.ok());
    CHECK(read->feedback[0].candidates == QList<Id>{5, 3});
}
