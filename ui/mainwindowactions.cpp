// MainWindow: its actions, menus and toolbar, and keeping them enabled and
// checked to match the document, the selection and the view.

#include "mainwindow.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "model/document.h"
#include "panels/outlinepanel.h"
#include "recentfiles.h"
#include "startpage.h"
#include "uitext.h"
#include "workshop/personadialog.h"
#include "workshop/presentation.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace cx {

QAction* MainWindow::makeAction(const QString& name, const QString& text, const QKeySequence& key,
                                const QString& tip)
{
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!tip.isEmpty()) {
        a->setStatusTip(tip);
        a->setToolTip(tip);
    }
    addAction(a);
    return a;
}

void MainWindow::canvasShortcut(QAction* action)
{
    // Delete, Ctrl+C and friends belong to whatever has focus: a text field
    // keeps them; on the canvas they act on cards. The menu item always works.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction(action);
    m_view->addAction(action);
}

QAction* MainWindow::action(const QString& name) const
{
    return findChild<QAction*>(name, Qt::FindDirectChildrenOnly);
}

void MainWindow::createActions()
{
    QStyle* st = style();
    const auto on = [this](QAction* a, auto slot) { connect(a, &QAction::triggered, this, slot); };

    QAction* a = makeAction(QStringLiteral("newMap"), tr("&New"), QKeySequence::New,
                            tr("Start an empty map"));
    a->setIcon(st->standardIcon(QStyle::SP_FileIcon));
    on(a, &MainWindow::newDocument);
    on(makeAction(QStringLiteral("newFromTemplate"), tr("New from &Template…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                  tr("Start from a template or the sample workshop map")),
       &MainWindow::newFromTemplate);
    a = makeAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                   tr("Open a .cxmap map"));
    a->setIcon(st->standardIcon(QStyle::SP_DialogOpenButton));
    on(a, &MainWindow::chooseFile);
    on(makeAction(QStringLiteral("openTeamMap"), tr("Open &Team Map…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                  tr("Open a map shared on a PostgreSQL team server")),
       &MainWindow::chooseTeamMap);
    on(makeAction(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs,
                  tr("Continue under another name (every edit is already saved)")),
       &MainWindow::saveAs);
    on(makeAction(QStringLiteral("exportPng"), tr("Journey as &PNG Image…")),
       [this] { exportDrawing(QStringLiteral("png")); });
    on(makeAction(QStringLiteral("exportSvg"), tr("Journey as &SVG Drawing…")),
       [this] { exportDrawing(QStringLiteral("svg")); });
    on(makeAction(QStringLiteral("exportJson"), tr("Whole Map as &JSON…")),
       &MainWindow::exportJson);
    on(makeAction(QStringLiteral("exportPdf"), tr("PDF &Report…"),
                  QKeySequence(Qt::CTRL | Qt::Key_P),
                  tr("The leadership report: map, summary, a section per department")),
       &MainWindow::exportReport);
    on(makeAction(QStringLiteral("exportCsv"), tr("Journey as &CSV…")),
       [this] { exportTable(QStringLiteral("csv")); });
    on(makeAction(QStringLiteral("exportMermaid"), tr("Journey as &Mermaid Diagram…")),
       [this] { exportTable(QStringLiteral("mermaid")); });
    on(makeAction(QStringLiteral("importCsv"), tr("Cards from &CSV…"), {},
                  tr("Add cards from a CSV file; missing stages, lanes and departments are made")),
       [this] { importTable(QStringLiteral("csv")); });
    on(makeAction(QStringLiteral("importMermaid"), tr("Journey from &Mermaid Diagram…"), {},
                  tr("Add a Mermaid journey diagram as a new journey")),
       [this] { importTable(QStringLiteral("mermaid")); });
    on(makeAction(QStringLiteral("closeMap"), tr("&Close"), QKeySequence::Close),
       [this] { closeDocument(); });
    a = makeAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    connect(a, &QAction::triggered, this, &QWidget::close);

    // Edit.
    a = makeAction(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo);
    a->setIcon(st->standardIcon(QStyle::SP_ArrowBack));
    a->setIconText(tr("Undo")); // the toolbar keeps its size as the menu text changes
    on(a, [this] {
        if (m_doc)
            m_doc->undoStack()->undo();
    });
    a = makeAction(QStringLiteral("redo"), tr("&Redo"), QKeySequence::Redo);
    a->setIcon(st->standardIcon(QStyle::SP_ArrowForward));
    a->setIconText(tr("Redo"));
    on(a, [this] {
        if (m_doc)
            m_doc->undoStack()->redo();
    });
    const auto canvasAction = [&](const char* name, const QString& text, const QKeySequence& key,
                                  void (MainWindow::*slot)()) {
        QAction* c = makeAction(QString::fromLatin1(name), text, key);
        // While a title is edited in place its keys belong to the editor.
        on(c, [this, slot] {
            if (!m_view->isEditing())
                (this->*slot)();
        });
        canvasShortcut(c);
        return c;
    };
    canvasAction("cut", tr("Cu&t"), QKeySequence::Cut, &MainWindow::cutSelection);
    canvasAction("copy", tr("&Copy"), QKeySequence::Copy, &MainWindow::copySelection);
    canvasAction("paste", tr("&Paste"), QKeySequence::Paste, &MainWindow::paste);
    canvasAction("delete", tr("&Delete"), QKeySequence::Delete, &MainWindow::deleteSelection);
    canvasAction("duplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                 &MainWindow::duplicateSelection);
    canvasAction("selectAll", tr("Select &All"), QKeySequence::SelectAll, &MainWindow::selectAll);
    a = canvasAction("addCard", tr("&Add Card"), QKeySequence(Qt::Key_Insert),
                     &MainWindow::addCardHere);
    a->setStatusTip(tr("Add a card next to the selected one (or double-click an empty cell)"));
    a = makeAction(QStringLiteral("quickAdd"), tr("&Quick Add…"),
                   QKeySequence(Qt::CTRL | Qt::Key_K),
                   tr("Type cards as the room talks: stage / lane: title @owner +contributor "
                      "!pain -2 #channel"));
    on(a, &MainWindow::openQuickAdd);
    // '/' opens it too while the canvas has the focus.
    auto* slash = new QAction(this);
    slash->setShortcut(QKeySequence(Qt::Key_Slash));
    slash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QAction::triggered, this, [this] {
        if (!m_view->isEditing())
            openQuickAdd();
    });
    m_view->addAction(slash);

    // View.
    on(makeAction(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn),
       [this] { m_view->zoomIn(); });
    on(makeAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut),
       [this] { m_view->zoomOut(); });
    on(makeAction(QStringLiteral("fit"), tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0)),
       [this] { m_view->fitToWindow(); });
    on(makeAction(QStringLiteral("actualSize"), tr("&Actual Size"),
                  QKeySequence(Qt::CTRL | Qt::Key_1)),
       [this] { m_view->setZoom(1.0); });
    a = makeAction(QStringLiteral("showLinks"), tr("Show &Links"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, m_scene, &canvas::JourneyScene::setShowLinks);
    a = makeAction(QStringLiteral("showCurve"), tr("Show &Emotion Curve"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, m_scene, &canvas::JourneyScene::setShowCurve);
    a = makeAction(QStringLiteral("present"), tr("&Present"), QKeySequence(Qt::Key_F5),
                   tr("Walk the room through the journey, stage by stage (arrows, Esc to leave)"));
    a->setCheckable(true);
    connect(a, &QAction::triggered, this, [this](bool on) {
        if (on && m_journey)
            m_presenter->start();
        else
            m_presenter->stop();
    });
    connect(m_presenter, &Presenter::started, a, [a] { a->setChecked(true); });
    connect(m_presenter, &Presenter::stopped, a, [a] { a->setChecked(false); });
    a = makeAction(QStringLiteral("fullScreen"), tr("F&ull Screen"), QKeySequence::FullScreen);
    a->setCheckable(true);
    connect(a, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    // Journey.
    on(makeAction(QStringLiteral("addStage"), tr("Add &Stage"), {},
                  tr("Add a stage after the selected one")),
       &MainWindow::addStage);
    on(makeAction(QStringLiteral("addLane"), tr("Add &Lane…"), {},
                  tr("Add a lane below the selected one")),
       &MainWindow::addLane);
    on(makeAction(QStringLiteral("rename"), tr("&Rename Stage or Lane…")),
       &MainWindow::renameStageOrLane);
    on(makeAction(QStringLiteral("moveEarlier"), tr("Move &Earlier"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
                  tr("Move the selected stage left or lane up")),
       [this] { moveStageOrLane(-1); });
    on(makeAction(QStringLiteral("moveLater"), tr("Move La&ter"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
                  tr("Move the selected stage right or lane down")),
       [this] { moveStageOrLane(+1); });
    on(makeAction(QStringLiteral("removeStageOrLane"), tr("Re&move Stage or Lane…")),
       &MainWindow::removeStageOrLane);
    on(makeAction(QStringLiteral("newJourney"), tr("&New Journey…")), &MainWindow::newJourney);
    on(makeAction(QStringLiteral("personas"), tr("&Personas…"), {},
                  tr("Who the journey is about: name, goals, frustrations")),
       [this] {
           if (!m_doc)
               return;
           PersonaDialog dialog(*m_doc, m_journey, this);
           dialog.exec();
       });
    on(makeAction(QStringLiteral("cloneFuture"), tr("&Clone as Future State"), {},
                  tr("Copy this journey to design its future state")),
       &MainWindow::cloneAsFutureState);
    createVotingActions();
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu* menu, const char* name) { menu->addAction(action(name)); };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, "newMap");
    add(file, "newFromTemplate");
    add(file, "open");
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    add(file, "openTeamMap");
    file->addSeparator();
    add(file, "saveAs");
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    add(exportMenu, "exportPdf");
    exportMenu->addSeparator();
    add(exportMenu, "exportPng");
    add(exportMenu, "exportSvg");
    add(exportMenu, "exportCsv");
    add(exportMenu, "exportMermaid");
    exportMenu->addSeparator();
    add(exportMenu, "exportJson");
    QMenu* importMenu = file->addMenu(tr("&Import"));
    add(importMenu, "importCsv");
    add(importMenu, "importMermaid");
    file->addSeparator();
    add(file, "closeMap");
    add(file, "quit");

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, "undo");
    add(edit, "redo");
    edit->addSeparator();
    for (const char* name : {"cut", "copy", "paste", "delete", "duplicate"})
        add(edit, name);
    edit->addSeparator();
    add(edit, "selectAll");
    add(edit, "addCard");
    add(edit, "quickAdd");
    add(edit, "comment");

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (const char* name : {"zoomIn", "zoomOut", "fit", "actualSize"})
        add(view, name);
    view->addSeparator();
    m_lensMenu = view->addMenu(tr("Department &Lens"));
    m_lensMenu->setObjectName(QStringLiteral("lensMenu"));
    add(view, "showLinks");
    add(view, "showCurve");
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        panels->addAction(d->toggleViewAction());
    add(view, "fullScreen");
    add(view, "present");

    QMenu* journey = menuBar()->addMenu(tr("&Journey"));
    for (const char* name :
         {"addStage", "addLane", "rename", "moveEarlier", "moveLater", "removeStageOrLane"})
        add(journey, name);
    journey->addSeparator();
    add(journey, "newJourney");
    add(journey, "personas");
    add(journey, "cloneFuture");
    journey->addSeparator();
    QMenu* voting = journey->addMenu(tr("&Voting"));
    for (const char* name : {"vote", "unvote", "previousVoter", "nextVoter"})
        add(voting, name);
    voting->addSeparator();
    add(voting, "resetVotes");

    rebuildRecentMenu();
    rebuildLensMenu();
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char* name : {"newMap", "open", "undo", "redo"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char* name : {"addCard", "quickAdd", "addStage", "addLane"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char* name : {"zoomOut", "zoomIn", "fit", "showLinks", "showCurve"})
        bar->addAction(action(name));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    m_start->setRecentFiles(files);
    for (int i = 0; i < files.size(); ++i) {
        QAction* a = m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(
                                                         menuText(QFileInfo(files[i]).fileName()))
                                                   : menuText(QFileInfo(files[i]).fileName()));
        a->setToolTip(files[i]);
        a->setStatusTip(files[i]);
        const QString path = files[i];
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildLensMenu()
{
    m_lensMenu->clear();
    delete m_lensGroup;
    m_lensGroup = new QActionGroup(this);
    const auto add = [this](Id id, const QString& text) {
        QAction* a = m_lensMenu->addAction(text);
        a->setCheckable(true);
        a->setData(id);
        a->setChecked(id == m_lens);
        m_lensGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { setLens(id); });
        return a;
    };
    add(0, tr("&All Departments"))->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    m_lensMenu->addSeparator();
    if (!m_doc)
        return;
    const QList<Id> ids = m_doc->departmentIds();
    for (int i = 0; i < ids.size(); ++i) {
        const Department* d = m_doc->department(ids[i]);
        QAction* a = add(ids[i], i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(menuText(d->name))
                                       : menuText(d->name));
        QPixmap swatch(14, 14);
        swatch.fill(d->color.isValid() ? d->color : Qt::lightGray);
        a->setIcon(QIcon(swatch));
        if (i < 9) // Alt+1..9: the lens by keyboard, in department order
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
}

void MainWindow::updateActions()
{
    const bool open = m_doc != nullptr;
    const bool writable = open && !m_doc->isReadOnly();
    const bool hasJourney = open && m_journey != 0;
    const bool selected = hasJourney && !m_scene->selectedCardIds().isEmpty();
    const OutlinePanel::Selection sel = m_outline->selection();
    const bool structure =
        writable && hasJourney &&
        (sel.kind == OutlinePanel::Kind::Stage || sel.kind == OutlinePanel::Kind::Lane || selected);
    const auto enable = [this](const char* name, bool on) { action(name)->setEnabled(on); };
    for (const char* name : {"saveAs", "exportJson", "closeMap", "exportPdf"})
        enable(name, open);
    for (const char* name : {"importCsv", "importMermaid"})
        enable(name, writable);
    for (const char* name : {"exportPng", "exportSvg", "exportCsv", "exportMermaid", "selectAll",
                             "zoomIn", "zoomOut", "fit", "actualSize", "copy"})
        enable(name, hasJourney);
    enable("copy", selected);
    enable("undo", writable && m_doc->undoStack()->canUndo());
    enable("redo", writable && m_doc->undoStack()->canRedo());
    action(QStringLiteral("undo"))
        ->setText(open && m_doc->undoStack()->canUndo()
                      ? tr("&Undo %1").arg(menuText(m_doc->undoStack()->undoText()))
                      : tr("&Undo"));
    action(QStringLiteral("redo"))
        ->setText(open && m_doc->undoStack()->canRedo()
                      ? tr("&Redo %1").arg(menuText(m_doc->undoStack()->redoText()))
                      : tr("&Redo"));
    const bool hasCells = writable && hasJourney && !m_doc->stageIds(m_journey).isEmpty() &&
                          !m_doc->laneIds(m_journey).isEmpty();
    enable("paste", hasCells);
    enable("addCard", hasCells);
    enable("quickAdd", writable && hasJourney);
    enable("present", hasJourney);
    // On a team map the role's rights decide too, and the action says why.
    const QString noStructure = writable ? m_doc->structureRefusal() : QString();
    QString noCards;
    for (Id id : selected ? m_scene->selectedCardIds() : QList<Id>()) {
        if (noCards.isEmpty())
            noCards = m_doc->cardRefusal(id);
    }
    const auto explain = [this](const char* name, const QString& why) {
        QAction* a = action(name);
        if (!a->property("cxTip").isValid())
            a->setProperty("cxTip", a->toolTip());
        a->setToolTip(why.isEmpty() ? a->property("cxTip").toString() : why);
    };
    for (const char* name : {"cut", "delete", "duplicate"}) {
        enable(name, writable && selected && noCards.isEmpty());
        explain(name, noCards);
    }
    enable("addStage", writable && hasJourney && noStructure.isEmpty());
    enable("addLane", writable && hasJourney && noStructure.isEmpty());
    for (const char* name : {"rename", "moveEarlier", "moveLater", "removeStageOrLane"})
        enable(name, structure && noStructure.isEmpty());
    enable("newJourney", writable && noStructure.isEmpty());
    enable("personas", open);
    enable("cloneFuture", writable && hasJourney && noStructure.isEmpty());
    for (const char* name : {"addStage", "addLane", "rename", "moveEarlier", "moveLater",
                             "removeStageOrLane", "newJourney", "cloneFuture"})
        explain(name, noStructure);
    enable("vote", writable && selected);
    enable("comment", writable && m_scene->selectedCardIds().size() == 1);
    enable("unvote", writable && selected);
    // Clearing everyone's votes is the facilitator's (it changes every card).
    enable("resetVotes", writable && hasJourney && noStructure.isEmpty());
    explain("resetVotes", noStructure);
    m_lensMenu->setEnabled(open);
}

} // namespace cx
