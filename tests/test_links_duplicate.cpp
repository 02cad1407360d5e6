// A link is there once (issue 14, part 7): a second link with the same cards,
// direction and type (model/linkrules.h) is refused wherever links come in,
// and a file that already holds one opens and is named by `cxmap check`.
// CSV and Mermaid imports carry no links (io/csvformat.h, io/mermaidformat.h),
// so they need no check.

#include <catch2/catch.hpp>

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "dialogwatcher.h"
#include "io/cardclip.h"
#include "io/jsonformat.h"
#include "mainwindow.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cx;

namespace {

// The small document's link 1: "Order processing" (3) feeds "Checkout page" (2).
const QString orderFeedsCheckout = QStringLiteral(
    "There is already a link \u201cOrder processing\u201d feeds \u201cCheckout page\u201d");

// The small document with link 1 there a second time, under another label:
// what a file from before duplicates were refused may hold.
DocumentData withDuplicate()
{
    DocumentData data = test::smallDocument();
    data.links.append({7, 3, 2, LinkType::Feeds, QStringLiteral("again")});
    return data;
}

std::unique_ptr<Document> create(const QString& path, const DocumentData& data)
{
    auto doc = Document::create(path, data); // no checks: as an older file was written
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

// The small document's JSON with one more link in its journey.
QByteArray jsonWithLink(const QJsonObject& link)
{
    QJsonObject root = QJsonDocument::fromJson(toJson(test::smallDocument())).object();
    QJsonArray journeys = root[QStringLiteral("journeys")].toArray();
    QJsonObject journey = journeys[0].toObject();
    QJsonArray links = journey[QStringLiteral("links")].toArray();
    links.append(link);
    journey[QStringLiteral("links")] = links;
    journeys[0] = journey;
    root[QStringLiteral("journeys")] = journeys;
    return QJsonDocument(root).toJson();
}

QJsonObject linkJson(Id id, Id from, Id to, const char* type)
{
    return {{"id", id}, {"from", from}, {"to", to}, {"type", type}, {"label", "x"}};
}

QJsonArray linksOfClip(const QByteArray& clip)
{
    return QJsonDocument::fromJson(clip).object()[QStringLiteral("links")].toArray();
}

} // namespace

TEST_CASE("adding a link that is there already is refused, the reverse and other types are not",
          "[links]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const int links = doc->linkCount();

    const auto again = edit::addLink(*doc, 3, 2, LinkType::Feeds, QStringLiteral("other label"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == orderFeedsCheckout);
    CHECK(doc->linkCount() == links);
    CHECK(doc->undoStack()->count() == 0);

    // Checkout page feeds Order processing: impact flows the other way, another link.
    CHECK(edit::addLink(*doc, 2, 3, LinkType::Feeds).ok());
    CHECK(edit::addLink(*doc, 3, 2, LinkType::Triggers).ok());
    CHECK(doc->linkCount() == links + 2);
    CHECK(doc->undoStack()->count() == 2);
}

TEST_CASE("retyping a link into one that is there already is refused", "[links]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const auto triggers = edit::addLink(*doc, 3, 2, LinkType::Triggers);
    REQUIRE(triggers.ok());
    const int steps = doc->undoStack()->count();

    Link l = *doc->link(triggers.value());
    l.type = LinkType::Feeds;
    const Error refused = edit::editLink(*doc, l);
    CHECK(refused.message == orderFeedsCheckout);
    CHECK(doc->link(triggers.value())->type == LinkType::Triggers);
    CHECK(doc->undoStack()->count() == steps);

    // An edit never reverses a link (its ends stay), so it cannot become a
    // duplicate that way; a link keeps its own key when only its label changes.
    Link reversed = *doc->link(1);
    std::swap(reversed.fromCardId, reversed.toCardId);
    reversed.label = QStringLiteral("new label");
    CHECK_FALSE(edit::editLink(*doc, reversed));
    CHECK(doc->link(1)->fromCardId == 3);
    CHECK(doc->link(1)->label == QStringLiteral("new label"));
    l.type = LinkType::Wait;
    CHECK_FALSE(edit::editLink(*doc, l));
}

TEST_CASE("JSON import refuses a link given twice, by its path", "[links][json]")
{
    const auto twice = fromJson(jsonWithLink(linkJson(9, 3, 2, "feeds")));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message ==
          QStringLiteral("journeys[0].links[2]: a second link where card 3 feeds card 2 (the "
                         "first is journeys[0].links[0]); a link is there once"));

    CHECK(fromJson(jsonWithLink(linkJson(9, 2, 3, "feeds"))).ok());
    CHECK(fromJson(jsonWithLink(linkJson(9, 3, 2, "wait"))).ok());
}

TEST_CASE("pasted cards bring each link once, a clipboard holding one twice is refused",
          "[links][paste]")
{
    test::TempDir dir;
    auto doc = create(dir.file(QStringLiteral("old.cxmap")), withDuplicate());
    const int cards = doc->cardCount();
    const int links = doc->linkCount();

    SECTION("copying from a file with a duplicate puts the link on the clipboard once")
    {
        const QByteArray clip = cardsToClip(*doc, {2, 3});
        CHECK(linksOfClip(clip).size() == 1);
        const auto read = cardsFromClip(clip);
        REQUIRE(read.ok());
        // The copies are new cards: their link duplicates none of the originals'.
        const auto pasted = pasteCards(*doc, *read, 1, 1, 1);
        REQUIRE(pasted.ok());
        CHECK(doc->linkIdsAmong(*pasted).size() == 1);
        CHECK(doc->linkCount() == links + 1);
    }
    SECTION("a clipboard with a link twice is refused by its path, and nothing changes")
    {
        QJsonObject root = QJsonDocument::fromJson(cardsToClip(*doc, {2, 3})).object();
        QJsonArray clipLinks = root[QStringLiteral("links")].toArray();
        REQUIRE(clipLinks.size() == 1);
        clipLinks.append(linkJson(99, 3, 2, "feeds"));
        root[QStringLiteral("links")] = clipLinks;
        const auto read = cardsFromClip(QJsonDocument(root).toJson());
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.startsWith(
            QStringLiteral("links[1]: a second link where card 3 feeds card 2 (the first is "
                           "links[0])")));
    }
    SECTION("cards added with a link given twice are refused, and nothing changes")
    {
        QList<Card> copies{*doc->card(2), *doc->card(3)};
        const QList<Link> given{{1, 3, 2, LinkType::Feeds, {}}, {2, 3, 2, LinkType::Feeds, {}}};
        const auto added = edit::addCards(*doc, copies, given);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message == orderFeedsCheckout);
        CHECK(doc->cardCount() == cards);
        CHECK(doc->linkCount() == links);
        CHECK(doc->undoStack()->count() == 0);
    }
    SECTION("duplicating the cards or cloning the journey copies the link once")
    {
        const auto clone =
            edit::cloneJourney(*doc, 1, QStringLiteral("Clone"), JourneyState::Future);
        REQUIRE(clone.ok());
        const QList<Id> cloned = doc->cardIdsOfJourney(clone.value());
        CHECK(doc->linkIdsAmong(cloned).size() == test::smallDocument().links.size());
        const auto copies = edit::duplicateCards(*doc, {2, 3});
        REQUIRE(copies.ok());
        CHECK(doc->linkIdsAmong(*copies).size() == 1);
    }
}

TEST_CASE("a file holding a link twice opens, and cxmap check names it as a warning",
          "[links][cli]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("old.cxmap"));
    DocumentData data = withDuplicate();
    create(path, data);

    const test::Run check = test::cxmap({QStringLiteral("check"), path});
    CHECK(check.code == 0);
    CHECK(check.err == QStringLiteral("cxmap: warning: %1: the link \u201cOrder processing\u201d "
                                      "feeds \u201cCheckout page\u201d is there twice\n")
                           .arg(path));
    CHECK(check.out.contains(QStringLiteral("ok (1 journeys, 5 cards, 3 links)")));

    // Three times is said once, with the count; a clean file says nothing.
    data.links.append({8, 3, 2, LinkType::Feeds, {}});
    const QString thrice = dir.file(QStringLiteral("thrice.cxmap"));
    create(thrice, data);
    const test::Run three = test::cxmap({QStringLiteral("check"), thrice});
    CHECK(three.code == 0);
    CHECK(three.err.count(QStringLiteral("warning")) == 1);
    CHECK(three.err.contains(QStringLiteral("is there 3 times")));
    const QString clean = dir.file(QStringLiteral("clean.cxmap"));
    create(clean, test::smallDocument());
    CHECK(test::cxmap({QStringLiteral("check"), clean}).err.isEmpty());
}

TEST_CASE("the link gesture on the canvas shows why a link already there is refused", "[links][ui]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("old.cxmap"));
    create(path, withDuplicate());
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    REQUIRE(w.openFile(path)); // a file holding a duplicate opens
    REQUIRE(QTest::qWaitForWindowActive(&w));
    Document& doc = *w.document();
    const int links = doc.linkCount();
    canvas::JourneyView* view = w.view();
    view->centerOn(w.scene()->cardItem(3));
    auto onScreen = [view, &w](Id card) {
        return view->mapFromScene(w.scene()->cardItem(card)->sceneBoundingRect().center());
    };
    REQUIRE(view->viewport()->rect().contains(onScreen(2)));

    test::DialogWatcher error;
    error.arm();
    QObject answering;
    QTimer::singleShot(0, &answering, [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* a : menu->actions()) {
            if (a->data().isValid() && a->data().toInt() == int(LinkType::Feeds)) {
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::AltModifier, onScreen(3));
    QTest::mouseMove(view->viewport(), onScreen(2));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::AltModifier, onScreen(2));
    for (int waited = 0; error.seen == 0 && waited < 5000; waited += 20)
        QTest::qWait(20);
    REQUIRE(error.seen == 1);
    CHECK(error.text == orderFeedsCheckout);
    CHECK(doc.linkCount() == links);
    CHECK(doc.undoStack()->count() == 0);
}
