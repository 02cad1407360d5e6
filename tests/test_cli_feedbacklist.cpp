// `cxmap feedback`: the customer feedback of a map listed (by department,
// card, the inbox, the period) with a summary; items assigned, redacted and
// deleted; the praise credited to a department.

#include "feedbackfixture.h"
#include "testprocess.h"

#include <catch2/catch.hpp>

using namespace cx;
using namespace cx::test;

namespace {

struct CliMap
{
    FeedbackMap m;
    QString path;
    QList<Id> ids; // nps, lovely, late, tracking, unsorted, nowhere, courier, undated

    CliMap()
    {
        Feedback unsorted = feedbackItem(0, QDate(2026, 10, 8), {}, FeedbackKind::Question,
                                         QStringLiteral("Where is it?"));
        unsorted.cardHint = QStringLiteral("Parcel");
        unsorted.candidates = {ParcelArrives, TrackingPage};
        Feedback nowhere =
            feedbackItem(0, QDate(2026, 10, 9), -1, {}, QStringLiteral("Bad\tservice"));
        nowhere.cardHint = QStringLiteral("Nowhere");
        Feedback late = feedbackItem(ParcelArrives, QDate(2026, 10, 7), -2, FeedbackKind::Complaint,
                                     QStringLiteral("Late\x1b[31m again"));
        late.source = FeedbackSource::Ticket;
        ids = m.add(
            {scoredItem(ParcelArrives, ScoreScale::Nps, 10, QDate(2026, 10, 10)),
             feedbackItem(ParcelArrives, QDate(2026, 10, 5), 2, FeedbackKind::Praise,
                          QStringLiteral("Lovely driver,\nvery kind")),
             late, scoredItem(TrackingPage, ScoreScale::Csat, 2, QDate(2026, 10, 6)), unsorted,
             nowhere,
             feedbackItem(Courier, QDate(2026, 10, 6), 1, {}, QStringLiteral("Call me: 555 1234")),
             feedbackItem(ReturnsParcel, QDate(), 1, {}, QStringLiteral("Undated"))});
        REQUIRE_FALSE(edit::redactFeedback(*m.doc, {ids[6]}));
        path = m.doc->path();
        m.doc.reset(); // the command line opens the file itself
    }

    Run run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("feedback"));
        return cxmap(args);
    }

    std::unique_ptr<Document> open() const
    {
        auto doc = Document::open(path, true);
        REQUIRE(doc.ok());
        return std::move(doc.value());
    }
};

} // namespace

TEST_CASE("cxmap feedback lists every item on one line and sums them up", "[cli][feedbacklist]")
{
    CliMap c;
    const Run r = c.run({});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("#%1 card 40 \u201cParcel arrives\u201d: no kind, +2, nps, "
                                        "2026-10-10, NPS 10 \u2014 \u201cSurvey answer 10\u201d\n")
                             .arg(c.ids[0])));
    CHECK(r.out.contains(QStringLiteral("#%1 card 40 \u201cParcel arrives\u201d: praise, +2, no "
                                        "source, 2026-10-05 \u2014 \u201cLovely driver, very "
                                        "kind\u201d\n")
                             .arg(c.ids[1])));
    // A control character in the words reaches the terminal escaped.
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    CHECK(r.out.contains(
        QStringLiteral("complaint, -2, ticket, 2026-10-07 \u2014 \u201cLate\\x1b[31m "
                       "again\u201d")));
    CHECK(r.out.contains(QStringLiteral("#%1 unsorted (said \u201cParcel\u201d; could be card 40 "
                                        "\u201cParcel arrives\u201d or card 41 \u201cTracking "
                                        "page\u201d): question, no sentiment")
                             .arg(c.ids[4])));
    CHECK(r.out.contains(
        QStringLiteral("#%1 unsorted (said \u201cNowhere\u201d; matches no card)").arg(c.ids[5])));
    CHECK(r.out.contains(QStringLiteral("\u2014 \u201cBad service\u201d\n")));
    CHECK(r.out.contains(QStringLiteral("#%1 card 31 \u201cCourier booking\u201d: no kind, +1, no "
                                        "source, 2026-10-06 \u2014 [redacted]\n")
                             .arg(c.ids[6])));
    CHECK(r.out.contains(QStringLiteral(": no kind, +1, no source, no date \u2014 \u201cUndated")));
    CHECK_FALSE(r.out.contains(QStringLiteral("555")));

    CHECK(r.out.contains(QStringLiteral("\n8 feedback items listed (6 on cards, 2 unsorted, 1 "
                                        "redacted)\n")));
    CHECK(r.out.contains(QStringLiteral("Unsorted: 2 items; mean sentiment \u22121.0; 0 praise, "
                                        "1 complaint\n")));
    // Delivery: the NPS answer, the two words and the redacted item; and the CSAT.
    CHECK(r.out.contains(QStringLiteral("Delivery: 5 items; mean sentiment +0.4; 3 praise, "
                                        "2 complaints; NPS +100 (1 response); CSAT 0% "
                                        "(1 response)\n")));
    CHECK(r.out.contains(QStringLiteral("Returns: 1 item; mean sentiment +1.0; 1 praise, "
                                        "0 complaints\n")));
}

TEST_CASE("cxmap feedback lists a department's, a card's, the inbox's or the period's items",
          "[cli][feedbacklist]")
{
    CliMap c;
    const auto listed = [](const Run& r) {
        REQUIRE(r.code == 0);
        QStringList lines;
        for (const QString& line : r.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')))
                lines << line.section(QLatin1Char(' '), 0, 0);
        }
        return lines;
    };
    const auto hashes = [&](std::initializer_list<int> indexes) {
        QStringList out;
        for (int i : indexes)
            out << QStringLiteral("#%1").arg(c.ids[i]);
        return out;
    };
    // Logistics: the parcel, the courier booking and the returns parcel, not IT's page.
    CHECK(listed(c.run({"--department", "logistics"})) == hashes({0, 1, 2, 6, 7}));
    CHECK(listed(c.run({"--card", "41"})) == hashes({3}));
    CHECK(listed(c.run({"--unsorted"})) == hashes({4, 5}));
    // From 7 October: the undated item is left out.
    CHECK(listed(c.run({"--since", "2026-10-07"})) == hashes({0, 2, 4, 5}));
    CHECK(listed(c.run({"--department", "IT", "--since", "2026-10-07"})).isEmpty());
    CHECK(c.run({"--department", "IT", "--since", "2026-10-07"}).out ==
          QStringLiteral("No feedback.\n"));
}

TEST_CASE("cxmap feedback assigns, redacts and deletes items", "[cli][feedbacklist]")
{
    CliMap c;
    const QString unsorted = QString::number(c.ids[4]);
    Run r = c.run({"--assign", unsorted + QStringLiteral(",") + unsorted, "--to", "40"});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out ==
          QStringLiteral("Assigned 1 feedback item to card 40 \u201cParcel arrives\u201d.\n"));
    {
        auto doc = c.open();
        CHECK(doc->feedback(c.ids[4])->cardId == ParcelArrives);
        CHECK(doc->feedback(c.ids[4])->candidates.isEmpty());
    }
    r = c.run({"--assign", unsorted, "--to", "unsorted"});
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("Moved 1 feedback item to the unsorted inbox.\n"));
    CHECK(c.open()->feedback(c.ids[4])->cardId == 0);

    r = c.run({"--redact", QStringLiteral("%1, %2").arg(c.ids[1]).arg(c.ids[2])});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Redacted 2 feedback items")));
    {
        auto doc = c.open();
        CHECK(doc->feedback(c.ids[1])->redacted);
        CHECK(doc->feedback(c.ids[1])->text.isEmpty());
        CHECK(doc->feedback(c.ids[2])->kind == FeedbackKind::Complaint); // it still counts
    }
    r = c.run({"--delete", QString::number(c.ids[3])});
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("Deleted 1 feedback item.\n"));
    auto doc = c.open();
    CHECK_FALSE(doc->feedback(c.ids[3]));
    CHECK(doc->feedbackCount() == 7);
}

TEST_CASE("cxmap feedback says what is wrong with its options", "[cli][feedbacklist]")
{
    CliMap c;
    Run r = c.run({"--redact", "999"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("has no feedback item 999")));
    r = c.run({"--redact", "1,abc"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("\u201cabc\u201d is not a feedback item id")));
    r = c.run({"--assign", "1"});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--assign needs --to")));
    r = c.run({"--assign", QString::number(c.ids[0]), "--to", "9999"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("has no card with id \u201c9999\u201d")));
    r = c.run({"--card", "0"});
    CHECK(r.code == 1);
    r = c.run({"--since", "yesterday"});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("YYYY-MM-DD")));
    r = c.run({"--recognition"});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--department NAME")));
    r = c.run({"--redact", "1", "--delete", "2"});
    CHECK(r.code == 2);
    r = c.run({"--department", "Nobody"});
    CHECK(r.code == 1);
    // Nothing changed on the way.
    CHECK(c.open()->feedbackCount() == 8);
}

TEST_CASE("cxmap feedback --recognition prints the praise credited to a department",
          "[cli][feedbacklist][recognition]")
{
    CliMap c;
    Run r = c.run({"--recognition", "--department", "Logistics", "--since", "2026-10-01"});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // The parcel's NPS 10 and the lovely driver; the courier booking fed it.
    CHECK(r.out ==
          QStringLiteral("Logistics owns 1 praised moment (2 praise items) since 2026-10-01.\n"
                         "The back-stage and support cards of Logistics fed 1 praised moment (2 "
                         "praise items) since 2026-10-01.\n"
                         "\u201cCourier booking\u201d (Logistics) fed 1 praised moment (2 praise "
                         "items) since 2026-10-01.\n"));
    // Without --since, the period is the 90 days before today.
    r = c.run({"--recognition", "--department", "IT"});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral(" since %1.\n")
                             .arg(QDate::currentDate().addDays(-90).toString(Qt::ISODate))));
}
