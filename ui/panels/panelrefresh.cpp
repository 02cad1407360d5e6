#include "panelrefresh.h"

#include <QDockWidget>
#include <QEvent>
#include <QWidget>

namespace cx {

PanelRefresh::PanelRefresh(QWidget* panel, std::function<void()> rebuild)
    : QObject(panel), m_panel(panel), m_rebuild(std::move(rebuild))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PanelRefresh::onTimeout);
    panel->installEventFilter(this);
}

void PanelRefresh::unfollow(const QObject* sender)
{
    if (sender)
        disconnect(sender, nullptr, this, nullptr);
}

bool PanelRefresh::isOnScreen() const
{
    if (!m_panel || !m_panel->isVisible())
        return false;
    // The part of the panel its parents leave inside the window. (Not
    // visibleRegion(): that leaves out the panel's own opaque children.)
    QRect r = m_panel->rect();
    for (const QWidget* w = m_panel; !w->isWindow() && w->parentWidget(); w = w->parentWidget())
        r = r.translated(w->pos()) & w->parentWidget()->rect();
    return !r.isEmpty();
}

void PanelRefresh::request()
{
    if (isOnScreen()) {
        if (!m_timer.isActive()) // a burst: the delay counts from its first signal
            m_timer.start();
    } else
        markStale();
}

void PanelRefresh::markStale()
{
    m_stale = true;
    // Raising a dock's tab shows nothing new to Qt: the dock says it instead.
    QDockWidget* dock = nullptr;
    for (QWidget* w = m_panel ? m_panel->parentWidget() : nullptr; w && !dock;
         w = w->parentWidget())
        dock = qobject_cast<QDockWidget*>(w);
    if (dock == m_dock)
        return;
    if (m_dock)
        disconnect(m_dock, nullptr, this, nullptr);
    m_dock = dock;
    if (m_dock) {
        connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible && m_stale)
                now();
        });
    }
}

void PanelRefresh::now()
{
    m_timer.stop();
    m_stale = false;
    ++m_rebuilds;
    m_rebuild();
    emit rebuilt();
}

void PanelRefresh::flush()
{
    if (isPending())
        now();
}

void PanelRefresh::onTimeout()
{
    // Hidden between the signal and this turn of the loop: wait for the show.
    if (isOnScreen())
        now();
    else
        markStale();
}

bool PanelRefresh::eventFilter(QObject* watched, QEvent* event)
{
    // A dock raised from behind another, or opened again: stale content
    // never reaches the screen.
    if (watched == m_panel && event->type() == QEvent::Show && m_stale)
        now();
    return QObject::eventFilter(watched, event);
}

} // namespace cx
