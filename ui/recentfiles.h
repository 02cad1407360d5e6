#pragma once

// The recently opened documents, newest first, kept in QSettings. Files that
// no longer exist are dropped when the list is read.

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
