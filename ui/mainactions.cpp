#include "mainactions.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "docklayout.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "mapeditor.h"
#include "model/document.h"
#include "panels/outlinepanel.h"
#include "panels/versionsdialog.h"
#include "recentfiles.h"
#include "startpage.h"
#include "uitext.h"
#include "workshop/impactbar.h"
#include "workshop/presentation.h"
#include "workshop/searchbar.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace cx {

MainActions::MainActions(MainWindow& window) : QObject(&window), m_w(window)
{
    createFileActions();
    createEditActions();
    createViewActions();
    createJourneyActions();
    createVotingActions();
    createReviewActions();
    createFeedbackActions();
    createPreferencesAction();
    createMenus();
    createToolBar();
}

QAction* MainActions::makeAction(const QString& name, const QString& text, const QKeySequence& key,
                                 const QString& tip)
{
    auto* a = new QAction(text, &m_w);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!tip.isEmpty()) {
        a->setStatusTip(tip);
        a->setToolTip(tip);
    }
    m_w.addAction(a);
    return a;
}

void MainActions::canvasShortcut(QAction* action)
{
    // Delete, Ctrl+C and friends belong to whatever has focus: a text field
    // keeps them; on the canvas they act on cards. The menu item always works.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_w.removeAction(action);
    m_w.view()->addAction(action);
}

QAction* MainActions::action(const QString& name) const
{
    return m_w.findChild<QAction*>(name, Qt::FindDirectChildrenOnly);
}

void MainActions::createFileActions()
{
    DocumentController* files = m_w.documents();
    const auto on = [files](QAction* a, auto slot) {
        connect(a, &QAction::triggered, files, slot);
    };
    QStyle* st = m_w.style();
    QAction* a = makeAction(QStringLiteral("newMap"), tr("&New"), QKeySequence::New,
                            tr("Start an empty map"));
    a->setIcon(st->standardIcon(QStyle::SP_FileIcon));
    on(a, &DocumentController::newDocument);
    on(makeAction(QStringLiteral("newFromTemplate"), tr("New from &Template…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                  tr("Start from a template or the sample workshop map")),
       &DocumentController::newFromTemplate);
    a = makeAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                   tr("Open a .cxmap map"));
    a->setIcon(st->standardIcon(QStyle::SP_DialogOpenButton));
    on(a, &DocumentController::chooseFile);
    on(makeAction(QStringLiteral("openTeamMap"), tr("Open &Team Map…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                  tr("Open a map shared on a PostgreSQL team server")),
       &DocumentController::chooseTeamMap);
    on(makeAction(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs,
                  tr("Continue under another name (every edit is already saved)")),
       &DocumentController::saveAs);
    on(makeAction(QStringLiteral("saveCopyWithoutHistory"), tr("Save a Copy without &History…"), {},
                  tr("A copy to share: the history of who changed what and the named versions are "
                     "left out")),
       &DocumentController::saveCopyWithoutHistory);
    a = makeAction(QStringLiteral("namedVersions"), tr("Named &Versions…"), {},
                   tr("Keep the map as it is now under a name, compare or restore a version"));
    connect(a, &QAction::triggered, this, [this] {
        if (Document* doc = m_w.document()) {
            VersionsDialog dialog(*doc, &m_w);
            dialog.exec();
        }
    });
    on(makeAction(QStringLiteral("exportPng"), tr("Journey as &PNG Image…"), {}),
       [files] { files->exportDrawing(QStringLiteral("png")); });
    on(makeAction(QStringLiteral("exportSvg"), tr("Journey as &SVG Drawing…"), {}),
       [files] { files->exportDrawing(QStringLiteral("svg")); });
    on(makeAction(QStringLiteral("exportJson"), tr("Whole Map as &JSON…"), {}),
       &DocumentController::exportJson);
    on(makeAction(QStringLiteral("exportPdf"), tr("PDF &Report…"),
                  QKeySequence(Qt::CTRL | Qt::Key_P),
                  tr("The leadership report: map, summary, a section per department")),
       &DocumentController::exportReport);
    on(makeAction(QStringLiteral("exportRecognition"), tr("Recognition &Sheet…"), {},
                  tr("A one-page thank-you to a department for the praise its work earned")),
       &DocumentController::exportRecognition);
    on(makeAction(QStringLiteral("exportFeedbackCsv"), tr("Customer &Feedback as CSV…"), {},
                  tr("Every feedback item of the map, one row each")),
       &DocumentController::exportFeedbackCsv);
    on(makeAction(QStringLiteral("exportCsv"), tr("Journey as &CSV…"), {}),
       [files] { files->exportTable(QStringLiteral("csv")); });
    on(makeAction(QStringLiteral("exportMermaid"), tr("Journey as &Mermaid Diagram…"), {}),
       [files] { files->exportTable(QStringLiteral("mermaid")); });
    on(makeAction(QStringLiteral("importCsv"), tr("Cards from &CSV…"), {},
                  tr("Add cards from a CSV file; missing stages, lanes and departments are made")),
       [files] { files->importTable(QStringLiteral("csv")); });
    on(makeAction(QStringLiteral("importMermaid"), tr("Journey from &Mermaid Diagram…"), {},
                  tr("Add a Mermaid journey diagram as a new journey")),
       [files] { files->importTable(QStringLiteral("mermaid")); });
    on(makeAction(QStringLiteral("importFeedback"), tr("Customer &Feedback…"), {},
                  tr("Add customer feedback from a survey or ticket export (CSV)")),
       &DocumentController::importFeedback);
    on(makeAction(QStringLiteral("importJson"), tr("Map from &JSON…"), {},
                  tr("Open a JSON export as a new map")),
       &DocumentController::importJson);
    on(makeAction(QStringLiteral("closeMap"), tr("&Close"), QKeySequence::Close),
       [files] { files->closeDocument(); });
    a = makeAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    connect(a, &QAction::triggered, &m_w, &QWidget::close);
    connect(files, &DocumentController::recentFilesChanged, this, &MainActions::rebuildRecentMenu);
}

void MainActions::createEditActions()
{
    QStyle* st = m_w.style();
    // Undo and Redo follow the group's active stack: their text names the
    // step, and they are off while the map is read-only.
    QAction* a = m_w.undoGroup()->createUndoAction(&m_w, tr("&Undo"));
    a->setObjectName(QStringLiteral("undo"));
    a->setShortcut(QKeySequence::Undo);
    a->setIcon(st->standardIcon(QStyle::SP_ArrowBack));
    a->setIconText(tr("Undo")); // the toolbar keeps its size as the menu text changes
    m_w.addAction(a);
    a = m_w.undoGroup()->createRedoAction(&m_w, tr("&Redo"));
    a->setObjectName(QStringLiteral("redo"));
    a->setShortcut(QKeySequence::Redo);
    a->setIcon(st->standardIcon(QStyle::SP_ArrowForward));
    a->setIconText(tr("Redo"));
    m_w.addAction(a);
    // The step's name is text, not mnemonics: "Billing & Finance" keeps its
    // ampersand (run after the group's own update of the actions).
    connect(m_w.undoGroup(), &QUndoGroup::undoTextChanged, this, [this](const QString& step) {
        action(QStringLiteral("undo"))
            ->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(menuText(step)));
    });
    connect(m_w.undoGroup(), &QUndoGroup::redoTextChanged, this, [this](const QString& step) {
        action(QStringLiteral("redo"))
            ->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(menuText(step)));
    });

    MapEditor* editor = m_w.editor();
    const auto canvasAction = [&](const char* name, const QString& text, const QKeySequence& key,
                                  void (MapEditor::*slot)()) {
        QAction* c = makeAction(QString::fromLatin1(name), text, key);
        // While a title is edited in place its keys belong to the editor.
        connect(c, &QAction::triggered, editor, [this, editor, slot] {
            if (!m_w.view()->isEditing())
                (editor->*slot)();
        });
        canvasShortcut(c);
        return c;
    };
    canvasAction("cut", tr("Cu&t"), QKeySequence::Cut, &MapEditor::cutSelection);
    canvasAction("copy", tr("&Copy"), QKeySequence::Copy, &MapEditor::copySelection);
    canvasAction("paste", tr("&Paste"), QKeySequence::Paste, &MapEditor::paste);
    canvasAction("delete", tr("&Delete"), QKeySequence::Delete, &MapEditor::deleteSelection);
    canvasAction("duplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                 &MapEditor::duplicateSelection);
    canvasAction("selectAll", tr("Select &All"), QKeySequence::SelectAll, &MapEditor::selectAll);
    a = canvasAction("addCard", tr("&Add Card"), QKeySequence(Qt::Key_Insert),
                     &MapEditor::addCardHere);
    a->setStatusTip(tr("Add a card next to the selected one (or double-click an empty cell)"));
    a = makeAction(QStringLiteral("quickAdd"), tr("&Quick Add…"),
                   QKeySequence(Qt::CTRL | Qt::Key_K),
                   tr("Type cards as the room talks: stage / lane: title @owner +contributor "
                      "!pain -2 #channel"));
    connect(a, &QAction::triggered, editor, &MapEditor::openQuickAdd);
    SearchBar* search = m_w.searchBar();
    connect(makeAction(QStringLiteral("find"), tr("&Find and Filter…"), QKeySequence::Find,
                       tr("Find cards by their words, filter by department, status, evidence, "
                          "channel, pain and emotion")),
            &QAction::triggered, search, &SearchBar::open);
    connect(makeAction(QStringLiteral("findNext"), tr("Find &Next"), QKeySequence(Qt::Key_F3)),
            &QAction::triggered, search, &SearchBar::next);
    connect(makeAction(QStringLiteral("findPrevious"), tr("Find Pre&vious"),
                       QKeySequence(Qt::SHIFT | Qt::Key_F3)),
            &QAction::triggered, search, &SearchBar::previous);
    // '/' opens it too while the canvas has the focus.
    auto* slash = new QAction(&m_w);
    slash->setShortcut(QKeySequence(Qt::Key_Slash));
    slash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QAction::triggered, editor, [this, editor] {
        if (!m_w.view()->isEditing())
            editor->openQuickAdd();
    });
    m_w.view()->addAction(slash);
}

void MainActions::createViewActions()
{
    canvas::JourneyView* view = m_w.view();
    const auto on = [view](QAction* a, auto slot) { connect(a, &QAction::triggered, view, slot); };
    on(makeAction(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn),
       [view] { view->zoomIn(); });
    on(makeAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut),
       [view] { view->zoomOut(); });
    on(makeAction(QStringLiteral("fit"), tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0),
                  tr("The whole journey in the window")),
       [view] { view->fitToWindow(); });
    on(makeAction(QStringLiteral("fitWidth"), tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_9),
                  tr("Every stage across the window; scroll down through the lanes")),
       [view] { view->fitWidth(); });
    on(makeAction(QStringLiteral("actualSize"), tr("&Actual Size"),
                  QKeySequence(Qt::CTRL | Qt::Key_1)),
       [view] { view->setZoom(1.0); });
    QAction* a = makeAction(QStringLiteral("showLinks"), tr("Show &Links"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, m_w.scene(), &canvas::JourneyScene::setShowLinks);
    a = makeAction(QStringLiteral("showCurve"), tr("Show &Emotion Curve"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    a->setCheckable(true);
    a->setChecked(true);
    connect(a, &QAction::toggled, m_w.scene(), &canvas::JourneyScene::setShowCurve);
    a = makeAction(QStringLiteral("showImpact"), tr("Show &Impact"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                   tr("Trace the selected card's domino effect both ways: the customer moments "
                      "it reaches and its root causes"));
    connect(a, &QAction::triggered, this, [this] {
        if (const QList<Id> cards = m_w.scene()->selectedCardIds(); !cards.isEmpty())
            m_w.impactBar()->showFor(cards.last());
    });
    // Esc ends a trace first, wherever the keyboard is; off when none is shown.
    a = makeAction(QStringLiteral("clearImpact"), tr("End the Impact Trace"),
                   QKeySequence(Qt::Key_Escape));
    a->setEnabled(false);
    connect(a, &QAction::triggered, m_w.impactBar(), &ImpactBar::clear);
    connect(m_w.impactBar(), &ImpactBar::traceChanged, a, &QAction::setEnabled);
    a = makeAction(QStringLiteral("focusCanvas"), tr("Focus on &Canvas"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                   tr("Hide every panel and toolbar; again brings them back as they were"));
    a->setCheckable(true);
    connect(a, &QAction::toggled, m_w.docks(), &DockLayout::setFocusMode);
    connect(m_w.docks(), &DockLayout::focusModeChanged, a, &QAction::setChecked);
    a = makeAction(QStringLiteral("present"), tr("&Present"), QKeySequence(Qt::Key_F5),
                   tr("Walk the room through the journey, stage by stage (arrows, Esc to leave)"));
    a->setCheckable(true);
    Presenter* presenter = m_w.presenter();
    connect(a, &QAction::triggered, presenter, [this, presenter](bool on) {
        if (on && m_w.journey())
            presenter->start();
        else
            presenter->stop();
    });
    connect(presenter, &Presenter::started, a, [a] { a->setChecked(true); });
    connect(presenter, &Presenter::stopped, a, [a] { a->setChecked(false); });
    a = makeAction(QStringLiteral("fullScreen"), tr("F&ull Screen"), QKeySequence(Qt::Key_F11));
    a->setCheckable(true);
    connect(a, &QAction::triggered, &m_w, [this](bool on) {
        m_w.setWindowState(on ? m_w.windowState() | Qt::WindowFullScreen
                              : m_w.windowState() & ~Qt::WindowFullScreen);
    });
    // The check mark follows the window, whoever made it full screen.
    m_w.installEventFilter(this);
    // While presenting, the presentation owns the window and its panels.
    for (const char* name : {"fullScreen", "focusCanvas"}) {
        QAction* owned = action(QString::fromLatin1(name));
        connect(presenter, &Presenter::started, owned, [owned] { owned->setEnabled(false); });
        connect(presenter, &Presenter::stopped, owned, [owned] { owned->setEnabled(true); });
    }
}

bool MainActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_w && event->type() == QEvent::WindowStateChange)
        action(QStringLiteral("fullScreen"))->setChecked(m_w.isFullScreen());
    return QObject::eventFilter(watched, event);
}

void MainActions::createJourneyActions()
{
    MapEditor* editor = m_w.editor();
    const auto on = [editor](QAction* a, auto slot) {
        connect(a, &QAction::triggered, editor, slot);
    };
    on(makeAction(QStringLiteral("addStage"), tr("Add &Stage"), {},
                  tr("Add a stage after the selected one")),
       &MapEditor::addStage);
    on(makeAction(QStringLiteral("addLane"), tr("Add &Lane…"), {},
                  tr("Add a lane below the selected one")),
       &MapEditor::addLane);
    on(makeAction(QStringLiteral("rename"), tr("&Rename Stage or Lane…"), {}),
       &MapEditor::renameStageOrLane);
    on(makeAction(QStringLiteral("changeLaneKind"), tr("Change Lane &Kind…"), {},
                  tr("Make the selected lane another kind: touchpoints, back stage, pain points…")),
       &MapEditor::changeLaneKind);
    on(makeAction(QStringLiteral("moveEarlier"), tr("Move &Earlier"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
                  tr("Move the selected stage left or lane up")),
       [editor] { editor->moveStageOrLane(-1); });
    on(makeAction(QStringLiteral("moveLater"), tr("Move La&ter"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
                  tr("Move the selected stage right or lane down")),
       [editor] { editor->moveStageOrLane(+1); });
    on(makeAction(QStringLiteral("removeStageOrLane"), tr("Re&move Stage or Lane…"), {}),
       &MapEditor::removeStageOrLane);
    on(makeAction(QStringLiteral("newJourney"), tr("&New Journey…"), {}), &MapEditor::newJourney);
    on(makeAction(QStringLiteral("personas"), tr("&Personas…"), {},
                  tr("Who the journey is about: name, goals, frustrations")),
       &MapEditor::editPersonas);
    on(makeAction(QStringLiteral("cloneFuture"), tr("&Clone as Future State"), {},
                  tr("Copy this journey to design its future state")),
       &MapEditor::cloneAsFutureState);
}

void MainActions::createVotingActions()
{
    MapEditor* editor = m_w.editor();
    VotingPanel* voting = m_w.votingPanel();
    QAction* a = makeAction(QStringLiteral("vote"), tr("&Vote for Card"), QKeySequence(Qt::Key_V),
                            tr("Put a dot of the participant voting now on the selected card"));
    connect(a, &QAction::triggered, editor, [editor] { editor->voteOnSelection(+1); });
    canvasShortcut(a);
    a = makeAction(QStringLiteral("unvote"), tr("&Take Vote Back"),
                   QKeySequence(Qt::SHIFT | Qt::Key_V),
                   tr("Take one of the voting participant's dots off the selected card"));
    connect(a, &QAction::triggered, editor, [editor] { editor->voteOnSelection(-1); });
    canvasShortcut(a);
    a = makeAction(QStringLiteral("nextVoter"), tr("&Next Participant"),
                   QKeySequence(Qt::Key_BracketRight));
    connect(a, &QAction::triggered, voting, [voting] { voting->stepParticipant(+1); });
    canvasShortcut(a);
    a = makeAction(QStringLiteral("previousVoter"), tr("&Previous Participant"),
                   QKeySequence(Qt::Key_BracketLeft));
    connect(a, &QAction::triggered, voting, [voting] { voting->stepParticipant(-1); });
    canvasShortcut(a);
    a = makeAction(QStringLiteral("comment"), tr("&Comment on Card"),
                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                   tr("Write a comment on the selected card in the Inspector"));
    connect(a, &QAction::triggered, editor, &MapEditor::commentOnCard);
    a = makeAction(QStringLiteral("resetVotes"), tr("&Reset Votes"), {},
                   tr("Clear every vote on this journey (Undo brings them back)"));
    connect(a, &QAction::triggered, editor, &MapEditor::resetVotes);
}

void MainActions::createMenus()
{
    QMenuBar* bar = m_w.menuBar();
    const auto add = [this](QMenu* menu, const char* name) { menu->addAction(action(name)); };
    QMenu* file = bar->addMenu(tr("&File"));
    add(file, "newMap");
    add(file, "newFromTemplate");
    add(file, "open");
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    add(file, "openTeamMap");
    file->addSeparator();
    add(file, "saveAs");
    add(file, "saveCopyWithoutHistory");
    add(file, "namedVersions");
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    add(exportMenu, "exportPdf");
    add(exportMenu, "exportRecognition");
    exportMenu->addSeparator();
    for (const char* name : {"exportPng", "exportSvg", "exportCsv", "exportMermaid"})
        add(exportMenu, name);
    add(exportMenu, "exportFeedbackCsv");
    exportMenu->addSeparator();
    add(exportMenu, "exportJson");
    QMenu* importMenu = file->addMenu(tr("&Import"));
    add(importMenu, "importCsv");
    add(importMenu, "importMermaid");
    add(importMenu, "importFeedback");
    add(importMenu, "importJson");
    file->addSeparator();
    add(file, "closeMap");
    add(file, "quit");

    QMenu* edit = bar->addMenu(tr("&Edit"));
    add(edit, "undo");
    add(edit, "redo");
    edit->addSeparator();
    for (const char* name : {"cut", "copy", "paste", "delete", "duplicate"})
        add(edit, name);
    edit->addSeparator();
    for (const char* name : {"selectAll", "addCard", "quickAdd", "comment", "addFeedback"})
        add(edit, name);
    edit->addSeparator();
    for (const char* name : {"find", "findNext", "findPrevious"})
        add(edit, name);
    edit->addSeparator();
    add(edit, "preferences");

    QMenu* view = bar->addMenu(tr("&View"));
    for (const char* name : {"zoomIn", "zoomOut", "fit", "fitWidth", "actualSize"})
        add(view, name);
    view->addSeparator();
    m_lensMenu = view->addMenu(tr("Department &Lens"));
    m_lensMenu->setObjectName(QStringLiteral("lensMenu"));
    add(view, "showLinks");
    add(view, "showCurve");
    add(view, "showImpact");
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* d : m_w.docks()->docks())
        panels->addAction(d->toggleViewAction());
    add(view, "showFeedback");
    add(view, "focusCanvas");
    add(view, "fullScreen");
    add(view, "present");

    QMenu* journey = bar->addMenu(tr("&Journey"));
    for (const char* name : {"addStage", "addLane", "rename", "changeLaneKind", "moveEarlier",
                             "moveLater", "removeStageOrLane"})
        add(journey, name);
    journey->addSeparator();
    for (const char* name : {"newJourney", "personas", "cloneFuture"})
        add(journey, name);
    journey->addSeparator();
    QMenu* voting = journey->addMenu(tr("&Voting"));
    for (const char* name : {"vote", "unvote", "previousVoter", "nextVoter"})
        add(voting, name);
    voting->addSeparator();
    add(voting, "resetVotes");
    QMenu* review = journey->addMenu(tr("Re&view"));
    for (const char* name : {"markReviewed", "markDepartmentReviewed", "departmentDigest",
                             "actionList", "reviewInterval"})
        add(review, name);

    rebuildRecentMenu();
    rebuildLensMenu();
}

void MainActions::createToolBar()
{
    QToolBar* bar = m_w.addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char* name : {"newMap", "open", "undo", "redo"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char* name : {"addCard", "quickAdd", "addStage", "addLane"})
        bar->addAction(action(name));
    bar->addSeparator();
    for (const char* name : {"zoomOut", "zoomIn", "fit", "fitWidth", "showLinks", "showCurve"})
        bar->addAction(action(name));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("focusCanvas")));
    // The toolbar's words, shorter than the menus' where a language needs
    // it (German's would push the last buttons off a 1600-pixel window).
    struct ToolbarText
    {
        const char* action;
        struct
        {
            const char* source;
            const char* comment;
        } text;
    };
    static const ToolbarText toolbarTexts[] = {
        {"addCard", QT_TRANSLATE_NOOP3("cx::MainActions", "Add Card", "toolbar")},
        {"addStage", QT_TRANSLATE_NOOP3("cx::MainActions", "Add Stage", "toolbar")},
        {"addLane", QT_TRANSLATE_NOOP3("cx::MainActions", "Add Lane…", "toolbar")},
        {"fit", QT_TRANSLATE_NOOP3("cx::MainActions", "Fit to Window", "toolbar")},
        {"fitWidth", QT_TRANSLATE_NOOP3("cx::MainActions", "Fit Width", "toolbar")},
        {"showLinks", QT_TRANSLATE_NOOP3("cx::MainActions", "Show Links", "toolbar")},
        {"showCurve", QT_TRANSLATE_NOOP3("cx::MainActions", "Show Emotion Curve", "toolbar")},
        {"focusCanvas", QT_TRANSLATE_NOOP3("cx::MainActions", "Focus on Canvas", "toolbar")},
    };
    for (const ToolbarText& t : toolbarTexts)
        action(QString::fromLatin1(t.action))->setIconText(tr(t.text.source, t.text.comment));
}

void MainActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    m_w.startPage()->setRecentFiles(files);
    for (int i = 0; i < files.size(); ++i) {
        const QString name = menuText(QFileInfo(files[i]).fileName());
        QAction* a =
            m_recentMenu->addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(name) : name);
        a->setToolTip(files[i]);
        a->setStatusTip(files[i]);
        const QString path = files[i];
        connect(a, &QAction::triggered, this, [this, path] { m_w.openFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainActions::rebuildLensMenu()
{
    m_lensMenu->clear();
    delete m_lensGroup;
    m_lensGroup = new QActionGroup(this);
    const auto add = [this](Id id, const QString& text) {
        QAction* a = m_lensMenu->addAction(text);
        a->setCheckable(true);
        a->setData(id);
        a->setChecked(id == m_w.lens());
        m_lensGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { m_w.setLens(id); });
        return a;
    };
    add(0, tr("&All Departments"))->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    m_lensMenu->addSeparator();
    const Document* doc = m_w.document();
    if (!doc)
        return;
    const QList<Id> ids = doc->departmentIds();
    for (int i = 0; i < ids.size(); ++i) {
        const Department* d = doc->department(ids[i]);
        QAction* a = add(ids[i], i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(menuText(d->name))
                                       : menuText(d->name));
        QPixmap swatch(14, 14);
        swatch.fill(d->color.isValid() ? d->color : Qt::lightGray);
        a->setIcon(QIcon(swatch));
        if (i < 9) // Alt+1..9: the lens by keyboard, in department order
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
}

void MainActions::checkLens(Id departmentId)
{
    if (m_lensGroup)
        for (QAction* a : m_lensGroup->actions())
            a->setChecked(a->data().toLongLong() == departmentId);
}

void MainActions::readSettings()
{
    QSettings s;
    for (const char* name : {"showLinks", "showCurve"})
        action(QString::fromLatin1(name))
            ->setChecked(
                s.value(QStringLiteral("view/%1").arg(QLatin1String(name)), true).toBool());
}

void MainActions::writeSettings() const
{
    QSettings s;
    for (const char* name : {"showLinks", "showCurve"})
        s.setValue(QStringLiteral("view/%1").arg(QLatin1String(name)),
                   action(QString::fromLatin1(name))->isChecked());
}

} // namespace cx
