// Hostile content in valid maps: a map is a document people send each other,
// so its text is untrusted wherever it goes. Exports cannot be turned against
// their reader: the SVG is well-formed XML holding only the elements CXMap
// draws, whatever the map's texts; the terminal gets control characters as
// visible escapes. Text is never silently changed: what the file cannot keep
// exactly is refused with its place named, and KPI values print exactly.

#include <catch2/catch.hpp>

#include "canvas/canvasexport.h"
#include "commands/edit.h"
#include "hostilecheck.h"
#include "hostiletext.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "model/storabletext.h"
#include "testprocess.h"
#include "testutil.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cx;
using test::readSvg;
using test::setCardMember;
using test::smallJsonWith;
using test::SvgRead;

namespace {

QString loneSurrogate() { return QStringLiteral("Check") + QChar(0xD800) + QStringLiteral("out"); }
QString withNul() { return QStringLiteral("Ch") + QChar(0) + QStringLiteral("eckout"); }

// What CXMap's drawing of a map puts into an SVG (Qt's SVG generator).
const QSet<QString> drawnElements = {
    QStringLiteral("svg"),
    QStringLiteral("title"),
    QStringLiteral("desc"),
    QStringLiteral("defs"),
    QStringLiteral("g"),
    QStringLiteral("path"),
    QStringLiteral("text"),
    QStringLiteral("rect"),
    QStringLiteral("circle"),
    QStringLiteral("ellipse"),
    QStringLiteral("polyline"),
    QStringLiteral("polygon"),
    QStringLiteral("line"),
    QStringLiteral("image"),
    QStringLiteral("linearGradient"),
    QStringLiteral("radialGradient"),
    QStringLiteral("stop"),
    QStringLiteral("clipPath"),
};

// The title as an XML reader gets it back: what XML 1.0 cannot hold left out.
QString xmlReadable(const QString& text)
{
    QString kept;
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            kept += c;
    // XML reads every line end as LF.
    return kept.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
}

} // namespace

TEST_CASE("a map title cannot add an element to the SVG", "[hostile][svg]")
{
    test::TempDir dir;
    DocumentData data = test::smallDocument();
    data.title = QStringLiteral("</title><script>alert(1)</script>\x1b[31m & \"q\"\x02");
    data.cards[0].title = QStringLiteral("<svg onload=alert(1)>\x01\x08 ]]>");
    auto doc = Document::create(dir.file(QStringLiteral("m.cxmap")), data);
    REQUIRE(doc.ok());
    const QByteArray svg = canvas::renderSvg(*doc.value(), {});
    const SvgRead read = readSvg(svg);
    INFO(read.error.toStdString());
    REQUIRE(read.error.isEmpty());
    CHECK_FALSE(read.elements.contains(QStringLiteral("script")));
    CHECK(read.title == QStringLiteral("</title><script>alert(1)</script>[31m & \"q\""));
    CHECK_FALSE(svg.contains('\x01'));
    CHECK_FALSE(svg.contains('\x1b'));
    CHECK_FALSE(svg.contains('\x02'));

    // The file is the same drawing.
    const QString path = dir.file(QStringLiteral("m.svg"));
    REQUIRE_FALSE(canvas::exportSvg(*doc.value(), {}, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(readSvg(file.readAll()).error.isEmpty());
}

TEST_CASE("thousands of maps full of hostile text all give well-formed SVG", "[hostile][svg]")
{
    // Memory, where there is some: a thousand fsynced files cost seconds.
    QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                          ? QStringLiteral("/dev/shm/cxmap-test-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/cxmap-test-XXXXXX"));
    REQUIRE(dir.isValid());
#if defined(__SANITIZE_ADDRESS__)
    const int maps = 200; // the sanitizer run looks for memory errors, not for more texts
#else
    const int maps = 2000;
#endif
    int checked = 0;
    for (quint32 seed = 1; seed <= maps; ++seed) {
        INFO("seed " << seed);
        const DocumentData data = test::hostileDocument(seed);
        const QString path = dir.filePath(QStringLiteral("%1.cxmap").arg(seed));
        SvgRead read;
        {
            auto doc = Document::create(path, data);
            REQUIRE(doc.ok());
            read = readSvg(canvas::renderSvg(*doc.value(), {}));
        }
        QFile::remove(path);
        INFO(read.error.toStdString());
        REQUIRE(read.error.isEmpty());
        for (const QString& element : read.elements) {
            INFO(element.toStdString());
            CHECK(drawnElements.contains(element));
        }
        CHECK(read.title == xmlReadable(data.title));
        ++checked;
    }
    CHECK(checked == maps);
}

TEST_CASE("text the file cannot keep exactly is named, never stored as '?'", "[hostile][text]")
{
    CHECK(unstorableText(QStringLiteral("Fine \U0001F600 text\x1b")).isEmpty());
    CHECK(unstorableText(loneSurrogate()) ==
          QStringLiteral("a lone surrogate U+D800 at character 6"));
    CHECK(unstorableText(withNul()) == QStringLiteral("a NUL character at character 3"));
    CHECK(unstorableText(QString(QChar(0xDC00))).contains(QStringLiteral("U+DC00")));

    SECTION("JSON names the path")
    {
        const auto title = fromJson(smallJsonWith([](QJsonObject& root) {
            setCardMember(root, QStringLiteral("title"), loneSurrogate());
        }));
        REQUIRE_FALSE(title.ok());
        CHECK(title.error().message.startsWith(QStringLiteral("journeys[0].cards[0].title: holds a "
                                                              "lone surrogate U+D800")));
        const auto tag = fromJson(smallJsonWith([](QJsonObject& root) {
            setCardMember(root, QStringLiteral("tags"),
                          QJsonArray{QStringLiteral("ok"), withNul()});
        }));
        REQUIRE_FALSE(tag.ok());
        CHECK(tag.error().message.startsWith(
            QStringLiteral("journeys[0].cards[0].tags[1]: holds a NUL character")));
        const auto title2 = fromJson(
            smallJsonWith([](QJsonObject& root) { root[QStringLiteral("title")] = withNul(); }));
        REQUIRE_FALSE(title2.ok());
        CHECK(title2.error().message.startsWith(QStringLiteral("title: holds a NUL")));
    }
    SECTION("the command line refuses the file and creates nothing")
    {
        test::TempDir dir;
        const QString json = dir.file(QStringLiteral("in.json"));
        // \ud800 written as JSON writes it: an escape, valid JSON.
        QByteArray bytes = smallJsonWith([](QJsonObject& root) {
            setCardMember(root, QStringLiteral("title"), QStringLiteral("SURROGATE"));
        });
        bytes.replace("SURROGATE", "Check\\ud800out");
        test::writeFile(json, bytes);
        const QString map = dir.file(QStringLiteral("m.cxmap"));
        const test::Run r =
            test::cxmap({QStringLiteral("import"), map, QStringLiteral("--json"), json});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("journeys[0].cards[0].title")));
        CHECK(r.err.contains(QStringLiteral("U+D800")));
        CHECK_FALSE(QFile::exists(map));
    }
    SECTION("an edit names the field; the map and the file stay as they were")
    {
        test::TempDir dir;
        auto doc = test::smallDocumentFile(dir);
        const QByteArray before = test::readFile(doc->path());
        const Error title = edit::setCardTitle(*doc, 1, withNul());
        CHECK(title.message.startsWith(QStringLiteral("The title holds a NUL character")));
        Card card = *doc->card(1);
        card.kpis[0].unit = loneSurrogate();
        const Error unit = edit::editCard(*doc, card);
        CHECK(unit.message.startsWith(QStringLiteral("A KPI's unit holds a lone surrogate")));
        CHECK(doc->card(1)->title == QStringLiteral("Social ad"));
        CHECK(doc->undoStack()->count() == 0);

        // Where no edge checks, the file itself refuses: a department's name.
        Department dep = *doc->department(1);
        dep.name = loneSurrogate();
        const Error name = edit::editDepartment(*doc, dep);
        REQUIRE(name);
        CHECK(name.message.contains(QStringLiteral("lone surrogate U+D800")));
        CHECK(name.message.contains(QStringLiteral("a department")));
        CHECK(doc->department(1)->name == QStringLiteral("Marketing"));
        doc.reset();
        const DocumentData disk = test::onDisk(dir.file(QStringLiteral("doc.cxmap")));
        CHECK(disk.departments[0].name == QStringLiteral("Marketing"));
        CHECK(disk.cards[0].title == QStringLiteral("Social ad"));
        CHECK(test::readFile(dir.file(QStringLiteral("doc.cxmap"))).size() == before.size());
    }
}

TEST_CASE("KPI values are kept within 1e15 and printed exactly", "[hostile][text]")
{
    CHECK(kpiValueInRange(KpiKind::Free, 1e15));
    CHECK(kpiValueInRange(KpiKind::Free, -1e15));
    CHECK_FALSE(kpiValueInRange(KpiKind::Free, 1.0000000000000002e15));
    CHECK_FALSE(kpiValueInRange(KpiKind::Free, 1e19));

    // Every value within the limit prints as digits that read back exactly.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> magnitude(-12, 15);
    int printed = 0;
    for (int i = 0; i < 5000; ++i) {
        const double v = std::copysign(std::pow(10.0, magnitude(rng)), i % 2 ? 1.0 : -1.0);
        const QString text = kpiNumberText(v, QLocale::c());
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(u'e'));
        CHECK(text.toDouble() == v);
        ++printed;
    }
    CHECK(printed == 5000);
    CHECK(kpiNumberText(1e15, QLocale::c()) == QStringLiteral("1000000000000000"));
    CHECK(kpiNumberText(-0.0, QLocale::c()) == QStringLiteral("0"));
    CHECK(kpiNumberText(1234.5, QLocale(QLocale::German)) == QStringLiteral("1234,5"));

    // 1e19 used to print as -9223372036854775808: now it does not come in.
    const auto big = fromJson(smallJsonWith([](QJsonObject& root) {
        setCardMember(
            root, QStringLiteral("kpis"),
            QJsonArray{QJsonObject{{"name", "Revenue"}, {"kind", "free"}, {"value", 1e19}}});
    }));
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().message.startsWith(QStringLiteral("journeys[0].cards[0].kpis[0].value: ")));
    const auto edge = fromJson(smallJsonWith([](QJsonObject& root) {
        setCardMember(
            root, QStringLiteral("kpis"),
            QJsonArray{QJsonObject{{"name", "Revenue"}, {"kind", "free"}, {"value", -1e15}}});
    }));
    CHECK(edge.ok());
}

namespace {

// A map whose names hold terminal escapes, C1 controls and line breaks.
QString hostileMap(const test::TempDir& dir)
{
    DocumentData data = test::smallDocument();
    data.title = QStringLiteral("Map\x1b]0;owned\x07");
    data.journeys[0].name = QStringLiteral("Broad\x1b[2Jband\rX");
    data.departments[0].name = QStringLiteral("Mark\u009b31meting\nIT");
    data.stages[0].name = QStringLiteral("Aware\x08\x7fness");
    const QString path = dir.file(QStringLiteral("hostile.cxmap"));
    REQUIRE(Document::create(path, data).ok());
    return path;
}

// No control character but line feeds and tabs, no C1 control (U+0080..U+009F).
bool terminalSafe(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("the command line prints control characters in names as visible escapes",
          "[hostile][cli]")
{
    test::TempDir dir;
    const QString map = hostileMap(dir);

    const test::Run stats = test::cxmap({QStringLiteral("stats"), map});
    REQUIRE(stats.code == 0);
    CHECK(terminalSafe(stats.out));
    CHECK(stats.out.contains(QStringLiteral("Map\\x1b]0;owned\\x07")));
    CHECK(stats.out.contains(QStringLiteral("Broad\\x1b[2Jband\\x0dX")));
    CHECK(stats.out.contains(QStringLiteral("Mark\\u009b31meting\\x0aIT")));
    CHECK(stats.out.contains(QStringLiteral("Aware\\x08\\u007fness")));

    // JSON stays exact: the same names, read back by a JSON reader.
    const test::Run json = test::cxmap({QStringLiteral("stats"), map, QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    CHECK(terminalSafe(json.out));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE_FALSE(parsed.isNull());
    const QString printed = QString::fromUtf8(QJsonDocument(parsed).toJson());
    CHECK(printed.contains(QStringLiteral("Broad\\u001b[2Jband\\rX")));
    CHECK(parsed.object()[QStringLiteral("journeys")]
              .toArray()[0]
              .toObject()[QStringLiteral("journey")]
              .toString() == QStringLiteral("Broad\x1b[2Jband\rX"));

    // Messages too: the journeys a wrong --journey could have meant.
    const test::Run wrong = test::cxmap({QStringLiteral("export"), map, QStringLiteral("--csv"),
                                         dir.file(QStringLiteral("x.csv")),
                                         QStringLiteral("--journey"), QStringLiteral("nope")});
    CHECK(wrong.code == 1);
    CHECK(terminalSafe(wrong.err));
    CHECK(wrong.err.contains(QStringLiteral("Broad\\x1b[2Jband\\x0dX")));
}

TEST_CASE("a headless export says nothing about a missing session", "[hostile][cli]")
{
    test::TempDir dir;
    const QString map = test::sampleMapFile(dir);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // as on a server, in CI, over ssh
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CXMAP_CLI), {QStringLiteral("export"), map, QStringLiteral("--png"),
                                        dir.file(QStringLiteral("m.png"))});
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardError()) == QString());
    CHECK(QFileInfo(dir.file(QStringLiteral("m.png"))).size() > 1000);
}
