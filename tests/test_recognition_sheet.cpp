// The recognition sheet (report/recognitionsheet.h): one page that credits a
// department with the praise its work earned, as PDF or PNG, from the File
// menu's export and `cxmap export --recognition`.

#include "commands/edit.h"
#include "model/document.h"
#include "pdfread.h"
#include "report/recognitionsheet.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace cx;

namespace {

constexpr Id It = 2;
constexpr Id CheckoutPage = 2; // IT's touchpoint, fed by IT's "Order processing"

Feedback praise(const QString& words, QDate date, int sentiment = 2)
{
    Feedback f;
    f.cardId = CheckoutPage;
    f.text = words;
    f.kind = FeedbackKind::Praise;
    f.sentiment = sentiment;
    f.source = FeedbackSource::Survey;
    f.date = date;
    return f;
}

struct PraisedMap
{
    test::TempDir dir;
    std::unique_ptr<Document> doc = test::smallDocumentFile(dir);
    QList<Id> ids;
    PraisedMap()
    {
        auto added = edit::addFeedbackItems(
            *doc, {praise(QStringLiteral("Checkout took a minute, brilliant"), QDate(2026, 11, 20)),
                   praise(QStringLiteral("Ann Example loved it"), QDate(2026, 11, 21)),
                   praise(QStringLiteral("Praise from long ago"), QDate(2025, 1, 5))});
        REQUIRE(added);
        ids = added.value();
        REQUIRE_FALSE(edit::redactFeedback(*doc, {ids[1]}));
    }
};

report::RecognitionSheetOptions itSheet()
{
    report::RecognitionSheetOptions o;
    o.departmentId = It;
    o.today = QDate(2026, 12, 7);
    return o;
}

} // namespace

TEST_CASE("the recognition sheet credits a department with the praise its work fed",
          "[recognition][report]")
{
    PraisedMap m;
    const QString pdf = m.dir.file(QStringLiteral("it.pdf"));
    REQUIRE_FALSE(report::writeRecognitionSheet(*m.doc, itSheet(), pdf));
    CHECK(test::pdfPages(pdf) == 1);
    const QString text = test::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Thank you, IT")));
    CHECK(text.contains(QStringLiteral("“Order processing” fed 1 praised moment")));
    CHECK(text.contains(QStringLiteral("Checkout took a minute, brilliant")));
    // Redacted words never reach a wall; praise before the period neither.
    CHECK_FALSE(text.contains(QStringLiteral("Ann Example")));
    CHECK_FALSE(text.contains(QStringLiteral("long ago")));

    // Marketing's work fed none of it: the sheet says so instead of inventing.
    report::RecognitionSheetOptions marketing = itSheet();
    marketing.departmentId = 1;
    const QString none = m.dir.file(QStringLiteral("mkt.pdf"));
    REQUIRE_FALSE(report::writeRecognitionSheet(*m.doc, marketing, none));
    CHECK(test::pdfText(none).simplified().contains(
        QStringLiteral("No praise reached Marketing’s work in this period yet")));
}

TEST_CASE("the recognition sheet is a picture too, and a bad target says why",
          "[recognition][report]")
{
    PraisedMap m;
    const QString png = m.dir.file(QStringLiteral("it.png"));
    REQUIRE_FALSE(report::writeRecognitionSheet(*m.doc, itSheet(), png));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1240); // A4 at 150 dpi
    CHECK(image.height() == 1754);
    // The band at the top is in IT's colour.
    CHECK(image.pixelColor(10, 10) == QColor(0x33, 0x22, 0x88));

    const Error err = report::writeRecognitionSheet(
        *m.doc, itSheet(), m.dir.file(QStringLiteral("missing/folder/it.pdf")));
    CHECK(err.message.contains(QStringLiteral("Cannot write")));
    report::RecognitionSheetOptions nobody = itSheet();
    nobody.departmentId = 99;
    CHECK(report::writeRecognitionSheet(*m.doc, nobody, png).message ==
          QStringLiteral("No department 99"));
}

TEST_CASE("cxmap export --recognition writes one department's sheet", "[recognition][cli]")
{
    PraisedMap m;
    const QString map = m.doc->path();
    m.doc.reset();
    const QString out = m.dir.file(QStringLiteral("sheet.pdf"));
    const test::Run ok =
        test::cxmap({QStringLiteral("export"), map, QStringLiteral("--recognition"), out,
                     QStringLiteral("--department"), QStringLiteral("IT"),
                     QStringLiteral("--since"), QStringLiteral("2020-01-01")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.code == 0);
    // Since 2020, the old praise counts as well.
    CHECK(test::pdfText(out).contains(QStringLiteral("Praise from long ago")));

    const test::Run noDepartment =
        test::cxmap({QStringLiteral("export"), map, QStringLiteral("--recognition"), out});
    CHECK(noDepartment.code != 0);
    CHECK(noDepartment.err.contains(QStringLiteral("--department NAME")));
    const test::Run badDay =
        test::cxmap({QStringLiteral("export"), map, QStringLiteral("--recognition"), out,
                     QStringLiteral("--department"), QStringLiteral("IT"),
                     QStringLiteral("--since"), QStringLiteral("last week")});
    CHECK(badDay.code != 0);
    CHECK(badDay.err.contains(QStringLiteral("YYYY-MM-DD")));
}
