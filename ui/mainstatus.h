#pragma once

// The main window's status bar: the journey's counts, the selection and the
// lens, the zoom, a read-only mark with its reason, and on a team map who
// works on it in what role.

#include <QObject>

class QLabel;

namespace cx {

class MainWindow;

class MainStatus : public QObject
{
    Q_OBJECT
public:
    explicit MainStatus(MainWindow& window);

    void update();
    // One update on the next turn of the event loop, however many calls.
    void schedule();
    void setZoom(qreal factor);

private:
    MainWindow& m_w;
    QLabel* m_counts = nullptr;
    QLabel* m_zoom = nullptr;
    QLabel* m_readOnly = nullptr;
    QLabel* m_team = nullptr; // "Team map · role · rights" on a team map
    bool m_pending = false;
};

} // namespace cx
