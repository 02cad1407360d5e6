#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "io/cardclip.h"
#include "model/document.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <algorithm>
#include <string>
#include <vector>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const QString& path, const DocumentData& data)
{
    auto doc = Document::create(path, data);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

DocumentData onDisk(const Document& doc)
{
    DocumentData d = test::onDisk(doc.path());
    d.canonicalize();
    return d;
}

// A card with everything but its id and place: what a copy must keep.
Card withoutPlace(Card c)
{
    c.id = 0;
    c.stageId = 0;
    c.laneId = 0;
    c.position = 0;
    return c;
}

QStringList stageNames(const Document& doc, Id journeyId)
{
    QStringList names;
    for (Id id : doc.stageIds(journeyId))
        names.append(doc.stage(id)->name);
    return names;
}

QStringList titles(const Document& doc, Id stageId, Id laneId)
{
    QStringList out;
    for (Id id : doc.cardIds(stageId, laneId))
        out.append(doc.card(id)->title);
    return out;
}

// Another document with other ids: departments "it" (7) and "Sales" (5), no
// Marketing; journey 3 with stages "purchase" (10) and "Delivery" (11), lanes
// "Touchpoints" (20) and "BACK STAGE" (21); one card (30) in Delivery/Touchpoints.
DocumentData otherDocument()
{
    DocumentData d;
    d.title = QStringLiteral("Other map");
    d.departments = {
        {5, QStringLiteral("Sales"), QStringLiteral("SAL"), QColor(Qt::red), {}, {}, 0},
        {7, QStringLiteral("it"), QStringLiteral("IT"), QColor(Qt::blue), {}, {}, 1}};
    d.journeys = {{3, QStringLiteral("Mobile"), {}, JourneyState::Current, 0, 0, 0}};
    d.stages = {{10, 3, QStringLiteral("purchase"), {}, 0},
                {11, 3, QStringLiteral("Delivery"), {}, 1}};
    d.lanes = {{20, 3, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 0},
               {21, 3, QStringLiteral("BACK STAGE "), LaneKind::Backstage, 1}};
    Card c;
    c.id = 30;
    c.stageId = 11;
    c.laneId = 20;
    c.title = QStringLiteral("Van arrives");
    d.cards = {c};
    return d;
}

// The JSON with the value at a dotted path ("cards.0.emotion") replaced, or
// removed when the value is undefined.
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? value : replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = path.isEmpty() ? value : replaced(object.value(key), path, value);
    return object;
}

QByteArray changedClip(const QByteArray& clip, const char* path, const QJsonValue& value)
{
    const QJsonValue root = replaced(QJsonDocument::fromJson(clip).object(),
                                     QString::fromLatin1(path).split(QLatin1Char('.')), value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

// What the editor does on Paste: read the clipboard, then paste what it holds.
Result<QList<Id>> pasteJson(Document& doc, const QByteArray& json, Id journeyId, Id stageId,
                            Id laneId)
{
    Result<ClipCards> clip = cardsFromClip(json);
    if (!clip)
        return clip.error();
    return pasteCards(doc, *clip, journeyId, stageId, laneId);
}

} // namespace

TEST_CASE("duplicated cards land right after their originals, with their inner links", "[paste]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    const DocumentData before = doc->snapshot();

    // Cell (Purchase, Back stage) holds "Order processing" (3) over "Credit
    // check" (4); link 2 is 4 -> 3, link 1 is 3 -> 2 (card 2 is not duplicated).
    const Result<QList<Id>> copies = edit::duplicateCards(*doc, {4, 3, 4});
    REQUIRE(copies.ok());
    REQUIRE(copies->size() == 2); // the repeated 4 counts once
    const Id copyOf4 = copies->at(0);
    const Id copyOf3 = copies->at(1);
    CHECK(doc->cardIds(2, 3) == QList<Id>{3, copyOf3, 4, copyOf4});
    CHECK(titles(*doc, 2, 3) ==
          QStringList{"Order processing", "Order processing", "Credit check", "Credit check"});
    CHECK(withoutPlace(*doc->card(copyOf3)) == withoutPlace(*doc->card(3)));
    CHECK(withoutPlace(*doc->card(copyOf4)) == withoutPlace(*doc->card(4)));

    REQUIRE(doc->linkCount() == 3);
    REQUIRE(doc->linkIdsOf(copyOf4).size() == 1);
    const Link* copied = doc->link(doc->linkIdsOf(copyOf4).first());
    CHECK(copied->fromCardId == copyOf4);
    CHECK(copied->toCardId == copyOf3);
    CHECK(copied->type == LinkType::DependsOn);
    CHECK(doc->linkIdsOf(copyOf3) == QList<Id>{copied->id}); // 3 -> 2 was not copied
    CHECK(onDisk(*doc) == doc->snapshot());

    // One undo step takes every copy and link away, on disk too.
    const DocumentData after = doc->snapshot();
    REQUIRE(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
    CHECK(onDisk(*doc) == before);

    // Redo brings back the same ids in the same places.
    doc->undoStack()->redo();
    CHECK(doc->snapshot() == after);
    CHECK(onDisk(*doc) == after);
}

TEST_CASE("duplicating or inserting bad cards is refused and changes nothing", "[paste]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    const DocumentData before = doc->snapshot();

    CHECK(edit::duplicateCards(*doc, {1, 99}).error().message.contains(QStringLiteral("99")));

    Card good = *doc->card(1);
    Card bad = *doc->card(2);
    bad.id = 2;
    bad.emotion = 99;
    Result<QList<Id>> r = edit::insertCards(*doc, {good, bad}, {}, 1, 1, 0);
    CHECK(r.error().code == ErrorCode::InvalidArgument);
    CHECK(r.error().message.contains(QStringLiteral("99")));

    bad = good;
    bad.id = 2;
    bad.accountableId = 42; // no such department here
    CHECK(edit::insertCards(*doc, {good, bad}, {}, 1, 1, 0)
              .error()
              .message.contains(QStringLiteral("42")));
    CHECK_FALSE(edit::insertCards(*doc, {good}, {}, 1, 99, 0).ok()); // no lane 99

    Link self{1, 1, 1, LinkType::Feeds, {}};
    CHECK_FALSE(edit::insertCards(*doc, {good}, {self}, 1, 1, 0).ok());

    CHECK(doc->snapshot() == before);
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("inserted cards go into one cell in order, links among them remapped", "[paste]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    const DocumentData before = doc->snapshot();
    Card a = *doc->card(3); // ids say which cards the links join
    Card b = *doc->card(4);
    Card c = *doc->card(5);
    const QList<Link> links = {{7, 4, 3, LinkType::Triggers, QStringLiteral("kept")},
                               {8, 3, 2, LinkType::Feeds, {}}}; // card 2 is not inserted: dropped
    // Into (Awareness, Touchpoints), which holds the social ad (1), from position 0 on.
    const Result<QList<Id>> ids = edit::insertCards(*doc, {a, b, c}, links, 1, 2, 0);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 3);
    CHECK(doc->cardIds(1, 2) == QList<Id>{ids->at(0), ids->at(1), ids->at(2), 1});
    CHECK(doc->card(ids->at(2))->title == QStringLiteral("Reads first invoice"));
    CHECK(doc->card(ids->at(0))->accountableId == 2);
    REQUIRE(doc->linkCount() == 3);
    const QList<Id> newLinks = doc->linkIdsOf(ids->at(1));
    REQUIRE(newLinks.size() == 1);
    const Link* l = doc->link(newLinks.first());
    CHECK(l->fromCardId == ids->at(1));
    CHECK(l->toCardId == ids->at(0));
    CHECK(l->type == LinkType::Triggers);
    CHECK(l->label == QStringLiteral("kept"));

    // -1 = at the end of the cell.
    const Result<QList<Id>> atEnd = edit::insertCards(*doc, {a}, {}, 1, 2, -1);
    REQUIRE(atEnd.ok());
    CHECK(doc->cardIds(1, 2).last() == atEnd->first());
    CHECK(onDisk(*doc) == doc->snapshot());

    REQUIRE(doc->undoStack()->count() == 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
}

TEST_CASE("a cloned journey copies everything with new ids, undoes and stays on disk", "[paste]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("doc.cxmap"));
    auto doc = newDoc(path, test::smallDocument());
    const DocumentData before = doc->snapshot();

    const Result<Id> cloned =
        edit::cloneJourney(*doc, 1, QStringLiteral("Broadband (future)"), JourneyState::Future);
    REQUIRE(cloned.ok());
    const Id j = cloned.value();
    CHECK(doc->journeyIds() == QList<Id>{1, j});
    const Journey* clone = doc->journey(j);
    CHECK(clone->name == QStringLiteral("Broadband (future)"));
    CHECK(clone->state == JourneyState::Future);
    CHECK(clone->sourceJourneyId == 1);
    CHECK(clone->personaId == 1);
    CHECK(clone->description == doc->journey(1)->description);
    CHECK(stageNames(*doc, j) == stageNames(*doc, 1));

    // Stage by stage, lane by lane, cell by cell: the same cards under new ids.
    const QList<Id> oldStages = doc->stageIds(1), newStages = doc->stageIds(j);
    const QList<Id> oldLanes = doc->laneIds(1), newLanes = doc->laneIds(j);
    REQUIRE(newLanes.size() == oldLanes.size());
    QHash<Id, Id> cardCopy;
    for (qsizetype s = 0; s < oldStages.size(); ++s) {
        CHECK_FALSE(oldStages.contains(newStages[s]));
        for (qsizetype l = 0; l < oldLanes.size(); ++l) {
            CHECK(doc->lane(newLanes[l])->kind == doc->lane(oldLanes[l])->kind);
            const QList<Id> from = doc->cardIds(oldStages[s], oldLanes[l]);
            const QList<Id> to = doc->cardIds(newStages[s], newLanes[l]);
            REQUIRE(to.size() == from.size());
            for (qsizetype i = 0; i < from.size(); ++i) {
                CHECK(to[i] > 5);
                CHECK(withoutPlace(*doc->card(to[i])) == withoutPlace(*doc->card(from[i])));
                cardCopy.insert(from[i], to[i]);
            }
        }
    }
    CHECK(cardCopy.size() == 5);
    REQUIRE(doc->linkCount() == 4);
    for (Id id : {Id(1), Id(2)}) {
        const Link original = *doc->link(id);
        const QList<Id> ofCopy = doc->linkIdsOf(cardCopy.value(original.fromCardId));
        const auto same = [&](Id l) {
            const Link* c = doc->link(l);
            return c->id != original.id && c->toCardId == cardCopy.value(original.toCardId) &&
                   c->type == original.type && c->label == original.label;
        };
        CHECK(std::count_if(ofCopy.cbegin(), ofCopy.cend(), same) == 1);
    }
    const DocumentData after = doc->snapshot();
    CHECK(onDisk(*doc) == after);

    // One undo step removes all of it; redo brings back the same ids.
    REQUIRE(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
    CHECK(onDisk(*doc) == before);
    doc->undoStack()->redo();
    CHECK(doc->snapshot() == after);

    // Closed and opened again, the file holds the clone.
    doc.reset();
    auto reopened = Document::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->snapshot() == after);
}

TEST_CASE("cloning refuses an unknown journey or an empty name", "[paste]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    const DocumentData before = doc->snapshot();
    CHECK(edit::cloneJourney(*doc, 9, QStringLiteral("Copy"), JourneyState::Current)
              .error()
              .message.contains(QStringLiteral("9")));
    CHECK_FALSE(edit::cloneJourney(*doc, 1, QStringLiteral(" "), JourneyState::Current).ok());
    CHECK(doc->snapshot() == before);
    CHECK(doc->undoStack()->count() == 0);

    // A current-state copy is compared with nothing.
    const Result<Id> copy =
        edit::cloneJourney(*doc, 1, QStringLiteral("Copy"), JourneyState::Current);
    REQUIRE(copy.ok());
    CHECK(doc->journey(copy.value())->sourceJourneyId == 0);
}

TEST_CASE("cards pasted into another document find departments, stages and lanes by name",
          "[paste]")
{
    test::TempDir dir;
    auto from = newDoc(dir.file(QStringLiteral("from.cxmap")), test::smallDocument());
    auto to = newDoc(dir.file(QStringLiteral("to.cxmap")), otherDocument());
    const DocumentData before = to->snapshot();

    const QByteArray json = cardsToClip(*from, {4, 1, 3, 2, 4, 77});
    const Result<ClipCards> clip = cardsFromClip(json);
    REQUIRE(clip.ok());
    REQUIRE(clip->cards.size() == 4); // 77 is no card; 4 counts once
    Card original = *from->card(1);
    original.votes -= original.dotCount(); // the participants' dots stay on the original
    original.dots.clear();
    CHECK(clip->cards[0] == original); // reading order, every other field
    CHECK(clip->cards[0].votes == 1);
    CHECK(clip->links.size() == 2);

    // Fallback: (Delivery, Touchpoints), which already holds the van.
    const Result<QList<Id>> pasted = pasteCards(*to, *clip, 3, 11, 20);
    REQUIRE(pasted.ok());
    REQUIRE(pasted->size() == 4);
    const Card* ad = to->card(pasted->at(0));
    const Card* checkout = to->card(pasted->at(1));
    const Card* processing = to->card(pasted->at(2));
    const Card* credit = to->card(pasted->at(3));

    // "Awareness" is no stage here: the ad goes to the end of the fallback cell.
    CHECK(to->cardIds(11, 20) == QList<Id>{30, ad->id});
    CHECK(to->cardIds(10, 20) == QList<Id>{checkout->id});               // Purchase/Touchpoints
    CHECK(to->cardIds(10, 21) == QList<Id>{processing->id, credit->id}); // Purchase/Back stage

    // Marketing is unknown here: unowned, or dropped from the contributors;
    // IT is "it" (7) here.
    CHECK(ad->accountableId == 0);
    CHECK(ad->contributingIds == QList<Id>{7});
    CHECK(checkout->accountableId == 7);
    CHECK(processing->accountableId == 7);
    CHECK(processing->contributingIds.isEmpty());
    CHECK(ad->title == QStringLiteral("Social ad"));
    CHECK(ad->kpis == from->card(1)->kpis);
    CHECK(ad->tags == from->card(1)->tags);

    // Both links came along, onto the pasted cards.
    REQUIRE(to->linkCount() == 2);
    const Link* dependsOn = to->link(to->linkIdsOf(credit->id).first());
    CHECK(dependsOn->fromCardId == credit->id);
    CHECK(dependsOn->toCardId == processing->id);
    CHECK(dependsOn->type == LinkType::DependsOn);
    CHECK(onDisk(*to) == to->snapshot());

    // One undo step.
    REQUIRE(to->undoStack()->count() == 1);
    to->undoStack()->undo();
    CHECK(to->snapshot() == before);
    CHECK(onDisk(*to) == before);
}

TEST_CASE("pasting into the same journey puts the cards back into their own cells", "[paste]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    const Result<QList<Id>> pasted = pasteJson(*doc, cardsToClip(*doc, {1, 3}), 1, 3, 1);
    REQUIRE(pasted.ok());
    CHECK(doc->cardIds(1, 2) == QList<Id>{1, pasted->at(0)});
    CHECK(doc->cardIds(2, 3) == QList<Id>{3, 4, pasted->at(1)});
    CHECK(doc->card(pasted->at(0))->accountableId == 1); // same document, same departments
    CHECK(doc->card(pasted->at(0))->contributingIds == QList<Id>{2});
}

TEST_CASE("hostile clipboard data is refused with a message and changes nothing", "[paste]")
{
    test::TempDir dir;
    auto source = newDoc(dir.file(QStringLiteral("from.cxmap")), test::smallDocument());
    const QByteArray clip = cardsToClip(*source, {1, 2, 3, 4});
    auto doc = newDoc(dir.file(QStringLiteral("to.cxmap")), otherDocument());
    const DocumentData before = doc->snapshot();

    struct Case
    {
        const char* what;
        QByteArray json;
        const char* message; // the expected start of the message
    };
    const std::vector<Case> cases = {
        {"not JSON", "cards, please", "not valid JSON at byte "},
        {"empty", "", "not valid JSON at byte "},
        {"not an object", "[1]", "top level: expected an object"},
        {"a whole document", "{\"format\": \"cxmap\", \"version\": 1}",
         "format: \"cxmap\" is not \"cxmap-cards\""},
        {"no version", changedClip(clip, "version", QJsonValue::Undefined),
         "version: required member is missing"},
        {"version 0", changedClip(clip, "version", 0), "version: 0 is not a format version"},
        {"a newer version", changedClip(clip, "version", cardClipVersion + 1),
         "version: this clipboard data was written"},
        {"emotion 99", changedClip(clip, "cards.0.emotion", 99),
         "cards[0].emotion: 99 is out of range -2..2"},
        {"link to a missing card", changedClip(clip, "links.0.to", 999),
         "links[0].to: no card with id 999 in the clipboard data"},
        {"huge id", changedClip(clip, "cards.1.id", 1e300), "cards[1].id: 1e+300 is too large"},
        {"huge votes", changedClip(clip, "cards.0.votes", 1e12),
         "cards[0].votes: 1000000000000 is out of range 0..1000000"},
        {"huge position", changedClip(clip, "cards.2.position", 4294967296.0),
         "cards[2].position: 4294967296 is out of range"},
        {"huge KPI", changedClip(clip, "cards.0.kpis.1.value", 1e308),
         "cards[0].kpis[1].value: 1e+308 is out of range for a nps KPI"},
        {"duplicate card id", changedClip(clip, "cards.1.id", 1),
         "cards[1].id: duplicate card id 1"},
        {"stage not in the clip", changedClip(clip, "cards.0.stage", 3),
         "cards[0].stage: no stage with id 3 in the clipboard data"},
        {"unknown department", changedClip(clip, "cards.1.accountable", 12),
         "cards[1].accountable: no department with id 12"},
        {"self-link", changedClip(clip, "links.0.to", 3),
         "links[0].to: a link cannot join a card to itself"},
        {"empty title", changedClip(clip, "cards.3.title", ""),
         "cards[3].title: must not be empty"},
        {"card not an object", changedClip(clip, "cards.2", 5),
         "cards[2]: expected an object, got a number"},
        {"unknown member", changedClip(clip, "cards.0.colour", "red"),
         "cards[0].colour: unknown member"},
        {"stage name a number", changedClip(clip, "stages.0.name", 4),
         "stages[0].name: expected a string, got a number"},
    };
    for (const Case& c : cases) {
        const Result<QList<Id>> r = pasteJson(*doc, c.json, 3, 11, 20);
        INFO(c.what << ": " << r.error().message.toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == (c.what == std::string("a newer version")
                                     ? ErrorCode::NewerVersion
                                     : ErrorCode::InvalidData));
        CHECK(r.error().message.startsWith(QString::fromUtf8(c.message)));
    }
    for (qsizetype n = 0; n < clip.size(); ++n) { // every truncation
        INFO(n);
        REQUIRE_FALSE(cardsFromClip(clip.left(n)).ok());
    }

    // Values that bypass the reader are checked again by the paste itself.
    ClipCards bad = cardsFromClip(clip).value();
    bad.cards[1].emotion = 99;
    const Result<QList<Id>> r = pasteCards(*doc, bad, 3, 11, 20);
    CHECK(r.error().message.contains(QStringLiteral("99")));
    CHECK_FALSE(pasteCards(*doc, cardsFromClip(clip).value(), 3, 11, 99).ok()); // no lane 99
    CHECK_FALSE(pasteCards(*doc, cardsFromClip(clip).value(), 1, 11, 20).ok()); // no journey 1

    CHECK(doc->snapshot() == before);
    CHECK(onDisk(*doc) == before);
    CHECK(doc->undoStack()->count() == 0);
}
