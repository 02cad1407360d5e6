// Customer feedback as CSV (io/feedbackcsv.h): one row per item, text cells
// guarded against formulas, from `cxmap feedback --csv` and File > Export;
// the table reads back through the feedback import.

#include "commands/edit.h"
#include "io/csvtable.h"
#include "io/feedbackcsv.h"
#include "io/feedbackimport.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace cx;

namespace {

QList<QStringList> rowsOf(const QByteArray& csv)
{
    CsvReader reader(csv);
    QList<QStringList> rows;
    CsvRecord r;
    while (reader.next(r))
        rows << r.fields;
    REQUIRE_FALSE(reader.failed());
    return rows;
}

struct CsvMap
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    QList<Id> ids;
    CsvMap()
    {
        Feedback formula;
        formula.cardId = 2;
        formula.text = QStringLiteral("=HYPERLINK(\"http://x\") and, a comma\nand a line");
        formula.kind = FeedbackKind::Complaint;
        formula.sentiment = -2;
        formula.scale = ScoreScale::Nps;
        formula.score = 2;
        formula.date = QDate(2026, 11, 20);
        formula.reference = QStringLiteral("@ticket-7");
        Feedback unsorted;
        unsorted.text = QStringLiteral("  spaces kept  ");
        unsorted.cardHint = QStringLiteral("checkout");
        unsorted.candidates = {2, 3};
        auto added = edit::addFeedbackItems(*doc, {formula, unsorted});
        REQUIRE(added);
        ids = added.value();
    }
};

} // namespace

TEST_CASE("feedback as CSV is one guarded row per item", "[feedback][csv]")
{
    CsvMap m;
    const QList<QStringList> rows = rowsOf(feedbackToCsv(*m.doc, m.ids));
    REQUIRE(rows.size() == 3);
    const QStringList& header = rows[0];
    const auto cell = [&](int row, const char* column) {
        return rows[row].value(int(header.indexOf(QLatin1String(column))));
    };
    CHECK(cell(1, "card") == QStringLiteral("Checkout page"));
    CHECK(cell(1, "accountable") == QStringLiteral("IT"));
    CHECK(cell(1, "text") == QStringLiteral("'=HYPERLINK(\"http://x\") and, a comma\nand a line"));
    CHECK(cell(1, "reference") == QStringLiteral("'@ticket-7"));
    CHECK(cell(1, "sentiment") == QStringLiteral("-2"));
    CHECK(cell(1, "score_scale") == QStringLiteral("nps"));
    CHECK(cell(1, "date") == QStringLiteral("2026-11-20"));
    CHECK(cell(2, "card_id").isEmpty());
    CHECK(cell(2, "text") == QStringLiteral("  spaces kept  "));
    CHECK(cell(2, "candidates") == QStringLiteral("2 3"));
}

TEST_CASE("cxmap feedback --csv writes the listed items, which the import reads back",
          "[feedback][csv][cli]")
{
    CsvMap m;
    const QString map = m.doc->path();
    m.doc.reset();
    const QString out = m.dir.file(QStringLiteral("feedback.csv"));
    const test::Run run =
        test::cxmap({QStringLiteral("feedback"), map, QStringLiteral("--department"),
                     QStringLiteral("IT"), QStringLiteral("--csv"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(rowsOf(bytes).size() == 2); // the header and IT's one item

    auto reopened = Document::open(map);
    REQUIRE(reopened);
    auto columns = parseColumnSpec(
        QStringLiteral("text=text,card=card_id,kind=kind,sentiment=sentiment,date=date"));
    REQUIRE(columns);
    auto read = parseFeedback(bytes, columns.value(), {}, *reopened.value());
    REQUIRE(read);
    REQUIRE(read->items.size() == 1);
    CHECK(read->items[0].cardId == 2);
    CHECK(read->items[0].kind == FeedbackKind::Complaint);
    CHECK(read->items[0].sentiment == -2);
    CHECK(read->items[0].date == QDate(2026, 11, 20));

    const test::Run both = test::cxmap({QStringLiteral("feedback"), map, QStringLiteral("--redact"),
                                        QStringLiteral("1"), QStringLiteral("--csv"), out});
    CHECK(both.code != 0);
    CHECK(both.err.contains(QStringLiteral("--csv writes the list")));
}

TEST_CASE("an import names a column by its place when the header repeats or leaves out a name",
          "[feedback][feedbackimport]")
{
    CsvMap m;
    const QByteArray csv = "Response,Response,,Card\n9,\"Great\",x,Checkout page\n";
    auto columns = parseColumnSpec(QStringLiteral("text=#2,card=Card,segment=#3"));
    REQUIRE(columns);
    auto read = parseFeedback(csv, columns.value(), {}, *m.doc);
    REQUIRE(read);
    REQUIRE(read->items.size() == 1);
    CHECK(read->items[0].text == QStringLiteral("Great"));
    CHECK(read->items[0].segment == QStringLiteral("x"));
    // By name, the repeated one is refused; past the last column, so is #N.
    CHECK(parseFeedback(csv, parseColumnSpec(QStringLiteral("text=Response,card=Card")).value(), {},
                        *m.doc)
              .error()
              .message.contains(QStringLiteral("more than once")));
    CHECK(
        parseFeedback(csv, parseColumnSpec(QStringLiteral("text=#9,card=Card")).value(), {}, *m.doc)
            .error()
            .message.contains(QStringLiteral("no column #9: it has 4")));
}
