// The PDF report, read back with poppler's tools as a reader would: the page
// count against the writer's own plan, the text (every department and card),
// the fonts (all embedded), a one-department report, cancelling, and the
// command line.

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "pdfread.h"
#include "report/report.h"
#include "report/reportwriter.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

using namespace cx;
using report::PageKind;
using test::pdfPages;
using test::pdfText;
using test::squeezed;

namespace {

struct Sample
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;

    Sample()
    {
        QFile json(QStringLiteral(CXMAP_SAMPLE_JSON));
        REQUIRE(json.open(QIODevice::ReadOnly));
        auto data = fromJson(json.readAll());
        REQUIRE(data.ok());
        auto created = Document::create(dir.file(QStringLiteral("sample.cxmap")), data.value());
        REQUIRE(created.ok());
        doc = std::move(created.value());
    }
};

// The running head of each page as the reader sees it: the words that end at
// the right of the header band (the top 60 points), a space apart; none on the
// cover. Word boxes, not text lines: a lane label clipped away beside the head
// of a map page still sits in the page's text.
QStringList runningHeads(const QString& pdf)
{
    const QString html = test::poppler(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>)re"));
    QStringList heads;
    const QStringList pages = html.split(QStringLiteral("<page "));
    for (qsizetype p = 1; p < pages.size(); ++p) {
        struct Word
        {
            double left, right;
            QString text;
        };
        QList<Word> band;
        for (auto it = word.globalMatch(pages[p]); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(2).toDouble() < 60)
                band.append({m.captured(1).toDouble(), m.captured(3).toDouble(), m.captured(4)});
        }
        std::sort(band.begin(), band.end(),
                  [](const Word& a, const Word& b) { return a.right > b.right; });
        QStringList words;
        for (const Word& w : band) {
            if (!words.isEmpty() && band[words.size() - 1].left - w.right > 6)
                break;
            words.prepend(w.text);
        }
        heads << words.join(u' ')
                     .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                     .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                     .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                     .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    }
    return heads;
}

// The running head a planned page must carry.
QString expectedHead(const Document& doc, const report::PagePlan& page)
{
    switch (page.kind) {
    case PageKind::Cover:
        return {};
    case PageKind::Summary:
        return QStringLiteral("Summary");
    case PageKind::Map:
        return QStringLiteral("Journey map");
    case PageKind::Department:
        return QStringLiteral("Department \u00b7 ") + doc.department(page.departmentId)->name;
    case PageKind::Compare:
        return QStringLiteral("Current and future state");
    case PageKind::Appendix:
        return QStringLiteral("Appendix");
    case PageKind::Executive:
        return QStringLiteral("At a glance");
    }
    return QStringLiteral("(unknown kind)");
}

QStringList departmentNames(const Document& doc)
{
    QStringList names;
    for (Id id : doc.departmentIds())
        names << doc.department(id)->name;
    return names;
}

} // namespace

TEST_CASE("the report of the sample map has the pages of its plan", "[report]")
{
    Sample s;
    const auto plan = report::planReport(*s.doc, {});
    REQUIRE(plan.ok());
    const QString pdf = s.dir.file(QStringLiteral("report.pdf"));
    const Error err = report::writeReport(*s.doc, {}, pdf);
    REQUIRE_FALSE(err);

    const Id journey = s.doc->journeyIds().first();
    int departments = 0;
    for (Id id : s.doc->departmentIds()) {
        const int pages = plan->count(PageKind::Department, journey, id);
        CHECK(pages >= 1); // every department has its section
        departments += pages;
    }
    // Each page of the PDF is the page the plan says, by the section its
    // running head names: the plan's counts and page numbers (the cover's
    // contents, the department sections' first pages) are the reader's.
    CHECK(pdfPages(pdf) == plan->pageCount());
    const QStringList heads = runningHeads(pdf);
    REQUIRE(heads.size() == plan->pageCount());
    for (int i = 0; i < plan->pageCount(); ++i) {
        INFO("page " << i + 1);
        CHECK(heads[i].toStdString() == expectedHead(*s.doc, plan->pages[i]).toStdString());
    }

    // Sanity: the structure is what the report promises.
    CHECK(plan->count(PageKind::Cover) == 1);
    CHECK(plan->pages.first().kind == PageKind::Cover);
    CHECK(plan->pages[1].kind == PageKind::Executive); // the answer on page two
    CHECK(plan->count(PageKind::Executive) == 1);
    CHECK(plan->pages[2].kind == PageKind::Summary);
    CHECK(plan->count(PageKind::Summary) <= 3);
    CHECK(plan->count(PageKind::Map) >= 1);
    CHECK(plan->pages.last().kind == PageKind::Appendix);
    // 131 cards cannot fit on one page, nor need more than one page each.
    CHECK(plan->count(PageKind::Appendix) >= 3);
    CHECK(plan->count(PageKind::Appendix) <= 131);
    CHECK(departments >= s.doc->departmentIds().size());
    CHECK(plan->pageCount() < 200);
    // Sections come in order, each page knows its place in its section.
    for (const report::PagePlan& p : plan->pages) {
        CHECK(p.part >= 0);
        CHECK(p.part < p.parts);
    }

    // Each department section opens with the department's name.
    for (Id id : s.doc->departmentIds()) {
        const int first = plan->firstPage(PageKind::Department, journey, id);
        REQUIRE(first >= 0);
        CHECK(pdfText(pdf, first + 1).contains(s.doc->department(id)->name));
    }
    // Page numbers run on every page but the cover.
    const int last = plan->pageCount();
    CHECK(pdfText(pdf, last).contains(QStringLiteral("Page %1 of %1").arg(last)));
    CHECK_FALSE(pdfText(pdf, 1).contains(QStringLiteral("Page 1 of")));
}

TEST_CASE("the report holds every department and every card title, in embedded fonts", "[report]")
{
    Sample s;
    const QString pdf = s.dir.file(QStringLiteral("report.pdf"));
    REQUIRE_FALSE(report::writeReport(*s.doc, {}, pdf));

    const QString text = squeezed(pdfText(pdf));
    for (const QString& name : departmentNames(*s.doc))
        CHECK(text.contains(squeezed(name)));
    const QList<Id> cards = s.doc->cardIdsOfJourney(s.doc->journeyIds().first());
    REQUIRE(cards.size() == 131);
    for (Id id : cards) {
        const QString title = s.doc->card(id)->title;
        INFO(title.toStdString());
        CHECK(text.contains(squeezed(title)));
    }

    // pdffonts: name, type (may hold spaces), encoding, emb, sub, uni, object, generation.
    const QStringList lines = test::poppler(QStringLiteral("pdffonts"), {pdf}).split(u'\n');
    int fonts = 0;
    for (const QString& line : lines.mid(2)) {
        const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 7)
            continue;
        ++fonts;
        INFO(line.toStdString());
        CHECK(f[f.size() - 5] == QLatin1String("yes"));
    }
    CHECK(fonts >= 1);
}

TEST_CASE("a one-department report holds that department's section only", "[report]")
{
    Sample s;
    const Department* billing = s.doc->departmentByName(QStringLiteral("Billing & Finance"));
    REQUIRE(billing);
    report::ReportOptions options;
    options.departmentIds = {billing->id};
    const auto plan = report::planReport(*s.doc, options);
    REQUIRE(plan.ok());
    CHECK(plan->count(PageKind::Department) == plan->count(PageKind::Department, 0, billing->id));
    CHECK(plan->count(PageKind::Department) >= 1);

    const QString pdf = s.dir.file(QStringLiteral("billing.pdf"));
    REQUIRE_FALSE(report::writeReport(*s.doc, options, pdf));
    CHECK(pdfPages(pdf) == plan->pageCount());
    // Section pages carry "Department · NAME" in their running header.
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Department \u00b7 Billing & Finance")));
    for (const QString& name : departmentNames(*s.doc)) {
        if (name != billing->name)
            CHECK_FALSE(text.contains(QStringLiteral("Department \u00b7 ") + name));
    }
    // The whole report has a section for each of them.
    const auto all = report::planReport(*s.doc, {});
    REQUIRE(all.ok());
    CHECK(all->count(PageKind::Department) > plan->count(PageKind::Department));
}

TEST_CASE("cancelling the report leaves no file behind", "[report]")
{
    Sample s;
    const QString pdf = s.dir.file(QStringLiteral("cancelled.pdf"));
    const auto before = QDir(s.dir.path()).entryList(QDir::Files);

    SECTION("after a few pages")
    {
        int calls = 0, total = 0;
        const Error err = report::writeReport(*s.doc, {}, pdf, [&](int done, int all) {
            ++calls;
            total = all;
            CHECK(done <= all);
            return done < 3;
        });
        CHECK(err.code == ErrorCode::Cancelled);
        CHECK(calls == 4); // 0, 1, 2 and 3 pages done
        CHECK(total > 3);
    }
    SECTION("before the first page")
    {
        const Error err = report::writeReport(*s.doc, {}, pdf, [](int, int) { return false; });
        CHECK(err.code == ErrorCode::Cancelled);
    }
    SECTION("a writer dropped half way")
    {
        report::ReportWriter writer(*s.doc, {});
        REQUIRE_FALSE(writer.begin(pdf));
        REQUIRE_FALSE(writer.step());
        REQUIRE_FALSE(writer.step());
    }
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(QDir(s.dir.path()).entryList(QDir::Files) == before);
}

TEST_CASE("the report follows the paper, the orientation and the chosen journey", "[report]")
{
    Sample s;
    report::ReportOptions options;
    options.paper = QPageSize::A3;
    options.orientation = QPageLayout::Landscape;
    options.journeyIds = {s.doc->journeyIds().first()};
    const QString pdf = s.dir.file(QStringLiteral("a3.pdf"));
    REQUIRE_FALSE(report::writeReport(*s.doc, options, pdf));
    const QString info =
        test::poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                  QStringLiteral("-l"), QStringLiteral("2"), pdf});
    for (int page : {1, 2}) {
        const QRegularExpression size(
            QStringLiteral("Page\\s+%1 size:\\s+1191 x 842 pts \\(A3\\)").arg(page));
        CHECK(info.contains(size));
    }

    options.journeyIds = {9999};
    const auto bad = report::planReport(*s.doc, options);
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("cxmap export --pdf writes the report", "[report][cli]")
{
    Sample s;
    const QString file = s.doc->path();
    s.doc.reset(); // the command line opens the file itself
    const QString pdf = s.dir.file(QStringLiteral("cli.pdf"));

    REQUIRE(test::cxmap({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf,
                         QStringLiteral("--department"), QStringLiteral("Billing & Finance"),
                         QStringLiteral("--department"), QStringLiteral("IT"),
                         QStringLiteral("--paper"), QStringLiteral("Letter"),
                         QStringLiteral("--landscape")})
                .code == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Department \u00b7 Billing & Finance")));
    CHECK(text.contains(QStringLiteral("Department \u00b7 IT")));
    CHECK_FALSE(text.contains(QStringLiteral("Department \u00b7 Marketing")));
    CHECK(test::poppler(QStringLiteral("pdfinfo"), {pdf})
              .contains(QStringLiteral("792 x 612 pts (letter)")));

    CHECK(test::cxmap({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--paper"), QStringLiteral("B5")})
              .code == 2);
    CHECK(test::cxmap({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--department"), QStringLiteral("Nobody")})
              .code == 1);
    CHECK(test::cxmap({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--journey"), QStringLiteral("Nowhere")})
              .code == 1);
}

TEST_CASE("a journey with a future state gets a comparison section, once", "[report][compare]")
{
    Sample s;
    const Id current = s.doc->journeyIds().first();
    REQUIRE(s.doc->journey(current)->state == JourneyState::Current);
    const Result<Id> future = edit::cloneJourney(*s.doc, current, QStringLiteral("Broadband, 2027"),
                                                 JourneyState::Future);
    REQUIRE(future.ok());
    // The future state: one card renamed and a new one for the installation.
    const QList<Id> cards = s.doc->cardIdsOfJourney(*future);
    Card renamed = *s.doc->card(cards[3]);
    const QString oldTitle = renamed.title;
    renamed.title = QStringLiteral("Self-service eligibility check");
    renamed.emotion = 2;
    REQUIRE_FALSE(edit::editCard(*s.doc, renamed));
    Card added = renamed;
    added.title = QStringLiteral("Installer arrives in a two-hour slot");
    REQUIRE(edit::addCard(*s.doc, added).ok());

    const QString both = s.dir.file(QStringLiteral("both.pdf"));
    REQUIRE_FALSE(report::writeReport(*s.doc, {}, both));
    const Result<report::ReportPlan> plan = report::planReport(*s.doc, {});
    REQUIRE(plan.ok());
    CHECK(plan->count(PageKind::Compare, *future) >= 1);
    CHECK(plan->count(PageKind::Compare, current) == 0); // once per pair
    CHECK(pdfPages(both) == plan->pageCount());
    const QString text = squeezed(pdfText(both, plan->firstPage(PageKind::Compare, *future) + 1));
    CHECK(text.contains(squeezed(QStringLiteral("Current and future state"))));
    CHECK(text.contains(squeezed(QStringLiteral("1 card added, 0 removed, 1 changed"))));
    CHECK(text.contains(squeezed(added.title)));
    CHECK(text.contains(squeezed(QStringLiteral("was \u201c%1\u201d").arg(oldTitle))));

    // The current journey alone still shows what its future state changes.
    report::ReportOptions options;
    options.journeyIds = {current};
    const Result<report::ReportPlan> alone = report::planReport(*s.doc, options);
    REQUIRE(alone.ok());
    CHECK(alone->count(PageKind::Compare, current) >= 1);

    // A journey without a counterpart has none.
    Sample plain;
    const Result<report::ReportPlan> none = report::planReport(*plain.doc, {});
    REQUIRE(none.ok());
    CHECK(none->count(PageKind::Compare) == 0);
}

TEST_CASE("a journey of 2,500 stages gets an overview on its map pages, drawn once", "[report]")
{
    // One lane, 2,500 stages: a strip far thinner than a point at the
    // overview's scale, which was an empty image rebuilt on every page.
    DocumentData data = test::smallDocument();
    data.cards.clear();
    data.links.clear();
    data.lanes.resize(1);
    data.stages.clear();
    for (int i = 0; i < 2500; ++i) {
        data.stages.append({i + 1, 1, QStringLiteral("S%1").arg(i + 1), {}, i});
        Card c;
        c.id = i + 1;
        c.stageId = i + 1;
        c.laneId = data.lanes[0].id;
        c.title = QStringLiteral("Card %1").arg(i + 1);
        data.cards.append(c);
    }
    test::TempDir dir;
    auto doc = Document::create(dir.file(QStringLiteral("wide.cxmap")), data);
    REQUIRE(doc.ok());

    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& text) { warnings << text; });
    const QString pdf = dir.file(QStringLiteral("wide.pdf"));
    report::ReportOptions full; // every tile: else an overview stands in for them
    full.fullMap = true;
    const Error err = report::writeReport(*doc.value(), full, pdf);
    qInstallMessageHandler(previous);
    REQUIRE_FALSE(err);
    INFO(warnings.value(0).toStdString());
    CHECK(warnings.isEmpty());
    const auto plan = report::planReport(*doc.value(), full);
    REQUIRE(plan.ok());
    CHECK(plan->count(PageKind::Map) > 100);
    CHECK(pdfPages(pdf) == plan->pageCount());
}
