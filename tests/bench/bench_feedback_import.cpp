// Benchmark of the feedback import (issue 20) on the 10,000-card map: a
// survey export of 100,000 rows (UTF-8, comma-delimited, quoted reasons with
// commas and line breaks; 80% name a card by title, 10% by id, 10% by
// nothing on the map) read and added in one undo step. Prints figures; never
// fails on speed (the target: < 3 s for the whole import, commit included).
//   parse    decoding, reading and matching every row (parseFeedback)
//   commit   edit::addFeedbackItems: one SQLite transaction (importFeedback)
//   reopen   opening the map again afterwards, with its 100,000 items

#include "io/feedbackimport.h"
#include "mapgenerator.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace cx;

namespace {

double ms(qint64 ns) { return double(ns) / 1e6; }

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

QByteArray surveyExport(const DocumentData& map, int rows)
{
    QByteArray out = "Response ID,Submitted At,Score,Reason,Touchpoint,Customer email\r\n";
    out.reserve(rows * 140);
    const qsizetype cards = map.cards.size();
    for (int i = 0; i < rows; ++i) {
        const Card& card = map.cards[(qsizetype(i) * 7919) % cards];
        QByteArray touchpoint;
        switch (i % 10) {
        case 8:
            touchpoint = QByteArray::number(card.id);
            break;
        case 9:
            touchpoint = "Somewhere not on the map " + QByteArray::number(i % 97);
            break;
        default:
            touchpoint = '"' + card.title.toUtf8() + '"';
        }
        out += "R_" + QByteArray::number(i) + ",2026-0" + QByteArray::number(1 + i % 9) + "-1" +
               QByteArray::number(i % 10) + "T10:00:00Z," + QByteArray::number(i % 11) +
               ",\"Reason " + QByteArray::number(i) +
               ": the engineer was late, \"\"again\"\"\nand nobody called\"," + touchpoint +
               ",customer" + QByteArray::number(i) + "@example.com\r\n";
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    const DocumentData map = bench::generateMap({});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feedback.cxmap"));
    {
        auto created = Document::create(path, map);
        if (!created)
            die(created.error().message);
    }
    const QByteArray bytes = surveyExport(map, rows);
    std::printf("map: %lld cards; export: %d rows, %.1f MB\n", qint64(map.cards.size()), rows,
                double(bytes.size()) / 1e6);
    auto opened = Document::open(path);
    if (!opened)
        die(opened.error().message);
    Document& doc = *opened.value();
    const Result<FeedbackColumns> columns = parseColumnSpec(
        QStringLiteral("text=Reason,card=Touchpoint,date=Submitted At,score=Score:nps"));
    if (!columns)
        die(columns.error().message);

    QElapsedTimer t;
    t.start();
    const Result<FeedbackImport> parsed = parseFeedback(bytes, *columns, {}, doc);
    const qint64 parseNs = t.nsecsElapsed();
    if (!parsed)
        die(parsed.error().message);
    t.restart();
    const Result<QList<Id>> added = importFeedback(doc, *parsed, QStringLiteral("survey.csv"));
    const qint64 commitNs = t.nsecsElapsed();
    if (!added)
        die(added.error().message);
    std::printf("%s\n", qPrintable(feedbackImportSummaryText(parsed->summary,
                                                             QStringLiteral("survey.csv"))));
    std::printf("feedback import: parse %.0f ms + commit %.0f ms = %.0f ms (target < 3000 ms)\n",
                ms(parseNs), ms(commitNs), ms(parseNs + commitNs));
    opened.value().reset();

    t.restart();
    auto again = Document::open(path);
    const qint64 openNs = t.nsecsElapsed();
    if (!again)
        die(again.error().message);
    std::printf("reopen with %d feedback items: %.0f ms\n", again.value()->feedbackCount(),
                ms(openNs));
    return 0;
}
