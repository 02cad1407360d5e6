#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cx {

namespace {

const QString key = QStringLiteral("recentFiles");

void store(const QStringList& files) { QSettings().setValue(key, files); }

} // namespace

QStringList RecentFiles::list()
{
    QStringList files;
    // Kept even while missing (an unplugged disk, a share offline); a failed
    // open removes an entry. No file system call here: menus are rebuilt often.
    for (const QString& f : QSettings().value(key).toStringList())
        if (!f.isEmpty() && !files.contains(f))
            files.append(f);
    return files.mid(0, maxCount);
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    store(files.mid(0, maxCount));
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear() { store({}); }

} // namespace cx
