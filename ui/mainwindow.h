#pragma once

// The editor's main window: the journey canvas in the middle, docks for the
// Outline, the Inspector, the Departments (lens) and the Undo History, menus
// and a toolbar, a status bar with counts and zoom. It owns the open Document
// and wires the views to it; every change goes through core/commands/edit.h.
//
// The class is spread over four files: mainwindow.cpp (document life cycle,
// docks, settings, status), mainwindowactions.cpp (actions, menus, toolbar),
// mainwindowedit.cpp (what the File, Edit and Journey menus do),
// mainwindowcanvas.cpp (dot voting and the context menu on the canvas), mainwindowio.cpp
// (report, CSV and Mermaid export and import) and mainwindowteam.cpp (team maps).

#include "model/result.h"
#include "model/types.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoView;

namespace cx {

class Dashboard;
class DepartmentPanel;
class Document;
class Inspector;
class OutlinePanel;
class ComparePanel;
class Presenter;
class QuickAddBar;
class StartPage;
class VotingPanel;

namespace canvas {
class JourneyScene;
class JourneyView;
} // namespace canvas

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path; a file the store refuses is reported in a dialog and the
    // window stays as it was. Returns whether the document opened.
    bool openFile(const QString& path);
    // Opens the map `map` on the team server conninfo (libpq's settings),
    // asking for a password when the server needs one. Returns whether it
    // opened.
    bool openTeamMap(const QString& conninfo, const QString& map);
    // Closes the document (an untitled one asks whether to keep it first).
    // Returns false if the user cancelled.
    bool closeDocument();

    Document* document() const { return m_doc.get(); }
    Id journey() const { return m_journey; }
    void showJourney(Id journeyId);
    void setLens(Id departmentId);
    // Shows the card's journey, selects the card and scrolls to it.
    void revealCard(Id cardId);

    canvas::JourneyScene* scene() const { return m_scene; }
    canvas::JourneyView* view() const { return m_view; }
    Inspector* inspector() const { return m_inspector; }
    DepartmentPanel* departmentPanel() const { return m_departments; }
    OutlinePanel* outline() const { return m_outline; }
    QuickAddBar* quickAddBar() const { return m_quickAdd; }
    Presenter* presenter() const { return m_presenter; }
    ComparePanel* comparePanel() const { return m_compare; }
    Dashboard* dashboard() const { return m_dashboard; }
    VotingPanel* votingPanel() const { return m_voting; }

    // For tests: the action with this objectName, or nullptr.
    QAction* action(const QString& name) const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // mainwindow.cpp
    void createDocks();
    void createStatusBar();
    void setDocument(std::unique_ptr<Document> doc);
    void connectDocument();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void updateStatus();
    void scheduleStatus();
    void updateZoom(qreal factor);
    void reportError(const QString& title, const QString& message);

    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& key = {},
                        const QString& tip = {});
    void canvasShortcut(QAction* action); // only while the canvas has focus
    void updateActions();
    void rebuildRecentMenu();
    void rebuildLensMenu();

    // mainwindowedit.cpp
    void newDocument();
    void newFromTemplate();
    void startFromTemplate(const QString& name);
    void chooseFile();
    void chooseTeamMap();
    void saveAs();
    void exportDrawing(const QString& format);

    void deleteSelection();
    void duplicateSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void selectAll();
    void addCardHere();
    void openQuickAdd();
    void createLink(Id fromCard, Id toCard);
    void addStage();
    void addLane();
    void renameStageOrLane();
    void moveStageOrLane(int delta);
    void removeStageOrLane();
    void newJourney();
    void cloneAsFutureState();
    Id currentStage() const; // from the Outline, else the selected card
    Id currentLane() const;
    std::pair<Id, Id> targetCell() const; // where new or pasted cards go
    // What Rename, Move and Remove act on: {is it a lane, its id}.
    std::pair<bool, Id> currentStageOrLane() const;
    bool ensureWritable();
    void showEditError(const Error& err);

    // mainwindowcanvas.cpp
    void createVotingActions();
    void voteOnSelection(int delta); // +1 vote, -1 take a vote back
    void votingStatus();             // who votes now, in the status bar
    void showCanvasMenu(const QPoint& viewportPos);

    // mainwindowio.cpp
    void exportJson();
    void exportReport();
    void exportTable(const QString& format); // "csv" or "mermaid"
    void importTable(const QString& format);

    std::unique_ptr<Document> m_doc;
    Id m_journey = 0;
    Id m_lens = 0;

    canvas::JourneyScene* m_scene = nullptr;
    canvas::JourneyView* m_view = nullptr;
    StartPage* m_start = nullptr;
    QuickAddBar* m_quickAdd = nullptr;  // above the canvas, Ctrl+K or /
    Presenter* m_presenter = nullptr;   // View > Present (F5)
    ComparePanel* m_compare = nullptr;  // current vs future state
    QStackedWidget* m_center = nullptr; // the start page or the canvas
    OutlinePanel* m_outline = nullptr;
    Inspector* m_inspector = nullptr;
    DepartmentPanel* m_departments = nullptr;
    Dashboard* m_dashboard = nullptr;
    VotingPanel* m_voting = nullptr;
    QUndoView* m_history = nullptr;

    QMenu* m_recentMenu = nullptr;
    QMenu* m_lensMenu = nullptr;
    QActionGroup* m_lensGroup = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_zoom = nullptr;
    QLabel* m_readOnly = nullptr;
    QLabel* m_team = nullptr; // "Team map · role · rights" on a team map
    bool m_statusPending = false;
    QString m_lastShownError; // see the errorOccurred connection
    bool m_touched = false;   // the open document was edited in this window
};

} // namespace cx
