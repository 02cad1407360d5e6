#include <catch2/catch.hpp>

#include "canvas/journeyscene.h"
#include "model/document.h"
#include "quickaddbar.h"
#include "testutil.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cx;

namespace {

struct Workshop
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    canvas::JourneyScene scene;
    QuickAddBar bar;

    Workshop()
    {
        doc = test::smallDocumentFile(dir);
        scene.setDocument(doc.get(), 1);
        scene.flush();
        bar.setDocument(doc.get());
        bar.setJourney(1);
        bar.setFallbackCell(1, 1);
        bar.resize(700, 80);
        bar.show();
        bar.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&bar));
        bar.open();
    }

    int steps() const { return doc->undoStack()->count(); }
    QLineEdit* line() const { return bar.lineEdit(); }
    void type(const QString& text)
    {
        QTest::keyClicks(line(), text);
        QTest::keyClick(line(), Qt::Key_Return);
    }
};

} // namespace

TEST_CASE("Quick-add bar: a typed line becomes a card on the canvas", "[ui][quickadd]")
{
    Workshop w;
    QSignalSpy added(&w.bar, &QuickAddBar::cardAdded);
    const int cards = w.doc->cardCount();
    REQUIRE(w.line()->hasFocus());

    w.type(QStringLiteral("purchase / touchpoint: Checkout page times out @IT !pain -2 #web"));
    REQUIRE(added.size() == 1);
    const Id id = added.first().first().value<Id>();
    const Card* c = w.doc->card(id);
    REQUIRE(c);
    CHECK(w.doc->cardCount() == cards + 1);
    CHECK(c->title == QStringLiteral("Checkout page times out"));
    CHECK(c->stageId == 2);
    CHECK(c->laneId == 2);
    CHECK(c->accountableId == 2);
    CHECK(c->severity == Level::Medium);
    CHECK(c->emotion == -2);
    CHECK(c->channel == QStringLiteral("web"));
    w.scene.flush();
    CHECK(w.scene.cardItem(id));
    CHECK(w.steps() == 1);
    CHECK(w.line()->text().isEmpty());
    CHECK(w.line()->hasFocus());
    CHECK(w.bar.isVisible());

    // The next line without a cell goes into the same cell.
    w.type(QStringLiteral("Error message unclear -1"));
    REQUIRE(added.size() == 2);
    const Card* next = w.doc->card(added.last().first().value<Id>());
    REQUIRE(next);
    CHECK(next->stageId == 2);
    CHECK(next->laneId == 2);
    CHECK(w.steps() == 2);

    w.doc->undoStack()->undo();
    w.doc->undoStack()->undo();
    CHECK(w.doc->cardCount() == cards);
}

TEST_CASE("Quick-add bar: errors show inline and keep the line", "[ui][quickadd]")
{
    Workshop w;
    const int cards = w.doc->cardCount();
    w.type(QStringLiteral("Slow page +7"));
    CHECK(w.doc->cardCount() == cards);
    CHECK(w.bar.message() == QStringLiteral("Emotion is -2..+2, not +7"));
    CHECK(w.line()->text() == QStringLiteral("Slow page +7"));
    CHECK(w.line()->hasFocus());

    w.type(QString()); // Enter again: still refused, nothing added
    CHECK(w.doc->cardCount() == cards);
    CHECK(w.steps() == 0);
}

TEST_CASE("Quick-add bar: unknown names are offered, Enter again creates them", "[ui][quickadd]")
{
    Workshop w;
    const DocumentData before = w.doc->snapshot();
    QSignalSpy added(&w.bar, &QuickAddBar::cardAdded);

    w.type(QStringLiteral("renewal / touchpoint: Renewal letter @Legal"));
    CHECK(added.isEmpty());
    CHECK(w.bar.isPromptingToCreate());
    CHECK(w.bar.message().startsWith(
        QStringLiteral("Create stage “Renewal” and department “Legal”?")));
    CHECK(w.doc->snapshot() == before);

    SECTION("Esc cancels the offer, then closes the bar")
    {
        QTest::keyClick(w.line(), Qt::Key_Escape);
        CHECK_FALSE(w.bar.isPromptingToCreate());
        CHECK(w.bar.isVisible());
        CHECK(w.line()->text() == QStringLiteral("renewal / touchpoint: Renewal letter @Legal"));
        QTest::keyClick(w.line(), Qt::Key_Escape);
        CHECK_FALSE(w.bar.isVisible());
        CHECK(w.doc->snapshot() == before);
    }
    SECTION("Enter creates them with the card in one step")
    {
        QTest::keyClick(w.line(), Qt::Key_Return);
        REQUIRE(added.size() == 1);
        const Card* c = w.doc->card(added.first().first().value<Id>());
        REQUIRE(c);
        CHECK(w.doc->stage(c->stageId)->name == QStringLiteral("Renewal"));
        CHECK(w.doc->department(c->accountableId)->name == QStringLiteral("Legal"));
        CHECK(w.steps() == 1);
        CHECK(w.line()->text().isEmpty());
        w.scene.flush();
        CHECK(w.scene.cardItem(c->id));
        w.doc->undoStack()->undo();
        CHECK(w.doc->snapshot() == before);
    }
}

TEST_CASE("Quick-add bar: Tab completes, Enter adds what was typed", "[ui][quickadd]")
{
    Workshop w;
    QSignalSpy added(&w.bar, &QuickAddBar::cardAdded);
    // Keys go where Qt sends them: to the completion popup while it is open.
    const auto press = [&](Qt::Key key) {
        QWidget* popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : static_cast<QWidget*>(w.line()), key);
    };

    QTest::keyClicks(w.line(), QStringLiteral("pu"));
    REQUIRE(QApplication::activePopupWidget());
    press(Qt::Key_Tab);
    CHECK(w.line()->text() == QStringLiteral("Purchase / "));
    QTest::keyClicks(w.line(), QStringLiteral("ba"));
    press(Qt::Key_Tab);
    CHECK(w.line()->text() == QStringLiteral("Purchase / Back stage: "));
    QTest::keyClicks(w.line(), QStringLiteral("Order lost +m"));
    press(Qt::Key_Tab);
    QTest::keyClicks(w.line(), QStringLiteral("#we"));
    press(Qt::Key_Tab);
    CHECK(w.line()->text() == QStringLiteral("Purchase / Back stage: Order lost +Marketing #web "));
    CHECK(w.line()->hasFocus());
    press(Qt::Key_Return);
    REQUIRE(added.size() == 1);
    const Card* c = w.doc->card(added.first().first().value<Id>());
    REQUIRE(c);
    CHECK(c->laneId == 3);
    CHECK(c->contributingIds == QList<Id>{1});
    CHECK(c->channel == QStringLiteral("web"));

    // An open popup does not take Enter: the line is added as typed.
    QTest::keyClicks(w.line(), QStringLiteral("Bil"));
    REQUIRE(QApplication::activePopupWidget());
    press(Qt::Key_Return);
    REQUIRE(added.size() == 2);
    CHECK(w.doc->card(added.last().first().value<Id>())->title == QStringLiteral("Bil"));
    CHECK(w.line()->text().isEmpty());
    CHECK_FALSE(QApplication::activePopupWidget());

    // Completing a stage in front of a typed " / " does not double it.
    w.line()->setText(QStringLiteral("p / ba: Order"));
    w.line()->setCursorPosition(1);
    QTest::keyClicks(w.line(), QStringLiteral("u"));
    REQUIRE(QApplication::activePopupWidget());
    press(Qt::Key_Tab);
    CHECK(w.line()->text() == QStringLiteral("Purchase / ba: Order"));
    CHECK(w.line()->cursorPosition() == 11);
}

TEST_CASE("Quick-add bar: a row under the resting pointer does not take Enter", "[ui][quickadd]")
{
    Workshop w;
    QSignalSpy added(&w.bar, &QuickAddBar::cardAdded);
    QTest::keyClicks(w.line(), QStringLiteral("Bil"));
    QWidget* popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    // What hovering does: a current row without any key pressed.
    auto* view = qobject_cast<QAbstractItemView*>(popup);
    REQUIRE(view);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(added.size() == 1);
    CHECK(w.doc->card(added.first().first().value<Id>())->title == QStringLiteral("Bil"));

    // Picked with the arrow keys, Enter takes the candidate instead.
    QTest::keyClicks(w.line(), QStringLiteral("Pays @M"));
    popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(added.size() == 1);
    CHECK(w.line()->text().startsWith(QStringLiteral("Pays @")));
    CHECK(w.line()->text().startsWith(QStringLiteral("Pays @Marketing")));
}
