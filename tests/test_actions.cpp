// Actions on pain points and opportunities (analysis/actions.h,
// edit::addAction ...): one undo step each, durable, refused on other cards;
// overdue by the map's clock; a department's list; JSON and CSV; a removed
// department hands its actions on.

#include "analysis/actions.h"
#include "analysis/digest.h"
#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

using namespace cx;

namespace {

constexpr Id Marketing = 1;
constexpr Id It = 2;

CardAction action(const QString& what, Id owner, QDate due)
{
    CardAction a;
    a.what = what;
    a.ownerId = owner;
    a.due = due;
    return a;
}

struct ActionMap
{
    test::TempDir dir;
    QDateTime now = QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    ActionMap()
    {
        doc->setClock([this] { return now; });
    }
};

} // namespace

TEST_CASE("an action on a pain point is one undo step, durable, and overdue after its day",
          "[actions]")
{
    ActionMap m;
    Document& doc = *m.doc;
    // Card 2 (checkout page) is a high pain point; card 5 is a customer action.
    const CardAction fix =
        action(QStringLiteral("Show the delivery date"), It, QDate(2026, 11, 10));
    REQUIRE_FALSE(edit::addAction(doc, 2, fix));
    CHECK(doc.undoStack()->undoText() ==
          QStringLiteral("Add action \u201cShow the delivery date\u201d"));
    CHECK(doc.card(2)->actions == QList<CardAction>{fix});
    CHECK(edit::addAction(doc, 5, fix).code == ErrorCode::InvalidArgument);
    CHECK(edit::addAction(doc, 2, action(QStringLiteral("  "), It, {})).code ==
          ErrorCode::InvalidArgument);
    CHECK(edit::addAction(doc, 2, action(QStringLiteral("x"), 42, {})).code ==
          ErrorCode::InvalidArgument);
    CHECK(edit::removeAction(doc, 2, 3).code == ErrorCode::InvalidArgument);

    CHECK_FALSE(isOverdue(doc.card(2)->actions[0], today(doc)));
    m.now = QDateTime(QDate(2026, 11, 11), QTime(9, 0), Qt::UTC);
    CHECK(isOverdue(doc.card(2)->actions[0], today(doc)));
    CHECK(overdueCount(*doc.card(2), today(doc)) == 1);

    CardAction done = fix;
    done.status = CardStatus::Done;
    REQUIRE_FALSE(edit::editAction(doc, 2, 0, done));
    CHECK(overdueCount(*doc.card(2), today(doc)) == 0);
    doc.undoStack()->undo();
    CHECK(overdueCount(*doc.card(2), today(doc)) == 1);

    // The history keeps the list before and after.
    HistoryFilter f;
    f.field = QStringLiteral("actions");
    auto records = doc.history(f);
    REQUIRE(records.ok());
    REQUIRE_FALSE(records->isEmpty());
    CHECK(records->first().change.after.toArray().first()["what"].toString() ==
          QStringLiteral("Show the delivery date"));

    const QString path = doc.path();
    m.doc.reset();
    auto reopened = Document::open(path, true);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->card(2)->actions == QList<CardAction>{fix});
}

TEST_CASE("a department's actions, in JSON and in CSV guarded for spreadsheets", "[actions]")
{
    ActionMap m;
    Document& doc = *m.doc;
    REQUIRE_FALSE(edit::addAction(
        doc, 2, action(QStringLiteral("=HYPERLINK(\"x\")"), It, QDate(2026, 10, 1))));
    REQUIRE_FALSE(edit::addAction(doc, 3, action(QStringLiteral("Batch at noon"), Marketing, {})));
    REQUIRE_FALSE(edit::addAction(doc, 2, action(QStringLiteral("Survey"), 0, {})));
    const QList<ActionRef> its = departmentActions(doc, It);
    REQUIRE(its.size() == 1);
    CHECK(its[0].cardId == 2);
    CHECK(departmentActions(doc, 0).size() == 3);

    const QByteArray csv = actionsCsv(doc, its);
    CHECK(csv == QByteArray("card_id,card,stage,what,owner,due,status,overdue\r\n"
                            "2,Checkout page,Purchase,\"'=HYPERLINK(\"\"x\"\")\",IT,2026-10-01,"
                            "open,yes\r\n"));
    const QJsonArray json = actionsJson(doc, departmentActions(doc, Marketing));
    REQUIRE(json.size() == 1);
    CHECK(json[0]["what"].toString() == QStringLiteral("Batch at noon"));
    CHECK(json[0]["due"].isNull());
    CHECK(json[0]["overdue"].toBool() == false);

    // Lossless in the map's JSON; a bad due day is refused by path.
    const DocumentData data = doc.snapshot();
    auto back = fromJson(toJson(data));
    REQUIRE(back.ok());
    CHECK(back.value() == data);
    QByteArray bad = toJson(data).replace("\"2026-10-01\"", "\"1 October\"");
    auto refused = fromJson(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("actions[0].due")));
}

TEST_CASE("removing a department hands its actions to the replacement, and undo back", "[actions]")
{
    ActionMap m;
    Document& doc = *m.doc;
    REQUIRE_FALSE(edit::addAction(doc, 2, action(QStringLiteral("Batch at noon"), Marketing, {})));
    REQUIRE_FALSE(edit::removeDepartment(doc, Marketing, It));
    CHECK(doc.card(2)->actions[0].ownerId == It);
    doc.undoStack()->undo();
    CHECK(doc.card(2)->actions[0].ownerId == Marketing);
    REQUIRE_FALSE(edit::removeDepartment(doc, Marketing));
    CHECK(doc.card(2)->actions[0].ownerId == 0);
}

TEST_CASE("the digest lists the department's overdue actions", "[actions][digest]")
{
    ActionMap m;
    Document& doc = *m.doc;
    REQUIRE_FALSE(edit::addAction(
        doc, 2, action(QStringLiteral("Show the delivery date"), It, QDate(2026, 11, 10))));
    REQUIRE_FALSE(
        edit::addAction(doc, 3, action(QStringLiteral("Batch at noon"), It, QDate(2026, 12, 24))));
    m.now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    auto d = makeDigest(doc, It);
    REQUIRE(d.ok());
    REQUIRE(d->overdue.size() == 1);
    CHECK(digestText(doc, *d, false)
              .contains(QStringLiteral("Overdue actions (1)\n- Show the delivery date (due "
                                       "2026-11-10): \u201cCheckout page\u201d\n")));
}

TEST_CASE("cxmap actions plans an action and lists a department's, overdue, as JSON and CSV",
          "[actions][cli]")
{
    test::TempDir dir;
    const QString path = test::smallDocumentFile(dir)->path();
    test::Run r = test::cxmap({"actions", path, "--add", "--card-id", "2", "--what",
                               "Show the delivery date", "--owner", "IT", "--due", "2020-01-31"});
    REQUIRE(r.code == 0);
    r = test::cxmap({"actions", path, "--add", "--card-id", "3", "--what", "Batch at noon"});
    REQUIRE(r.code == 0);
    r = test::cxmap({"actions", path, "--add", "--card-id", "5", "--what", "x"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("neither")));

    r = test::cxmap({"actions", path, "--overdue"});
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("OVERDUE  2020-01-31  open  Show the delivery date  (IT; card 2 "
                                  "Checkout page)\n"));
    const QString csv = dir.file(QStringLiteral("it.csv"));
    r = test::cxmap({"actions", path, "--department", "IT", "--csv", csv});
    REQUIRE(r.code == 0);
    CHECK(test::readFile(csv).endsWith(
        "2,Checkout page,Purchase,Show the delivery date,IT,2020-01-31,open,yes\r\n"));
    r = test::cxmap({"actions", path, "--json"});
    REQUIRE(r.code == 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(all.size() == 2);
    CHECK(all[1]["what"].toString() == QStringLiteral("Batch at noon"));
    CHECK(all[1]["owner"].isNull());
}

TEST_CASE("a copy of a card or of a journey is not reviewed and carries no actions",
          "[actions][reviews]")
{
    ActionMap m;
    Document& doc = *m.doc;
    REQUIRE_FALSE(edit::addAction(doc, 2, action(QStringLiteral("Fix"), It, {})));
    REQUIRE_FALSE(edit::markReviewed(doc, {2}));
    auto copies = edit::duplicateCards(doc, {2});
    REQUIRE(copies.ok());
    const Card* copy = doc.card(copies->first());
    CHECK(copy->actions.isEmpty());
    CHECK_FALSE(copy->reviewedAt.isValid());
    auto journey = edit::cloneJourney(doc, 1, QStringLiteral("Future"), JourneyState::Future);
    REQUIRE(journey.ok());
    for (Id id : doc.cardIdsOfJourney(*journey)) {
        CHECK(doc.card(id)->actions.isEmpty());
        CHECK_FALSE(doc.card(id)->reviewedAt.isValid());
    }
    CHECK(doc.card(2)->actions.size() == 1); // the original keeps them
}

TEST_CASE("a digest does not count an undone delete as an added card", "[digest]")
{
    ActionMap m;
    Document& doc = *m.doc;
    REQUIRE_FALSE(edit::markReviewed(doc, {2, 3}));
    m.now = m.now.addDays(1);
    REQUIRE_FALSE(edit::removeCards(doc, {3}));
    doc.undoStack()->undo();
    auto d = makeDigest(doc, It);
    REQUIRE(d.ok());
    CHECK(d->added.isEmpty());
    CHECK(d->removed.isEmpty());
}
