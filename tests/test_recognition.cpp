// Recognition (analysis/recognition.h): praise on customer moments credited
// backwards along the domino chain to the root causes and their departments,
// through chains of back-stage cards, branches and cycles; never for praise
// on a card that is no customer moment.

#include "analysis/recognition.h"
#include "bench/mapgenerator.h"
#include "feedbackfixture.h"

#include <catch2/catch.hpp>

using namespace cx;
using namespace cx::analysis;
using namespace cx::test;

namespace {

const QDate since(2026, 10, 1);
const QDate oct10(2026, 10, 10);

// Praise in the period on three moments and on the branded box (no moment),
// a complaint on the invoice, and praise on the help centre before the period.
void addPraise(FeedbackMap& m)
{
    m.add({feedbackItem(ParcelArrives, oct10, 2, FeedbackKind::Praise),
           feedbackItem(ParcelArrives, oct10, 1),
           feedbackItem(ParcelArrives, oct10, {}, FeedbackKind::Praise),
           feedbackItem(ParcelArrives, oct10, -2, FeedbackKind::Complaint),
           feedbackItem(TrackingPage, oct10, 2), feedbackItem(TrackingPage, oct10, 1),
           feedbackItem(ReturnsParcel, oct10, 2),
           feedbackItem(BrandedBox, oct10, 2, FeedbackKind::Praise),
           feedbackItem(BrandedBox, oct10, 2), feedbackItem(BrandedBox, oct10, 2),
           feedbackItem(BrandedBox, oct10, 1), feedbackItem(Invoice, oct10, -2),
           feedbackItem(HelpCentre, QDate(2026, 9, 1), 2), feedbackItem(0, oct10, 2)});
}

QList<Id> cardsOf(const QList<RootCauseCredit>& credits)
{
    QList<Id> out;
    for (const RootCauseCredit& c : credits)
        out << c.cardId;
    return out;
}

const RootCauseCredit* creditOf(const Recognition& r, Id cardId)
{
    for (const RootCauseCredit& c : r.rootCauses) {
        if (c.cardId == cardId)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("praise on a moment is credited to every root cause up the chain", "[recognition]")
{
    FeedbackMap m;
    addPraise(m);
    const Recognition r = recognition(m.doc->snapshot(), since);
    CHECK(r.praisedMoments == QList<Id>{ParcelArrives, TrackingPage, ReturnsParcel});
    CHECK(r.praise == 6);

    // Warehouse -> courier booking -> parcel arrives and tracking page: both
    // back-stage cards get both moments (a chain and a branch); the payment
    // service the tracking page only (a moment with several root causes).
    CHECK(cardsOf(r.rootCauses) == QList<Id>{Warehouse, Courier, Payment, ReturnsDesk, RefundRun});
    const RootCauseCredit* courier = creditOf(r, Courier);
    REQUIRE(courier);
    CHECK(courier->moments == QList<Id>{ParcelArrives, TrackingPage});
    CHECK(courier->praise == 5);
    CHECK(courier->departmentId == Logistics);
    CHECK(creditOf(r, Warehouse)->moments == QList<Id>{ParcelArrives, TrackingPage});
    CHECK(creditOf(r, Payment)->moments == QList<Id>{TrackingPage});
    CHECK(creditOf(r, Payment)->praise == 2);
    // The cycle returns desk -> returns parcel -> refund run -> returns desk:
    // both get the moment once, and it ends.
    CHECK(creditOf(r, ReturnsDesk)->moments == QList<Id>{ReturnsParcel});
    CHECK(creditOf(r, RefundRun)->moments == QList<Id>{ReturnsParcel});
    CHECK(creditOf(r, RefundRun)->praise == 1);
    // Praise before the period: the knowledge base gets none.
    CHECK_FALSE(creditOf(r, KnowledgeBase));

    const DepartmentRecognition* logistics = r.department(Logistics);
    REQUIRE(logistics);
    CHECK(logistics->ownedMoments == QList<Id>{ParcelArrives, ReturnsParcel});
    CHECK(logistics->ownedPraise == 4);
    CHECK(logistics->fedMoments == QList<Id>{ParcelArrives, TrackingPage, ReturnsParcel});
    CHECK(logistics->fedPraise == 6);
    CHECK(cardsOf(logistics->cards) == QList<Id>{Courier, ReturnsDesk});
    // IT's two root causes both feed the tracking page: it counts once.
    const DepartmentRecognition* it = r.department(It);
    REQUIRE(it);
    CHECK(it->ownedMoments == QList<Id>{TrackingPage});
    CHECK(it->fedMoments == QList<Id>{ParcelArrives, TrackingPage});
    CHECK(it->fedPraise == 5);
    CHECK(r.department(Finance)->fedMoments == QList<Id>{ReturnsParcel});
    CHECK(r.department(Finance)->ownedMoments.isEmpty());
    // Marketing's only praise is on the branded box and before the period.
    CHECK_FALSE(r.department(Marketing));
    QList<Id> order;
    for (const DepartmentRecognition& d : r.departments)
        order << d.departmentId;
    CHECK(order == QList<Id>{Logistics, It, Finance});
}

TEST_CASE("praise on a card that is no customer moment is credited to nobody", "[recognition]")
{
    FeedbackMap m;
    m.add({feedbackItem(BrandedBox, oct10, 2), feedbackItem(Courier, oct10, 2),
           feedbackItem(Warehouse, oct10, {}, FeedbackKind::Praise)});
    const Recognition r = recognition(m.doc->snapshot(), since);
    CHECK(r.praisedMoments.isEmpty());
    CHECK(r.rootCauses.isEmpty());
    CHECK(r.departments.isEmpty());
    const QStringList lines = recognitionLines(*m.doc, Logistics, since);
    CHECK(lines == QStringList{QStringLiteral(
                       "No praise since 2026-10-01 reached a customer moment that Logistics owns "
                       "or feeds.")});
}

TEST_CASE("without a period, all praise counts, a depends-on link included", "[recognition]")
{
    FeedbackMap m;
    addPraise(m);
    m.add({feedbackItem(HelpCentre, QDate(), 1)}); // undated: only without a period
    const Recognition all = recognition(m.doc->snapshot());
    CHECK(all.praisedMoments == QList<Id>{HelpCentre, ParcelArrives, TrackingPage, ReturnsParcel});
    REQUIRE(creditOf(all, KnowledgeBase));
    CHECK(creditOf(all, KnowledgeBase)->praise == 2);
    CHECK(all.department(Marketing)->ownedMoments == QList<Id>{HelpCentre});
    CHECK(all.department(Marketing)->fedMoments == QList<Id>{HelpCentre});
    // From a day after everything: nothing.
    CHECK(recognition(m.doc->snapshot(), QDate(2026, 10, 11)).praisedMoments.isEmpty());
}

TEST_CASE("recognition lines say what a department's work fed", "[recognition]")
{
    FeedbackMap m;
    addPraise(m);
    Card c = *m.doc->card(ReturnsDesk);
    c.title = QStringLiteral("Returns\ndesk"); // map text stays on one line
    REQUIRE_FALSE(edit::editCard(*m.doc, c));
    CHECK(recognitionLines(*m.doc, Logistics, since) ==
          QStringList{
              QStringLiteral("Logistics owns 2 praised moments (4 praise items) since 2026-10-01."),
              QStringLiteral("The back-stage and support cards of Logistics fed 3 praised "
                             "moments (6 praise items) since 2026-10-01."),
              QStringLiteral("\u201cCourier booking\u201d (Logistics) fed 2 praised moments "
                             "(5 praise items) since 2026-10-01."),
              QStringLiteral("\u201cReturns desk\u201d (Logistics) fed 1 praised moment "
                             "(1 praise item) since 2026-10-01.")});
    const QStringList finance = recognitionLines(*m.doc, Finance, since, 1);
    CHECK(finance == QStringList{QStringLiteral("The back-stage and support cards of Finance fed "
                                                "1 praised moment (1 praise item) since "
                                                "2026-10-01."),
                                 QStringLiteral("\u201cRefund run\u201d (Finance) fed 1 praised "
                                                "moment (1 praise item) since 2026-10-01.")});
    CHECK(recognitionLines(*m.doc, Logistics, since, 1).size() == 3);
    CHECK(recognitionLines(*m.doc, Marketing, since) ==
          QStringList{QStringLiteral("No praise since 2026-10-01 reached a customer moment that "
                                     "Marketing owns or feeds.")});
    CHECK(periodText({}) == QStringLiteral("so far"));
}

TEST_CASE("recognition on the 10,000-card map with 100,000 feedback items credits each moment "
          "once per root cause",
          "[recognition]")
{
    DocumentData data = bench::generateMap({});
    addRandomFeedback(data, 100000);
    const Recognition r = recognition(data, QDate(2026, 4, 1));
    REQUIRE_FALSE(r.praisedMoments.isEmpty());
    REQUIRE_FALSE(r.rootCauses.isEmpty());
    // A credit is a root cause feeding praised moments, each at most once.
    for (const RootCauseCredit& c : std::as_const(r.rootCauses)) {
        QList<Id> moments = c.moments;
        std::sort(moments.begin(), moments.end());
        CHECK(std::adjacent_find(moments.begin(), moments.end()) == moments.end());
        CHECK(c.praise >= c.moments.size());
    }
}
