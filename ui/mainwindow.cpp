#include "mainwindow.h"

#include "canvas/feedbackdrop.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/linkitem.h"
#include "canvasmenu.h"
#include "canvaspage.h"
#include "dashboard/dashboard.h"
#include "docklayout.h"
#include "documentcontroller.h"
#include "mainactions.h"
#include "mainstatus.h"
#include "mapeditor.h"
#include "model/document.h"
#include "panels/departmentpanel.h"
#include "panels/feedbackpanel.h"
#include "panels/historypanel.h"
#include "panels/inspector.h"
#include "panels/outlinepanel.h"
#include "quickaddbar.h"
#include "recentfiles.h"
#include "startpage.h"
#include "uitext.h"
#include "wheelguard.h"
#include "workshop/comparepanel.h"
#include "workshop/impactbar.h"
#include "workshop/presentation.h"
#include "workshop/searchbar.h"
#include "workshop/votingpanel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace cx {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    installWheelGuard(); // before any field is polished: the wheel edits only a focused field
    setObjectName(QStringLiteral("mainWindow"));
    m_scene = new canvas::JourneyScene(this);
    m_view = new canvas::JourneyView(m_scene, this);
    new canvas::FeedbackDrop(m_view); // feedback dragged from its panel onto a card
    m_undoGroup = new QUndoGroup(this);
    setCentralWidget(createCenter());
    m_docks = new DockLayout(*this);
    m_presenter = new Presenter(m_view, this, this);
    m_documents = new DocumentController(*this);
    m_editor = new MapEditor(*this);
    m_actions = new MainActions(*this);
    m_status = new MainStatus(*this);
    connectPanels();

    // Presenting shows the map alone.
    QList<QWidget*> chrome;
    for (QDockWidget* d : m_docks->docks())
        chrome << d;
    for (QToolBar* t : findChildren<QToolBar*>())
        chrome << t;
    chrome << statusBar() << menuBar() << m_page->quickAddBar() << m_page->searchBar()
           << m_page->impactBar();
    m_presenter->setWidgetsToHide(chrome);

    m_docks->readSettings();
    m_actions->readSettings();
    setDocument(nullptr);
    m_status->setZoom(m_view->zoom());
}

MainWindow::~MainWindow() { setDocument(nullptr); }

QWidget* MainWindow::createCenter()
{
    // A scroll area asks its own policy; the position is the viewport's.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { showCanvasMenu(*this, pos); });
    m_start = new StartPage(this);
    m_page = new CanvasPage(m_view, this);
    m_quickAdd = m_page->quickAddBar();
    m_center = new QStackedWidget(this);
    m_center->addWidget(m_start);
    m_center->addWidget(m_page);
    return m_center;
}

// Who tells whom: the start page, the canvas and the panels.
void MainWindow::connectPanels()
{
    connect(m_start, &StartPage::newRequested, m_documents, &DocumentController::newDocument);
    connect(m_start, &StartPage::templateRequested, m_documents,
            &DocumentController::newFromTemplate);
    connect(m_start, &StartPage::openRequested, m_documents, &DocumentController::chooseFile);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openFile);
    // Double-clicks open the in-place editor in the view itself.
    connect(m_scene, &canvas::JourneyScene::linkDragFinished, m_editor, &MapEditor::createLink);
    connect(m_scene, &canvas::JourneyScene::cardSelectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_scene, &canvas::JourneyScene::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_view, &canvas::JourneyView::zoomChanged, m_status, &MainStatus::setZoom);
    connect(m_view, &canvas::JourneyView::editFailed, this, &MainWindow::showEditError);

    OutlinePanel* outline = m_docks->outline();
    connect(outline, &OutlinePanel::journeyActivated, this, [this](Id journeyId) {
        if (journeyId != m_journey) // the one on screen keeps its zoom and selection
            showJourney(journeyId);
    });
    connect(outline, &OutlinePanel::stageActivated, this, [this](Id stageId) {
        if (const Stage* s = m_doc ? m_doc->stage(stageId) : nullptr;
            s && s->journeyId != m_journey)
            showJourney(s->journeyId); // the Journey menu acts on what is on screen
        m_view->revealStage(stageId);
    });
    connect(outline, &OutlinePanel::laneActivated, this, [this](Id laneId) {
        if (const Lane* l = m_doc ? m_doc->lane(laneId) : nullptr; l && l->journeyId != m_journey)
            showJourney(l->journeyId);
        m_view->revealLane(laneId);
    });
    connect(outline, &OutlinePanel::selectionChanged, m_actions, &MainActions::update);
    connect(departmentPanel(), &DepartmentPanel::lensChanged, this, &MainWindow::setLens);
    connect(departmentPanel(), &DepartmentPanel::cardActivated, this, &MainWindow::revealCard);
    connect(dashboard(), &Dashboard::cardActivated, this, &MainWindow::revealCard);
    connect(comparePanel(), &ComparePanel::cardActivated, this, &MainWindow::revealCard);
    VotingPanel* voting = votingPanel();
    connect(voting, &VotingPanel::cardActivated, this, &MainWindow::revealCard);
    connect(voting, &VotingPanel::currentParticipantChanged, m_editor, &MapEditor::votingStatus);
    connect(voting, &VotingPanel::finished, this, [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        m_editor->votingStatus();
    });
    connect(m_docks->mapHistory(), &HistoryPanel::cardActivated, this, &MainWindow::revealCard);
    connect(m_docks->feedback(), &FeedbackPanel::cardActivated, this, &MainWindow::revealCard);
    connect(inspector(), &Inspector::impactRequested, impactBar(), &ImpactBar::showFor);
    connect(inspector(), &Inspector::cardActivated, this, &MainWindow::revealCard);
    connect(inspector(), &Inspector::linkActivated, this, [this](Id linkId) {
        if (!m_scene->showLinks()) // a hidden link cannot be selected: links come back
            action(QStringLiteral("showLinks"))->trigger();
        m_scene->selectLink(linkId);
        if (const canvas::LinkItem* link = m_scene->linkItem(linkId))
            m_view->ensureVisible(QRectF(link->path().pointAtPercent(0.5), QSizeF(1, 1)), 160, 120);
    });
    connect(inspector(), &Inspector::commentFinished, this,
            [this] { m_view->setFocus(Qt::OtherFocusReason); });
}

Inspector* MainWindow::inspector() const { return m_docks->inspector(); }
DepartmentPanel* MainWindow::departmentPanel() const { return m_docks->departments(); }
OutlinePanel* MainWindow::outline() const { return m_docks->outline(); }
Dashboard* MainWindow::dashboard() const { return m_docks->dashboard(); }
ComparePanel* MainWindow::comparePanel() const { return m_docks->compare(); }
VotingPanel* MainWindow::votingPanel() const { return m_docks->voting(); }

SearchBar* MainWindow::searchBar() const { return m_page->searchBar(); }
ImpactBar* MainWindow::impactBar() const { return m_page->impactBar(); }

QAction* MainWindow::action(const QString& name) const { return m_actions->action(name); }

bool MainWindow::openFile(const QString& path) { return m_documents->openFile(path); }

bool MainWindow::openTeamMap(const QString& conninfo, const QString& map)
{
    return m_documents->openTeamMap(conninfo, map);
}

bool MainWindow::closeDocument() { return m_documents->closeDocument(); }

void MainWindow::selectionChanged()
{
    const QList<Id> cards = m_scene->selectedCardIds();
    const QList<Id> links = m_scene->selectedLinkIds();
    if (cards.isEmpty() && links.size() == 1)
        inspector()->setLink(links.first());
    else
        inspector()->setCards(cards);
    m_docks->mapHistory()->setSelectedCard(cards.size() == 1 ? cards.first() : 0);
    const auto [stage, lane] = m_editor->targetCell();
    m_quickAdd->setFallbackCell(stage, lane);
    m_actions->update();
    updateStatus();
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

void MainWindow::setDocument(std::unique_ptr<Document> doc)
{
    // Everything lets go of the old document before it goes: its undo stack
    // still signals while it is destroyed.
    m_scene->setDocument(nullptr, 0);
    inspector()->setDocument(nullptr);
    departmentPanel()->setDocument(nullptr);
    dashboard()->setDocument(nullptr);
    comparePanel()->setDocument(nullptr);
    votingPanel()->setDocument(nullptr);
    outline()->setDocument(nullptr);
    m_page->setDocument(nullptr);
    m_docks->history()->setStack(nullptr);
    m_docks->mapHistory()->setDocument(nullptr);
    m_docks->feedback()->setDocument(nullptr);
    if (m_doc) {
        m_undoGroup->removeStack(m_doc->undoStack());
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
        inspector()->setDocument(m_doc.get());
        departmentPanel()->setDocument(m_doc.get());
        dashboard()->setDocument(m_doc.get());
        comparePanel()->setDocument(m_doc.get());
        votingPanel()->setDocument(m_doc.get());
        outline()->setDocument(m_doc.get());
        m_docks->history()->setStack(m_doc->undoStack());
        // The Map History reads the file only once it is on screen.
        m_docks->mapHistory()->setDocument(m_doc.get());
        m_docks->feedback()->setDocument(m_doc.get());
        m_undoGroup->addStack(m_doc->undoStack()); // made active while writable
        m_page->setDocument(m_doc.get());          // before showJourney: it clears the journey
        showJourney(m_doc->journeyIds().value(0));
    } else {
        m_scene->setLens(0);
    }
    m_center->setCurrentIndex(m_doc ? 1 : 0);
    m_actions->rebuildLensMenu();
    m_actions->update();
    updateTitle();
    updateStatus();
}

void MainWindow::connectDocument()
{
    Document* doc = m_doc.get();
    QUndoStack* stack = doc->undoStack();
    connect(stack, &QUndoStack::indexChanged, m_actions, &MainActions::update);
    connect(stack, &QUndoStack::indexChanged, this, [this] { m_touched = true; });
    connect(stack, &QUndoStack::cleanChanged, m_actions, &MainActions::update);
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
        m_actions->rebuildRecentMenu();
        updateTitle();
        // A read-only map saved under a new name is writable now.
        m_actions->update();
        updateStatus();
        selectionChanged(); // the Inspector's fields may be enabled now
    });
    connect(doc, &Document::departmentAdded, m_actions, &MainActions::rebuildLensMenu);
    connect(doc, &Document::departmentChanged, m_actions, &MainActions::rebuildLensMenu);
    connect(doc, &Document::departmentMoved, m_actions, &MainActions::rebuildLensMenu);
    connect(doc, &Document::departmentRemoved, this, [this](Id id) {
        if (m_lens == id)
            setLens(0);
        m_actions->rebuildLensMenu();
    });
    connect(doc, &Document::journeyRemoved, this, [this](Id id) {
        if (m_journey == id)
            showJourney(m_doc->journeyIds().value(0));
    });
    connect(doc, &Document::journeyChanged, m_status, &MainStatus::schedule);
    connect(doc, &Document::cardAdded, m_status, &MainStatus::schedule);
    connect(doc, &Document::cardRemoved, m_status, &MainStatus::schedule);
    connect(doc, &Document::linkAdded, m_status, &MainStatus::schedule);
    connect(doc, &Document::linkRemoved, m_status, &MainStatus::schedule);
    connect(doc, &Document::connectionChanged, this, [this] {
        updateTitle();
        updateStatus();
        m_actions->update();
        selectionChanged(); // the Inspector's fields may be enabled now
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
        m_actions->rebuildLensMenu();
    });
}

void MainWindow::showJourney(Id journeyId)
{
    m_journey = m_doc && m_doc->journey(journeyId) ? journeyId : 0;
    m_scene->setDocument(m_doc.get(), m_journey);
    m_scene->setLens(m_lens);
    departmentPanel()->setJourney(m_journey);
    dashboard()->setJourney(m_journey);
    m_page->setJourney(m_journey);
    comparePanel()->setJourney(m_journey);
    votingPanel()->setJourney(m_journey);
    {
        const auto [stage, lane] = m_editor->targetCell();
        m_quickAdd->setFallbackCell(stage, lane);
    }
    dashboard()->setLens(m_lens);
    outline()->setCurrentJourney(m_journey);
    inspector()->setCards({});
    // Start with as many stages in sight as stay readable, from the top left.
    const QRectF r = m_scene->sceneRect();
    if (!r.isEmpty()) {
        m_view->setZoom(std::clamp(m_view->viewport()->width() / r.width(), 0.75, 1.0));
        m_view->ensureVisible(QRectF(r.topLeft(), QSizeF(1, 1)), 0, 0);
    }
    m_actions->update();
    updateStatus();
}

void MainWindow::setLens(Id departmentId)
{
    if (m_doc && departmentId && !m_doc->department(departmentId))
        departmentId = 0;
    m_lens = departmentId;
    m_scene->setLens(departmentId);
    m_view->revealDepartment(departmentId);
    if (departmentPanel()->lens() != departmentId)
        departmentPanel()->setLens(departmentId);
    dashboard()->setLens(departmentId);
    m_actions->checkLens(departmentId);
    m_actions->update(); // the department review action names the lens
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The window and its panels as they were before a presentation, for the
    // next session; a quit cancelled goes back to the stage it was on.
    const int presentedStep = m_presenter->isPresenting() ? m_presenter->step() : -1;
    m_presenter->stop();
    m_docks->writeSettings();
    m_actions->writeSettings();
    if (!closeDocument()) {
        if (presentedStep >= 0) {
            m_presenter->start();
            m_presenter->goTo(presentedStep);
        }
        event->ignore();
        return;
    }
    event->accept();
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

void MainWindow::reportError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

void MainWindow::updateStatus() { m_status->update(); }

bool MainWindow::ensureWritable()
{
    if (!m_doc)
        return false;
    if (m_doc->isReadOnly()) {
        statusBar()->showMessage(tr("This map is read-only: %1").arg(m_doc->readOnlyReason()),
                                 6000);
        return false;
    }
    return true;
}

void MainWindow::showEditError(const Error& err)
{
    if (!err)
        return;
    m_lastShownError = err.message;
    reportError(tr("The change was not made"), err.message);
}

} // namespace cx
