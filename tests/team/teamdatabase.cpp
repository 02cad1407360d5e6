#include "teamdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>

namespace cx::test {

namespace {

QAtomicInt counter;

std::unique_ptr<pg::Connection> connect(const QString& conninfo)
{
    auto c = pg::Connection::open(conninfo);
    if (!c)
        FAIL(c.error().message.toStdString());
    return std::move(c.value());
}

void run(pg::Connection& c, const QString& statement)
{
    const Error err = c.script(statement.toUtf8().constData(), QStringLiteral("run a test's SQL"));
    INFO(statement.toStdString() << "\n" << err.message.toStdString());
    REQUIRE(!err);
}

} // namespace

TeamDatabase::TeamDatabase()
    : m_name(QStringLiteral("cxmap_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1)))
{
    auto admin = connect(QString());
    run(*admin, QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

TeamDatabase::~TeamDatabase()
{
    auto admin = pg::Connection::open(QString());
    if (!admin)
        return;
    // A destructor cannot fail a test: a leftover is said, and the throw-away
    // cluster goes with it anyway.
    const auto drop = [&](const QString& sql) {
        if (const Error err = admin.value()->script(sql.toUtf8().constData(), sql))
            WARN(err.message.toStdString());
    };
    drop(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString& role : m_roles)
        drop(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

QString TeamDatabase::url() const { return QStringLiteral("dbname=%1").arg(m_name); }

QString TeamDatabase::urlAs(const QString& role) const
{
    // The test roles' password is their name.
    return QStringLiteral("dbname=%1 user=%2 password=%2").arg(m_name, role);
}

void TeamDatabase::sql(const QString& statement) const
{
    auto c = connect(url());
    run(*c, statement);
}

Error TeamDatabase::sqlAs(const QString& role, const QString& statement) const
{
    auto c = connect(urlAs(role));
    return c->script(statement.toUtf8().constData(), QStringLiteral("run a test's SQL"));
}

Result<int> TeamDatabase::rowsAs(const QString& role, const QString& statement) const
{
    auto c = connect(urlAs(role));
    auto rows = c->query(statement.toUtf8().constData(), {}, QStringLiteral("run a test's SQL"));
    if (!rows)
        return rows.error();
    return rows->count();
}

QString TeamDatabase::value(const QString& query) const
{
    auto c = connect(url());
    auto rows = c->query(query.toUtf8().constData(), {}, QStringLiteral("run a test's query"));
    INFO(query.toStdString() << "\n" << (rows ? "" : rows.error().message.toStdString()));
    REQUIRE(rows.ok());
    REQUIRE(rows->count() > 0);
    return rows->text(0, 0);
}

QString TeamDatabase::addRole(const QString& base)
{
    const QString role = m_name + QLatin1Char('_') + base;
    auto admin = connect(QString());
    run(*admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%1'").arg(role));
    m_roles << role;
    return role;
}

std::unique_ptr<TeamServer> connectTo(const QString& url)
{
    auto s = TeamServer::connect(url);
    if (!s)
        FAIL(s.error().message.toStdString());
    return std::move(s.value());
}

std::unique_ptr<TeamServer> initialised(const TeamDatabase& db)
{
    auto server = connectTo(db.url());
    auto done = server->init();
    INFO((done ? *done : done.error().message).toStdString());
    REQUIRE(done.ok());
    return server;
}

std::unique_ptr<Document> openMap(const QString& url, const QString& map)
{
    auto doc = Document::openTeam(url, map);
    if (!doc)
        FAIL(doc.error().message.toStdString());
    return std::move(doc.value());
}

SampleTeam::SampleTeam()
{
    initialised(db);
    alice = db.addRole(QStringLiteral("alice"));
    bob = db.addRole(QStringLiteral("bob"));
    carol = db.addRole(QStringLiteral("carol"));
    for (const Department& d : data.departments) {
        if (d.name == QLatin1String("Billing & Finance"))
            billing = d.id;
    }
    REQUIRE(billing != 0);
}

void SampleTeam::publish() const
{
    auto asAlice = connectTo(db.urlAs(alice));
    REQUIRE(!asAlice->publish(QStringLiteral("Sample"), data, false));
    REQUIRE(!asAlice->grantMember(QStringLiteral("Sample"), bob, {"billing & finance"}));
    REQUIRE(!asAlice->grantViewer(QStringLiteral("Sample"), carol));
}

std::unique_ptr<Document> SampleTeam::open(const QString& role) const
{
    return openMap(db.urlAs(role));
}

} // namespace cx::test
