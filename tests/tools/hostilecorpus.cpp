// Writes the hostile files the tests use (hostilecorpus.h) into a folder, to
// look at them or to try them on another build: cxmap_hostile_corpus DIR

#include "hostilecorpus.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: cxmap_hostile_corpus DIR\n");
        return 2;
    }
    for (const cx::test::HostileFile& f :
         cx::test::makeHostileCorpus(QString::fromLocal8Bit(argv[1])))
        std::printf("%-40s %s\n", qPrintable(f.name),
                    f.message.isEmpty() ? "opens safely"
                                        : qPrintable(QStringLiteral("refused: …") + f.message +
                                                     QStringLiteral("…")));
    return 0;
}
