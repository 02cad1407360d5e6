// Customer feedback on a team map (issue 20): published and pulled with the
// map, written under the server's row-level security (a card's feedback by
// whoever may change the card, the inbox by anyone who may write the map),
// seen by the other clients as it happens, and recorded in the server's
// history without the customer's words.

#include "commands/edit.h"
#include "io/jsonfeedback.h"
#include "model/document.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testprocess.h"
#include "testutil.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cx;
using cx::test::connectTo;
using cx::test::waitFor;

namespace {

const QString words = QStringLiteral("The engineer called ahead, lovely; ring me on 0161 496 0000");

// The sample with two feedback items, published by alice (facilitator):
// one on own (a Billing & Finance card), one in the inbox naming own and
// other as candidates. bob is a member of Billing & Finance, carol a viewer.
struct FeedbackTeam : test::SampleTeam
{
    Id own = 0, other = 0;

    FeedbackTeam()
    {
        for (const Card& c : data.cards) {
            if (c.accountableId == billing && !own)
                own = c.id;
            else if (c.accountableId && c.accountableId != billing && !other)
                other = c.id;
        }
        REQUIRE(own != 0);
        REQUIRE(other != 0);
        // The first id the map's counter would hand out without them.
        Id next = 1;
        const auto after = [&next](const auto& list) {
            for (const auto& x : list)
                next = std::max(next, x.id + 1);
        };
        after(data.departments);
        after(data.personas);
        after(data.participants);
        after(data.journeys);
        after(data.stages);
        after(data.lanes);
        after(data.cards);
        after(data.links);
        // Numbered as a file numbers them, apart from the other objects:
        // where the map's counter on the server would start.
        Feedback onCard;
        onCard.id = next;
        onCard.cardId = own;
        onCard.text = QStringLiteral("The bill finally made sense.");
        onCard.kind = FeedbackKind::Praise;
        onCard.sentiment = 2;
        onCard.source = FeedbackSource::Survey;
        onCard.date = QDate(2026, 11, 3);
        onCard.scale = ScoreScale::Nps;
        onCard.score = 10;
        Feedback inbox;
        inbox.id = next + 1;
        inbox.text = QStringLiteral("Nobody told me when the van was coming");
        inbox.kind = FeedbackKind::Complaint;
        inbox.cardHint = QStringLiteral("Delivery");
        inbox.candidates = {own, other};
        data.feedback = {onCard, inbox};
        publish();
    }

    Id inboxItem() const { return data.feedback.last().id; }

    QString count(const QString& where) const
    {
        return db.value(QStringLiteral("SELECT count(*) FROM cxmap.feedback WHERE %1").arg(where));
    }
};

Feedback said(Id card, const QString& text)
{
    Feedback f;
    f.cardId = card;
    f.text = text;
    f.kind = FeedbackKind::Praise;
    f.sentiment = 1;
    f.source = FeedbackSource::Interview;
    f.date = QDate(2026, 12, 1);
    return f;
}

} // namespace

TEST_CASE("Team feedback: published and pulled with the map, and read by every client",
          "[team][feedback]")
{
    FeedbackTeam t;
    CHECK(t.count(QStringLiteral("true")) == QStringLiteral("2"));
    auto server = connectTo(t.db.urlAs(t.carol));
    auto pulled = server->read(QStringLiteral("Sample"));
    REQUIRE(pulled.ok());
    CHECK(pulled->feedback == t.data.feedback);
    auto carol = t.open(t.carol);
    CHECK(carol->feedbackIdsOf(t.own).size() == 1);
    CHECK(carol->feedbackIdsOf(0) == QList<Id>{t.inboxItem()});
    CHECK(carol->feedback(t.inboxItem())->candidates == QList<Id>({t.own, t.other}));
    // A viewer reads it and changes none of it.
    CHECK(edit::redactFeedback(*carol, {t.inboxItem()}).code != ErrorCode::None);
    auto refused = t.db.rowsAs(t.carol, QStringLiteral("UPDATE cxmap.feedback SET text = '' "
                                                       "RETURNING 1"));
    CHECK((!refused.ok() || *refused == 0));
    CHECK(t.count(QStringLiteral("text = ''")) == QStringLiteral("0"));
}

TEST_CASE("Team feedback: a member's feedback on their card is seen by others and recorded without "
          "the words",
          "[team][feedback]")
{
    FeedbackTeam t;
    auto bob = t.open(t.bob);
    auto alice = t.open(t.alice);
    auto added = edit::addFeedback(*bob, said(t.own, words));
    REQUIRE(added.ok());
    const Id id = *added;
    // A new item takes an id of its own: the published ones keep their words.
    CHECK(id != t.data.feedback.first().id);
    CHECK(id != t.inboxItem());
    CHECK(t.count(QStringLiteral("text = 'The bill finally made sense.'")) == QStringLiteral("1"));
    CHECK(t.count(QStringLiteral("true")) == QStringLiteral("3"));
    CHECK(t.db.value(QStringLiteral("SELECT text || '|' || changed_by FROM cxmap.feedback "
                                    "WHERE id = %1")
                         .arg(id)) == words + QLatin1Char('|') + t.bob);
    REQUIRE(waitFor([&] { return alice->feedback(id) != nullptr; }));
    CHECK(alice->feedback(id)->text == words);
    CHECK(alice->feedback(id)->cardId == t.own);

    // Redacted: the words leave the server's row, alice's map shows it, and
    // the history holds them nowhere.
    REQUIRE(!edit::redactFeedback(*bob, {id}));
    CHECK(t.count(QStringLiteral("id = %1 AND redacted AND text = ''").arg(id)) ==
          QStringLiteral("1"));
    REQUIRE(waitFor([&] { return alice->feedback(id)->redacted; }));
    CHECK(alice->feedback(id)->text.isEmpty());
    HistoryFilter filter;
    filter.object = HistoryObject::Feedback;
    filter.objectId = id;
    auto records = alice->history(filter);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 2); // added, then redacted
    CHECK(records->first().who == t.bob);
    CHECK(records->first().change.field == QStringLiteral("redacted"));
    CHECK(records->first().change.label == bob->card(t.own)->title);
    CHECK(records->first().change.departmentId == t.billing);
    CHECK(records->last().change.action == HistoryAction::Add);
    CHECK_FALSE(records->last().change.after.toObject().contains(QStringLiteral("text")));
    // The server's record is the file's JSON form of the item, without its words.
    Feedback recorded = *alice->feedback(id);
    recorded.redacted = false;
    recorded.text = words;
    CHECK(records->last().change.after.toObject() == json::feedbackToJson(recorded, false));
    CHECK(t.db.value(
              QStringLiteral("SELECT count(*) FROM cxmap.history WHERE "
                             "concat(before::text, after::text, text, label) LIKE '%0161%'")) ==
          QStringLiteral("0"));

    // Undone, then deleted: alice's map follows each step.
    bob->undoStack()->undo();
    REQUIRE(bob->lastError().code == ErrorCode::None);
    REQUIRE(waitFor([&] { return !alice->feedback(id)->redacted; }));
    REQUIRE(!edit::removeFeedback(*bob, {id}));
    CHECK(t.count(QStringLiteral("id = %1").arg(id)) == QStringLiteral("0"));
    CHECK(waitFor([&] { return alice->feedback(id) == nullptr; }));
}

TEST_CASE("Team feedback: the server decides who may add, sort and move it", "[team][feedback]")
{
    FeedbackTeam t;
    auto bob = t.open(t.bob);
    // Another department's card is not bob's: refused before the server,
    // and by the server when asked directly.
    const auto onOther = edit::addFeedback(*bob, said(t.other, QStringLiteral("Great")));
    REQUIRE_FALSE(onOther.ok());
    CHECK(onOther.error().message.contains(bob->card(t.other)->title));
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("INSERT INTO cxmap.feedback (map_id, id, card_id, text) "
                                           "VALUES ((SELECT id FROM cxmap.maps), 900001, %1, 'x')")
                                .arg(t.other))
              .code != ErrorCode::None);
    // The inbox is everyone's who may write the map; not a viewer's.
    CHECK(!t.db.sqlAs(t.bob, QStringLiteral("INSERT INTO cxmap.feedback (map_id, id, text) VALUES "
                                            "((SELECT id FROM cxmap.maps), 900002, 'unsure')")));
    CHECK(t.db.sqlAs(t.carol, QStringLiteral("INSERT INTO cxmap.feedback (map_id, id, text) VALUES "
                                             "((SELECT id FROM cxmap.maps), 900003, 'x')"))
              .code != ErrorCode::None);
    CHECK(t.count(QStringLiteral("id > 900000")) == QStringLiteral("1"));

    // bob sorts the inbox item onto his card, but not onto another's.
    CHECK(edit::moveFeedback(*bob, {t.inboxItem()}, t.other).code != ErrorCode::None);
    CHECK(t.count(QStringLiteral("id = %1 AND card_id IS NULL").arg(t.inboxItem())) ==
          QStringLiteral("1"));
    REQUIRE(!edit::moveFeedback(*bob, {t.inboxItem()}, t.own));
    CHECK(t.count(QStringLiteral("id = %1 AND card_id = %2").arg(t.inboxItem()).arg(t.own)) ==
          QStringLiteral("1"));
    // A facilitator moves it on to the other department's card.
    auto alice = t.open(t.alice);
    REQUIRE(waitFor([&] { return alice->feedback(t.inboxItem())->cardId == t.own; }));
    REQUIRE(!edit::moveFeedback(*alice, {t.inboxItem()}, t.other));
    CHECK(t.count(QStringLiteral("id = %1 AND card_id = %2").arg(t.inboxItem()).arg(t.other)) ==
          QStringLiteral("1"));
    // bob's undo of his move finds the item changed by alice since: refused,
    // and bob's map shows where she put it.
    REQUIRE(waitFor([&] { return bob->feedback(t.inboxItem())->cardId == t.other; }));
    bob->undoStack()->undo();
    CHECK(bob->lastError().code != ErrorCode::None);
    CHECK(t.count(QStringLiteral("id = %1 AND card_id = %2").arg(t.inboxItem()).arg(t.other)) ==
          QStringLiteral("1"));
}

TEST_CASE("Team feedback: removing a card sends its feedback to the inbox for everyone",
          "[team][feedback]")
{
    FeedbackTeam t;
    auto bob = t.open(t.bob);
    auto carol = t.open(t.carol);
    const Id item = t.data.feedback.first().id;
    const QString title = bob->card(t.own)->title;
    REQUIRE(!edit::removeCards(*bob, {t.own}));
    CHECK(t.db.value(QStringLiteral("SELECT coalesce(card_id::text, 'inbox') || '|' || card_hint "
                                    "FROM cxmap.feedback WHERE id = %1")
                         .arg(item)) == QStringLiteral("inbox|") + title);
    REQUIRE(waitFor([&] { return carol->card(t.own) == nullptr; }));
    REQUIRE(carol->feedback(item));
    CHECK(carol->feedback(item)->cardId == 0);
    CHECK(carol->feedback(item)->cardHint == title);
    // The other inbox item no longer names the removed card.
    CHECK(carol->feedback(t.inboxItem())->candidates == QList<Id>{t.other});
    bob->undoStack()->undo();
    REQUIRE(bob->lastError().code == ErrorCode::None);
    CHECK(waitFor([&] { return carol->feedback(item)->cardId == t.own; }));
}

TEST_CASE("Team feedback from the command line: import and list on the server",
          "[team][feedback][cli]")
{
    FeedbackTeam t;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("survey.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QString own = QString::number(t.own);
    f.write(QStringLiteral("Comment;Touchpoint;Score\n"
                           "\"Clear, at last\";%1;10\n"
                           "Where is my engineer?;No such touchpoint;2\n"
                           "Not bob's to sort;%2;5\n")
                .arg(own)
                .arg(t.other)
                .toUtf8());
    f.close();
    const QString url = t.db.urlAs(t.bob);
    const auto imported = test::cxmap(
        {QStringLiteral("import"), url, QStringLiteral("--map"), QStringLiteral("Sample"),
         QStringLiteral("--feedback"), csv, QStringLiteral("--columns"),
         QStringLiteral("text=Comment,card=Touchpoint,score=Score:nps")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    // bob is a member of Billing & Finance: the row on another department's
    // card waits in the inbox for it, naming that card.
    CHECK(imported.out.contains(QStringLiteral("1 on a card, 2 unsorted (1 matched no card, 0 "
                                               "matched several, 1 matched a card of a "
                                               "department you may not change)")));
    CHECK(t.count(QStringLiteral("text = 'Not bob''s to sort' AND card_id IS NULL AND "
                                 "candidates = '%1'")
                      .arg(t.other)) == QStringLiteral("1"));
    CHECK(t.count(QStringLiteral("text = 'Clear, at last' AND card_id = %1 AND sentiment = 2 AND "
                                 "changed_by = '%2'")
                      .arg(own, t.bob)) == QStringLiteral("1"));
    CHECK(t.count(QStringLiteral("text = 'Where is my engineer?' AND card_id IS NULL")) ==
          QStringLiteral("1"));
    const auto listed = test::cxmap({QStringLiteral("feedback"), url, QStringLiteral("--map"),
                                     QStringLiteral("Sample"), QStringLiteral("--unsorted")});
    REQUIRE(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("Where is my engineer?")));
    CHECK(listed.out.contains(QStringLiteral("Nobody told me when the van was coming")));
}

TEST_CASE("Team feedback: no role can write an item that the others could not read",
          "[team][feedback]")
{
    FeedbackTeam t;
    const QString map = QStringLiteral("(SELECT id FROM cxmap.maps)");
    // An inbox item moved onto a card keeps no hint nor candidates; a kind,
    // a score or a candidate list CXMap does not write is refused.
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("UPDATE cxmap.feedback SET card_id = %1 WHERE id = %2")
                                .arg(t.own)
                                .arg(t.inboxItem()))
              .code != ErrorCode::None);
    for (const QString& values : {QStringLiteral("'x', 'bogus', 'none', 'none', NULL, ''"),
                                  QStringLiteral("'x', 'none', 'none', 'nps', NULL, ''"),
                                  QStringLiteral("'x', 'none', 'none', 'csat', 9, ''"),
                                  QStringLiteral("'x', 'none', 'none', 'none', NULL, '0,-1'")}) {
        INFO(values.toStdString());
        CHECK(t.db.sqlAs(t.bob, QStringLiteral("INSERT INTO cxmap.feedback (map_id, id, text, "
                                               "kind, source, score_scale, score, candidates) "
                                               "VALUES (%1, 900010, %2)")
                                    .arg(map, values))
                  .code != ErrorCode::None);
    }
    // An item keeps its id (the history would lose it otherwise).
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("UPDATE cxmap.feedback SET id = 900011 WHERE id = %1")
                                .arg(t.inboxItem()))
              .code != ErrorCode::None);
    CHECK(t.count(QStringLiteral("id >= 900000")) == QStringLiteral("0"));
    auto carol = t.open(t.carol);
    CHECK(carol->feedbackCount() == 2);
}
