// The Map History dock (ui/panels/historypanel.h): what the map remembers,
// newest first and in words; the card scope following the canvas selection;
// the filters; restoring a card as one undo step; map text shown as text; and
// no reading while the dock is not on screen.

#include <catch2/catch.hpp>

#include "canvas/journeyscene.h"
#include "commands/edit.h"
#include "docklayout.h"
#include "mainwindow.h"
#include "model/document.h"
#include "model/historytext.h"
#include "panels/historypanel.h"
#include "panels/panelrefresh.h"
#include "testutil.h"
#include "tiptext.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cx;

namespace {

// A small map whose clock the test moves: one minute per edit.
struct Clock
{
    QDateTime t = QDateTime::currentDateTimeUtc().addDays(-2);
    void attach(Document& doc)
    {
        doc.setClock([this] { return t; });
    }
};

void editAt(Document& doc, Clock& clock, Id cardId, const std::function<void(Card&)>& change)
{
    clock.t = clock.t.addSecs(60);
    Card c = *doc.card(cardId);
    change(c);
    REQUIRE_FALSE(edit::editCard(doc, c));
}

// A panel on its own, shown, for the small test map.
struct Fixture
{
    test::TempDir dir;
    Clock clock;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    HistoryPanel panel;

    Fixture()
    {
        doc->setAuthor(QStringLiteral("ana"));
        clock.attach(*doc);
        panel.resize(520, 640);
        panel.setDocument(doc.get());
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
    }
    // The rows at the top level, as the user reads them.
    QStringList rows()
    {
        panel.refresher()->flush();
        QStringList out;
        for (int i = 0; i < panel.list()->topLevelItemCount(); ++i)
            out << panel.list()->topLevelItem(i)->text(0);
        return out;
    }
    QTreeWidgetItem* rowOf(const QString& text)
    {
        panel.refresher()->flush();
        const auto found = panel.list()->findItems(text, Qt::MatchContains | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        return found.first();
    }
};

} // namespace

TEST_CASE("the Map History lists changes newest first, in words", "[ui][history]")
{
    Fixture f;
    editAt(*f.doc, f.clock, 2, [](Card& c) { c.emotion = -1; });
    editAt(*f.doc, f.clock, 2, [](Card& c) { c.emotion = 1; });
    const QStringList rows = f.rows();
    REQUIRE(rows.size() >= 2);
    CHECK(rows.at(0) ==
          QStringLiteral("Changed emotion of \u201cCheckout page\u201d: \u22121 \u2192 +1"));
    CHECK(rows.at(1).startsWith(QStringLiteral("Changed emotion of \u201cCheckout page\u201d:")));
    CHECK(rows.at(1).endsWith(QStringLiteral("\u2192 \u22121")));
    QTreeWidgetItem* top = f.panel.list()->topLevelItem(0);
    CHECK(top->text(2) == QStringLiteral("ana"));
    CHECK_FALSE(top->text(1).isEmpty());
    CHECK(top->text(1).contains(QLatin1Char(':'))); // today by the map's clock: a time
    // The undo step's text is in the tool tip.
    CHECK(test::tipText(top->toolTip(0)).contains(QStringLiteral("Undo step:")));

    SECTION("words for enums and names for departments")
    {
        editAt(*f.doc, f.clock, 2, [](Card& c) {
            c.status = CardStatus::Done;
            c.accountableId = 1;
        });
        f.rows();
        const QString status = f.rowOf(QStringLiteral("Changed status"))->text(0);
        CHECK(status.endsWith(QStringLiteral("In progress \u2192 Done")));
        const QString owner = f.rowOf(QStringLiteral("accountable department"))->text(0);
        CHECK(owner.endsWith(QStringLiteral("\u2192 ") + f.doc->department(1)->name));
        // One edit of two fields: one step, its undo text above its changes.
        QTreeWidgetItem* step = f.panel.list()->topLevelItem(0);
        CHECK(step->childCount() == 2);
        CHECK(step->text(0) == f.doc->undoStack()->text(f.doc->undoStack()->index() - 1));
    }
    SECTION("the field and date filters narrow the list")
    {
        editAt(*f.doc, f.clock, 1, [](Card& c) { c.votes += 1; });
        f.rows(); // what the user saw: the fields present
        f.panel.setField(QStringLiteral("emotion"));
        CHECK(f.rows().size() == 2);
        auto* field = f.panel.findChild<QComboBox*>(QStringLiteral("historyField"));
        CHECK(field->currentText() == QStringLiteral("emotion"));
        CHECK(field->findData(QStringLiteral("votes")) > 0); // the fields present are offered
        f.panel.setField({});
        f.panel.setSince(HistoryPanel::Since::Date, QDate::currentDate());
        CHECK(f.rows().isEmpty()); // the edits were two days ago
        f.panel.setSince(HistoryPanel::Since::Week);
        CHECK(f.rows().size() == 3);
    }
}

TEST_CASE("the Map History reads nothing until it is on screen", "[ui][history]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    HistoryPanel panel;
    panel.setDocument(doc.get());
    Card c = *doc->card(1);
    c.votes += 1;
    REQUIRE_FALSE(edit::editCard(*doc, c));
    QApplication::processEvents();
    CHECK(panel.readCount() == 0);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    CHECK(panel.readCount() == 1);
    CHECK(panel.records().size() == 1);
    // A burst of edits is one read.
    for (int i = 0; i < 5; ++i) {
        c.votes += 1;
        REQUIRE_FALSE(edit::editCard(*doc, c));
    }
    QTRY_COMPARE(panel.readCount(), 2);
    QTest::qWait(200);
    CHECK(panel.readCount() == 2);
    CHECK(panel.records().size() == 6);
}

TEST_CASE("the Map History follows the canvas selection and filters by department", "[ui][history]")
{
    test::TempDir dir;
    Clock clock;
    auto owned = test::smallDocumentFile(dir);
    Document& doc = *owned;
    clock.attach(doc);
    QSettings().clear(); // the default layout: Map History behind another tab
    MainWindow w;
    w.setWindowState(Qt::WindowNoState);
    w.resize(1400, 900);
    w.setDocument(std::move(owned));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    HistoryPanel* panel = w.docks()->mapHistory();
    QApplication::processEvents();
    CHECK(panel->readCount() == 0); // behind another tab: nothing read
    w.docks()->raise(panel);
    QApplication::processEvents();
    CHECK(panel->parentWidget()->objectName() == QStringLiteral("mapHistoryDock"));

    editAt(doc, clock, 1, [](Card& c) { c.title = QStringLiteral("Paid social"); });
    editAt(doc, clock, 2, [](Card& c) { c.votes += 2; });
    editAt(doc, clock, 3, [](Card& c) { c.channel = QStringLiteral("ERP"); });
    panel->setCardScope(true);
    w.scene()->selectCards({1});
    panel->refresher()->flush();
    REQUIRE(panel->records().size() == 1);
    CHECK(panel->records().first().change.objectId == 1);
    // The card goes without saying in its own list.
    CHECK(panel->list()->topLevelItem(0)->text(0) ==
          QStringLiteral("Changed title: Social ad \u2192 Paid social"));
    w.scene()->selectCards({2});
    panel->refresher()->flush();
    REQUIRE(panel->records().size() == 1);
    CHECK(panel->records().first().change.objectId == 2);
    w.scene()->selectCards({});
    panel->refresher()->flush();
    CHECK(panel->records().isEmpty());
    CHECK(panel->findChild<QLabel*>(QStringLiteral("mapHistoryNote"))->text().contains("Select"));

    panel->setCardScope(false);
    CHECK(panel->records().size() == 3);
    panel->setDepartment(2); // cards 2 and 3
    QList<Id> cards;
    for (const HistoryRecord& r : panel->records())
        cards << r.change.objectId;
    CHECK(cards == QList<Id>{3, 2});

    // Show: the card is selected on the canvas.
    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    panel->list()->setFocus();
    QTest::keyClick(panel->list(), Qt::Key_Return);
    CHECK(w.scene()->selectedCardIds() == QList<Id>{3});
}

TEST_CASE("restoring a card from the Map History is one undo step", "[ui][history]")
{
    Fixture f;
    editAt(*f.doc, f.clock, 1, [](Card& c) { c.title = QStringLiteral("Paid social"); });
    editAt(*f.doc, f.clock, 1, [](Card& c) { c.votes += 1; });
    const int steps = f.doc->undoStack()->count();
    f.panel.list()->setCurrentItem(f.rowOf(QStringLiteral("Changed title")));
    auto* before = f.panel.findChild<QPushButton*>(QStringLiteral("historyRestoreBefore"));
    REQUIRE(before->isEnabled());
    before->click();
    CHECK(f.doc->card(1)->title == QStringLiteral("Social ad"));
    // The whole card as it was then: the votes given since go back too.
    CHECK(f.doc->card(1)->votes == test::smallDocument().cards.at(0).votes);
    CHECK(f.doc->undoStack()->count() == steps + 1);
    CHECK(f.panel.statusText().startsWith(QStringLiteral("Restored")));
    f.doc->undoStack()->undo();
    CHECK(f.doc->card(1)->title == QStringLiteral("Paid social"));

    SECTION("after this change")
    {
        editAt(*f.doc, f.clock, 1, [](Card& c) { c.title = QStringLiteral("Later"); });
        // The rename (the oldest row naming it; undoing the restore named it too).
        const auto found = f.panel.list()->findItems(QStringLiteral("Social ad \u2192 Paid social"),
                                                     Qt::MatchContains | Qt::MatchRecursive);
        REQUIRE_FALSE(found.isEmpty());
        f.panel.list()->setCurrentItem(found.last());
        f.panel.restoreAfter();
        CHECK(f.doc->card(1)->title == QStringLiteral("Paid social"));
    }
    SECTION("a card added has no 'before': the button says so by being disabled")
    {
        Card added = *f.doc->card(1);
        added.title = QStringLiteral("New one");
        REQUIRE(edit::addCard(*f.doc, added).ok());
        f.panel.list()->setCurrentItem(f.rowOf(QStringLiteral("Added card")));
        CHECK_FALSE(before->isEnabled());
        const int index = f.doc->undoStack()->index();
        f.panel.restoreBefore(); // nothing happens, nothing breaks
        CHECK(f.doc->undoStack()->index() == index);
    }
}

TEST_CASE("the Map History shows map text as text", "[ui][history]")
{
    Fixture f;
    const QString hostile = QStringLiteral("<img src=x><b>bold</b>");
    editAt(*f.doc, f.clock, 2, [&](Card& c) { c.title = hostile; });
    editAt(*f.doc, f.clock, 2, [&](Card& c) { c.description = QString(300, QLatin1Char('x')); });
    QTreeWidgetItem* row = f.rowOf(QStringLiteral("Changed title"));
    CHECK(row->text(0).contains(hostile));
    CHECK(test::tipText(row->toolTip(0)).contains(hostile));
    // A long text is cut in the row and whole in the tool tip.
    QTreeWidgetItem* longRow = f.rowOf(QStringLiteral("Changed description"));
    CHECK(longRow->text(0).size() < 200);
    CHECK(test::tipText(longRow->toolTip(0)).contains(QString(300, QLatin1Char('x'))));
    CHECK(historytext::valueText(QStringLiteral("emotion"), QJsonValue(QJsonValue::Null),
                                 nullptr) == QStringLiteral("not rated"));
}
