// `cxmap stats` ranks by the priority score and shows one stage emotion with
// the pain points beside it (issue 18, part 2); --json names each figure once.

#include "analysis/priority.h"
#include "model/document.h"
#include "testcards.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace cx;

namespace {

Card card(Id id, Id stage, Id lane, const QString& title, Id owner, std::optional<int> emotion,
          Level severity = Level::None, Level impact = Level::None)
{
    Card c = test::makeCard(id, stage, lane, title, owner, emotion, severity);
    c.impact = impact;
    return c;
}

// Stage 1 has an emotion lane at +1 and a touchpoint at -2: the stage emotion
// is the emotion lane's (+1), with a High pain point beside it. Stage 2 has
// no emotion lane card: its touchpoint's -1. No card has a vote.
//   "Batch delay" (High, feeds the -2 touchpoint): 3 x (1 + 1) = 6.
//   "Form too long" (Medium, emotion -1): 2 + 1 = 3.
//   Opportunity "Send an SMS" (impact Medium): 2.
DocumentData statsMap()
{
    DocumentData d;
    d.title = QStringLiteral("Stats");
    d.journeys = {{1, QStringLiteral("Current"), {}, JourneyState::Current, 0, 0, 0}};
    d.stages = {{1, 1, QStringLiteral("Apply"), {}, 0}, {2, 1, QStringLiteral("Wait"), {}, 1}};
    d.lanes = {{1, 1, QStringLiteral("Touch"), LaneKind::Touchpoint, 0},
               {2, 1, QStringLiteral("Feels"), LaneKind::Emotion, 1},
               {3, 1, QStringLiteral("Pain"), LaneKind::PainPoint, 2},
               {4, 1, QStringLiteral("Ideas"), LaneKind::Opportunity, 3}};
    d.departments = {
        {1, QStringLiteral("Billing"), QStringLiteral("FIN"), QColor(Qt::green), {}, {}, 0},
        {2, QStringLiteral("Web"), QStringLiteral("WEB"), QColor(Qt::blue), {}, {}, 1}};
    d.cards = {
        card(1, 1, 1, QStringLiteral("Form"), 2, -2),
        card(2, 1, 2, QStringLiteral("Hopeful"), 0, 1),
        card(3, 1, 3, QStringLiteral("Batch delay"), 1, std::nullopt, Level::High),
        card(4, 2, 1, QStringLiteral("Status page"), 2, -1),
        card(5, 2, 3, QStringLiteral("Form too long"), 2, -1, Level::Medium),
        card(6, 2, 4, QStringLiteral("Send an SMS"), 1, std::nullopt, Level::None, Level::Medium)};
    d.links = {{1, 3, 1, LinkType::Feeds, {}}};
    return d;
}

} // namespace

TEST_CASE("cxmap stats ranks by priority and shows one stage emotion with its pain points",
          "[cli][stats]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("stats.cxmap"));
    REQUIRE(Document::create(path, statsMap()).ok());

    const test::Run text = test::cxmap({QStringLiteral("stats"), path});
    REQUIRE(text.code == 0);
    INFO(text.out.toStdString());
    CHECK(text.out.contains(
        QRegularExpression(QStringLiteral("Apply\\s+3\\s+\\+1\\.00\\s+1 \\(1 high\\)"))));
    CHECK(text.out.contains(
        QRegularExpression(QStringLiteral("Wait\\s+3\\s+-1\\.00\\s+1 \\(1 medium\\)"))));
    CHECK_FALSE(text.out.contains(QStringLiteral("curve")));
    CHECK(text.out.contains(QStringLiteral("Pain points by priority (2 of 2)")));
    CHECK(text.out.indexOf(QStringLiteral("Batch delay")) <
          text.out.indexOf(QStringLiteral("Form too long")));
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\\n\\s+6 high\\s+1\\s+Billing"))));
    // Nobody voted: no votes column.
    CHECK_FALSE(text.out.contains(QStringLiteral("votes")));

    const test::Run json = test::cxmap({QStringLiteral("stats"), path, QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonObject journey = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()[QStringLiteral("journeys")]
                                    .toArray()
                                    .first()
                                    .toObject();
    const QJsonObject apply = journey[QStringLiteral("stages")].toArray().first().toObject();
    CHECK(apply[QStringLiteral("stage_emotion")].toDouble() == 1.0);
    CHECK_FALSE(apply.contains(QStringLiteral("curve")));
    CHECK_FALSE(apply.contains(QStringLiteral("mean_emotion")));
    CHECK(apply[QStringLiteral("pain_points_by_severity")].toObject()[QStringLiteral("high")] == 1);
    const QJsonArray priorities = journey[QStringLiteral("priorities")].toArray();
    REQUIRE(priorities.size() == 3);
    const auto score = [&](int i) {
        return priorities[i].toObject()[QStringLiteral("score")].toInt();
    };
    CHECK(priorities[0].toObject()[QStringLiteral("title")] == QStringLiteral("Batch delay"));
    CHECK(score(0) == 6);
    CHECK(priorities[0].toObject()[QStringLiteral("unhappy_reached")] == 1);
    CHECK(score(1) == 3);
    CHECK(priorities[2].toObject()[QStringLiteral("kind")] == QStringLiteral("opportunity"));
    CHECK(score(2) == 2);
    // The department's pain priority is the sum of its pain points' scores.
    for (const QJsonValue& d : journey[QStringLiteral("departments")].toArray()) {
        const QJsonObject o = d.toObject();
        const int expected = o[QStringLiteral("department")] == QStringLiteral("Billing") ? 6 : 3;
        CHECK(o[QStringLiteral("pain_priority")].toInt() == expected);
    }
}

TEST_CASE("cxmap stats prints names holding %-signs as written", "[cli][stats]")
{
    test::TempDir dir;
    DocumentData data = statsMap();
    data.departments[1].name = QStringLiteral("Web %2 %1");
    data.stages[1].name = QStringLiteral("Wait %3");
    const QString path = dir.file(QStringLiteral("percent.cxmap"));
    REQUIRE(Document::create(path, data).ok());
    const test::Run text = test::cxmap({QStringLiteral("stats"), path});
    REQUIRE(text.code == 0);
    INFO(text.out.toStdString());
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\\n  Web %2 %1 +3 "))));
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\\n  Wait %3 +3 +-1\\.00"))));
    CHECK(
        text.out.contains(QRegularExpression(QStringLiteral("Web %2 %1 +Wait %3 +Form too long"))));
}

TEST_CASE("cxmap stats prints a map title holding %-signs as written", "[cli][stats]")
{
    // The title heads a message whose later markers are the counts: they
    // must not land in the title ("R%1D %2" once read "R2D 1").
    test::TempDir dir;
    DocumentData data = statsMap();
    data.title = QStringLiteral("R%1D %2 map");
    const QString path = dir.file(QStringLiteral("title.cxmap"));
    REQUIRE(Document::create(path, data).ok());
    const test::Run text = test::cxmap({QStringLiteral("stats"), path});
    REQUIRE(text.code == 0);
    INFO(text.out.toStdString());
    CHECK(text.out.startsWith(
        QStringLiteral("R%1D %2 map\n2 departments, 1 journeys, 6 cards, 1 links\n")));
}
