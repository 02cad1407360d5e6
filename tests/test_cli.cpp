// The headless command line, run as a user runs it: exit codes 0 ok, 1 bad
// input (with a message on stderr), 2 bad usage.

#include "io/jsonformat.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace cx;
using cx::test::cxmap;
using cx::test::readFile;
using cx::test::Run;

namespace {

const QString sample = QStringLiteral(CXMAP_SAMPLE_JSON);

} // namespace

TEST_CASE("cxmap --version names the version", "[cli]")
{
    const Run r = cxmap({QStringLiteral("--version")});
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == QStringLiteral("cxmap " CXMAP_VERSION));
}

TEST_CASE("bad usage exits with 2 and says how to use it", "[cli]")
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("frobnicate"), QStringLiteral("x")},
          QStringList{QStringLiteral("export"), QStringLiteral("a.cxmap")},
          QStringList{QStringLiteral("stats"), QStringLiteral("a"), QStringLiteral("b")},
          QStringList{QStringLiteral("stats"), QStringLiteral("a"), QStringLiteral("--bogus")}}) {
        INFO(args.join(u' ').toStdString());
        const Run r = cxmap(args);
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("usage:")));
    }
}

TEST_CASE("new, import, check, stats and export work together", "[cli]")
{
    test::TempDir dir;
    const QString blank = dir.file(QStringLiteral("blank.cxmap"));
    Run r = cxmap(
        {QStringLiteral("new"), blank, QStringLiteral("--template"), QStringLiteral("blank")});
    REQUIRE(r.code == 0);
    CHECK(cxmap({QStringLiteral("check"), blank}).code == 0);

    r = cxmap({QStringLiteral("new"), blank});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("exists")));

    r = cxmap({QStringLiteral("new"), dir.file(QStringLiteral("x.cxmap")),
               QStringLiteral("--template"), QStringLiteral("nonesuch")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("home-broadband")));
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.cxmap"))));

    const QString map = dir.file(QStringLiteral("map.cxmap"));
    r = cxmap({QStringLiteral("import"), map, QStringLiteral("--json"), sample});
    REQUIRE(r.code == 0);
    r = cxmap({QStringLiteral("check"), map});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("ok")));

    r = cxmap({QStringLiteral("stats"), map});
    REQUIRE(r.code == 0);
    for (const char* name :
         {"Marketing", "Logistics", "Billing", "Credit & contract", "First invoice"})
        CHECK(r.out.contains(QString::fromUtf8(name)));

    r = cxmap({QStringLiteral("stats"), map, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject journey = stats[QStringLiteral("journeys")].toArray().first().toObject();
    CHECK(journey[QStringLiteral("departments")].toArray().size() == 10);
    CHECK(journey[QStringLiteral("stages")].toArray().size() >= 8);
    int owned = journey[QStringLiteral("unowned_cards")].toInt();
    for (const QJsonValue& d : journey[QStringLiteral("departments")].toArray())
        owned += d.toObject()[QStringLiteral("owned")].toInt();
    CHECK(owned == stats[QStringLiteral("cards")].toInt());

    // Export is lossless: the exported JSON reads back to the sample.
    const QString out = dir.file(QStringLiteral("out.json"));
    REQUIRE(cxmap({QStringLiteral("export"), map, QStringLiteral("--json"), out}).code == 0);
    auto exported = fromJson(readFile(out));
    auto original = fromJson(readFile(sample));
    REQUIRE(exported.ok());
    REQUIRE(original.ok());
    CHECK(exported.value() == original.value());
}

TEST_CASE("bad input exits with 1, names the problem and creates nothing", "[cli]")
{
    test::TempDir dir;
    const QString notes = dir.file(QStringLiteral("notes.cxmap"));
    {
        QFile f(notes);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
    }
    Run r = cxmap({QStringLiteral("check"), notes});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not an SQLite database")));

    r = cxmap({QStringLiteral("stats"), dir.file(QStringLiteral("missing.cxmap"))});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("does not exist")));

    const QString bad = dir.file(QStringLiteral("bad.json"));
    {
        QByteArray json = readFile(sample);
        json.replace("\"emotion\": -2", "\"emotion\": -7");
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(json);
    }
    const QString target = dir.file(QStringLiteral("new.cxmap"));
    r = cxmap({QStringLiteral("import"), target, QStringLiteral("--json"), bad});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral(".emotion")));
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("export draws the map as PNG and SVG and never writes over the document", "[cli]")
{
    test::TempDir dir;
    const QString map = dir.file(QStringLiteral("map.cxmap"));
    REQUIRE(cxmap({QStringLiteral("import"), map, QStringLiteral("--json"), sample}).code == 0);
    const QByteArray before = readFile(map);

    Run r = cxmap({QStringLiteral("export"), map, QStringLiteral("--json"), map});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("map.cxmap")));
    CHECK(readFile(map) == before);

    const QString png = dir.file(QStringLiteral("map.png"));
    r = cxmap({QStringLiteral("export"), map, QStringLiteral("--png"), png,
               QStringLiteral("--department"), QStringLiteral("billing & finance")});
    REQUIRE(r.code == 0);
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 1500); // nine stage columns, legible
    CHECK(image.height() > 800);
    // Not blank: many distinct colours (department notes, text, curve).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 50);

    const QString svg = dir.file(QStringLiteral("map.svg"));
    REQUIRE(cxmap({QStringLiteral("export"), map, QStringLiteral("--svg"), svg}).code == 0);
    const QByteArray drawing = readFile(svg);
    CHECK(drawing.contains("<svg"));
    CHECK(drawing.contains("First invoice"));

    r = cxmap({QStringLiteral("export"), map, QStringLiteral("--png"), png,
               QStringLiteral("--department"), QStringLiteral("Nobody")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Nobody")));
    CHECK(r.err.contains(QStringLiteral("Billing & Finance"))); // says what there is
}

TEST_CASE("a department on the command line is its short name too, the full name first",
          "[cli][shortname]")
{
    test::TempDir dir;
    DocumentData data = test::smallDocument(); // Marketing (MKT) owns card 1, IT (IT)
    data.departments.append({3,
                             QStringLiteral("MKT"),
                             QStringLiteral("MK"),
                             QColor(0x22, 0x88, 0x44),
                             {},
                             {},
                             2}); // owns nothing
    const QString map = dir.file(QStringLiteral("map.cxmap"));
    REQUIRE(Document::create(map, data).ok());

    // The canvas seen through a department's lens: which department it was.
    auto lens = [&](const QString& department) {
        const QString svg = dir.file(QStringLiteral("lens.svg"));
        QFile::remove(svg);
        const Run r = cxmap({QStringLiteral("export"), map, QStringLiteral("--svg"), svg,
                             QStringLiteral("--department"), department});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return readFile(svg);
    };
    const QByteArray marketing = lens(QStringLiteral("Marketing"));
    const QByteArray mktDepartment = lens(QStringLiteral("MK"));
    REQUIRE(marketing != mktDepartment); // the lens shows which one it was
    CHECK(lens(QStringLiteral("marketing")) == marketing);
    CHECK(lens(QStringLiteral("mk")) == mktDepartment);
    CHECK(lens(QStringLiteral("it")) == lens(QStringLiteral("IT")));
    // "mkt" is the third department's full name and Marketing's short name.
    CHECK(lens(QStringLiteral("mkt")) == mktDepartment);

    const Run r = cxmap({QStringLiteral("export"), map, QStringLiteral("--svg"),
                         dir.file(QStringLiteral("x.svg")), QStringLiteral("--department"),
                         QStringLiteral("FIN")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Marketing (MKT)"))); // says what there is
}
