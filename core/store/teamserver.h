#pragma once

// A CXMap team server: a PostgreSQL database holding named maps (see
// DESIGN.md, "The team server"). Connection settings follow libpq; CXMap never
// stores a password. This class sets the server up and moves whole maps to
// and from it; every call is one server transaction.

#include "../model/result.h"
#include "../model/types.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace cx {

namespace pg {
class Connection;
}

struct TeamMapInfo
{
    QString name;
    QString title;
    QDateTime changedAt; // UTC
    QString changedBy;   // the server role
    int journeys = 0;
    int cards = 0;
    int links = 0;
};

// A role's CXMap rights on one map (cxmap.grants).
struct TeamRights
{
    bool facilitator = false; // everything, publish, replace, grant
    QList<Id> departments;    // member: the cards these departments are accountable for
    bool viewer = false;      // reads
    bool any() const { return facilitator || viewer || !departments.isEmpty(); }
};

class TeamServer
{
public:
    // The longest map name the server keeps.
    static constexpr int maxMapNameLength = 200;

    // Connects (see pg::Connection::open). needsPassword is set when the
    // server asked for a password that nobody gave.
    static Result<std::unique_ptr<TeamServer>>
    connect(const QString& conninfo, const QString& password = {}, bool* needsPassword = nullptr);
    ~TeamServer();
    TeamServer(const TeamServer&) = delete;
    TeamServer& operator=(const TeamServer&) = delete;

    // "role@host:port/database".
    QString describe() const;
    // The server role this connection acts as.
    QString role() const;

    // Creates the CXMap schema, or upgrades an older one; says what it did.
    Result<QString> init();

    // The maps on the server, by name.
    Result<QList<TeamMapInfo>> maps();

    // Puts data on the server as the map `name`, ids and positions as they
    // are. An existing name is refused unless replace is set and this role is
    // the map's facilitator; the publisher of a new map becomes its
    // facilitator.
    Error publish(const QString& name, const DocumentData& data, bool replace);

    // The whole map `name` (canonical form).
    Result<DocumentData> read(const QString& name);

    // Gives role rights on the map (facilitators only; the server enforces
    // it). departments names the departments of a member, by name.
    Error grantFacilitator(const QString& map, const QString& role);
    Error grantViewer(const QString& map, const QString& role);
    Error grantMember(const QString& map, const QString& role, const QStringList& departments);
    // Takes every right of role on the map.
    Error revoke(const QString& map, const QString& role);
    // Deletes the map with everything on it (its facilitators only); windows
    // that show it turn read-only. Says how many cards went.
    Result<int> remove(const QString& map);

    // What this connection's role may do on the map. The schema's owner and
    // a superuser administer every map: they count as facilitators.
    Result<TeamRights> rights(const QString& map);

    // The map's id on this server (refused: no such map, or a bad name).
    Result<qint64> mapId(const QString& name);
    // The connection, for the store of an open team map.
    pg::Connection& connection() { return *m_conn; }

    // Whether a connection string holds a password itself (never to be kept).
    static bool holdsPassword(const QString& conninfo);

    // Empty when name can name a map; else what is wrong with it.
    static QString mapNameProblem(const QString& name);

private:
    explicit TeamServer(std::unique_ptr<pg::Connection> c);
    QString m_role;
    Result<bool> administers(qint64 map);
    // Runs body(map id) in one transaction if this role administers the map;
    // what names the act in messages ("grant rights").
    Error asFacilitator(const QString& map, const QString& what,
                        const std::function<Error(qint64)>& body);
    Error grant(const QString& map, const QString& who, const char* kind, const QList<Id>& ids);
    // Runs body in one transaction (begin opens it), committed when body
    // succeeds, rolled back otherwise.
    Error inTransaction(const QString& what, const std::function<Error()>& body,
                        const char* begin = "BEGIN");

    std::unique_ptr<pg::Connection> m_conn;
};

} // namespace cx
