// The mouse wheel edits nothing through a field without keyboard focus. Every
// window and dialog of the app is opened on the sample map as a user would
// open it, every widget in it gets a real wheel notch both ways (spontaneous,
// to the widget under the pointer, as the window system delivers it), and the
// map stays as it was: no undo step, the same bytes on disk, every combo box,
// spin box and slider at its value and without focus. The panel around a field
// scrolls instead; a field with focus still takes the wheel.

#include <catch2/catch.hpp>

#include "canvas/journeyscene.h"
#include "commands/edit.h"
#include "dialogwatcher.h"
#include "docklayout.h"
#include "mainwindow.h"
#include "model/document.h"
#include "panels/departmentpanel.h"
#include "panels/historypanel.h"
#include "panels/inspector.h"
#include "testutil.h"
#include "wheelguard.h"
#include "workshop/votingpanel.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

using namespace cx;

namespace {

// What the wheel could change: the test's own list, not the guard's.
bool isField(const QWidget* w)
{
    return qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           (qobject_cast<const QAbstractSlider*>(w) && !qobject_cast<const QScrollBar*>(w));
}

QString valueOf(const QWidget* field)
{
    if (auto* combo = qobject_cast<const QComboBox*>(field))
        return QString::number(combo->currentIndex()) + u' ' + combo->currentText();
    if (auto* spin = qobject_cast<const QAbstractSpinBox*>(field))
        return spin->text();
    return QString::number(qobject_cast<const QAbstractSlider*>(field)->value());
}

// One notch of a real wheel over `at` in `widget` (its middle by default):
// delivered spontaneously to the innermost widget there (a spin box's line
// edit, say), so that QApplication gives focus by the wheel and passes an
// ignored event on to the parents, as it does for the user's wheel.
void wheel(QWidget* widget, int notches, QPoint at = {-1, -1})
{
    if (at.x() < 0)
        at = widget->rect().center();
    QWidget* target = widget->childAt(at);
    if (!target)
        target = widget;
    const QPoint pos = target->mapFrom(widget, at);
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::instance()->notify(target, &event);
}

struct Walk
{
    int widgets = 0; // every visible widget got the wheel
    int fields = 0;  // of which combo boxes, spin boxes and sliders
};

// The wheel, up and down, over every visible widget under root. No field may
// change or take focus. (Runs inside dialogs' event loops: CHECK, not REQUIRE.)
Walk wheelOverEverything(QWidget* root)
{
    Walk walk;
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* w : all) {
        if (!w->isVisible())
            continue;
        const bool field = isField(w) && w->isEnabled();
        if (field && w->hasFocus())
            w->clearFocus();
        INFO(w->metaObject()->className()
             << " " << w->objectName().toStdString() << " " << w->accessibleName().toStdString());
        const QString before = field ? valueOf(w) : QString();
        wheel(w, 1);
        wheel(w, -1);
        wheel(w, -1);
        ++walk.widgets;
        if (field) {
            ++walk.fields;
            CHECK(valueOf(w) == before);
            CHECK_FALSE(w->hasFocus());
        }
    }
    return walk;
}

// The map as the user would lose it: the undo stack and the bytes on disk
// (the file and its write-ahead log).
struct MapState
{
    int steps = 0;
    int index = 0;
    QByteArray bytes;
    bool operator==(const MapState&) const = default;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

MapState stateOf(const Document& doc)
{
    return {int(doc.undoStack()->count()), int(doc.undoStack()->index()),
            readAll(doc.path()) + readAll(doc.path() + QStringLiteral("-wal"))};
}

Id cardTitled(const Document& doc, Id journey, const QString& title)
{
    for (Id id : doc.cardIdsOfJourney(journey))
        if (doc.card(id)->title == title)
            return id;
    return 0;
}

// The sample map open in a shown, active window, the card of the trial
// selected, two participants in the Voting panel.
struct Session
{
    test::TempDir dir;
    MainWindow w;
    Document* doc = nullptr;
    Id credit = 0;

    Session()
    {
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w)); // focus is given in the active window only
        REQUIRE(w.openFile(test::sampleMapFile(dir)));
        doc = w.document();
        for (const char* name : {"Ana", "Ben"})
            REQUIRE(edit::addParticipant(*doc, {0, QString::fromLatin1(name), 5}).ok());
        credit =
            cardTitled(*doc, w.journey(), QStringLiteral("Credit check with the external bureau"));
        REQUIRE(credit);
        select(credit);
    }

    void select(Id card)
    {
        w.scene()->selectCards({card});
        QApplication::processEvents();
    }

    QWidget* dock(const char* name)
    {
        auto* d = w.findChild<QDockWidget*>(QString::fromLatin1(name));
        REQUIRE(d);
        d->show();
        d->raise();
        QApplication::processEvents();
        return d->widget();
    }

    // Opens a modal dialog with `open`, walks it and closes it.
    Walk walkDialog(const std::function<void()>& open)
    {
        Walk walk;
        test::DialogWatcher watcher;
        watcher.inspect = [&walk](QWidget* dialog) {
            walk = wheelOverEverything(dialog);
            dialog->close();
        };
        watcher.arm();
        open();
        CHECK(watcher.seen == 1);
        return walk;
    }
};

} // namespace

TEST_CASE("the wheel over a field without focus edits nothing, in every window and dialog",
          "[ui][wheel]")
{
    Session s;
    MapState before = stateOf(*s.doc);
    Walk walk;
    bool holdsFields = true;

    SECTION("Inspector, on the trial's card and on a card with KPIs")
    {
        auto* inspector = s.dock("inspectorDock");
        walk = wheelOverEverything(inspector);
        // Channel, status, owner, evidence, pain, impact, votes (the emotion
        // slider is off: the card has no emotion yet).
        CHECK(walk.fields == 7);
        Id withKpis = 0;
        for (Id id : s.doc->cardIdsOfJourney(s.w.journey()))
            if (s.doc->card(id)->kpis.size() >= 2)
                withKpis = id;
        REQUIRE(withKpis);
        s.select(withKpis);
        auto* kpis = inspector->findChild<QTableWidget*>(QStringLiteral("kpis"));
        REQUIRE(kpis->rowCount() >= 2);
        const Walk second = wheelOverEverything(inspector);
        CHECK(second.fields >= walk.fields + 2); // the kind of each KPI in the table
    }
    SECTION("Voting")
    {
        auto* people = s.w.votingPanel()->findChild<QTreeWidget*>(QStringLiteral("participants"));
        people->setCurrentItem(people->topLevelItem(0)); // the budget applies to the chosen one
        walk = wheelOverEverything(s.dock("votingDock"));
        CHECK(walk.fields == 2); // who votes now, dots per journey
    }
    SECTION("Map History")
    {
        s.w.docks()->mapHistory()->setSince(HistoryPanel::Since::Date); // shows the date too
        walk = wheelOverEverything(s.dock("mapHistoryDock"));
        CHECK(walk.fields == 4); // since, the date, department, field
    }
    SECTION("Departments, Compare, Dashboard, Outline and Undo History hold no such field")
    {
        // Trees, lists, charts and labels: the wheel scrolls them, nothing else.
        s.w.action(QStringLiteral("cloneFuture"))->trigger(); // something to compare
        before = stateOf(*s.doc);
        for (const char* name :
             {"departmentsDock", "compareDock", "dashboardDock", "outlineDock", "historyDock"}) {
            INFO(name);
            walk = wheelOverEverything(s.dock(name));
            CHECK(walk.widgets >= 4); // the history: a list, its viewport, two scroll bars
            CHECK(walk.fields == 0);
        }
        holdsFields = false;
    }
    SECTION("Personas")
    {
        walk = s.walkDialog([&] { s.w.action(QStringLiteral("personas"))->trigger(); });
    }
    SECTION("Report")
    {
        walk = s.walkDialog([&] { s.w.action(QStringLiteral("exportPdf"))->trigger(); });
    }
    SECTION("Export as PNG, SVG, CSV")
    {
        for (const char* name : {"exportPng", "exportSvg", "exportCsv"}) {
            INFO(name);
            walk = s.walkDialog([&] { s.w.action(QLatin1String(name))->trigger(); });
            CHECK(walk.fields > 0); // the file dialog's folder and file type
        }
    }
    SECTION("Add Lane")
    {
        walk = s.walkDialog([&] { s.w.action(QStringLiteral("addLane"))->trigger(); });
    }
    SECTION("New from Template")
    {
        walk = s.walkDialog([&] { s.w.action(QStringLiteral("newFromTemplate"))->trigger(); });
    }
    SECTION("Edit and remove a department")
    {
        DepartmentPanel* panel = s.w.departmentPanel();
        s.dock("departmentsDock");
        panel->setLens(s.doc->card(s.credit)->accountableId);
        // The department's own dialog: names, colour, head, description.
        const Walk own = s.walkDialog([&] { panel->editDepartment(); });
        CHECK(own.widgets > 5);
        CHECK(own.fields == 0);
        // Removing asks which department takes its cards over.
        walk = s.walkDialog([&] { panel->removeDepartment(); });
        CHECK(walk.fields == 1);
    }

    // A walk that finds nothing checks nothing.
    CHECK(walk.widgets > 0);
    if (holdsFields)
        CHECK(walk.fields > 0);
    CHECK(stateOf(*s.doc) == before);
}

TEST_CASE("the wheel over a field without focus scrolls the panel around it", "[ui][wheel]")
{
    Session s;
    s.dock("inspectorDock");
    auto* scroll = s.w.inspector()->findChild<QScrollArea*>(QStringLiteral("scroll"));
    REQUIRE(scroll);
    // A dock short enough to scroll, as on a laptop with the docks stacked.
    scroll->setFixedHeight(300);
    QApplication::processEvents();
    QScrollBar* bar = scroll->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(0);
    auto* severity = s.w.inspector()->findChild<QComboBox*>(QStringLiteral("channel"));
    REQUIRE(severity);
    const MapState before = stateOf(*s.doc);
    wheel(severity, -1); // down
    CHECK(bar->value() > 0);
    CHECK(stateOf(*s.doc) == before);
}

TEST_CASE("a field with focus still takes the wheel, as one undo step", "[ui][wheel]")
{
    Session s;
    s.dock("inspectorDock");
    auto* severity = s.w.inspector()->findChild<QComboBox*>(QStringLiteral("severity"));
    REQUIRE(severity);
    REQUIRE(severity->currentIndex() == 0); // None
    const int steps = s.doc->undoStack()->count();
    const QByteArray bytes = stateOf(*s.doc).bytes;

    severity->setFocus(Qt::TabFocusReason);
    REQUIRE(severity->hasFocus());
    wheel(severity, -1); // down the list: Low
    CHECK(severity->currentIndex() == 1);
    CHECK(s.doc->undoStack()->count() == steps + 1);
    CHECK(stateOf(*s.doc).bytes != bytes); // written through at once
    CHECK(s.doc->card(s.credit)->severity != Level::None);
}

TEST_CASE("a field made later, an editor inside a table among them, is guarded by default",
          "[ui][wheel]")
{
    installWheelGuard(); // what MainWindow does first
    installWheelGuard(); // once is enough: a second filter would change nothing
    // A table of numbers in a scroll area: Qt makes a spin box to edit a number.
    QScrollArea area;
    auto* table = new QTableWidget(40, 1);
    for (int row = 0; row < 40; ++row) {
        auto* item = new QTableWidgetItem;
        item->setData(Qt::EditRole, row);
        table->setItem(row, 0, item);
    }
    table->setMinimumHeight(2000);
    area.setWidget(table);
    area.resize(300, 400);
    area.show();
    area.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&area));
    table->openPersistentEditor(table->item(3, 0));
    auto* editor = qobject_cast<QSpinBox*>(table->indexWidget(table->model()->index(3, 0)));
    REQUIRE(editor);
    CHECK_FALSE((editor->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus);
    area.setFocus();
    REQUIRE_FALSE(editor->hasFocus());

    wheel(editor, -1);
    CHECK(editor->value() == 3);
    CHECK_FALSE(editor->hasFocus());              // the wheel gave it no focus
    CHECK(area.verticalScrollBar()->value() > 0); // the area around it scrolled

    editor->setFocus();
    REQUIRE(editor->hasFocus());
    wheel(editor, 1);
    CHECK(editor->value() == 4);
}
