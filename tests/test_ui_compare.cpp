#include <catch2/catch.hpp>

#include "canvas/canvasstyle.h"
#include "commands/edit.h"
#include "model/document.h"
#include "testutil.h"
#include "workshop/comparepanel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const test::TempDir& dir)
{
    auto doc = Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

template <typename T>
T* part(ComparePanel& panel, const char* name)
{
    auto* w = panel.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

QString summaryOf(ComparePanel& panel) { return part<QLabel>(panel, "compareSummary")->text(); }

Id idOf(const QTreeWidgetItem* item) { return item->data(0, Qt::UserRole).value<Id>(); }

QTreeWidgetItem* cardRow(QTreeWidget* tree, Id cardId)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if (idOf(*it) == cardId && !(*it)->parent()->parent())
            return *it;
    }
    return nullptr;
}

QStringList childTexts(const QTreeWidgetItem* item)
{
    QStringList texts;
    for (int i = 0; i < item->childCount(); ++i)
        texts << item->child(i)->text(0);
    return texts;
}

// The emotion table's row of a stage: name, current, future, change.
QStringList stageRow(ComparePanel& panel, const QString& stage)
{
    auto* table = part<QTreeWidget>(panel, "compareStages");
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = table->topLevelItem(i);
        if (row->text(0) == stage)
            return {row->text(0), row->text(1), row->text(2), row->text(3)};
    }
    return {};
}

} // namespace

TEST_CASE("the compare panel hints at cloning until a future state exists", "[ui][compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    ComparePanel panel;
    panel.setDocument(doc.get());
    panel.setJourney(1);
    panel.show(); // a hidden panel waits until it shows (see test_ui_panelrefresh.cpp)
    auto* hint = part<QLabel>(panel, "compareHint");
    CHECK_FALSE(hint->isHidden());
    CHECK(hint->text() == QStringLiteral("No future state yet: Journey > Clone as Future State"));
    CHECK(part<QTreeWidget>(panel, "compareCards")->isHidden());
    CHECK(panel.futureJourney() == 0);

    const Id future =
        edit::cloneJourney(*doc, 1, QStringLiteral("Future"), JourneyState::Future).value();
    QCoreApplication::processEvents();
    CHECK(hint->isHidden());
    CHECK(panel.currentJourney() == 1);
    CHECK(panel.futureJourney() == future);
    CHECK(summaryOf(panel) == QStringLiteral("0 added, 0 removed, 0 changed, 5 unchanged"));

    // The future journey shows the same pair.
    panel.setJourney(future);
    CHECK(panel.currentJourney() == 1);
    CHECK(panel.futureJourney() == future);
}

TEST_CASE("the compare panel follows edits and reports the cards", "[ui][compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const Id j =
        edit::cloneJourney(*doc, 1, QStringLiteral("Future"), JourneyState::Future).value();
    ComparePanel panel;
    panel.resize(400, 600);
    panel.setDocument(doc.get());
    panel.setJourney(j);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto* cards = part<QTreeWidget>(panel, "compareCards");

    // An edit shows after the coalesced refresh, not before.
    const QList<Id> mine = doc->cardIdsOfJourney(j);
    const Id checkout = mine[1]; // Purchase > Touchpoints
    REQUIRE(doc->card(checkout)->title == QStringLiteral("Checkout page"));
    Card happier = *doc->card(checkout);
    happier.emotion = 1;
    REQUIRE_FALSE(edit::editCard(*doc, happier));
    REQUIRE_FALSE(
        edit::setCardTitle(*doc, checkout, QStringLiteral("One-page checkout"), edit::Merge::No));
    CHECK(summaryOf(panel) == QStringLiteral("0 added, 0 removed, 0 changed, 5 unchanged"));
    QCoreApplication::processEvents();
    CHECK(summaryOf(panel) == QStringLiteral("0 added, 0 removed, 1 changed, 4 unchanged"));
    QTreeWidgetItem* row = cardRow(cards, checkout);
    REQUIRE(row);
    CHECK(row->parent()->text(0) == QStringLiteral("Changed (1)"));
    CHECK(childTexts(row) ==
          QStringList{QStringLiteral("Title: “Checkout page” → “One-page checkout”"),
                      QStringLiteral("Emotion: %1 → %2").arg(emotionLabel(-2), emotionLabel(1))});

    // The emotion table: the change as an arrow and a word, not colour alone.
    const QStringList purchase = stageRow(panel, QStringLiteral("Purchase"));
    REQUIRE(purchase.size() == 4);
    CHECK(purchase[1] == QLocale().toString(-2.0, 'f', 1));
    CHECK(purchase[2] == QLocale().toString(1.0, 'f', 1));
    CHECK(purchase[3].startsWith(QStringLiteral("▲")));
    CHECK(purchase[3].contains(QStringLiteral("better")));
    CHECK(stageRow(panel, QStringLiteral("Billing"))[3].startsWith(QStringLiteral("=")));

    // A removed card is the current journey's; an added one the future's.
    REQUIRE_FALSE(edit::removeCards(*doc, {mine[3]})); // Credit check
    Card chat;
    chat.stageId = doc->stageIds(j)[0];
    chat.laneId = doc->laneIds(j)[0];
    chat.title = QStringLiteral("Asks a friend");
    chat.emotion = -1;
    const Id added = edit::addCard(*doc, chat).value();
    QCoreApplication::processEvents();
    CHECK(summaryOf(panel) == QStringLiteral("1 added, 1 removed, 1 changed, 3 unchanged"));
    CHECK(stageRow(panel, QStringLiteral("Awareness"))[3].startsWith(QStringLiteral("▼")));
    REQUIRE(cardRow(cards, added));
    CHECK(cardRow(cards, added)->parent()->text(0) == QStringLiteral("Added (1)"));
    QTreeWidgetItem* removed = cardRow(cards, 4);
    REQUIRE(removed);
    CHECK(removed->parent()->text(0) == QStringLiteral("Removed (1)"));
    CHECK(removed->text(0).startsWith(QStringLiteral("Credit check")));

    QSignalSpy spy(&panel, &ComparePanel::cardActivated);
    cards->scrollToItem(removed);
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, {},
                      cards->visualItemRect(removed).center());
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<Id>() == 4);
    cards->setCurrentItem(cardRow(cards, checkout));
    QTest::keyClick(cards, Qt::Key_Return);
    REQUIRE(spy.count() == 2);
    CHECK(spy.at(1).at(0).value<Id>() == checkout);

    // Undoing everything brings back an identical future state.
    while (doc->undoStack()->canUndo() && doc->journey(j))
        doc->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(part<QLabel>(panel, "compareHint")->isVisible());
}
