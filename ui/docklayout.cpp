#include "docklayout.h"

#include "dashboard/dashboard.h"
#include "panels/departmentpanel.h"
#include "panels/feedbackpanel.h"
#include "panels/historypanel.h"
#include "panels/inspector.h"
#include "panels/outlinepanel.h"
#include "workshop/comparepanel.h"
#include "workshop/votingpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoView>

namespace cx {

namespace {

// The size a window opens at when nothing is remembered, screen permitting.
constexpr QSize preferredSize(1400, 900);

} // namespace

DockLayout::DockLayout(QMainWindow& window) : QObject(&window), m_window(window) { createDocks(); }

void DockLayout::createDocks()
{
    const auto dock = [this](QWidget* panel, const QString& title, const QString& name,
                             Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, &m_window);
        d->setObjectName(name); // saveState() finds docks by name
        d->setWidget(panel);
        d->setAccessibleName(title);
        m_window.addDockWidget(area, d);
        m_docks.append(d);
        return d;
    };
    m_outline = new OutlinePanel(&m_window);
    m_inspector = new Inspector(&m_window);
    m_departments = new DepartmentPanel(&m_window);
    m_dashboard = new Dashboard(&m_window);
    m_compare = new ComparePanel(&m_window);
    m_voting = new VotingPanel(&m_window);
    m_history = new QUndoView(&m_window);
    m_history->setEmptyLabel(tr("Opened"));
    m_history->setAccessibleName(tr("Undo history"));
    m_mapHistory = new HistoryPanel(&m_window);
    QDockWidget* outline =
        dock(m_outline, tr("Outline"), QStringLiteral("outlineDock"), Qt::LeftDockWidgetArea);
    QDockWidget* departments = dock(m_departments, tr("Departments"),
                                    QStringLiteral("departmentsDock"), Qt::LeftDockWidgetArea);
    QDockWidget* inspector = dock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"),
                                  Qt::RightDockWidgetArea);
    QDockWidget* history =
        dock(m_history, tr("Undo History"), QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    history->toggleViewAction()->setStatusTip(tr("This session's undo steps"));
    // Not the undo steps: what the map remembers, with who and when.
    QDockWidget* mapHistory = dock(m_mapHistory, tr("Map History"),
                                   QStringLiteral("mapHistoryDock"), Qt::LeftDockWidgetArea);
    mapHistory->toggleViewAction()->setStatusTip(
        tr("Every change saved with the map: who, when and what"));
    // Ctrl+Shift+H brings it to the front wherever it is (the Panels menu's
    // check box would hide a dock that is only behind another tab).
    auto* show = new QAction(tr("Show Map History"), &m_window);
    show->setObjectName(QStringLiteral("showMapHistory"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(show, &QAction::triggered, this, [this] {
        raise(m_mapHistory);
        m_mapHistory->list()->setFocus(Qt::ShortcutFocusReason);
    });
    m_window.addAction(show);
    QDockWidget* dashboard = dock(m_dashboard, tr("Dashboard"), QStringLiteral("dashboardDock"),
                                  Qt::RightDockWidgetArea);
    QDockWidget* compare =
        dock(m_compare, tr("Compare"), QStringLiteral("compareDock"), Qt::RightDockWidgetArea);
    QDockWidget* voting =
        dock(m_voting, tr("Voting"), QStringLiteral("votingDock"), Qt::LeftDockWidgetArea);
    // Below the canvas, wide for the customer's words; closed until asked for.
    m_feedback = new FeedbackPanel(&m_window);
    dock(m_feedback, tr("Feedback"), QStringLiteral("feedbackDock"), Qt::BottomDockWidgetArea)
        ->hide();
    m_window.splitDockWidget(outline, departments, Qt::Vertical);
    m_window.tabifyDockWidget(departments, voting); // the lens for reviews, the dots for workshops
    // Beside the lens, a review's other question: what changed, by whom.
    // (Behind the right's four tabs, their names would no longer fit.)
    m_window.tabifyDockWidget(voting, mapHistory);
    departments->raise();
    m_window.tabifyDockWidget(inspector, dashboard);
    m_window.tabifyDockWidget(dashboard, compare);
    m_window.tabifyDockWidget(dashboard, history);
    inspector->raise();
    // Wide enough on the right for the four tab names in full; the
    // department list gets the larger share of the left.
    m_window.resizeDocks({outline, inspector}, {300, 390}, Qt::Horizontal);
    m_window.resizeDocks({outline, departments}, {260, 520}, Qt::Vertical);
}

void DockLayout::raise(QWidget* panel)
{
    if (auto* d = qobject_cast<QDockWidget*>(panel->parentWidget())) {
        if (m_focus)
            setFocusMode(false); // a panel asked for is a panel shown
        d->show();
        d->raise();
    }
}

void DockLayout::setFocusMode(bool on)
{
    if (on == m_focus)
        return;
    m_focus = on;
    if (on) {
        m_beforeFocus = m_window.saveState();
        for (QDockWidget* d : m_docks)
            d->hide();
        for (QToolBar* t : m_window.findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
            t->hide();
    } else {
        m_window.restoreState(m_beforeFocus);
        m_beforeFocus.clear();
    }
    emit focusModeChanged(on);
}

void DockLayout::readSettings()
{
    QSettings s;
    if (!m_window.restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: as much of the map as the screen has room for.
        const QRect available = m_window.screen()->availableGeometry();
        m_window.resize(preferredSize.boundedTo(available.size()));
        if (available.width() < preferredSize.width() ||
            available.height() < preferredSize.height())
            m_window.setWindowState(Qt::WindowMaximized);
    }
    m_window.restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    fitToScreen();
}

void DockLayout::writeSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), m_window.saveGeometry());
    // Focus on Canvas is a moment: the next session starts with the docks.
    s.setValue(QStringLiteral("window/state"), m_focus ? m_beforeFocus : m_window.saveState());
}

void DockLayout::fitToScreen()
{
    if (m_window.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    const QRect available = m_window.screen()->availableGeometry();
    const QRect frame = m_window.frameGeometry();
    const QSize decoration = frame.size() - m_window.geometry().size();
    const QSize room = available.size() - decoration;
    if (m_window.minimumSizeHint().width() > room.width() ||
        m_window.minimumSizeHint().height() > room.height()) {
        // A screen smaller than the panels need: the whole screen, no more.
        m_window.setWindowState(Qt::WindowMaximized);
        return;
    }
    const QSize size = m_window.size().boundedTo(room);
    if (size != m_window.size())
        m_window.resize(size);
    // Wholly inside the screen: a remembered position from a bigger screen
    // or another monitor comes back into view.
    const QSize outer = size + decoration;
    const int x = std::clamp(frame.x(), available.left(), available.right() + 1 - outer.width());
    const int y = std::clamp(frame.y(), available.top(), available.bottom() + 1 - outer.height());
    if (QPoint(x, y) != frame.topLeft())
        m_window.move(x, y);
}

} // namespace cx
