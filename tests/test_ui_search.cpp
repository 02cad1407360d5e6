// Ctrl+F on the sample map, as a department head uses it: words and filters
// narrow the cards, the matches are listed and walked with Enter and F3, the
// rest dim together with the lens, Esc clears and then closes.

#include <catch2/catch.hpp>

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/edit.h"
#include "mainwindow.h"
#include "model/document.h"
#include "samplewindow.h"
#include "testutil.h"
#include "workshop/searchbar.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

using namespace cx;

namespace {

bool dimmed(const MainWindow& w, Id cardId)
{
    const canvas::CardItem* item = w.scene()->cardItem(cardId);
    return item && item->opacity() < 0.5;
}

} // namespace

TEST_CASE("Ctrl+F finds cards, lists them, walks them and dims the rest", "[ui][search]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    const Document& doc = *w.document();
    const Id journey = w.journey();
    SearchBar* bar = w.searchBar();
    REQUIRE_FALSE(bar->isVisible());

    w.view()->setFocus();
    QTest::keySequence(&w, QKeySequence::Find);
    REQUIRE(bar->isVisible());
    REQUIRE(bar->lineEdit()->hasFocus());
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("invoice"));
    // What the user expects: every card with the word, and only those.
    QList<Id> expected;
    for (Id id : doc.cardIdsOfJourney(journey)) {
        const Card* c = doc.card(id);
        bool has = c->title.contains(QStringLiteral("invoice"), Qt::CaseInsensitive) ||
                   c->description.contains(QStringLiteral("invoice"), Qt::CaseInsensitive);
        for (const QString& t : c->tags)
            has = has || t.contains(QStringLiteral("invoice"), Qt::CaseInsensitive);
        for (const Comment& m : c->comments)
            has = has || m.text.contains(QStringLiteral("invoice"), Qt::CaseInsensitive);
        if (has)
            expected.append(id);
    }
    REQUIRE(expected.size() >= 3);
    CHECK(bar->matches() == expected);
    QAbstractItemModel* rows = bar->list()->model();
    REQUIRE(rows->rowCount() == expected.size());
    const Card* first = doc.card(expected.first());
    CHECK(rows->index(0, 0).data().toString() ==
          QStringLiteral("%1 · %2 · %3")
              .arg(doc.stage(first->stageId)->name, doc.lane(first->laneId)->name, first->title));
    for (Id id : doc.cardIdsOfJourney(journey))
        CHECK(dimmed(w, id) != expected.contains(id));

    // Enter goes to the first match, F3 to the next, Shift+F3 back.
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    CHECK(w.scene()->selectedCardIds() == QList<Id>{expected[0]});
    QTest::keyClick(&w, Qt::Key_F3);
    CHECK(w.scene()->selectedCardIds() == QList<Id>{expected[1]});
    const QRect shown = w.view()->mapFromScene(w.scene()->cardRect(expected[1])).boundingRect();
    CHECK(w.view()->viewport()->rect().contains(shown));
    QTest::keyClick(&w, Qt::Key_F3, Qt::ShiftModifier);
    CHECK(w.scene()->selectedCardIds() == QList<Id>{expected[0]});

    // A filter narrows it; the lens and the search combine.
    QComboBox* department = bar->filter(QStringLiteral("searchDepartment"));
    REQUIRE(department);
    const Id billing = doc.departmentByName(QStringLiteral("Billing & Finance"))->id;
    department->setCurrentIndex(department->findData(billing));
    for (Id id : bar->matches()) {
        const Card* c = doc.card(id);
        CHECK((c->accountableId == billing || c->contributingIds.contains(billing)));
    }
    const QList<Id> billingMatches = bar->matches();
    REQUIRE_FALSE(billingMatches.isEmpty());
    department->setCurrentIndex(0);
    const Id it = doc.departmentByName(QStringLiteral("IT"))->id;
    w.setLens(it);
    w.scene()->flush();
    int brightInLens = 0, dimmedInLens = 0;
    for (Id id : doc.cardIdsOfJourney(journey)) {
        const Card* c = doc.card(id);
        if (c->accountableId != it && !c->contributingIds.contains(it))
            continue;
        // IT's own cards: bright if they match, dimmed by the search if not.
        CHECK(dimmed(w, id) == !expected.contains(id));
        ++(dimmed(w, id) ? dimmedInLens : brightInLens);
    }
    CHECK(brightInLens > 0);
    CHECK(dimmedInLens > 0);
    for (Id id : expected) { // a match outside the lens dims unless IT's work reaches it
        const Card* c = doc.card(id);
        if (c->accountableId != it && !c->contributingIds.contains(it) &&
            !w.scene()->cardItem(id)->isImpacted())
            CHECK(dimmed(w, id));
    }
    w.setLens(0);

    // Esc clears the search first (nothing dims), then closes the bar.
    bar->lineEdit()->setFocus();
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    CHECK(bar->lineEdit()->text().isEmpty());
    CHECK(bar->isVisible());
    for (Id id : doc.cardIdsOfJourney(journey))
        CHECK_FALSE(dimmed(w, id));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
    CHECK(w.view()->hasFocus());
}

TEST_CASE("a search follows edits to the map", "[ui][search]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    SearchBar* bar = w.searchBar();
    bar->open();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("zebra"));
    CHECK(bar->matches().isEmpty());
    const Id card = w.document()->cardIdsOfJourney(w.journey()).first();
    w.scene()->selectCards({card});
    REQUIRE(w.document()->card(card));
    Card renamed = *w.document()->card(card);
    renamed.title = QStringLiteral("Zebra crossing");
    REQUIRE_FALSE(edit::editCard(*w.document(), renamed));
    QApplication::processEvents();
    CHECK(bar->matches() == QList<Id>{card});
    CHECK_FALSE(dimmed(w, card));
    w.document()->undoStack()->undo();
    QApplication::processEvents();
    CHECK(bar->matches().isEmpty());
    // A card added while searching takes its place at once: dimmed, not a match.
    Card added;
    added.stageId = renamed.stageId;
    added.laneId = renamed.laneId;
    added.position = -1;
    added.title = QStringLiteral("Parcel shipped");
    const Result<Id> id = edit::addCard(*w.document(), added);
    REQUIRE(id.ok());
    CHECK(dimmed(w, *id));
}

TEST_CASE("a department filter whose department is removed stops filtering at once", "[ui][search]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    Document& doc = *w.document();
    SearchBar* bar = w.searchBar();
    bar->open();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("a"));
    const QList<Id> all = bar->matches();
    QComboBox* department = bar->filter(QStringLiteral("searchDepartment"));
    const Id billing = doc.departmentByName(QStringLiteral("Billing & Finance"))->id;
    department->setCurrentIndex(department->findData(billing));
    REQUIRE(bar->matches().size() < all.size());

    REQUIRE_FALSE(edit::removeDepartment(doc, billing));
    CHECK(department->currentIndex() == 0);
    CHECK(bar->matches() == all); // the same cards: removing a department leaves them
    const QString count = bar->findChild<QLabel*>(QStringLiteral("searchCount"))->text();
    CHECK(count.startsWith(QStringLiteral("%1 of").arg(all.size())));
}

TEST_CASE("a channel filter whose last card leaves that channel stops filtering", "[ui][search]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    Document& doc = *w.document();
    // A channel only one card of the journey uses.
    QHash<QString, QList<Id>> byChannel;
    for (Id id : doc.cardIdsOfJourney(w.journey()))
        byChannel[doc.card(id)->channel].append(id);
    QString lone;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        if (!it.key().isEmpty() && it.value().size() == 1)
            lone = it.key();
    }
    REQUIRE_FALSE(lone.isEmpty());
    SearchBar* bar = w.searchBar();
    bar->open();
    QComboBox* channel = bar->filter(QStringLiteral("searchChannel"));
    channel->setCurrentIndex(channel->findData(lone));
    REQUIRE(bar->matches() == byChannel[lone]);

    const Id card = byChannel[lone].first();
    Card after = *doc.card(card);
    after.channel = QStringLiteral("web");
    REQUIRE_FALSE(edit::editCard(doc, after));
    QApplication::processEvents();
    CHECK(channel->currentIndex() == 0); // "any channel": the filter is gone with its channel
    CHECK(channel->findData(lone) < 0);
    CHECK(bar->matches().isEmpty()); // no words and no filter: no search
}
