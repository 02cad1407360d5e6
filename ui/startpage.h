#pragma once

// What the window shows when no map is open: start a map, open one, or pick
// a recent one.

#include <QWidget>

class QListWidget;

namespace cx {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& paths);

signals:
    void newRequested();
    void templateRequested();
    void openRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent = nullptr;
};

} // namespace cx
