// Customer feedback counted (analysis/feedbackstats.h): per card, stage and
// department, in the period; NPS and CSAT per stage from survey scores; the
// strongest quotes of a department, never a redacted one; the inbox apart.

#include "analysis/feedbackstats.h"
#include "bench/mapgenerator.h"
#include "feedbackfixture.h"

#include <catch2/catch.hpp>

using namespace cx;
using namespace cx::analysis;
using namespace cx::test;

namespace {

const QDate oct10(2026, 10, 10);

QStringList quoteTexts(const Document& doc, const QList<FeedbackQuote>& quotes)
{
    QStringList out;
    for (const FeedbackQuote& q : quotes)
        out << doc.feedback(q.feedbackId)->text;
    return out;
}

} // namespace

TEST_CASE("NPS and CSAT per stage come from the survey scores", "[feedbackstats]")
{
    FeedbackMap m;
    QList<Feedback> items;
    // Delivery: 10 NPS answers, 5 promoters (10 10 9 9 9) and 2 detractors (3 5).
    for (int score : {10, 10, 9, 3, 8, 7})
        items << scoredItem(ParcelArrives, ScoreScale::Nps, score, oct10);
    for (int score : {9, 9, 7, 5})
        items << scoredItem(TrackingPage, ScoreScale::Nps, score, oct10);
    // Returns: 4 CSAT answers, 2 of them 4 or 5.
    for (int score : {5, 4})
        items << scoredItem(ReturnsParcel, ScoreScale::Csat, score, oct10);
    for (int score : {2, 1})
        items << scoredItem(Invoice, ScoreScale::Csat, score, oct10);
    // Order: 2 of 3 promoters, no detractor: 66.7 rounds to 67.
    for (int score : {10, 9, 7})
        items << scoredItem(HelpCentre, ScoreScale::Nps, score, oct10);
    m.add(items);

    const FeedbackStats s = feedbackStats(m.doc->snapshot());
    const FeedbackTally delivery = s.stage(2);
    CHECK(delivery.count == 10);
    CHECK(delivery.npsResponses == 10);
    CHECK(delivery.promoters == 5);
    CHECK(delivery.detractors == 2);
    CHECK(delivery.nps() == 30);
    CHECK_FALSE(delivery.csat().has_value());
    // The sentiments the scores say: 2 2 1 -2 0 0 1 1 0 -1.
    REQUIRE(delivery.meanSentiment().has_value());
    CHECK(*delivery.meanSentiment() == Approx(0.4));
    CHECK(delivery.praise == 5);
    CHECK(delivery.complaints == 2);

    const FeedbackTally returns = s.stage(3);
    CHECK(returns.csatResponses == 4);
    CHECK(returns.csat() == 50);
    CHECK_FALSE(returns.nps().has_value());
    CHECK(s.stage(1).nps() == 67);

    // Per department: Logistics' NPS (3 promoters, 1 detractor of 6) and CSAT.
    CHECK(s.department(Logistics).nps() == 33);
    CHECK(s.department(Logistics).csat() == 100);
    CHECK(s.department(It).nps() == 25);
    CHECK(s.department(Finance).csat() == 0);
    CHECK(s.card(TrackingPage).count == 4);

    // All detractors: -100; all promoters: +100.
    FeedbackTally t;
    for (int score : {0, 6})
        t.add(scoredItem(1, ScoreScale::Nps, score, oct10));
    CHECK(t.nps() == -100);
    t = {};
    t.add(scoredItem(1, ScoreScale::Nps, 9, oct10));
    CHECK(t.nps() == 100);
}

TEST_CASE("feedback counts per card, stage and department, the inbox apart", "[feedbackstats]")
{
    FeedbackMap m;
    m.add({feedbackItem(ParcelArrives, oct10, {}, FeedbackKind::Praise),
           feedbackItem(ParcelArrives, oct10, 1),
           feedbackItem(ParcelArrives, oct10, -2, FeedbackKind::Complaint),
           feedbackItem(ParcelArrives, oct10, 0, FeedbackKind::Question),
           feedbackItem(Courier, oct10, -1, FeedbackKind::Complaint),
           feedbackItem(HelpCentre, oct10, 2), feedbackItem(0, oct10, 2),
           feedbackItem(0, oct10, -2)});

    const FeedbackStats s = feedbackStats(m.doc->snapshot());
    const FeedbackTally parcel = s.card(ParcelArrives);
    CHECK(parcel.count == 4);
    CHECK(parcel.rated == 3);
    CHECK(*parcel.meanSentiment() == Approx(-1.0 / 3));
    CHECK(parcel.praise == 2);
    CHECK(parcel.complaints == 1);

    const FeedbackTally logistics = s.department(Logistics);
    CHECK(logistics.count == 5); // the back-stage card's item too
    CHECK(logistics.praise == 2);
    CHECK(logistics.complaints == 2);
    CHECK(*logistics.meanSentiment() == Approx(-0.5));
    CHECK(s.department(Marketing).praise == 1);
    CHECK(s.department(It).count == 0);
    CHECK_FALSE(s.department(It).meanSentiment().has_value());

    CHECK(s.stage(2).count == 5);
    CHECK(s.stage(1).count == 1);
    CHECK_FALSE(s.stages.contains(3));
    CHECK(s.onCards.count == 6);
    CHECK(s.unsorted.count == 2);
    CHECK(s.unsorted.praise == 1);
    CHECK_FALSE(s.cards.contains(0));
    CHECK_FALSE(s.departments.contains(0)); // every card here has an owner

    // Praise and complaints never overlap.
    CHECK_FALSE(isComplaint(feedbackItem(1, oct10, -1, FeedbackKind::Praise)));
    CHECK(isComplaint(feedbackItem(1, oct10, {}, FeedbackKind::Complaint)));
    CHECK(isComplaint(feedbackItem(1, oct10, -1, FeedbackKind::Suggestion)));
    CHECK_FALSE(isComplaint(feedbackItem(1, oct10, 0, FeedbackKind::Question)));
}

TEST_CASE("the period counts items from its first day on, undated ones only without a period",
          "[feedbackstats]")
{
    FeedbackMap m;
    m.add({feedbackItem(ParcelArrives, QDate(2026, 9, 30), 2),
           feedbackItem(ParcelArrives, QDate(2026, 10, 1), 1),
           feedbackItem(ParcelArrives, QDate(2026, 10, 15), -1),
           feedbackItem(ParcelArrives, QDate(), -2), feedbackItem(0, QDate(2026, 9, 1), 2),
           feedbackItem(0, QDate(2026, 10, 2), -2)});
    const DocumentData data = m.doc->snapshot();

    const FeedbackStats period = feedbackStats(data, QDate(2026, 10, 1));
    CHECK(period.since == QDate(2026, 10, 1));
    CHECK(period.card(ParcelArrives).count == 2);
    CHECK(*period.card(ParcelArrives).meanSentiment() == Approx(0.0));
    CHECK(period.card(ParcelArrives).praise == 1);
    CHECK(period.unsorted.count == 1);
    CHECK(period.beforePeriod == 2);
    CHECK(period.undated == 1);

    const FeedbackStats all = feedbackStats(data);
    CHECK(all.card(ParcelArrives).count == 4);
    CHECK(all.card(ParcelArrives).praise == 2);
    CHECK(all.unsorted.count == 2);
    CHECK(all.beforePeriod == 0);
    CHECK(all.undated == 0);
}

TEST_CASE("a department's strongest quotes: strongest, then newest; redacted ones count but "
          "are never quoted",
          "[feedbackstats]")
{
    FeedbackMap m;
    const QList<Id> ids = m.add({
        feedbackItem(ParcelArrives, QDate(2026, 10, 5), 2, {}, QStringLiteral("Fast!")),
        feedbackItem(ReturnsParcel, QDate(2026, 10, 7), 2, {}, QStringLiteral("Lovely driver")),
        feedbackItem(ParcelArrives, QDate(2026, 10, 20), 1, {}, QStringLiteral("ok fine")),
        feedbackItem(ParcelArrives, QDate(2026, 10, 30), 2, {},
                     QStringLiteral("Call me on 555 1234, Jane Doe")),
        feedbackItem(Courier, QDate(2026, 10, 31), 2, {}, QStringLiteral(" \n\t ")),
        feedbackItem(ParcelArrives, QDate(2026, 10, 31), {}, FeedbackKind::Praise,
                     QStringLiteral("Nice box")),
        feedbackItem(ParcelArrives, QDate(2026, 9, 1), 2, {}, QStringLiteral("old praise")),
        feedbackItem(ParcelArrives, QDate(2026, 10, 2), -2, {},
                     QStringLiteral("Late again\nand again")),
        feedbackItem(ReturnsDesk, QDate(2026, 10, 25), -1, FeedbackKind::Complaint,
                     QStringLiteral("meh")),
        feedbackItem(HelpCentre, QDate(2026, 10, 30), 2, {}, QStringLiteral("Marketing's")),
        feedbackItem(0, QDate(2026, 10, 30), 2, {}, QStringLiteral("In the inbox")),
    });
    const QDate since(2026, 10, 1);
    StrongestQuotes q = strongestQuotes(m.doc->snapshot(), Logistics, since, 3);
    CHECK(quoteTexts(*m.doc, q.praise) ==
          QStringList{QStringLiteral("Call me on 555 1234, Jane Doe"),
                      QStringLiteral("Lovely driver"), QStringLiteral("Fast!")});
    CHECK(q.praise[1].cardId == ReturnsParcel);
    CHECK(quoteTexts(*m.doc, q.complaints) ==
          QStringList{QStringLiteral("Late again\nand again"), QStringLiteral("meh")});

    const int praiseBefore = feedbackStats(m.doc->snapshot(), since).department(Logistics).praise;
    REQUIRE_FALSE(edit::redactFeedback(*m.doc, {ids[3]}));
    q = strongestQuotes(m.doc->snapshot(), Logistics, since, 3);
    CHECK(quoteTexts(*m.doc, q.praise) == QStringList{QStringLiteral("Lovely driver"),
                                                      QStringLiteral("Fast!"),
                                                      QStringLiteral("ok fine")});
    // The redacted item still counts.
    const FeedbackStats after = feedbackStats(m.doc->snapshot(), since);
    CHECK(after.department(Logistics).praise == praiseBefore);
    CHECK(after.department(Logistics).count == 8);

    // All time: the old praise comes in among the strongest; unrated last.
    q = strongestQuotes(m.doc->snapshot(), Logistics, {}, 10);
    CHECK(quoteTexts(*m.doc, q.praise) ==
          QStringList{QStringLiteral("Lovely driver"), QStringLiteral("Fast!"),
                      QStringLiteral("old praise"), QStringLiteral("ok fine"),
                      QStringLiteral("Nice box")});
    CHECK(strongestQuotes(m.doc->snapshot(), It, since).praise.isEmpty());
    CHECK(strongestQuotes(m.doc->snapshot(), Logistics, since, 0).praise.isEmpty());

    CHECK(quoteLine(QStringLiteral("Late again\nand\t\tagain  ")) ==
          QStringLiteral("Late again and again"));
    const QString cut = quoteLine(QString(300, QLatin1Char('x')), 100);
    CHECK(cut.size() == 100);
    CHECK(cut.endsWith(QChar(0x2026)));
}

TEST_CASE("100,000 feedback items on the 10,000-card map are each counted once", "[feedbackstats]")
{
    DocumentData data = bench::generateMap({});
    addRandomFeedback(data, 100000);
    const FeedbackStats s = feedbackStats(data, QDate(2026, 4, 1));
    // Every item once: in the period on a card or in the inbox, or left out.
    CHECK(s.onCards.count + s.unsorted.count + s.beforePeriod + s.undated == 100000);
    int perStage = 0;
    int perDepartment = 0;
    for (const FeedbackTally& t : std::as_const(s.stages))
        perStage += t.count;
    for (const FeedbackTally& t : std::as_const(s.departments))
        perDepartment += t.count;
    CHECK(perStage == s.onCards.count);
    CHECK(perDepartment == s.onCards.count);
    CHECK(s.beforePeriod > 0);
    CHECK(s.unsorted.count > 0);
}

TEST_CASE("a tally reads as one line with its signs and singulars right", "[feedbackstats]")
{
    FeedbackTally t;
    t.add(scoredItem(1, ScoreScale::Csat, 5, oct10));
    CHECK(feedbackSummary(t) ==
          QStringLiteral("1 item; mean sentiment +2.0; 1 praise, 0 complaints; CSAT 100% "
                         "(1 response)"));
    t.add(scoredItem(1, ScoreScale::Nps, 2, oct10));
    t.add(scoredItem(1, ScoreScale::Nps, 0, oct10));
    t.add(feedbackItem(1, oct10, {}, FeedbackKind::Question));
    CHECK(feedbackSummary(t) ==
          QStringLiteral("4 items; mean sentiment \u22120.7; 1 praise, 2 complaints; NPS "
                         "\u2212100 (2 responses); CSAT 100% (1 response)"));
    FeedbackTally quiet;
    quiet.add(feedbackItem(1, oct10, {}, FeedbackKind::Complaint));
    CHECK(feedbackSummary(quiet) ==
          QStringLiteral("1 item; no sentiment given; 0 praise, 1 complaint"));
    CHECK(signedSentiment(-0.04) == QStringLiteral("0.0"));
    CHECK(signedSentiment(0.25) == QStringLiteral("+0.3"));
    CHECK(signedNps(0) == QStringLiteral("0"));
    CHECK(signedNps(-12) == QStringLiteral("\u221212"));
}
