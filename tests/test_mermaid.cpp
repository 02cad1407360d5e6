// A journey as a Mermaid "journey" diagram (io/mermaidformat.h): the export,
// the reader with its "line N" messages and the import as a new journey.

#include <catch2/catch.hpp>

#include "io/jsonformat.h"
#include "io/mermaidformat.h"
#include "model/enumnames.h"
#include "model/templates.h"
#include "testutil.h"

#include <QFile>
#include <QUndoStack>

#include <algorithm>
#include <tuple>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const QString& path, const DocumentData& data)
{
    auto doc = Document::create(path, data);
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

// A customer-facing card as a diagram shows it.
struct Task
{
    QString stage;
    QString title;
    int emotion = 0;
    QStringList actors;
    bool operator==(const Task&) const = default;
};

QStringList actorsOf(const Card& c, const QHash<Id, QString>& departments)
{
    QStringList actors;
    if (c.accountableId != 0)
        actors.append(departments.value(c.accountableId));
    for (Id id : c.contributingIds)
        actors.append(departments.value(id));
    return actors;
}

// The front-stage cards of a journey, by stage, then lane, then position.
QList<Task> frontStageTasks(const DocumentData& d, Id journeyId)
{
    const test::Places places(d);
    const auto& [journeys, stages, lanes, departments] = places;
    QList<Card> cards;
    for (const Card& c : d.cards) {
        if (stages[c.stageId]->journeyId == journeyId && isFrontStage(lanes[c.laneId]->kind))
            cards.append(c);
    }
    std::sort(cards.begin(), cards.end(), [&](const Card& a, const Card& b) {
        return std::tuple(stages[a.stageId]->position, lanes[a.laneId]->position, a.position) <
               std::tuple(stages[b.stageId]->position, lanes[b.laneId]->position, b.position);
    });
    QList<Task> tasks;
    for (const Card& c : cards)
        tasks.append(
            {stages[c.stageId]->name, c.title, c.emotion.value_or(0), actorsOf(c, departments)});
    return tasks;
}

QString parseError(const char* text)
{
    const Result<MermaidJourney> journey = fromMermaid(QByteArray(text));
    return journey ? QString() : journey.error().message;
}

} // namespace

TEST_CASE("a journey is written as a Mermaid journey diagram", "[mermaid]")
{
    const DocumentData sample = test::sampleDocument();
    const Id journeyId = sample.journeys.first().id;
    const QString text = QString::fromUtf8(toMermaid(sample, journeyId));
    CHECK(text.startsWith(QStringLiteral("journey\n  title Home broadband, current state\n"
                                         "  section Awareness\n")));
    const QList<Task> tasks = frontStageTasks(sample, journeyId);
    REQUIRE(tasks.size() == 39);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 2 + 9 + tasks.size()); // journey, title, sections, tasks
    // Emotion -2..2 is the score 1..5, the accountable department comes first.
    CHECK(lines.contains(QStringLiteral("    Calls support to ask where the order is: 1: "
                                        "Customer Support")));
    // A colon in a title would end the task name: a look-alike stands in.
    CHECK(
        lines.contains(QStringLiteral("    Social ad\uA789 'Full fibre from \u00a325 a month': 4: "
                                      "Marketing, Product")));
    for (const QString& line : lines.mid(2)) {
        if (!line.startsWith(QLatin1String("  section ")))
            CHECK(line.count(u':') <= 2);
    }
    CHECK(toMermaid(sample, journeyId + 100).isEmpty());
}

TEST_CASE("the sample's customer-facing cards survive a Mermaid round trip", "[mermaid]")
{
    const DocumentData sample = test::sampleDocument();
    const Id journeyId = sample.journeys.first().id;
    const Result<MermaidJourney> diagram = fromMermaid(toMermaid(sample, journeyId));
    REQUIRE(diagram.ok());
    CHECK(diagram->title == sample.journeys.first().name);
    CHECK(diagram->sections.size() == 9);

    test::TempDir dir;
    Result<DocumentData> blank = templateData(QStringLiteral("blank"));
    REQUIRE(blank.ok());
    auto doc = newDoc(dir.file(QStringLiteral("m.cxmap")), *blank);
    const DocumentData before = doc->snapshot();
    const Result<QList<Id>> added = importMermaid(*doc, *diagram);
    REQUIRE(added.ok());
    CHECK(added->size() == 39);
    CHECK(doc->undoStack()->count() == 1);

    const Journey* imported = doc->journeyByName(sample.journeys.first().name);
    REQUIRE(imported);
    CHECK(doc->journeyIds().last() == imported->id);
    REQUIRE(doc->laneIds(imported->id).size() == 1);
    const Lane* lane = doc->lane(doc->laneIds(imported->id).first());
    CHECK(lane->name == QStringLiteral("Touchpoints"));
    CHECK(lane->kind == LaneKind::Touchpoint);
    CHECK(frontStageTasks(doc->snapshot(), imported->id) == frontStageTasks(sample, journeyId));
    CHECK(doc->departmentIds().size() == 10); // all found by name

    // A second import is a new journey under a free name.
    REQUIRE(importMermaid(*doc, *diagram).ok());
    CHECK(doc->journeyByName(sample.journeys.first().name + QStringLiteral(" (2)")));
    CHECK(doc->undoStack()->count() == 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(doc->snapshot() == before);
    CHECK(test::onDisk(doc->path()) == before);
}

TEST_CASE("Mermaid's special characters and keywords in names round-trip", "[mermaid]")
{
    DocumentData d = test::smallDocument();
    d.departments[0].name = QStringLiteral("Sales, EMEA: #1");
    d.stages[0].name = QStringLiteral("Aware: ness #2; ok");
    d.cards[0].title = QStringLiteral("Ad: 50% off; #1 deal\nsecond line");
    d.cards[1].title = QStringLiteral("section 2 of the checkout");
    d.journeys[0].name = QStringLiteral("Broadband: 2024; #1");
    const QByteArray text = toMermaid(d, 1);
    const Result<MermaidJourney> diagram = fromMermaid(text);
    REQUIRE(diagram.ok());
    CHECK(diagram->title == d.journeys[0].name);
    REQUIRE(diagram->sections.size() == 3);
    CHECK(diagram->sections[0].name == d.stages[0].name);
    REQUIRE(diagram->sections[0].tasks.size() == 1);
    const MermaidTask& ad = diagram->sections[0].tasks[0];
    CHECK(ad.name == d.cards[0].title); // the line break too, written as <br>
    CHECK(ad.score == 4);
    CHECK(ad.actors == QStringList{QStringLiteral("Sales, EMEA: #1"), QStringLiteral("IT")});
    REQUIRE(diagram->sections[1].tasks.size() == 1);
    CHECK(diagram->sections[1].tasks[0].name == d.cards[1].title);
    CHECK(diagram->sections[1].tasks[0].score == 1);
    // Mermaid itself would read "section 2 ..." as a section: the name is guarded.
    CHECK_FALSE(text.contains("\n    section 2"));
}

TEST_CASE("comments, blank lines and accessibility lines are skipped", "[mermaid]")
{
    const Result<MermaidJourney> diagram = fromMermaid("\xEF\xBB\xBF%% a comment\r\n"
                                                       "journey\r\n"
                                                       "\r\n"
                                                       "  accTitle: For screen readers\r\n"
                                                       "  accDescr {\r\n"
                                                       "    several lines: 3\r\n"
                                                       "  }\r\n"
                                                       "  section Purchase # the first\r\n"
                                                       "    Orders online: 5: Sales ,  IT ,\r\n"
                                                       "    Waits: 2\r\n");
    REQUIRE(diagram.ok());
    CHECK(diagram->title.isEmpty());
    REQUIRE(diagram->sections.size() == 1);
    CHECK(diagram->sections[0].name == QStringLiteral("Purchase"));
    CHECK(diagram->sections[0].line == 8);
    REQUIRE(diagram->sections[0].tasks.size() == 2);
    CHECK(diagram->sections[0].tasks[0] ==
          MermaidTask{9, QStringLiteral("Orders online"), 5, {QStringLiteral("Sales"), "IT"}});
    CHECK(diagram->sections[0].tasks[1] == MermaidTask{10, QStringLiteral("Waits"), 2, {}});

    test::TempDir dir;
    DocumentData empty;
    auto doc = newDoc(dir.file(QStringLiteral("e.cxmap")), empty);
    REQUIRE(importMermaid(*doc, *diagram).ok());
    const Journey* j = doc->journeyByName(QStringLiteral("Imported journey"));
    REQUIRE(j);
    const Card* orders = doc->card(doc->cardIdsOfJourney(j->id).first());
    CHECK(orders->emotion == 2);
    CHECK(doc->department(orders->accountableId)->name == QStringLiteral("Sales"));
    CHECK(doc->department(orders->contributingIds.first())->shortName == QStringLiteral("IT"));
}

TEST_CASE("a malformed Mermaid diagram names its line", "[mermaid]")
{
    CHECK(parseError("") == QStringLiteral("line 1: expected \u201cjourney\u201d (the diagram is "
                                           "empty)"));
    CHECK(parseError("title A\njourney\n") ==
          QStringLiteral("line 1: expected \u201cjourney\u201d, the diagram type, first"));
    CHECK(parseError("journey\n  Task: 3\n") ==
          QStringLiteral("line 2: a task before the first section"));
    CHECK(parseError("journey\nsection A\n  Task: 7: X\n") ==
          QStringLiteral("line 3: the score 7 is out of range 1..5"));
    CHECK(parseError("journey\nsection A\n  Task: high\n") ==
          QStringLiteral("line 3: the score \u201chigh\u201d is not a whole number 1..5"));
    CHECK(parseError("journey\nsection A\n  Just words\n") ==
          QStringLiteral("line 3: expected \u201csection NAME\u201d or a task \u201cNAME: "
                         "SCORE\u201d or \u201cNAME: SCORE: ACTORS\u201d"));
    CHECK(parseError("journey\ntitle A\ntitle B\n") == QStringLiteral("line 3: a second title"));
    CHECK(parseError("journey\nsection\n") ==
          QStringLiteral("line 2: a section needs a name (without \u201c:\u201d)"));
    CHECK(parseError("journey\nsection A\n  : 3\n") ==
          QStringLiteral("line 3: the task has no name"));
    CHECK(parseError("journey\nsection A\n  Caf\xC3: 3\n") ==
          QStringLiteral("line 3: not valid UTF-8"));
    CHECK(parseError("journey\nsection A\njourney\n") ==
          QStringLiteral("line 3: \u201cjourney\u201d a second time"));
}
