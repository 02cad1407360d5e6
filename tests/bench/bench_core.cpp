// Benchmark of the foundation: a 10,000-card map (40 stages, 10 lanes, 2,000
// links). Prints figures; never fails on speed.
//   open      Document::open of the file into the model; again once the
//             file holds 100,000 history records (history is read lazily)
//   edit      one durable edit (command + SQLite transaction), median and p99
//   memory    peak resident set size of the process
//   analysis  roll-ups, emotion curve, department impact, handoffs
//   priority  the priority score of every pain point and opportunity (one
//             breadth-first search each over one index)

#include "analysis/analysis.h"
#include "analysis/priority.h"
#include "commands/edit.h"
#include "io/jsoncard.h"
#include "mapgenerator.h"
#include "model/document.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cx;

namespace {

double ms(qint64 ns) { return double(ns) / 1e6; }

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Fills the file's history with `count` records, about ten per card: most
// change one field, one in ten adds a whole card (the largest kind).
bool addHistory(const QString& path, int count)
{
    auto store = Store::open(path);
    if (!store)
        return false;
    auto data = store.value()->readAll();
    if (!data || data->cards.isEmpty() || store.value()->begin())
        return false;
    QDateTime at(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const Card& c = data->cards[(i * 7919) % data->cards.size()];
        HistoryChange change;
        change.objectId = c.id;
        change.label = c.title;
        change.departmentId = c.accountableId;
        if (i % 10 == 0) {
            change.action = HistoryAction::Add;
            change.after = json::cardToJson(c);
        } else {
            change.field = QStringLiteral("title");
            change.before = QStringLiteral("Title before edit %1").arg(i);
            change.after = QStringLiteral("Title after edit %1").arg(i);
        }
        if (store.value()->putHistory(at.addSecs(i * 60), QStringLiteral("bench"),
                                      QStringLiteral("Edit card"), {change}))
            return false;
    }
    return !store.value()->commit();
}

std::vector<double> timeOpens(const QString& path, std::unique_ptr<Document>& doc)
{
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        doc.reset();
        QElapsedTimer t;
        t.start();
        auto opened = Document::open(path);
        opens.push_back(ms(t.nsecsElapsed()));
        if (!opened) {
            std::fprintf(stderr, "cannot open the map: %s\n", qPrintable(opened.error().message));
            std::exit(1);
        }
        doc = std::move(opened.value());
    }
    return opens;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.cxmap"));
    const bench::MapSize size;
    {
        auto created = Document::create(path, bench::generateMap(size));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    std::printf("map: %d cards, %d stages, %d lanes, %d links\n", size.cards, size.stages,
                size.lanes, size.links);

    std::unique_ptr<Document> doc;
    std::vector<double> opens = timeOpens(path, doc);
    std::printf("open: median %.1f ms, best %.1f ms (target < 150 ms)\n", percentile(opens, 0.5),
                *std::min_element(opens.begin(), opens.end()));

    std::vector<double> edits;
    const QList<Id> cards = doc->cardIdsOfJourney(doc->journeyIds().first());
    for (int i = 0; i < 1000; ++i) {
        const Id id = cards[(i * 7919) % cards.size()];
        QElapsedTimer t;
        t.start();
        const Error err =
            edit::setCardTitle(*doc, id, QStringLiteral("Edited %1").arg(i), edit::Merge::No);
        edits.push_back(ms(t.nsecsElapsed()));
        if (err) {
            std::fprintf(stderr, "%s\n", qPrintable(err.message));
            return 1;
        }
    }
    std::vector<double> moves;
    const QList<Id> stages = doc->stageIds(doc->journeyIds().first());
    const QList<Id> lanes = doc->laneIds(doc->journeyIds().first());
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer t;
        t.start();
        const Error err =
            edit::moveCards(*doc, {cards[(i * 104729) % cards.size()]}, stages[i % stages.size()],
                            lanes[(i * 3) % lanes.size()], 0);
        moves.push_back(ms(t.nsecsElapsed()));
        if (err) {
            std::fprintf(stderr, "bench_core: a move failed: %s\n", qPrintable(err.message));
            return 1;
        }
    }
    std::printf("edit (title, 1000 durable edits): median %.3f ms, p99 %.3f ms "
                "(target median < 2 ms, p99 < 10 ms)\n",
                percentile(edits, 0.5), percentile(edits, 0.99));
    std::printf("edit (move card, 300): median %.3f ms, p99 %.3f ms\n", percentile(moves, 0.5),
                percentile(moves, 0.99));
    QElapsedTimer undo;
    undo.start();
    for (int i = 0; i < 300; ++i)
        doc->undoStack()->undo();
    std::printf("undo: %.3f ms per step (300 steps)\n", ms(undo.nsecsElapsed()) / 300);

    doc.reset();
    const int historyRecords = 100000;
    if (!addHistory(path, historyRecords)) {
        std::fprintf(stderr, "bench_core: cannot fill the history\n");
        return 1;
    }
    opens = timeOpens(path, doc);
    std::printf("open with %d history records: median %.1f ms, best %.1f ms (target < 150 ms)\n",
                historyRecords, percentile(opens, 0.5),
                *std::min_element(opens.begin(), opens.end()));
    QElapsedTimer cardHistory;
    cardHistory.start();
    HistoryFilter oneCard;
    oneCard.object = HistoryObject::Card;
    oneCard.objectId = cards.first();
    const auto records = doc->history(oneCard);
    std::printf("one card's history among them: %lld records in %.1f ms\n",
                records ? qint64(records->size()) : -1LL, ms(cardHistory.nsecsElapsed()));
    std::vector<double> laterEdits;
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer t;
        t.start();
        const Error err = edit::setCardTitle(*doc, cards[(i * 7919) % cards.size()],
                                             QStringLiteral("Again %1").arg(i), edit::Merge::No);
        laterEdits.push_back(ms(t.nsecsElapsed()));
        if (err)
            return 1;
    }
    std::printf("edit (title, 300, with those records): median %.3f ms, p99 %.3f ms\n",
                percentile(laterEdits, 0.5), percentile(laterEdits, 0.99));
    const DocumentData snapshot = doc->snapshot();
    const Id journeyId = doc->journeyIds().first();
    std::vector<double> analyses;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = analysis::rollups(snapshot, journeyId);
        const auto curve = analysis::emotionCurve(snapshot, journeyId);
        const auto impact = analysis::impactOfDepartment(snapshot, 1, journeyId);
        const auto h = analysis::handoffs(snapshot, journeyId);
        analyses.push_back(ms(t.nsecsElapsed()));
        if (i == 0)
            std::printf("analysis result: %d stages, %d curve points, %d cards reached from "
                        "department 1, %d handoffs\n",
                        int(r.stages.size()), int(curve.size()), int(impact.hits.size()),
                        int(h.handoffs.size()));
    }
    QElapsedTimer snap;
    snap.start();
    const DocumentData again = doc->snapshot();
    const double snapMs = ms(snap.nsecsElapsed());
    std::printf("analysis (roll-ups + curve + department impact + handoffs): median %.1f ms; "
                "snapshot of the model %.1f ms (%d cards)\n",
                percentile(analyses, 0.5), snapMs, int(again.cards.size()));
    std::vector<double> ranking;
    qsizetype ranked = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        ranked = analysis::priorities(snapshot).size();
        ranking.push_back(ms(t.nsecsElapsed()));
    }
    std::printf("priorities (whole map, %d pain points and opportunities ranked): median %.1f ms\n",
                int(ranked), percentile(ranking, 0.5));
    std::printf("peak memory: %ld MiB (target < 200 MB)\n", peakRssMiB());
    return 0;
}
