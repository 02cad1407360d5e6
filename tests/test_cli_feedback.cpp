// `cxmap import MAP --feedback IN --columns SPEC [--encoding cp1252]
// [--skip-rows N]` as a user runs it: a survey export into the sample map,
// every row on a card or in the inbox; a bad row changes nothing.

#include "feedbackexport.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <algorithm>

using namespace cx;
using namespace cx::test;

namespace {

struct Fixture
{
    TempDir dir;
    QString map;
    DocumentData data;
    Id original = 0;
    Id twin = 0;
};

std::unique_ptr<Fixture> sampleMapWithTwin()
{
    auto f = std::make_unique<Fixture>();
    f->data = sampleDocument();
    f->original = f->data.cards[40].id;
    f->twin = addTwin(f->data, f->original);
    f->map = f->dir.file(QStringLiteral("sample.cxmap"));
    REQUIRE(Document::create(f->map, f->data).ok());
    return f;
}

DocumentData mapNow(const QString& path)
{
    auto doc = Document::open(path, true);
    REQUIRE(doc.ok());
    return doc.value()->snapshot();
}

Run importFeedback(const Fixture& f, const QString& in, const QString& columns,
                   const QStringList& more = {})
{
    return cxmap(QStringList{QStringLiteral("import"), f.map, QStringLiteral("--feedback"), in,
                             QStringLiteral("--columns"), columns} +
                 more);
}

QString expectedSummary(const SurveyExport& e, const QString& name)
{
    int on = 0, none = 0, several = 0, skipped = 0;
    for (const ExpectedFeedback& x : e.expected) {
        if (x.skipped)
            ++skipped;
        else if (x.cardId)
            ++on;
        else
            ++(x.candidates.isEmpty() ? none : several);
    }
    const QString rows =
        skipped == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(skipped);
    return QStringLiteral("Imported %1 feedback items from %2: %3 on cards, %4 unsorted (%5 "
                          "matched no card, %6 matched several); %7 without words, score "
                          "or sentiment skipped")
        .arg(on + none + several)
        .arg(name)
        .arg(on)
        .arg(none + several)
        .arg(none)
        .arg(several)
        .arg(rows);
}

// The map's feedback (by id: in file order) is the export's rows.
void checkMap(const Fixture& f, const SurveyExport& e)
{
    const DocumentData after = mapNow(f.map);
    QList<Feedback> items = after.feedback;
    std::sort(items.begin(), items.end(),
              [](const Feedback& a, const Feedback& b) { return a.id < b.id; });
    qsizetype next = 0;
    for (const ExpectedFeedback& x : e.expected) {
        if (x.skipped)
            continue;
        REQUIRE(next < items.size());
        const Feedback& item = items[next++];
        INFO(x.touchpoint.toStdString());
        CHECK(item.text == x.text);
        CHECK(item.cardId == x.cardId);
        CHECK(item.candidates == x.candidates);
        CHECK(item.cardHint == (x.cardId ? QString() : x.touchpoint));
        CHECK(item.sentiment == x.sentiment);
        CHECK(item.date == x.date);
        CHECK_FALSE(item.text.contains(u'@'));
        CHECK_FALSE(item.reference.contains(u'@'));
        CHECK_FALSE(item.segment.contains(u'@'));
    }
    CHECK(next == items.size());
    CHECK(after.cards == f.data.cards);
}

} // namespace

TEST_CASE("cxmap import --feedback puts every row of a survey export on the map", "[cli][feedback]")
{
    auto f = sampleMapWithTwin();
    const SurveyExport e = surveyExport(f->data, f->original, f->twin, 300, true);
    const QString in = f->dir.file(QStringLiteral("survey.csv"));
    writeFile(in, exportText(e, u',').toUtf8());

    const Run r =
        importFeedback(*f, in, e.columns, {QStringLiteral("--skip-rows"), QStringLiteral("2")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed() == expectedSummary(e, QStringLiteral("survey.csv")));
    checkMap(*f, e);
}

TEST_CASE("cxmap import --feedback reads a Windows-1252 export only when told", "[cli][feedback]")
{
    auto f = sampleMapWithTwin();
    const SurveyExport e = surveyExport(f->data, f->original, f->twin, 120, false);
    const QString in = f->dir.file(QStringLiteral("umfrage.csv"));
    const QByteArray bytes = cp1252(exportText(e, u';'));
    REQUIRE_FALSE(bytes.isEmpty());
    writeFile(in, bytes);
    const QStringList skip = {QStringLiteral("--skip-rows"), QStringLiteral("2")};

    Run r = importFeedback(*f, in, e.columns, skip);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("umfrage.csv: line ")));
    CHECK(r.err.contains(QStringLiteral("try --encoding cp1252")));
    CHECK(mapNow(f->map).feedback.isEmpty());

    r = importFeedback(*f, in, e.columns,
                       skip + QStringList{QStringLiteral("--encoding"), QStringLiteral("cp1252")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed() == expectedSummary(e, QStringLiteral("umfrage.csv")));
    checkMap(*f, e);
}

TEST_CASE("a bad row in a feedback export fails the import and leaves the map as it was",
          "[cli][feedback]")
{
    auto f = sampleMapWithTwin();
    SurveyExport e = surveyExport(f->data, f->original, f->twin, 300, true);
    const int bad = 150;
    e.rows[bad][2] = QStringLiteral("11");
    SurveyExport before = e;
    before.rows = e.rows.mid(0, bad);
    const int line = int(exportText(before, u',').count(u'\n')) + 1;
    const QString in = f->dir.file(QStringLiteral("survey.csv"));
    writeFile(in, utf16(exportText(e, u','), true));
    const DocumentData was = mapNow(f->map);

    const Run r =
        importFeedback(*f, in, e.columns, {QStringLiteral("--skip-rows"), QStringLiteral("2")});
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(
        QStringLiteral("survey.csv: line %1, column 3 (“How likely are you to recommend us? "
                       "(0-10)”): “11” is not an NPS score")
            .arg(line)));
    CHECK(mapNow(f->map) == was);
}

TEST_CASE("cxmap import --feedback says what is missing", "[cli][feedback]")
{
    auto f = sampleMapWithTwin();
    const QString in = f->dir.file(QStringLiteral("tickets.csv"));
    writeFile(in, QByteArray("Body,Card\nhello,Flyer\n"));

    Run r = cxmap({QStringLiteral("import"), f->map, QStringLiteral("--feedback"), in});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--columns")));

    r = cxmap({QStringLiteral("import"), f->map, QStringLiteral("--csv"), in,
               QStringLiteral("--skip-rows"), QStringLiteral("1")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--skip-rows goes with --feedback")));

    r = importFeedback(*f, in, QStringLiteral("text=Body,card=Card"),
                       {QStringLiteral("--encoding"), QStringLiteral("ebcdic")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("unknown encoding “ebcdic”")));

    r = importFeedback(*f, in, QStringLiteral("text=Body,card=Step"));
    CHECK(r.code == 1);
    CHECK(
        r.err.contains(QStringLiteral("no column “Step” (card); its columns are: “Body”, “Card”")));

    Fixture none;
    none.map = f->dir.file(QStringLiteral("missing.cxmap"));
    r = importFeedback(none, in, QStringLiteral("text=Body,card=Card"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(none.map));
    CHECK(mapNow(f->map).feedback.isEmpty());

    r = importFeedback(*f, in, QStringLiteral("text=Body,card=Card"));
    CHECK(r.code == 0);
    // Without a date column, the summary says no period will count the item.
    CHECK(r.out.trimmed() == QStringLiteral("Imported 1 feedback item from tickets.csv: 0 on "
                                            "cards, 1 unsorted (1 matched no card, 0 matched "
                                            "several); 1 item has no date and counts in no "
                                            "period"));
}
