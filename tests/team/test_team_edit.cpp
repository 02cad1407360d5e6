// The editor on a team map (issue 15, parts 3 to 5): edits as server
// transactions that write only what changed, stale edits and stale undos
// refused with the other's name, ids from the server, and others' changes
// arriving live, one item at a time.

#include "commands/edit.h"
#include "model/document.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QUndoStack>

using namespace cx;
using cx::test::connectTo;
using cx::test::initialised;
using cx::test::openMap;
using cx::test::TeamDatabase;
using cx::test::waitFor;

namespace {

struct Published
{
    TeamDatabase db;
    DocumentData data = test::sampleDocument();
    Published()
    {
        auto server = initialised(db);
        REQUIRE(!server->publish(QStringLiteral("Sample"), data, false));
    }
    QString column(const QString& query) const { return db.value(query); }
    // A login role made a facilitator of the map.
    QString facilitator(const QString& name)
    {
        const QString role = db.addRole(name);
        REQUIRE(!connectTo(db.url())->grantFacilitator(QStringLiteral("Sample"), role));
        return role;
    }
};

} // namespace

TEST_CASE("Team edit: a title edit is one transaction that changes one row", "[team]")
{
    Published p;
    auto doc = openMap(p.db.url());
    CHECK(doc->isShared());
    CHECK(doc->path().contains(QStringLiteral("team map “Sample”")));
    CHECK(doc->snapshot() == p.data);
    const Id card = p.data.cards[3].id;

    REQUIRE(
        !edit::setCardTitle(*doc, card, QStringLiteral("Faster credit check"), edit::Merge::No));
    CHECK(p.column(QStringLiteral("SELECT title FROM cxmap.cards WHERE id = %1").arg(card)) ==
          QStringLiteral("Faster credit check"));
    CHECK(p.column(QStringLiteral("SELECT revision FROM cxmap.cards WHERE id = %1").arg(card)) ==
          QStringLiteral("2"));
    // Nothing else was written: every other row keeps its first revision.
    CHECK(p.column(QStringLiteral("SELECT count(*) FROM cxmap.cards WHERE revision <> 1")) ==
          QStringLiteral("1"));
    for (const char* table : {"departments", "stages", "lanes", "links", "journeys"})
        CHECK(p.column(QStringLiteral("SELECT count(*) FROM cxmap.%1 WHERE revision <> 1")
                           .arg(QLatin1String(table))) == QStringLiteral("0"));

    // Undo writes the title back, and the file's JSON would be the original's.
    doc->undoStack()->undo();
    CHECK(doc->lastError().code == ErrorCode::None);
    CHECK(connectTo(p.db.url())->read(QStringLiteral("Sample")).value() == p.data);
}

TEST_CASE("Team edit: new ids come from the server, never max + 1 on a client", "[team]")
{
    Published p;
    auto a = openMap(p.db.url());
    auto b = openMap(p.db.url());
    const Card model = p.data.cards.first();
    Card fresh;
    fresh.stageId = model.stageId;
    fresh.laneId = model.laneId;
    fresh.title = QStringLiteral("From A");
    fresh.position = 1000;
    auto fromA = edit::addCard(*a, fresh);
    fresh.title = QStringLiteral("From B");
    auto fromB = edit::addCard(*b, fresh); // B has not seen A's card
    REQUIRE(fromA.ok());
    REQUIRE(fromB.ok());
    CHECK(*fromA != *fromB);
    Id largest = 0;
    for (const Card& c : p.data.cards)
        largest = std::max(largest, c.id);
    CHECK(*fromA > largest);
    // Adding to the end of a cell rewrote no other card.
    CHECK(p.column(QStringLiteral("SELECT count(*) FROM cxmap.cards WHERE revision <> 1")) ==
          QStringLiteral("0"));
    CHECK(connectTo(p.db.url())->read(QStringLiteral("Sample"))->cards.size() ==
          p.data.cards.size() + 2);
}

TEST_CASE("Team edit: a card put between two others rewrites neither, and the other window "
          "shows it in its place",
          "[team]")
{
    Published p;
    auto a = openMap(p.db.url());
    auto b = openMap(p.db.url());
    // The fullest cell of the sample.
    Id stage = 0, lane = 0;
    for (const Card& c : p.data.cards) {
        if (a->cardIds(c.stageId, c.laneId).size() > a->cardIds(stage, lane).size())
            stage = c.stageId, lane = c.laneId;
    }
    const QList<Id> cell = a->cardIds(stage, lane);
    REQUIRE(cell.size() >= 2);
    auto rewritten = [&] {
        return p
            .column(QStringLiteral("SELECT count(*) FROM cxmap.cards WHERE revision <> 1 AND "
                                   "stage_id = %1 AND lane_id = %2")
                        .arg(stage)
                        .arg(lane))
            .toInt();
    };
    Card fresh;
    fresh.stageId = stage;
    fresh.laneId = lane;
    fresh.title = QStringLiteral("Between the first two");
    fresh.position = 1;
    auto added = edit::addCard(*a, fresh);
    REQUIRE(added.ok());
    CHECK(a->cardIds(stage, lane).indexOf(*added) == 1);
    CHECK(rewritten() == 0);
    REQUIRE(waitFor([&] { return b->card(*added) != nullptr; }));
    CHECK(b->cardIds(stage, lane) == a->cardIds(stage, lane));
    CHECK(b->snapshot() == a->snapshot());
    CHECK(connectTo(p.db.url())->read(QStringLiteral("Sample")).value() == a->snapshot());

    // Moving the last card to the front writes that card's row only.
    const Id last = cell.last();
    REQUIRE(!edit::moveCards(*a, {last}, stage, lane, 0));
    CHECK(a->cardIds(stage, lane).first() == last);
    CHECK(rewritten() == 1);
    REQUIRE(waitFor([&] { return b->cardIds(stage, lane).first() == last; }));

    // Twenty cards put in one spot: the cell runs out of room between two
    // numbers once and is numbered anew; every window still agrees.
    for (int i = 0; i < 20; ++i) {
        fresh.title = QStringLiteral("Squeezed %1").arg(i);
        fresh.position = 2;
        REQUIRE(edit::addCard(*a, fresh).ok());
    }
    const DocumentData server = connectTo(p.db.url())->read(QStringLiteral("Sample")).value();
    CHECK(a->snapshot() == server);
    REQUIRE(waitFor([&] { return b->snapshot() == server; }));
    CHECK(a->card(a->cardIds(stage, lane)[2])->title == QStringLiteral("Squeezed 19"));
    a->undoStack()->undo(); // the last one goes; the cell keeps its order
    CHECK(a->snapshot() == connectTo(p.db.url())->read(QStringLiteral("Sample")).value());
}

TEST_CASE("Team edit: another client's change arrives live and redraws only that card", "[team]")
{
    Published p;
    auto a = openMap(p.db.url());
    auto b = openMap(p.db.url());
    const Id card = p.data.cards[5].id;
    QSignalSpy changed(b.get(), &Document::cardChanged);
    QSignalSpy reloaded(b.get(), &Document::reloaded);

    REQUIRE(!edit::setCardTitle(*a, card, QStringLiteral("Seen by B"), edit::Merge::No));
    REQUIRE(waitFor([&] { return b->card(card)->title == QStringLiteral("Seen by B"); }));
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].value<Id>() == card);
    CHECK(changed[0][1].value<CardFields>() == CardFields(CardField::Title));
    CHECK(reloaded.isEmpty());
    CHECK(b->snapshot() == a->snapshot());

    // A card removed and one added arrive the same way.
    QSignalSpy added(b.get(), &Document::cardAdded);
    Card fresh = p.data.cards[5];
    fresh.id = 0;
    fresh.title = QStringLiteral("New from A");
    fresh.comments.clear();
    auto id = edit::addCard(*a, fresh);
    REQUIRE(id.ok());
    REQUIRE(waitFor([&] { return b->card(*id) != nullptr; }));
    CHECK(added.size() == 1);
    CHECK(reloaded.isEmpty());
    REQUIRE(!edit::removeCards(*a, {*id}));
    REQUIRE(waitFor([&] { return b->card(*id) == nullptr; }));
    CHECK(b->snapshot() == a->snapshot());
}

TEST_CASE("Team edit: a stale edit is refused with the other's name, both end with the server's "
          "state",
          "[team]")
{
    Published p;
    const QString ana = p.facilitator(QStringLiteral("ana"));
    auto a = openMap(p.db.urlAs(ana));
    auto b = openMap(p.db.url());
    const Id card = p.data.cards[7].id;

    REQUIRE(!edit::setCardTitle(*a, card, QStringLiteral("Ana's title"), edit::Merge::No));
    // B edits the same card before it has heard of Ana's change.
    QSignalSpy errors(b.get(), &Document::errorOccurred);
    const Error stale = edit::setCardTitle(*b, card, QStringLiteral("B's title"), edit::Merge::No);
    CHECK(stale.code == ErrorCode::Conflict);
    CHECK(stale.message.contains(QStringLiteral("changed by %1").arg(ana)));
    CHECK(errors.size() == 1);
    CHECK(b->card(card)->title == QStringLiteral("Ana's title")); // their version
    CHECK(b->undoStack()->count() == 0);
    auto server = connectTo(p.db.url())->read(QStringLiteral("Sample"));
    CHECK(server->cards[7].title == QStringLiteral("Ana's title"));
    waitFor([&] { return false; }); // let the notifications settle
    CHECK(a->snapshot() == *server);
    CHECK(b->snapshot() == *server);

    // B now edits on top of it: accepted.
    REQUIRE(!edit::setCardTitle(*b, card, QStringLiteral("B's title"), edit::Merge::No));
    REQUIRE(waitFor([&] { return a->card(card)->title == QStringLiteral("B's title"); }));
}

TEST_CASE("Team edit: undoing a step whose card someone has changed since is refused, and the "
          "stack stays usable",
          "[team]")
{
    Published p;
    const QString ana = p.facilitator(QStringLiteral("ana"));
    auto a = openMap(p.db.urlAs(ana));
    auto b = openMap(p.db.url());
    const Id first = p.data.cards[1].id, second = p.data.cards[2].id;
    REQUIRE(!edit::setCardTitle(*a, first, QStringLiteral("A one"), edit::Merge::No));
    REQUIRE(!edit::setCardTitle(*a, second, QStringLiteral("A two"), edit::Merge::No));
    REQUIRE(waitFor([&] { return b->card(second)->title == QStringLiteral("A two"); }));
    REQUIRE(!edit::setCardTitle(*b, second, QStringLiteral("B two"), edit::Merge::No));
    REQUIRE(waitFor([&] { return a->card(second)->title == QStringLiteral("B two"); }));

    REQUIRE(a->undoStack()->count() == 2);
    a->undoStack()->undo(); // "A two" -> would overwrite B's title
    CHECK(a->lastError().code == ErrorCode::Conflict);
    CHECK(a->lastError().message.contains(QStringLiteral("was not undone")));
    CHECK(a->card(second)->title == QStringLiteral("B two"));
    CHECK(a->undoStack()->count() == 1);
    a->undoStack()->undo(); // "A one" is still A's own
    CHECK(a->lastError().code == ErrorCode::None);
    CHECK(a->card(first)->title == p.data.cards[1].title);
    CHECK(a->undoStack()->canRedo());
}

TEST_CASE("Team edit: the editor's commands meet the server's roles with a clear message", "[team]")
{
    Published p;
    const QString bob = p.db.addRole(QStringLiteral("bob"));
    REQUIRE(
        !connectTo(p.db.url())
             ->grantMember(QStringLiteral("Sample"), bob, {QStringLiteral("Billing & Finance")}));
    auto doc = openMap(p.db.urlAs(bob));
    CHECK_FALSE(doc->isReadOnly());
    const Department* billing = doc->departmentByName(QStringLiteral("Billing & Finance"));
    REQUIRE(billing);
    Id own = 0, other = 0;
    for (const Card& c : p.data.cards) {
        if (c.accountableId == billing->id && !own)
            own = c.id;
        if (c.accountableId && c.accountableId != billing->id && !other)
            other = c.id;
    }
    // What the editor greys out, and says why.
    CHECK(doc->cardRefusal(own).isEmpty());
    CHECK(doc->cardRefusal(other).contains(QStringLiteral("you may vote and comment on it")));
    CHECK(doc->structureRefusal().contains(QStringLiteral("Only the map's facilitators")));
    CHECK(doc->access() == QStringLiteral("member of Billing & Finance"));
    REQUIRE(!edit::setCardTitle(*doc, own, QStringLiteral("Bob's invoice"), edit::Merge::No));
    // Its own card goes from a cell it shares with another department: the
    // others' cards stay where they are, untouched.
    Id shared = 0, cellStage = 0, cellLane = 0;
    for (const Stage& st : p.data.stages) {
        for (const Lane& ln : p.data.lanes) {
            const QList<Id> cell = doc->cardIds(st.id, ln.id);
            if (shared || cell.size() < 2 || doc->card(cell.last())->accountableId == billing->id)
                continue;
            for (int i = 0; i + 1 < cell.size() && !shared; ++i) {
                if (doc->card(cell[i])->accountableId == billing->id && cell[i] != own)
                    shared = cell[i], cellStage = st.id, cellLane = ln.id;
            }
        }
    }
    REQUIRE(shared != 0);
    const QList<Id> others = [&] {
        QList<Id> cell = doc->cardIds(cellStage, cellLane);
        cell.removeOne(shared);
        return cell;
    }();
    // Bob's own card moves past the others, to the end of the cell and back
    // to the front, and a new card of his goes first: none of the others'
    // rows is written, and the server orders the cell as his window does.
    auto serverCell = [&] {
        const DocumentData server = connectTo(p.db.url())->read(QStringLiteral("Sample")).value();
        QList<std::pair<int, Id>> cell;
        for (const Card& c : server.cards) {
            if (c.stageId == cellStage && c.laneId == cellLane)
                cell.append({c.position, c.id});
        }
        std::sort(cell.begin(), cell.end());
        QList<Id> ids;
        for (const auto& [position, id] : cell)
            ids.append(id);
        return ids;
    };
    const qsizetype size = doc->cardIds(cellStage, cellLane).size();
    REQUIRE(!edit::moveCards(*doc, {shared}, cellStage, cellLane, int(size)));
    CHECK(doc->cardIds(cellStage, cellLane).last() == shared);
    CHECK(serverCell() == doc->cardIds(cellStage, cellLane));
    REQUIRE(!edit::moveCards(*doc, {shared}, cellStage, cellLane, 0));
    CHECK(serverCell() == doc->cardIds(cellStage, cellLane));
    Card mine;
    mine.stageId = cellStage;
    mine.laneId = cellLane;
    mine.accountableId = billing->id;
    mine.title = QStringLiteral("Bob's first");
    mine.position = 0;
    REQUIRE(edit::addCard(*doc, mine).ok());
    CHECK(serverCell() == doc->cardIds(cellStage, cellLane));

    REQUIRE(!edit::removeCards(*doc, {shared}));
    CHECK(doc->cardIds(cellStage, cellLane).mid(1) == others);
    CHECK(p.column(QStringLiteral("SELECT count(*) FROM cxmap.cards WHERE id = %1").arg(shared)) ==
          QStringLiteral("0"));
    for (Id id : others) {
        if (doc->card(id)->accountableId != billing->id)
            CHECK(p.column(
                      QStringLiteral("SELECT revision FROM cxmap.cards WHERE id = %1").arg(id)) ==
                  QStringLiteral("1"));
    }

    const Error denied = edit::setCardTitle(*doc, other, QStringLiteral("x"), edit::Merge::No);
    CHECK(denied.code == ErrorCode::NoPermission);
    CHECK(denied.message.contains(QStringLiteral("department you are not a member of")));
    const Journey* j = doc->journey(doc->journeyIds().first());
    CHECK(edit::addStage(*doc, j->id, QStringLiteral("Extra")).error().code ==
          ErrorCode::NoPermission);
    auto server = connectTo(p.db.url())->read(QStringLiteral("Sample"));
    CHECK(server->stages.size() == p.data.stages.size());
    CHECK(doc->snapshot() == *server);

    const QString carol = p.db.addRole(QStringLiteral("carol"));
    REQUIRE(!connectTo(p.db.url())->grantViewer(QStringLiteral("Sample"), carol));
    auto viewer = openMap(p.db.urlAs(carol));
    CHECK(viewer->isReadOnly());
    CHECK(viewer->readOnlyReason().contains(QStringLiteral("may read this team map")));
    CHECK(edit::setCardTitle(*viewer, own, QStringLiteral("x"), edit::Merge::No).code ==
          ErrorCode::ReadOnly);
}
