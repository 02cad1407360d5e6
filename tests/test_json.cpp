#include <catch2/catch.hpp>

#include "io/jsonformat.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>
#include <vector>

using namespace cx;

namespace {

// The small document plus a second, future journey cloned from the first: it
// has one stage (4), one lane (4) and one card (6), and leaves every optional unset.
DocumentData twoJourneys()
{
    DocumentData d = test::smallDocument();
    d.journeys.append({2, QStringLiteral("Broadband (future)"), {}, JourneyState::Future, 0, 1, 1});
    d.stages.append({4, 2, QStringLiteral("Purchase"), {}, 0});
    d.lanes.append({4, 2, QStringLiteral("Touchpoints"), LaneKind::Touchpoint, 0});
    Card c;
    c.id = 6;
    c.stageId = 4;
    c.laneId = 4;
    c.title = QStringLiteral("One-click order");
    d.cards.append(c);
    return d;
}

// Sets (or, with an undefined value, removes) the value at a dotted path such
// as "journeys.0.cards.2.emotion" and returns the changed copy.
QJsonValue setAt(const QJsonValue& node, QStringList keys, const QJsonValue& value)
{
    const QString key = keys.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = key.toInt();
        a[i] = keys.isEmpty() ? value : setAt(a.at(i), keys, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (keys.isEmpty() && value.isUndefined())
        o.remove(key);
    else
        o[key] = keys.isEmpty() ? value : setAt(o.value(key), keys, value);
    return o;
}

QByteArray edited(const QString& path, const QJsonValue& value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(toJson(twoJourneys()));
    const QJsonValue root = setAt(doc.object(), path.split(QLatin1Char('.')), value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue parsed(const char* json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

} // namespace

TEST_CASE("a document survives a JSON round trip unchanged", "[json]")
{
    const DocumentData original = test::smallDocument();
    const QByteArray json = toJson(original);
    const Result<DocumentData> back = fromJson(json);
    REQUIRE(back.ok());
    CHECK(*back == original);
    CHECK(toJson(*back) == json);
    CHECK(json.contains("\n    \"departments\": [")); // indented
}

TEST_CASE("unset optionals round-trip as null", "[json]")
{
    DocumentData original = twoJourneys();
    original.departments[1].color = QColor(); // no colour
    original.departments[0].color = QColor(0x11, 0x22, 0x33, 0x80);
    const QByteArray json = toJson(original);
    const Result<DocumentData> back = fromJson(json);
    REQUIRE(back.ok());
    CHECK(*back == original);
    CHECK(toJson(*back) == json);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject future = root[QStringLiteral("journeys")][1].toObject();
    const QJsonObject card = future[QStringLiteral("cards")][0].toObject();
    CHECK(future[QStringLiteral("persona")].isNull());
    CHECK(future[QStringLiteral("source")].toInteger() == 1);
    CHECK(card[QStringLiteral("accountable")].isNull());
    CHECK(card[QStringLiteral("emotion")].isNull());
    CHECK(root[QStringLiteral("departments")][0][QStringLiteral("color")] == "#80112233");
    CHECK(root[QStringLiteral("departments")][1][QStringLiteral("color")].isNull());
    const QJsonObject first = root[QStringLiteral("journeys")][0].toObject();
    const QJsonValue kpis = first[QStringLiteral("cards")][0][QStringLiteral("kpis")];
    CHECK(kpis[1][QStringLiteral("target")].isNull());
    CHECK(kpis[0][QStringLiteral("unit")] == "%");
}

TEST_CASE("members left out take their defaults", "[json]")
{
    const QByteArray json = R"({"format": "cxmap", "version": 1,
        "departments": [{"id": 4, "name": "IT", "color": "red"}],
        "journeys": [{"id": 2, "name": "J", "stages": [{"id": 3, "name": "S"}],
                      "lanes": [{"id": 5, "name": "L", "kind": "backstage"}],
                      "cards": [{"id": 9, "stage": 3, "lane": 5, "title": "T"}]}]})";
    const Result<DocumentData> r = fromJson(json);
    REQUIRE(r.ok());
    CHECK(r->title.isEmpty());
    REQUIRE(r->departments.size() == 1);
    CHECK(r->departments[0].color == QColor(255, 0, 0));
    REQUIRE(r->cards.size() == 1);
    const Card& c = r->cards[0];
    CHECK(c.accountableId == 0);
    CHECK_FALSE(c.emotion.has_value());
    CHECK(c.evidence == Evidence::Assumed);
    CHECK(c.status == CardStatus::Open);
    CHECK(c.kpis.isEmpty());
    CHECK(r->journeys[0].state == JourneyState::Current);
}

TEST_CASE("the blank template parses", "[json]")
{
    QFile file(QStringLiteral(CXMAP_TEST_DATA "/../../resources/templates/blank.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<DocumentData> r = fromJson(file.readAll());
    INFO(r.error().message.toStdString());
    REQUIRE(r.ok());
    CHECK(r->departments.size() == 10);
    CHECK(r->departments[9].position == 9);
    CHECK(r->departments[0].color == QColor(0xcc, 0x66, 0x77));
    CHECK(r->journeys.size() == 1);
    CHECK(r->stages.size() == 9);
    CHECK(r->lanes.size() == 10);
    CHECK(r->lanes[9].kind == LaneKind::Note);
}

TEST_CASE("bad input is refused with the JSON path of the bad value", "[json]")
{
    struct Case
    {
        const char* what;
        QByteArray json;
        const char* message; // the expected start of the message
    };
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    const std::vector<Case> cases = {
        {"not JSON", "{\"format\": ", "not valid JSON at byte "},
        {"deep nesting", deep, "not valid JSON at byte "},
        {"not an object", "[1, 2]", "top level: expected an object"},
        {"wrong format", edited("format", "cxmop"), "format: \"cxmop\" is not \"cxmap\""},
        {"no format", edited("format", QJsonValue::Undefined), "format: required member"},
        {"version 0", edited("version", 0), "version: 0 is not a format version"},
        {"unknown member", edited("journeys.0.cards.0.emotoin", 1),
         "journeys[0].cards[0].emotoin: unknown member"},
        {"missing id", edited("journeys.0.cards.1.id", QJsonValue::Undefined),
         "journeys[0].cards[1].id: required member is missing"},
        {"duplicate id", edited("journeys.0.cards.1.id", 1),
         "journeys[0].cards[1].id: duplicate card id 1"},
        {"duplicate id across journeys", edited("journeys.1.stages.0.id", 2),
         "journeys[1].stages[0].id: duplicate stage id 2"},
        {"id 1.5", edited("departments.1.id", 1.5), "departments[1].id: 1.5 is not an integer"},
        {"id 0", edited("departments.1.id", 0), "departments[1].id: 0 is not a valid id"},
        {"string for a number", edited("journeys.0.cards.0.votes", "3"),
         "journeys[0].cards[0].votes: expected an integer, got a string"},
        {"null for a string", edited("journeys.0.name", QJsonValue::Null),
         "journeys[0].name: expected a string, got null"},
        {"negative votes", edited("journeys.0.cards.0.votes", -1),
         "journeys[0].cards[0].votes: -1 is out of range 0..1000000"},
        {"emotion 7", edited("journeys.0.cards.0.emotion", 7),
         "journeys[0].cards[0].emotion: 7 is out of range -2..2"},
        {"emotion 1.5", edited("journeys.0.cards.0.emotion", 1.5),
         "journeys[0].cards[0].emotion: 1.5 is not an integer"},
        {"unknown lane kind", edited("journeys.0.lanes.2.kind", "swimlane"),
         "journeys[0].lanes[2].kind: unknown lane kind \"swimlane\""},
        {"unknown link type", edited("journeys.0.links.1.type", "blocks"),
         "journeys[0].links[1].type: unknown link type \"blocks\""},
        {"unknown state", edited("journeys.1.state", "past"), "journeys[1].state: unknown"},
        {"dangling card stage", edited("journeys.0.cards.2.stage", 99),
         "journeys[0].cards[2].stage: no stage with id 99 in this journey"},
        {"stage of another journey", edited("journeys.0.cards.2.stage", 4),
         "journeys[0].cards[2].stage: no stage with id 4 in this journey"},
        {"lane of another journey", edited("journeys.1.cards.0.lane", 1),
         "journeys[1].cards[0].lane: no lane with id 1 in this journey"},
        {"link across journeys", edited("journeys.0.links.0.to", 6),
         "journeys[0].links[0].to: no card with id 6 in this journey"},
        {"self-link", edited("journeys.0.links.0.to", 3),
         "journeys[0].links[0].to: a link cannot join a card to itself"},
        {"bad colour", edited("departments.1.color", "blurple"),
         "departments[1].color: \"blurple\" is not a colour"},
        {"KPI CSAT 140",
         edited("journeys.0.cards.0.kpis.1", parsed(R"({"name": "CSAT", "kind": "csat",
                                                        "value": 140})")),
         "journeys[0].cards[0].kpis[1].value: 140 is out of range for a csat KPI"},
        {"KPI target out of range", edited("journeys.0.cards.3.kpis.0.target", 9),
         "journeys[0].cards[3].kpis[0].target: 9 is out of range for a ces KPI"},
        {"unknown KPI kind", edited("journeys.0.cards.0.kpis.0.kind", "roi"),
         "journeys[0].cards[0].kpis[0].kind: unknown KPI kind \"roi\""},
        {"contributing includes accountable",
         edited("journeys.0.cards.0.contributing", parsed("[2, 1]")),
         "journeys[0].cards[0].contributing[1]: department 1 is already accountable"},
        {"contributing twice", edited("journeys.0.cards.0.contributing", parsed("[2, 2]")),
         "journeys[0].cards[0].contributing[1]: department 2 is listed twice"},
        {"unknown accountable", edited("journeys.0.cards.0.accountable", 7),
         "journeys[0].cards[0].accountable: no department with id 7"},
        {"empty title", edited("journeys.0.cards.4.title", "  "),
         "journeys[0].cards[4].title: must not be empty"},
        {"empty department name", edited("departments.0.name", ""),
         "departments[0].name: must not be empty"},
        {"duplicate department name", edited("departments.1.name", " marketing"),
         "departments[1].name: duplicate department name"},
        {"unknown persona", edited("journeys.0.persona", 5),
         "journeys[0].persona: no persona with id 5"},
        {"unknown source", edited("journeys.1.source", 8),
         "journeys[1].source: no journey with id 8"},
        {"own source", edited("journeys.1.source", 2),
         "journeys[1].source: a journey cannot be its own source"},
        {"cards not an array", edited("journeys.0.cards", parsed("{}")),
         "journeys[0].cards: expected an array, got an object"},
        {"tag not a string", edited("journeys.0.cards.0.tags.1", 5),
         "journeys[0].cards[0].tags[1]: expected a string, got a number"},
        {"negative position", edited("journeys.0.cards.3.position", -1),
         "journeys[0].cards[3].position: -1 is less than 0"},
        {"dots of nobody", edited("journeys.0.cards.0.dots.1.participant", 9),
         "journeys[0].cards[0].dots[1].participant: no participant with id 9"},
        {"dots twice", edited("journeys.0.cards.0.dots.1.participant", 1),
         "journeys[0].cards[0].dots[1].participant: participant 1 is listed twice"},
        {"zero dots", edited("journeys.0.cards.0.dots.0.count", 0),
         "journeys[0].cards[0].dots[0].count: 0 is out of range 1..1000000"},
        {"fewer votes than dots", edited("journeys.0.cards.0.votes", 2),
         "journeys[0].cards[0].votes: 2 votes, fewer than the 3 dots of participants"},
        {"comment time", edited("journeys.0.cards.0.comments.1.time", "yesterday"),
         "journeys[0].cards[0].comments[1].time: \"yesterday\" is not an ISO 8601 date"},
        {"comment without text",
         edited("journeys.0.cards.0.comments.0.text", QJsonValue::Undefined),
         "journeys[0].cards[0].comments[0].text: required member is missing"},
        {"participant without a name", edited("participants.1.name", " "),
         "participants[1].name: must not be empty"},
        {"negative budget", edited("participants.0.budget", -5),
         "participants[0].budget: -5 is out of range 0..1000000"},
        {"picture not base64", edited("personas.0.picture", "not*base64!"),
         "personas[0].picture: not base64-encoded image bytes"},
    };
    for (const Case& c : cases) {
        const Result<DocumentData> r = fromJson(c.json);
        const std::string message = r.error().message.toStdString();
        INFO(c.what << ": " << message);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidData);
        CHECK(r.error().message.startsWith(QString::fromUtf8(c.message)));
    }
}

TEST_CASE("a file from a newer CXMap is refused by name", "[json]")
{
    const Result<DocumentData> r =
        fromJson(edited(QStringLiteral("version"), jsonFormatVersion + 1));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NewerVersion);
    CHECK(r.error().message.startsWith(QStringLiteral("version: ")));
    CHECK(r.error().message.contains(QStringLiteral("newer CXMap")));
}

TEST_CASE("card positions in a cell are renumbered in the given order", "[json]")
{
    // Cell (stage 2, lane 3) holds cards 3 and 4, the 3rd and 4th in the file.
    DocumentData d = test::smallDocument();
    d.cards[2].position = 7;
    d.cards[3].position = 2;
    Result<DocumentData> r = fromJson(toJson(d));
    REQUIRE(r.ok());
    CHECK(r->cards[2].position == 1);
    CHECK(r->cards[3].position == 0);

    // Ties keep the order of the file.
    QByteArray json = edited(QStringLiteral("journeys.0.cards.2.position"), 5);
    json = QJsonDocument(setAt(QJsonDocument::fromJson(json).object(),
                               QStringList{"journeys", "0", "cards", "3", "position"}, 5)
                             .toObject())
               .toJson();
    r = fromJson(json);
    REQUIRE(r.ok());
    CHECK(r->cards[2].position == 0);
    CHECK(r->cards[3].position == 1);
}

TEST_CASE("array order sets the positions of departments, journeys, stages and lanes", "[json]")
{
    DocumentData d = twoJourneys();
    d.departments[0].position = 1;
    d.departments[1].position = 0;
    d.stages[0].position = 2;
    d.stages[2].position = 0;
    const QByteArray json = toJson(d);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root[QStringLiteral("departments")][0][QStringLiteral("id")].toInteger() == 2);
    const Result<DocumentData> r = fromJson(json);
    REQUIRE(r.ok());
    CHECK(*r == d);
}

TEST_CASE("every truncation of a document is refused cleanly", "[json]")
{
    const QByteArray json = toJson(test::smallDocument());
    for (qsizetype n = 0; n < json.size() - 1; ++n) {
        const Result<DocumentData> r = fromJson(json.left(n));
        INFO(n);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(QStringLiteral("not valid JSON at byte ")));
    }
}
