// Mermaid diagrams (io/mermaidformat.h) that a stranger may send, made here by
// code: a section without tasks is a stage, "<br>" in its forms is a line
// break both ways, thousands of actors do not become thousands of
// departments, and a new map from a diagram holds only the diagram's journey.

#include <catch2/catch.hpp>

#include "io/mermaidformat.h"
#include "model/templates.h"
#include "testprocess.h"
#include "testutil.h"

#include <QUndoStack>

using namespace cx;

namespace {

std::unique_ptr<Document> blankDoc(const test::TempDir& dir, const QString& name)
{
    Result<DocumentData> blank = templateData(QStringLiteral("blank"));
    REQUIRE(blank.ok());
    auto doc = Document::create(dir.file(name), *blank);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

QStringList stageNames(const Document& doc, Id journeyId)
{
    QStringList names;
    for (Id id : doc.stageIds(journeyId))
        names.append(doc.stage(id)->name);
    return names;
}

// A diagram of one task whose actors are 'count' new names (and the blank
// template's Marketing and IT, which are found, not made).
QByteArray manyActors(int count)
{
    QByteArray text = "journey\n  title Crowd\n  section Everyone\n    Meets: 3: Marketing, IT";
    for (int i = 0; i < count; ++i)
        text += ", Actor " + QByteArray::number(i);
    return text + "\n    Leaves: 2: Actor 0\n";
}

} // namespace

TEST_CASE("a Mermaid section without tasks becomes a stage", "[mermaid]")
{
    const Result<MermaidJourney> diagram = fromMermaid("journey\n"
                                                       "  title Quiet start\n"
                                                       "  section Awareness\n"
                                                       "  section Consideration\n"
                                                       "    Compares offers: 3\n"
                                                       "  section Purchase\n"
                                                       "  section Delivery\n");
    REQUIRE(diagram.ok());
    REQUIRE(diagram->sections.size() == 4);
    test::TempDir dir;
    auto doc = blankDoc(dir, QStringLiteral("m.cxmap"));
    const Result<QList<Id>> added = importMermaid(*doc, *diagram);
    REQUIRE(added.ok());
    CHECK(added->size() == 1);
    CHECK(doc->undoStack()->count() == 1);
    const Journey* j = doc->journeyByName(QStringLiteral("Quiet start"));
    REQUIRE(j);
    CHECK(stageNames(*doc, j->id) ==
          QStringList{"Awareness", "Consideration", "Purchase", "Delivery"});
    CHECK(doc->laneIds(j->id).size() == 1);
    CHECK(doc->card(added->first())->stageId == doc->stageIds(j->id).at(1));

    // No task at all: still the journey, its stages and its lane.
    const Result<MermaidJourney> bare =
        fromMermaid("journey\n  title Bare\n  section One\n  section Two\n");
    REQUIRE(bare.ok());
    REQUIRE(importMermaid(*doc, *bare).ok());
    const Journey* b = doc->journeyByName(QStringLiteral("Bare"));
    REQUIRE(b);
    CHECK(stageNames(*doc, b->id) == QStringList{"One", "Two"});
    CHECK(doc->laneIds(b->id).size() == 1);
    CHECK(doc->undoStack()->count() == 2);
}

TEST_CASE("<br> in a Mermaid name is a line break, and a line break is written <br>", "[mermaid]")
{
    // Every form the reader takes, in every kind of name.
    const QStringList forms{"<br>",   "<br/>",   "<br />",  "<BR>",   "<Br/>",
                            "<bR />", "<br  />", "<BR\t/>", "<br\t>", "<bR>"};
    int names = 0;
    for (const QString& br : forms) {
        INFO(br.toStdString());
        const QString text = QStringLiteral("journey\n  title Long%1title\n  section Pay%1ment\n"
                                            "    Sees an ad%1on the bus: 4: Sales%1EMEA, IT\n")
                                 .arg(br);
        const Result<MermaidJourney> diagram = fromMermaid(text.toUtf8());
        REQUIRE(diagram.ok());
        CHECK(diagram->title == QStringLiteral("Long\ntitle"));
        REQUIRE(diagram->sections.size() == 1);
        CHECK(diagram->sections[0].name == QStringLiteral("Pay\nment"));
        REQUIRE(diagram->sections[0].tasks.size() == 1);
        const MermaidTask& task = diagram->sections[0].tasks[0];
        CHECK(task.name == QStringLiteral("Sees an ad\non the bus"));
        CHECK(task.actors == QStringList{"Sales\nEMEA", "IT"});
        names += 4;
    }
    CHECK(names == 40);
    // Not a line break: other tags and a "br" without its brackets.
    const Result<MermaidJourney> others =
        fromMermaid("journey\n  section <b>bold</b> <brr> br/ <br\n    <p>x</p>: 3\n");
    REQUIRE(others.ok());
    CHECK(others->sections[0].name == QStringLiteral("<b>bold</b> <brr> br/ <br"));
    CHECK(others->sections[0].tasks[0].name == QStringLiteral("<p>x</p>"));

    // Writing: each line break (LF, CRLF, CR) is one "<br>", on one line.
    DocumentData d = test::smallDocument();
    d.journeys[0].name = QStringLiteral("Broad\nband");
    d.stages[0].name = QStringLiteral("Aware\r\nness");
    d.cards[0].title = QStringLiteral("Ad\non\rthe bus\n");
    d.departments[0].name = QStringLiteral("Market\ning");
    const QByteArray written = toMermaid(d, 1);
    CHECK(written.startsWith("journey\n  title Broad<br>band\n  section Aware<br>ness\n"
                             "    Ad<br>on<br>the bus<br>: 4: Market<br>ing, IT\n"));
    const Result<MermaidJourney> back = fromMermaid(written);
    REQUIRE(back.ok());
    CHECK(back->title == d.journeys[0].name);
    CHECK(back->sections[0].name == QStringLiteral("Aware\nness"));
    CHECK(back->sections[0].tasks[0].name == QStringLiteral("Ad\non\nthe bus\n"));
    CHECK(back->sections[0].tasks[0].actors.first() == d.departments[0].name);
    CHECK(toMermaid(d, 1) == written);

    // A name that is nothing but a line break is no name.
    CHECK(fromMermaid("journey\n  section A\n    <br>: 3\n").error().message ==
          QStringLiteral("line 3: the task has no name"));
    CHECK(fromMermaid("journey\n  section <br/>\n").error().message ==
          QStringLiteral("line 2: a section needs a name (without \u201c:\u201d)"));
}

TEST_CASE("one Mermaid import creates at most 50 departments", "[mermaid]")
{
    test::TempDir dir;
    auto doc = blankDoc(dir, QStringLiteral("m.cxmap"));
    const DocumentData before = doc->snapshot();
    const qsizetype departments = before.departments.size();

    // 50 new ones pass (the two the map has are found by name)...
    const Result<MermaidJourney> fifty = fromMermaid(manyActors(50));
    REQUIRE(fifty.ok());
    REQUIRE(importMermaid(*doc, *fifty).ok());
    CHECK(doc->departmentIds().size() == departments + 50);
    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);

    // ... 51 and 5,000 are refused, naming the line and the first one too many.
    for (int count : {51, 5000}) {
        INFO(count);
        const Result<MermaidJourney> crowd = fromMermaid(manyActors(count));
        REQUIRE(crowd.ok());
        const Result<QList<Id>> added = importMermaid(*doc, *crowd);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::InvalidData);
        CHECK(added.error().message ==
              QStringLiteral("line 4: \u201cActor 50\u201d would be new department number 51; "
                             "one import creates at most 50"));
        CHECK(doc->snapshot() == before);
        CHECK(test::onDisk(doc->path()) == before);
    }
    // The same 50 across many tasks and imports: each import counts its own.
    QByteArray spread = "journey\n  section S\n";
    for (int i = 0; i < 200; ++i)
        spread +=
            "    T" + QByteArray::number(i) + ": 3: Team " + QByteArray::number(i % 50) + "\n";
    const Result<MermaidJourney> teams = fromMermaid(spread);
    REQUIRE(teams.ok());
    REQUIRE(importMermaid(*doc, *teams).ok());
    REQUIRE(importMermaid(*doc, *teams).ok()); // all found by now
    CHECK(doc->departmentIds().size() == departments + 50);
}

TEST_CASE("cxmap import --mermaid makes a new map with the diagram's journey alone",
          "[cli][mermaid]")
{
    test::TempDir dir;
    const QString mmd = dir.file(QStringLiteral("j.mmd"));
    test::writeFile(mmd, "journey\n  title Repro\n  section Awareness\n"
                         "    Sees an ad<br>on the bus: 4: Marketing\n"
                         "  section Consideration\n  section Purchase\n"
                         "    Orders<BR/>online: 5: Sales\n");
    const QString map = dir.file(QStringLiteral("new.cxmap"));
    test::Run r = test::cxmap({QStringLiteral("import"), map, QStringLiteral("--mermaid"), mmd});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 2 cards")));
    auto doc = Document::open(map, true);
    REQUIRE(doc.ok());
    const Document& m = **doc;
    REQUIRE(m.journeyIds().size() == 1);
    const Id journey = m.journeyIds().first();
    CHECK(m.journey(journey)->name == QStringLiteral("Repro"));
    CHECK(stageNames(m, journey) == QStringList{"Awareness", "Consideration", "Purchase"});
    QStringList titles;
    for (Id id : m.cardIdsOfJourney(journey))
        titles.append(m.card(id)->title);
    CHECK(titles == QStringList{"Sees an ad\non the bus", "Orders\nonline"});
    CHECK(m.departmentIds().size() == 10); // the blank template's, found by name

    // 5,000 actors: refused, and no file is left behind.
    test::writeFile(mmd, manyActors(5000));
    const QString crowd = dir.file(QStringLiteral("crowd.cxmap"));
    r = test::cxmap({QStringLiteral("import"), crowd, QStringLiteral("--mermaid"), mmd});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("j.mmd: line 4: \u201cActor 50\u201d would be new "
                                        "department number 51")));
    CHECK_FALSE(QFile::exists(crowd));
}
