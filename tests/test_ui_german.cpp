// CXMap in German (issue 21): with the German translation installed, the
// menus, the dock titles and the Inspector hold no English text; the
// command line stays English whatever the locale; English and German name
// one and several in their own plural forms.

#include <catch2/catch.hpp>

#include "canvas/journeyscene.h"
#include "commands/edit.h"
#include "docklayout.h"
#include "i18n/language.h"
#include "model/document.h"
#include "panels/inspector.h"
#include "pdfread.h"
#include "report/report.h"
#include "samplewindow.h"
#include "testprocess.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>
#include <QUndoStack>

using namespace cx;

namespace {

using Texts = QMap<QString, QString>; // where -> text

// English again when a test case ends, however it ends (the cases may run
// in one process).
struct EnglishAfter
{
    ~EnglishAfter() { language::install(QStringLiteral("en")); }
};

void menuTexts(const QMenu* menu, const QString& path, Texts& out)
{
    out.insert(path, menu->title());
    int i = 0;
    for (const QAction* a : menu->actions()) {
        const QString at = path + QLatin1Char('/') + QString::number(i++);
        if (a->menu())
            menuTexts(a->menu(), at, out);
        else if (!a->isSeparator() && !a->text().isEmpty())
            out.insert(at, a->text());
    }
}

// The words a user reads in the menus, dock titles and the Inspector
// showing a card of the sample.
Texts visibleTexts(MainWindow& w)
{
    Texts out;
    int i = 0;
    for (const QAction* a : w.menuBar()->actions()) {
        if (a->menu())
            menuTexts(a->menu(), QStringLiteral("menu%1").arg(i++), out);
    }
    for (const QDockWidget* d : w.docks()->docks())
        out.insert(QStringLiteral("dock ") + d->objectName(), d->windowTitle());
    Document* doc = w.document();
    const Id card = doc->cardIdsOfJourney(doc->journeyIds().first()).first();
    w.inspector()->setCards({card});
    QApplication::processEvents();
    i = 0;
    for (const QLabel* l : w.inspector()->findChildren<QLabel*>()) {
        if (l->isVisibleTo(w.inspector()) && !l->text().isEmpty())
            out.insert(QStringLiteral("inspector label %1").arg(i), l->text());
        ++i;
    }
    i = 0;
    for (const QAbstractButton* b : w.inspector()->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(w.inspector()) && !b->text().isEmpty())
            out.insert(QStringLiteral("inspector button %1").arg(i), b->text());
        ++i;
    }
    i = 0;
    for (const QGroupBox* g : w.inspector()->findChildren<QGroupBox*>())
        out.insert(QStringLiteral("inspector group %1").arg(i++), g->title());
    return out;
}

// What reads the same in both languages: names, numbers, the words German
// CX teams keep in English (translations/GLOSSARY.md).
bool sameInGerman(const QString& text)
{
    static const QStringList kept{QStringLiteral("&Journey"), QStringLiteral("Dashboard"),
                                  QStringLiteral("Feedback"), QStringLiteral("Touchpoint"),
                                  QStringLiteral("KPIs"),     QStringLiteral("Persona"),
                                  QStringLiteral("Tags:"),    QStringLiteral("Tags"),
                                  QStringLiteral("Status:"),  QStringLiteral("Emotion:")};
    QString t = text;
    t.remove(QLatin1Char('&'));
    static const QRegularExpression noWords(QStringLiteral("^[^A-Za-z]*$"));
    return kept.contains(text) || kept.contains(t) || noWords.match(t).hasMatch();
}

} // namespace

TEST_CASE("in German the menus, the dock titles and the Inspector hold no English",
          "[ui][language]")
{
    test::TempDir dir;
    EnglishAfter english0;
    REQUIRE(language::install(QStringLiteral("de")) == QStringLiteral("de"));
    Texts german;
    {
        test::SampleWindow s(1600, 1000);
        german = visibleTexts(s.w);
        // German's longer words keep every toolbar button on a 1600-pixel
        // window (none pushed into the overflow menu).
        for (QToolBar* bar : s.w.findChildren<QToolBar*>()) {
            for (QAction* a : bar->actions()) {
                INFO(a->iconText().toStdString());
                CHECK((a->isSeparator() || bar->widgetForAction(a)->isVisible()));
            }
        }
    }
    REQUIRE(language::install(QStringLiteral("en")) == QStringLiteral("en"));
    Texts english;
    {
        test::SampleWindow s(1600, 1000);
        english = visibleTexts(s.w);
    }
    REQUIRE(german.size() > 100);
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString de = german.value(it.key());
        if (de == it.value() && !sameInGerman(de))
            untranslated << it.key() + QStringLiteral(": ") + de;
    }
    // The map's own words (its stages, lanes and departments, its file in
    // Open Recent) are the map's, in whatever language it was written.
    QStringList mapNames{QStringLiteral("sample.cxmap")};
    {
        auto sample = Document::open(test::sampleMapFile(dir), true);
        REQUIRE(sample.ok());
        const Document& d = *sample.value();
        for (Id j : d.journeyIds()) {
            for (Id id : d.stageIds(j))
                mapNames << d.stage(id)->name;
            for (Id id : d.laneIds(j))
                mapNames << d.lane(id)->name;
        }
        for (Id id : d.departmentIds())
            mapNames << d.department(id)->name;
    }
    static const QRegularExpression accelerator(QStringLiteral("^&\\d+\\s+"));
    untranslated.removeIf([&](const QString& line) {
        QString text = line.section(QStringLiteral(": "), 1);
        text.remove(accelerator); // "&1  Marketing": a numbered entry
        text.replace(QStringLiteral("&&"), QStringLiteral("&"));
        return mapNames.contains(text);
    });
    INFO(untranslated.join(u'\n').toStdString());
    CHECK(untranslated.isEmpty());
    // An action the translation names, as a sign that it was loaded.
    CHECK(german.values().contains(QStringLiteral("Bahn&art ändern…")));
}

TEST_CASE("the command line stays English in a German locale", "[cli][language]")
{
    // The import's summary is a core message with a German translation.
    test::TempDir dir;
    const QString map = dir.file(QStringLiteral("x.cxmap"));
    const QString csv = dir.file(QStringLiteral("survey.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Comment,Touchpoint\nGreat,Nowhere\nSlow,Nowhere\n");
    f.close();
    REQUIRE(test::cxmap({QStringLiteral("new"), map}).code == 0);
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LANGUAGE", "de");
    const auto run =
        test::cxmap({QStringLiteral("import"), map, QStringLiteral("--feedback"), csv,
                     QStringLiteral("--columns"), QStringLiteral("text=Comment,card=Touchpoint")});
    qunsetenv("LANGUAGE");
    qunsetenv("LANG");
    REQUIRE(run.code == 0);
    CHECK(run.out.startsWith(QStringLiteral("Imported 2 feedback items from survey.csv")));
    CHECK_FALSE(run.out.contains(QStringLiteral("importiert")));
}

TEST_CASE("an export speaks German when asked with --language de", "[cli][language]")
{
    test::TempDir dir;
    const QString map = test::sampleMapFile(dir);
    const QString de = dir.file(QStringLiteral("de.svg"));
    const QString en = dir.file(QStringLiteral("en.svg"));
    REQUIRE(test::cxmap({QStringLiteral("export"), map, QStringLiteral("--svg"), de,
                         QStringLiteral("--language"), QStringLiteral("de")})
                .code == 0);
    REQUIRE(test::cxmap({QStringLiteral("export"), map, QStringLiteral("--svg"), en}).code == 0);
    const auto read = [](const QString& path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    const QString german = read(de);
    const QString english = read(en);
    CHECK(german.contains(QStringLiteral("Emotionskurve")));
    CHECK(german.contains(QStringLiteral("Interaktionslinie")));
    CHECK_FALSE(german.contains(QStringLiteral("Emotion curve")));
    CHECK(english.contains(QStringLiteral("Emotion curve")));
    const auto french = test::cxmap({QStringLiteral("export"), map, QStringLiteral("--svg"), en,
                                     QStringLiteral("--language"), QStringLiteral("fr")});
    CHECK(french.code != 0);
    CHECK(french.err.contains(QStringLiteral("--language is en or de")));
}

TEST_CASE("the report speaks the desktop's language", "[report][language]")
{
    test::TempDir dir;
    auto doc = Document::open(test::sampleMapFile(dir));
    REQUIRE(doc.ok());
    const auto write = [&](const QString& name) {
        const QString pdf = dir.file(name);
        REQUIRE_FALSE(report::writeReport(*doc.value(), {}, pdf));
        return test::pdfText(pdf);
    };
    const QString english = write(QStringLiteral("en.pdf"));
    EnglishAfter back;
    REQUIRE(language::install(QStringLiteral("de")) == QStringLiteral("de"));
    const QString german = write(QStringLiteral("de.pdf"));
    CHECK(english.contains(QStringLiteral("At a glance")));
    CHECK(german.contains(QStringLiteral("Auf einen Blick")));
    CHECK_FALSE(german.contains(QStringLiteral("At a glance")));
    CHECK(german.contains(QStringLiteral("Zusammenfassung")));
    // Card titles quoted the German way („…“), also where code quotes them.
    CHECK(english.contains(QChar(0x201d)));
    CHECK(german.contains(QChar(0x201e)));
    CHECK_FALSE(german.contains(QChar(0x201d)));
}

TEST_CASE("English and German name one card and several in their own forms", "[commands][language]")
{
    // English's plural forms come from translations/cxmap_en.ts, installed
    // as the app, the command line and these tests start.
    test::TempDir dir;
    auto opened = Document::open(test::sampleMapFile(dir));
    REQUIRE(opened.ok());
    Document* doc = opened.value().get();
    const QList<Id> cards = doc->cardIdsOfJourney(doc->journeyIds().first());
    REQUIRE(cards.size() >= 6);
    const auto undoText = [&] { return doc->undoStack()->undoText(); };
    REQUIRE_FALSE(edit::removeCards(*doc, {cards[0]}));
    CHECK(undoText() == QStringLiteral("Delete 1 card"));
    REQUIRE_FALSE(edit::removeCards(*doc, {cards[1], cards[2]}));
    CHECK(undoText() == QStringLiteral("Delete 2 cards"));
    REQUIRE(edit::duplicateCards(*doc, {cards[3], cards[4]}).ok());
    CHECK(undoText() == QStringLiteral("Duplicate 2 cards"));
    EnglishAfter back;
    REQUIRE(language::install(QStringLiteral("de")) == QStringLiteral("de"));
    REQUIRE_FALSE(edit::removeCards(*doc, {cards[5]}));
    CHECK(undoText() == QStringLiteral("1 Karte löschen"));
}
