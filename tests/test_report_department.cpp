// A department's own report (issue 18, item 3), read back with poppler: the
// departments named on the cover and in the running header, an "At a glance"
// about their processes and their pain points, an appendix of their cards
// (accountable or contributing) and the cards their chains reach, with
// comments, and a map that dims the rest without PDF transparency.

#include "commands/edit.h"
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
    Marketing,
    Hr,
};

using test::makeCard;

Department department(Id id, const QString& name, const QString& shortName, QColor color)
{
    return {id, name, shortName, color, {}, {}, int(id)};
}

// Billing's batch feeds the confirmation page, which triggers the install
// visit (two unhappy moments); its pain point feeds the batch. IT's re-keying
// feeds the order page (one). Marketing's welcome email has Billing as a
// contributor; Marketing's ad campaign feeds Billing's batch (it reaches
// Billing's chain from behind: not Billing's); its survey is linked to nothing.
DocumentData teamMap()
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
        department(Billing, QStringLiteral("Billing & Finance"), QStringLiteral("FIN"),
                   QColor(0x2e, 0x7d, 0x32)),
        department(It, QStringLiteral("IT"), QStringLiteral("IT"), QColor(0x4f, 0xc3, 0xf7)),
        department(Marketing, QStringLiteral("Marketing"), QStringLiteral("MKT"),
                   QColor(0xe9, 0x1e, 0x63)),
        department(Hr, QStringLiteral("HR"), QStringLiteral("HR"), QColor(0x79, 0x55, 0x48))};
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
                        Level::Low),
               makeCard(10, 3, Touch, QStringLiteral("Welcome email"), Marketing, 1),
               makeCard(11, 2, Touch, QStringLiteral("Brand survey"), Marketing),
               makeCard(12, 1, Back, QStringLiteral("Ad campaign"), Marketing)};
    d.cards[9].contributingIds = {Billing};
    d.cards[0].comments = {{QStringLiteral("Ana"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)),
                            QStringLiteral("Runs at 2am, too late for orders placed today")}};
    d.cards[4].comments = {{QStringLiteral("Raj"), QDateTime(QDate(2026, 3, 3), QTime(9, 0)),
                            QStringLiteral("Nobody reads this page")}};
    d.links = {{1, 1, 2, LinkType::Feeds, {}},
               {2, 2, 3, LinkType::Triggers, {}},
               {3, 4, 5, LinkType::Feeds, {}},
               {4, 6, 1, LinkType::Feeds, {}},
               {5, 12, 1, LinkType::Feeds, {}}};
    return d;
}

// Pages first..last on one line.
QString text(const QString& pdf, int first, int last)
{
    return test::pdfText(pdf, first, last, test::TextOrder::Layout).simplified();
}

struct Report
{
    test::TempDir dir;
    std::unique_ptr<Document> doc;

    Report()
    {
        auto created = Document::create(dir.file(QStringLiteral("map.cxmap")), teamMap());
        REQUIRE(created.ok());
        doc = std::move(created.value());
    }
    // The report of the given departments (empty: the full report).
    QString write(const QList<Id>& departments, const QString& name)
    {
        report::ReportOptions options;
        options.departmentIds = departments;
        const QString pdf = dir.file(name);
        REQUIRE_FALSE(report::writeReport(*doc, options, pdf));
        return pdf;
    }
    QString pages(const QList<Id>& departments, const QString& pdf, PageKind kind)
    {
        report::ReportOptions options;
        options.departmentIds = departments;
        const auto plan = report::planReport(*doc, options);
        REQUIRE(plan.ok());
        const int first = plan->firstPage(kind) + 1;
        REQUIRE(first > 0);
        return text(pdf, first, first + plan->count(kind) - 1);
    }
};

const QStringList allTitles = {QStringLiteral("Overnight credit-check batch"),
                               QStringLiteral("Confirmation page"),
                               QStringLiteral("Install visit"),
                               QStringLiteral("Manual re-keying"),
                               QStringLiteral("Order page"),
                               QStringLiteral("Credit check holds the order"),
                               QStringLiteral("Re-keying errors"),
                               QStringLiteral("Slow page"),
                               QStringLiteral("Jargon in the letter"),
                               QStringLiteral("Welcome email"),
                               QStringLiteral("Brand survey"),
                               QStringLiteral("Ad campaign")};

} // namespace

TEST_CASE("a department report names its departments on the cover and in the running header",
          "[report][department]")
{
    Report r;
    const QString two = r.write({Billing, It}, QStringLiteral("two.pdf"));
    CHECK(text(two, 1, 1).contains(QStringLiteral("For Billing & Finance and IT")));
    CHECK(text(two, 2, 2).contains(
        QStringLiteral("Broadband \u00b7 Current \u00b7 Billing & Finance and IT")));

    const QString three = r.write({Billing, It, Hr}, QStringLiteral("three.pdf"));
    CHECK(text(three, 1, 1).contains(QStringLiteral("For 3 departments")));
    CHECK(text(three, 2, 2)
              .contains(QStringLiteral("Broadband \u00b7 Current \u00b7 3 departments")));

    // The full report is nobody's in particular.
    const QString full = r.write({}, QStringLiteral("full.pdf"));
    CHECK_FALSE(text(full, 1, 1).contains(QStringLiteral("For ")));
    const QString header = text(full, 2, 2);
    CHECK(header.contains(QStringLiteral("Broadband \u00b7 Current")));
    CHECK_FALSE(header.contains(QStringLiteral("Current \u00b7 Billing")));
}

TEST_CASE("a department report's page two is about its processes and its pain points",
          "[report][department][executive]")
{
    Report r;
    // The journey's top root cause is Billing's; IT's own is the re-keying.
    const QString it = text(r.write({It}, QStringLiteral("it.pdf")), 2, 2);
    INFO(it.toStdString());
    CHECK(it.contains(QStringLiteral("\u201cManual re-keying\u201d (IT) feeds 1 unhappy moment, at "
                                     "Order.")));
    CHECK_FALSE(it.contains(QStringLiteral("Overnight credit-check batch")));
    CHECK(it.contains(QStringLiteral("Re-keying errors")));
    CHECK(it.contains(QStringLiteral("Slow page")));
    CHECK_FALSE(it.contains(QStringLiteral("Credit check holds the order")));
    CHECK_FALSE(it.contains(QStringLiteral("Jargon in the letter")));

    // HR has no process and no pain point here.
    const QString hr = text(r.write({Hr}, QStringLiteral("hr.pdf")), 2, 2);
    INFO(hr.toStdString());
    CHECK(hr.contains(QStringLiteral("None of the back-stage or support processes of HR reaches an "
                                     "unhappy customer moment through its links.")));
    CHECK(hr.contains(QStringLiteral("No pain point or opportunity of HR on this journey.")));

    // The full report stays as it was.
    const QString full = text(r.write({}, QStringLiteral("full.pdf")), 2, 2);
    INFO(full.toStdString());
    CHECK(full.contains(QStringLiteral("\u201cOvernight credit-check batch\u201d (Billing & "
                                       "Finance) feeds 2 unhappy moments, from Checkout to "
                                       "Installation day.")));
    CHECK(full.contains(QStringLiteral("Credit check holds the order")));
}

TEST_CASE("a department report's appendix holds only its cards and the cards its chains reach",
          "[report][department]")
{
    Report r;
    const QString pdf = r.write({Billing}, QStringLiteral("billing.pdf"));
    const QString appendix = r.pages({Billing}, pdf, PageKind::Appendix);
    INFO(appendix.toStdString());
    // Billing's own (the welcome email as a contributor) and, along the links
    // forward, the confirmation page and the install visit.
    const QStringList expected = {QStringLiteral("Overnight credit-check batch"),
                                  QStringLiteral("Credit check holds the order"),
                                  QStringLiteral("Jargon in the letter"),
                                  QStringLiteral("Welcome email"),
                                  QStringLiteral("Confirmation page"),
                                  QStringLiteral("Install visit")};
    for (const QString& title : allTitles) {
        INFO(title.toStdString());
        CHECK(appendix.contains(title) == expected.contains(title));
    }
    CHECK(appendix.contains(QStringLiteral("Appendix: the cards of Billing & Finance")));
    CHECK(appendix.contains(QStringLiteral("the 4 cards of Billing & Finance (accountable or "
                                           "contributing) and the 2 cards their chains reach")));
    CHECK(appendix.contains(QStringLiteral("other 6 cards are left out")));
    // Why a card not of theirs is listed.
    CHECK(appendix.contains(QStringLiteral("Welcome email Contributing: Billing & Finance")));
    CHECK(appendix.contains(QStringLiteral("Install visit Reached by their links")));
    // With their comments; a comment on a card left out is left out too.
    CHECK(appendix.contains(QStringLiteral("Ana: Runs at 2am, too late for orders placed today")));
    CHECK_FALSE(appendix.contains(QStringLiteral("Nobody reads this page")));
    // In reading order: Checkout's cards before Installation day's.
    CHECK(appendix.indexOf(QStringLiteral("Confirmation page")) <
          appendix.indexOf(QStringLiteral("Install visit")));

    // The full report's appendix lists every card.
    const QString full = r.write({}, QStringLiteral("full.pdf"));
    const QString every = r.pages({}, full, PageKind::Appendix);
    for (const QString& title : allTitles)
        CHECK(every.contains(title));
}

TEST_CASE("a department report's map dims the other cards without transparency",
          "[report][department]")
{
    Report r;
    // The PDF's graphics states: a transparent card would add its own.
    const auto alphas = [&](const QString& pdf) {
        QSet<QString> found;
        const QRegularExpression ca(QStringLiteral("/ca ([0-9.]+)"));
        for (const auto& m : ca.globalMatch(QString::fromLatin1(test::readFile(pdf))))
            found.insert(m.captured(1));
        return found;
    };
    const QSet<QString> full = alphas(r.write({}, QStringLiteral("full.pdf")));
    QSet<QString> billing = alphas(r.write({Billing}, QStringLiteral("billing.pdf")));
    CHECK(billing.subtract(full).isEmpty());
    // The dimmed cards are still there to read, as context.
    const QString map =
        r.pages({Billing}, r.dir.file(QStringLiteral("billing.pdf")), PageKind::Map);
    CHECK(map.contains(QStringLiteral("Brand survey")));
    CHECK(map.contains(QStringLiteral("Order page")));
}

TEST_CASE("a department's section says how many of its cards are reviewed and lists the stale ones",
          "[report][department][reviews]")
{
    Report r;
    r.doc->setAuthor(QStringLiteral("ines"));
    REQUIRE_FALSE(edit::markReviewed(*r.doc, {1}));
    const QString pdf = r.write({Billing}, QStringLiteral("billing.pdf"));
    const QString section = r.pages({Billing}, pdf, PageKind::Department);
    CHECK(section.contains(
        QStringLiteral("1 of 3 Billing & Finance cards reviewed in the last 90 days. Not reviewed "
                       "within 90 days:")));
    CHECK(section.contains(QStringLiteral("Credit check holds the order")));
    CHECK(section.contains(QStringLiteral("never")));

    // A fortnight's interval, 100 days on: the reviewed card is stale too.
    REQUIRE_FALSE(edit::setReviewInterval(*r.doc, 14));
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(100);
    r.doc->setClock([later] { return later; });
    const QString pdf2 = r.write({Billing}, QStringLiteral("billing2.pdf"));
    const QString stale = r.pages({Billing}, pdf2, PageKind::Department);
    CHECK(stale.contains(
        QStringLiteral("0 of 3 Billing & Finance cards reviewed in the last 14 days")));
    CHECK(stale.contains(QStringLiteral(" by ines")));
}

TEST_CASE("a department's section lists the actions it owns, the overdue ones first",
          "[report][department][actions]")
{
    Report r;
    CardAction late;
    late.what = QStringLiteral("Run the batch at noon");
    late.ownerId = Billing;
    late.due = QDate(2020, 1, 31);
    REQUIRE_FALSE(edit::addAction(*r.doc, 6, late)); // Billing's pain point
    CardAction later = late;
    later.what = QStringLiteral("Plain words in the letter");
    later.due = QDate(2099, 1, 31);
    REQUIRE_FALSE(edit::addAction(*r.doc, 9, later));
    const QString pdf = r.write({Billing}, QStringLiteral("actions.pdf"));
    const QString section = r.pages({Billing}, pdf, PageKind::Department);
    CHECK(section.contains(
        QStringLiteral("Billing & Finance owns 2 actions on this journey; 1 overdue.")));
    const auto first = section.indexOf(QStringLiteral("Run the batch at noon"));
    const auto second = section.indexOf(QStringLiteral("Plain words in the letter"));
    CHECK(first >= 0);
    CHECK(second > first);
    CHECK(section.contains(QStringLiteral("overdue")));
}

TEST_CASE("page two says how much of the departments' map is reviewed and its overdue actions",
          "[report][department][executive][reviews]")
{
    Report r;
    const QString before = r.write({Billing}, QStringLiteral("before.pdf"));
    CHECK_FALSE(
        r.pages({Billing}, before, PageKind::Executive).contains(QStringLiteral("reviewed")));
    REQUIRE_FALSE(edit::markReviewed(*r.doc, {1}));
    CardAction late;
    late.what = QStringLiteral("Run the batch at noon");
    late.ownerId = Billing;
    late.due = QDate(2020, 1, 31);
    REQUIRE_FALSE(edit::addAction(*r.doc, 6, late));
    const QString pdf = r.write({Billing}, QStringLiteral("living.pdf"));
    CHECK(r.pages({Billing}, pdf, PageKind::Executive)
              .contains(QStringLiteral("1 of 3 cards reviewed in the last 90 days \u00b7 1 of 1 "
                                       "actions overdue.")));
    // The full report counts every card of the journey.
    const QString full = r.write({}, QStringLiteral("full.pdf"));
    CHECK(r.pages({}, full, PageKind::Executive)
              .contains(QStringLiteral("1 of 12 cards reviewed in the last 90 days")));
}

TEST_CASE("a department's feedback section covers the period the report is asked for",
          "[report][department][feedback]")
{
    Report r;
    Feedback old;
    old.cardId = 9; // Billing's "Jargon in the letter"
    old.text = QStringLiteral("What does pro rata even mean");
    old.kind = FeedbackKind::Complaint;
    old.sentiment = -2;
    old.date = QDate(2025, 1, 10);
    Feedback recent = old;
    recent.text = QStringLiteral("The letter reads like a contract");
    recent.sentiment = -1;
    recent.date = QDate(2026, 6, 1);
    REQUIRE(edit::addFeedbackItems(*r.doc, {old, recent}).ok());

    const auto section = [&r](const QDate& since, const QString& name) {
        report::ReportOptions options;
        options.departmentIds = {Billing};
        options.feedbackSince = since;
        const QString pdf = r.dir.file(name);
        REQUIRE_FALSE(report::writeReport(*r.doc, options, pdf));
        return r.pages({Billing}, pdf, PageKind::Department);
    };
    const QString thisYear = section(QDate(2026, 1, 1), QStringLiteral("2026.pdf"));
    CHECK(thisYear.contains(QStringLiteral("Customer feedback and praise")));
    CHECK(thisYear.contains(QStringLiteral("The letter reads like a contract")));
    CHECK_FALSE(thisYear.contains(QStringLiteral("pro rata")));
    const QString longer = section(QDate(2024, 12, 1), QStringLiteral("2024.pdf"));
    CHECK(longer.contains(QStringLiteral("pro rata")));
    CHECK(longer.contains(QStringLiteral("The letter reads like a contract")));
    // From the command line too (the map closed here: one program at a time).
    const QString map = r.doc->path();
    r.doc.reset();
    const QString cli = r.dir.file(QStringLiteral("cli.pdf"));
    const auto run =
        test::cxmap({QStringLiteral("export"), map, QStringLiteral("--pdf"), cli,
                     QStringLiteral("--department"), QStringLiteral("Billing & Finance"),
                     QStringLiteral("--since"), QStringLiteral("2024-12-01")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const auto bad = test::cxmap({QStringLiteral("export"), map, QStringLiteral("--pdf"), cli,
                                  QStringLiteral("--since"), QStringLiteral("last week")});
    CHECK(bad.code != 0);
    CHECK(bad.err.contains(QStringLiteral("--since is a day as YYYY-MM-DD")));
    auto reopened = Document::open(map);
    REQUIRE(reopened.ok());
    r.doc = std::move(reopened.value());
    CHECK(r.pages({Billing}, cli, PageKind::Department).contains(QStringLiteral("pro rata")));
}
