// Who may change what on a team map, enforced by the server (issue 15, part
// 6): checked by raw SQL as each login role, not through CXMap, and then
// through CXMap's own calls.

#include "commands/edit.h"
#include "model/document.h"
#include "model/types.h"
#include "store/pg.h"
#include "store/teamserver.h"
#include "teamdatabase.h"
#include "testprocess.h"
#include "testutil.h"

#include <algorithm>

using namespace cx;
using cx::test::connectTo;

namespace {

// The sample published by alice (its facilitator); bob a member of Billing &
// Finance, carol a viewer, dave a login role with no right on the map.
struct Team : test::SampleTeam
{
    QString dave, map;
    Id other = 0; // a department, as billing is
    Id ownCard = 0, otherCard = 0, thirdCard = 0, journey = 0;

    Team()
    {
        dave = db.addRole(QStringLiteral("dave"));
        for (const Card& c : data.cards) {
            if (c.accountableId == billing && !ownCard)
                ownCard = c.id;
            else if (c.accountableId && c.accountableId != billing && !otherCard)
                otherCard = c.id, other = c.accountableId;
            else if (c.accountableId && c.accountableId != billing && !thirdCard)
                thirdCard = c.id;
        }
        REQUIRE((ownCard && otherCard && thirdCard));
        journey = data.journeys.first().id;

        publish();
        map = db.value(QStringLiteral("SELECT id FROM cxmap.maps"));
        // A participant to vote with (the sample has none).
        db.sql(
            QStringLiteral("INSERT INTO cxmap.participants VALUES (%1, 77, 'Room', 5)").arg(map));
    }

    QString title(Id card) const
    {
        return db.value(QStringLiteral("SELECT title FROM cxmap.cards WHERE id = %1").arg(card));
    }
    // Rows changed by role's statement (which ends in RETURNING 1), or -1 if
    // denied; {map} in the statement stands for the map's id.
    int changed(const QString& role, const QString& statement) const
    {
        auto n = db.rowsAs(role, QString(statement).replace(QLatin1String("{map}"), map));
        return n ? *n : -1;
    }
    Error denied(const QString& role, const QString& statement) const
    {
        return db.sqlAs(role, QString(statement).replace(QLatin1String("{map}"), map));
    }
};

} // namespace

TEST_CASE("Team roles: a department member changes its own cards and no one else's", "[team]")
{
    Team t;
    const QString before = t.title(t.otherCard);
    CHECK(t.changed(t.bob, QStringLiteral("UPDATE cxmap.cards SET title = 'hacked' WHERE map_id "
                                          "= {map} AND id = %1 RETURNING 1")
                               .arg(t.otherCard)) == 0);
    CHECK(t.title(t.otherCard) == before);
    CHECK(t.changed(t.bob, QStringLiteral("DELETE FROM cxmap.cards WHERE map_id = {map} AND "
                                          "accountable_id <> %1 RETURNING 1")
                               .arg(t.billing)) == 0);

    CHECK(t.changed(t.bob, QStringLiteral("UPDATE cxmap.cards SET title = 'Clear invoices' WHERE "
                                          "map_id = {map} AND id = %1 RETURNING 1")
                               .arg(t.ownCard)) == 1);
    CHECK(t.title(t.ownCard) == QStringLiteral("Clear invoices"));

    // Handing a card to another department is taking it out of one's reach.
    const Error handOver = t.denied(
        t.bob, QStringLiteral("UPDATE cxmap.cards SET accountable_id = %1 WHERE map_id = {map} AND "
                              "id = %2")
                   .arg(t.other)
                   .arg(t.ownCard));
    CHECK(handOver.code == ErrorCode::NoPermission);
    CHECK(handOver.message.contains(QStringLiteral("row-level security")));

    // KPIs and links: on its own cards.
    CHECK_FALSE(t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.card_kpis VALUES ({map}, %1, 90, "
                                               "'Invoice errors', 'free', 3, 1, '%')")
                                    .arg(t.ownCard)));
    CHECK(t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.card_kpis VALUES ({map}, %1, 90, 'x', "
                                         "'free', 3, NULL, '')")
                              .arg(t.otherCard))
              .code == ErrorCode::NoPermission);
    CHECK_FALSE(
        t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.links VALUES ({map}, 9001, %1, %2, "
                                       "'feeds', 'invoice data')")
                            .arg(t.ownCard)
                            .arg(t.otherCard)));
    CHECK(t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.links VALUES ({map}, 9002, %1, %2, "
                                         "'feeds', '')")
                              .arg(t.otherCard)
                              .arg(t.thirdCard))
              .code == ErrorCode::NoPermission);
}

TEST_CASE("Team roles: a member votes and comments on any card, in its own name", "[team]")
{
    Team t;
    // His dots are those of the participant named as his role (schema 4).
    CHECK_FALSE(t.denied(
        t.bob,
        QStringLiteral("INSERT INTO cxmap.participants VALUES ({map}, 78, current_user, 5)")));
    CHECK_FALSE(
        t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.card_votes VALUES ({map}, %1, 78, "
                                       "2)")
                            .arg(t.otherCard)));
    CHECK_FALSE(t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.card_comments VALUES ({map}, %1, "
                                               "50, current_user, now(), 'Billing sees this too')")
                                    .arg(t.otherCard)));
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.card_votes WHERE card_id = %1")
                         .arg(t.otherCard)) == QStringLiteral("1"));
    CHECK(t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.card_comments VALUES ({map}, %1, 51, "
                                         "'%2', now(), 'forged')")
                              .arg(t.otherCard)
                              .arg(t.alice))
              .code == ErrorCode::NoPermission);
}

TEST_CASE("Team roles: structure, rights and other maps are out of a member's reach", "[team]")
{
    Team t;
    CHECK(
        t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.stages VALUES ({map}, 999, %1, 'Extra', "
                                       "'', 99)")
                            .arg(t.journey))
            .code == ErrorCode::NoPermission);
    for (const char* table : {"stages", "lanes", "journeys", "departments", "personas"}) {
        INFO(table);
        CHECK(t.changed(t.bob, QStringLiteral("UPDATE cxmap.%1 SET name = 'x' WHERE map_id = {map} "
                                              "RETURNING 1")
                                   .arg(QLatin1String(table))) == 0);
        CHECK(
            t.changed(t.bob, QStringLiteral("DELETE FROM cxmap.%1 WHERE map_id = {map} RETURNING 1")
                                 .arg(QLatin1String(table))) == 0);
    }
    CHECK(t.changed(t.bob, QStringLiteral("UPDATE cxmap.maps SET title = 'x' WHERE id = {map} "
                                          "RETURNING 1")) == 0);
    CHECK(t.denied(t.bob, QStringLiteral("INSERT INTO cxmap.grants VALUES ({map}, current_user, "
                                         "'facilitator', 0)"))
              .code == ErrorCode::NoPermission);
    CHECK(t.denied(t.bob, QStringLiteral("UPDATE cxmap.server_meta SET value = '1'")).code ==
          ErrorCode::NoPermission);

    // The same through CXMap: clear messages, nothing changed.
    auto asBob = connectTo(t.db.urlAs(t.bob));
    const auto rights = asBob->rights(QStringLiteral("Sample"));
    REQUIRE(rights.ok());
    CHECK_FALSE(rights->facilitator);
    CHECK(rights->departments == QList<Id>{t.billing});
    const Error replace = asBob->publish(QStringLiteral("Sample"), t.data, true);
    CHECK(replace.code == ErrorCode::NoPermission);
    CHECK(replace.message.contains(QStringLiteral("Only a facilitator of “Sample”")));
    CHECK(asBob->grantFacilitator(QStringLiteral("Sample"), t.bob).code == ErrorCode::NoPermission);
    CHECK(asBob->revoke(QStringLiteral("Sample"), t.carol).code == ErrorCode::NoPermission);
    CHECK(*asBob->read(QStringLiteral("Sample")) == *connectTo(t.db.url())->read("Sample"));
}

TEST_CASE("Team roles: a viewer reads everything and writes nothing, no right, no map", "[team]")
{
    Team t;
    CHECK(t.db.rowsAs(t.carol, QStringLiteral("SELECT 1 FROM cxmap.cards")).value() ==
          t.data.cards.size());
    CHECK(
        t.changed(t.carol, QStringLiteral("UPDATE cxmap.cards SET title = 'x' WHERE map_id = {map} "
                                          "RETURNING 1")) == 0);
    CHECK(t.denied(t.carol, QStringLiteral("INSERT INTO cxmap.card_votes VALUES ({map}, %1, 77, 1)")
                                .arg(t.otherCard))
              .code == ErrorCode::NoPermission);
    CHECK(t.denied(t.carol, QStringLiteral("INSERT INTO cxmap.card_comments VALUES ({map}, %1, 50, "
                                           "current_user, now(), 'x')")
                                .arg(t.otherCard))
              .code == ErrorCode::NoPermission);
    const auto carolRights = connectTo(t.db.urlAs(t.carol))->rights(QStringLiteral("Sample"));
    REQUIRE(carolRights.ok());
    CHECK(carolRights->viewer);
    CHECK_FALSE(carolRights->facilitator);

    CHECK(t.db.rowsAs(t.dave, QStringLiteral("SELECT 1 FROM cxmap.cards")).value() == 0);
    auto asDave = connectTo(t.db.urlAs(t.dave));
    CHECK(asDave->maps()->isEmpty());
    CHECK(asDave->read(QStringLiteral("Sample")).error().code == ErrorCode::FileMissing);
    // Anyone who may connect may publish a map of their own, and facilitates it.
    REQUIRE(!asDave->publish(QStringLiteral("Dave's"), test::smallDocument(), false));
    CHECK(asDave->maps()->size() == 1);
    CHECK(asDave->rights(QStringLiteral("Dave's"))->facilitator);
}

TEST_CASE("Team roles: the facilitator grants and revokes on the command line", "[team]")
{
    Team t;
    const QString asAlice = t.db.urlAs(t.alice);
    const auto granted = test::cxmap({"server", "grant", asAlice, "--map", "Sample", t.dave,
                                      "--department", "Logistics", "--department", "IT"});
    INFO(granted.err.toStdString());
    REQUIRE(granted.code == 0);
    CHECK(t.db.value(QStringLiteral("SELECT count(*) FROM cxmap.grants WHERE role_name = '%1'")
                         .arg(t.dave)) == QStringLiteral("2"));
    const auto unknown = test::cxmap(
        {"server", "grant", asAlice, "--map", "Sample", t.dave, "--department", "Nowhere"});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("no department “Nowhere”; it has: Marketing")));
    const auto noRole =
        test::cxmap({"server", "grant", asAlice, "--map", "Sample", "nobody_here", "--viewer"});
    CHECK(noRole.code == 1);
    CHECK(noRole.err.contains(QStringLiteral("no server role “nobody_here”")));

    REQUIRE(test::cxmap({"server", "revoke", asAlice, "--map", "Sample", t.bob}).code == 0);
    CHECK(t.changed(t.bob, QStringLiteral("UPDATE cxmap.cards SET title = 'x' WHERE map_id = {map} "
                                          "RETURNING 1")) == 0);
    // A role without rights does not see the map at all; a viewer sees it
    // and may not grant.
    const auto byBob =
        test::cxmap({"server", "grant", t.db.urlAs(t.bob), "--map", "Sample", t.bob, "--viewer"});
    CHECK(byBob.code == 1);
    CHECK(byBob.err.contains(QStringLiteral("no map named “Sample”")));
    const auto byCarol = test::cxmap(
        {"server", "grant", t.db.urlAs(t.carol), "--map", "Sample", t.carol, "--facilitator"});
    CHECK(byCarol.code == 1);
    CHECK(byCarol.err.contains(QStringLiteral("Only a facilitator of “Sample”")));
}

TEST_CASE("Team roles: nobody learns another role's rights, and a role one acts as takes ids",
          "[team]")
{
    Team t;
    // Asked by a role about another, the server says nothing.
    const QString aliceIsFacilitator =
        QStringLiteral("SELECT 1 WHERE cxmap.has_grant({map}, '%1', 'facilitator')").arg(t.alice);
    CHECK(t.changed(t.alice, aliceIsFacilitator) == 1);
    CHECK(t.changed(t.dave, aliceIsFacilitator) == 0);
    CHECK(t.changed(t.bob, aliceIsFacilitator) == 0);
    CHECK(t.changed(t.dave, QStringLiteral("SELECT 1 WHERE cxmap.is_member({map}, '%1', %2)")
                                .arg(t.bob)
                                .arg(t.billing)) == 0);

    // A team role holding the rights, which dave acts as (SET ROLE): its
    // ids and its writes, as the policies see it; never as someone else.
    const QString team = t.db.addRole(QStringLiteral("billing_team"));
    REQUIRE(!connectTo(t.db.urlAs(t.alice))
                 ->grantMember(QStringLiteral("Sample"), team, {"Billing & Finance"}));
    t.db.sql(QStringLiteral("GRANT %1 TO %2").arg(team, t.dave));
    auto dave = pg::Connection::open(t.db.urlAs(t.dave));
    REQUIRE(dave.ok());
    pg::Connection& c = *dave.value();
    const QString what = QStringLiteral("test");
    auto takeId = [&](const char* sql) {
        auto rows = c.query(sql, {t.map}, what);
        REQUIRE(rows.ok());
        return rows->isNull(0, 0) ? Id(0) : rows->int64(0, 0);
    };
    CHECK(takeId("SELECT cxmap.take_id($1)") == 0); // dave himself has no right
    REQUIRE(!c.script(QStringLiteral("SET ROLE %1").arg(team).toUtf8().constData(), what));
    const Id id = takeId("SELECT cxmap.take_id($1)");
    CHECK(id > 0);
    CHECK(takeId("SELECT cxmap.take_id($1)") == id + 1);
    const QByteArray forged =
        QStringLiteral("SELECT cxmap.take_id($1, '%1')").arg(t.alice).toUtf8();
    auto asAlice = c.query(forged.constData(), {t.map}, what);
    CHECK((!asAlice.ok() || asAlice->isNull(0, 0)));
    auto own = c.query("UPDATE cxmap.cards SET title = 'By the team' WHERE map_id = $1 AND id = $2 "
                       "RETURNING changed_by",
                       {t.map, t.ownCard}, what);
    REQUIRE(own.ok());
    REQUIRE(own->count() == 1);
    CHECK(own->text(0, 0) == team);

    // The same through CXMap, on a connection that acts as the team role.
    const QString asTeam = t.db.urlAs(t.dave) + QStringLiteral(" options='-c role=%1'").arg(team);
    auto doc = Document::openTeam(asTeam, QStringLiteral("Sample"));
    REQUIRE(doc.ok());
    Document& d = *doc.value();
    CHECK(d.user() == team);
    CHECK(d.cardRefusal(t.ownCard).isEmpty());
    CHECK_FALSE(d.cardRefusal(t.otherCard).isEmpty());
    CHECK(!edit::addComment(d, t.otherCard, d.user(), QStringLiteral("From the team")));
    CHECK(!edit::voteAsUser(d, {t.otherCard}, +1));
    CHECK(!edit::setCardTitle(d, t.ownCard, QStringLiteral("Team title"), edit::Merge::No));
}
