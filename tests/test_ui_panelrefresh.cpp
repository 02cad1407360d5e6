// When the panels that mirror the Document rebuild (ui/panels/panelrefresh.h):
// a burst of edits is one rebuild, a hidden panel does no work, and a panel
// shown again is up to date before it paints. And what the Compare panel shows
// once rebuilt: a chart whose legend tells the states apart, no row cut off.

#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "dashboard/dashboard.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/departmentpanel.h"
#include "panels/panelrefresh.h"
#include "testutil.h"
#include "workshop/comparepanel.h"
#include "workshop/votingpanel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMainWindow>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const test::TempDir& dir, const DocumentData& data)
{
    auto doc = Document::create(dir.file(QStringLiteral("doc.cxmap")), data);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

// A panel under test: the n-th edit of a series, and the text a user reads
// that shows whether the panel has caught up with it.
struct PanelCase
{
    QWidget* panel = nullptr;
    PanelRefresh* refresh = nullptr;
    std::function<void(int)> edit;
    std::function<QString()> shown;
};

QString mark(int n) { return QStringLiteral("edit #%1;").arg(n); }

void checkRefreshes(const PanelCase& c)
{
    c.panel->resize(420, 700);
    c.panel->show();
    REQUIRE(QTest::qWaitForWindowExposed(c.panel));
    QApplication::processEvents();
    const int start = c.refresh->rebuildCount();
    CHECK_FALSE(c.refresh->isPending());

    // A burst of ten edits, as typing a word in the Inspector: one rebuild,
    // on the next turn of the event loop.
    for (int n = 1; n <= 10; ++n)
        c.edit(n);
    CHECK(c.refresh->rebuildCount() == start);
    CHECK_FALSE(c.shown().contains(mark(10)));
    QApplication::processEvents();
    CHECK(c.refresh->rebuildCount() == start + 1);
    CHECK(c.shown().contains(mark(10)));

    // Hidden (a dock behind another): twenty edits, no work at all.
    c.panel->hide();
    for (int n = 11; n <= 30; ++n) {
        c.edit(n);
        QApplication::processEvents();
    }
    CHECK(c.refresh->rebuildCount() == start + 1);
    CHECK(c.refresh->isPending());
    CHECK_FALSE(c.shown().contains(mark(30)));

    // Shown again: up to date at once, in a single rebuild.
    c.panel->show();
    CHECK(c.refresh->rebuildCount() == start + 2);
    CHECK(c.shown().contains(mark(30)));
    QApplication::processEvents();
    CHECK(c.refresh->rebuildCount() == start + 2);

    // Hidden and shown with nothing changed meanwhile: nothing to redo.
    c.panel->hide();
    c.panel->show();
    QApplication::processEvents();
    CHECK(c.refresh->rebuildCount() == start + 2);
}

QString treeText(const QWidget& panel, const char* name)
{
    auto* tree = panel.findChild<QTreeWidget*>(QString::fromLatin1(name));
    REQUIRE(tree);
    QStringList texts;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        for (int column = 0; column < tree->columnCount(); ++column)
            texts << (*it)->text(column);
    }
    return texts.join(QLatin1Char('\n'));
}

void renameCard(Document& doc, Id cardId, int n)
{
    REQUIRE_FALSE(edit::setCardTitle(doc, cardId, QStringLiteral("Social ad ") + mark(n),
                                     edit::Merge::Typing));
}

} // namespace

TEST_CASE("each panel rebuilds once per burst of edits and not at all while hidden",
          "[ui][panelrefresh]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    Document& d = *doc;

    SECTION("Compare")
    {
        const Id future =
            edit::cloneJourney(d, 1, QStringLiteral("Future"), JourneyState::Future).value();
        const Id ad = d.cardIdsOfJourney(future).value(0);
        ComparePanel panel;
        panel.setDocument(&d);
        panel.setJourney(future);
        checkRefreshes({&panel, panel.refresher(), [&](int n) { renameCard(d, ad, n); },
                        [&] { return treeText(panel, "compareCards"); }});
    }
    SECTION("Dashboard")
    {
        Dashboard panel;
        panel.setDocument(&d);
        panel.setJourney(1);
        auto* heading = panel.findChild<QLabel*>(QStringLiteral("dashboardHeading"));
        REQUIRE(heading);
        checkRefreshes({&panel, panel.refresher(),
                        [&](int n) {
                            Journey j = *d.journey(1);
                            j.name = QStringLiteral("Journey ") + mark(n);
                            REQUIRE_FALSE(edit::editJourney(d, j, edit::Merge::Typing));
                        },
                        [heading] { return heading->text(); }});
    }
    SECTION("Departments")
    {
        DepartmentPanel panel;
        panel.setDocument(&d);
        panel.setLens(d.card(1)->accountableId);
        checkRefreshes({&panel, panel.refresher(), [&](int n) { renameCard(d, 1, n); },
                        [&] { return treeText(panel, "departmentCards"); }});
    }
    SECTION("Voting")
    {
        VotingPanel panel;
        panel.setDocument(&d);
        panel.setJourney(1);
        checkRefreshes({&panel, panel.refresher(), [&](int n) { renameCard(d, 1, n); },
                        [&] { return treeText(panel, "ranking"); }});
    }
}

TEST_CASE("a panel in a dock tabbed behind another catches up when its tab is raised",
          "[ui][panelrefresh]")
{
    QMainWindow window;
    auto* front = new QDockWidget(QStringLiteral("Inspector"), &window);
    front->setWidget(new QLabel(QStringLiteral("in front"), front));
    auto* back = new QDockWidget(QStringLiteral("Compare"), &window);
    auto* panel = new QWidget(back);
    back->setWidget(panel);
    int rebuilds = 0;
    auto* refresh = new PanelRefresh(panel, [&rebuilds] { ++rebuilds; });
    window.setCentralWidget(new QLabel(QStringLiteral("canvas"), &window));
    window.addDockWidget(Qt::RightDockWidgetArea, front);
    window.addDockWidget(Qt::RightDockWidgetArea, back);
    window.tabifyDockWidget(front, back);
    window.resize(800, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    front->raise();
    QApplication::processEvents();
    REQUIRE_FALSE(refresh->isOnScreen()); // Qt keeps it visible, moved off the window

    for (int n = 0; n < 5; ++n)
        refresh->request();
    QApplication::processEvents();
    CHECK(rebuilds == 0);
    CHECK(refresh->isPending());

    back->raise();
    QApplication::processEvents();
    REQUIRE(refresh->isOnScreen());
    CHECK(rebuilds == 1);
    CHECK_FALSE(refresh->isPending());

    // A signal that arrives visible but is handled after the tab went behind
    // waits for the next show as well.
    refresh->request();
    front->raise();
    QApplication::processEvents();
    CHECK(rebuilds == 1);
    back->raise();
    QApplication::processEvents();
    CHECK(rebuilds == 2);

    // now() is for what the user asked for: at once, shown or not.
    front->raise();
    refresh->now();
    CHECK(rebuilds == 3);
    refresh->flush(); // nothing pending
    CHECK(rebuilds == 3);
}

TEST_CASE("the compare chart's legend says which line is the current and which the future state",
          "[ui][compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::smallDocument());
    const Id future =
        edit::cloneJourney(*doc, 1, QStringLiteral("Future"), JourneyState::Future).value();
    ComparePanel panel;
    panel.resize(390, 700);
    panel.setDocument(doc.get());
    panel.setJourney(future);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto* view = panel.findChild<QChartView*>(QStringLiteral("compareEmotionChart"));
    REQUIRE(view);
    CHECK(view->isVisible());
    QLegend* legend = view->chart()->legend();
    CHECK(legend->isVisible());
    QStringList labels;
    for (QLegendMarker* m : legend->markers()) {
        if (m->isVisible())
            labels << m->label();
    }
    CHECK(labels == QStringList{QStringLiteral("Current state"), QStringLiteral("Future state")});

    // Told apart by more than colour: a solid line and a dashed one.
    QHash<QString, Qt::PenStyle> styles;
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(s))
            styles.insert(line->name(), line->pen().style());
    }
    CHECK(styles.value(QStringLiteral("Current state")) == Qt::SolidLine);
    CHECK(styles.value(QStringLiteral("Future state")) == Qt::DashLine);
    CHECK(view->accessibleDescription().contains(QStringLiteral("Future state: ")));

    // A journey with nothing to compare with shows the hint, not an empty chart.
    panel.setJourney(0);
    CHECK(view->isHidden());
    CHECK(panel.findChild<QLabel*>(QStringLiteral("compareHint"))->isVisible());
}

TEST_CASE("the compare panel cuts off no row: the panel scrolls, long titles wrap", "[ui][compare]")
{
    test::TempDir dir;
    auto doc = newDoc(dir, test::sampleDocument());
    const Id current = doc->journeyIds().value(0);
    const Id future =
        edit::cloneJourney(*doc, current, QStringLiteral("Future"), JourneyState::Future).value();
    const Id card = doc->cardIdsOfJourney(future).value(0);
    REQUIRE_FALSE(edit::setCardTitle(
        *doc, card,
        doc->card(card)->title + QStringLiteral(" and then a great deal more, so that the title "
                                                "runs well past the width of a narrow dock"),
        edit::Merge::No));
    ComparePanel panel;
    panel.resize(390, 500); // shorter than the panel's content: it scrolls
    panel.setDocument(doc.get());
    panel.setJourney(future);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QApplication::processEvents();
    QApplication::processEvents(); // the rows rewrap at the final width

    for (const char* name : {"compareStages", "compareCards"}) {
        INFO(name);
        auto* tree = panel.findChild<QTreeWidget*>(QString::fromLatin1(name));
        REQUIRE(tree);
        const QRect viewport = tree->viewport()->rect();
        int rows = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            const QRect r = tree->visualItemRect(*it);
            if (r.isEmpty())
                continue; // in a folded group
            ++rows;
            INFO((*it)->text(0).toStdString());
            CHECK(viewport.contains(r)); // no row half in view inside the tree
            // The text fits its row when wrapped: nothing elided or cut.
            const QFontMetrics fm((*it)->font(0));
            const QRect needed = fm.boundingRect(QRect(0, 0, std::max(r.width() - 8, 40), 1 << 20),
                                                 Qt::TextWordWrap, (*it)->text(0));
            if (tree->wordWrap())
                CHECK(r.height() >= needed.height());
        }
        CHECK(rows >= 5); // the stages; the groups, the card and its change
    }
    // The panel as a whole scrolls to everything.
    auto* scroll = panel.findChild<QScrollArea*>(QStringLiteral("compareScroll"));
    REQUIRE(scroll);
    CHECK(scroll->verticalScrollBar()->maximum() > 0);
}
TEST_CASE("in the main window, the docks behind the Inspector do no work while a title is typed",
          "[ui][panelrefresh]")
{
    test::TempDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(test::sampleMapFile(dir)));
    QApplication::processEvents();
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("compareDock"));
    REQUIRE(dock);
    PanelRefresh* compare = w.comparePanel()->refresher();
    PanelRefresh* dashboard = w.dashboard()->refresher();
    REQUIRE_FALSE(compare->isOnScreen()); // the Inspector's tab is in front
    REQUIRE_FALSE(dashboard->isOnScreen());
    const int compareStart = compare->rebuildCount();
    const int dashboardStart = dashboard->rebuildCount();

    // As the Inspector does, one edit per keystroke.
    const Id card = w.document()->cardIdsOfJourney(w.journey()).value(0);
    const QString title = QStringLiteral("Typed in the Inspector");
    for (int n = 1; n <= title.size(); ++n) {
        REQUIRE_FALSE(edit::setCardTitle(*w.document(), card, title.left(n)));
        QApplication::processEvents();
    }
    CHECK(compare->rebuildCount() == compareStart);
    CHECK(dashboard->rebuildCount() == dashboardStart);

    // Raising the Compare tab brings it up to date, once.
    dock->raise();
    QApplication::processEvents();
    CHECK(compare->isOnScreen());
    CHECK(compare->rebuildCount() == compareStart + 1);
    CHECK_FALSE(compare->isPending());
    CHECK(dashboard->rebuildCount() == dashboardStart);
}
