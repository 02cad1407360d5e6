// `cxmap export --csv|--mermaid` and `cxmap import --csv|--mermaid`, run as a
// user runs them: exit 0 ok, 1 bad input (file unchanged), 2 bad usage.

#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

using namespace cx;
using cx::test::cxmap;
using cx::test::readFile;
using cx::test::Run;
using cx::test::writeFile;

namespace {

// The sample map as a .cxmap file in dir.
QString sampleMap(const test::TempDir& dir)
{
    const QString map = dir.file(QStringLiteral("map.cxmap"));
    const Run r = cxmap({QStringLiteral("import"), map, QStringLiteral("--json"),
                         QStringLiteral(CXMAP_SAMPLE_JSON)});
    REQUIRE(r.code == 0);
    return map;
}

DocumentData opened(const QString& path)
{
    auto doc = Document::open(path, true);
    REQUIRE(doc.ok());
    return doc.value()->snapshot();
}

const QString journey = QStringLiteral("Home broadband, current state");

} // namespace

TEST_CASE("cxmap exports CSV and imports it into a new file", "[cli][csv]")
{
    test::TempDir dir;
    const QString map = sampleMap(dir);
    const QString csv = dir.file(QStringLiteral("cards.csv"));
    Run r = cxmap({QStringLiteral("export"), map, QStringLiteral("--csv"), csv});
    REQUIRE(r.code == 0);
    const QByteArray text = readFile(csv);
    CHECK(text.startsWith("journey,stage,lane,lane_kind,title,"));
    CHECK(text.count("\r\n") == 132); // header + 131 cards

    const QString copy = dir.file(QStringLiteral("copy.cxmap"));
    r = cxmap({QStringLiteral("import"), copy, QStringLiteral("--csv"), csv});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 131 cards")));
    // The step in the history, in English's plural form.
    r = cxmap({QStringLiteral("history"), copy});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Import 131 cards from CSV")));
    const DocumentData imported = opened(copy);
    CHECK(imported.cards.size() == 131);
    CHECK(imported.departments.size() == 10); // the blank template's, matched by name
    // The imported journey writes the same CSV.
    const QString again = dir.file(QStringLiteral("again.csv"));
    r = cxmap({QStringLiteral("export"), copy, QStringLiteral("--csv"), again,
               QStringLiteral("--journey"), journey.toUpper()});
    REQUIRE(r.code == 0);
    CHECK(readFile(again) == text);

    // A second import adds to the file.
    r = cxmap({QStringLiteral("import"), copy, QStringLiteral("--csv"), csv});
    REQUIRE(r.code == 0);
    CHECK(opened(copy).cards.size() == 262);
}

TEST_CASE("a bad CSV exits with 1, names line and column and leaves the file alone", "[cli][csv]")
{
    test::TempDir dir;
    const QString map = sampleMap(dir);
    const QByteArray before = readFile(map);
    const QString bad = dir.file(QStringLiteral("bad.csv"));
    writeFile(bad, "journey,stage,lane,title,emotion\r\n"
                   "New journey,Awareness,Ads,Fine,1\r\n"
                   "New journey,Awareness,Ads,Too happy,5\r\n");
    Run r = cxmap({QStringLiteral("import"), map, QStringLiteral("--csv"), bad});
    CHECK(r.code == 1);
    CHECK(
        r.err.contains(QStringLiteral("bad.csv: line 3, column emotion: 5 is out of range -2..2")));
    CHECK(readFile(map) == before);

    const QString missing = dir.file(QStringLiteral("new.cxmap"));
    r = cxmap({QStringLiteral("import"), missing, QStringLiteral("--csv"), bad});
    CHECK(r.code == 1);
    CHECK_FALSE(QFile::exists(missing));

    // Refused by the import itself (after parsing): the new file goes again.
    writeFile(bad, "journey,stage,lane,lane_kind,title\r\n"
                   "J,S,Ads,touchpoint,One\r\n"
                   "J,S,Ads,backstage,Two\r\n");
    r = cxmap({QStringLiteral("import"), missing, QStringLiteral("--csv"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("line 3, column lane_kind")));
    CHECK_FALSE(QFile::exists(missing));

    r = cxmap({QStringLiteral("export"), map, QStringLiteral("--csv"),
               dir.file(QStringLiteral("x.csv")), QStringLiteral("--journey"),
               QStringLiteral("Nonesuch")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(journey)); // says what there is
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.csv"))));

    r = cxmap({QStringLiteral("export"), map, QStringLiteral("--csv"), map});
    CHECK(r.code == 1);
    CHECK(readFile(map) == before);
}

TEST_CASE("cxmap writes and reads Mermaid journey diagrams", "[cli][mermaid]")
{
    test::TempDir dir;
    const QString map = sampleMap(dir);
    const QString mmd = dir.file(QStringLiteral("journey.mmd"));
    Run r = cxmap({QStringLiteral("export"), map, QStringLiteral("--mermaid"), mmd});
    REQUIRE(r.code == 0);
    const QByteArray text = readFile(mmd);
    CHECK(text.startsWith("journey\n  title Home broadband, current state\n"));

    r = cxmap({QStringLiteral("import"), map, QStringLiteral("--mermaid"), mmd});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 39 cards")));
    const DocumentData both = opened(map);
    CHECK(both.journeys.size() == 2);
    CHECK(both.cards.size() == 131 + 39);

    const QByteArray before = readFile(map);
    const QString bad = dir.file(QStringLiteral("bad.mmd"));
    writeFile(bad, "journey\n  title Broken\n  section A\n    Task: 9: Sales\n");
    r = cxmap({QStringLiteral("import"), map, QStringLiteral("--mermaid"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("bad.mmd: line 4: the score 9 is out of range 1..5")));
    CHECK(readFile(map) == before);

    r = cxmap({QStringLiteral("export"), map, QStringLiteral("--mermaid"), mmd,
               QStringLiteral("--journey"), journey + QStringLiteral(" (2)")});
    REQUIRE(r.code == 0);
    CHECK(readFile(mmd).startsWith("journey\n  title Home broadband, current state (2)\n"));
}

TEST_CASE("import wants exactly one source", "[cli][csv]")
{
    test::TempDir dir;
    const QString map = dir.file(QStringLiteral("m.cxmap"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("import"), map},
          QStringList{QStringLiteral("import"), map, QStringLiteral("--csv"), QStringLiteral("a"),
                      QStringLiteral("--mermaid"), QStringLiteral("b")},
          QStringList{QStringLiteral("import"), map, QStringLiteral("--csv"), QStringLiteral("a"),
                      QStringLiteral("--json"), QStringLiteral("b")}}) {
        INFO(args.join(u' ').toStdString());
        const Run r = cxmap(args);
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("usage:")));
    }
    const Run r = cxmap({QStringLiteral("import"), map, QStringLiteral("--csv"),
                         dir.file(QStringLiteral("missing.csv"))});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("cannot read")));
    CHECK_FALSE(QFile::exists(map));
}
