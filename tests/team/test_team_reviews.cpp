// A living team map (issue 19): reviews written by the server (who and when
// are never the client's word), actions kept with their card's rights, and
// the map's review interval changed by its facilitators, all seen by the
// other clients and recorded in the history.

#include "analysis/actions.h"
#include "analysis/reviews.h"
#include "commands/edit.h"
#include "model/document.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testprocess.h"
#include "testutil.h"

#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace cx;
using cx::test::connectTo;
using cx::test::waitFor;

namespace {

// The sample published by alice (facilitator); bob a member of Billing &
// Finance, carol a viewer. own is a Billing & Finance card with an impact
// (so it takes actions), other a card of another department.
struct ReviewTeam : test::SampleTeam
{
    Id own = 0, other = 0;

    ReviewTeam()
    {
        for (Card& c : data.cards) {
            if (c.accountableId == billing && !own) {
                own = c.id;
                c.impact = Level::High;
            } else if (c.accountableId && c.accountableId != billing && !other) {
                other = c.id;
                // Reviewed in the file: the server records it as the
                // publisher's, made when published.
                c.reviewedAt = QDateTime(QDate(2020, 2, 2), QTime(8, 0), Qt::UTC);
                c.reviewedBy = QStringLiteral("someone");
            }
        }
        REQUIRE(own != 0);
        REQUIRE(other != 0);
        publish();
    }

    // The card's review on the server: "who at" (at in UTC, milliseconds),
    // or "" when it has none.
    QString serverReview(Id card) const
    {
        return db.value(QStringLiteral("SELECT coalesce(reviewed_by || ' ' || "
                                       "to_char(reviewed_at AT TIME ZONE 'UTC', "
                                       "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), '') "
                                       "FROM cxmap.cards WHERE id = %1")
                            .arg(card));
    }
};

QString reviewOf(const Card& c)
{
    return c.reviewedAt.isValid()
               ? c.reviewedBy + QLatin1Char(' ') + c.reviewedAt.toUTC().toString(Qt::ISODateWithMs)
               : QString();
}

const HistoryRecord* lastRecordOf(const Document& doc, Id card, const QString& field)
{
    HistoryFilter filter;
    filter.object = HistoryObject::Card;
    filter.objectId = card;
    filter.field = field;
    static QList<HistoryRecord> records;
    auto read = doc.history(filter);
    REQUIRE(read.ok());
    records = *read;
    return records.isEmpty() ? nullptr : &records.first();
}

} // namespace

TEST_CASE("Team reviews: the server writes who reviewed a card and when, whatever the client says",
          "[team][reviews]")
{
    ReviewTeam t;
    auto bob = t.open(t.bob);
    auto alice = t.open(t.alice);
    // bob's clock is years wrong: the review is still dated by the server.
    bob->setClock([] { return QDateTime(QDate(2001, 1, 1), QTime(9, 0), Qt::UTC); });
    CHECK(t.serverReview(t.own).isEmpty());

    REQUIRE(!edit::markReviewed(*bob, {t.own}));
    const QString written = t.serverReview(t.own);
    REQUIRE(written.startsWith(t.bob + QLatin1Char(' ')));
    const QDateTime at = QDateTime::fromString(written.section(u' ', 1), Qt::ISODateWithMs);
    CHECK(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // bob's map takes the server's review, and so does alice's.
    CHECK(waitFor([&] { return reviewOf(*bob->card(t.own)) == written; }));
    CHECK(waitFor([&] { return reviewOf(*alice->card(t.own)) == written; }));
    CHECK_FALSE(isStale(*alice, *alice->card(t.own)));

    // The history records it as the card's "reviewed", by bob.
    const HistoryRecord* record = lastRecordOf(*alice, t.own, QStringLiteral("reviewed"));
    REQUIRE(record);
    CHECK(record->who == t.bob);
    CHECK(record->change.before.isNull());
    CHECK(record->change.after.toObject().value(QStringLiteral("by")).toString() == t.bob);

    // An edit after it leaves the review as it is.
    Card renamed = *bob->card(t.own);
    renamed.title = QStringLiteral("Invoices people understand");
    REQUIRE(!edit::editCard(*bob, renamed));
    CHECK(t.serverReview(t.own) == written);

    // Undo twice: the title, then the review; redo brings back a review
    // by bob (a new one: the server dates it).
    bob->undoStack()->undo();
    bob->undoStack()->undo();
    REQUIRE(bob->lastError().code == ErrorCode::None);
    CHECK(t.serverReview(t.own).isEmpty());
    bob->undoStack()->redo();
    REQUIRE(bob->lastError().code == ErrorCode::None);
    CHECK(t.serverReview(t.own).startsWith(t.bob + QLatin1Char(' ')));

    // The file's review of another card became alice's when she published.
    CHECK(t.serverReview(t.other).startsWith(t.alice + QLatin1Char(' ')));
    // Another department's card is not bob's to review.
    CHECK(bob->departmentRefusal(t.billing).isEmpty());
    CHECK_FALSE(bob->departmentRefusal(bob->card(t.other)->accountableId).isEmpty());
    const QString before = t.serverReview(t.other);
    CHECK(edit::markReviewed(*bob, {t.other}).code != ErrorCode::None);
    CHECK(t.serverReview(t.other) == before);
}

TEST_CASE("Team reviews: a review written by hand is the writer's, now; the record is the server's",
          "[team][reviews]")
{
    ReviewTeam t;
    // bob claims alice reviewed his card in 2020.
    auto claimed = t.db.rowsAs(t.bob, QStringLiteral("UPDATE cxmap.cards SET reviewed_at = "
                                                     "'2020-01-01T00:00:00Z', reviewed_by = '%1' "
                                                     "WHERE id = %2 RETURNING 1")
                                          .arg(t.alice)
                                          .arg(t.own));
    REQUIRE(claimed.ok());
    CHECK(*claimed == 1);
    const QString written = t.serverReview(t.own);
    CHECK(written.startsWith(t.bob + QLatin1Char(' ')));
    CHECK_FALSE(written.contains(QStringLiteral("2020-")));
    // Nobody writes the record of reviews by hand, nor asks for a review
    // with only one half of it.
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("INSERT INTO cxmap.reviews VALUES "
                                           "((SELECT id FROM cxmap.maps), %1, now(), '%2')")
                                .arg(t.own)
                                .arg(t.alice))
              .code != ErrorCode::None);
    // A viewer reads reviews but writes none.
    auto viewer = t.db.rowsAs(t.carol, QStringLiteral("UPDATE cxmap.cards SET reviewed_at = now(), "
                                                      "reviewed_by = 'x' WHERE id = %1 RETURNING 1")
                                           .arg(t.own));
    CHECK((!viewer.ok() || *viewer == 0));
    CHECK(t.serverReview(t.own) == written);
    CHECK(t.db.value(
              QStringLiteral("SELECT count(*) FROM cxmap.reviews WHERE card_id = %1").arg(t.own)) ==
          QStringLiteral("1"));
    // Setting a review the server recorded (an undo's way back) keeps it.
    REQUIRE(!t.db.sqlAs(t.bob, QStringLiteral("UPDATE cxmap.cards SET reviewed_at = NULL, "
                                              "reviewed_by = NULL WHERE id = %1")
                                   .arg(t.own)));
    const QString at = written.section(u' ', 1);
    REQUIRE(!t.db.sqlAs(t.bob, QStringLiteral("UPDATE cxmap.cards SET reviewed_at = '%1', "
                                              "reviewed_by = '%2' WHERE id = %3")
                                   .arg(at, t.bob)
                                   .arg(t.own)));
    CHECK(t.serverReview(t.own) == written);

    // A card id used again by another department's member does not inherit
    // the review recorded for the card that had it.
    const QString others = t.serverReview(t.other);
    REQUIRE(others.startsWith(t.alice + QLatin1Char(' ')));
    REQUIRE(!t.db.sqlAs(t.alice, QStringLiteral("DELETE FROM cxmap.links WHERE from_card_id = %1 "
                                                "OR to_card_id = %1")
                                     .arg(t.other)));
    REQUIRE(
        !t.db.sqlAs(t.alice, QStringLiteral("DELETE FROM cxmap.cards WHERE id = %1").arg(t.other)));
    REQUIRE(!t.db.sqlAs(t.bob, QStringLiteral("INSERT INTO cxmap.cards (map_id, id, stage_id, "
                                              "lane_id, position, title, accountable_id, "
                                              "reviewed_at, reviewed_by) SELECT map_id, %1, "
                                              "stage_id, lane_id, 1, 'Mine', %2, '%3', '%4' "
                                              "FROM cxmap.cards WHERE id = %5")
                                   .arg(t.other)
                                   .arg(t.billing)
                                   .arg(others.section(u' ', 1), t.alice)
                                   .arg(t.own)));
    CHECK(t.serverReview(t.other).startsWith(t.bob + QLatin1Char(' ')));
    // Nor may a role record reviews of cards it may not change.
    CHECK(t.db.sqlAs(t.carol, QStringLiteral("SELECT cxmap.review_record((SELECT id FROM "
                                             "cxmap.maps), %1, current_user, %2)")
                                  .arg(t.own)
                                  .arg(t.billing))
              .code != ErrorCode::None);
}

TEST_CASE("Team actions: kept with their card's rights, seen by others, in the history",
          "[team][actions]")
{
    ReviewTeam t;
    auto bob = t.open(t.bob);
    auto carol = t.open(t.carol);
    CardAction action;
    action.what = QStringLiteral("Plain-language invoice template");
    action.ownerId = t.billing;
    action.due = QDate(2026, 1, 15);
    REQUIRE(!edit::addAction(*bob, t.own, action));
    CHECK(t.db.value(QStringLiteral("SELECT what || ' ' || due || ' ' || status FROM "
                                    "cxmap.card_actions WHERE card_id = %1")
                         .arg(t.own)) ==
          QStringLiteral("Plain-language invoice template 2026-01-15 open"));
    REQUIRE(waitFor([&] { return carol->card(t.own)->actions.size() == 1; }));
    CHECK(carol->card(t.own)->actions.first() == action);
    carol->setClock([] { return QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC); });
    CHECK(overdueCount(*carol->card(t.own), today(*carol)) == 1);

    // Its status changed, then undone: one row, as it was.
    CardAction done = action;
    done.status = CardStatus::Done;
    REQUIRE(!edit::editAction(*bob, t.own, 0, done));
    CHECK(t.db.value(QStringLiteral("SELECT status FROM cxmap.card_actions WHERE card_id = %1")
                         .arg(t.own)) == QStringLiteral("done"));
    const HistoryRecord* record = lastRecordOf(*bob, t.own, QStringLiteral("actions"));
    REQUIRE(record);
    CHECK(record->who == t.bob);
    CHECK(record->change.after.toArray().first().toObject().value("status").toString() ==
          QStringLiteral("done"));
    bob->undoStack()->undo();
    REQUIRE(bob->lastError().code == ErrorCode::None);
    CHECK(t.db.value(QStringLiteral("SELECT status FROM cxmap.card_actions WHERE card_id = %1")
                         .arg(t.own)) == QStringLiteral("open"));

    // Another department's card, or a viewer: refused by the server.
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("INSERT INTO cxmap.card_actions (map_id, card_id, "
                                           "position, what) VALUES ((SELECT id FROM cxmap.maps), "
                                           "%1, 0, 'x')")
                                .arg(t.other))
              .code != ErrorCode::None);
    CHECK(t.db.sqlAs(t.carol, QStringLiteral("DELETE FROM cxmap.card_actions")).code ==
          ErrorCode::None); // deletes nothing it may not
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.card_actions")) ==
          QStringLiteral("1"));
}

TEST_CASE("Team review interval: the facilitators', seen by every client, and pulled with the map",
          "[team][reviews]")
{
    ReviewTeam t;
    auto alice = t.open(t.alice);
    auto bob = t.open(t.bob);
    CHECK(bob->reviewIntervalDays() == defaultReviewIntervalDays);
    REQUIRE(!edit::setReviewInterval(*alice, 30));
    CHECK(t.db.value(QStringLiteral("SELECT review_interval_days FROM cxmap.maps")) ==
          QStringLiteral("30"));
    CHECK(waitFor([&] { return bob->reviewIntervalDays() == 30; }));
    const Error refused = edit::setReviewInterval(*bob, 7);
    CHECK(refused.code != ErrorCode::None);
    CHECK(t.db.value(QStringLiteral("SELECT review_interval_days FROM cxmap.maps")) ==
          QStringLiteral("30"));
    // Recorded as the map's, by alice.
    HistoryFilter filter;
    filter.object = HistoryObject::Title;
    filter.field = QStringLiteral("review_interval_days");
    auto records = bob->history(filter);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    CHECK(records->first().who == t.alice);
    CHECK(records->first().change.before == QJsonValue(defaultReviewIntervalDays));
    CHECK(records->first().change.after == QJsonValue(30));

    // A pull keeps the interval, the actions and the server's reviews.
    REQUIRE(!edit::markReviewed(*alice, {t.own}));
    CardAction action{QStringLiteral("Call back within a day"), t.billing, QDate(2027, 3, 1),
                      CardStatus::InProgress};
    REQUIRE(!edit::addAction(*alice, t.own, action));
    auto server = connectTo(t.db.urlAs(t.alice));
    auto pulled = server->read(QStringLiteral("Sample"));
    REQUIRE(pulled.ok());
    CHECK(pulled->reviewIntervalDays == 30);
    for (const Card& c : pulled->cards) {
        if (c.id == t.own) {
            CHECK(reviewOf(c) == t.serverReview(t.own));
            CHECK(c.actions == QList<CardAction>{action});
        }
    }
}

TEST_CASE("Team reviews from the command line: URL --map NAME marks, plans and reads on the server",
          "[team][reviews][cli]")
{
    ReviewTeam t;
    const QString url = t.db.urlAs(t.bob);
    const QString billing = QStringLiteral("Billing & Finance");
    const auto marked = test::cxmap({QStringLiteral("review"), url, QStringLiteral("--map"),
                                     QStringLiteral("Sample"), QStringLiteral("--mark"),
                                     QStringLiteral("--department"), billing});
    INFO(marked.err.toStdString());
    REQUIRE(marked.code == 0);
    CHECK(t.serverReview(t.own).startsWith(t.bob + QLatin1Char(' ')));
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.cards WHERE accountable_id = %1 "
                                    "AND reviewed_by IS DISTINCT FROM '%2'")
                         .arg(t.billing)
                         .arg(t.bob)) == QStringLiteral("0"));

    const auto planned = test::cxmap(
        {QStringLiteral("actions"), url, QStringLiteral("--map"), QStringLiteral("Sample"),
         QStringLiteral("--add"), QStringLiteral("--card-id"), QString::number(t.own),
         QStringLiteral("--what"), QStringLiteral("Shorter invoices"), QStringLiteral("--owner"),
         billing, QStringLiteral("--due"), QStringLiteral("2020-06-30")});
    INFO(planned.err.toStdString());
    REQUIRE(planned.code == 0);
    CHECK(t.db.value(QStringLiteral("SELECT what FROM cxmap.card_actions")) ==
          QStringLiteral("Shorter invoices"));

    // The digest reads the server's history: the review's day, the action
    // overdue.
    const auto digest =
        test::cxmap({QStringLiteral("digest"), url, QStringLiteral("--map"),
                     QStringLiteral("Sample"), QStringLiteral("--department"), billing,
                     QStringLiteral("--since"), QStringLiteral("2000-01-01")});
    INFO(digest.err.toStdString());
    REQUIRE(digest.code == 0);
    CHECK(digest.out.contains(QStringLiteral("Shorter invoices")));
    // A viewer may read but not mark.
    const auto viewer =
        test::cxmap({QStringLiteral("review"), t.db.urlAs(t.carol), QStringLiteral("--map"),
                     QStringLiteral("Sample"), QStringLiteral("--mark"),
                     QStringLiteral("--card-id"), QString::number(t.own)});
    CHECK(viewer.code != 0);
    CHECK(t.serverReview(t.own).startsWith(t.bob + QLatin1Char(' ')));
    const auto state =
        test::cxmap({QStringLiteral("review"), t.db.urlAs(t.carol), QStringLiteral("--map"),
                     QStringLiteral("Sample"), QStringLiteral("--department"), billing});
    REQUIRE(state.code == 0);
    CHECK(state.out.contains(QStringLiteral("reviewed in the last 90 days")));
}

TEST_CASE("Team versions: taken by a writer, dated and signed by the server, restored as a file",
          "[team][versions]")
{
    ReviewTeam t;
    auto bob = t.open(t.bob);
    bob->setClock([] { return QDateTime(QDate(2001, 1, 1), QTime(9, 0), Qt::UTC); });
    const DocumentData before = bob->snapshot();
    auto id = bob->createVersion(QStringLiteral("After the 12 November workshop"));
    REQUIRE(id.ok());
    auto listed = bob->versions();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().who == t.bob);
    CHECK(qAbs(listed->first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The same name, whatever its case, is taken; a viewer takes none.
    CHECK_FALSE(bob->createVersion(QStringLiteral(" after the 12 november WORKSHOP")).ok());
    auto carol = t.open(t.carol);
    CHECK_FALSE(carol->createVersion(QStringLiteral("Mine")).ok());
    // Nobody signs one in another's name, nor dates it.
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("INSERT INTO cxmap.versions (map_id, name, data, who) "
                                           "VALUES ((SELECT id FROM cxmap.maps), 'x', '{}', '%1')")
                                .arg(t.alice))
              .code != ErrorCode::None);
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.versions")) == QStringLiteral("1"));

    // Edited since, the version still holds the map as it was; others read
    // it, and it restores as a new file.
    Card renamed = *bob->card(t.own);
    renamed.title = QStringLiteral("Invoices people understand");
    REQUIRE(!edit::editCard(*bob, renamed));
    auto kept = carol->version(*id);
    REQUIRE(kept.ok());
    CHECK(*kept == before);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("restored.cxmap"));
    REQUIRE(!carol->restoreVersion(*id, path));
    auto restored = Document::open(path, true);
    REQUIRE(restored.ok());
    CHECK(restored.value()->snapshot() == before);
    const auto cli = test::cxmap({QStringLiteral("versions"), t.db.urlAs(t.carol),
                                  QStringLiteral("--map"), QStringLiteral("Sample")});
    REQUIRE(cli.code == 0);
    CHECK(cli.out.contains(QStringLiteral("After the 12 November workshop")));
    CHECK(cli.out.contains(t.bob));
}

TEST_CASE("Team history: a card restored as it was, review and actions included, in one step",
          "[team][history][reviews]")
{
    ReviewTeam t;
    auto bob = t.open(t.bob);
    REQUIRE(!edit::markReviewed(*bob, {t.own}));
    REQUIRE(waitFor([&] { return reviewOf(*bob->card(t.own)) == t.serverReview(t.own); }));
    const Card then = *bob->card(t.own);
    QTest::qWait(20); // the server's clock moves past the review
    const QDateTime moment = QDateTime::currentDateTimeUtc();
    QTest::qWait(20);
    Card changed = then;
    changed.title = QStringLiteral("Invoices people understand");
    changed.actions = {{QStringLiteral("Shorter invoices"), t.billing, {}, CardStatus::Open}};
    changed.reviewedAt = {};
    changed.reviewedBy.clear();
    REQUIRE(!edit::editCard(*bob, changed));
    CHECK(t.serverReview(t.own).isEmpty());

    auto restored = edit::restoreCard(*bob, t.own, moment);
    REQUIRE(restored.ok());
    CHECK(bob->card(t.own)->title == then.title);
    CHECK(bob->card(t.own)->actions.isEmpty());
    // The review the server recorded comes back as it was, not as a new one.
    CHECK(t.serverReview(t.own) == reviewOf(then));
    CHECK(t.db.value(
              QStringLiteral("SELECT count(*) FROM cxmap.reviews WHERE card_id = %1").arg(t.own)) ==
          QStringLiteral("1"));
    bob->undoStack()->undo();
    REQUIRE(bob->lastError().code == ErrorCode::None);
    CHECK(bob->card(t.own)->title == changed.title);

    // Once a facilitator has pruned the history up to now, nothing is
    // restored as it was before then.
    auto alice = t.open(t.alice);
    QTest::qWait(20);
    const QDateTime pruned = QDateTime::currentDateTimeUtc();
    REQUIRE(alice->pruneHistory(pruned).ok());
    auto noted = bob->historyPrunedBefore();
    REQUIRE(noted.ok());
    CHECK(qAbs(noted->msecsTo(pruned)) < 2);
    auto refused = edit::cardAsOf(*bob, t.own, moment);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no history before")));
}
