// The child of the durability test: opens FILE and performs seeded random
// edits as fast as it can, printing the number of edits committed so far
// after each one, until it is killed.

#include "model/document.h"
#include "randomedits.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: cxmap_killchild FILE SEED STEPS\n");
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
    for (int i = 1; i <= steps; ++i) {
        editor.step();
        if (doc.value()->lastError()) // not committed: a failed write of any kind
            return 1;
        std::printf("%d\n", i); // step i is committed
        std::fflush(stdout);
    }
    return 0;
}
