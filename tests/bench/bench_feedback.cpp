// Benchmark of customer feedback in the file, on the 10,000-card map. Prints
// figures; never fails on speed.
//   import    100,000 feedback items in one step (edit::addFeedbackItems:
//             one command, one transaction), target < 3 s
//   open      Document::open of the map before and with those items, target
//             < 150 ms
//   edit      one durable title edit with them in the file (secure_delete
//             on), median and p99
//   redact    1,000 items redacted in one step (words zeroed, log emptied)
//   undo      the import undone (100,000 rows deleted and zeroed)

#include "commands/edit.h"
#include "mapgenerator.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

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

std::vector<double> timeOpens(const QString& path, std::unique_ptr<Document>& doc)
{
    std::vector<double> opens;
    for (int i = 0; i < 7; ++i) {
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

// A survey export's worth of items: words of 40 to 400 characters, most on a
// card with a score and a day, one in ten in the inbox with a hint and two
// candidates.
QList<Feedback> surveyItems(const QList<Id>& cards, int count)
{
    static const QString phrases[] = {
        QStringLiteral("The courier called ahead and was on time. "),
        QStringLiteral("Waited forty minutes on the phone to change my address. "),
        QStringLiteral("The invoice was clear, but the first one came twice. "),
        QStringLiteral("Setup took five minutes, the app explained every step. "),
    };
    QList<Feedback> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        Feedback f;
        for (int n = 0; n <= i % 9; ++n)
            f.text += phrases[(i + n) % 4];
        f.kind = FeedbackKind(i % 5);
        f.source = FeedbackSource(i % 7);
        f.date = QDate(2026, 1, 1).addDays(i % 330);
        if (i % 3 != 0) {
            f.scale = i % 2 ? ScoreScale::Nps : ScoreScale::Csat;
            f.score = i % 2 ? i % 11 : 1 + i % 5;
            f.sentiment = i % 5 - 2;
        }
        f.segment = i % 4 ? QString() : QStringLiteral("Busy parent");
        f.reference = QStringLiteral("T-%1").arg(100000 + i);
        if (i % 10 == 0) {
            f.cardHint = QStringLiteral("Card title %1").arg(i);
            f.candidates = {cards[i % cards.size()], cards[(i * 31) % cards.size()]};
            if (f.candidates[0] == f.candidates[1])
                f.candidates.removeLast();
        } else {
            f.cardId = cards[(i * 7919) % cards.size()];
        }
        items.append(f);
    }
    return items;
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
    std::printf("open without feedback: median %.1f ms, best %.1f ms\n", percentile(opens, 0.5),
                *std::min_element(opens.begin(), opens.end()));

    const int count = 100000;
    const QList<Id> cards = doc->cardIdsOfJourney(doc->journeyIds().first());
    const QList<Feedback> items = surveyItems(cards, count);
    QElapsedTimer import;
    import.start();
    auto ids = edit::addFeedbackItems(*doc, items);
    const double importMs = ms(import.nsecsElapsed());
    if (!ids) {
        std::fprintf(stderr, "bench_feedback: the import failed: %s\n",
                     qPrintable(ids.error().message));
        return 1;
    }
    std::printf("import %d feedback items (one step): %.0f ms (target < 3000 ms)\n", count,
                importMs);

    opens = timeOpens(path, doc);
    std::printf("open with %d feedback items: median %.1f ms, best %.1f ms (target < 150 ms)\n",
                count, percentile(opens, 0.5), *std::min_element(opens.begin(), opens.end()));

    std::vector<double> edits;
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
    std::printf(
        "edit (title, 1000 durable edits, with the feedback): median %.3f ms, p99 %.3f ms\n",
        percentile(edits, 0.5), percentile(edits, 0.99));

    const QList<Id> all = doc->allFeedbackIds();
    QList<Id> some;
    for (int i = 0; i < 1000; ++i)
        some.append(all[(i * 97) % all.size()]);
    QElapsedTimer redact;
    redact.start();
    if (Error err = edit::redactFeedback(*doc, some)) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message));
        return 1;
    }
    std::printf("redact 1000 items (one step): %.1f ms\n", ms(redact.nsecsElapsed()));
    std::vector<double> single;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer t;
        t.start();
        if (edit::redactFeedback(*doc, {all[all.size() - 1 - i]}))
            return 1;
        single.push_back(ms(t.nsecsElapsed()));
    }
    std::printf("redact one item: median %.3f ms, p99 %.3f ms\n", percentile(single, 0.5),
                percentile(single, 0.99));

    doc.reset();
    auto reopened = Document::open(path);
    if (!reopened)
        return 1;
    doc = std::move(reopened.value());
    // The import is not on a reopened map's undo stack: remove every item in
    // one step instead, as undoing the import would.
    QElapsedTimer remove;
    remove.start();
    if (Error err = edit::removeFeedback(*doc, doc->allFeedbackIds())) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message));
        return 1;
    }
    std::printf("remove all %d items (one step): %.0f ms\n", count, ms(remove.nsecsElapsed()));
    return 0;
}
