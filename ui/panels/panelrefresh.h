#pragma once

// When a panel that mirrors the Document rebuilds itself. The Dashboard and
// the Departments, Compare and Voting docks each follow the Document's change
// signals; a PanelRefresh stands between the signals and the panel's rebuild:
//
//   - a burst of signals (one command can send several; typing in the
//     Inspector sends one per keystroke) becomes one rebuild on the next turn
//     of the event loop;
//   - while the panel is not on screen (a closed dock, or a dock tabbed behind
//     another: Qt keeps that one "visible" but moves it off the window) nothing
//     is rebuilt: the panel only remembers that it is stale;
//   - when it is shown again (or its dock's tab is raised), a stale panel
//     rebuilds once, at once.
//
// The panel calls now() for what the user asked for (another journey, lens or
// map), which rebuilds at once whether or not the panel is on screen.

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QDockWidget;
class QWidget;

namespace cx {

class PanelRefresh : public QObject
{
    Q_OBJECT

public:
    // rebuild is called with the panel on screen (or from now()); the
    // PanelRefresh is a child of the panel and watches its show events.
    PanelRefresh(QWidget* panel, std::function<void()> rebuild);

    // Every signal calls request(): the change signals of a Document, or of
    // any other sender. Whatever arguments a signal carries are ignored.
    template <typename Sender, typename... Signal>
    void follow(const Sender* sender, Signal... signal)
    {
        (connect(sender, signal, this, &PanelRefresh::request), ...);
    }
    // Stops following everything that sender sends (nullptr: nothing to do).
    void unfollow(const QObject* sender);

    // Something changed: one rebuild on the next turn of the event loop, or
    // once the panel shows if it is hidden.
    void request();
    // Rebuilds at once, visible or not; cancels a pending rebuild.
    void now();
    // How long a burst may last before the rebuild (0 by default: the next
    // turn of the event loop). A panel whose rebuild reads the file waits a
    // little longer, so that typing is one read, not one per keystroke.
    void setDelay(int ms) { m_timer.setInterval(ms); }

    // Brings a pending rebuild forward (a caller about to read or grab the
    // panel); does nothing when the panel is up to date.
    void flush();

    // Visible and not moved off the window behind another dock's tab.
    bool isOnScreen() const;
    // A rebuild is due (scheduled, or waiting for the panel to show).
    bool isPending() const { return m_stale || m_timer.isActive(); }
    // How many rebuilds ran so far (tests, diagnostics).
    int rebuildCount() const { return m_rebuilds; }

signals:
    // After each rebuild.
    void rebuilt();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTimeout();
    void markStale();

    QPointer<QWidget> m_panel;
    QPointer<QDockWidget> m_dock; // the dock around the panel, once one is found
    std::function<void()> m_rebuild;
    QTimer m_timer;
    bool m_stale = false; // a change came while the panel was hidden
    int m_rebuilds = 0;
};

} // namespace cx
