// A team map's history (issue 19), written by the server: each edit through
// CXMap leaves records of who (the role), when and what, field by field with
// the JSON values before and after; nobody writes the history by hand, a
// viewer reads it, and only a facilitator prunes it.

#include "commands/edit.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "model/types.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

#include <algorithm>

using namespace cx;
using cx::test::connectTo;

namespace {

// The sample published by alice (its facilitator); bob a member of Billing &
// Finance, carol a viewer, dave a login role with no right on the map.
struct HistoryTeam : test::SampleTeam
{
    QString dave, map;
    Card own;       // a Billing & Finance card
    Card neighbour; // another card of its journey, in another cell

    HistoryTeam()
    {
        dave = db.addRole(QStringLiteral("dave"));
        for (const Card& c : data.cards) {
            if (c.accountableId == billing && !own.id)
                own = c;
        }
        REQUIRE(own.id != 0);
        for (const Card& c : data.cards) {
            if (journeyOf(c) == journeyOf(own) && c.stageId != own.stageId && !neighbour.id)
                neighbour = c;
        }
        REQUIRE(neighbour.id != 0);
        publish();
        map = db.value(QStringLiteral("SELECT id FROM cxmap.maps"));
    }

    Id journeyOf(const Card& c) const
    {
        for (const Stage& s : data.stages) {
            if (s.id == c.stageId)
                return s.journeyId;
        }
        return 0;
    }
};

// The records of one object, newest first.
QList<HistoryRecord> historyOf(const Document& doc, HistoryObject object, Id id)
{
    HistoryFilter filter;
    filter.object = object;
    filter.objectId = id;
    auto records = doc.history(filter);
    REQUIRE(records.ok());
    return *records;
}

const HistoryRecord* fieldOf(const QList<HistoryRecord>& records, const QString& field)
{
    for (const HistoryRecord& r : records) {
        if (r.change.field == field)
            return &r;
    }
    return nullptr;
}

// The records of the last step (the newest edit), of one kind of object
// when asked.
QList<HistoryRecord> lastStep(const Document& doc,
                              std::optional<HistoryObject> object = std::nullopt)
{
    auto records = doc.history({});
    REQUIRE(records.ok());
    REQUIRE(!records->isEmpty());
    QList<HistoryRecord> step;
    for (const HistoryRecord& r : *records) {
        if (r.step == records->first().step && (!object || r.change.object == *object))
            step.append(r);
    }
    return step;
}

QJsonValue emotionJson(const std::optional<int>& emotion)
{
    return emotion ? QJsonValue(*emotion) : QJsonValue(QJsonValue::Null);
}

} // namespace

TEST_CASE("Team history: a member's card edit is recorded by the server, field by field",
          "[team][history]")
{
    HistoryTeam t;
    auto doc = t.open(t.bob);
    // Publishing left no record of the card's own (see the publish's test).
    CHECK(historyOf(*doc, HistoryObject::Card, t.own.id).isEmpty());
    const auto published = historyOf(*doc, HistoryObject::Title, 0);
    REQUIRE(published.size() == 1);

    Card after = *doc->card(t.own.id);
    after.title = QStringLiteral("Invoices people understand");
    after.emotion = t.own.emotion == -2 ? 1 : -2;
    REQUIRE(!edit::editCard(*doc, after));

    const auto records = historyOf(*doc, HistoryObject::Card, t.own.id);
    REQUIRE(records.size() == 2); // title and emotion
    const HistoryRecord* title = fieldOf(records, QStringLiteral("title"));
    const HistoryRecord* emotion = fieldOf(records, QStringLiteral("emotion"));
    REQUIRE(title);
    REQUIRE(emotion);
    CHECK(title->step == emotion->step);
    CHECK(title->step != published[0].step);
    CHECK(title->who == t.bob);
    CHECK(title->change.action == HistoryAction::Change);
    CHECK(title->change.before == QJsonValue(t.own.title));
    CHECK(title->change.after == QJsonValue(after.title));
    CHECK(title->change.label == after.title);
    CHECK(title->change.departmentId == t.billing);
    CHECK(title->change.journeyId == t.journeyOf(t.own));
    CHECK(emotion->change.before == emotionJson(t.own.emotion));
    CHECK(emotion->change.after == QJsonValue(*after.emotion));
    CHECK(qAbs(title->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK_FALSE(title->text.isEmpty()); // the undo text the Document passed on

    // The department and field filters find the same records.
    HistoryFilter byField;
    byField.departmentId = t.billing;
    byField.field = QStringLiteral("emotion");
    auto found = doc->history(byField);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == emotion->id);

    // Undo is a step of its own, the values the other way round.
    doc->undoStack()->undo();
    REQUIRE(doc->lastError().code == ErrorCode::None);
    const auto undone = historyOf(*doc, HistoryObject::Card, t.own.id);
    REQUIRE(undone.size() == 4);
    const HistoryRecord* back = fieldOf(undone, QStringLiteral("title"));
    REQUIRE(back);
    CHECK(back->step != title->step);
    CHECK(back->change.before == QJsonValue(after.title));
    CHECK(back->change.after == QJsonValue(t.own.title));
}

TEST_CASE("Team history: a publish is one record by its publisher, the edits after it field by "
          "field",
          "[team][history]")
{
    HistoryTeam t;
    // The whole history of the map just published: the publish, by alice,
    // with the map's title (nothing per object: it had no before).
    auto doc = t.open(t.bob);
    const auto all = doc->history({});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const HistoryRecord& publish = all->first();
    CHECK(publish.who == t.alice);
    CHECK(publish.change.action == HistoryAction::Add);
    CHECK(publish.change.object == HistoryObject::Title);
    CHECK(publish.change.objectId == 0);
    CHECK(publish.change.field.isEmpty());
    CHECK(publish.change.label == t.data.title);
    CHECK(publish.change.before.isUndefined());
    CHECK(publish.change.after.toObject().value(QLatin1String("title")) ==
          QJsonValue(t.data.title));
    CHECK(publish.text == QStringLiteral("Publish"));
    CHECK(qAbs(publish.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.history_touched")) ==
          QStringLiteral("0"));

    // A member's edit right after is recorded field by field, and so is a
    // card added in one (its id taken from the map's row, which that writes:
    // the map is not new to that transaction).
    Card after = *doc->card(t.own.id);
    after.title = QStringLiteral("Invoices people understand");
    after.tags.append(QStringLiteral("billing"));
    REQUIRE(!edit::editCard(*doc, after));
    const auto edited = lastStep(*doc);
    REQUIRE(edited.size() == 2);
    CHECK(edited[0].who == t.bob);
    CHECK(edited[0].change.action == HistoryAction::Change);
    CHECK(fieldOf(edited, QStringLiteral("title")));
    CHECK(fieldOf(edited, QStringLiteral("tags")));
    Card card = t.own;
    card.title = QStringLiteral("Paper invoices");
    auto added = edit::addCard(*doc, card);
    REQUIRE(added.ok());
    const auto addedRecords = historyOf(*doc, HistoryObject::Card, *added);
    REQUIRE(addedRecords.size() == 1);
    CHECK(addedRecords[0].change.action == HistoryAction::Add);
    CHECK(addedRecords[0].who == t.bob);

    // Nobody can have the server take an existing map for a new one.
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("SELECT cxmap.history_published()")).code ==
          ErrorCode::NoPermission);

    // Replacing the map keeps its row: its records are what the replacement
    // changed, field by field, by the facilitator who replaced it.
    DocumentData replacement = t.data;
    for (Card& c : replacement.cards) {
        if (c.id == t.neighbour.id)
            c.title = QStringLiteral("Replaced");
    }
    auto asAlice = connectTo(t.db.urlAs(t.alice));
    REQUIRE(!asAlice->publish(QStringLiteral("Sample"), replacement, true));
    const auto replaced = historyOf(*doc, HistoryObject::Card, t.neighbour.id);
    REQUIRE(!replaced.isEmpty());
    const HistoryRecord* title = fieldOf(replaced, QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->who == t.alice);
    CHECK(title->change.after == QJsonValue(QStringLiteral("Replaced")));
}

TEST_CASE("Team history: a moved card is recorded alone, a link added and removed whole",
          "[team][history]")
{
    HistoryTeam t;
    auto doc = t.open(t.bob);
    const Id neighbourStage = t.neighbour.stageId;
    const int cellSize = int(doc->cardIds(neighbourStage, t.own.laneId).size());
    REQUIRE(!edit::moveCards(*doc, {t.own.id}, neighbourStage, t.own.laneId, 0));

    const auto moved = lastStep(*doc);
    // Only the moved card: the cards around it in either cell are not its change.
    for (const HistoryRecord& r : moved) {
        CHECK(r.change.object == HistoryObject::Card);
        CHECK(r.change.objectId == t.own.id);
        CHECK(r.who == t.bob);
    }
    const HistoryRecord* stage = fieldOf(moved, QStringLiteral("stage"));
    REQUIRE(stage);
    CHECK(stage->change.before == QJsonValue(qint64(t.own.stageId)));
    CHECK(stage->change.after == QJsonValue(qint64(neighbourStage)));
    CHECK(!fieldOf(moved, QStringLiteral("lane")));
    if (t.own.position != 0) {
        const HistoryRecord* position = fieldOf(moved, QStringLiteral("position"));
        REQUIRE(position);
        CHECK(position->change.after == QJsonValue(0));
    }
    CHECK(doc->cardIds(neighbourStage, t.own.laneId).size() == cellSize + 1);

    auto link = edit::addLink(*doc, t.own.id, t.neighbour.id, LinkType::Triggers);
    REQUIRE(link.ok());
    REQUIRE(!edit::removeLink(*doc, *link));
    const auto records = historyOf(*doc, HistoryObject::Link, *link);
    REQUIRE(records.size() == 2);
    const HistoryRecord& removed = records[0];
    const HistoryRecord& added = records[1];
    CHECK(added.change.action == HistoryAction::Add);
    CHECK(added.change.before.isUndefined());
    CHECK(added.change.field.isEmpty());
    const QJsonObject json = added.change.after.toObject();
    CHECK(json.value(QLatin1String("from")) == QJsonValue(qint64(t.own.id)));
    CHECK(json.value(QLatin1String("to")) == QJsonValue(qint64(t.neighbour.id)));
    CHECK(json.value(QLatin1String("type")) == QJsonValue(QStringLiteral("triggers")));
    CHECK(added.change.departmentId == t.billing);
    CHECK(added.change.journeyId == t.journeyOf(t.own));
    CHECK(added.who == t.bob);
    CHECK(removed.change.action == HistoryAction::Remove);
    CHECK(removed.change.after.isUndefined());
    CHECK(removed.change.before == added.change.after);
    CHECK(removed.step != added.step);
}

TEST_CASE("Team history: a null value is JSON null, an enum its name, a colour #rrggbb",
          "[team][history]")
{
    HistoryTeam t;
    auto doc = t.open(t.alice);
    Card after = *doc->card(t.own.id);
    after.accountableId = 0;
    after.severity = after.severity == Level::High ? Level::Low : Level::High;
    after.tags.append(QStringLiteral("billing"));
    REQUIRE(!edit::editCard(*doc, after));
    const auto records = historyOf(*doc, HistoryObject::Card, t.own.id);
    const HistoryRecord* accountable = fieldOf(records, QStringLiteral("accountable"));
    REQUIRE(accountable);
    CHECK(accountable->change.before == QJsonValue(qint64(t.billing)));
    CHECK(accountable->change.after.type() == QJsonValue::Null);
    CHECK(accountable->change.departmentId == 0); // no longer any department's
    const HistoryRecord* severity = fieldOf(records, QStringLiteral("severity"));
    REQUIRE(severity);
    CHECK(severity->change.after == QJsonValue(toString(after.severity)));
    const HistoryRecord* tags = fieldOf(records, QStringLiteral("tags"));
    REQUIRE(tags);
    CHECK(tags->change.after.toArray().last() == QJsonValue(QStringLiteral("billing")));
    CHECK(tags->step == severity->step);

    Department d = t.data.departments.first();
    d.color = QColor(0x12, 0x34, 0x56);
    REQUIRE(!edit::editDepartment(*doc, d));
    const auto colour = historyOf(*doc, HistoryObject::Department, d.id);
    REQUIRE(!colour.isEmpty());
    CHECK(colour[0].change.field == QStringLiteral("color"));
    CHECK(colour[0].change.after == QJsonValue(QStringLiteral("#123456")));
    CHECK(colour[0].who == t.alice);
}

TEST_CASE("Team history: a stage moved far is recorded, the stages renumbered around it not",
          "[team][history]")
{
    HistoryTeam t;
    auto doc = t.open(t.alice);
    const Id journey = t.journeyOf(t.own);
    QList<Stage> stages;
    for (const Stage& s : t.data.stages) {
        if (s.journeyId == journey)
            stages.append(s);
    }
    std::sort(stages.begin(), stages.end(),
              [](const Stage& a, const Stage& b) { return a.position < b.position; });
    REQUIRE(stages.size() >= 3);
    REQUIRE(!edit::moveStage(*doc, stages[0].id, int(stages.size()) - 1));
    const auto records = lastStep(*doc);
    REQUIRE(records.size() == 1);
    CHECK(records.first().change.object == HistoryObject::Stage);
    CHECK(records.first().change.objectId == stages[0].id);
    CHECK(records.first().change.field == QStringLiteral("position"));
    CHECK(records.first().change.before == QJsonValue(stages[0].position));
    CHECK(records.first().change.after == QJsonValue(int(stages.size()) - 1));
}

TEST_CASE("Team history: nobody writes it by hand, a viewer reads it, a facilitator prunes it",
          "[team][history]")
{
    HistoryTeam t;
    auto bob = t.open(t.bob);
    REQUIRE(!edit::setCardTitle(*bob, t.own.id, QStringLiteral("Clear invoices"), edit::Merge::No));

    // No role may write the history itself: not a member, not a facilitator.
    for (const QString& role : {t.bob, t.alice}) {
        const QString insert =
            QStringLiteral("INSERT INTO cxmap.history (map_id, step, at, who, action, object, "
                           "object_id) VALUES (%1, 1, now(), 'mallory', 'change', 'card', %2)")
                .arg(t.map)
                .arg(t.own.id);
        CHECK(t.db.sqlAs(role, insert).code == ErrorCode::NoPermission);
        CHECK(t.db.sqlAs(role, QStringLiteral("UPDATE cxmap.history SET who = 'mallory'")).code ==
              ErrorCode::NoPermission);
        CHECK(t.db.sqlAs(role, QStringLiteral("DELETE FROM cxmap.history")).code ==
              ErrorCode::NoPermission);
        CHECK(t.db.sqlAs(role, QStringLiteral("SELECT * FROM cxmap.history_touched")).code ==
              ErrorCode::NoPermission);
    }
    // Nor note an object outside a trigger, nor have the history say another
    // role made its change.
    CHECK_FALSE(t.db.sqlAs(t.bob, QStringLiteral("SELECT cxmap.history_note('card', %1, %2, "
                                                 "'%3')")
                                      .arg(t.map)
                                      .arg(t.own.id)
                                      .arg(t.alice)));
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.history_touched")) ==
          QStringLiteral("0"));
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.history WHERE who = 'mallory'")) ==
          QStringLiteral("0"));

    // A viewer sees the map's history; a role with no right on the map none.
    auto carol = t.open(t.carol);
    const auto seen = historyOf(*carol, HistoryObject::Card, t.own.id);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].who == t.bob);
    CHECK(seen[0].change.after == QJsonValue(QStringLiteral("Clear invoices")));
    CHECK(t.db.rowsAs(t.dave, QStringLiteral("SELECT 1 FROM cxmap.history")).value() == 0);

    // Pruning: a member and a viewer are refused, a facilitator prunes.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    const auto refused = bob->pruneHistory(later);
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == ErrorCode::NoPermission);
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("SELECT cxmap.prune_history(%1, now() + interval '1 "
                                           "day')")
                                .arg(t.map))
              .code == ErrorCode::NoPermission);
    CHECK(t.db.sqlAs(t.bob, QStringLiteral("SELECT cxmap.prune_history(%1, now() + interval '1 "
                                           "day', '%2')")
                                .arg(t.map, t.alice))
              .code == ErrorCode::NoPermission);
    CHECK(!carol->pruneHistory(later).ok());
    const qint64 all =
        t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.history")).toLongLong();
    REQUIRE(all > 0);

    auto alice = t.open(t.alice);
    auto none = alice->pruneHistory(QDateTime::currentDateTimeUtc().addDays(-1));
    REQUIRE(none.ok());
    CHECK(*none == 0);
    auto pruned = alice->pruneHistory(later);
    REQUIRE(pruned.ok());
    CHECK(*pruned == all);
    CHECK(historyOf(*carol, HistoryObject::Card, t.own.id).isEmpty());
}

TEST_CASE("Team history: a comment on another department's card and the map's title",
          "[team][history]")
{
    HistoryTeam t;
    auto bob = t.open(t.bob);
    // The neighbour is not Billing & Finance's: bob may only comment on it.
    Card other;
    for (const Card& c : t.data.cards) {
        if (c.accountableId && c.accountableId != t.billing && !other.id)
            other = c;
    }
    REQUIRE(other.id != 0);
    REQUIRE(!edit::addComment(*bob, other.id, t.bob, QStringLiteral("Customers ask about this")));
    const auto comment = lastStep(*bob);
    REQUIRE(comment.size() == 1);
    CHECK(comment[0].change.objectId == other.id);
    CHECK(comment[0].change.field == QStringLiteral("comments"));
    CHECK(comment[0].change.departmentId == other.accountableId);
    CHECK(comment[0].who == t.bob);
    const QJsonArray after = comment[0].change.after.toArray();
    REQUIRE(!after.isEmpty());
    const QJsonObject words = after.last().toObject();
    CHECK(words.value(QLatin1String("text")) == QJsonValue(QStringLiteral("Customers ask about "
                                                                          "this")));
    CHECK(words.value(QLatin1String("author")) == QJsonValue(t.bob));
    // The time as the file format writes it: UTC, milliseconds.
    CHECK(QDateTime::fromString(words.value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
              .isValid());
    CHECK(words.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));

    auto alice = t.open(t.alice);
    REQUIRE(!edit::setTitle(*alice, QStringLiteral("Broadband, as lived")));
    const auto title = lastStep(*alice);
    REQUIRE(title.size() == 1);
    CHECK(title[0].change.object == HistoryObject::Title);
    CHECK(title[0].change.objectId == 0);
    CHECK(title[0].change.field == QStringLiteral("title"));
    CHECK(title[0].change.before == QJsonValue(t.data.title));
    CHECK(title[0].change.after == QJsonValue(QStringLiteral("Broadband, as lived")));
    CHECK(title[0].who == t.alice);
}
