// The team server's set-up and moving whole maps (issue 15, parts 1 and 2),
// against a real PostgreSQL.

#include "hostiledocument.h"
#include "io/jsonformat.h"
#include "model/templates.h"
#include "store/pg.h"
#include "store/store.h"
#include "store/teamrows.h"
#include "store/teamschema.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testprocess.h"
#include "testutil.h"

#include <QBuffer>
#include <QImage>

using namespace cx;
using cx::test::connectTo;
using cx::test::initialised;
using cx::test::TeamDatabase;

namespace {

// The sample plus what it lacks: a persona's picture, a comment with
// milliseconds, dots, a KPI without target and one with, a translucent colour.
DocumentData everything()
{
    DocumentData d = test::sampleDocument();
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&png, "PNG"));
    REQUIRE(!d.personas.isEmpty());
    d.personas[0].picture = png.data();
    d.departments[0].color = QColor(10, 20, 30, 128);
    Card& c = d.cards[0];
    c.comments.append({QStringLiteral("Ana"),
                       QDateTime(QDate(2026, 11, 12), QTime(9, 30, 15, 123), Qt::UTC),
                       QStringLiteral("Tab\there, line\nbreak, back\\slash, \"quotes\" 'too'")});
    c.kpis.append({QStringLiteral("Wait"), KpiKind::Free, 2.5, std::nullopt, QStringLiteral("d")});
    c.kpis.append({QStringLiteral("NPS"), KpiKind::Nps, -12, 30.0, QString()});
    d.participants.append({9001, QStringLiteral("Bo"), 5});
    c.dots.append({9001, 2});
    c.votes += 2;
    d.canonicalize();
    return d;
}

} // namespace

TEST_CASE("Team server: init creates the schema once, a database without it is refused", "[team]")
{
    TeamDatabase db;
    auto server = connectTo(db.url());
    const auto none = server->maps();
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::NotCxmap);
    CHECK(none.error().message.contains(QStringLiteral("cxmap server init")));
    CHECK_FALSE(server->publish(QStringLiteral("m"), test::sampleDocument(), false).code ==
                ErrorCode::None);

    auto first = server->init();
    REQUIRE(first.ok());
    CHECK(first->startsWith(QStringLiteral("created")));
    auto again = server->init();
    REQUIRE(again.ok());
    CHECK(again->contains(QStringLiteral("up to date")));
    const auto empty = server->maps();
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
    CHECK(db.value(QStringLiteral("SELECT value FROM cxmap.server_meta WHERE key = "
                                  "'schema_version'")) ==
          QString::number(teamschema::currentVersion));
}

TEST_CASE("Team server: init upgrades an older schema step by step, keeping its maps", "[team]")
{
    TeamDatabase db;
    auto admin = pg::Connection::open(db.url());
    REQUIRE(admin.ok());
    auto made = teamschema::createOrUpgrade(*admin.value(), 1);
    REQUIRE(made.ok());
    // A map written as version 1 held it.
    const DocumentData original = everything();
    pg::Connection& c = *admin.value();
    // Today's writer names the review columns version 6 added: there for
    // the writing only.
    REQUIRE(
        !c.script("ALTER TABLE cxmap.cards ADD reviewed_at timestamptz, ADD reviewed_by text", {}));
    REQUIRE(!c.script("BEGIN", {}));
    auto row = c.query("INSERT INTO cxmap.maps (name, title) VALUES ('Old', $1) RETURNING id",
                       {original.title}, {});
    REQUIRE(row.ok());
    REQUIRE(!teamrows::writeAll(c, row->int64(0, 0), original));
    // Version 1 kept every vote in cards.votes, dots included.
    REQUIRE(!c.script("UPDATE cxmap.cards c SET votes = votes + coalesce((SELECT sum(dots) FROM "
                      "cxmap.card_votes v WHERE v.card_id = c.id), 0)",
                      {}));
    // and numbered each cell 0, 1, 2...
    REQUIRE(!c.script("UPDATE cxmap.cards SET position = position / 1024", {}));
    REQUIRE(!c.script("COMMIT", {}));
    REQUIRE(!c.script("ALTER TABLE cxmap.cards DROP reviewed_at, DROP reviewed_by", {}));

    auto server = connectTo(db.url());
    CHECK(server->maps().error().message.contains(QStringLiteral("older (version 1)")));
    auto upgraded = server->init();
    if (!upgraded)
        FAIL(upgraded.error().message.toStdString());
    CHECK(*upgraded == QStringLiteral("upgraded the CXMap schema from version 1 to %1")
                           .arg(teamschema::currentVersion));
    auto back = server->read(QStringLiteral("Old"));
    REQUIRE(back.ok());
    CHECK(*back == original);
    // Version 4 spread the cells' numbers apart, room for cards between.
    CHECK(db.value(QStringLiteral("SELECT count(*) FROM cxmap.cards WHERE position % 1024 <> 0 "
                                  "OR position < 0")) == QStringLiteral("0"));
    CHECK(db.value(QStringLiteral("SELECT count(*) FROM cxmap.cards WHERE position >= 1024")) !=
          QStringLiteral("0"));
}

TEST_CASE("Team server: publish then pull gives back the same map, ids included", "[team]")
{
    TeamDatabase db;
    auto server = initialised(db);

    SECTION("the sample with a picture, comments, dots and KPIs")
    {
        const DocumentData original = everything();
        REQUIRE(!server->publish(QStringLiteral("Sample"), original, false));
        auto back = server->read(QStringLiteral("Sample"));
        REQUIRE(back.ok());
        CHECK(*back == original);
    }
    SECTION("every template")
    {
        REQUIRE(templateNames().size() >= 3);
        for (const QString& name : templateNames()) {
            INFO(name.toStdString());
            auto original = templateData(name);
            REQUIRE(original.ok());
            DocumentData expected = *original;
            expected.canonicalize();
            REQUIRE(!server->publish(name, expected, false));
            auto back = server->read(name);
            REQUIRE(back.ok());
            CHECK(*back == expected);
        }
        auto maps = server->maps();
        REQUIRE(maps.ok());
        CHECK(maps->size() == templateNames().size());
    }
    SECTION("hostile text in every field")
    {
        for (std::uint32_t seed : {1u, 2u, 3u}) {
            const DocumentData original = test::hostileDocument(seed);
            const QString name = QStringLiteral("hostile %1").arg(seed);
            REQUIRE(!server->publish(name, original, false));
            auto back = server->read(name);
            REQUIRE(back.ok());
            // Its cells come back in their order, numbered 0, 1, 2... (the
            // hostile map numbers them from 9; the server spreads them).
            DocumentData expected = original;
            teamrows::numberCells(expected.cards);
            CHECK(*back == expected);
            CHECK(expected.cards != original.cards);
        }
    }
}

TEST_CASE("Team server: the command line's publish, pull and export --json round trip", "[team]")
{
    TeamDatabase db;
    test::TempDir dir;
    const QString sample = test::sampleMapFile(dir);
    REQUIRE(test::cxmap({"server", "init", db.url()}).code == 0);
    const auto published = test::cxmap({"publish", sample, db.url(), "--map", "Workshop"});
    INFO(published.err.toStdString());
    REQUIRE(published.code == 0);
    CHECK(published.out.contains(QStringLiteral("Workshop")));

    const QString copy = dir.file(QStringLiteral("copy.cxmap"));
    REQUIRE(test::cxmap({"pull", db.url(), "--map", "Workshop", copy}).code == 0);
    const QString a = dir.file(QStringLiteral("a.json")), b = dir.file(QStringLiteral("b.json"));
    REQUIRE(test::cxmap({"export", sample, "--json", a}).code == 0);
    REQUIRE(test::cxmap({"export", copy, "--json", b}).code == 0);
    // The JSON export carries no export metadata: the bytes are the same.
    CHECK(test::readFile(a) == test::readFile(b));

    // The reading verbs take URL --map NAME where they take a file.
    const QString c = dir.file(QStringLiteral("c.json"));
    REQUIRE(test::cxmap({"export", db.url(), "--map", "Workshop", "--json", c}).code == 0);
    CHECK(test::readFile(a) == test::readFile(c));
    CHECK(test::cxmap({"stats", db.url(), "--map", "Workshop", "--json"}).out ==
          test::cxmap({"stats", sample, "--json"}).out);
    const QString card = test::sampleDocument().cards.first().title;
    const auto impact = test::cxmap({"impact", db.url(), "--map", "Workshop", "--card", card});
    CHECK(impact.code == 0);
    CHECK(impact.out == test::cxmap({"impact", sample, "--card", card}).out);
    const auto checked = test::cxmap({"check", db.url(), "--map", "Workshop"});
    CHECK(checked.code == 0);
    CHECK(checked.out.startsWith(QStringLiteral("map “Workshop”: ok")));

    const auto listed = test::cxmap({"list", db.url()});
    REQUIRE(listed.code == 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const DocumentData data = test::sampleDocument();
    CHECK(lines[1].startsWith(QStringLiteral("Workshop\t%1\t%2\t%3\t")
                                  .arg(data.journeys.size())
                                  .arg(data.cards.size())
                                  .arg(data.links.size())));

    // Pull never overwrites.
    const auto again = test::cxmap({"pull", db.url(), "--map", "Workshop", copy});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("exists")));
}

TEST_CASE("Team server: an existing name needs --replace", "[team]")
{
    TeamDatabase db;
    auto server = initialised(db);
    const DocumentData first = test::sampleDocument();
    REQUIRE(!server->publish(QStringLiteral("Map"), first, false));

    auto second = templateData(templateNames().last());
    REQUIRE(second.ok());
    second->canonicalize();
    const Error refused = server->publish(QStringLiteral("Map"), *second, false);
    CHECK(refused.code == ErrorCode::InvalidArgument);
    CHECK(refused.message.contains(QStringLiteral("--replace")));
    CHECK(*server->read(QStringLiteral("Map")) == first);

    const QString nextId = QStringLiteral("SELECT next_id FROM cxmap.maps");
    const qint64 before = db.value(nextId).toLongLong();
    REQUIRE(!server->publish(QStringLiteral("Map"), *second, true));
    CHECK(*server->read(QStringLiteral("Map")) == *second);
    CHECK(server->maps()->size() == 1);
    // Ids handed out before stay taken: the counter never goes back.
    CHECK(db.value(nextId).toLongLong() >= before);
}

TEST_CASE("Team server: hostile map names are kept exactly or refused with nothing changed",
          "[team]")
{
    TeamDatabase db;
    auto server = initialised(db);
    const DocumentData data = test::smallDocument();
    for (const QString& name :
         {QStringLiteral("Robert'); DROP TABLE cxmap.maps;--"), QStringLiteral("a\"b;c\\d"),
          QStringLiteral("   spaced   "), QStringLiteral("Καφέ ☕ 顧客")}) {
        INFO(name.toStdString());
        REQUIRE(!server->publish(name, data, false));
        auto back = server->read(name);
        REQUIRE(back.ok());
        CHECK(back->cards.size() == data.cards.size());
    }
    const QString longName(10000, u'x');
    const Error tooLong = server->publish(longName, data, false);
    CHECK(tooLong.code == ErrorCode::InvalidArgument);
    CHECK(tooLong.message.contains(QStringLiteral("200")));
    CHECK(server->publish(QStringLiteral("bell\aname"), data, false).code ==
          ErrorCode::InvalidArgument);
    CHECK(server->publish(QStringLiteral("  "), data, false).code == ErrorCode::InvalidArgument);
    auto maps = server->maps();
    REQUIRE(maps.ok());
    CHECK(maps->size() == 4);
    CHECK(db.value(QStringLiteral("SELECT count(*) FROM cxmap.maps")) == QStringLiteral("4"));

    const auto missing = server->read(QStringLiteral("nope"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("no map named “nope”")));
}

TEST_CASE("Team server: a newer schema, a foreign database and a wrong password are refused",
          "[team]")
{
    TeamDatabase db;
    initialised(db);
    test::TempDir dir;
    const QString sample = test::sampleMapFile(dir);

    SECTION("a schema from a newer CXMap")
    {
        db.sql(QStringLiteral("UPDATE cxmap.server_meta SET value = '99' WHERE key = "
                              "'schema_version'"));
        for (const QStringList& args :
             {QStringList{"list", db.url()}, QStringList{"server", "init", db.url()},
              QStringList{"publish", sample, db.url(), "--map", "m"}}) {
            const auto run = test::cxmap(args);
            CHECK(run.code == 1);
            CHECK(run.err.contains(QStringLiteral("newer version of CXMap (schema 99")));
        }
        CHECK(db.value(QStringLiteral("SELECT count(*) FROM cxmap.maps")) == QStringLiteral("0"));
    }
    SECTION("a database with a cxmap schema CXMap did not make")
    {
        TeamDatabase foreign;
        foreign.sql(QStringLiteral("CREATE SCHEMA cxmap; CREATE TABLE cxmap.maps (x int)"));
        for (const QStringList& args :
             {QStringList{"list", foreign.url()}, QStringList{"server", "init", foreign.url()}}) {
            const auto run = test::cxmap(args);
            CHECK(run.code == 1);
            CHECK(run.err.contains(QStringLiteral("not a CXMap team server")));
        }
        CHECK(foreign.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                           "'cxmap'")) == QStringLiteral("1"));
    }
    SECTION("a wrong password, and a server that wants one nobody gave")
    {
        const QString role = db.addRole(QStringLiteral("ana"));
        const auto wrong = test::cxmap(
            {"list", QStringLiteral("dbname=%1 user=%2 password=wrong").arg(db.name(), role)});
        CHECK(wrong.code == 1);
        CHECK(wrong.err.contains(QStringLiteral("password authentication failed")));

        // pg_virtualenv's PGPASSWORD is the superuser's: without it, nothing
        // gives this role's password.
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        bool needsPassword = false;
        auto noPassword = TeamServer::connect(
            QStringLiteral("dbname=%1 user=%2 passfile=/nonexistent").arg(db.name(), role), {},
            &needsPassword);
        qputenv("PGPASSWORD", saved);
        REQUIRE_FALSE(noPassword.ok());
        CHECK(needsPassword);
        CHECK(noPassword.error().code == ErrorCode::NoPermission);

        // Given once, for this connection only.
        auto given = TeamServer::connect(
            QStringLiteral("dbname=%1 user=%2 passfile=/nonexistent").arg(db.name(), role), role);
        REQUIRE(given.ok());
        CHECK(given.value()->role() == role);
    }
}
