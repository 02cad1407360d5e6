#include "mainwindow.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "dashboard/dashboard.h"
#include "model/document.h"
#include "model/picture.h"
#include "panels/departmentpanel.h"
#include "panels/inspector.h"
#include "panels/outlinepanel.h"
#include "quickaddbar.h"
#include "recentfiles.h"
#include "startpage.h"
#include "uitext.h"
#include "wheelguard.h"
#include "workshop/comparepanel.h"
#include "workshop/presentation.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace cx {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    installWheelGuard(); // before any field is polished: the wheel edits only a focused field
    setObjectName(QStringLiteral("mainWindow"));
    m_scene = new canvas::JourneyScene(this);
    m_view = new canvas::JourneyView(m_scene, this);
    // A scroll area asks its own policy; the position is the viewport's.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showCanvasMenu);
    m_start = new StartPage(this);
    m_quickAdd = new QuickAddBar(this);
    m_quickAdd->hide();
    auto* canvasPage = new QWidget(this);
    auto* canvasLayout = new QVBoxLayout(canvasPage);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    canvasLayout->addWidget(m_quickAdd);
    canvasLayout->addWidget(m_view, 1);
    m_center = new QStackedWidget(this);
    m_center->addWidget(m_start);
    m_center->addWidget(canvasPage);
    connect(m_quickAdd, &QuickAddBar::closed, this,
            [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(m_quickAdd, &QuickAddBar::cardAdded, this, [this](Id cardId) {
        m_scene->selectCards({cardId});
        m_view->ensureVisible(m_scene->cardRect(cardId), 40, 40);
    });
    setCentralWidget(m_center);
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newDocument);
    connect(m_start, &StartPage::templateRequested, this, &MainWindow::newFromTemplate);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::chooseFile);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openFile);
    createDocks();
    m_presenter = new Presenter(m_view, this, this);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    // Double-clicks open the in-place editor in the view itself.
    connect(m_scene, &canvas::JourneyScene::linkDragFinished, this, &MainWindow::createLink);
    connect(m_scene, &canvas::JourneyScene::cardSelectionChanged, this,
            [this](const QList<Id>& ids) {
                m_inspector->setCards(ids);
                const auto [stage, lane] = targetCell();
                m_quickAdd->setFallbackCell(stage, lane);
                updateActions();
                updateStatus();
            });
    connect(m_scene, &canvas::JourneyScene::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_view, &canvas::JourneyView::zoomChanged, this, &MainWindow::updateZoom);

    // Presenting shows the map alone.
    QList<QWidget*> chrome;
    for (QDockWidget* d : findChildren<QDockWidget*>())
        chrome << d;
    for (QToolBar* t : findChildren<QToolBar*>())
        chrome << t;
    chrome << statusBar() << menuBar() << m_quickAdd;
    m_presenter->setWidgetsToHide(chrome);

    resize(1400, 900);
    readSettings();
    updateActions();
    updateTitle();
    updateStatus();
    updateZoom(m_view->zoom());
}

MainWindow::~MainWindow() { setDocument(nullptr); }

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget* panel, const QString& title, const QString& name,
                             Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name); // saveState() finds docks by name
        d->setWidget(panel);
        d->setAccessibleName(title);
        addDockWidget(area, d);
        return d;
    };
    m_outline = new OutlinePanel(this);
    m_inspector = new Inspector(this);
    m_departments = new DepartmentPanel(this);
    m_dashboard = new Dashboard(this);
    m_compare = new ComparePanel(this);
    m_voting = new VotingPanel(this);
    m_history = new QUndoView(this);
    m_history->setEmptyLabel(tr("Opened"));
    m_history->setAccessibleName(tr("Undo history"));
    QDockWidget* outline =
        dock(m_outline, tr("Outline"), QStringLiteral("outlineDock"), Qt::LeftDockWidgetArea);
    QDockWidget* departments = dock(m_departments, tr("Departments"),
                                    QStringLiteral("departmentsDock"), Qt::LeftDockWidgetArea);
    QDockWidget* inspector = dock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"),
                                  Qt::RightDockWidgetArea);
    QDockWidget* history =
        dock(m_history, tr("Undo History"), QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    QDockWidget* dashboard = dock(m_dashboard, tr("Dashboard"), QStringLiteral("dashboardDock"),
                                  Qt::RightDockWidgetArea);
    QDockWidget* compare =
        dock(m_compare, tr("Compare"), QStringLiteral("compareDock"), Qt::RightDockWidgetArea);
    QDockWidget* voting =
        dock(m_voting, tr("Voting"), QStringLiteral("votingDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(outline, departments, Qt::Vertical);
    tabifyDockWidget(departments, voting); // the lens for reviews, the dots for workshops
    departments->raise();
    tabifyDockWidget(inspector, dashboard);
    tabifyDockWidget(dashboard, compare);
    tabifyDockWidget(dashboard, history);
    inspector->raise();
    // Wide enough on the right for the four tab names in full.
    resizeDocks({outline, inspector}, {300, 390}, Qt::Horizontal);

    connect(m_outline, &OutlinePanel::journeyActivated, this, [this](Id journeyId) {
        if (journeyId != m_journey) // the one on screen keeps its zoom and selection
            showJourney(journeyId);
    });
    connect(m_outline, &OutlinePanel::stageActivated, this, [this](Id stageId) {
        if (const Stage* s = m_doc ? m_doc->stage(stageId) : nullptr;
            s && s->journeyId != m_journey)
            showJourney(s->journeyId); // the Journey menu acts on what is on screen
        for (const auto& c : m_scene->layout().columns)
            if (c.stageId == stageId)
                m_view->ensureVisible(QRectF(c.left, m_view->mapToScene(0, 0).y(), 224, 10));
    });
    connect(m_outline, &OutlinePanel::laneActivated, this, [this](Id laneId) {
        if (const Lane* l = m_doc ? m_doc->lane(laneId) : nullptr; l && l->journeyId != m_journey)
            showJourney(l->journeyId);
        for (const auto& r : m_scene->layout().rows)
            if (r.laneId == laneId)
                m_view->ensureVisible(
                    QRectF(m_view->mapToScene(0, 0).x(), r.top, 10, std::min(r.height, 400.0)));
    });
    connect(m_outline, &OutlinePanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_departments, &DepartmentPanel::lensChanged, this, &MainWindow::setLens);
    connect(m_dashboard, &Dashboard::cardActivated, this, &MainWindow::revealCard);
    connect(m_compare, &ComparePanel::cardActivated, this, &MainWindow::revealCard);
    connect(m_voting, &VotingPanel::cardActivated, this, &MainWindow::revealCard);
    connect(m_voting, &VotingPanel::currentParticipantChanged, this, &MainWindow::votingStatus);
    connect(m_voting, &VotingPanel::finished, this, [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        votingStatus();
    });
    connect(m_departments, &DepartmentPanel::cardActivated, this, &MainWindow::revealCard);
}

void MainWindow::revealCard(Id cardId)
{
    if (!m_doc || !m_doc->card(cardId))
        return;
    if (m_doc->journeyOfCard(cardId) != m_journey)
        showJourney(m_doc->journeyOfCard(cardId));
    m_scene->selectCards({cardId});
    m_view->centerOnCard(cardId);
}

void MainWindow::createStatusBar()
{
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setStyleSheet(QStringLiteral("color: #a33; font-weight: bold"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_zoom = new QLabel(this);
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("400 %")) + 8);
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_team = new QLabel(this);
    m_team->setObjectName(QStringLiteral("teamLabel"));
    m_team->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_team);
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
}

bool MainWindow::openFile(const QString& path)
{
    if (m_doc && !m_doc->isShared() && QFileInfo(m_doc->path()) == QFileInfo(path)) {
        raise();
        return true;
    }
    auto doc = Document::open(path);
    if (!doc) {
        if (!QFileInfo::exists(path))
            RecentFiles::remove(path);
        reportError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), doc.error().message);
        rebuildRecentMenu();
        return false;
    }
    if (!closeDocument())
        return false;
    setDocument(std::move(doc.value()));
    RecentFiles::add(path);
    rebuildRecentMenu();
    QStringList notes;
    if (m_doc->isReadOnly())
        notes << tr("Read-only: %1").arg(m_doc->readOnlyReason());
    // Said once, here: a picture of another kind stays in the file, unshown.
    QStringList unshown;
    for (Id id : m_doc->personaIds()) {
        const Persona* p = m_doc->persona(id);
        if (!p->picture.isEmpty() && !isPictureFormat(p->picture))
            unshown << p->name;
    }
    if (!unshown.isEmpty())
        notes << tr("Not shown: the picture of %1 is not PNG or JPEG")
                     .arg(unshown.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(QStringLiteral(" · ")), 10000);
    return true;
}

bool MainWindow::closeDocument()
{
    if (!m_doc)
        return true;
    QString discard;
    // An untitled map anyone has worked on is worth a question; one just
    // started from a template and left alone is not.
    if (m_doc->isUntitled() && (m_doc->cardCount() > 0 || m_touched)) {
        const auto answer = QMessageBox::question(
            this, tr("Keep this map?"),
            tr("This map has no name yet. Save it under a name, or discard it?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            saveAs();
            if (m_doc->isUntitled())
                return false; // the dialog was cancelled or the copy failed
        } else {
            discard = m_doc->path();
        }
    } else if (m_doc->isUntitled()) {
        discard = m_doc->path(); // nothing in it worth keeping
    }
    setDocument(nullptr);
    if (!discard.isEmpty())
        QFile::remove(discard);
    return true;
}

void MainWindow::setDocument(std::unique_ptr<Document> doc)
{
    // Everything lets go of the old document before it goes: its undo stack
    // still signals while it is destroyed.
    m_scene->setDocument(nullptr, 0);
    m_inspector->setDocument(nullptr);
    m_departments->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_compare->setDocument(nullptr);
    m_voting->setDocument(nullptr);
    m_outline->setDocument(nullptr);
    m_quickAdd->setDocument(nullptr);
    m_history->setStack(nullptr);
    if (m_doc) {
        disconnect(m_doc->undoStack(), nullptr, this, nullptr);
        disconnect(m_doc.get(), nullptr, this, nullptr);
        m_doc.reset();
    }
    m_doc = std::move(doc);
    m_touched = false;
    m_journey = 0;
    m_lens = 0;
    if (m_doc) {
        connectDocument();
        m_inspector->setDocument(m_doc.get());
        m_departments->setDocument(m_doc.get());
        m_dashboard->setDocument(m_doc.get());
        m_compare->setDocument(m_doc.get());
        m_voting->setDocument(m_doc.get());
        m_outline->setDocument(m_doc.get());
        m_history->setStack(m_doc->undoStack());
        m_quickAdd->setDocument(m_doc.get()); // before showJourney: it clears the journey
        showJourney(m_doc->journeyIds().value(0));
    } else {
        m_scene->setLens(0);
    }
    m_center->setCurrentIndex(m_doc ? 1 : 0);
    if (!m_doc)
        m_quickAdd->hide();
    rebuildLensMenu();
    updateActions();
    updateTitle();
    updateStatus();
}

void MainWindow::connectDocument()
{
    Document* doc = m_doc.get();
    QUndoStack* stack = doc->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::indexChanged, this, [this] { m_touched = true; });
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
    // A failed write is reported once: after the undo stack has finished the
    // push (not from inside it), and not again if the caller of the edit
    // already showed the same message.
    connect(
        doc, &Document::errorOccurred, this,
        [this](const Error& e) {
            const bool shown = e.message == m_lastShownError;
            m_lastShownError.clear();
            if (!shown)
                reportError(tr("The edit was not saved"), e.message);
        },
        Qt::QueuedConnection);
    connect(doc, &Document::titleChanged, this, &MainWindow::updateTitle);
    connect(doc, &Document::pathChanged, this, [this](const QString& path) {
        RecentFiles::add(path);
        rebuildRecentMenu();
        updateTitle();
        // A read-only map saved under a new name is writable now.
        updateActions();
        updateStatus();
        m_inspector->setCards(m_inspector->cards());
    });
    connect(doc, &Document::departmentAdded, this, &MainWindow::rebuildLensMenu);
    connect(doc, &Document::departmentChanged, this, &MainWindow::rebuildLensMenu);
    connect(doc, &Document::departmentMoved, this, &MainWindow::rebuildLensMenu);
    connect(doc, &Document::departmentRemoved, this, [this](Id id) {
        if (m_lens == id)
            setLens(0);
        rebuildLensMenu();
    });
    connect(doc, &Document::journeyRemoved, this, [this](Id id) {
        if (m_journey == id)
            showJourney(m_doc->journeyIds().value(0));
    });
    connect(doc, &Document::journeyChanged, this, &MainWindow::scheduleStatus);
    connect(doc, &Document::cardAdded, this, &MainWindow::scheduleStatus);
    connect(doc, &Document::cardRemoved, this, &MainWindow::scheduleStatus);
    connect(doc, &Document::linkAdded, this, &MainWindow::scheduleStatus);
    connect(doc, &Document::linkRemoved, this, &MainWindow::scheduleStatus);
    connect(doc, &Document::connectionChanged, this, [this] {
        updateTitle();
        updateStatus();
        updateActions();
        m_inspector->setCards(m_inspector->cards());
        statusBar()->showMessage(m_doc->isReadOnly()
                                     ? tr("The map is read-only: %1").arg(m_doc->readOnlyReason())
                                     : tr("Connected again: the map shows what the team did "
                                          "meanwhile"),
                                 10000);
    });
    connect(doc, &Document::reloaded, this, [this] {
        if (!m_doc->journey(m_journey))
            m_journey = 0;
        showJourney(m_journey ? m_journey : m_doc->journeyIds().value(0));
        rebuildLensMenu();
    });
}

void MainWindow::showJourney(Id journeyId)
{
    m_journey = m_doc && m_doc->journey(journeyId) ? journeyId : 0;
    m_scene->setDocument(m_doc.get(), m_journey);
    m_scene->setLens(m_lens);
    m_departments->setJourney(m_journey);
    m_dashboard->setJourney(m_journey);
    m_quickAdd->setJourney(m_journey);
    m_compare->setJourney(m_journey);
    m_voting->setJourney(m_journey);
    {
        const auto [stage, lane] = targetCell();
        m_quickAdd->setFallbackCell(stage, lane);
    }
    m_dashboard->setLens(m_lens);
    m_outline->setCurrentJourney(m_journey);
    m_inspector->setCards({});
    // Start with as many stages in sight as stay readable, from the top left.
    const QRectF r = m_scene->sceneRect();
    if (!r.isEmpty()) {
        m_view->setZoom(std::clamp(m_view->viewport()->width() / r.width(), 0.75, 1.0));
        m_view->ensureVisible(QRectF(r.topLeft(), QSizeF(1, 1)), 0, 0);
    }
    updateActions();
    updateStatus();
}

void MainWindow::setLens(Id departmentId)
{
    if (m_doc && departmentId && !m_doc->department(departmentId))
        departmentId = 0;
    m_lens = departmentId;
    m_scene->setLens(departmentId);
    if (m_departments->lens() != departmentId)
        m_departments->setLens(departmentId);
    m_dashboard->setLens(departmentId);
    if (m_lensGroup)
        for (QAction* a : m_lensGroup->actions())
            a->setChecked(a->data().toLongLong() == departmentId);
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    if (!closeDocument()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        setWindowState(Qt::WindowMaximized); // the first start: room for the map
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    action(QStringLiteral("showLinks"))
        ->setChecked(s.value(QStringLiteral("view/showLinks"), true).toBool());
    action(QStringLiteral("showCurve"))
        ->setChecked(s.value(QStringLiteral("view/showCurve"), true).toBool());
}

void MainWindow::writeSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("view/showLinks"), m_scene->showLinks());
    s.setValue(QStringLiteral("view/showCurve"), m_scene->showCurve());
}

void MainWindow::updateTitle()
{
    if (!m_doc) {
        setWindowTitle(tr("CXMap"));
        setWindowFilePath(QString());
        return;
    }
    // A team map names itself, its server and who works on it in what role.
    const QString name =
        m_doc->isShared() ? tr("%1 as %2 (%3)").arg(m_doc->path(), m_doc->user(), m_doc->access())
        : m_doc->isUntitled() ? tr("Untitled map")
                              : QFileInfo(m_doc->path()).fileName();
    setWindowFilePath(m_doc->isUntitled() || m_doc->isShared() ? QString() : m_doc->path());
    QString title = m_doc->title().isEmpty() || m_doc->title() == name
                        ? name
                        : QStringLiteral("%1 — %2").arg(name, m_doc->title());
    if (m_doc->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    m_readOnly->setVisible(m_doc && m_doc->isReadOnly());
    m_team->setVisible(m_doc && m_doc->isShared());
    if (m_doc && m_doc->isShared()) {
        m_team->setText(tr("Team map · %1 · %2").arg(m_doc->user(), m_doc->access()));
        m_team->setToolTip(m_doc->path());
    }
    m_zoom->setVisible(m_doc != nullptr);
    m_readOnly->setText(m_doc && m_doc->isShared() && m_doc->isReadOnly()
                            ? tr("Read-only: %1").arg(m_doc->readOnlyReason())
                            : tr("Read-only"));
    if (m_doc)
        m_readOnly->setToolTip(m_doc->readOnlyReason());
    if (!m_doc || !m_journey) {
        m_counts->setText(m_doc ? tr("No journey")
                                : tr("Open a map (Ctrl+O) or start one (Ctrl+N)"));
        return;
    }
    const int stages = int(m_doc->stageIds(m_journey).size());
    const int lanes = int(m_doc->laneIds(m_journey).size());
    const int cards = int(m_doc->cardIdsOfJourney(m_journey).size());
    int links = 0;
    for (Id id : m_doc->allLinkIds())
        if (m_doc->journeyOfCard(m_doc->link(id)->fromCardId) == m_journey)
            ++links;
    QStringList parts{m_doc->journey(m_journey)->name,
                      counted(stages, tr("%1 stage"), tr("%1 stages")),
                      counted(lanes, tr("%1 lane"), tr("%1 lanes")),
                      counted(cards, tr("%1 card"), tr("%1 cards")),
                      counted(links, tr("%1 link"), tr("%1 links"))};
    if (const int selected = int(m_scene->selectedCardIds().size()))
        parts << tr("%1 selected").arg(selected);
    if (const Department* d = m_lens ? m_doc->department(m_lens) : nullptr)
        parts << tr("lens: %1").arg(d->name);
    m_counts->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::scheduleStatus()
{
    // Undoing a big removal adds hundreds of cards: one count afterwards.
    if (m_statusPending)
        return;
    m_statusPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_statusPending = false;
            updateStatus();
        },
        Qt::QueuedConnection);
}

void MainWindow::updateZoom(qreal factor)
{
    m_zoom->setText(QStringLiteral("%1 %").arg(qRound(factor * 100)));
}

void MainWindow::reportError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

} // namespace cx
