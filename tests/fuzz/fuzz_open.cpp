// libFuzzer target: opening a document from bytes, as a file from a stranger.
// Whatever the bytes, the store opens a consistent document (and can read it
// again) or refuses with a message; it never crashes. Read-write, so that an
// older file is migrated as it would be for a user.

#include "model/document.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.cxmap"));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    auto doc = cx::Document::open(path);
    if (!doc) {
        if (doc.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const cx::DocumentData first = doc.value()->snapshot();
    doc.value().reset();
    auto again = cx::Store::open(path, cx::Store::Mode::ReadOnly);
    if (!again)
        std::abort(); // what opened once opens again
    auto read = again.value()->readAll();
    if (!read)
        std::abort();
    cx::DocumentData second = *read;
    second.canonicalize();
    if (!(second == first))
        std::abort();
    return 0;
}
