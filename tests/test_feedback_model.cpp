// Customer feedback in the model (model/feedbackrules.h, edit::addFeedback
// ...): one undo step each, durable, checked; a removed card's feedback waits
// in the inbox; redaction keeps the item and leaves no words in the history.

#include "commands/edit.h"
#include "model/document.h"
#include "model/feedbackrules.h"
#include "model/historytext.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QUndoStack>

using namespace cx;

namespace {

Feedback item(Id cardId, const QString& text, std::optional<int> sentiment = std::nullopt)
{
    Feedback f;
    f.cardId = cardId;
    f.text = text;
    f.sentiment = sentiment;
    f.source = FeedbackSource::Survey;
    f.date = QDate(2026, 11, 20);
    return f;
}

// Every record of the history as JSON text, to look for words in it.
QString historyText(const Document& doc)
{
    QString all;
    const auto records = doc.history();
    REQUIRE(records);
    for (const HistoryRecord& r : records.value()) {
        for (const QJsonValue& v : {r.change.before, r.change.after}) {
            if (v.isObject())
                all += QString::fromUtf8(QJsonDocument(v.toObject()).toJson());
            else
                all += v.toVariant().toString();
        }
    }
    return all;
}

} // namespace

TEST_CASE("score mappings follow the NPS and CSAT scales", "[feedback]")
{
    const QList<int> nps{-2, -2, -2, -2, -1, -1, -1, 0, 0, 1, 2};
    for (int score = 0; score <= 10; ++score)
        CHECK(sentimentOfScore(ScoreScale::Nps, score) == nps[score]);
    CHECK_FALSE(sentimentOfScore(ScoreScale::Nps, 11));
    CHECK_FALSE(sentimentOfScore(ScoreScale::Nps, -1));
    for (int score = 1; score <= 5; ++score)
        CHECK(sentimentOfScore(ScoreScale::Csat, score) == score - 3);
    CHECK_FALSE(sentimentOfScore(ScoreScale::Csat, 0));
    CHECK(isDetractor(6));
    CHECK_FALSE(isDetractor(7));
    CHECK(isPromoter(9));
    CHECK_FALSE(isPromoter(8));
    Feedback f;
    CHECK_FALSE(isPraise(f));
    f.sentiment = 1;
    CHECK(isPraise(f));
    f.sentiment = 0;
    f.kind = FeedbackKind::Praise;
    CHECK(isPraise(f));
}

TEST_CASE("feedback is added, edited, moved and removed in one undo step each, durably",
          "[feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const QString words = QStringLiteral("  The courier called ahead,\nvery kind  ");
    auto id = edit::addFeedback(*doc, item(2, words, 2));
    REQUIRE(id);
    CHECK(doc->feedbackIdsOf(2) == QList<Id>{id.value()});
    CHECK(doc->feedback(id.value())->text == words); // never trimmed
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Add feedback"));

    Feedback changed = *doc->feedback(id.value());
    changed.kind = FeedbackKind::Praise;
    changed.scale = ScoreScale::Nps;
    changed.score = 10;
    REQUIRE_FALSE(edit::editFeedback(*doc, changed));
    REQUIRE_FALSE(edit::moveFeedback(*doc, {id.value()}, 3));
    CHECK(doc->feedbackIdsOf(2).isEmpty());
    CHECK(doc->feedbackIdsOf(3) == QList<Id>{id.value()});
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Move feedback to “Order processing”"));

    const QString path = doc->path();
    doc.reset();
    auto reopened = Document::open(path);
    REQUIRE(reopened);
    Document& again = *reopened.value();
    const Feedback* kept = again.feedback(id.value());
    REQUIRE(kept);
    CHECK(kept->cardId == 3);
    CHECK(kept->text == words);
    CHECK(kept->kind == FeedbackKind::Praise);
    CHECK(kept->score == 10);

    REQUIRE_FALSE(edit::removeFeedback(again, {id.value()}));
    CHECK(again.feedbackCount() == 0);
    again.undoStack()->undo();
    CHECK(again.feedback(id.value())->text == words);
}

TEST_CASE("feedback values are checked before anything is written", "[feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const int steps = doc->undoStack()->count();
    Feedback bad = item(2, QStringLiteral("ok"), 3);
    CHECK(edit::addFeedback(*doc, bad).error().message.contains(QStringLiteral("-2 to +2")));
    bad = item(2, QStringLiteral("ok"));
    bad.scale = ScoreScale::Csat;
    bad.score = 0;
    CHECK(edit::addFeedback(*doc, bad).error().message.contains(QStringLiteral("1 to 5")));
    CHECK(edit::addFeedback(*doc, item(999, QStringLiteral("ok"))).error().message ==
          QStringLiteral("No card 999"));
    // An import is all or nothing.
    auto many = edit::addFeedbackItems(*doc, {item(2, QStringLiteral("fine")), bad});
    CHECK_FALSE(many);
    CHECK(doc->feedbackCount() == 0);
    CHECK(doc->undoStack()->count() == steps);
}

TEST_CASE("a removed card's feedback waits in the inbox under its title; undo puts it back",
          "[feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    auto ids = edit::addFeedbackItems(
        *doc, {item(2, QStringLiteral("Slow page")), item(2, QStringLiteral("Card refused"))});
    REQUIRE(ids);
    REQUIRE_FALSE(edit::removeCards(*doc, {2}));
    CHECK_FALSE(doc->card(2));
    CHECK(doc->feedbackIdsOf(0) == ids.value());
    CHECK(doc->feedback(ids.value()[0])->cardHint == QStringLiteral("Checkout page"));
    doc->undoStack()->undo();
    CHECK(doc->feedbackIdsOf(2) == ids.value());
    CHECK(doc->feedback(ids.value()[0])->cardHint.isEmpty());
    // Assigning from the inbox clears what the import said.
    doc->undoStack()->redo();
    REQUIRE_FALSE(edit::moveFeedback(*doc, ids.value(), 3));
    CHECK(doc->feedback(ids.value()[1])->cardHint.isEmpty());
    CHECK(doc->feedbackIdsOf(0).isEmpty());
}

TEST_CASE("redacting keeps the item and counts; the history never holds the words",
          "[feedback][history]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const QString secret = QStringLiteral("my neighbour Ann Example at 12 Elm Street");
    auto id = edit::addFeedback(*doc, item(2, secret, -2));
    REQUIRE(id);
    Feedback edited = *doc->feedback(id.value());
    edited.text = secret + QStringLiteral(" again");
    REQUIRE_FALSE(edit::editFeedback(*doc, edited));
    REQUIRE_FALSE(edit::redactFeedback(*doc, {id.value()}));
    const Feedback* f = doc->feedback(id.value());
    CHECK(f->redacted);
    CHECK(f->text.isEmpty());
    CHECK(f->sentiment == -2);
    CHECK(doc->feedbackIdsOf(2).size() == 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Redact feedback"));

    const QString recorded = historyText(*doc);
    CHECK_FALSE(recorded.contains(QStringLiteral("Elm Street")));
    auto records = doc->history();
    REQUIRE(records);
    const HistoryChange& last = records.value().first().change;
    CHECK(last.object == HistoryObject::Feedback);
    CHECK(historytext::describe(last, doc.get()) ==
          QStringLiteral("Redacted feedback on “Checkout page”"));
    // Editing words back into a redacted item is refused.
    Feedback again = *f;
    again.text = QStringLiteral("back");
    CHECK(edit::editFeedback(*doc, again));
}

TEST_CASE("an import of many items is one summary in the history, as is its undo",
          "[feedback][history]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    QList<Feedback> many;
    for (int i = 0; i < 150; ++i)
        many << item(i % 10 == 0 ? 0 : 2, QStringLiteral("row %1").arg(i));
    REQUIRE(edit::addFeedbackItems(*doc, many, QStringLiteral("Import feedback")));
    doc->undoStack()->undo();
    CHECK(doc->feedbackCount() == 0);
    const auto records = doc->history();
    REQUIRE(records);
    REQUIRE(records.value().size() == 2);
    const HistoryChange& undone = records.value()[0].change;
    const HistoryChange& added = records.value()[1].change;
    CHECK(added.object == HistoryObject::Feedback);
    CHECK(added.objectId == 0);
    CHECK(added.after[QLatin1String("unsorted")].toInt() == 15);
    CHECK(historytext::describe(added, doc.get()) == QStringLiteral("Added 150 feedback items"));
    CHECK(historytext::describe(undone, doc.get()) == QStringLiteral("Removed 150 feedback items"));
    CHECK_FALSE(historyText(*doc).contains(QStringLiteral("row 1")));
}

TEST_CASE("a removed card leaves the candidates of unsorted feedback, and undo puts it back",
          "[feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    Feedback unsure = item(0, QStringLiteral("The page or the processing?"));
    unsure.cardHint = QStringLiteral("checkout");
    unsure.candidates = {2, 3};
    auto id = edit::addFeedback(*doc, unsure);
    REQUIRE(id);
    REQUIRE_FALSE(edit::removeCards(*doc, {3}));
    CHECK(doc->feedback(id.value())->candidates == QList<Id>{2});
    doc->undoStack()->undo();
    CHECK(doc->feedback(id.value())->candidates == QList<Id>({2, 3}));
}

TEST_CASE("a named version keeps the feedback but not the customer's words", "[feedback]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    auto id = edit::addFeedback(*doc, item(2, QStringLiteral("Ann's private remark"), -1));
    REQUIRE(id);
    auto version = doc->createVersion(QStringLiteral("Before the workshop"));
    REQUIRE(version);
    auto kept = doc->version(version.value());
    REQUIRE(kept);
    REQUIRE(kept.value().feedback.size() == 1);
    CHECK(kept.value().feedback.first().text.isEmpty());
    // Read back, it says its words were left out on purpose.
    CHECK(kept.value().feedback.first().redacted);
    CHECK(kept.value().feedback.first().sentiment == -1);
}

TEST_CASE("words edited out of an item leave no copy on the disk while the map is open",
          "[feedback][store]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const QString path = doc->path();
    const auto disk = [&path] {
        QByteArray all;
        for (const QString& name : {path, path + QStringLiteral("-wal")}) {
            QFile f(name);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    };
    const QByteArray address = "write to greta.lindqvist@example.org";
    auto id = edit::addFeedback(
        *doc, item(2, QStringLiteral("Slow refund, ") + QString::fromUtf8(address), -1));
    REQUIRE(id);
    REQUIRE(disk().contains(address));
    Feedback edited = *doc->feedback(id.value());
    edited.text = QStringLiteral("Slow refund, [address removed]");
    REQUIRE_FALSE(edit::editFeedback(*doc, edited));
    CHECK_FALSE(disk().contains(address));
    CHECK(disk().contains("[address removed]"));
}
