// The child of the durability tests: opens FILE and, as fast as it can until
// it is killed, either performs seeded random edits (printing the number of
// edits committed so far after each one), or with "saveas DIR" writes copies
// DIR/copy-N.cxmap with Save As (printing N once copy N is in place).

#include "model/document.h"
#include "randomedits.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4 && !(argc == 6 && std::strcmp(argv[4], "saveas") == 0)) {
        std::fprintf(stderr, "usage: cxmap_killchild FILE SEED STEPS [saveas DIR]\n");
        return 2;
    }
    auto doc = cx::Document::open(QString::fromLocal8Bit(argv[1]));
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error().message));
        return 1;
    }
    cx::test::RandomEditor editor(*doc.value(), unsigned(std::atoi(argv[2])));
    const int steps = std::atoi(argv[3]);
    std::printf("ready\n");
    std::fflush(stdout);
    if (argc == 6) {
        const QString dir = QString::fromLocal8Bit(argv[5]);
        for (int i = 1; i <= steps; ++i) {
            const QString copy = dir + QStringLiteral("/copy-%1.cxmap").arg(i);
            if (doc.value()->saveCopy(copy))
                return 1;
            std::printf("%d\n", i); // copy i is in place
            std::fflush(stdout);
        }
        return 0;
    }
    for (int i = 1; i <= steps; ++i) {
        editor.step();
        if (doc.value()->lastError()) // not committed: a failed write of any kind
            return 1;
        std::printf("%d\n", i); // step i is committed
        std::fflush(stdout);
    }
    return 0;
}
