// The report's page two, "At a glance" (issue 18, part 1), read back with
// poppler as leadership reads it: the sentence names the root cause whose
// reach holds the most unhappy moments, with its owner and the stages its
// chain spans; the items to act on come in priority order with their owners;
// the page never overflows, and the sentence always stays.

#include "model/document.h"
#include "pdfread.h"
#include "report/report.h"
#include "testcards.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace cx;
using report::PageKind;

namespace {

enum : Id
{
    Touch = 1,
    Back,
    Pain,
    Billing = 1,
    It,
};

using test::makeCard;

// Three stages. The overnight batch (Billing) feeds the confirmation page
// (Checkout, -2), which triggers the install visit (Installation day, -1):
// two unhappy moments. Manual re-keying (IT) feeds the order page (Order, -1):
// one. Pain points: "Credit check holds the order" (High, reaches the two
// unhappy moments through the batch: 3 x (1 + 2) = 9); "Re-keying errors"
// (Medium, 2 votes: 2 x 1 + 2 = 4); "Slow page" (Low, emotion -2: 1 + 2 = 3);
// "Jargon in the letter" (Low: 1).
DocumentData hurtingMap()
{
    DocumentData d;
    d.title = QStringLiteral("Broadband");
    d.journeys = {{1, QStringLiteral("Current"), {}, JourneyState::Current, 0, 0, 0}};
    d.stages = {{1, 1, QStringLiteral("Checkout"), {}, 0},
                {2, 1, QStringLiteral("Order"), {}, 1},
                {3, 1, QStringLiteral("Installation day"), {}, 2}};
    d.lanes = {{Touch, 1, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 0},
               {Back, 1, QStringLiteral("Back stage"), LaneKind::Backstage, 1},
               {Pain, 1, QStringLiteral("Pain points"), LaneKind::PainPoint, 2}};
    d.departments = {
        {Billing,
         QStringLiteral("Billing & Finance"),
         QStringLiteral("FIN"),
         QColor(0x2e, 0x7d, 0x32),
         {},
         {},
         0},
        {It, QStringLiteral("IT"), QStringLiteral("IT"), QColor(0x4f, 0xc3, 0xf7), {}, {}, 1}};
    d.cards = {makeCard(1, 1, Back, QStringLiteral("Overnight credit-check batch"), Billing),
               makeCard(2, 1, Touch, QStringLiteral("Confirmation page"), It, -2),
               makeCard(3, 3, Touch, QStringLiteral("Install visit"), It, -1),
               makeCard(4, 2, Back, QStringLiteral("Manual re-keying"), It),
               makeCard(5, 2, Touch, QStringLiteral("Order page"), It, -1),
               makeCard(6, 1, Pain, QStringLiteral("Credit check holds the order"), Billing,
                        std::nullopt, Level::High),
               makeCard(7, 2, Pain, QStringLiteral("Re-keying errors"), It, std::nullopt,
                        Level::Medium, 2),
               makeCard(8, 3, Pain, QStringLiteral("Slow page"), It, -2, Level::Low),
               makeCard(9, 3, Pain, QStringLiteral("Jargon in the letter"), Billing, std::nullopt,
                        Level::Low)};
    d.links = {{1, 1, 2, LinkType::Feeds, {}},
               {2, 2, 3, LinkType::Triggers, {}},
               {3, 4, 5, LinkType::Feeds, {}},
               {4, 6, 1, LinkType::Feeds, {}}};
    return d;
}

// One page's text on one line: the sentence may wrap anywhere.
QString pageText(const QString& pdf, int page)
{
    return test::pdfText(pdf, page, page, test::TextOrder::Layout).simplified();
}

struct Report
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;
    QString pdf;

    explicit Report(const DocumentData& data, const report::ReportOptions& options = {})
    {
        auto created = Document::create(dir.file(QStringLiteral("map.cxmap")), data);
        REQUIRE(created.ok());
        doc = std::move(created.value());
        pdf = dir.file(QStringLiteral("report.pdf"));
        REQUIRE_FALSE(report::writeReport(*doc, options, pdf));
        const auto plan = report::planReport(*doc, options);
        REQUIRE(plan.ok());
        REQUIRE(plan->pages.size() > 2);
        CHECK(plan->pages[1].kind == PageKind::Executive);
        CHECK(plan->count(PageKind::Executive) == 1);
    }
};

} // namespace

TEST_CASE("page two names the root cause that feeds the most unhappy moments, and its owner",
          "[report][executive]")
{
    Report r(hurtingMap());
    const QString page = pageText(r.pdf, 2);
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("At a glance")));
    CHECK(page.contains(QStringLiteral("“Overnight credit-check batch” (Billing & Finance) feeds 2 "
                                       "unhappy moments, from Checkout to Installation day.")));
    CHECK(page.contains(QStringLiteral("“Overnight credit-check batch” → “Confirmation page” → "
                                       "“Install visit” (Installation day)")));
    // The three to act on, by priority score, each with its owner; the fourth is left out.
    const qsizetype credit = page.indexOf(QStringLiteral("Credit check holds the order"));
    const qsizetype rekeying = page.indexOf(QStringLiteral("Re-keying errors"));
    const qsizetype slow = page.indexOf(QStringLiteral("Slow page"));
    REQUIRE(credit >= 0);
    CHECK(credit < rekeying);
    CHECK(rekeying < slow);
    CHECK_FALSE(page.contains(QStringLiteral("Jargon in the letter")));
    const QRegularExpression creditRow(
        QStringLiteral("Credit check holds the order.*Checkout.*Billing & Finance.*High.*9"));
    CHECK(page.contains(creditRow));
}

TEST_CASE("page two keeps its sentence and shortens its list rather than overflow",
          "[report][executive]")
{
    DocumentData data = hurtingMap();
    // On a landscape page, pain points whose titles fill the eight lines a
    // table row allows cannot all stand under the sentence.
    const QString words = QStringLiteral(" and again").repeated(60);
    for (Card& c : data.cards) {
        if (c.laneId == Pain)
            c.title += words;
    }
    // A root cause named at length is quoted short.
    data.cards[0].title += words;
    report::ReportOptions landscape;
    landscape.orientation = QPageLayout::Landscape;
    Report r(data, landscape);
    const QString page = pageText(r.pdf, 2);
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("again…” (Billing & Finance) feeds 2 unhappy moments, from "
                                       "Checkout to Installation day.")));
    CHECK(page.contains(QStringLiteral("Credit check holds the order")));
    CHECK_FALSE(page.contains(QStringLiteral("Slow page"))); // shortened
    // The page after it is the summary, not a second "At a glance".
    CHECK(pageText(r.pdf, 3).contains(QStringLiteral("Summary")));
}

TEST_CASE("without a chain to an unhappy moment page two says where the journey hurts most",
          "[report][executive]")
{
    DocumentData data = hurtingMap();
    data.links.clear();
    Report r(data);
    const QString page = pageText(r.pdf, 2);
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("No back-stage or support process reaches an unhappy "
                                       "customer moment through its links.")));
    CHECK(page.contains(QStringLiteral("The journey feels worst at Checkout")));
}

TEST_CASE("a root cause whose title holds %-signs is quoted as written", "[report][executive]")
{
    DocumentData data = hurtingMap();
    data.cards[0].title = QStringLiteral("Batch %3 runs at 100%1 load");
    Report r(data);
    const QString page = pageText(r.pdf, 2);
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("“Batch %3 runs at 100%1 load” (Billing & Finance) feeds 2 "
                                       "unhappy moments")));
}
