// The report of a journey of any size (issue 18): a map of more than 12
// pages becomes an overview and at most 12 detail pages (--full-map prints
// every tile), an appendix of more than 500 cards lists the cards that matter
// (--full-appendix lists all), the 10,000-card map stays under 150 pages, and
// an A3 landscape report has landscape pages, its map's too. Read back with
// poppler's pdfinfo and pdftotext, as a reader would.

#include "bench/mapgenerator.h"
#include "model/document.h"
#include "pdfread.h"
#include "report/report.h"
#include "reportdialog.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QRegularExpression>

using namespace cx;
using report::PageKind;
using test::pdfPages;
using test::squeezed;

namespace {

// The text of pages first..last (1-based), whitespace removed (titles wrap).
QString pdfText(const QString& pdf, int first, int last)
{
    return test::squeezed(test::pdfText(pdf, first, last));
}

// Each page's size as pdfinfo gives it ("1191 x 842 pts (A3)").
QStringList pageSizes(const QString& pdf, int pages)
{
    const QString info = test::poppler(QStringLiteral("pdfinfo"),
                                       {QStringLiteral("-f"), QStringLiteral("1"),
                                        QStringLiteral("-l"), QString::number(pages), pdf});
    QStringList sizes;
    const QRegularExpression size(QStringLiteral("^Page\\s+\\d+ size:\\s+(.*)$"),
                                  QRegularExpression::MultilineOption);
    for (auto it = size.globalMatch(info); it.hasNext();)
        sizes << it.next().captured(1).trimmed();
    return sizes;
}

const LaneKind kinds[] = {LaneKind::CustomerAction, LaneKind::Touchpoint, LaneKind::Backstage,
                          LaneKind::SupportProcess, LaneKind::Emotion,    LaneKind::PainPoint,
                          LaneKind::Opportunity,    LaneKind::Note};
const char* const prefixes[] = {"Act", "Touch", "Back", "Help", "Feel", "Pain", "Idea", "Note"};

// 24 stages x 8 lanes x 3 cards = 576 cards, too many for 12 map pages. The
// first stage feels -1.7, the others +1.0. "Batch fails" (back stage, last
// stage) feeds "Slow page" and "Gives up" (first stage, unhappy): the top chain.
DocumentData bigJourney()
{
    constexpr int stages = 24, perCell = 3;
    DocumentData d;
    d.title = QStringLiteral("Big map");
    d.departments = {
        {1,
         QStringLiteral("Operations"),
         QStringLiteral("OPS"),
         QColor(0x33, 0x66, 0x99),
         {},
         {},
         0},
        {2, QStringLiteral("Web"), QStringLiteral("WEB"), QColor(0x99, 0x33, 0x66), {}, {}, 1},
        {3, QStringLiteral("Billing"), QStringLiteral("BIL"), QColor(0x66, 0x99, 0x33), {}, {}, 2}};
    d.journeys.append({1, QStringLiteral("Long journey"), {}, JourneyState::Current, 0, 0, 0});
    for (int s = 0; s < stages; ++s)
        d.stages.append({s + 1, 1, QStringLiteral("Stage %1").arg(s + 1), {}, s});
    for (int l = 0; l < 8; ++l)
        d.lanes.append(
            {l + 1, 1, QString::fromLatin1(prefixes[l]) + QStringLiteral(" lane"), kinds[l], l});
    Id id = 0;
    for (int s = 0; s < stages; ++s) {
        for (int l = 0; l < 8; ++l) {
            for (int i = 0; i < perCell; ++i) {
                Card c;
                c.id = ++id;
                c.stageId = s + 1;
                c.laneId = l + 1;
                c.position = i;
                c.title = QStringLiteral("%1 %2-%3")
                              .arg(QLatin1String(prefixes[l]))
                              .arg(s + 1)
                              .arg(i + 1);
                c.accountableId = 1 + id % 3;
                if (kinds[l] == LaneKind::Emotion)
                    c.emotion = s > 0 ? 1 : i == 0 ? -1 : -2;
                if (kinds[l] == LaneKind::PainPoint)
                    c.severity = Level::Low;
                d.cards.append(c);
            }
        }
    }
    const auto card = [&](int stage, int lane, int i) -> Card& {
        return d.cards[((stage - 1) * 8 + lane) * perCell + i];
    };
    Card& batch = card(stages, 2, 0);
    batch.title = QStringLiteral("Batch fails");
    Card& page = card(1, 1, 0);
    page.title = QStringLiteral("Slow page");
    page.emotion = -2;
    Card& quit = card(1, 0, 0);
    quit.title = QStringLiteral("Gives up");
    quit.emotion = -1;
    d.links = {{1, batch.id, page.id, LinkType::Feeds, {}},
               {2, page.id, quit.id, LinkType::Triggers, {}}};
    return d;
}

struct Big
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    Big()
    {
        auto created = Document::create(dir.file(QStringLiteral("big.cxmap")), bigJourney());
        REQUIRE(created.ok());
        doc = std::move(created.value());
    }
    report::ReportPlan plan(const report::ReportOptions& options) const
    {
        const Result<report::ReportPlan> p = report::planReport(*doc, options);
        REQUIRE(p.ok());
        return p.value();
    }
    // Writes the report; it must have the pages of its plan.
    QString write(const report::ReportOptions& options, const QString& name) const
    {
        const QString pdf = dir.file(name);
        REQUIRE_FALSE(report::writeReport(*doc, options, pdf));
        CHECK(pdfPages(pdf) == plan(options).pageCount());
        return pdf;
    }
};

} // namespace

TEST_CASE("a map of more than 12 pages gets an overview and at most 12 detail pages",
          "[report][anysize]")
{
    Big big;
    report::ReportOptions full;
    full.fullMap = true;
    const report::ReportPlan all = big.plan(full);
    const report::ReportPlan plan = big.plan({});
    REQUIRE(all.count(PageKind::Map) > 12);
    CHECK(plan.count(PageKind::Map) <= 2 + 12);
    CHECK(plan.count(PageKind::Map) < all.count(PageKind::Map));
    // Only the map differs.
    CHECK(plan.pageCount() - plan.count(PageKind::Map) ==
          all.pageCount() - all.count(PageKind::Map));

    const QString pdf = big.write({}, QStringLiteral("default.pdf"));
    const int first = plan.firstPage(PageKind::Map) + 1;
    const int last = first + plan.count(PageKind::Map) - 1;
    const QString overview = pdfText(pdf, first, first);
    CHECK(overview.contains(squeezed(QStringLiteral("Journey map: overview"))));
    CHECK(overview.contains(
        squeezed(QStringLiteral("this map takes %1 pages")).arg(all.count(PageKind::Map))));
    CHECK(overview.contains(QStringLiteral("--full-map")));
    CHECK(overview.contains(squeezed(QStringLiteral("parts are not printed"))));
    CHECK(overview.contains(QStringLiteral("\u22121.7"))); // the first stage's emotion
    CHECK(overview.contains(QStringLiteral("+1.0")));
    CHECK(overview.contains(squeezed(QStringLiteral("1. Batch fails (Stage 24"))));
    CHECK(overview.contains(squeezed(QStringLiteral("reaches 2 customer moments, 2 unhappy"))));
    // The detail pages: the top chain's cards are on them, each page says which it is.
    const QString details = pdfText(pdf, first + 1, last);
    CHECK(details.contains(QStringLiteral("Batchfails")));
    CHECK(details.contains(QStringLiteral("Slowpage")));
    CHECK(details.contains(QStringLiteral("Detail1of")));

    // --full-map: every tile, as before.
    const QString whole = big.write(full, QStringLiteral("full.pdf"));
    const QString firstTile = pdfText(whole, first, first);
    CHECK_FALSE(firstTile.contains(QStringLiteral("overview")));
    CHECK(firstTile.contains(QStringLiteral("Part1of%1").arg(all.count(PageKind::Map))));
}

TEST_CASE("the appendix of a journey of more than 500 cards lists the cards that matter",
          "[report][anysize]")
{
    Big big;
    const auto textOf = [&](const report::ReportOptions& options, const QString& name,
                            PageKind kind) {
        const QString pdf = big.write(options, name);
        const report::ReportPlan plan = big.plan(options);
        const int first = plan.firstPage(kind) + 1;
        return pdfText(pdf, first, first + plan.count(kind) - 1);
    };
    const auto appendixOf = [&](const report::ReportOptions& options, const QString& name) {
        return textOf(options, name, PageKind::Appendix);
    };
    const QString limited = appendixOf({}, QStringLiteral("limited.pdf"));
    CHECK(limited.contains(squeezed(QStringLiteral("Appendix: the cards that matter"))));
    // 72 pain points + 72 opportunities + the chain's 3 cards of 576.
    CHECK(limited.contains(squeezed(QStringLiteral("listed here are the 147 that matter"))));
    CHECK(limited.contains(squeezed(QStringLiteral("429 cards are left out"))));
    CHECK(limited.contains(QStringLiteral("--full-appendix")));
    CHECK(limited.contains(squeezed(QStringLiteral("File > Export > CSV"))));
    CHECK(limited.contains(QStringLiteral("Pain5-2")));
    CHECK(limited.contains(QStringLiteral("Idea7-3")));
    CHECK(limited.contains(QStringLiteral("Batchfails"))); // on the top chain
    CHECK_FALSE(limited.contains(QStringLiteral("Note5-2")));
    CHECK_FALSE(limited.contains(QStringLiteral("Back5-2")));
    // So do the departments' card tables.
    const QString sections = textOf({}, QStringLiteral("sections.pdf"), PageKind::Department);
    CHECK(sections.contains(squeezed(QStringLiteral("that matter most"))));
    CHECK_FALSE(sections.contains(QStringLiteral("Note5-2")));

    report::ReportOptions all;
    all.fullAppendix = true;
    const QString every = appendixOf(all, QStringLiteral("every.pdf"));
    CHECK(every.contains(squeezed(QStringLiteral("Appendix: every card"))));
    CHECK(every.contains(QStringLiteral("Note5-2")));
    CHECK(every.contains(QStringLiteral("Back5-2")));
    const QString everyCard = textOf(all, QStringLiteral("sections.pdf"), PageKind::Department);
    CHECK_FALSE(everyCard.contains(squeezed(QStringLiteral("that matter most"))));
    CHECK(everyCard.contains(QStringLiteral("Note5-2")));

    // A department report lists the department's own cards too.
    report::ReportOptions web;
    web.departmentIds = {2};
    const QString own = appendixOf(web, QStringLiteral("web.pdf"));
    int webNote = 0, otherNote = 0; // a note card of Web's and one of another department
    for (const Card& c : bigJourney().cards) {
        if (c.title.startsWith(QStringLiteral("Note ")))
            (c.accountableId == 2 ? webNote : otherNote) = int(c.id);
    }
    CHECK(own.contains(squeezed(big.doc->card(webNote)->title)));
    CHECK_FALSE(own.contains(squeezed(big.doc->card(otherNote)->title)));
    CHECK(own.contains(squeezed(QStringLiteral("the cards of Web"))));
    // Its map's detail pages are chosen for its cards too.
    CHECK(textOf(web, QStringLiteral("web.pdf"), PageKind::Map)
              .contains(squeezed(QStringLiteral("and the cards of WEB"))));
}

TEST_CASE("an A3 landscape report has landscape pages, its map's too", "[report][anysize]")
{
    Big big;
    for (bool fullMap : {false, true}) {
        INFO("full map: " << fullMap);
        report::ReportOptions options;
        options.paper = QPageSize::A3;
        options.orientation = QPageLayout::Landscape;
        options.fullMap = fullMap;
        const QString pdf = big.write(options, QStringLiteral("a3.pdf"));
        const int pages = big.plan(options).pageCount();
        const QStringList sizes = pageSizes(pdf, pages);
        CHECK(sizes.size() == pages);
        CHECK(sizes.count(QStringLiteral("1191 x 842 pts (A3)")) == pages);
    }
    // A portrait report's overview is landscape, wider than tall.
    const QString pdf = big.write({}, QStringLiteral("portrait.pdf"));
    const report::ReportPlan plan = big.plan({});
    const QStringList sizes = pageSizes(pdf, plan.pageCount());
    CHECK(sizes.value(0) == QStringLiteral("595 x 842 pts (A4)"));
    CHECK(sizes.value(plan.firstPage(PageKind::Map)) == QStringLiteral("842 x 595 pts (A4)"));
}

TEST_CASE("cxmap export --pdf takes --full-map and --full-appendix", "[report][anysize][cli]")
{
    Big big;
    const QString file = big.doc->path();
    report::ReportOptions everything;
    everything.fullMap = true;
    everything.fullAppendix = true;
    const int full = big.plan(everything).pageCount();
    const int focused = big.plan({}).pageCount();
    REQUIRE(full > focused);
    big.doc.reset(); // the command line opens the file itself
    const QString pdf = big.dir.file(QStringLiteral("cli.pdf"));
    REQUIRE(test::cxmap({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf,
                         QStringLiteral("--full-map"), QStringLiteral("--full-appendix")})
                .code == 0);
    CHECK(pdfPages(pdf) == full);
    REQUIRE(test::cxmap({QStringLiteral("export"), file, QStringLiteral("--pdf"), pdf}).code == 0);
    CHECK(pdfPages(pdf) == focused);
}

TEST_CASE("the export dialog offers the full map and appendix", "[report][anysize][ui]")
{
    Big big;
    ReportDialog dialog(*big.doc, 1, 0, big.dir.file(QStringLiteral("r.pdf")));
    auto* map = dialog.findChild<QCheckBox*>(QStringLiteral("reportFullMap"));
    auto* appendix = dialog.findChild<QCheckBox*>(QStringLiteral("reportFullAppendix"));
    REQUIRE(map);
    REQUIRE(appendix);
    CHECK_FALSE(map->isChecked());
    CHECK_FALSE(appendix->isChecked());
    CHECK_FALSE(dialog.options().fullMap);
    map->setChecked(true);
    CHECK(dialog.options().fullMap);
    CHECK_FALSE(dialog.options().fullAppendix);
    appendix->setChecked(true);
    CHECK(dialog.options().fullAppendix);
}

TEST_CASE("the default report of the 10,000-card map stays under 150 pages", "[report][anysize]")
{
    test::TempDir dir;
    auto created = Document::create(dir.file(QStringLiteral("10k.cxmap")),
                                    bench::generateMap(bench::MapSize{}));
    REQUIRE(created.ok());
    const Result<report::ReportPlan> plan = report::planReport(*created.value(), {});
    REQUIRE(plan.ok());
    CHECK(plan->pageCount() < 150);
    CHECK(plan->count(PageKind::Map) <= 2 + 12);
}
