// Named versions (model/version.h): taken, listed, refused, kept as the map
// was, compared with now, restored as a new map; and `cxmap versions`.

#include "analysis/versioncompare.h"
#include "commands/edit.h"
#include "model/document.h"
#include "testprocess.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace cx;

namespace {

const QDateTime workshop = QDateTime(QDate(2026, 11, 12), QTime(17, 0), Qt::UTC);

std::unique_ptr<Document> openSmall(const test::TempDir& dir)
{
    auto doc = test::smallDocumentFile(dir);
    doc->setClock([] { return workshop; });
    doc->setAuthor(QStringLiteral("Ana"));
    return doc;
}

// Card 1 ("Social ad") renamed and rated unhappy: an edit after the version.
void editSocialAd(Document& doc)
{
    Card c = *doc.card(1);
    c.title = QStringLiteral("Social ad, new claim");
    c.emotion = -2;
    REQUIRE_FALSE(edit::editCard(doc, c));
}

} // namespace

TEST_CASE("A named version is taken, listed and read back as the map was", "[versions]")
{
    test::TempDir dir;
    auto doc = openSmall(dir);
    const DocumentData before = doc->snapshot();
    const int undoSteps = doc->undoStack()->count();

    Result<Id> id = doc->createVersion(QStringLiteral("  After the workshop "));
    REQUIRE(id.ok());
    // Not an edit: nothing to undo.
    CHECK(doc->undoStack()->count() == undoSteps);
    Result<QList<VersionInfo>> all = doc->versions();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first() ==
          VersionInfo{id.value(), QStringLiteral("After the workshop"), workshop, "Ana"});

    editSocialAd(*doc);
    Result<DocumentData> kept = doc->version(id.value());
    REQUIRE(kept.ok());
    CHECK(kept.value() == before);
    CHECK(kept.value() != doc->snapshot());
    CHECK(doc->version(id.value() + 100).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("A version is durable: it is there when the map is opened again", "[versions]")
{
    test::TempDir dir;
    auto doc = openSmall(dir);
    const QString path = doc->path();
    REQUIRE(doc->createVersion(QStringLiteral("v1")).ok());
    doc.reset();
    auto again = Document::open(path, true);
    REQUIRE(again.ok());
    REQUIRE(again.value()->versions()->size() == 1);
    CHECK(again.value()->versions()->first().name == QStringLiteral("v1"));
}

TEST_CASE("A version's name must be given and not taken", "[versions]")
{
    test::TempDir dir;
    auto doc = openSmall(dir);
    REQUIRE(doc->createVersion(QStringLiteral("After the workshop")).ok());

    Result<Id> taken = doc->createVersion(QStringLiteral(" after THE workshop"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::InvalidArgument);
    CHECK(taken.error().message.contains(QStringLiteral("already a version called")));
    CHECK(taken.error().message.contains(QStringLiteral("After the workshop")));
    CHECK(doc->createVersion(QStringLiteral("   ")).error().message ==
          QStringLiteral("A version needs a name"));
    CHECK(doc->createVersion(QStringLiteral("a\x1b[2Jb"))
              .error()
              .message.contains(QStringLiteral("control characters")));
    CHECK(doc->versions()->size() == 1);
}

TEST_CASE("A read-only map takes no version", "[versions]")
{
    test::TempDir dir;
    QString path;
    {
        auto doc = openSmall(dir);
        path = doc->path();
    }
    auto doc = Document::open(path, true);
    REQUIRE(doc.ok());
    Result<Id> refused = doc.value()->createVersion(QStringLiteral("v1"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ReadOnly);
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    CHECK(doc.value()->versions()->isEmpty());
}

TEST_CASE("Comparing a version with now names the changed card", "[versions]")
{
    test::TempDir dir;
    auto doc = openSmall(dir);
    const Id id = doc->createVersion(QStringLiteral("v1")).value();
    editSocialAd(*doc);
    const DocumentData was = doc->version(id).value();
    const DocumentData now = doc->snapshot();
    const Id journey = doc->journeyOfCard(1);

    const analysis::JourneyComparison c = analysis::compareVersions(was, now, journey);
    CHECK(c.added.isEmpty());
    CHECK(c.removed.isEmpty());
    REQUIRE(c.changed.size() == 1);
    CHECK(c.changed[0] ==
          analysis::CardMatch{1,
                              1,
                              analysis::MatchRule::SameId,
                              {analysis::CardAspect::Title, analysis::CardAspect::Emotion}});
    CHECK(c.unchanged == doc->cardIdsOfJourney(journey).size() - 1);
    const QStringList lines = analysis::comparisonLines(was, now, c);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().contains(QStringLiteral("“Social ad, new claim”")));
    CHECK(lines.first().contains(QStringLiteral("title was “Social ad”")));
    CHECK(lines.first().contains(QStringLiteral("emotion +1 → -2")));

    // A card removed since shows as removed, one added as added.
    REQUIRE_FALSE(edit::removeCards(*doc, {1}));
    const analysis::JourneyComparison gone =
        analysis::compareVersions(was, doc->snapshot(), journey);
    CHECK(gone.removed == QList<Id>{1});
    CHECK(analysis::compareVersions(doc->snapshot(), was, journey).added == QList<Id>{1});
}

TEST_CASE("A version is restored as a new map, never over a file", "[versions]")
{
    test::TempDir dir;
    auto doc = openSmall(dir);
    const Id id = doc->createVersion(QStringLiteral("v1")).value();
    editSocialAd(*doc);
    const QString out = dir.file(QStringLiteral("restored.cxmap"));
    REQUIRE_FALSE(doc->restoreVersion(id, out));
    {
        auto restored = Document::open(out, true);
        REQUIRE(restored.ok());
        CHECK(restored.value()->snapshot() == doc->version(id).value());
    }
    const Error again = doc->restoreVersion(id, out);
    CHECK(again.message.contains(QStringLiteral("exists")));
    CHECK(doc->restoreVersion(id, doc->path()));
}

TEST_CASE("cxmap versions lists, creates, compares and restores", "[versions][cli]")
{
    test::TempDir dir;
    QString path;
    {
        auto doc = openSmall(dir);
        path = doc->path();
    }
    test::Run r = test::cxmap({"versions", path});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("no named versions")));
    r = test::cxmap({"versions", path, "--create", "After the workshop"});
    REQUIRE(r.code == 0);
    CHECK(test::cxmap({"versions", path, "--create", "after the WORKSHOP"}).code == 1);
    r = test::cxmap({"versions", path});
    CHECK(r.out.startsWith(QStringLiteral("After the workshop\t")));
    {
        auto doc = Document::open(path);
        REQUIRE(doc.ok());
        editSocialAd(*doc.value());
    }
    r = test::cxmap({"versions", path, "--compare", "after the workshop"});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("changed “Social ad, new claim”")));
    r = test::cxmap({"versions", path, "--compare", "After the workshop", "--json"});
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value("from").toString() == QStringLiteral("After the workshop"));
    const QJsonArray changed = root.value("journeys").toArray().at(0)["changed"].toArray();
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0)["id"].toInt() == 1);
    CHECK(changed.at(0)["changes"].toArray().contains(QStringLiteral("emotion")));

    const QString out = dir.file(QStringLiteral("restored.cxmap"));
    r = test::cxmap({"versions", path, "--restore", "After the workshop", "--output", out});
    CHECK(r.code == 0);
    CHECK(QFileInfo::exists(out));
    CHECK(
        test::cxmap({"versions", path, "--restore", "After the workshop", "--output", out}).code ==
        1);
    CHECK(test::cxmap({"versions", path, "--compare", "nope"}).code == 1);
    CHECK(test::cxmap({"versions", path, "--json"}).code == 2);
    CHECK(test::cxmap({"versions", path, "--restore", "After the workshop"}).code == 2);
}
