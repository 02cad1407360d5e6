// Show Impact on the sample map, as a department head uses it: the chains of
// a back-stage card traced on the canvas over the search, summed up above it
// with each card a click away, and Esc ending the trace before the search.

#include <catch2/catch.hpp>

#include "analysis/chains.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/linkitem.h"
#include "commands/edit.h"
#include "docklayout.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/departmentpanel.h"
#include "panels/inspector.h"
#include "panels/panelrefresh.h"
#include "samplewindow.h"
#include "testutil.h"
#include "workshop/impactbar.h"
#include "workshop/searchbar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cx;

namespace {

bool dimmed(const MainWindow& w, Id cardId) { return w.scene()->cardItem(cardId)->opacity() < 0.5; }

// The back-stage card of the journey whose impact reaches the most customer moments.
Id busiestProcess(const Document& doc, Id journey)
{
    const DocumentData data = doc.snapshot();
    Id best = 0;
    int most = -1;
    for (Id id : doc.cardIdsOfJourney(journey)) {
        if (doc.lane(doc.card(id)->laneId)->kind != LaneKind::Backstage)
            continue;
        const int reach = analysis::chainsOfCard(data, id).summary.customerMoments;
        if (reach > most) {
            most = reach;
            best = id;
        }
    }
    return best;
}

} // namespace

TEST_CASE("Show Impact traces a card's chains both ways and Esc ends the trace first",
          "[ui][impact]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    const Document& doc = *w.document();
    const Id journey = w.journey();
    const Id card = busiestProcess(doc, journey);
    REQUIRE(card);
    const analysis::CardChains chains = analysis::chainsOfCard(doc.snapshot(), card);
    REQUIRE(chains.summary.customerMoments >= 3);

    // A search first: the trace shows over it.
    SearchBar* search = w.searchBar();
    search->open();
    QTest::keyClicks(search->lineEdit(), QStringLiteral("zzz-no-such-card"));
    REQUIRE(search->matches().isEmpty());

    w.scene()->selectCards({card});
    w.view()->setFocus();
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    ImpactBar* bar = w.impactBar();
    REQUIRE(bar->isVisible());
    REQUIRE(w.scene()->isTracing());
    const QString summary = bar->summary();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("reaches %1 customer moments, %2 unhappy")
                               .arg(chains.summary.customerMoments)
                               .arg(chains.summary.unhappy)));
    QSet<Id> onChain{card};
    for (const auto* chain : {&chains.forward, &chains.backward})
        for (const analysis::ChainCard& c : chain->cards)
            onChain.insert(c.cardId);
    for (Id id : doc.cardIdsOfJourney(journey)) {
        CHECK(dimmed(w, id) == !onChain.contains(id));
        CHECK(w.scene()->cardItem(id)->isImpacted() == (onChain.contains(id) && id != card));
    }
    QSet<Id> traced(chains.forward.links.cbegin(), chains.forward.links.cend());
    traced.unite(QSet<Id>(chains.backward.links.cbegin(), chains.backward.links.cend()));
    for (Id link : doc.allLinkIds()) {
        if (const canvas::LinkItem* item = w.scene()->linkItem(link))
            CHECK(item->isEmphasised() == traced.contains(link));
    }

    // A card named in the summary is a click away.
    const Id named = chains.forward.cards.first().cardId;
    auto* label = bar->findChild<QLabel*>(QStringLiteral("impactSummary"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("card:")));
    emit label->linkActivated(QStringLiteral("card:%1").arg(named));
    CHECK(w.scene()->selectedCardIds() == QList<Id>{named});
    CHECK(w.scene()->isTracing()); // the trace stays while its cards are visited

    // Esc in the card's title editor cancels the edit; the trace stays.
    const QString title = doc.card(named)->title;
    w.view()->setFocus();
    w.view()->editCardTitle(named);
    REQUIRE(w.view()->isEditing());
    QTest::keyClicks(w.view()->editor(), QStringLiteral(" not meant"));
    QTest::keyClick(w.view()->editor(), Qt::Key_Escape);
    CHECK_FALSE(w.view()->isEditing());
    CHECK(doc.card(named)->title == title);
    CHECK(w.scene()->isTracing());

    // Esc: the trace first (the search dims everything again), then the search.
    search->lineEdit()->setFocus();
    QTest::keyClick(search->lineEdit(), Qt::Key_Escape);
    CHECK_FALSE(w.scene()->isTracing());
    CHECK_FALSE(bar->isVisible());
    CHECK(search->lineEdit()->text() == QStringLiteral("zzz-no-such-card"));
    CHECK(dimmed(w, card));
    QTest::keyClick(search->lineEdit(), Qt::Key_Escape);
    CHECK(search->lineEdit()->text().isEmpty());
    CHECK_FALSE(dimmed(w, card));
}

TEST_CASE("the Inspector's Show Impact and the canvas menu trace the card shown", "[ui][impact]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    const Id card = busiestProcess(*w.document(), w.journey());
    w.scene()->selectCards({card});
    auto* button = w.inspector()->findChild<QPushButton*>(QStringLiteral("showImpact"));
    REQUIRE(button);
    w.docks()->raise(w.inspector());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(w.scene()->isTracing());
    CHECK(w.scene()->trace().origin == card);
    CHECK(w.impactBar()->card() == card);
    QTest::keyClick(w.view(), Qt::Key_Escape);
    CHECK_FALSE(w.scene()->isTracing());
    CHECK(w.action(QStringLiteral("showImpact"))->isEnabled());
    w.scene()->selectCards({});
    CHECK_FALSE(w.action(QStringLiteral("showImpact"))->isEnabled());
}

TEST_CASE("a lens shows the department's customer moments first and scrolls to its first card",
          "[ui][impact]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    const Document& doc = *w.document();
    // Logistics' first card sits far to the right of the first stages.
    const Id logistics = doc.departmentByName(QStringLiteral("Logistics"))->id;
    Id first = 0;
    for (Id id : doc.cardIdsOfJourney(w.journey())) {
        const Card* c = doc.card(id);
        if (!first && (c->accountableId == logistics || c->contributingIds.contains(logistics)))
            first = id;
    }
    REQUIRE(first);
    w.view()->setZoom(1.0);
    w.view()->horizontalScrollBar()->setValue(0);
    w.view()->verticalScrollBar()->setValue(0);
    w.setLens(logistics);
    QApplication::processEvents();
    const QRect card = w.view()->mapFromScene(w.scene()->cardRect(first)).boundingRect();
    INFO("card " << card.x() << "," << card.y() << " " << card.width() << "x" << card.height()
                 << " in " << w.view()->viewport()->width() << "x"
                 << w.view()->viewport()->height());
    CHECK(w.view()->viewport()->rect().contains(card));

    auto* cards = w.departmentPanel()->findChild<QTreeWidget*>(QStringLiteral("departmentCards"));
    REQUIRE(cards);
    w.departmentPanel()->refresher()->flush();
    REQUIRE(cards->topLevelItemCount() >= 2);
    CHECK(cards->topLevelItem(0)->text(0).startsWith(QStringLiteral("Customer moments it feeds")));
}

TEST_CASE("an impact trace follows later edits and ends with its card", "[ui][impact]")
{
    test::SampleWindow window(1400, 900);
    MainWindow& w = window.w;
    Document& doc = *w.document();
    const Id card = busiestProcess(doc, w.journey());
    REQUIRE(card);
    w.impactBar()->showFor(card);
    const analysis::CardChains before = analysis::chainsOfCard(doc.snapshot(), card);
    REQUIRE(before.summary.customerMoments >= 2);

    // The card's links go: the summary and the outline follow, at once.
    const QList<Id> links = doc.linkIdsOf(card);
    REQUIRE_FALSE(edit::removeLinks(doc, links));
    QApplication::processEvents();
    CHECK(w.impactBar()->summary().contains(QStringLiteral("reaches no customer moment")));
    CHECK(w.scene()->trace().cards == QSet<Id>{card});
    CHECK(w.scene()->trace().links.isEmpty());
    CHECK(w.scene()->isTracing());

    // Undo brings the chain back; deleting the card ends the trace.
    doc.undoStack()->undo();
    QApplication::processEvents();
    CHECK(w.impactBar()->summary().contains(
        QStringLiteral("reaches %1 customer moments").arg(before.summary.customerMoments)));
    REQUIRE_FALSE(edit::removeCards(doc, {card}));
    QApplication::processEvents();
    CHECK_FALSE(w.scene()->isTracing());
    CHECK_FALSE(w.impactBar()->isVisible());
    CHECK(w.impactBar()->card() == 0);
}
