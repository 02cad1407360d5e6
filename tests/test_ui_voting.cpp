// Dot voting as a facilitator does it, offscreen: participants in the Voting
// panel, V and Shift+V on the canvas, [ and ] to switch who votes, the
// ranking, Reset Votes and undo; comments in the Inspector.

#include <catch2/catch.hpp>

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/inspector.h"
#include "quickaddbar.h"
#include "testutil.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cx;

namespace {

struct Room
{
    test::TempDir dir;
    MainWindow w;
    Document* doc = nullptr;
    VotingPanel* panel = nullptr;

    explicit Room(DocumentData data = test::smallDocument())
    {
        const QString path = dir.file(QStringLiteral("room.cxmap"));
        REQUIRE(Document::create(path, data).ok());
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w)); // shortcuts go to the active window
        REQUIRE(w.openFile(path));
        doc = w.document();
        panel = w.votingPanel();
        w.scene()->flush();
    }

    // Selects the card and presses a key on the canvas, as the facilitator would.
    void press(Id card, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        w.scene()->selectCards({card});
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key(key), mods);
    }

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = w.findChild<T*>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
};

} // namespace

TEST_CASE("V votes for the selected card as the participant voting now", "[ui][voting]")
{
    Room r;
    REQUIRE(r.panel->currentParticipant() == 1); // Ana, the first
    const int steps = r.doc->undoStack()->count();

    r.press(2, Qt::Key_V);
    CHECK(r.doc->card(2)->dotsOf(1) == 1);
    CHECK(r.doc->card(2)->votes == 1);
    CHECK(r.doc->undoStack()->count() == steps + 1);
    r.w.scene()->flush();
    CHECK(r.w.scene()->cardItem(2)->toolTip().contains(QStringLiteral("Votes: 1 (Ana 1)")));

    // ] hands the dots to Ben; his third dot on the journey is his last.
    r.press(2, Qt::Key_BracketRight);
    REQUIRE(r.panel->currentParticipant() == 2);
    r.press(2, Qt::Key_V);
    r.press(3, Qt::Key_V);
    CHECK(r.doc->dotsSpent(2, 1) == 3);
    r.press(4, Qt::Key_V);
    CHECK(r.doc->card(4)->votes == 0);
    CHECK(r.find<QLabel>("votingMessage")->text() ==
          QStringLiteral("Ben has no dots left on this journey (budget 3)"));

    // Shift+V takes Ben's dot back; the ranking follows.
    r.press(3, Qt::Key_V, Qt::ShiftModifier);
    CHECK(r.doc->card(3)->votes == 0);
    r.press(2, Qt::Key_BracketLeft);
    CHECK(r.panel->currentParticipant() == 1);
    QApplication::processEvents();
    CHECK(r.panel->ranking() == QList<Id>{1, 2});
    // The Voting tab is behind Departments: its list catches up when raised.
    r.find<QDockWidget>("votingDock")->raise();
    QApplication::processEvents();
    const QTreeWidget* ranking = r.find<QTreeWidget>("ranking");
    REQUIRE(ranking->topLevelItemCount() == 2);
    CHECK(ranking->topLevelItem(0)->text(2) == QStringLiteral("Social ad\nAwareness"));
    CHECK(ranking->topLevelItem(1)->text(1) == QStringLiteral("2"));
}

TEST_CASE("participants are added by name in the Voting panel, and Reset Votes undoes",
          "[ui][voting]")
{
    DocumentData data = test::smallDocument();
    data.participants.clear();
    data.cards[0].dots.clear();
    Room r(data);
    CHECK(r.panel->currentParticipant() == 0);

    // Voting before anyone is named points at the name field instead.
    r.press(2, Qt::Key_V);
    CHECK(r.doc->card(2)->votes == 0);
    auto* name = r.find<QLineEdit>("newParticipant");
    CHECK(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Cleo"));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(r.doc->participantIds().size() == 1);
    const Id cleo = r.doc->participantIds().first();
    CHECK(r.doc->participant(cleo)->budget == defaultDotBudget);
    CHECK(r.panel->currentParticipant() == cleo);
    CHECK(name->text().isEmpty());
    QTest::keyClicks(name, QStringLiteral("cleo"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(r.doc->participantIds().size() == 1);
    CHECK(r.find<QLabel>("votingMessage")->text().contains(QStringLiteral("already")));
    // Esc, or Enter on an empty field, goes back to the canvas.
    QTest::keyClick(name, Qt::Key_Escape);
    CHECK(name->text().isEmpty());
    CHECK(r.w.view()->hasFocus());
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(r.w.view()->hasFocus());

    r.press(2, Qt::Key_V);
    r.press(2, Qt::Key_V);
    CHECK(r.doc->card(2)->dotsOf(cleo) == 2);
    QApplication::processEvents();
    auto* combo = r.find<QComboBox>("voter");
    CHECK(combo->currentText() == QStringLiteral("Cleo (3 left)"));

    const int steps = r.doc->undoStack()->count();
    r.find<QPushButton>("resetVotes")->click();
    CHECK(r.doc->card(1)->votes == 0);
    CHECK(r.doc->card(2)->votes == 0);
    CHECK(r.doc->undoStack()->count() == steps + 1);
    r.doc->undoStack()->undo();
    CHECK(r.doc->card(2)->dotsOf(cleo) == 2);
    CHECK(r.doc->card(1)->votes == 4);
}

TEST_CASE("a comment typed in the Inspector is kept with its author", "[ui][comments]")
{
    Room r;
    r.w.scene()->selectCards({2});
    QApplication::processEvents();
    REQUIRE(r.w.inspector()->card() == 2);
    auto* author = r.find<QLineEdit>("commentAuthor");
    auto* text = r.find<QPlainTextEdit>("commentText");
    author->setText(QStringLiteral("Dana"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Times out on mobile"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(r.doc->card(2)->comments.size() == 1);
    CHECK(r.doc->card(2)->comments[0].author == QStringLiteral("Dana"));
    CHECK(r.doc->card(2)->comments[0].text == QStringLiteral("Times out on mobile"));
    CHECK(text->toPlainText().isEmpty());
    const QListWidget* list = r.find<QListWidget>("comments");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Dana · ")));
    CHECK(list->item(0)->text().endsWith(QStringLiteral("\nTimes out on mobile")));
    r.w.scene()->flush();
    CHECK(r.w.scene()->cardItem(2)->toolTip().contains(QStringLiteral("Comments: 1")));

    r.doc->undoStack()->undo();
    CHECK(r.doc->card(2)->comments.isEmpty());
    CHECK(list->item(0)->text() == QStringLiteral("No comments yet"));
}

TEST_CASE("the canvas context menu votes for the card under the pointer", "[ui][voting]")
{
    Room r;
    r.w.scene()->selectCards({});
    r.w.view()->ensureVisible(r.w.scene()->cardRect(2));
    QApplication::processEvents();
    const QPoint at = r.w.view()->mapFromScene(r.w.scene()->cardRect(2).center());
    QStringList offered;
    bool shown = false;
    QTimer::singleShot(0, [&] {
        // No REQUIRE here: an exception must not cross Qt's event loop.
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        shown = menu != nullptr;
        if (!menu)
            return;
        for (QAction* a : menu->actions())
            if (!a->isSeparator())
                offered << a->text();
        menu->actions().first()->trigger();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, r.w.view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(r.w.view()->viewport(), &event);
    REQUIRE(shown);
    CHECK(offered.value(0) == QStringLiteral("&Vote as Ana"));
    CHECK(offered.contains(QStringLiteral("&Take Vote Back")));
    CHECK(r.w.scene()->selectedCardIds() == QList<Id>{2});
    CHECK(r.doc->card(2)->dotsOf(1) == 1);
    CHECK(r.w.action(QStringLiteral("vote"))->text() == QStringLiteral("&Vote for Card"));
}

TEST_CASE("closing the quick-add bar with Esc gives the keyboard back to the canvas",
          "[ui][quickadd]")
{
    Room r;
    r.w.action(QStringLiteral("quickAdd"))->trigger();
    QLineEdit* line = r.w.findChild<QuickAddBar*>()->lineEdit();
    REQUIRE(line->hasFocus());
    QTest::keyClick(line, Qt::Key_Escape);
    CHECK(r.w.view()->hasFocus());
    // So V votes at once on the card selected last.
    r.w.scene()->selectCards({2});
    QTest::keyClick(r.w.view(), Qt::Key_V);
    CHECK(r.doc->card(2)->dotsOf(1) == 1);
}

TEST_CASE("Ctrl+Alt+M writes a comment on the selected card, Esc goes back", "[ui][comments]")
{
    Room r;
    r.find<QLineEdit>("commentAuthor")->setText(QStringLiteral("Eve")); // nobody to ask
    r.press(3, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    auto* text = r.find<QPlainTextEdit>("commentText");
    REQUIRE(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("Why is this manual?"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(r.doc->card(3)->comments.size() == 1);
    CHECK(r.doc->card(3)->comments[0].text == QStringLiteral("Why is this manual?"));
    QTest::keyClick(text, Qt::Key_Escape);
    CHECK(r.w.view()->hasFocus());
}
