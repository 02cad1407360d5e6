// Cards as CSV (io/csvformat.h): the export, the strict reader with its
// "line N, column X" messages, and the all-or-nothing import in one undo step.

#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "io/celltext.h"
#include "io/csvformat.h"
#include "io/jsonformat.h"
#include "model/templates.h"
#include "testutil.h"

#include <QFile>
#include <QUndoStack>

#include <algorithm>
#include <tuple>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const QString& path, const DocumentData& data)
{
    auto doc = Document::create(path, data);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

// A card by the names of its place and departments, without ids: what an
// import into another document must reproduce.
struct NamedCard
{
    QString stage;
    QString lane;
    LaneKind kind = LaneKind::Touchpoint;
    QString accountable;
    QStringList contributing;
    Card values; // ids, place and departments cleared
    bool operator==(const NamedCard&) const = default;
};

// The cards of the journey named 'journey', in reading order.
QList<NamedCard> namedCards(const DocumentData& d, const QString& journey)
{
    const auto j = std::find_if(d.journeys.begin(), d.journeys.end(),
                                [&](const Journey& x) { return x.name == journey; });
    REQUIRE(j != d.journeys.end());
    const test::Places places(d);
    const auto& [journeys, stages, lanes, departments] = places;
    QList<Card> cards;
    for (const Card& c : d.cards) {
        if (stages.value(c.stageId)->journeyId == j->id)
            cards.append(c);
    }
    std::sort(cards.begin(), cards.end(), [&](const Card& a, const Card& b) {
        return std::tuple(stages[a.stageId]->position, lanes[a.laneId]->position, a.position) <
               std::tuple(stages[b.stageId]->position, lanes[b.laneId]->position, b.position);
    });
    QList<NamedCard> out;
    for (Card c : cards) {
        NamedCard n{stages[c.stageId]->name,
                    lanes[c.laneId]->name,
                    lanes[c.laneId]->kind,
                    departments.value(c.accountableId),
                    {},
                    {}};
        for (Id id : c.contributingIds)
            n.contributing.append(departments.value(id));
        c.id = c.stageId = c.laneId = c.accountableId = 0;
        c.position = 0;
        c.contributingIds.clear();
        n.values = c;
        out.append(n);
    }
    return out;
}

// Parses and imports; the error of either step.
Error importText(Document& doc, const QByteArray& csv)
{
    const Result<CsvImport> rows = fromCsv(csv);
    if (!rows)
        return rows.error();
    const Result<QList<Id>> added = importCsv(doc, *rows);
    return added ? Error{} : added.error();
}

} // namespace

TEST_CASE("the sample map survives a CSV round trip into a new document", "[csv]")
{
    const DocumentData sample = test::sampleDocument();
    const QString journey = sample.journeys.first().name;
    const QByteArray csv = toCsv(sample);
    CHECK(
        csv.startsWith("journey,stage,lane,lane_kind,title,description,channel,accountable,"
                       "contributing,emotion,evidence,severity,impact,status,votes,tags,kpis\r\n"));
    CHECK(csv.count("\r\n") >= sample.cards.size() + 1);

    test::TempDir dir;
    Result<DocumentData> blank = templateData(QStringLiteral("blank"));
    REQUIRE(blank.ok());
    auto doc = newDoc(dir.file(QStringLiteral("new.cxmap")), *blank);
    const Result<CsvImport> rows = fromCsv(csv);
    REQUIRE(rows.ok());
    REQUIRE(rows->rows.size() == sample.cards.size());
    const Result<QList<Id>> added = importCsv(*doc, *rows);
    REQUIRE(added.ok());
    CHECK(added->size() == sample.cards.size());
    CHECK(doc->undoStack()->count() == 1); // one step

    const QList<NamedCard> expected = namedCards(sample, journey);
    const QList<NamedCard> imported = namedCards(doc->snapshot(), journey);
    REQUIRE(imported.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected[i].values.title.toStdString());
        CHECK(imported[i] == expected[i]);
    }
    // The departments are the blank template's own, found by name: none was added.
    CHECK(doc->departmentIds().size() == blank->departments.size());
    // Stage order survives too.
    QStringList stageNames, sampleStages;
    for (Id id : doc->stageIds(doc->journeyByName(journey)->id))
        stageNames.append(doc->stage(id)->name);
    QList<Stage> stages = sample.stages;
    std::sort(stages.begin(), stages.end(),
              [](const Stage& a, const Stage& b) { return a.position < b.position; });
    for (const Stage& s : stages)
        sampleStages.append(s.name);
    CHECK(stageNames == sampleStages);
    // What was imported exports the same text again.
    CHECK(toCsv(doc->snapshot(), doc->journeyByName(journey)->id) == csv);
    // And it is on disk.
    CHECK(namedCards(test::onDisk(doc->path()), journey) == expected);
}

TEST_CASE("a CSV import is one undo step that creates what is missing", "[csv]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("m.cxmap")), test::smallDocument());
    const DocumentData before = doc->snapshot();
    const QByteArray csv = "Journey,STAGE,lane,title,accountable,contributing,lane_kind\n"
                           "broadband,purchase,Touchpoints,Phone order,it,Legal; marketing,\n"
                           "Broadband,Delivery,Field work,Router arrives,Field Service,,backstage\n"
                           "Mobile,Awareness,Touchpoints,Billboard,Legal,Brand Team,\n";
    const Result<CsvImport> rows = fromCsv(csv);
    REQUIRE(rows.ok());
    const Result<QList<Id>> added = importCsv(*doc, *rows);
    REQUIRE(added.ok());
    REQUIRE(added->size() == 3);
    CHECK(doc->undoStack()->count() == 1);

    // Existing names match case-insensitively.
    const Card* phone = doc->card(added->at(0));
    CHECK(phone->stageId == 2);
    CHECK(phone->laneId == 2);
    CHECK(phone->accountableId == 2);
    REQUIRE(phone->contributingIds.size() == 2);
    const Department* legal = doc->department(phone->contributingIds[0]);
    CHECK(legal->name == QStringLiteral("Legal"));
    CHECK(legal->shortName == QStringLiteral("LEG"));
    CHECK(phone->contributingIds[1] == 1);
    // A new stage and lane (of the row's kind) at the end of the journey.
    const Card* router = doc->card(added->at(1));
    CHECK(doc->stage(router->stageId)->name == QStringLiteral("Delivery"));
    CHECK(doc->stageIds(1).last() == router->stageId);
    CHECK(doc->lane(router->laneId)->kind == LaneKind::Backstage);
    CHECK(doc->department(router->accountableId)->shortName == QStringLiteral("FS"));
    // A new journey with a touchpoint lane.
    const Journey* mobile = doc->journeyByName(QStringLiteral("mobile"));
    REQUIRE(mobile);
    CHECK(doc->journeyIds().last() == mobile->id);
    const Card* billboard = doc->card(added->at(2));
    CHECK(doc->lane(billboard->laneId)->kind == LaneKind::Touchpoint);
    CHECK(doc->lane(billboard->laneId)->journeyId == mobile->id);
    // New departments get palette colours no department has yet.
    const QList<QColor> palette = departmentPalette();
    REQUIRE(palette.size() == 10);
    QSet<QRgb> colours;
    for (Id id : doc->departmentIds()) {
        colours.insert(doc->department(id)->color.rgb());
        if (id > 2)
            CHECK(palette.contains(doc->department(id)->color));
    }
    CHECK(colours.size() == doc->departmentIds().size());
    CHECK(doc->departmentIds().size() == 5); // Legal, Field Service, Brand Team

    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
    CHECK(test::onDisk(doc->path()) == before);
    doc->undoStack()->redo();
    CHECK(doc->cardCount() == int(before.cards.size()) + 3);
    CHECK(doc->card(added->at(2))->title == QStringLiteral("Billboard")); // the same ids
}

TEST_CASE("each malformed CSV names its line and column and changes nothing", "[csv]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("m.cxmap")), test::smallDocument());
    REQUIRE_FALSE(edit::setTitle(*doc, QStringLiteral("One step")));
    const DocumentData before = doc->snapshot();

    const QByteArray header = "journey,stage,lane,lane_kind,title,emotion,votes,kpis\r\n";
    const QByteArray good = "Broadband,Purchase,Touchpoints,,Fine row,1,2,\r\n";
    const std::vector<std::pair<QByteArray, QString>> cases = {
        {header + good + "Broadband,Purchase,Touchpoints,,\"Never closed,1,2,\r\nX,Y,Z,,T,0,0,\r\n",
         "line 3, column title: the quoted field is never closed"},
        {header + good + "Broadband,Purchase,Touchpoints,frontstage,Card,1,2,\r\n",
         "line 3, column lane_kind: unknown lane kind \u201cfrontstage\u201d (one of "
         "customer_action, touchpoint, backstage, support_process, physical_evidence, emotion, "
         "pain_point, opportunity, metric, note)"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,3,2,\r\n",
         "line 3, column emotion: 3 is out of range -2..2"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,-3,2,\r\n",
         "line 3, column emotion: -3 is out of range -2..2"},
        {header + good + "Broadband,Purchase,Touchpoints,,  ,1,2,\r\n",
         "line 3, column title: must not be empty"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,1\r\n",
         "line 3, column votes: the row ends after 6 of 8 fields"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,1,2,,extra\r\n",
         "line 3, column 9: the row has 9 fields, the header 8"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,one,2,\r\n",
         "line 3, column emotion: \u201cone\u201d is not a whole number"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,1,-1,\r\n",
         "line 3, column votes: -1 is out of range 0..1000000"},
        {header + good + "Broadband,Purchase,Touchpoints,,Ca\"rd,1,2,\r\n",
         "line 3, column title: a quote in an unquoted field (quote the whole field and double "
         "the quote)"},
        {header + good + "Broadband,Purchase,Touchpoints,,\"Card\" x,1,2,\r\n",
         "line 3, column title: a closing quote must be followed by a comma or the end of the "
         "line"},
        {header + good + "Broadband,Purchase,Touchpoints,,Caf\xC3,1,2,\r\n",
         "line 3, column title: not valid UTF-8"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,1,2,CSAT=120/85 % [csat]\r\n",
         "line 3, column kpis: KPI \u201cCSAT\u201d: 120 is out of range 0..100 for csat"},
        {header + good + "Broadband,Purchase,Touchpoints,,Card,1,2,CSAT=high\r\n",
         "line 3, column kpis: KPI \u201cCSAT\u201d: \u201chigh\u201d is not a number"},
        {"journey,stage,lane,title,colour\r\n", "line 1, column colour: unknown column (the "
                                                "columns are journey, stage, lane, lane_kind, "
                                                "title, description, channel, accountable, "
                                                "contributing, emotion, evidence, severity, "
                                                "impact, status, votes, tags, kpis)"},
        {"journey,stage,lane\r\nA,B,C\r\n", "line 1, column title: required column is missing"},
        {"journey,stage,lane,title,Title\r\n", "line 1, column Title: the column is named twice"},
        {"", "line 1: no header row (empty file)"},
        // The line of a row is where it starts, after a quoted line break.
        {header + "Broadband,Purchase,Touchpoints,,\"Two\nlines\",1,2,\r\n" +
             "Broadband,Purchase,Touchpoints,,Card,9,2,\r\n",
         "line 4, column emotion: 9 is out of range -2..2"},
    };
    for (const auto& [csv, message] : cases) {
        INFO(csv.toStdString());
        const Error err = importText(*doc, csv);
        CHECK(err.code == ErrorCode::InvalidData);
        CHECK(err.message == message);
    }
    CHECK(doc->snapshot() == before);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(test::onDisk(doc->path()) == before);
}

TEST_CASE("a lane kind that contradicts the lane refuses the whole import", "[csv]")
{
    test::TempDir dir;
    auto doc = newDoc(dir.file(QStringLiteral("m.cxmap")), test::smallDocument());
    const DocumentData before = doc->snapshot();

    // Parsing passes; the import finds the contradiction and adds nothing.
    const QByteArray existing = "journey,stage,lane,lane_kind,title\n"
                                "Broadband,New stage,Touchpoints,touchpoint,Fine\n"
                                "Broadband,Purchase,Back stage,touchpoint,Card\n";
    Error err = importText(*doc, existing);
    CHECK(err.message == QStringLiteral("line 3, column lane_kind: the lane \u201cBack stage\u201d "
                                        "is backstage in the document, not touchpoint"));
    const QByteArray within = "journey,stage,lane,lane_kind,title\n"
                              "Mobile,Awareness,Ads,,No kind yet\n"
                              "Mobile,Awareness,Ads,touchpoint,Gives the kind\n"
                              "Mobile,Purchase,Ads,backstage,Contradicts\n";
    err = importText(*doc, within);
    CHECK(err.message == QStringLiteral("line 4, column lane_kind: the lane \u201cAds\u201d is "
                                        "touchpoint (line 3), not backstage"));
    CHECK(doc->snapshot() == before);
    CHECK(doc->undoStack()->count() == 0);
    CHECK(test::onDisk(doc->path()) == before);
}

TEST_CASE("a byte order mark, CRLF or LF line ends and blank lines are accepted", "[csv]")
{
    // The text and the line of its second row.
    const std::vector<std::pair<QByteArray, int>> cases = {
        {"\xEF\xBB\xBFjourney,stage,lane,title\r\nJ,S,L,First\r\nJ,S,L,Second\r\n", 3},
        {"journey,stage,lane,title\nJ,S,L,First\n\nJ,S,L,Second", 4},
        {"\xEF\xBB\xBFjourney,stage,lane,title\r\nJ,S,L,First\r\n\r\nJ,S,L,Second\r\n\r\n", 4},
    };
    for (const auto& [csv, secondLine] : cases) {
        INFO(csv.toStdString());
        const Result<CsvImport> rows = fromCsv(csv); // the mark is no part of "journey"
        REQUIRE(rows.ok());
        REQUIRE(rows->rows.size() == 2);
        CHECK(rows->rows[0].journey == QStringLiteral("J"));
        CHECK(rows->rows[0].card.title == QStringLiteral("First")); // no CR left
        CHECK(rows->rows[1].card.title == QStringLiteral("Second"));
        CHECK(rows->rows[0].line == 2);
        CHECK(rows->rows[1].line == secondLine);
    }
}

TEST_CASE("titles and names with commas, quotes, line breaks and separators round-trip", "[csv]")
{
    DocumentData d = test::smallDocument();
    d.departments[0].name = QStringLiteral("R&D; \"Labs\", North");
    d.cards[0].title = QStringLiteral("Ad, \"fast\" fibre\nsecond line");
    d.cards[0].description = QStringLiteral("Line one\r\nLine two, \"quoted\"");
    d.cards[0].tags = {QStringLiteral("a;b"), QStringLiteral("back\\slash"), QStringLiteral("c")};
    d.cards[0].kpis = {
        {QStringLiteral("Calls = [in]; out"), KpiKind::Free, -1.25, 1e6, QStringLiteral("per day")},
        {QStringLiteral("NPS"), KpiKind::Nps, -12, std::nullopt, {}},
        {QStringLiteral("CES"), KpiKind::Ces, 5.5, 3.0, QStringLiteral("[pts] = x")}};
    d.cards[1].title = QStringLiteral("\"Quoted\"");
    const QByteArray csv = toCsv(d);
    CHECK(csv.contains("\"Ad, \"\"fast\"\" fibre\nsecond line\""));
    CHECK(csv.contains(",\"\"\"Quoted\"\"\","));
    CHECK(csv.contains("R&D\\; \"\"Labs\"\", North"));
    CHECK(csv.contains("Calls \\= \\[in\\]\\; out=-1.25/1000000 per day; NPS=-12 [nps]; "
                       "CES=5.5/3 \\[pts\\] \\= x [ces]"));

    test::TempDir dir;
    DocumentData empty;
    empty.title = QStringLiteral("Empty");
    auto doc = newDoc(dir.file(QStringLiteral("e.cxmap")), empty);
    const Result<CsvImport> rows = fromCsv(csv);
    REQUIRE(rows.ok());
    REQUIRE(importCsv(*doc, *rows).ok());
    QList<NamedCard> expected = namedCards(d, QStringLiteral("Broadband"));
    const QList<NamedCard> imported = namedCards(doc->snapshot(), QStringLiteral("Broadband"));
    // A row carries a card's votes, not who cast them, and no comments.
    for (NamedCard& c : expected) {
        c.values.dots.clear();
        c.values.comments.clear();
    }
    REQUIRE(imported.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected[i].values.title.toStdString());
        CHECK(imported[i] == expected[i]);
    }
    // A CRLF inside a quoted field is text and stays (test_csv_hostile.cpp).
    CHECK(imported[0].values.description == QStringLiteral("Line one\r\nLine two, \"quoted\""));
    CHECK(doc->departmentByName(QStringLiteral("R&D; \"Labs\", North")));
}

TEST_CASE("a CSV export of one journey holds only its cards", "[csv]")
{
    const DocumentData sample = test::sampleDocument();
    const Id journeyId = sample.journeys.first().id;
    CHECK(toCsv(sample, journeyId) == toCsv(sample));
    const QByteArray none = toCsv(sample, journeyId + 100);
    CHECK(none.count("\r\n") == 1); // the header only
}

TEST_CASE("list and KPI cells read back what was written", "[csv]")
{
    CHECK(splitListText(QStringLiteral(" a ;; b\\;c ;")) == QStringList{"a", "b;c"});
    CHECK(joinListText({QStringLiteral("x;y"), QStringLiteral("z\\")}) ==
          QStringLiteral("x\\;y; z\\\\"));
    const Result<QList<Kpi>> kpis =
        kpisFromText(QStringLiteral("CSAT=78/85 % [csat]; Lead cost=18.5 \u00a3; Count=3"));
    REQUIRE(kpis.ok());
    REQUIRE(kpis->size() == 3);
    CHECK(kpis->at(0) == Kpi{QStringLiteral("CSAT"), KpiKind::Csat, 78, 85.0, QStringLiteral("%")});
    CHECK(kpis->at(1) == Kpi{QStringLiteral("Lead cost"), KpiKind::Free, 18.5, std::nullopt,
                             QStringLiteral("\u00a3")});
    CHECK(kpis->at(2) == Kpi{QStringLiteral("Count"), KpiKind::Free, 3, std::nullopt, {}});
    for (const char* bad :
         {"no equals sign", "=5", "X=1/2/3", "X=", "X=5 [bogus]", "X=5 [csat] %", "X=1e999"})
        CHECK_FALSE(kpisFromText(QString::fromUtf8(bad)).ok());
}
