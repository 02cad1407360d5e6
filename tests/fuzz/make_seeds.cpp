// Writes the seed documents of the open target: a map from each JSON file
// given, as the store writes it. cxmap_fuzz_seeds OUTDIR FILE.json...

#include "io/jsonformat.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: cxmap_fuzz_seeds OUTDIR FILE.json...\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (int i = 2; i < argc; ++i) {
        QFile json(QString::fromLocal8Bit(argv[i]));
        if (!json.open(QIODevice::ReadOnly))
            return 1;
        auto data = cx::fromJson(json.readAll());
        const QString path =
            out.filePath(QFileInfo(json.fileName()).completeBaseName() + QStringLiteral(".cxmap"));
        QFile::remove(path);
        if (!data || !cx::Document::create(path, *data)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
