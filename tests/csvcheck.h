#pragma once

// For tests of CSV (io/csvformat.h): the cells of a CSV text, an empty map to
// import into, and the cards of a document by the names around them, which is
// what a CSV round trip must keep. Catch2 assertions inside: test files only.

#include "io/csvformat.h"
#include "io/csvtable.h"
#include "model/document.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <tuple>

namespace cx::test {

// The records of a CSV text, as the table reader gives them.
inline QList<QStringList> cells(const QByteArray& csv)
{
    CsvReader reader(csv);
    CsvRecord record;
    QList<QStringList> out;
    while (reader.next(record))
        out.append(record.fields);
    REQUIRE_FALSE(reader.failed());
    return out;
}

inline std::unique_ptr<Document> emptyDoc(const test::TempDir& dir, const QString& name)
{
    DocumentData empty;
    empty.title = QStringLiteral("Empty");
    auto doc = Document::create(dir.file(name), empty);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

inline Error importText(Document& doc, const QByteArray& csv)
{
    const Result<CsvImport> rows = fromCsv(csv);
    if (!rows)
        return rows.error();
    const Result<QList<Id>> added = importCsv(doc, *rows);
    return added ? Error{} : added.error();
}

// A card by the names around it, as CSV carries it: what an import must give back.
struct NamedCard
{
    QString journey, stage, lane;
    LaneKind kind = LaneKind::Touchpoint;
    QString accountable;
    QStringList contributing;
    Card values; // ids, place, departments, dots and comments cleared
    bool operator==(const NamedCard&) const = default;
};

// Every card of d in reading order: journey, stage, lane, position.
inline QList<NamedCard> namedCards(const DocumentData& d)
{
    const Places places(d);
    const auto& [journeys, stages, lanes, departments] = places;
    QList<Card> cards = d.cards;
    const auto place = [&](const Card& c) {
        const Stage* s = stages.value(c.stageId);
        return std::tuple(journeys.value(s->journeyId)->position, s->position,
                          lanes.value(c.laneId)->position, c.position);
    };
    std::sort(cards.begin(), cards.end(),
              [&](const Card& a, const Card& b) { return place(a) < place(b); });
    QList<NamedCard> out;
    for (Card c : cards) {
        const Stage* s = stages.value(c.stageId);
        const Lane* l = lanes.value(c.laneId);
        NamedCard n{journeys.value(s->journeyId)->name, s->name, l->name, l->kind,
                    departments.value(c.accountableId), {},      {}};
        for (Id id : c.contributingIds)
            n.contributing.append(departments.value(id));
        c.id = c.stageId = c.laneId = c.accountableId = 0;
        c.position = 0;
        c.contributingIds.clear();
        c.dots.clear();
        c.comments.clear();
        n.values = c;
        out.append(n);
    }
    return out;
}

} // namespace cx::test
