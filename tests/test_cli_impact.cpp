// `cxmap impact`, run as a user runs it: both chains of a card in text and
// JSON, the card found by title (within a journey) or id, ambiguity and
// absence as exit code 1, map text made safe for the terminal.

#include "analysis/chains.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cx;
using cx::test::cxmap;
using cx::test::Run;

namespace {

Card card(Id id, Id stageId, Id laneId, Id owner, const QString& title,
          std::optional<int> emotion = std::nullopt, Level severity = Level::None)
{
    Card c;
    c.id = id;
    c.stageId = stageId;
    c.laneId = laneId;
    c.accountableId = owner;
    c.title = title;
    c.emotion = emotion;
    c.severity = severity;
    return c;
}

// Journey "Broadband": stages Order, Install, Bill; lanes customer action (1),
// touchpoint (2), backstage (3), support process (4). Journey "Mobile": stage
// Order (4), touchpoint lane 5, with a second "Confirmation email".
//   2 wait 3, 3 depends_on 1 (1 => 3), 3 triggers 4, 3 feeds 5,
//   4 triggers 6, 6 feeds 3 (a cycle back to 3).
DocumentData impactMap()
{
    DocumentData d;
    d.title = QStringLiteral("Impact test map");
    d.departments = {
        {1, QStringLiteral("Billing & Finance"), QStringLiteral("BF"), Qt::red, {}, {}, 0},
        {2, QStringLiteral("IT"), QStringLiteral("IT"), Qt::blue, {}, {}, 1},
        {3, QStringLiteral("Logistics"), QStringLiteral("LOG"), Qt::green, {}, {}, 2}};
    d.journeys = {{1, QStringLiteral("Broadband"), {}, JourneyState::Current, 0, 0, 0},
                  {2, QStringLiteral("Mobile"), {}, JourneyState::Current, 0, 0, 1}};
    d.stages = {{1, 1, QStringLiteral("Order"), {}, 0},
                {2, 1, QStringLiteral("Install"), {}, 1},
                {3, 1, QStringLiteral("Bill"), {}, 2},
                {4, 2, QStringLiteral("Order"), {}, 0}};
    d.lanes = {{1, 1, QStringLiteral("Customer"), LaneKind::CustomerAction, 0},
               {2, 1, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 1},
               {3, 1, QStringLiteral("Back stage"), LaneKind::Backstage, 2},
               {4, 1, QStringLiteral("Support"), LaneKind::SupportProcess, 3},
               {5, 2, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 0}};
    d.cards = {
        card(1, 1, 4, 1, QStringLiteral("Tariff rules")),
        card(2, 1, 3, 2, QStringLiteral("Nightly\x1b]0;owned\x07 export")),
        card(3, 1, 3, 3, QStringLiteral("Order processing")),
        card(4, 1, 2, 3, QStringLiteral("Confirmation email"), -1),
        card(5, 2, 2, 3, QStringLiteral("Engineer visit"), 1),
        card(6, 3, 1, 1, QStringLiteral("Calls support"), 0, Level::High),
        card(7, 4, 5, 2, QStringLiteral("Confirmation email")),
    };
    d.cards[1].position = 0;
    d.cards[2].position = 1;
    d.links = {{1, 2, 3, LinkType::Wait, {}},     {2, 3, 1, LinkType::DependsOn, {}},
               {3, 3, 4, LinkType::Triggers, {}}, {4, 3, 5, LinkType::Feeds, {}},
               {5, 4, 6, LinkType::Triggers, {}}, {6, 6, 3, LinkType::Feeds, {}}};
    return d;
}

QString impactMapFile(const test::TempDir& dir)
{
    const QString path = dir.file(QStringLiteral("impact.cxmap"));
    auto created = Document::create(path, impactMap());
    REQUIRE(created.ok()); // closed at the end of this scope
    return path;
}

Run impact(const QString& map, const QStringList& options)
{
    return cxmap(QStringList{QStringLiteral("impact"), map} + options);
}

QList<Id> idsOf(const QJsonArray& entries)
{
    QList<Id> ids;
    for (const QJsonValue& e : entries)
        ids.append(e.toObject()[QStringLiteral("id")].toInteger());
    return ids;
}

QList<Id> idsOf(const QJsonValue& array)
{
    QList<Id> ids;
    for (const QJsonValue& v : array.toArray())
        ids.append(v.toInteger());
    return ids;
}

} // namespace

TEST_CASE("impact prints both chains of a card as trees with a summary", "[cli]")
{
    test::TempDir dir;
    const QString map = impactMapFile(dir);
    const Run r = impact(map, {QStringLiteral("--card"), QStringLiteral("  order PROCESSING ")});
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(u'\n');
    REQUIRE(lines.size() >= 14);
    CHECK(lines[0] == QStringLiteral("Impact of \u201cOrder processing\u201d (card 3)"));
    CHECK(lines[1] == QStringLiteral("  Order | Back stage | Logistics"));
    CHECK(lines[2] == QStringLiteral("Reaches 3 customer moments, 2 unhappy; root causes: 2 "
                                     "processes of Billing & Finance and IT."));
    // Forward: each card under the one its impact came from, the distance first.
    const QStringList expected = {
        QString(),
        QStringLiteral("Forward: 3 cards its impact reaches"),
        QStringLiteral("    1  -> Confirmation email  [Order | Touchpoints | Logistics]  unhappy "
                       "moment"),
        QStringLiteral("    2    -> Calls support  [Bill | Customer | Billing & Finance]  unhappy "
                       "moment"),
        QStringLiteral("    1  -> Engineer visit  [Install | Touchpoints | Logistics]  customer "
                       "moment"),
        QString(),
        QStringLiteral("Backward: 4 cards whose impact reaches it"),
        QStringLiteral(
            "    1  <- Nightly\\x1b]0;owned\\x07 export  [Order | Back stage | IT]  root "
            "cause"),
        QStringLiteral("    1  <- Tariff rules  [Order | Support | Billing & Finance]  root cause"),
        QStringLiteral("    1  <- Calls support  [Bill | Customer | Billing & Finance]"),
        QStringLiteral("    2    <- Confirmation email  [Order | Touchpoints | Logistics]"),
    };
    CHECK(lines.mid(3, expected.size()) == expected);
    // A title's escape sequence reaches the terminal as text, never raw.
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    CHECK_FALSE(r.out.contains(QChar(0x07)));
}

TEST_CASE("impact --json lists both chains with paths, links, flags and the summary", "[cli]")
{
    test::TempDir dir;
    const QString map = impactMapFile(dir);
    const Run r =
        impact(map, {QStringLiteral("--card-id"), QStringLiteral("3"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root[QStringLiteral("card")][QStringLiteral("title")] ==
          QStringLiteral("Order processing"));

    const QJsonArray forward = root[QStringLiteral("forward")].toArray();
    REQUIRE(idsOf(forward) == QList<Id>{4, 5, 6});
    const QJsonObject calls = forward[2].toObject();
    CHECK(calls[QStringLiteral("title")] == QStringLiteral("Calls support"));
    CHECK(calls[QStringLiteral("stage")] == QStringLiteral("Bill"));
    CHECK(calls[QStringLiteral("lane")] == QStringLiteral("Customer"));
    CHECK(calls[QStringLiteral("department")] == QStringLiteral("Billing & Finance"));
    CHECK(calls[QStringLiteral("distance")] == 2);
    CHECK(idsOf(calls[QStringLiteral("path")]) == QList<Id>{3, 4, 6});
    CHECK(idsOf(calls[QStringLiteral("links")]) == QList<Id>{3, 5});
    CHECK(calls[QStringLiteral("unhappy")] == true);                  // a high pain point itself
    CHECK(forward[1].toObject()[QStringLiteral("unhappy")] == false); // emotion +1
    CHECK(idsOf(root[QStringLiteral("forward_links")]) == QList<Id>{3, 4, 5});

    const QJsonArray backward = root[QStringLiteral("backward")].toArray();
    REQUIRE(idsOf(backward) == QList<Id>{2, 1, 6, 4});
    const QJsonObject tariff = backward[1].toObject();
    CHECK(idsOf(tariff[QStringLiteral("path")]) == QList<Id>{1, 3}); // depends_on, reversed
    CHECK(tariff[QStringLiteral("root_cause")] == true);
    CHECK(backward[2].toObject()[QStringLiteral("root_cause")] == false);
    CHECK(idsOf(backward[3].toObject()[QStringLiteral("path")]) == QList<Id>{4, 6, 3});
    CHECK(idsOf(root[QStringLiteral("backward_links")]) == QList<Id>{1, 2, 5, 6});
    // JSON keeps the title exactly.
    CHECK(backward[0].toObject()[QStringLiteral("title")] ==
          QStringLiteral("Nightly\x1b]0;owned\x07 export"));

    const QJsonObject summary = root[QStringLiteral("summary")].toObject();
    CHECK(summary[QStringLiteral("customer_moments")] == 3);
    CHECK(summary[QStringLiteral("unhappy")] == 2);
    CHECK(summary[QStringLiteral("root_causes")] == 2);
    const QJsonArray groups = summary[QStringLiteral("root_causes_by_department")].toArray();
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].toObject()[QStringLiteral("department")] ==
          QStringLiteral("Billing & Finance"));
    CHECK(idsOf(groups[0].toObject()[QStringLiteral("cards")]) == QList<Id>{1});
    CHECK(groups[1].toObject()[QStringLiteral("department")] == QStringLiteral("IT"));
    CHECK(idsOf(groups[1].toObject()[QStringLiteral("cards")]) == QList<Id>{2});
}

TEST_CASE("impact finds one card or says which, several or none exit with 1", "[cli]")
{
    test::TempDir dir;
    const QString map = impactMapFile(dir);
    Run r = impact(map, {QStringLiteral("--card"), QStringLiteral("confirmation EMAIL")});
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("2 cards are titled")));
    CHECK(r.err.contains(QStringLiteral("--card-id")));
    CHECK(r.err.contains(
        QStringLiteral("\n  4  Broadband / Order / Touchpoints: Confirmation email")));
    CHECK(
        r.err.contains(QStringLiteral("\n  7  Mobile / Order / Touchpoints: Confirmation email")));

    // --journey narrows the search; --card-id picks one directly.
    r = impact(map, {QStringLiteral("--card"), QStringLiteral("Confirmation email"),
                     QStringLiteral("--journey"), QStringLiteral("mobile")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("(card 7)")));
    CHECK(r.out.contains(QStringLiteral("Reaches no customer moment; no root cause.")));
    r = impact(map, {QStringLiteral("--card-id"), QStringLiteral("4")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Impact of \u201cConfirmation email\u201d (card 4)")));
    // Around the cycle: 4 reaches 6 and 5; 3 and the processes behind it reach 4.
    CHECK(r.out.contains(QStringLiteral("Reaches 2 customer moments, 1 unhappy; root causes: 3 "
                                        "processes of Billing & Finance, IT and Logistics.")));

    struct Case
    {
        QStringList options;
        QString says;
    };
    const QList<Case> failures = {
        {{QStringLiteral("--card"), QStringLiteral("Nope")}, QStringLiteral("no card titled")},
        {{QStringLiteral("--card"), QStringLiteral("Tariff rules"), QStringLiteral("--journey"),
          QStringLiteral("Mobile")},
         QStringLiteral("in the journey \u201cMobile\u201d")},
        {{QStringLiteral("--card-id"), QStringLiteral("99")},
         QStringLiteral("no card with the id 99")},
        {{QStringLiteral("--card-id"), QStringLiteral("1"), QStringLiteral("--journey"),
          QStringLiteral("Mobile")},
         QStringLiteral("card 1 is not in the journey")},
        {{QStringLiteral("--card-id"), QStringLiteral("1"), QStringLiteral("--journey"),
          QStringLiteral("Fixed line")},
         QStringLiteral("it has: Broadband, Mobile")},
    };
    for (const Case& c : failures) {
        INFO(c.options.join(u' ').toStdString());
        r = impact(map, c.options);
        CHECK(r.code == 1);
        CHECK(r.err.contains(c.says));
    }
    // Both ways of naming the card, or neither: bad usage.
    for (const QStringList& options :
         {QStringList{}, QStringList{QStringLiteral("--card"), QStringLiteral("Tariff rules"),
                                     QStringLiteral("--card-id"), QStringLiteral("1")}}) {
        r = impact(map, options);
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("usage:")));
    }
}

TEST_CASE("impact on the sample map agrees with the analysis", "[cli]")
{
    test::TempDir dir;
    const QString map = test::sampleMapFile(dir);
    const DocumentData sample = test::sampleDocument();
    const Run r = impact(map, {QStringLiteral("--card"), QStringLiteral("monthly billing run"),
                               QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const Id id = root[QStringLiteral("card")][QStringLiteral("id")].toInteger();
    const analysis::CardChains chains = analysis::chainsOfCard(sample, id);
    REQUIRE(chains.cardId == id);
    QList<Id> forward, backward;
    for (const analysis::ChainCard& c : chains.forward.cards)
        forward.append(c.cardId);
    for (const analysis::ChainCard& c : chains.backward.cards)
        backward.append(c.cardId);
    CHECK(idsOf(root[QStringLiteral("forward")].toArray()) == forward);
    CHECK(idsOf(root[QStringLiteral("backward")].toArray()) == backward);
    // The billing run is fed by processes of several departments, and feeds the invoice.
    CHECK(root[QStringLiteral("summary")][QStringLiteral("root_causes")].toInt() >= 3);
    CHECK(root[QStringLiteral("summary")][QStringLiteral("unhappy")].toInt() >= 1);
}
