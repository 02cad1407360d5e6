#pragma once

// A database of its own for one test, on the throw-away server the test
// command starts (pg_virtualenv: PG* name a superuser), dropped at the end;
// and login roles made as a server's administrator would make them. A team
// on the sample map that several tests share.

#include "model/document.h"
#include "store/pg.h"
#include "store/teamserver.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

namespace cx::test {

class TeamDatabase
{
public:
    TeamDatabase();
    ~TeamDatabase();
    TeamDatabase(const TeamDatabase&) = delete;
    TeamDatabase& operator=(const TeamDatabase&) = delete;

    // libpq connection string for this database, as the superuser.
    QString url() const;
    // The same as a login role made by addRole.
    QString urlAs(const QString& role) const;
    const QString& name() const { return m_name; }

    // Runs SQL as the superuser in this database; fails the test on error.
    void sql(const QString& statement) const;
    // Runs SQL as role; returns the error (empty when it succeeded).
    Error sqlAs(const QString& role, const QString& statement) const;
    // Runs one statement as role: the number of rows it returned (say
    // RETURNING 1 to count the rows it changed), or its error.
    Result<int> rowsAs(const QString& role, const QString& statement) const;
    // The first column of the first row of a query, as the superuser.
    QString value(const QString& query) const;

    // A login role with a password, unique to this test (returned name).
    QString addRole(const QString& base);

private:
    QString m_name;
    QStringList m_roles;
};

// Runs the event loop until done() or ms have passed; returns done().
template <typename Done>
bool waitFor(Done done, int ms = 2000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// A connection to the team server at url (fails the test when it cannot).
std::unique_ptr<TeamServer> connectTo(const QString& url);
// The same, after `server init` as the superuser.
std::unique_ptr<TeamServer> initialised(const TeamDatabase& db);

// The team map named map at url, opened (fails the test when it cannot).
std::unique_ptr<Document> openMap(const QString& url, const QString& map = "Sample");

// The sample on an initialised database of its own, with the login roles
// alice, bob and carol; billing is its Billing & Finance department. A test
// changes data as it needs, then publish()es it.
struct SampleTeam
{
    TeamDatabase db;
    DocumentData data = sampleDocument();
    QString alice, bob, carol;
    Id billing = 0;

    SampleTeam();
    // data published as "Sample" by alice (its facilitator); bob a member of
    // Billing & Finance, carol a viewer.
    void publish() const;
    // "Sample" opened as role.
    std::unique_ptr<Document> open(const QString& role) const;
};

} // namespace cx::test
