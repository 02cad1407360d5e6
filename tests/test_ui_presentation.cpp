#include <catch2/catch.hpp>

#include "canvas/canvasstyle.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"
#include "testutil.h"
#include "workshop/presentation.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QVBoxLayout>

using namespace cx;

// A presentation as a room sees it: a 1600 x 1000 window (the offscreen
// screen is smaller, so the window is sized after it goes full screen),
// driven by the keys a clicker sends. The small document (testutil.h) has the
// stages Awareness, Purchase and Billing and three lanes: every stage fits.
// The sample map (home-broadband) has ten lanes up to four cards deep: no
// stage fits at a readable size, so Up and Down scroll it.

namespace {

const QSize projector(1600, 1000);

std::unique_ptr<Document> sampleDocumentFile(const test::TempDir& dir)
{
    auto created =
        Document::create(dir.file(QStringLiteral("sample.cxmap")), test::sampleDocument());
    REQUIRE(created);
    return std::move(created.value());
}

// The em height of the card titles on screen, and the height of their lines.
qreal titleEmPixels(const canvas::JourneyView* view)
{
    const QFont font = canvas::titleFont();
    return font.pointSizeF() * view->viewport()->logicalDpiY() / 72.0 * view->transform().m22();
}
qreal titleLinePixels(const canvas::JourneyView* view)
{
    return QFontMetricsF(canvas::titleFont(), view->viewport()).height() * view->transform().m22();
}

struct Presentation
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    canvas::JourneyScene scene;
    QWidget window;
    QLabel* dock = nullptr;
    canvas::JourneyView* view = nullptr;
    std::unique_ptr<Presenter> presenter;

    explicit Presentation(bool sample = false)
    {
        doc = sample ? sampleDocumentFile(dir) : test::smallDocumentFile(dir);
        scene.setDocument(doc.get(), doc->journeyIds().first());
        scene.flush();
        auto* layout = new QVBoxLayout(&window);
        dock = new QLabel(QStringLiteral("a dock"), &window);
        layout->addWidget(dock);
        view = new canvas::JourneyView(&scene, &window);
        layout->addWidget(view);
        window.resize(1000, 700);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        presenter = std::make_unique<Presenter>(view, &window);
        presenter->setAnimated(false);
        presenter->setWidgetsToHide({dock});
    }

    ~Presentation() { presenter.reset(); }

    const canvas::CanvasLayout& layout() const { return scene.layout(); }
    QRectF column(int index) const
    {
        const canvas::CanvasLayout& l = layout();
        return QRectF(l.columns[index].left, canvas::margin, canvas::stageWidth,
                      l.gridBottom() - canvas::margin);
    }
    QRectF visible() const { return view->mapToScene(view->viewport()->rect()).boundingRect(); }
    // Scene to viewport pixels.
    QRectF onScreen(const QRectF& r) const { return view->mapFromScene(r).boundingRect(); }
    // The viewport less the caption band: where the map can be read.
    QRect readable() const
    {
        const QRect band =
            presenter->captionWidget()->geometry().translated(-view->viewport()->pos());
        return QRect(0, 0, view->viewport()->width(), band.top());
    }
    // Lane i's cell in stage column k, wholly readable on screen.
    bool laneInSight(int k, int i) const
    {
        return QRectF(readable())
            .adjusted(-1, -1, 1, 1)
            .contains(onScreen(layout().cellRect(k, i)));
    }
    // The window has the size its state asks for.
    bool settled(QSize normal) const
    {
        const Qt::WindowStates state = window.windowState();
        const QScreen* screen = window.screen();
        const QSize want = state & Qt::WindowFullScreen  ? screen->geometry().size()
                           : state & Qt::WindowMaximized ? screen->availableGeometry().size()
                                                         : normal;
        return window.frameGeometry().size() == want || window.size() == want;
    }
    void settle(QSize normal = {1000, 700})
    {
        REQUIRE(QTest::qWaitFor([&] { return settled(normal); }));
        QApplication::processEvents();
    }
    // F5 as the main window does it, then the window as big as a projector.
    void present()
    {
        presenter->start();
        settle();
        CHECK(window.windowState() & Qt::WindowFullScreen);
        window.resize(projector);
        REQUIRE(QTest::qWaitFor([this] { return window.size() == projector; }));
        QApplication::processEvents();
    }
    // The colour on screen at a scene point, overlays included.
    QColor pixelAt(const QPointF& scenePos) const
    {
        const QImage shot = view->grab().toImage();
        return shot.pixelColor(view->mapFromScene(scenePos) + view->viewport()->pos());
    }
};

// The docks on top of their tab groups, by name: "Dashboard, Departments".
std::string currentTabs(const QMainWindow& w)
{
    QStringList tabs;
    for (QTabBar* bar : w.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        if (bar->isVisible() && bar->count() > 1)
            tabs << bar->tabText(bar->currentIndex());
    }
    tabs.sort();
    return tabs.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("presentation steps are the stages, one each", "[ui][presentation]")
{
    Presentation p;
    CHECK(p.presenter->stepCount() == 3);
    CHECK(p.presenter->caption(0) == QStringLiteral("Stage 1 of 3 · Awareness"));
    CHECK(p.presenter->caption(1) == QStringLiteral("Stage 2 of 3 · Purchase"));
    CHECK(p.presenter->caption(2) == QStringLiteral("Stage 3 of 3 · Billing"));
    CHECK(p.presenter->stepRect(1) == p.column(1));

    // Not presenting: stepping does nothing.
    p.presenter->next();
    CHECK(p.presenter->step() == 0);
    CHECK_FALSE(p.presenter->isPresenting());
}

TEST_CASE("a stage that fits is shown whole, readable and marked, above the caption",
          "[ui][presentation]")
{
    Presentation p;
    QSignalSpy changed(p.presenter.get(), &Presenter::stepChanged);
    p.present();
    CHECK(p.dock->isHidden());
    const QStringList names = {QStringLiteral("Awareness"), QStringLiteral("Purchase"),
                               QStringLiteral("Billing")};
    QLabel* caption = p.presenter->captionWidget();
    for (int k = 0; k < 3; ++k) {
        INFO("stage " << k + 1);
        if (k > 0)
            QTest::keyClick(p.view, Qt::Key_Right);
        REQUIRE(p.presenter->step() == k);
        const QString text = QStringLiteral("Stage %1 of 3 · %2").arg(k + 1).arg(names[k]);
        CHECK(changed.last().at(1).toString() == text);
        // Every lane of the stage, header included, readable on screen.
        for (int i = 0; i < p.layout().rows.size(); ++i)
            CHECK(p.laneInSight(k, i));
        CHECK(QRectF(p.readable()).contains(p.onScreen(p.column(k))));
        CHECK(titleEmPixels(p.view) >= 14);
        CHECK(titleLinePixels(p.view) >= 14);
        // Centred across the screen.
        const qreal middle = p.onScreen(p.column(k)).center().x();
        CHECK(std::abs(middle - p.view->viewport()->width() / 2.0) <= 3);
        // The caption: a band across the foot of the screen, under no card.
        CHECK(caption->isVisible());
        CHECK(caption->text().contains(text));
        CHECK(caption->text().contains(QStringLiteral("All 3 lanes")));
        CHECK(caption->width() == p.view->viewport()->width());
        CHECK(caption->geometry().bottom() == p.view->viewport()->geometry().bottom());
        for (Id card : p.doc->cardIdsOfJourney(1))
            CHECK_FALSE(p.onScreen(p.scene.cardRect(card)).intersects(QRectF(caption->geometry())));
        // This stage's header stands out (dark); its neighbour's is veiled.
        const QPointF header(p.column(k).center().x(), canvas::margin + 20);
        CHECK(p.pixelAt(header).lightness() < 90);
        const int other = k == 0 ? 1 : k - 1;
        CHECK(p.pixelAt(header + QPointF((other - k) * canvas::stageWidth, 0)).lightness() > 150);
    }
    // The end: next stays.
    p.presenter->next();
    CHECK(p.presenter->step() == 2);
    CHECK(changed.count() == 3);
}

TEST_CASE("a stage too tall for the screen scrolls lane by lane with Up and Down",
          "[ui][presentation]")
{
    Presentation p(true);
    p.present();
    REQUIRE(p.presenter->step() == 0);
    const int lanes = int(p.layout().rows.size());
    REQUIRE(lanes == 10);
    // It cannot fit: readable from the header down, not shrunk to fit.
    CHECK_FALSE(QRectF(p.readable()).contains(p.onScreen(p.column(0))));
    CHECK(titleEmPixels(p.view) >= 14);
    CHECK(titleLinePixels(p.view) >= 14);
    CHECK(
        QRectF(p.readable()).contains(p.onScreen(QRectF(p.column(0).topLeft(), QSizeF(224, 58)))));
    CHECK(p.laneInSight(0, 0));
    CHECK_FALSE(p.laneInSight(0, lanes - 1));
    CHECK(p.presenter->captionWidget()->text().contains(QStringLiteral("of 10")));
    const qreal top = p.visible().top();

    // Down brings every lane into sight in turn, without leaving the stage.
    QSet<int> seen;
    qreal lastTop = top;
    for (int presses = 0; presses < 20; ++presses) {
        for (int i = 0; i < lanes; ++i) {
            if (p.laneInSight(0, i))
                seen.insert(i);
        }
        QTest::keyClick(p.view, Qt::Key_Down);
        CHECK(p.presenter->step() == 0);
        if (p.visible().top() <= lastTop + 0.5)
            break; // the foot of the stage
        lastTop = p.visible().top();
    }
    CHECK(seen.size() == lanes);
    CHECK(p.laneInSight(0, lanes - 1));
    CHECK(titleEmPixels(p.view) >= 14);
    CHECK(p.presenter->captionWidget()->text().contains(QStringLiteral("of 10 ↑")));

    // Up goes back to the header; Right goes on to the next stage's top.
    for (int presses = 0; presses < 20 && p.visible().top() > top + 0.5; ++presses)
        QTest::keyClick(p.view, Qt::Key_Up);
    CHECK(p.visible().top() == Approx(top).margin(1));
    CHECK(p.presenter->step() == 0);
    QTest::keyClick(p.view, Qt::Key_Down);
    QTest::keyClick(p.view, Qt::Key_Right);
    CHECK(p.presenter->step() == 1);
    CHECK(p.visible().top() == Approx(top).margin(1));
    CHECK(std::abs(p.onScreen(p.column(1)).center().x() - p.view->viewport()->width() / 2.0) <= 3);
}

TEST_CASE("clicker keys step through the stages and Esc leaves", "[ui][presentation]")
{
    Presentation p;
    // A window shortcut on an arrow key does not steal it while presenting.
    auto* action = new QAction(&p.window);
    action->setShortcut(Qt::Key_Right);
    p.window.addAction(action);
    QSignalSpy triggered(action, &QAction::triggered);
    QSignalSpy stopped(p.presenter.get(), &Presenter::stopped);

    p.present();
    CHECK(p.presenter->step() == 0);
    QTest::keyClick(p.view, Qt::Key_PageDown);
    CHECK(p.presenter->step() == 1);
    QTest::keyClick(p.view, Qt::Key_Right);
    CHECK(p.presenter->step() == 2);
    CHECK(triggered.count() == 0);
    QTest::keyClick(p.view, Qt::Key_PageUp);
    CHECK(p.presenter->step() == 1);
    QTest::keyClick(p.view, Qt::Key_Left);
    CHECK(p.presenter->step() == 0);
    QTest::keyClick(p.view, Qt::Key_Space);
    CHECK(p.presenter->step() == 1);
    QTest::keyClick(p.view, Qt::Key_Backspace);
    CHECK(p.presenter->step() == 0);
    QTest::keyClick(p.view, Qt::Key_End);
    CHECK(p.presenter->step() == 2);
    QTest::keyClick(p.view, Qt::Key_Home);
    CHECK(p.presenter->step() == 0);
    // Up and Down scroll, they do not step.
    QTest::keyClick(p.view, Qt::Key_Down);
    CHECK(p.presenter->step() == 0);
    QTest::keyClick(p.view, Qt::Key_Up);
    CHECK(p.presenter->step() == 0);
    // Keys that reach the window from elsewhere act too.
    QTest::keyClick(&p.window, Qt::Key_PageDown);
    CHECK(p.presenter->step() == 1);
    // The canvas's own arrow keys did not select a card.
    CHECK(p.scene.selectedCardIds().isEmpty());

    QTest::keyClick(p.view, Qt::Key_Escape);
    CHECK_FALSE(p.presenter->isPresenting());
    CHECK(stopped.count() == 1);
    CHECK_FALSE(p.presenter->captionWidget()->isVisible());

    // After the presentation the keys are the canvas's again.
    QTest::keyClick(p.view, Qt::Key_PageDown);
    CHECK(p.presenter->step() == 1);
    QTest::keyClick(p.view, Qt::Key_Right);
    CHECK(triggered.count() == 1);
}

TEST_CASE("stop restores the window, the zoom, the hidden widgets and the selection",
          "[ui][presentation]")
{
    Presentation p;
    p.view->setZoom(0.7);
    p.view->centerOn(p.scene.cardRect(2).center());
    p.scene.selectCards({2});
    p.settle();
    const QPointF centerBefore = p.visible().center();
    REQUIRE(p.window.windowState() == Qt::WindowNoState);
    auto* alreadyHidden = new QLabel(QStringLiteral("hidden"), &p.window);
    alreadyHidden->hide();
    p.presenter->setWidgetsToHide({p.dock, alreadyHidden});

    p.presenter->start();
    p.settle();
    p.presenter->goTo(2);
    CHECK(p.view->zoom() != Approx(0.7));
    CHECK(p.dock->isHidden());
    // No selection outline on the screen.
    CHECK(p.scene.selectedCardIds().isEmpty());

    p.presenter->stop();
    p.settle();
    CHECK_FALSE(p.presenter->isPresenting());
    CHECK(p.window.windowState() == Qt::WindowNoState);
    CHECK(p.view->zoom() == Approx(0.7));
    CHECK((p.visible().center() - centerBefore).manhattanLength() <= 8);
    CHECK_FALSE(p.dock->isHidden());
    CHECK(alreadyHidden->isHidden());
    CHECK_FALSE(p.presenter->captionWidget()->isVisible());
    CHECK(p.view->horizontalScrollBarPolicy() == Qt::ScrollBarAsNeeded);
    CHECK(p.scene.selectedCardIds() == QList<Id>{2});

    // A window that was maximised goes back to maximised.
    p.window.showMaximized();
    p.settle();
    p.presenter->start();
    CHECK(p.window.windowState() & Qt::WindowFullScreen);
    p.presenter->stop();
    CHECK(p.window.windowState() == Qt::WindowMaximized);
}

TEST_CASE("Esc gives back a main window's docks with the same current tabs", "[ui][presentation]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    canvas::JourneyScene scene;
    scene.setDocument(doc.get(), 1);
    QMainWindow w;
    auto* view = new canvas::JourneyView(&scene, &w);
    w.setCentralWidget(view);
    // As the main window has them: Departments over Voting on the left,
    // Inspector, Dashboard and Undo History on the right.
    QList<QDockWidget*> docks;
    for (const char* title :
         {"Outline", "Departments", "Voting", "Inspector", "Dashboard", "Undo History"}) {
        auto* d = new QDockWidget(QString::fromLatin1(title), &w);
        d->setObjectName(QString::fromLatin1(title));
        d->setWidget(new QLabel(QString::fromLatin1(title)));
        w.addDockWidget(docks.size() < 3 ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, d);
        docks << d;
    }
    w.splitDockWidget(docks[0], docks[1], Qt::Vertical);
    w.tabifyDockWidget(docks[1], docks[2]);
    w.tabifyDockWidget(docks[3], docks[4]);
    w.tabifyDockWidget(docks[4], docks[5]);
    w.resize(1200, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    docks[1]->raise();
    docks[4]->raise();
    QApplication::processEvents();
    const std::string tabs = currentTabs(w);
    REQUIRE(tabs == "Dashboard, Departments");
    QList<QRect> places;
    for (QDockWidget* d : docks)
        places << d->geometry();

    Presenter presenter(view, &w);
    presenter.setAnimated(false);
    presenter.setWidgetsToHide({docks.begin(), docks.end()});
    view->setFocus();
    presenter.start();
    REQUIRE(QTest::qWaitFor([&] { return w.windowState() & Qt::WindowFullScreen; }));
    QApplication::processEvents();
    for (QDockWidget* d : docks)
        CHECK_FALSE(d->isVisible());
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Escape);
    REQUIRE_FALSE(presenter.isPresenting());
    REQUIRE(QTest::qWaitFor([&] { return w.size() == QSize(1200, 800); }));
    QApplication::processEvents();

    CHECK(w.windowState() == Qt::WindowNoState);
    CHECK(currentTabs(w) == tabs);
    // What the user sees: the raised docks' panels, not the ones behind.
    CHECK_FALSE(docks[1]->widget()->visibleRegion().isEmpty());
    CHECK(docks[2]->widget()->visibleRegion().isEmpty());
    CHECK_FALSE(docks[4]->widget()->visibleRegion().isEmpty());
    CHECK(docks[5]->widget()->visibleRegion().isEmpty());
    // Where they were and as big (those in sight: a tab behind has no place).
    for (int i : {0, 1, 4})
        CHECK(docks[i]->geometry() == places[i]);
}

TEST_CASE("presentation transitions animate to the stage", "[ui][presentation]")
{
    Presentation p;
    p.presenter->setAnimated(true);
    p.present();
    REQUIRE(QTest::qWaitFor([&] { return !p.presenter->isMoving(); }));
    const qreal from = p.visible().center().x();
    const qreal to = from + canvas::stageWidth;
    QSignalSpy scrolled(p.view->horizontalScrollBar(), &QScrollBar::valueChanged);
    p.presenter->next();
    // Not there at once...
    CHECK(p.visible().center().x() == Approx(from).margin(2));
    CHECK(p.presenter->isMoving());
    // ...but soon,
    REQUIRE(QTest::qWaitFor([&] { return !p.presenter->isMoving(); }, Presenter::animationMs * 4));
    CHECK(p.visible().center().x() == Approx(to).margin(2));
    // by the places in between.
    CHECK(scrolled.count() >= 3);
}

TEST_CASE("while presenting the mouse only pans: cards are not selected, moved or edited",
          "[ui][presentation]")
{
    Presentation p;
    p.scene.setLens(2);
    p.scene.flush();
    p.present();
    p.presenter->goTo(1);
    QWidget* viewport = p.view->viewport();
    const Id card = p.doc->cardIdsOfJourney(1).first();
    const QRectF cardBefore = p.scene.cardRect(card);
    const QPointF before = p.visible().center();
    const QPoint from = p.view->mapFromScene(cardBefore.center());
    const QPoint to = from + QPoint(120, 0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    CHECK(p.visible().center().x() < before.x() - 40);
    CHECK(p.scene.cardRect(card) == cardBefore);
    CHECK(p.scene.selectedCardIds().isEmpty());
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, p.view->mapFromScene(cardBefore.center()));
    CHECK_FALSE(p.view->isEditing());
    CHECK(p.presenter->isPresenting());
    CHECK(p.scene.lens() == 2);
    // Going to the step again frames it again.
    p.presenter->goTo(1);
    CHECK(std::abs(p.onScreen(p.column(1)).center().x() - viewport->width() / 2.0) <= 3);
}

// Not a check: renders the sample map's presentation for a person to look at,
// into the temporary directory (pres_before.png, pres_0.png, ...). Run it with
// QT_QPA_PLATFORM=offscreen:configfile=<a JSON file with a 1600 x 1000 screen>.
TEST_CASE("presentation screenshots", "[.][presentation-shots]")
{
    test::TempDir dir;
    auto doc = sampleDocumentFile(dir);
    canvas::JourneyScene scene;
    scene.setDocument(doc.get(), doc->journeyIds().first());
    QMainWindow w;
    auto* view = new canvas::JourneyView(&scene, &w);
    w.setCentralWidget(view);
    QList<QWidget*> docks;
    for (const char* title : {"Departments", "Voting"}) {
        auto* d = new QDockWidget(QString::fromLatin1(title), &w);
        d->setObjectName(QString::fromLatin1(title));
        d->setWidget(new QLabel(QString::fromLatin1(title)));
        w.addDockWidget(Qt::LeftDockWidgetArea, d);
        docks << d;
    }
    w.resize(projector);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    scene.selectCards({doc->cardIdsOfJourney(doc->journeyIds().first()).value(3)});
    Presenter presenter(view, &w);
    presenter.setAnimated(false);
    presenter.setWidgetsToHide(docks);
    const QString path = QDir::tempPath() + QStringLiteral("/pres_%1.png");
    w.grab().save(path.arg(QStringLiteral("before")));
    presenter.start();
    QTest::qWait(200);
    for (int i = 0; i < presenter.stepCount(); ++i) {
        presenter.goTo(i);
        QApplication::processEvents();
        w.grab().save(path.arg(i));
    }
    presenter.goTo(2);
    QTest::keyClick(view, Qt::Key_Down);
    QApplication::processEvents();
    w.grab().save(path.arg(QStringLiteral("2_down")));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QApplication::processEvents();
    w.grab().save(path.arg(QStringLiteral("2_foot")));
    presenter.stop();
    QTest::qWait(200);
    w.grab().save(path.arg(QStringLiteral("after")));
}
