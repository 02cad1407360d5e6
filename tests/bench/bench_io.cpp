// Benchmark of the CSV and Mermaid formats on the 10,000-card map (40 stages,
// 10 lanes). Prints figures; never fails on speed.
//   csv export   toCsv of the whole map
//   csv import   fromCsv + importCsv into a fresh, empty document: one undo
//                step that creates the journey, stages, lanes, departments
//                and 10,000 cards in one SQLite transaction
//   undo         undoing that import
//   mermaid      toMermaid of the map, fromMermaid + importMermaid of it

#include "io/csvformat.h"
#include "io/mermaidformat.h"
#include "mapgenerator.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cx;

namespace {

double ms(qint64 ns) { return double(ns) / 1e6; }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// A fresh, empty document for each run.
std::unique_ptr<Document> freshDocument(const QTemporaryDir& dir, int run)
{
    DocumentData empty;
    empty.title = QStringLiteral("Import target");
    auto doc = Document::create(dir.filePath(QStringLiteral("import%1.cxmap").arg(run)), empty);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error().message));
        std::exit(1);
    }
    return std::move(doc.value());
}

void check(const Error& err)
{
    if (err) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message));
        std::exit(1);
    }
}

void benchCsv(const DocumentData& map, const QTemporaryDir& dir, int runs)
{
    std::vector<double> exports, parses, imports, undos;
    QByteArray csv;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        csv = toCsv(map);
        exports.push_back(ms(t.nsecsElapsed()));
    }
    std::printf("csv export: median %.1f ms (%.1f MB, %lld lines)\n", median(exports),
                double(csv.size()) / 1e6, qint64(csv.count('\n')));
    for (int i = 0; i < runs; ++i) {
        auto doc = freshDocument(dir, i);
        QElapsedTimer t;
        t.start();
        const Result<CsvImport> rows = fromCsv(csv);
        parses.push_back(ms(t.nsecsElapsed()));
        check(rows ? Error{} : rows.error());
        const Result<QList<Id>> added = importCsv(*doc, *rows);
        imports.push_back(ms(t.nsecsElapsed()));
        check(added ? Error{} : added.error());
        if (added->size() != map.cards.size() || doc->undoStack()->count() != 1)
            check({ErrorCode::InvalidData, QStringLiteral("imported %1 cards in %2 steps")
                                               .arg(added->size())
                                               .arg(doc->undoStack()->count())});
        t.restart();
        doc->undoStack()->undo();
        undos.push_back(ms(t.nsecsElapsed()));
    }
    std::printf("csv import of %lld rows (parse + import into a fresh document, one undo step): "
                "median %.1f ms, of which parsing %.1f ms (target < 1000 ms)\n",
                qint64(map.cards.size()), median(imports), median(parses));
    std::printf("undo of that import: median %.1f ms\n", median(undos));
}

void benchMermaid(const DocumentData& map, const QTemporaryDir& dir, int runs)
{
    std::vector<double> exports, imports;
    qsizetype tasks = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const QByteArray diagram = toMermaid(map, map.journeys.first().id);
        exports.push_back(ms(t.nsecsElapsed()));
        auto doc = freshDocument(dir, runs + i);
        t.restart();
        const Result<MermaidJourney> journey = fromMermaid(diagram);
        check(journey ? Error{} : journey.error());
        const Result<QList<Id>> added = importMermaid(*doc, *journey);
        imports.push_back(ms(t.nsecsElapsed()));
        check(added ? Error{} : added.error());
        tasks = added->size();
    }
    std::printf("mermaid: export median %.1f ms, parse + import of %lld tasks median %.1f ms\n",
                median(exports), qint64(tasks), median(imports));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const bench::MapSize size;
    const DocumentData map = bench::generateMap(size);
    std::printf("map: %d cards, %d stages, %d lanes, %d departments\n", size.cards, size.stages,
                size.lanes, size.departments);
    constexpr int runs = 5;
    benchCsv(map, dir, runs);
    benchMermaid(map, dir, runs);
    std::printf("peak memory: %ld MiB\n", peakRssMiB());
    return 0;
}
