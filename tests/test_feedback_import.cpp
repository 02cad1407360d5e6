// Importing customer feedback from survey and ticket exports (issue 20,
// core/io/feedbackimport.h): every row on a card or in the inbox, the words
// exact, all or nothing on a bad row.

#include "feedbackexport.h"
#include "io/feedbackimport.h"
#include "model/document.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace cx;
using namespace cx::test;

namespace {

struct Sample
{
    TempDir dir;
    std::unique_ptr<Document> doc;
    Id original = 0;
    Id twin = 0;
    DocumentData data;
};

// The sample map with a second card titled like an existing one.
std::unique_ptr<Sample> sampleWithTwin()
{
    auto s = std::make_unique<Sample>();
    s->data = sampleDocument();
    s->original = s->data.cards[17].id;
    s->twin = addTwin(s->data, s->original);
    auto doc = Document::create(s->dir.file(QStringLiteral("sample.cxmap")), s->data);
    REQUIRE(doc.ok());
    s->doc = std::move(doc).value();
    return s;
}

FeedbackColumns columnsOf(const QString& spec)
{
    const Result<FeedbackColumns> columns = parseColumnSpec(spec);
    INFO((columns ? QString() : columns.error().message).toStdString());
    REQUIRE(columns.ok());
    return *columns;
}

FeedbackImportOptions skipTwo(FeedbackEncoding encoding = FeedbackEncoding::Auto)
{
    FeedbackImportOptions o;
    o.skipRows = 2;
    o.encoding = encoding;
    return o;
}

// Every row of e is an item as expected (or skipped), in order.
void checkItems(const SurveyExport& e, const FeedbackImport& got)
{
    int rows = 0, onCards = 0, none = 0, several = 0, skipped = 0;
    qsizetype next = 0;
    for (const ExpectedFeedback& x : e.expected) {
        ++rows;
        if (x.skipped) {
            ++skipped;
            continue;
        }
        REQUIRE(next < got.items.size());
        const Feedback& f = got.items[next++];
        INFO("row " << rows << ": " << x.touchpoint.toStdString());
        CHECK(f.text == x.text);
        CHECK(f.cardId == x.cardId);
        CHECK(f.date == x.date);
        if (x.cardId != 0) {
            ++onCards;
            CHECK(f.cardHint.isEmpty());
        } else {
            (x.candidates.isEmpty() ? none : several) += 1;
            CHECK(f.cardHint == x.touchpoint);
            CHECK(f.candidates == x.candidates);
        }
        CHECK(f.sentiment == x.sentiment);
        CHECK(f.scale == (x.score ? ScoreScale::Nps : ScoreScale::None));
        CHECK(f.score == x.score.value_or(0));
        CHECK(f.source == FeedbackSource::Nps);
        CHECK(f.kind == FeedbackKind::None);
        for (const QString* field : {&f.text, &f.segment, &f.reference, &f.cardHint})
            CHECK_FALSE(field->contains(QStringLiteral("@example.com")));
    }
    CHECK(next == got.items.size());
    CHECK(got.summary.rows == rows);
    CHECK(got.summary.onCards == onCards);
    CHECK(got.summary.noMatch == none);
    CHECK(got.summary.severalMatch == several);
    CHECK(got.summary.skipped == skipped);
    CHECK(none > 0);
    CHECK(several > 0);
    CHECK(skipped > 0);
}

Result<FeedbackImport> parse(const Sample& s, const QByteArray& bytes, const QString& spec,
                             const FeedbackImportOptions& options)
{
    return parseFeedback(bytes, columnsOf(spec), options, *s.doc);
}

// The error of parsing bytes (which must fail).
QString failure(const Sample& s, const QByteArray& bytes, const QString& spec,
                const FeedbackImportOptions& options = {})
{
    const Result<FeedbackImport> r = parse(s, bytes, spec, options);
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

const QString simpleSpec = QStringLiteral("text=Words,card=Card,score=Score:nps,date=Date,"
                                          "sentiment=Mood,kind=Kind");

QByteArray simpleFile(const QString& badRow)
{
    return (QStringLiteral("Words,Card,Score,Date,Mood,Kind\n"
                           "\"Fine,\nreally\",Flyer,9,2026-03-01,,praise\n"
                           "Slow,Flyer,2,2026-03-02,,complaint\n") +
            badRow + u'\n' + QStringLiteral("Last,Flyer,5,2026-03-04,,\n"))
        .toUtf8();
}

} // namespace

TEST_CASE("a survey export lands every row on a card or in the inbox, words exact",
          "[feedbackimport]")
{
    auto s = sampleWithTwin();
    const SurveyExport e = surveyExport(s->data, s->original, s->twin, 300, true);
    const QString text = exportText(e, u',');
    struct Variant
    {
        const char* name;
        QByteArray bytes;
        const char* encoding;
    };
    for (const Variant& v :
         {Variant{"UTF-8", text.toUtf8(), "UTF-8"},
          Variant{"UTF-8 with BOM", "\xEF\xBB\xBF" + text.toUtf8(), "UTF-8 with BOM"},
          Variant{"UTF-16 LE", utf16(text, false), "UTF-16 LE"},
          Variant{"UTF-16 BE", utf16(text, true), "UTF-16 BE"}}) {
        INFO(v.name);
        const Result<FeedbackImport> got = parse(*s, v.bytes, e.columns, skipTwo());
        INFO((got ? QString() : got.error().message).toStdString());
        REQUIRE(got.ok());
        CHECK(got->encoding == QLatin1String(v.encoding));
        CHECK(got->delimiter == u',');
        checkItems(e, *got);
    }
}

TEST_CASE("a semicolon-delimited Windows-1252 export keeps €, ’ and umlauts", "[feedbackimport]")
{
    auto s = sampleWithTwin();
    const SurveyExport e = surveyExport(s->data, s->original, s->twin, 200, false);
    const QByteArray bytes = cp1252(exportText(e, u';'));
    REQUIRE_FALSE(bytes.isEmpty());
    REQUIRE(bytes.contains('\x80'));
    REQUIRE(bytes.contains('\x92'));

    const Result<FeedbackImport> got =
        parse(*s, bytes, e.columns, skipTwo(FeedbackEncoding::Windows1252));
    INFO((got ? QString() : got.error().message).toStdString());
    REQUIRE(got.ok());
    CHECK(got->delimiter == u';');
    CHECK(got->encoding == QStringLiteral("Windows-1252"));
    checkItems(e, *got);
    bool euro = false, apostrophe = false, umlaut = false;
    for (const Feedback& f : got->items) {
        euro |= f.text.contains(QStringLiteral("€5"));
        apostrophe |= f.text.contains(QStringLiteral("It’s"));
        umlaut |= f.text.contains(QStringLiteral("Müller")) && f.text.contains(u'ß');
    }
    CHECK((euro && apostrophe && umlaut));

    SECTION("without --encoding the same bytes are refused with their line")
    {
        const QString why = failure(*s, bytes, e.columns, skipTwo());
        CHECK(why.contains(QStringLiteral("not UTF-8")));
        CHECK(why.contains(QStringLiteral("Windows-1252")));
        // The line of the first byte that is not ASCII (multi-line reasons before it).
        const auto high = std::find_if(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; });
        const int line = bytes.left(high - bytes.begin()).count('\n') + 1;
        CHECK(why.startsWith(QStringLiteral("line %1, byte ").arg(line)));
    }
}

TEST_CASE("the import commits in one undo step and undo takes it all back", "[feedbackimport]")
{
    auto s = sampleWithTwin();
    const SurveyExport e = surveyExport(s->data, s->original, s->twin, 300, true);
    const Result<FeedbackImport> got =
        parse(*s, exportText(e, u'\t').toUtf8(), e.columns, skipTwo());
    REQUIRE(got.ok());
    CHECK(got->delimiter == u'\t');
    const int before = s->doc->undoStack()->count();
    const Result<QList<Id>> ids = importFeedback(*s->doc, *got, QStringLiteral("survey.tsv"));
    INFO((ids ? QString() : ids.error().message).toStdString());
    REQUIRE(ids.ok());
    CHECK(s->doc->undoStack()->count() == before + 1);
    CHECK(s->doc->undoStack()->undoText() == QStringLiteral("Import feedback from “survey.tsv”"));
    CHECK(s->doc->feedbackCount() == got->summary.imported());
    CHECK(s->doc->feedbackIdsOf(0).size() == got->summary.unsorted());
    const Feedback* first = s->doc->feedback(ids->first());
    REQUIRE(first);
    CHECK(first->text == got->items.first().text);
    // What the file keeps is what was imported.
    const DocumentData disk = onDisk(s->doc->path());
    CHECK(disk.feedback.size() == got->items.size());

    s->doc->undoStack()->undo();
    CHECK(s->doc->feedbackCount() == 0);
    s->doc->undoStack()->redo();
    CHECK(s->doc->feedbackCount() == got->summary.imported());
}

TEST_CASE("a bad row fails the whole import with its line, column and header", "[feedbackimport]")
{
    auto s = sampleWithTwin();
    // The first data row spans lines 2 and 3: the bad row is on line 5.
    const auto lineFive = [](const QString& column) {
        return QStringLiteral("line 5, column %1").arg(column);
    };
    struct Bad
    {
        const char* row;
        QString where;
        const char* says;
    };
    for (const Bad& b :
         {Bad{"Words,Flyer,9,2026-02-30,,", lineFive(QStringLiteral("4 (“Date”)")), "not a date"},
          Bad{"Words,Flyer,9,03/04/2026,,", lineFive(QStringLiteral("4 (“Date”)")),
              "day/month or month/day"},
          Bad{"Words,Flyer,11,2026-03-03,,", lineFive(QStringLiteral("3 (“Score”)")), "0 to 10"},
          Bad{"Words,Flyer,n/a,2026-03-03,,", lineFive(QStringLiteral("3 (“Score”)")), "“n/a”"},
          Bad{"Words,Flyer,9.5,2026-03-03,,", lineFive(QStringLiteral("3 (“Score”)")), "NPS"},
          Bad{"Words,Flyer,,2026-03-03,3,", lineFive(QStringLiteral("5 (“Mood”)")), "-2 to +2"},
          Bad{"Words,Flyer,,2026-03-03,,rant", lineFive(QStringLiteral("6 (“Kind”)")),
              "not a kind"},
          Bad{"Words,Flyer,9", QStringLiteral("line 5: 3 fields where the header (line 1) has 6"),
              ""},
          Bad{"Words, with a comma,Flyer,9,2026-03-03,,praise", QStringLiteral("line 5: 7 fields"),
              "not quoted"}}) {
        INFO(b.row);
        const QString why = failure(*s, simpleFile(QString::fromUtf8(b.row)), simpleSpec);
        CHECK(why.startsWith(b.where));
        CHECK(why.contains(QString::fromUtf8(b.says)));
    }
    CHECK(s->doc->feedbackCount() == 0);

    // The same file with a good row reads.
    const Result<FeedbackImport> good = parse(
        *s, simpleFile(QStringLiteral("Words,Flyer,,03.03.2026,-1,Question")), simpleSpec, {});
    REQUIRE(good.ok());
    REQUIRE(good->items.size() == 4);
    CHECK(good->items[0].text == QStringLiteral("Fine,\nreally"));
    CHECK(good->items[0].kind == FeedbackKind::Praise);
    CHECK(good->items[2].date == QDate(2026, 3, 3));
    CHECK(good->items[2].sentiment == -1);
    CHECK(good->items[2].scale == ScoreScale::None);
    CHECK(good->items[2].kind == FeedbackKind::Question);
    CHECK(good->items[3].sentiment == -1); // NPS 5
}

TEST_CASE("a mapped column missing from the header is named with the headers found",
          "[feedbackimport]")
{
    auto s = sampleWithTwin();
    const QString why = failure(*s, simpleFile(QStringLiteral("A,Flyer,1,,,")),
                                QStringLiteral("text=Words,card=Touchpoint"));
    CHECK(why.contains(QStringLiteral("no column “Touchpoint” (card)")));
    CHECK(why.contains(QStringLiteral("“Words”, “Card”, “Score”, “Date”, “Mood”, “Kind”")));
}

TEST_CASE("the column mapping is read with precise errors", "[feedbackimport]")
{
    const FeedbackColumns c = columnsOf(
        QStringLiteral("text = \"Why, in a word?\" ,card=Touchpoint,score=\"Q1: rate us\":CSAT,"
                       "kind=Type,sentiment=Mood,source=Channel,segment=Plan,reference=Ticket"));
    CHECK(c.text == QStringLiteral("Why, in a word?"));
    CHECK(c.card == QStringLiteral("Touchpoint"));
    CHECK(c.score == QStringLiteral("Q1: rate us"));
    CHECK(c.scale == ScoreScale::Csat);
    CHECK(c.reference == QStringLiteral("Ticket"));
    CHECK(columnsOf(c.toSpec()) == c);

    // Colons in other columns' names need no quotes.
    CHECK(columnsOf(QStringLiteral("text=Q2: why?,card=Step")).text == QStringLiteral("Q2: why?"));

    FeedbackColumns coded;
    coded.text = QStringLiteral("Comment");
    coded.card = QStringLiteral("Step");
    CHECK(coded.problem().isEmpty());
    coded.score = QStringLiteral("NPS");
    CHECK(coded.problem().contains(QStringLiteral("scale")));

    for (const auto& [spec, says] :
         {std::pair{"card=Touchpoint", "text=COLUMN"}, std::pair{"text=A", "card=COLUMN"},
          std::pair{"text=A,card=B,score=C", "scale"},
          std::pair{"text=A,card=B,score=C:stars", "unknown scale “stars” at character 23"},
          std::pair{"text=A,card=B,mood=C", "unknown field “mood” at character 15"},
          std::pair{"text=A,card=B,text=C", "mapped twice"},
          std::pair{"text=A,card=B,date=\"C\":nps", "only the score has a scale"},
          std::pair{"text=\"A,card=B", "never ends"}, std::pair{"text=A,card", "not FIELD=COLUMN"},
          std::pair{"text=,card=B", "names no column"}}) {
        INFO(spec);
        const Result<FeedbackColumns> r = parseColumnSpec(QString::fromUtf8(spec));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QString::fromUtf8(says)));
    }
}

TEST_CASE("card ids, other cells and defaults of a ticket export", "[feedbackimport]")
{
    auto s = sampleWithTwin();
    const Id flyer = s->data.cards[4].id;
    const QString spec = QStringLiteral("text=Body,card=Card,kind=Kind,source=Source,"
                                        "segment=Plan,reference=Ticket,date=Opened");
    const QString file =
        QStringLiteral("Ticket\tBody\tCard\tKind\tSource\tPlan\tOpened\tAgent email\r\n"
                       "T-1\t\" spaces kept \"\t%1\tCOMPLAINT\tTicket\t  Fibre 500 \t"
                       "2026-03-05 10:00\tann@example.com\r\n"
                       "T-2\tno card\t\t\t\t\t\tbob@example.com\r\n"
                       "\r\n"
                       "T-3\tx%2vertical tab kept\t99999\tsuggestion\t\t\t\t\r\n")
            .arg(flyer)
            .arg(QChar(0x0B));
    const Result<FeedbackImport> got = parse(*s, file.toUtf8(), spec, {});
    INFO((got ? QString() : got.error().message).toStdString());
    REQUIRE(got.ok());
    REQUIRE(got->items.size() == 3);
    CHECK(got->summary.rows == 3);
    const Feedback& a = got->items[0];
    CHECK(a.text == QStringLiteral(" spaces kept "));
    CHECK(a.cardId == flyer);
    CHECK(a.kind == FeedbackKind::Complaint);
    CHECK(a.source == FeedbackSource::Ticket);
    CHECK(a.segment == QStringLiteral("Fibre 500"));
    CHECK(a.reference == QStringLiteral("T-1"));
    CHECK(a.date == QDate(2026, 3, 5));
    CHECK_FALSE(a.sentiment.has_value());
    const Feedback& b = got->items[1];
    CHECK(b.cardId == 0);
    CHECK(b.cardHint.isEmpty());
    CHECK(b.source == FeedbackSource::None);
    CHECK_FALSE(b.date.isValid());
    const Feedback& c = got->items[2];
    CHECK(c.text == QStringLiteral("x%1vertical tab kept").arg(QChar(0x0B)));
    CHECK(c.cardId == 0); // no card 99999, and no such title
    CHECK(c.cardHint == QStringLiteral("99999"));

    SECTION("a NUL character is refused with its place")
    {
        QString nul = file;
        nul.replace(QStringLiteral("no card"),
                    QStringLiteral("no") + QChar(0) + QStringLiteral("card"));
        CHECK(failure(*s, nul.toUtf8(), spec)
                  .startsWith(QStringLiteral("line 3, column 2 (“Body”): a NUL character")));
    }
}

TEST_CASE("a preview reads the header and the first rows", "[feedbackimport]")
{
    auto s = sampleWithTwin();
    const SurveyExport e = surveyExport(s->data, s->original, s->twin, 50, true);
    const Result<FeedbackPreview> p =
        previewFeedback(utf16(exportText(e, u';'), false), skipTwo(), 5);
    REQUIRE(p.ok());
    CHECK(p->encoding == QStringLiteral("UTF-16 LE"));
    CHECK(p->delimiter == u';');
    CHECK(p->headerLine == 3);
    CHECK(p->headers == e.header);
    REQUIRE(p->rows.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(p->rows[i] == e.rows[i]);
}

TEST_CASE("the summary says where the rows went", "[feedbackimport]")
{
    FeedbackImportSummary s;
    s.rows = 314;
    s.onCards = 290;
    s.noMatch = 14;
    s.severalMatch = 8;
    s.skipped = 2;
    CHECK(feedbackImportSummaryText(s, QStringLiteral("survey.csv")) ==
          QStringLiteral("Imported 312 feedback items from survey.csv: 290 on cards, 22 unsorted "
                         "(14 matched no card, 8 matched several); 2 rows without words, score or "
                         "sentiment skipped"));
}

TEST_CASE("Excel's sep= line, loose rows above the header and broken quoting", "[feedbackimport]")
{
    auto s = sampleWithTwin();
    const QString spec = QStringLiteral("text=Words,card=Card");
    FeedbackImportOptions skipOne;
    skipOne.skipRows = 1;

    // "sep=," names the delimiter though the header holds more semicolons.
    Result<FeedbackImport> got =
        parse(*s, QByteArray("sep=,\r\nWords,Card,a;b;c;d\r\n\"a;b\",Flyer,\r\n"), spec, {});
    REQUIRE(got.ok());
    CHECK(got->delimiter == u',');
    REQUIRE(got->items.size() == 1);
    CHECK(got->items[0].text == QStringLiteral("a;b"));

    // A loosely quoted title row and a blank line above a semicolon header.
    got = parse(*s, QByteArray("\"Moving home\" survey, March\n\nWords;Card\nhi;Flyer\n"), spec,
                skipOne);
    INFO((got ? QString() : got.error().message).toStdString());
    REQUIRE(got.ok());
    CHECK(got->delimiter == u';');
    REQUIRE(got->items.size() == 1);
    CHECK(got->items[0].text == QStringLiteral("hi"));

    CHECK(failure(*s, QByteArray("Words,Card\n\"a\"b,Flyer\n"), spec)
              .startsWith(QStringLiteral("line 2, column 1: text after the closing quote")));
    CHECK(failure(*s, QByteArray("Words,Card\nok,Flyer\n\"never\nends,Flyer\n"), spec)
              .startsWith(QStringLiteral("line 3, column 1: a quoted field starts here and "
                                         "never ends")));
    CHECK(failure(*s, QByteArray("\xFF\xFEW\0o\0r", 7), spec).contains(QStringLiteral("odd")));
    FeedbackImportOptions cp;
    cp.encoding = FeedbackEncoding::Windows1252;
    CHECK(failure(*s, QByteArray("Words,Card\nok\x81,Flyer\n"), spec, cp) ==
          QStringLiteral("line 2, byte 3: 0x81 is no character in Windows-1252"));
    CHECK(failure(*s, QByteArray("\xEF\xBB\xBFWords,Card\nok,Fl\xC3yer\n"), spec)
              .startsWith(QStringLiteral("line 2, byte 6: 0xC3 is not UTF-8")));
    CHECK(failure(*s, QByteArray("Words,Card\n"), spec, skipOne)
              .contains(QStringLiteral("no header")));
}
