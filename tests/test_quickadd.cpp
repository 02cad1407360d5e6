#include <catch2/catch.hpp>

#include "commands/edit.h"
#include "io/jsonformat.h"
#include "io/quickadd.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "testutil.h"

#include <QFile>
#include <QUndoStack>

using namespace cx;

namespace {

std::unique_ptr<Document> newDoc(const test::TempDir& dir)
{
    auto doc = Document::create(dir.file(QStringLiteral("doc.cxmap")), test::smallDocument());
    REQUIRE(doc.ok());
    return std::move(doc.value());
}

// A parsed line written back in the quick-add syntax, with its names spelled
// as in the document; a name still to be created ends with '*' (a new lane
// also shows its kind).
QString describe(const QuickAdd& q, const Document& doc)
{
    const auto department = [&](Id id) {
        return id < 0 ? q.newDepartments.value(-id - 1) + QLatin1Char('*')
                      : doc.department(id)->name;
    };
    const Card& c = q.card;
    QString s = c.stageId < 0 ? q.newStage + QLatin1Char('*') : doc.stage(c.stageId)->name;
    s += QLatin1Char('/');
    s += c.laneId < 0 ? QStringLiteral("%1*(%2)").arg(q.newLane, toString(q.newLaneKind))
                      : doc.lane(c.laneId)->name;
    s += QStringLiteral(": ") + c.title;
    if (c.accountableId != 0)
        s += QStringLiteral(" @") + department(c.accountableId);
    for (Id d : c.contributingIds)
        s += QStringLiteral(" +") + department(d);
    if (c.severity != Level::None)
        s += QStringLiteral(" !") + toString(c.severity);
    if (c.emotion)
        s += QStringLiteral(" %1%2").arg(*c.emotion >= 0 ? "+" : "").arg(*c.emotion);
    if (!c.channel.isEmpty())
        s += QStringLiteral(" #") + c.channel;
    return s;
}

struct Row
{
    const char* line;
    const char* expected; // describe() of the result, or "error: " and part of the message
};

// The fallback cell of every row: Awareness / Customer.
const Row rows[] = {
    {"purchase / touchpoint: Checkout page times out @IT +Billing !pain -2 #web",
     "Purchase/Touchpoints: Checkout page times out @IT +Billing* !medium -2 #web"},
    {"Title only", "Awareness/Customer: Title only"},
    {"  Purchase/Touchpoints:   Spaces   collapse  ", "Purchase/Touchpoints: Spaces collapse"},
    {"pur / back: Credit check fails +it +MKT +1",
     "Purchase/Back stage: Credit check fails +IT +Marketing +1"},
    {"Billing: Invoice unclear !high #Email", "Billing/Customer: Invoice unclear !high #email"},
    {"/ touchpoints: Call centre @mkt -1", "Awareness/Touchpoints: Call centre @Marketing -1"},
    {"aw / customer action: Sees ad +0", "Awareness/Customer: Sees ad +0"},
    {"bill / Front-stage: Invoice !low", "Billing/Touchpoints: Invoice !low"},
    {"10:30 call with sales", "Awareness/Customer: 10:30 call with sales"},
    {": Note: colon in title", "Awareness/Customer: Note: colon in title"},
    {"Price shown \\#1 \\@home", "Awareness/Customer: Price shown #1 @home"},
    {"Fix router @IT +it +Marketing", "Awareness/Customer: Fix router @IT +Marketing"},
    {"Fix router +Marketing @Mark", "Awareness/Customer: Fix router @Marketing"},
    {"Pay a + b - c !", "Awareness/Customer: Pay a + b - c !"},
    {"renewal / front: Renewal letter @Legal", "Renewal*/Touchpoints: Renewal letter @Legal*"},
    {"purchase / Partner calls (backstage): Courier books slot",
     "Purchase/Partner calls*(backstage): Courier books slot"},
    {"purchase / pain_point: Slow page", "Purchase/Pain points*(pain_point): Slow page"},
    {"purchase / back stage (backstage): Known lane, kind given",
     "Purchase/Back stage: Known lane, kind given"},
    {"Sees ad @\"Billing & Finance\" +Customer_Support +legal +Legal",
     "Awareness/Customer: Sees ad @Billing & Finance* +Customer Support* +Legal*"},
    {"Sees ad #in_person #", "Awareness/Customer: Sees ad # #in_person"},
    // A bare number is the emotion only as the last word after a mark.
    {"Call back @IT within 2 days", "Awareness/Customer: Call back within 2 days @IT"},
    {"Slow page @IT !pain 2", "Awareness/Customer: Slow page @IT !medium +2"},
    {"Slow page #web 0", "Awareness/Customer: Slow page +0 #web"},
    {"Slow page #web -1", "Awareness/Customer: Slow page -1 #web"},
    {"Top 2", "Awareness/Customer: Top 2"},
    {"Wait for @IT 5", "Awareness/Customer: Wait for 5 @IT"},
    {"Wait @IT 2 3", "Awareness/Customer: Wait 2 3 @IT"},
    // Bad input: refused with a message that says what to type instead.
    {"purchase / touchpoint: @IT -1", "error: The card needs a title"},
    {"purchase / touchpoint:", "error: The card needs a title"},
    {"Slow page +7", "error: Emotion is -2..+2, not +7"},
    {"Slow page -3", "error: Emotion is -2..+2, not -3"},
    {"Slow page -1 +2", "error: Two emotion scores: -1 and +2"},
    {"purchase / Partners (frontline): Courier", "error: Unknown lane kind “frontline”"},
    {"purchase / Partners: Courier",
     "error: Unknown lane “Partners”: to add it, give its kind, e.g. “Partners (touchpoint)”"},
    {"purchase / customer (backstage): x",
     "error: Lane “Customer” is customer_action, not backstage"},
    {"Page !urgent", "error: Unknown mark !urgent: use !pain, !low, !medium or !high"},
    {"Page @IT @Marketing", "error: One accountable department per card: @Marketing"},
    {"Page #web #app", "error: One channel per card: #web and #app"},
    {"Page @\"\"", "error: @ needs a department name"},
};

} // namespace

TEST_CASE("Quick-add lines parse into cards and missing names", "[quickadd]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    for (const Row& row : rows) {
        const QString line = QString::fromUtf8(row.line);
        const QString expected = QString::fromUtf8(row.expected);
        INFO(line.toStdString());
        const Result<QuickAdd> q = parseQuickAdd(line, *doc, 1, 1, 1);
        if (expected.startsWith(QLatin1String("error: "))) {
            REQUIRE_FALSE(q.ok());
            CHECK(q.error().code == ErrorCode::InvalidArgument);
            CHECK_THAT(q.error().message.toStdString(),
                       Catch::Contains(expected.mid(7).toStdString()));
        } else {
            REQUIRE(q.ok());
            CHECK(describe(*q, *doc).toStdString() == expected.toStdString());
        }
    }
}

TEST_CASE("Quick-add needs a cell and refuses ambiguous prefixes", "[quickadd]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const auto message = [&](const char* line, Id stage, Id lane) {
        const Result<QuickAdd> q = parseQuickAdd(QString::fromUtf8(line), *doc, 1, stage, lane);
        REQUIRE_FALSE(q.ok());
        return q.error().message;
    };
    CHECK(message("Title only", 0, 0).startsWith(QStringLiteral("Which stage?")));
    CHECK(message("Purchase: Title", 0, 0).startsWith(QStringLiteral("Which lane?")));
    CHECK(message("/ touchpoint: Title", 0, 2).startsWith(QStringLiteral("Which stage?")));
    CHECK(message("Title", 1, 99).startsWith(QStringLiteral("Which lane?")));

    REQUIRE(edit::addStage(*doc, 1, QStringLiteral("Payment")).ok());
    CHECK(message("P / customer: Title", 1, 1) ==
          QStringLiteral("Stage “P” could match “Purchase”, “Payment”: type more of it"));
    CHECK(parseQuickAdd(QStringLiteral("Pa / customer: Title"), *doc, 1, 1, 1).ok());
}

TEST_CASE("Quick-add completes stages, lanes, departments and channels", "[quickadd]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    REQUIRE(edit::addDepartment(*doc, Department{0,
                                                 QStringLiteral("Billing & Finance"),
                                                 QStringLiteral("BF"),
                                                 QColor(Qt::red),
                                                 {},
                                                 {},
                                                 -1})
                .ok());
    const auto complete = [&](const char* line) {
        return quickAddCompletions(QString::fromUtf8(line), *doc, 1);
    };
    const auto start = [](const char* line) { return quickAddTokenStart(QString::fromUtf8(line)); };

    CHECK(complete("") == QStringList{"Awareness / ", "Purchase / ", "Billing / "});
    CHECK(complete("pu") == QStringList{"Purchase / "});
    CHECK(start("pu") == 0);
    CHECK(complete("Purchase / ") == QStringList{"Customer: ", "Touchpoints: ", "Back stage: "});
    CHECK(complete("Purchase / t") == QStringList{"Touchpoints: "});
    CHECK(start("Purchase / t") == 11);
    CHECK(complete("Purchase / Touchpoints: Slow") == QStringList{});
    CHECK(complete("Purchase / Touchpoints: Slow @") ==
          QStringList{"@Marketing", "@IT", "@\"Billing & Finance\""});
    CHECK(complete("Purchase / Touchpoints: Slow @i") == QStringList{"@IT"});
    CHECK(complete("Slow +b") == QStringList{"+\"Billing & Finance\""});
    CHECK(complete("Slow +mk") == QStringList{"+Marketing"}); // by short name
    CHECK(complete("Slow @\"Billing &") == QStringList{"@\"Billing & Finance\""});
    CHECK(start("Slow @\"Billing &") == 5);
    CHECK(complete("Slow #w") == QStringList{"#web"});
    CHECK(complete("Slow #so") == QStringList{"#social"}); // used in the journey
    CHECK(start("Purchase / Touchpoints: Slow #w") == 29);
    CHECK(complete("Slow -") == QStringList{});
}

TEST_CASE("Quick-add adds the card and the missing names in one undo step", "[quickadd]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    const DocumentData before = doc->snapshot();
    QUndoStack* undo = doc->undoStack();

    SECTION("known names")
    {
        const auto q = parseQuickAdd(
            QStringLiteral("purchase / touchpoint: Checkout page times out @IT +mkt !pain -2 #web"),
            *doc, 1);
        REQUIRE(q.ok());
        REQUIRE_FALSE(q->hasMissing());
        const Result<Id> id = addQuickCard(*doc, 1, *q, false);
        REQUIRE(id.ok());
        const Card* c = doc->card(*id);
        REQUIRE(c);
        CHECK(c->stageId == 2);
        CHECK(c->laneId == 2);
        CHECK(c->position == 1); // after "Checkout page"
        CHECK(c->title == QStringLiteral("Checkout page times out"));
        CHECK(c->accountableId == 2);
        CHECK(c->contributingIds == QList<Id>{1});
        CHECK(c->severity == Level::Medium);
        CHECK(c->emotion == -2);
        CHECK(c->channel == QStringLiteral("web"));
        CHECK(undo->count() == 1);
        CHECK(undo->text(0) == QStringLiteral("Add card “Checkout page times out”"));
        undo->undo();
        CHECK(doc->snapshot() == before);
    }
    SECTION("missing names: refused, then created with the card")
    {
        const auto q = parseQuickAdd(QStringLiteral("renewal / Partner calls (backstage): "
                                                    "Renewal letter @Legal +Billing +legal"),
                                     *doc, 1);
        REQUIRE(q.ok());
        REQUIRE(q->hasMissing());
        CHECK(q->missingText() == QStringLiteral("stage “Renewal”, lane “Partner calls” "
                                                 "(backstage) and departments “Legal”, “Billing”"));
        const Result<Id> refused = addQuickCard(*doc, 1, *q, false);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.startsWith(QStringLiteral("Not there yet: stage “Renewal”")));
        CHECK(doc->snapshot() == before);

        const Result<Id> id = addQuickCard(*doc, 1, *q, true);
        REQUIRE(id.ok());
        CHECK(undo->count() == 1);
        const Card* c = doc->card(*id);
        REQUIRE(c);
        CHECK(doc->stage(c->stageId)->name == QStringLiteral("Renewal"));
        CHECK(doc->stageIds(1).last() == c->stageId);
        CHECK(doc->lane(c->laneId)->name == QStringLiteral("Partner calls"));
        CHECK(doc->lane(c->laneId)->kind == LaneKind::Backstage);
        const Department* legal = doc->departmentByName(QStringLiteral("Legal"));
        const Department* billing = doc->departmentByName(QStringLiteral("Billing"));
        REQUIRE(legal);
        REQUIRE(billing);
        CHECK(legal->shortName == QStringLiteral("LEG"));
        CHECK(legal->color != billing->color);
        CHECK(c->accountableId == legal->id);
        CHECK(c->contributingIds == QList<Id>{billing->id});
        undo->undo();
        CHECK(doc->snapshot() == before);
        undo->redo();
        CHECK(doc->card(*id));
        CHECK(doc->departmentByName(QStringLiteral("Legal")));
    }
    SECTION("a new stage goes after the stage worked on")
    {
        const QList<Id> stages = doc->stageIds(1);
        REQUIRE(stages.size() >= 2);
        const auto q =
            parseQuickAdd(QStringLiteral("Research: Reads reviews"), *doc, 1, stages.first(), 1);
        REQUIRE(q.ok());
        CHECK(q->newStage == QStringLiteral("Research"));
        const Result<Id> id = addQuickCard(*doc, 1, *q, true);
        REQUIRE(id.ok());
        const Id research = doc->card(*id)->stageId;
        QList<Id> expected = stages;
        expected.insert(1, research);
        CHECK(doc->stageIds(1) == expected);
        CHECK(doc->stage(research)->position == 1);
        undo->undo();
        CHECK(doc->snapshot() == before);
        undo->redo();
        CHECK(doc->stageIds(1) == expected);
    }
}

TEST_CASE("Quick-add on the sample map: the issue's example line", "[quickadd]")
{
    QFile f(QStringLiteral(CXMAP_SAMPLE_JSON));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const Result<DocumentData> data = fromJson(f.readAll());
    REQUIRE(data.ok());
    test::TempDir dir;
    auto created = Document::create(dir.file(QStringLiteral("sample.cxmap")), *data);
    REQUIRE(created.ok());
    const Document& doc = *created.value();
    const Id journey = doc.journeyIds().first();

    const auto parsed = [&](const char* line) {
        const Result<QuickAdd> q = parseQuickAdd(QString::fromUtf8(line), doc, journey);
        return (q.ok() ? describe(*q, doc) : QStringLiteral("error: ") + q.error().message)
            .toStdString();
    };
    CHECK(parsed("order / touchpoint: Checkout page times out @IT +Billing !pain -2 #web") ==
          std::string("Order/Front-stage touchpoints: Checkout page times out @IT "
                      "+Billing & Finance !medium -2 #web"));
    CHECK(
        parsed("installation b / back: Engineer slot missed @logistics +\"Customer Support\" -1") ==
        std::string("Installation booking/Back-stage processes: Engineer slot missed "
                    "@Logistics +Customer Support -1"));
    CHECK(parsed("first i / pain: Bill higher than quoted @Billing_&_Finance !high") ==
          std::string("First invoice/Pain points: Bill higher than quoted "
                      "@Billing & Finance !high"));
    CHECK_THAT(
        parsed("c / notes: x"),
        Catch::StartsWith("error: Stage “c” could match “Consideration”, “Credit & contract”"));
    CHECK_THAT(parsed("first / notes: x"), Catch::StartsWith("error: Stage “first” could"));
    CHECK(parsed("renewal / workshop: Renewal call @Sales") ==
          std::string("Renewal*/Workshop notes: Renewal call @Sales"));
}

TEST_CASE("Quick-add knows a department by a later word of its name", "[quickadd]")
{
    test::TempDir dir;
    auto doc = newDoc(dir);
    for (const char* name : {"Back Office & Operations", "Customer Support", "Billing & Finance"})
        REQUIRE(edit::addDepartment(
                    *doc, Department{0, QString::fromUtf8(name), {}, QColor(Qt::red), {}, {}, -1})
                    .ok());
    const auto owner = [&](const char* line) {
        const Result<QuickAdd> q = parseQuickAdd(QString::fromUtf8(line), *doc, 1, 1, 1);
        REQUIRE(q.ok());
        CHECK_FALSE(q->hasMissing());
        return doc->department(q->card.accountableId)->name;
    };
    CHECK(owner("Order re-keyed @Operations") == QStringLiteral("Back Office & Operations"));
    CHECK(owner("Order re-keyed @oper") == QStringLiteral("Back Office & Operations"));
    CHECK(owner("Chat @Support") == QStringLiteral("Customer Support"));
    CHECK(owner("Invoice @finance") == QStringLiteral("Billing & Finance"));
    CHECK(owner("Invoice @Billing") == QStringLiteral("Billing & Finance"));
}
