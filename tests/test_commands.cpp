#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "model/document.h"
#include "testutil.h"

#include <QUndoStack>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const test::TempDir& dir, const DocumentData& data)
{
    auto doc = Document::create(dir.file(QStringLiteral("doc.cxmap")), data);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

DocumentData reopened(const QString& path)
{
    DocumentData d = test::onDisk(path);
    d.canonicalize();
    return d;
}

} // namespace

TEST_CASE("adding a card is one undo step, written through to the file", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const DocumentData before = doc->snapshot();

    Card c;
    c.stageId = 1;
    c.laneId = 2;
    c.position = 0;
    c.title = QStringLiteral("Reads reviews");
    c.accountableId = 1;
    c.contributingIds = {1, 2, 2}; // the accountable one and a duplicate are dropped
    auto id = edit::addCard(*doc, c);
    REQUIRE(id.ok());
    REQUIRE(doc->card(id.value())->contributingIds == QList<Id>{2});
    REQUIRE(doc->cardIds(1, 2) == QList<Id>{id.value(), 1}); // pushed the ad down
    REQUIRE(doc->card(1)->position == 1);
    REQUIRE(reopened(doc->path()) == doc->snapshot());

    doc->undoStack()->undo();
    REQUIRE(doc->snapshot() == before);
    REQUIRE(reopened(doc->path()) == before);
    doc->undoStack()->redo();
    REQUIRE(doc->card(id.value())->title == QStringLiteral("Reads reviews"));
}

TEST_CASE("bad card values are refused with a message and change nothing", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const DocumentData before = doc->snapshot();
    Card c;
    c.stageId = 1;
    c.laneId = 2;
    c.title = QStringLiteral("  ");
    REQUIRE(edit::addCard(*doc, c).error().message.contains(QStringLiteral("title")));
    c.title = QStringLiteral("ok");
    c.emotion = 7;
    REQUIRE(edit::addCard(*doc, c).error().message.contains(QStringLiteral("-2..+2")));
    c.emotion.reset();
    c.accountableId = 99;
    REQUIRE(edit::addCard(*doc, c).error().message.contains(QStringLiteral("99")));
    c.accountableId = 0;
    c.stageId = 42;
    REQUIRE_FALSE(edit::addCard(*doc, c).ok());
    REQUIRE(doc->snapshot() == before);
    REQUIRE(doc->undoStack()->count() == 0);
}

TEST_CASE("typing in one field merges into one undo step", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    for (const char* t : {"C", "Ch", "Che", "Chec", "Check"})
        REQUIRE_FALSE(edit::setCardTitle(*doc, 2, QString::fromLatin1(t)));
    REQUIRE(doc->undoStack()->count() == 1);
    REQUIRE(doc->card(2)->title == QStringLiteral("Check"));
    REQUIRE(reopened(doc->path()).cards[1].title == QStringLiteral("Check"));

    // Another field starts a new step.
    Card c = *doc->card(2);
    c.description = QStringLiteral("Times out");
    REQUIRE_FALSE(edit::editCard(*doc, c, edit::Merge::Typing));
    REQUIRE(doc->undoStack()->count() == 2);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    REQUIRE(doc->card(2)->title == QStringLiteral("Checkout page"));
    REQUIRE(doc->card(2)->description.isEmpty());
}

TEST_CASE("typing back to where it started leaves no undo step", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    REQUIRE_FALSE(edit::setCardTitle(*doc, 5, QStringLiteral("Reads first invoic")));
    REQUIRE_FALSE(edit::setCardTitle(*doc, 5, QStringLiteral("Reads first invoice")));
    REQUIRE(doc->undoStack()->count() == 0);
}

TEST_CASE("removing a stage takes its cards and links, undo restores them intact", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const DocumentData before = doc->snapshot();
    REQUIRE_FALSE(edit::removeStage(*doc, 2)); // Purchase: cards 2, 3, 4; links 1, 2
    REQUIRE(doc->stageIds(1) == QList<Id>{1, 3});
    REQUIRE(doc->stage(3)->position == 1);
    REQUIRE(doc->cardCount() == 2);
    REQUIRE(doc->linkCount() == 0);
    REQUIRE(reopened(doc->path()) == doc->snapshot());
    doc->undoStack()->undo();
    REQUIRE(doc->snapshot() == before);
    REQUIRE(reopened(doc->path()) == before);
}

TEST_CASE("removing a lane undoes with its cards", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const DocumentData before = doc->snapshot();
    REQUIRE_FALSE(edit::removeLane(*doc, 3));
    REQUIRE(doc->cardCount() == 3);
    doc->undoStack()->undo();
    REQUIRE(doc->snapshot() == before);
}

TEST_CASE("removing a department hands its cards over or leaves them unowned", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const DocumentData before = doc->snapshot();

    SECTION("with a replacement")
    {
        REQUIRE_FALSE(edit::removeDepartment(*doc, 2, 1)); // IT -> Marketing
        REQUIRE(doc->card(2)->accountableId == 1);
        REQUIRE(doc->card(3)->accountableId == 1);
        REQUIRE(doc->card(3)->contributingIds.isEmpty()); // was {Marketing}: now accountable
        REQUIRE(doc->card(1)->contributingIds.isEmpty()); // IT left, Marketing accountable
    }
    SECTION("unowned")
    {
        REQUIRE_FALSE(edit::removeDepartment(*doc, 2));
        REQUIRE(doc->card(2)->accountableId == 0);
        REQUIRE(doc->card(1)->contributingIds.isEmpty());
    }
    REQUIRE(doc->department(2) == nullptr);
    const DocumentData after = doc->snapshot();
    for (const Card& c : after.cards) {
        REQUIRE(c.accountableId != 2);
        REQUIRE_FALSE(c.contributingIds.contains(2));
    }
    REQUIRE(reopened(doc->path()) == after);
    doc->undoStack()->undo();
    REQUIRE(doc->snapshot() == before);
}

TEST_CASE("moving cards to another cell and back", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const DocumentData before = doc->snapshot();
    REQUIRE_FALSE(edit::moveCards(*doc, {3, 1}, 3, 3, 0)); // into Billing / back stage
    REQUIRE(doc->cardIds(3, 3) == QList<Id>{3, 1});
    REQUIRE(doc->cardIds(2, 3) == QList<Id>{4});
    REQUIRE(doc->card(4)->position == 0);
    REQUIRE(reopened(doc->path()) == doc->snapshot());
    doc->undoStack()->undo();
    REQUIRE(doc->snapshot() == before);
}

TEST_CASE("reordering and renaming stages and lanes", "[commands]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const DocumentData before = doc->snapshot();
    REQUIRE_FALSE(edit::moveStage(*doc, 1, 2));
    REQUIRE(doc->stageIds(1) == QList<Id>{2, 3, 1});
    REQUIRE_FALSE(edit::renameLane(*doc, 2, QStringLiteral("Front stage")));
    auto stage = edit::addStage(*doc, 1, QStringLiteral("Renewal"), 1);
    REQUIRE(stage.ok());
    REQUIRE(doc->stageIds(1) == QList<Id>{2, stage.value(), 3, 1});
    REQUIRE(reopened(doc->path()) == doc->snapshot());
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    REQUIRE(doc->snapshot() == before);
}

TEST_CASE("on a full disk an edit fails with a clear message and loses nothing saved",
          "[commands][store]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    REQUIRE_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Saved before the disk filled")));
    QList<Error> reported;
    QObject::connect(doc.get(), &Document::errorOccurred,
                     [&](const Error& e) { reported.append(e); });
    REQUIRE_FALSE(doc->setMaxPageCount(1)); // no page more than the file has

    // Long descriptions until the file would have to grow.
    Error err;
    DocumentData before;
    int steps = 0;
    for (int i = 0; i < 200 && !err; ++i) {
        before = doc->snapshot();
        steps = doc->undoStack()->count();
        Card c = *doc->card(2);
        c.description = QString(4000, QChar(u'a' + i % 26));
        c.id = 0;
        err = edit::addCard(*doc, c).error();
    }
    REQUIRE(err.code == ErrorCode::DiskFull);
    CHECK(err.message.contains(QStringLiteral("disk is full")));
    CHECK(reported.size() == 1);
    // The document is still open, as it was before the failed edit, and so is the file.
    CHECK(doc->snapshot() == before);
    CHECK(doc->undoStack()->count() == steps);
    CHECK(reopened(doc->path()) == before);
    CHECK(doc->card(1)->title == QStringLiteral("Saved before the disk filled"));
    // An edit that needs no new page still goes through.
    CHECK_FALSE(edit::setCardTitle(*doc, 1, QStringLiteral("Short")));
    CHECK(reopened(doc->path()).cards[0].title == QStringLiteral("Short"));
}

TEST_CASE("a card edit names the card and the field in the undo history", "[commands][undotext]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    QUndoStack* stack = doc->undoStack();

    Card c = *doc->card(2); // "Checkout page", severity High, in progress
    c.severity = Level::Low;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    CHECK(stack->undoText() == QStringLiteral("Pain severity of “Checkout page”: High → Low"));

    c.accountableId = 1;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    CHECK(stack->undoText() == QStringLiteral("Owner of “Checkout page”: IT → Marketing"));

    c.status = CardStatus::Done;
    c.emotion = 1;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    CHECK(stack->undoText() == QStringLiteral("Edit “Checkout page”: Emotion, Status"));

    c.description = QStringLiteral("A long text that is not spelled out in the history");
    REQUIRE_FALSE(edit::editCard(*doc, c));
    CHECK(stack->undoText() == QStringLiteral("Description of “Checkout page”"));
}

TEST_CASE("a long title is elided and typing names the whole step", "[commands][undotext]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    QUndoStack* stack = doc->undoStack();
    const QString longTitle = QStringLiteral("Credit check before the contract is signed");
    REQUIRE_FALSE(edit::setCardTitle(*doc, 2, longTitle, edit::Merge::No));
    CHECK(stack->undoText() ==
          QStringLiteral("Rename “Checkout page” to “Credit check before the…”"));
    CHECK(stack->undoText().size() < 60);

    // Typing "Ab" in the title: one step from the long title to "Ab".
    REQUIRE_FALSE(edit::setCardTitle(*doc, 2, QStringLiteral("A")));
    REQUIRE_FALSE(edit::setCardTitle(*doc, 2, QStringLiteral("Ab")));
    CHECK(stack->undoText() == QStringLiteral("Rename “Credit check before the…” to “Ab”"));

    Card c = *doc->card(2);
    c.evidence = Evidence::Proposed;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    CHECK(stack->undoText() == QStringLiteral("Evidence of “Ab”: Assumed → Proposed"));
}

TEST_CASE("department short names are unique, whatever their capitals", "[commands][shortname]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument()); // Marketing (MKT), IT (IT)
    const int steps = doc->undoStack()->count();

    Department d;
    d.name = QStringLiteral("Marketing Technology");
    d.shortName = QStringLiteral("mkt");
    const Result<Id> refused = edit::addDepartment(*doc, d);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("“mkt”")));
    CHECK(refused.error().message.contains(QStringLiteral("“Marketing”")));
    CHECK(doc->departmentIds().size() == 2);

    Department it = *doc->department(2);
    it.shortName = QStringLiteral("Mkt");
    const Error err = edit::editDepartment(*doc, it);
    CHECK(err);
    CHECK(err.message.contains(QStringLiteral("Marketing")));
    CHECK(doc->department(2)->shortName == QStringLiteral("IT"));

    // An import's departments get a free short name: imports make them up.
    edit::NewContent content;
    const std::pair<const char*, const char*> imported[] = {
        {"Finance", "FIN"}, {"Financing", "fin"}, {"Infotech", "it"}};
    for (const auto& [name, shortName] : imported) {
        Department dep;
        dep.id = -(content.departments.size() + 1);
        dep.name = QString::fromLatin1(name);
        dep.shortName = QString::fromLatin1(shortName);
        content.departments.append(dep);
    }
    REQUIRE(edit::addContent(*doc, content, QStringLiteral("Import")).ok());
    CHECK(doc->departmentByName(QStringLiteral("Finance"))->shortName == QStringLiteral("FIN"));
    CHECK(doc->departmentByName(QStringLiteral("Financing"))->shortName == QStringLiteral("fin2"));
    CHECK(doc->departmentByName(QStringLiteral("Infotech"))->shortName == QStringLiteral("it2"));
    CHECK(doc->undoStack()->count() == steps + 1);
    // Its own short name, or a free one, is fine; so is no short name twice.
    Department marketing = *doc->department(1);
    marketing.head = QStringLiteral("Cleo");
    CHECK_FALSE(edit::editDepartment(*doc, marketing));
    d.shortName = QStringLiteral("MT");
    CHECK(edit::addDepartment(*doc, d).ok());
    for (const char* name : {"Legal", "Facilities"}) {
        Department unnamed;
        unnamed.name = QString::fromLatin1(name);
        CHECK(edit::addDepartment(*doc, unnamed).ok());
    }
}

TEST_CASE("a map that already has two alike short names keeps its other edits",
          "[commands][shortname]")
{
    test::TempDir dir;
    DocumentData data = test::smallDocument();
    data.departments[1].shortName = QStringLiteral("mkt"); // an older file: IT goes by "mkt"
    auto doc = newDoc(dir, data);
    Department it = *doc->department(2);
    it.color = QColor(Qt::darkCyan);
    it.head = QStringLiteral("Dee");
    CHECK_FALSE(edit::editDepartment(*doc, it)); // its short name is not new
    CHECK(doc->department(2)->head == QStringLiteral("Dee"));
    Department marketing = *doc->department(1);
    marketing.shortName = QStringLiteral("IT2");
    CHECK_FALSE(edit::editDepartment(*doc, marketing)); // a free one
    marketing.shortName = QStringLiteral("MKT");
    CHECK(edit::editDepartment(*doc, marketing)); // taken by IT now
}

TEST_CASE("a lane's kind changes in one undo step, its cards stay", "[commands][lanekind]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const QString path = dir.file(QStringLiteral("doc.cxmap"));
    const QList<Id> cards = doc->cardIds(2, 3); // Purchase x Back stage
    REQUIRE_FALSE(cards.isEmpty());

    REQUIRE_FALSE(edit::setLaneKind(*doc, 3, LaneKind::SupportProcess));
    CHECK(doc->lane(3)->kind == LaneKind::SupportProcess);
    CHECK(doc->lane(3)->name == QStringLiteral("Back stage"));
    CHECK(doc->cardIds(2, 3) == cards);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->undoStack()->undoText().startsWith(QStringLiteral("Kind of lane “Back stage”: ")));
    CHECK(reopened(path) == doc->snapshot());

    CHECK_FALSE(edit::setLaneKind(*doc, 3, LaneKind::SupportProcess)); // no change, no step
    CHECK(doc->undoStack()->count() == 1);
    CHECK(edit::setLaneKind(*doc, 99, LaneKind::Note));
    CHECK(edit::setLaneKind(*doc, 3, LaneKind(laneKindCount)));

    doc->undoStack()->undo();
    CHECK(doc->lane(3)->kind == LaneKind::Backstage);
    CHECK(reopened(path).lanes == doc->snapshot().lanes);
    doc->undoStack()->redo();
    CHECK(doc->lane(3)->kind == LaneKind::SupportProcess);
}
