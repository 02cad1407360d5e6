#pragma once

// The editor's main window: the journey canvas in the middle, docks around it,
// menus, a toolbar and a status bar. It owns the open Document and wires the
// parts together; each part is a class of its own:
// - MainActions (mainactions.h): every action, the menus, the toolbar and the
//   canvas context menu, kept enabled to match the document and selection;
// - DocumentController (documentcontroller.h): new, open, close, save as,
//   import and export;
// - MapEditor (mapeditor.h): what the Edit and Journey menus and dot voting
//   do, every change through core/commands/edit.h;
// - DockLayout (docklayout.h): the panels' docks, their default layout, Focus
//   on Canvas, and the window's geometry and state across sessions.
// mainwindow.cpp keeps the document's life cycle, the wiring and the status.

#include "model/result.h"
#include "model/types.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QUndoGroup;

namespace cx {

class CanvasPage;
class ComparePanel;
class ImpactBar;
class Dashboard;
class DepartmentPanel;
class DockLayout;
class Document;
class DocumentController;
class Inspector;
class MainActions;
class MainStatus;
class MapEditor;
class OutlinePanel;
class Presenter;
class QuickAddBar;
class SearchBar;
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
    // Shows doc (or nothing) in every part; the old document goes.
    void setDocument(std::unique_ptr<Document> doc);
    // The open document was edited in this window.
    bool touched() const { return m_touched; }
    Id journey() const { return m_journey; }
    Id lens() const { return m_lens; }
    void showJourney(Id journeyId);
    void setLens(Id departmentId);
    // Shows the card's journey, selects the card and scrolls to it.
    void revealCard(Id cardId);

    canvas::JourneyScene* scene() const { return m_scene; }
    canvas::JourneyView* view() const { return m_view; }
    Inspector* inspector() const;
    DepartmentPanel* departmentPanel() const;
    OutlinePanel* outline() const;
    Dashboard* dashboard() const;
    ComparePanel* comparePanel() const;
    VotingPanel* votingPanel() const;
    QuickAddBar* quickAddBar() const { return m_quickAdd; }
    SearchBar* searchBar() const;
    ImpactBar* impactBar() const;
    Presenter* presenter() const { return m_presenter; }
    StartPage* startPage() const { return m_start; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    DocumentController* documents() const { return m_documents; }
    MapEditor* editor() const { return m_editor; }
    DockLayout* docks() const { return m_docks; }
    MainActions* actions() const { return m_actions; }

    // For tests: the action with this objectName, or nullptr.
    QAction* action(const QString& name) const;

    // A modal warning (the caller says what failed, message says why).
    void reportError(const QString& title, const QString& message);
    // Whether the map may be edited; if not, the status bar says why.
    bool ensureWritable();
    // Reports a refused edit once (see the errorOccurred connection).
    void showEditError(const Error& err);
    void updateStatus();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createCenter();
    void connectPanels();
    void connectDocument();
    void updateTitle();
    void selectionChanged();

    std::unique_ptr<Document> m_doc;
    Id m_journey = 0;
    Id m_lens = 0;

    canvas::JourneyScene* m_scene = nullptr;
    canvas::JourneyView* m_view = nullptr;
    StartPage* m_start = nullptr;
    QuickAddBar* m_quickAdd = nullptr;  // above the canvas, Ctrl+K or /
    CanvasPage* m_page = nullptr;       // the bars above the canvas, and the canvas
    Presenter* m_presenter = nullptr;   // View > Present (F5)
    QStackedWidget* m_center = nullptr; // the start page or the canvas
    QUndoGroup* m_undoGroup = nullptr;  // the open document's stack while it is writable
    DockLayout* m_docks = nullptr;
    DocumentController* m_documents = nullptr;
    MapEditor* m_editor = nullptr;
    MainActions* m_actions = nullptr;

    MainStatus* m_status = nullptr;
    QString m_lastShownError; // see the errorOccurred connection
    bool m_touched = false;   // the open document was edited in this window
};

} // namespace cx
