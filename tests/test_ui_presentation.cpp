#include <catch2/catch.hpp>

#include "canvas/canvasstyle.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"
#include "testutil.h"
#include "workshop/presentation.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace cx;

// The small document (testutil.h): one journey with the stages Awareness,
// Purchase and Billing, three lanes, shown in a window holding a "dock" (a
// label) above the canvas.

namespace {

struct Presentation
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    canvas::JourneyScene scene;
    QWidget window;
    QLabel* dock = nullptr;
    canvas::JourneyView* view = nullptr;
    std::unique_ptr<Presenter> presenter;

    Presentation()
    {
        doc = test::smallDocumentFile(dir);
        scene.setDocument(doc.get(), 1);
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

    // The scene rectangle of a stage column: header, curve band and lanes.
    QRectF column(int index) const
    {
        const canvas::CanvasLayout& l = scene.layout();
        return QRectF(l.columns[index].left, canvas::margin, canvas::stageWidth,
                      l.gridBottom() - canvas::margin);
    }
    QRectF visible() const { return view->mapToScene(view->viewport()->rect()).boundingRect(); }
    // The window has the size its state asks for: the screen's when full
    // screen, the available part of it when maximised, else its own.
    bool settled(QSize normal = {1000, 700}) const
    {
        const Qt::WindowStates state = window.windowState();
        const QScreen* screen = window.screen();
        const QSize want = state & Qt::WindowFullScreen  ? screen->geometry().size()
                           : state & Qt::WindowMaximized ? screen->availableGeometry().size()
                                                         : normal;
        return window.frameGeometry().size() == want || window.size() == want;
    }
    // Waits for the window manager's resize, not for a fixed time, then lets
    // the layouts it posted place the view.
    void settle()
    {
        REQUIRE(QTest::qWaitFor([this] { return settled(); }));
        QApplication::processEvents();
    }
    QPointF viewportCenter() const { return QRectF(view->viewport()->rect()).center(); }
    QPointF onScreen(const QPointF& scenePos) const { return view->mapFromScene(scenePos); }
    // Stage i (0-based) is framed: centred when it fits; a column too tall to
    // read whole is centred across and shown from its header down.
    bool framed(int i) const
    {
        const QRectF c = column(i);
        const QPointF at = onScreen(c.center());
        const QPointF mid = viewportCenter();
        if (std::abs(at.x() - mid.x()) > 3)
            return false;
        if (visible().contains(c))
            return std::abs(at.y() - mid.y()) <= 3;
        return view->zoom() >= Presenter::readableZoom - 1e-9 &&
               visible().contains(QRectF(c.topLeft(), QSizeF(c.width(), 60)));
    }
};

bool near(const QPointF& a, const QPointF& b, qreal tolerance = 3)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

TEST_CASE("presentation steps are the overview, each stage and the overview again",
          "[ui][presentation]")
{
    Presentation p;
    CHECK(p.presenter->stepCount() == 3 + 2);
    CHECK(p.presenter->caption(0) == QStringLiteral("Overview"));
    CHECK(p.presenter->caption(1) == QStringLiteral("Stage 1 of 3 · Awareness"));
    CHECK(p.presenter->caption(2) == QStringLiteral("Stage 2 of 3 · Purchase"));
    CHECK(p.presenter->caption(3) == QStringLiteral("Stage 3 of 3 · Billing"));
    CHECK(p.presenter->caption(4) == QStringLiteral("Overview"));
    CHECK(p.presenter->stepRect(2) == p.column(1));

    // Not presenting: stepping does nothing.
    p.presenter->next();
    CHECK(p.presenter->step() == 0);
    CHECK_FALSE(p.presenter->isPresenting());
}

TEST_CASE("starting a presentation goes full screen on the overview", "[ui][presentation]")
{
    Presentation p;
    QSignalSpy started(p.presenter.get(), &Presenter::started);
    QSignalSpy changed(p.presenter.get(), &Presenter::stepChanged);
    REQUIRE_FALSE(p.window.windowState() & Qt::WindowFullScreen);

    p.presenter->start();
    p.settle(); // the full-screen resize arrives
    CHECK(p.presenter->isPresenting());
    CHECK(started.count() == 1);
    CHECK(p.window.windowState() & Qt::WindowFullScreen);
    CHECK(p.dock->isHidden());
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toInt() == 0);
    CHECK(changed.at(0).at(1).toString() == QStringLiteral("Overview"));
    REQUIRE(p.presenter->captionWidget());
    CHECK(p.presenter->captionWidget()->isVisible());
    CHECK(p.presenter->captionWidget()->text().contains(QStringLiteral("Overview")));
    CHECK(p.presenter->captionWidget()->text().contains(QStringLiteral("Esc to leave")));

    // The whole journey is in sight, centred.
    const QRectF all = p.scene.sceneRect();
    CHECK(p.visible().adjusted(-1, -1, 1, 1).contains(all));
    CHECK(near(p.onScreen(all.center()), p.viewportCenter()));

    // Starting twice changes nothing.
    p.presenter->start();
    CHECK(started.count() == 1);
}

TEST_CASE("next centres each stage column in turn, then the overview", "[ui][presentation]")
{
    Presentation p;
    p.presenter->start();
    p.settle();
    QSignalSpy changed(p.presenter.get(), &Presenter::stepChanged);
    const QStringList names = {QStringLiteral("Awareness"), QStringLiteral("Purchase"),
                               QStringLiteral("Billing")};
    for (int k = 1; k <= 3; ++k) {
        INFO("stage " << k);
        p.presenter->next();
        CHECK(p.presenter->step() == k);
        const QRectF column = p.column(k - 1);
        CHECK(std::abs(p.onScreen(column.center()).x() - p.viewportCenter().x()) <= 3);
        CHECK(p.view->zoom() <= Presenter::maxZoom + 1e-9);
        if (p.visible().contains(column)) {
            // It fits: centred, and it takes a good part of the screen.
            CHECK(near(p.onScreen(column.center()), p.viewportCenter()));
            CHECK(column.height() * p.view->zoom() > 0.5 * p.view->viewport()->height());
        } else {
            // Too tall to read whole: readable from its header down.
            CHECK(p.view->zoom() >= Presenter::readableZoom - 1e-9);
            CHECK(p.visible().contains(QRectF(column.topLeft(), QSizeF(column.width(), 60))));
        }
        REQUIRE(changed.count() == k);
        const QString caption = QStringLiteral("Stage %1 of 3 · %2").arg(k).arg(names[k - 1]);
        CHECK(changed.last().at(0).toInt() == k);
        CHECK(changed.last().at(1).toString() == caption);
        CHECK(p.presenter->captionWidget()->text().contains(caption));
    }
    p.presenter->next();
    CHECK(p.presenter->step() == 4);
    CHECK(changed.last().at(1).toString() == QStringLiteral("Overview"));
    CHECK(p.visible().adjusted(-1, -1, 1, 1).contains(p.scene.sceneRect()));
    // The end: next stays, previous goes back.
    p.presenter->next();
    CHECK(p.presenter->step() == 4);
    CHECK(changed.count() == 4);
    p.presenter->previous();
    CHECK(p.presenter->step() == 3);
    CHECK(p.framed(2));
    p.presenter->goTo(1);
    CHECK(p.presenter->step() == 1);
    CHECK(p.framed(0));
    p.presenter->goTo(99);
    CHECK(p.presenter->step() == 4);
    p.presenter->goTo(-3);
    CHECK(p.presenter->step() == 0);
}

TEST_CASE("keys step through the presentation and Esc leaves it", "[ui][presentation]")
{
    Presentation p;
    // A window shortcut on an arrow key does not steal it while presenting.
    auto* action = new QAction(&p.window);
    action->setShortcut(Qt::Key_Right);
    p.window.addAction(action);
    QSignalSpy triggered(action, &QAction::triggered);
    QSignalSpy stopped(p.presenter.get(), &Presenter::stopped);

    p.presenter->start();
    p.settle();
    QTest::keyClick(p.view, Qt::Key_PageDown);
    CHECK(p.presenter->step() == 1);
    CHECK(p.framed(0));
    QTest::keyClick(p.view, Qt::Key_Right);
    CHECK(p.presenter->step() == 2);
    CHECK(triggered.count() == 0);
    QTest::keyClick(p.view, Qt::Key_Space);
    CHECK(p.presenter->step() == 3);
    QTest::keyClick(p.view, Qt::Key_Left);
    CHECK(p.presenter->step() == 2);
    QTest::keyClick(p.view, Qt::Key_Backspace);
    CHECK(p.presenter->step() == 1);
    QTest::keyClick(p.view, Qt::Key_End);
    CHECK(p.presenter->step() == 4);
    QTest::keyClick(p.view, Qt::Key_Home);
    CHECK(p.presenter->step() == 0);
    // Keys that reach the window from elsewhere act too.
    QTest::keyClick(&p.window, Qt::Key_Down);
    CHECK(p.presenter->step() == 1);
    // The canvas's own arrow keys did not move a card selection.
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

TEST_CASE("stop restores the window, the zoom and the hidden widgets", "[ui][presentation]")
{
    Presentation p;
    p.view->setZoom(0.7);
    p.view->centerOn(p.scene.cardRect(2).center());
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

    p.presenter->stop();
    p.settle();
    CHECK_FALSE(p.presenter->isPresenting());
    CHECK(p.window.windowState() == Qt::WindowNoState);
    CHECK(p.view->zoom() == Approx(0.7));
    CHECK(near(p.visible().center(), centerBefore, 4));
    CHECK_FALSE(p.dock->isHidden());
    CHECK(alreadyHidden->isHidden());
    CHECK_FALSE(p.presenter->captionWidget()->isVisible());
    CHECK(p.view->horizontalScrollBarPolicy() == Qt::ScrollBarAsNeeded);

    // A window that was maximised goes back to maximised.
    p.window.showMaximized();
    p.settle();
    p.presenter->start();
    CHECK(p.window.windowState() & Qt::WindowFullScreen);
    p.presenter->stop();
    CHECK(p.window.windowState() == Qt::WindowMaximized);
}

TEST_CASE("presentation transitions animate to the stage", "[ui][presentation]")
{
    Presentation p;
    p.presenter->setAnimated(true);
    p.presenter->start();
    p.settle();
    REQUIRE(QTest::qWaitFor([&] { return !p.presenter->isMoving(); }));
    const qreal overviewZoom = p.view->zoom();
    QSignalSpy zooms(p.view, &canvas::JourneyView::zoomChanged);
    p.presenter->next();
    // Not there at once...
    CHECK(p.view->zoom() == Approx(overviewZoom));
    CHECK(p.presenter->isMoving());
    // ...but soon,
    REQUIRE(QTest::qWaitFor([&] { return !p.presenter->isMoving(); }, Presenter::animationMs * 4));
    CHECK(p.framed(0));
    const qreal framedZoom = p.view->zoom();
    CHECK(framedZoom > overviewZoom);
    // by the zooms in between.
    int between = 0;
    for (const QList<QVariant>& z : zooms) {
        const qreal zoom = z.at(0).toReal();
        CHECK(zoom >= overviewZoom - 1e-9);
        CHECK(zoom <= framedZoom + 1e-9);
        if (zoom > overviewZoom + 1e-6 && zoom < framedZoom - 1e-6)
            ++between;
    }
    CHECK(between >= 1);
}

TEST_CASE("the mouse still pans while presenting and the lens stays", "[ui][presentation]")
{
    Presentation p;
    p.scene.setLens(2);
    p.scene.flush();
    p.presenter->start();
    p.settle();
    p.presenter->goTo(2);
    const QPointF before = p.visible().center();
    QWidget* viewport = p.view->viewport();
    const QPoint from(viewport->width() / 2, 8); // above the cards: the board
    const QPoint to = from + QPoint(120, 0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    CHECK(p.visible().center().x() < before.x() - 40);
    CHECK(p.presenter->isPresenting());
    CHECK(p.scene.lens() == 2);
    // Going to the step again frames it again.
    p.presenter->goTo(2);
    CHECK(p.framed(1));
}
