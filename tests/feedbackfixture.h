#pragma once

// A small map for the tests of customer feedback: its counts (feedbackstats),
// recognition along the domino chain, the digest and `cxmap feedback`.
//
// Departments: 1 Marketing, 2 Logistics, 3 IT, 4 Finance. One journey with
// stages 1 Order, 2 Delivery, 3 Returns; lanes 1 customer action,
// 2 touchpoint, 3 backstage, 4 support process, 5 physical evidence.
//
//   30 Warehouse system (IT, backstage, Order) feeds 31 Courier booking
//   (Logistics, backstage, Delivery), which feeds 40 Parcel arrives
//   (Logistics, touchpoint) and 41 Tracking page (IT, touchpoint) and the
//   physical evidence 43 Branded box (Marketing): backstage -> backstage ->
//   touchpoint, a branch.
//   32 Payment service (IT, support, Delivery) feeds 41 too: a moment with
//   several root causes.
//   33 Returns desk (Logistics, backstage, Returns) feeds 42 Returns parcel
//   (Logistics, customer action), which triggers 34 Refund run (Finance,
//   support), which feeds 33: a cycle.
//   30 feeds 44 Invoice (Finance, touchpoint, Returns).
//   45 Help centre (Marketing, touchpoint, Order) depends on 35 Knowledge base
//   (Marketing, support, Order): impact flows 35 -> 45.

#include "commands/edit.h"
#include "model/document.h"
#include "model/feedbackrules.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <random>

namespace cx::test {

enum FeedbackMapIds : Id
{
    Marketing = 1,
    Logistics = 2,
    It = 3,
    Finance = 4,
    Warehouse = 30,
    Courier = 31,
    Payment = 32,
    ReturnsDesk = 33,
    RefundRun = 34,
    KnowledgeBase = 35,
    ParcelArrives = 40,
    TrackingPage = 41,
    ReturnsParcel = 42,
    BrandedBox = 43,
    Invoice = 44,
    HelpCentre = 45,
};

inline Card feedbackMapCard(Id id, Id stage, Id lane, Id owner, const char* title, int position = 0)
{
    Card c;
    c.id = id;
    c.stageId = stage;
    c.laneId = lane;
    c.accountableId = owner;
    c.title = QString::fromUtf8(title);
    c.position = position;
    return c;
}

inline DocumentData feedbackMapData()
{
    DocumentData d;
    d.title = QStringLiteral("Feedback test map");
    d.departments = {{Marketing, QStringLiteral("Marketing"), QStringLiteral("MKT"), {}, {}, {}, 0},
                     {Logistics, QStringLiteral("Logistics"), QStringLiteral("LOG"), {}, {}, {}, 1},
                     {It, QStringLiteral("IT"), QStringLiteral("IT"), {}, {}, {}, 2},
                     {Finance, QStringLiteral("Finance"), QStringLiteral("FIN"), {}, {}, {}, 3}};
    d.journeys = {{1, QStringLiteral("Online order"), {}, JourneyState::Current, 0, 0, 0}};
    d.stages = {{1, 1, QStringLiteral("Order"), {}, 0},
                {2, 1, QStringLiteral("Delivery"), {}, 1},
                {3, 1, QStringLiteral("Returns"), {}, 2}};
    d.lanes = {{1, 1, QStringLiteral("Customer"), LaneKind::CustomerAction, 0},
               {2, 1, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 1},
               {3, 1, QStringLiteral("Back stage"), LaneKind::Backstage, 2},
               {4, 1, QStringLiteral("Support"), LaneKind::SupportProcess, 3},
               {5, 1, QStringLiteral("Evidence"), LaneKind::PhysicalEvidence, 4}};
    d.cards = {feedbackMapCard(Warehouse, 1, 3, It, "Warehouse system"),
               feedbackMapCard(Courier, 2, 3, Logistics, "Courier booking"),
               feedbackMapCard(Payment, 2, 4, It, "Payment service"),
               feedbackMapCard(ReturnsDesk, 3, 3, Logistics, "Returns desk"),
               feedbackMapCard(RefundRun, 3, 4, Finance, "Refund run"),
               feedbackMapCard(KnowledgeBase, 1, 4, Marketing, "Knowledge base"),
               feedbackMapCard(ParcelArrives, 2, 2, Logistics, "Parcel arrives"),
               feedbackMapCard(TrackingPage, 2, 2, It, "Tracking page", 1),
               feedbackMapCard(ReturnsParcel, 3, 1, Logistics, "Returns parcel"),
               feedbackMapCard(BrandedBox, 2, 5, Marketing, "Branded box"),
               feedbackMapCard(Invoice, 3, 2, Finance, "Invoice"),
               feedbackMapCard(HelpCentre, 1, 2, Marketing, "Help centre")};
    d.links = {{1, Warehouse, Courier, LinkType::Feeds, {}},
               {2, Courier, ParcelArrives, LinkType::Feeds, {}},
               {3, Courier, TrackingPage, LinkType::Feeds, {}},
               {4, Courier, BrandedBox, LinkType::Feeds, {}},
               {5, Payment, TrackingPage, LinkType::Feeds, {}},
               {6, ReturnsDesk, ReturnsParcel, LinkType::Feeds, {}},
               {7, ReturnsParcel, RefundRun, LinkType::Triggers, {}},
               {8, RefundRun, ReturnsDesk, LinkType::Feeds, {}},
               {9, Warehouse, Invoice, LinkType::Feeds, {}},
               {10, HelpCentre, KnowledgeBase, LinkType::DependsOn, {}}};
    return d;
}

// One item on a card (0: the inbox).
inline Feedback feedbackItem(Id cardId, const QDate& date, std::optional<int> sentiment,
                             FeedbackKind kind = FeedbackKind::None, const QString& text = {})
{
    Feedback f;
    f.cardId = cardId;
    f.date = date;
    f.sentiment = sentiment;
    f.kind = kind;
    f.text = text.isEmpty() ? QStringLiteral("Some words") : text;
    return f;
}

// A survey answer, with the sentiment its score says (as an import sets it).
inline Feedback scoredItem(Id cardId, ScoreScale scale, int score, const QDate& date)
{
    Feedback f;
    f.cardId = cardId;
    f.date = date;
    f.scale = scale;
    f.score = score;
    f.sentiment = sentimentOfScore(scale, score);
    f.source = scale == ScoreScale::Nps ? FeedbackSource::Nps : FeedbackSource::Survey;
    f.text = QStringLiteral("Survey answer %1").arg(score);
    return f;
}

// The map as a file, open, its clock at 2026-11-01 10:00 UTC.
struct FeedbackMap
{
    TempDir dir;
    std::unique_ptr<Document> doc;

    FeedbackMap()
    {
        auto created =
            Document::create(dir.file(QStringLiteral("feedback.cxmap")), feedbackMapData());
        REQUIRE(created.ok());
        doc = std::move(created.value());
        doc->setClock([] { return QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC); });
    }

    QList<Id> add(const QList<Feedback>& items)
    {
        auto ids = edit::addFeedbackItems(*doc, items);
        if (!ids.ok())
            FAIL(ids.error().message.toStdString());
        return ids.value();
    }
};

} // namespace cx::test

namespace cx::test {

// n items spread over the cards of d (one in ten in the inbox), each with a
// day in 2026, about half with a sentiment, some with an NPS or a CSAT score:
// the benchmark's feedback.
inline void addRandomFeedback(DocumentData& d, int n, unsigned seed = 7)
{
    std::mt19937 rng(seed);
    const auto pick = [&rng](int k) { return std::uniform_int_distribution<int>(0, k - 1)(rng); };
    d.feedback.reserve(d.feedback.size() + n);
    Id next = 1;
    for (const Feedback& f : d.feedback)
        next = std::max(next, f.id + 1);
    for (int i = 0; i < n; ++i) {
        Feedback f;
        f.id = next++;
        f.cardId = pick(10) == 0 ? 0 : d.cards[pick(int(d.cards.size()))].id;
        f.date = QDate(2026, 1, 1).addDays(pick(365));
        f.kind = FeedbackKind(pick(5));
        f.text = QStringLiteral("The customer said something about item %1").arg(i);
        const int scale = pick(4);
        if (scale == 0) {
            f.scale = ScoreScale::Nps;
            f.score = pick(11);
            f.sentiment = sentimentOfScore(f.scale, f.score);
        } else if (scale == 1) {
            f.scale = ScoreScale::Csat;
            f.score = pick(5) + 1;
            f.sentiment = sentimentOfScore(f.scale, f.score);
        } else if (scale == 2) {
            f.sentiment = pick(5) - 2;
        }
        d.feedback.append(f);
    }
}

} // namespace cx::test
