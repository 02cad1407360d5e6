#pragma once

// The recently opened documents, newest first, kept in QSettings. A file
// that fails to open because it is gone is removed (MainWindow::openFile).

#include <QStringList>

namespace cx {

class RecentFiles
{
public:
    static constexpr int maxCount = 10;

    static QStringList list();
    static void add(const QString& path); // moves it to the front
    static void remove(const QString& path);
    static void clear();
};

} // namespace cx
