// Hostile content in valid maps, as it is drawn: persona pictures are PNG or
// JPEG and drawing reads nothing a map names; extreme shapes get a clear
// message; characters no installed font has are named, not dropped silently.

#include <catch2/catch.hpp>

#include "canvas/canvasexport.h"
#include "commands/edit.h"
#include "glyphcheck.h"
#include "hostilecheck.h"
#include "mainwindow.h"
#include "model/document.h"
#include "model/picture.h"
#include "reportdialog.h"
#include "testprocess.h"
#include "testutil.h"
#include "workshop/personadialog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QStatusBar>
#include <QUndoStack>

using namespace cx;
using test::readSvg;
using test::smallJsonWith;

namespace {

// A picture CXMap never draws: an SVG that names a file on this machine.
QByteArray svgNaming(const QString& file)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"200\" "
                          "height=\"200\"><image width=\"200\" height=\"200\" "
                          "xlink:href=\"%1\"/></svg>")
        .arg(file)
        .toUtf8();
}

// A PNG of one loud colour, to find wherever it is drawn.
QString magentaFile(const test::TempDir& dir)
{
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    const QString path = dir.file(QStringLiteral("secret.png"));
    REQUIRE(image.save(path, "PNG"));
    return path;
}

int magentaPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == QColor(Qt::magenta).rgb();
    return n;
}

} // namespace

TEST_CASE("persona pictures are PNG or JPEG, and drawing reads nothing a map names",
          "[hostile][picture]")
{
    test::TempDir dir;
    const QString secret = magentaFile(dir);
    const QByteArray svg = svgNaming(secret);
    CHECK_FALSE(isPictureFormat(svg));
    CHECK_FALSE(isPictureFormat(QByteArray("GIF89a")));
    CHECK(isPictureFormat(test::readFile(secret)));

    SECTION("JSON refuses another kind by its path")
    {
        const auto r = fromJson(smallJsonWith([&](QJsonObject& root) {
            QJsonArray personas = root[QStringLiteral("personas")].toArray();
            QJsonObject p = personas[0].toObject();
            p[QStringLiteral("picture")] = QString::fromLatin1(svg.toBase64());
            personas[0] = p;
            root[QStringLiteral("personas")] = personas;
        }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(
            QStringLiteral("personas[0].picture: not a PNG or JPEG picture")));
    }
    SECTION("an edit refuses another kind; the Personas dialog too")
    {
        auto doc = test::smallDocumentFile(dir);
        Persona p = *doc->persona(1);
        p.picture = svg;
        CHECK(edit::editPersona(*doc, p).message.contains(QStringLiteral("PNG or JPEG")));
        CHECK(doc->undoStack()->count() == 0);

        const QString file = dir.file(QStringLiteral("face.svg"));
        test::writeFile(file, svg);
        PersonaDialog dialog(*doc, 1);
        const Error refused = dialog.setPictureFromFile(file);
        CHECK(refused.message.contains(QStringLiteral("not a PNG or JPEG picture")));
        CHECK(doc->persona(1)->picture != svg);
        CHECK_FALSE(dialog.setPictureFromFile(secret)); // a PNG comes in, as a PNG
        CHECK(isPictureFormat(doc->persona(1)->picture));
    }
    SECTION("a file that holds another kind opens, draws no picture and says so")
    {
        DocumentData data = test::smallDocument();
        data.personas[0].picture = svg; // as an older CXMap or another tool left it
        const QString path = dir.file(QStringLiteral("old.cxmap"));
        {
            auto doc = Document::create(path, data);
            REQUIRE(doc.ok());
            // The persona shows in the canvas corner: nothing of the named file is drawn.
            CHECK(magentaPixels(canvas::renderImage(*doc.value(), {})) == 0);
            CHECK_FALSE(readSvg(canvas::renderSvg(*doc.value(), {}))
                            .elements.contains(QStringLiteral("image")));
            // Its other fields still edit, the picture kept as it was.
            Persona p = *doc.value()->persona(1);
            p.name = QStringLiteral("Renamed");
            CHECK_FALSE(edit::editPersona(*doc.value(), p));
        }
        const test::Run check = test::cxmap({QStringLiteral("check"), path});
        CHECK(check.code == 0);
        CHECK(check.err.contains(QStringLiteral("the picture of the persona \u201cRenamed\u201d is "
                                                "not PNG or JPEG")));
        MainWindow w;
        REQUIRE(w.openFile(path));
        CHECK(w.statusBar()->currentMessage().contains(
            QStringLiteral("Not shown: the picture of Renamed is not PNG or JPEG")));
    }
}

TEST_CASE("a cell too tall for one image gets the same message as a journey too wide",
          "[hostile][shape]")
{
    test::TempDir dir;
    const auto exportPng = [&dir](const DocumentData& data, const QString& name) {
        auto doc = Document::create(dir.file(name + QStringLiteral(".cxmap")), data);
        REQUIRE(doc.ok());
        return canvas::exportPng(*doc.value(), {}, dir.file(name + QStringLiteral(".png")));
    };
    const QString tooLarge = QStringLiteral("The map is too large for one image (at most 32767 "
                                            "pixels a side, 268 million in all): export it as SVG "
                                            "or as a PDF report instead.");

    DocumentData tall = test::smallDocument();
    tall.links.clear();
    tall.cards.clear();
    for (int i = 0; i < 600; ++i) { // one cell, taller than 32,767 pixels
        Card c;
        c.id = i + 1;
        c.stageId = 1;
        c.laneId = 2;
        c.position = i;
        c.title = QStringLiteral("Card %1").arg(i + 1);
        tall.cards.append(c);
    }
    CHECK(exportPng(tall, QStringLiteral("tall")).message == tooLarge);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("tall.png"))));

    DocumentData wide = test::smallDocument();
    wide.links.clear();
    wide.cards.clear();
    for (int i = 3; i < 300; ++i)
        wide.stages.append({i + 1, 1, QStringLiteral("S%1").arg(i + 1), {}, i});
    CHECK(exportPng(wide, QStringLiteral("wide")).message == tooLarge);

    // The small map itself is fine.
    CHECK_FALSE(exportPng(test::smallDocument(), QStringLiteral("small")));
    CHECK(QImage(dir.file(QStringLiteral("small.png"))).width() > 100);
}

TEST_CASE("characters no installed font has are not dropped without a word", "[hostile][fonts]")
{
    test::TempDir dir;
    DocumentData data = test::smallDocument();
    // U+0378 is in no font (unassigned); CJK is in none unless Noto CJK is installed.
    data.cards[1].title = QStringLiteral("Unassigned \u0378 sign");
    data.cards[2].description = QStringLiteral("顧客の声");
    data.cards[3].title = QStringLiteral("Fine: café, 👍 and \u200d\ufe0f marks");
    const QString path = dir.file(QStringLiteral("fonts.cxmap"));
    {
        auto doc = Document::create(path, data);
        REQUIRE(doc.ok());
        const MissingGlyphs missing = missingGlyphs(*doc.value(), {});
        CHECK(missing.characters.contains(QChar(0x0378)));
        CHECK(missing.cards.contains(QStringLiteral("Unassigned \u0378 sign")));
        CHECK_FALSE(missing.characters.contains(u'c'));
        CHECK_FALSE(missing.characters.contains(QChar(0x200d))); // a joiner draws nothing
        const bool cjk =
            QFontDatabase::writingSystems().contains(QFontDatabase::SimplifiedChinese) ||
            QFontDatabase::writingSystems().contains(QFontDatabase::Japanese);
        CHECK(missing.cards.contains(QStringLiteral("Order processing")) == !cjk);
        CHECK(missing.warning().contains(QStringLiteral("\u201cUnassigned \u0378 sign\u201d")));

        // The export dialog says it before the report is written.
        ReportDialog dialog(*doc.value(), 1, 0, dir.file(QStringLiteral("r.pdf")));
        dialog.show();
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("reportGlyphs"));
        REQUIRE(label);
        CHECK(label->isVisible());
        CHECK(label->text() == missing.warning());
    }
    // The command line writes the file, exits 0 and says which cards lose what.
    for (const char* format : {"--pdf", "--png", "--svg"}) {
        INFO(format);
        const QString out = dir.file(QStringLiteral("out") + QString::fromLatin1(format).mid(1));
        const test::Run r =
            test::cxmap({QStringLiteral("export"), path, QLatin1String(format), out});
        CHECK(r.code == 0);
        CHECK(
            r.err.contains(QStringLiteral("cxmap: warning: No installed font has the characters")));
        CHECK(r.err.contains(QStringLiteral("\u201cUnassigned \u0378 sign\u201d")));
        CHECK(QFileInfo(out).size() > 0);
    }
    // A map every character of which has a font: no warning.
    const test::Run plain =
        test::cxmap({QStringLiteral("export"), test::sampleMapFile(dir), QStringLiteral("--svg"),
                     dir.file(QStringLiteral("s.svg"))});
    CHECK(plain.code == 0);
    CHECK_FALSE(plain.err.contains(QStringLiteral("warning")));
}
