#pragma once

// The main window's actions, menus and toolbar, and the canvas context menu.
// Each action is a child of the window named for tests and saveState
// ("undo", "paste", "focusCanvas", ...); Undo and Redo are QUndoGroup's own.
// update() keeps them enabled (with the reason in the tooltip when a team
// map's role may not) to match the document, the selection and the view.

#include "model/types.h"

#include <QObject>

class QAction;
class QActionGroup;
class QKeySequence;
class QMenu;
class QPoint;

namespace cx {

class MainWindow;

class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(MainWindow& window);

    QAction* action(const QString& name) const;
    void update();
    void rebuildRecentMenu();
    void rebuildLensMenu();
    void checkLens(Id departmentId);
    // Show Links and Show Emotion Curve as the last session left them.
    void readSettings();
    void writeSettings() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createFileActions();
    void createEditActions();
    void createViewActions();
    void createJourneyActions();
    void createVotingActions();
    void createReviewActions();     // mainactionsreview.cpp
    void createFeedbackActions();   // mainactionsfeedback.cpp
    void createPreferencesAction(); // preferencesdialog.cpp
    void updateFeedbackActions(const QList<Id>& selection);
    void createMenus();
    void createToolBar();
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& key,
                        const QString& tip = {});
    void canvasShortcut(QAction* action); // only while the canvas has focus
    void explain(const char* name, const QString& why);

    MainWindow& m_w;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_lensMenu = nullptr;
    QActionGroup* m_lensGroup = nullptr;
};

} // namespace cx
