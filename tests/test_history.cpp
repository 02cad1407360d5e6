// The map's history (model/history.h): every kind of edit leaves records with
// who, when, the undo text and each field's value before and after; restoring
// a card as it was; filters; pruning; the upgrade of a version 3 file.

#include "commands/edit.h"
#include "model/document.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUndoStack>

#include <sqlite3.h>

using namespace cx;

namespace {

// A clock the test moves by hand.
struct Clock
{
    QDateTime t = QDateTime(QDate(2026, 11, 12), QTime(9, 0), Qt::UTC);
    void attach(Document& doc)
    {
        doc.setClock([this] { return t; });
    }
};

std::unique_ptr<Document> historyDoc(const test::TempDir& dir, Clock& clock)
{
    auto doc = test::smallDocumentFile(dir);
    doc->setAuthor(QStringLiteral("ana"));
    clock.attach(*doc);
    return doc;
}

QList<HistoryRecord> all(const Document& doc, HistoryFilter filter = {})
{
    auto records = doc.history(filter);
    REQUIRE(records.ok());
    return records.value();
}

// The records of the newest step, in the order they were written.
QList<HistoryChange> lastStep(const Document& doc)
{
    const QList<HistoryRecord> records = all(doc);
    REQUIRE_FALSE(records.isEmpty());
    QList<HistoryChange> out;
    for (const HistoryRecord& r : records) {
        if (r.step == records.first().step)
            out.prepend(r.change);
    }
    return out;
}

const HistoryChange* fieldChange(const QList<HistoryChange>& changes, const QString& field)
{
    for (const HistoryChange& c : changes) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a card edit records who, when, the undo text and each field before and after",
          "[history]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    const int before = int(all(*doc).size());

    Card c = *doc->card(1);
    const QString oldTitle = c.title;
    c.title = QStringLiteral("Sees a social ad");
    c.emotion = -1;
    REQUIRE_FALSE(edit::editCard(*doc, c));

    const QList<HistoryRecord> records = all(*doc);
    REQUIRE(records.size() == before + 2); // two fields, one step
    const HistoryRecord& r = records.first();
    CHECK(r.who == QStringLiteral("ana"));
    CHECK(r.at == clock.t);
    CHECK(r.text.contains(QStringLiteral("Sees a social ad")));
    CHECK(records[0].step == records[1].step);
    const QList<HistoryChange> step = lastStep(*doc);
    const HistoryChange* title = fieldChange(step, QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->action == HistoryAction::Change);
    CHECK(title->object == HistoryObject::Card);
    CHECK(title->objectId == 1);
    CHECK(title->before == QJsonValue(oldTitle));
    CHECK(title->after == QJsonValue(QStringLiteral("Sees a social ad")));
    CHECK(title->label == QStringLiteral("Sees a social ad"));
    CHECK(title->departmentId == doc->card(1)->accountableId);
    CHECK(title->journeyId == doc->journeyOfCard(1));
    const HistoryChange* emotion = fieldChange(step, QStringLiteral("emotion"));
    REQUIRE(emotion);
    CHECK(emotion->after == QJsonValue(-1));

    // Undoing it is an edit too, recorded with the values the other way round.
    clock.t = clock.t.addSecs(60);
    doc->undoStack()->undo();
    const QList<HistoryRecord> undone = all(*doc);
    REQUIRE(undone.size() == before + 4);
    CHECK(undone.first().text.startsWith(QStringLiteral("Undo ")));
    CHECK(undone.first().at == clock.t);
    const HistoryChange* back = fieldChange(lastStep(*doc), QStringLiteral("title"));
    REQUIRE(back);
    CHECK(back->before == QJsonValue(QStringLiteral("Sees a social ad")));
    CHECK(back->after == QJsonValue(oldTitle));
}

TEST_CASE("every kind of edit leaves a readable record", "[history]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    const Id journeyId = doc->journeyIds().first();

    const auto expectStep = [&](HistoryAction action, HistoryObject object,
                                const QString& field = {}) {
        const QList<HistoryChange> step = lastStep(*doc);
        INFO(toString(action).toStdString() + " " + toString(object).toStdString() + " " +
             field.toStdString());
        const bool found = std::any_of(step.cbegin(), step.cend(), [&](const HistoryChange& c) {
            return c.action == action && c.object == object && c.field == field &&
                   (action != HistoryAction::Change || c.before != c.after);
        });
        CHECK(found);
    };

    REQUIRE_FALSE(edit::setTitle(*doc, QStringLiteral("Broadband, again")));
    expectStep(HistoryAction::Change, HistoryObject::Title, QStringLiteral("title"));

    auto cardId = edit::addCard(*doc, [] {
        Card c;
        c.stageId = 1;
        c.laneId = 2;
        c.title = QStringLiteral("Chats with support");
        return c;
    }());
    REQUIRE(cardId.ok());
    expectStep(HistoryAction::Add, HistoryObject::Card);
    CHECK(lastStep(*doc).first().after.toObject().value("title") ==
          QJsonValue(QStringLiteral("Chats with support")));

    REQUIRE_FALSE(edit::moveCards(*doc, {*cardId}, 2, 2, 0));
    expectStep(HistoryAction::Change, HistoryObject::Card, QStringLiteral("stage"));
    CHECK(lastStep(*doc).size() <= 2); // the card's stage and position, not its neighbours'

    auto linkId = edit::addLink(*doc, 1, *cardId, LinkType::Feeds);
    REQUIRE(linkId.ok());
    expectStep(HistoryAction::Add, HistoryObject::Link);
    REQUIRE_FALSE(edit::reverseLink(*doc, *linkId));
    expectStep(HistoryAction::Change, HistoryObject::Link, QStringLiteral("from"));
    REQUIRE_FALSE(edit::removeLink(*doc, *linkId));
    expectStep(HistoryAction::Remove, HistoryObject::Link);

    REQUIRE_FALSE(edit::addComment(*doc, *cardId, QStringLiteral("Ana"), QStringLiteral("Slow")));
    expectStep(HistoryAction::Change, HistoryObject::Card, QStringLiteral("comments"));
    REQUIRE_FALSE(edit::removeCards(*doc, {*cardId}));
    expectStep(HistoryAction::Remove, HistoryObject::Card);
    CHECK(lastStep(*doc).first().before.toObject().value("comments").toArray().size() == 1);

    auto stageId = edit::addStage(*doc, journeyId, QStringLiteral("Renewal"));
    REQUIRE(stageId.ok());
    expectStep(HistoryAction::Add, HistoryObject::Stage);
    REQUIRE_FALSE(edit::renameStage(*doc, *stageId, QStringLiteral("Renewal & exit")));
    expectStep(HistoryAction::Change, HistoryObject::Stage, QStringLiteral("name"));
    REQUIRE_FALSE(edit::moveStage(*doc, *stageId, 0));
    expectStep(HistoryAction::Change, HistoryObject::Stage, QStringLiteral("position"));
    REQUIRE_FALSE(edit::removeStage(*doc, *stageId));
    expectStep(HistoryAction::Remove, HistoryObject::Stage);

    auto laneId = edit::addLane(*doc, journeyId, QStringLiteral("Systems"), LaneKind::Backstage);
    REQUIRE(laneId.ok());
    expectStep(HistoryAction::Add, HistoryObject::Lane);
    REQUIRE_FALSE(edit::setLaneKind(*doc, *laneId, LaneKind::SupportProcess));
    expectStep(HistoryAction::Change, HistoryObject::Lane, QStringLiteral("kind"));
    CHECK(fieldChange(lastStep(*doc), QStringLiteral("kind"))->after ==
          QJsonValue(QStringLiteral("support_process")));

    Department d;
    d.name = QStringLiteral("Logistics");
    d.color = QColor(QStringLiteral("#117733"));
    auto deptId = edit::addDepartment(*doc, d);
    REQUIRE(deptId.ok());
    expectStep(HistoryAction::Add, HistoryObject::Department);
    d = *doc->department(*deptId);
    d.head = QStringLiteral("Kim");
    REQUIRE_FALSE(edit::editDepartment(*doc, d));
    expectStep(HistoryAction::Change, HistoryObject::Department, QStringLiteral("head"));

    Participant p;
    p.name = QStringLiteral("Jo");
    auto participantId = edit::addParticipant(*doc, p);
    REQUIRE(participantId.ok());
    expectStep(HistoryAction::Add, HistoryObject::Participant);
    REQUIRE_FALSE(edit::vote(*doc, 1, *participantId));
    expectStep(HistoryAction::Change, HistoryObject::Card, QStringLiteral("dots"));

    Journey j = *doc->journey(journeyId);
    j.description = QStringLiteral("Switching provider");
    REQUIRE_FALSE(edit::editJourney(*doc, j));
    expectStep(HistoryAction::Change, HistoryObject::Journey, QStringLiteral("description"));

    const Id personaId = doc->personaIds().first();
    Persona persona = *doc->persona(personaId);
    persona.goals = QStringLiteral("A line that works");
    REQUIRE_FALSE(edit::editPersona(*doc, persona));
    expectStep(HistoryAction::Change, HistoryObject::Persona, QStringLiteral("goals"));
}

TEST_CASE("a refused edit records nothing", "[history]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    const auto count = all(*doc).size();
    Card c = *doc->card(1);
    c.emotion = 7; // out of range
    CHECK(edit::editCard(*doc, c));
    CHECK(all(*doc).size() == count);
}

TEST_CASE("history filters by card, department, field, date and count", "[history]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    const Id dept = doc->card(1)->accountableId;
    REQUIRE(dept != 0);
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("First"), edit::Merge::No));
    clock.t = clock.t.addDays(10);
    const QDateTime later = clock.t;
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Second"), edit::Merge::No));
    Card other = *doc->card(2);
    other.description = QStringLiteral("Changed");
    REQUIRE_FALSE(edit::editCard(*doc, other));

    HistoryFilter byCard;
    byCard.object = HistoryObject::Card;
    byCard.objectId = 1;
    const QList<HistoryRecord> card1 = all(*doc, byCard);
    REQUIRE(card1.size() == 2);
    CHECK(card1[0].change.after == QJsonValue(QStringLiteral("Second"))); // newest first
    CHECK(card1[1].change.after == QJsonValue(QStringLiteral("First")));

    HistoryFilter since;
    since.since = later;
    CHECK(all(*doc, since).size() == 2);
    HistoryFilter until;
    until.until = later;
    CHECK(all(*doc, until).size() == 1);

    HistoryFilter field;
    field.field = QStringLiteral("description");
    REQUIRE(all(*doc, field).size() == 1);
    CHECK(all(*doc, field).first().change.objectId == 2);

    HistoryFilter byDept;
    byDept.departmentId = dept;
    for (const HistoryRecord& r : all(*doc, byDept))
        CHECK(r.change.departmentId == dept);

    HistoryFilter limited;
    limited.limit = 1;
    REQUIRE(all(*doc, limited).size() == 1);
    CHECK(all(*doc, limited).first().change.objectId == 2);
}

TEST_CASE("a card is restored as it was on a date in one undo step", "[history][restore]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    const Card original = *doc->card(1);

    clock.t = clock.t.addDays(1);
    Card c = original;
    c.title = QStringLiteral("Workshop title");
    c.emotion = -2;
    c.tags = {QStringLiteral("ads")};
    REQUIRE_FALSE(edit::editCard(*doc, c));
    const QDateTime afterWorkshop = clock.t.addSecs(3600);

    clock.t = clock.t.addDays(30);
    c.title = QStringLiteral("Renamed later");
    c.emotion = 1;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    c.description = QStringLiteral("Later still");
    REQUIRE_FALSE(edit::editCard(*doc, c));

    auto then = edit::cardAsOf(*doc, 1, afterWorkshop);
    REQUIRE(then.ok());
    CHECK(then->title == QStringLiteral("Workshop title"));
    CHECK(then->emotion == -2);
    CHECK(then->description == original.description);
    auto first = edit::cardAsOf(*doc, 1, original.id ? clock.t.addYears(-1) : QDateTime());
    REQUIRE(first.ok());
    CHECK(first->title == original.title);

    const int steps = doc->undoStack()->count();
    clock.t = clock.t.addDays(1);
    REQUIRE(edit::restoreCard(*doc, 1, afterWorkshop).ok());
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->card(1)->title == QStringLiteral("Workshop title"));
    CHECK(doc->card(1)->emotion == -2);
    CHECK(doc->card(1)->description == original.description);
    CHECK(doc->undoStack()->undoText().startsWith(QStringLiteral("Restore")));
    doc->undoStack()->undo();
    CHECK(doc->card(1)->title == QStringLiteral("Renamed later"));
    CHECK(doc->card(1)->description == QStringLiteral("Later still"));
}

TEST_CASE("a removed card is restored as it was, one that did not exist yet is refused",
          "[history][restore]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    auto id = edit::addCard(*doc, [] {
        Card c;
        c.stageId = 2;
        c.laneId = 1;
        c.title = QStringLiteral("Calls the hotline");
        c.emotion = -1;
        return c;
    }());
    REQUIRE(id.ok());
    const QDateTime added = clock.t;
    clock.t = clock.t.addDays(2);
    REQUIRE_FALSE(edit::removeCards(*doc, {*id}));
    REQUIRE(doc->card(*id) == nullptr);

    auto refused = edit::cardAsOf(*doc, *id, added.addSecs(-60));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("did not exist")));

    auto back = edit::restoreCard(*doc, *id, added);
    REQUIRE(back.ok());
    const Card* restored = doc->card(*back);
    REQUIRE(restored);
    CHECK(restored->title == QStringLiteral("Calls the hotline"));
    CHECK(restored->emotion == -1);
    CHECK(restored->stageId == 2);
    doc->undoStack()->undo();
    CHECK(doc->card(*back) == nullptr);
}

TEST_CASE("pruning removes the history older than a date and keeps the rest", "[history]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Old"), edit::Merge::No));
    clock.t = clock.t.addDays(100);
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("New"), edit::Merge::No));
    const int steps = doc->undoStack()->count();

    auto removed = doc->pruneHistory(clock.t.addDays(-1));
    REQUIRE(removed.ok());
    CHECK(removed.value() == 1);
    const QList<HistoryRecord> left = all(*doc);
    REQUIRE(left.size() == 1);
    CHECK(left.first().change.after == QJsonValue(QStringLiteral("New")));
    CHECK(doc->undoStack()->count() == steps); // not an edit: the undo stack is as it was

    // What was pruned cannot be undone: a card is not restored as it was
    // before then (it would come back as it was at the pruning, misdated),
    // after then it is; the file remembers it when opened again.
    const QDateTime pruned = clock.t.addDays(-1);
    auto before = edit::cardAsOf(*doc, 1, pruned.addDays(-50));
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().message.contains(QStringLiteral("no history before")));
    CHECK(edit::cardAsOf(*doc, 1, pruned.addSecs(60)).ok());
    const QString path = doc->path();
    doc.reset();
    auto reopened = Document::open(path);
    REQUIRE(reopened.ok());
    auto noted = reopened.value()->historyPrunedBefore();
    REQUIRE(noted.ok());
    CHECK(*noted == pruned);
    // A later, earlier pruning leaves the note at the later date.
    REQUIRE(reopened.value()->pruneHistory(pruned.addDays(-10)).ok());
    CHECK(*reopened.value()->historyPrunedBefore() == pruned);
}

TEST_CASE("a copy without history restores no card as it was before it was made",
          "[history][restore]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Old"), edit::Merge::No));
    const QString copy = dir.file(QStringLiteral("copy.cxmap"));
    REQUIRE_FALSE(doc->saveCopy(copy, false));
    auto shared = Document::open(copy);
    REQUIRE(shared.ok());
    auto noted = shared.value()->historyPrunedBefore();
    REQUIRE(noted.ok());
    CHECK(qAbs(noted->secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK_FALSE(edit::cardAsOf(*shared.value(), 1, clock.t.addDays(-1)).ok());
    CHECK_FALSE(doc->historyPrunedBefore()->isValid()); // the map itself keeps all
}

TEST_CASE("a version 3 file is upgraded and keeps a history from then on", "[history][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v3.cxmap"));
    {
        auto doc = Document::create(path, test::smallDocument());
        REQUIRE(doc.ok());
    }
    {
        // What a file of the previous version holds: no history, no versions.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db,
                             "DROP TABLE history; DROP TABLE versions; DROP TABLE card_reviews; "
                             "DROP TABLE card_actions; "
                             "PRAGMA user_version = 3;",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto doc = Document::open(path);
    REQUIRE(doc.ok());
    CHECK(doc.value()->snapshot().cards.size() == test::smallDocument().cards.size());
    CHECK(all(*doc.value()).isEmpty());
    REQUIRE_FALSE(edit::setCardTitle(*doc.value(), 1, QStringLiteral("After"), edit::Merge::No));
    CHECK(all(*doc.value()).size() == 1);
    // Nothing before the upgrade is known: no card is restored as it was then.
    auto since = doc.value()->historyPrunedBefore();
    REQUIRE(since.ok());
    CHECK(qAbs(since->secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK_FALSE(edit::cardAsOf(*doc.value(), 1, since->addSecs(-60)).ok());
    CHECK(edit::cardAsOf(*doc.value(), 1, QDateTime::currentDateTimeUtc().addSecs(60)).ok());
}

TEST_CASE("typing merged into one undo step is one step of the history", "[history]")
{
    test::TempDir dir;
    Clock clock;
    auto doc = historyDoc(dir, clock);
    const QString original = doc->card(1)->title;
    const auto count = all(*doc).size();
    for (const char* typed : {"S", "Se", "See", "Sees"}) {
        clock.t = clock.t.addSecs(1);
        REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QString::fromLatin1(typed)));
    }
    REQUIRE(doc->undoStack()->count() == 1);
    QList<HistoryRecord> records = all(*doc);
    REQUIRE(records.size() == count + 1);
    CHECK(records.first().change.before == QJsonValue(original));
    CHECK(records.first().change.after == QJsonValue(QStringLiteral("Sees")));
    CHECK(records.first().at == clock.t);

    // An undo is a step of its own, and typing after it starts a new one.
    doc->undoStack()->undo();
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("T")));
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("To")));
    records = all(*doc);
    REQUIRE(records.size() == count + 3);
    CHECK(records[1].text.startsWith(QStringLiteral("Undo ")));
    CHECK(records[1].change.after == QJsonValue(original));
    CHECK(records[0].change.before == QJsonValue(original));
    CHECK(records[0].change.after == QJsonValue(QStringLiteral("To")));
}
