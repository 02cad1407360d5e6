#pragma once

// The main window's docks: the panels around the canvas, their default layout
// (Outline over Departments, Voting and Map History on the left; Inspector,
// Dashboard, Compare and Undo History on the right; Feedback below the canvas,
// closed at first), Focus on Canvas (every dock and
// toolbar hidden in one step, restored exactly in the next), and the window's
// size and dock state across sessions, kept inside the screen it opens on.

#include <QByteArray>
#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QUndoView;

namespace cx {

class ComparePanel;
class Dashboard;
class DepartmentPanel;
class FeedbackPanel;
class HistoryPanel;
class Inspector;
class OutlinePanel;
class VotingPanel;

class DockLayout : public QObject
{
    Q_OBJECT
public:
    // Creates the panels and their docks in window.
    explicit DockLayout(QMainWindow& window);

    OutlinePanel* outline() const { return m_outline; }
    Inspector* inspector() const { return m_inspector; }
    DepartmentPanel* departments() const { return m_departments; }
    Dashboard* dashboard() const { return m_dashboard; }
    ComparePanel* compare() const { return m_compare; }
    VotingPanel* voting() const { return m_voting; }
    QUndoView* history() const { return m_history; }          // this session's undo steps
    HistoryPanel* mapHistory() const { return m_mapHistory; } // every change saved in the map
    // Customer feedback, below the canvas.
    FeedbackPanel* feedback() const { return m_feedback; }
    QList<QDockWidget*> docks() const { return m_docks; }
    // Shows the dock holding panel and brings its tab to the front.
    void raise(QWidget* panel);

    // Focus on Canvas: hides every dock and toolbar; leaving it restores the
    // docks, their tabs and sizes and the toolbars exactly as they were.
    void setFocusMode(bool on);
    bool isFocusMode() const { return m_focus; }

    // The window's size and docks as last left; the first window fills the
    // screen it opens on, and no window is ever larger than that screen's
    // available geometry.
    void readSettings();
    void writeSettings() const;
    // Keeps the window inside its screen's available geometry.
    void fitToScreen();

signals:
    void focusModeChanged(bool on);

private:
    void createDocks();

    QMainWindow& m_window;
    OutlinePanel* m_outline = nullptr;
    Inspector* m_inspector = nullptr;
    DepartmentPanel* m_departments = nullptr;
    Dashboard* m_dashboard = nullptr;
    ComparePanel* m_compare = nullptr;
    VotingPanel* m_voting = nullptr;
    QUndoView* m_history = nullptr;
    HistoryPanel* m_mapHistory = nullptr;
    FeedbackPanel* m_feedback = nullptr;
    QList<QDockWidget*> m_docks;
    bool m_focus = false;
    QByteArray m_beforeFocus; // the window's state when Focus on Canvas began
};

} // namespace cx
