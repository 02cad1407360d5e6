#include "cliteam.h"

#include "cli.h"
#include "cliout.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "store/teamserver.h"

#include <QFileInfo>

#include <functional>
#include <memory>

namespace cx::cli {

namespace {

// Parses "cxmap VERB POSITIONAL... [options]" (skip: the words before the
// options, the verb's included) with exactly `count` positional arguments.
bool parseTeam(QCommandLineParser& p, const QStringList& args, int skip, int count,
               const char* shape, QStringList& positional, QString& problem)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(args.mid(skip - 1))) {
        problem = p.errorText();
        return false;
    }
    positional = p.positionalArguments();
    if (positional.size() != count) {
        problem = QStringLiteral("usage: cxmap %1").arg(QLatin1String(shape));
        return false;
    }
    return true;
}

void addMapName(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("map"), QStringLiteral("The map's name on the server."),
                 QStringLiteral("NAME")});
}

// What a refusal for want of a password says besides the server's words.
template <typename T>
Result<T> withPasswordHint(Result<T> result, bool needsPassword)
{
    if (!result && needsPassword)
        return Error{result.error().code,
                     result.error().message +
                         QStringLiteral(" (CXMap never stores a password: give it in ~/.pgpass "
                                        "or the PGPASSWORD variable)")};
    return result;
}

// A connection to the server at url, or the message saying why not.
Result<std::unique_ptr<TeamServer>> connectTo(const QString& url)
{
    bool needsPassword = false;
    return withPasswordHint(TeamServer::connect(url, {}, &needsPassword), needsPassword);
}

// The map named by --map, read from the server at url and checked as a file
// from a stranger would be.
Result<DocumentData> readTeamMap(const QString& url, const QString& name)
{
    auto server = connectTo(url);
    if (!server)
        return server.error();
    auto data = server.value()->read(name);
    if (!data)
        return data.error();
    // Every reference and value, through the JSON reader's checks.
    auto checked = fromJson(toJson(data.value()));
    if (!checked)
        return Error{checked.error().code,
                     QStringLiteral("The map “%1” on the server cannot be read: %2")
                         .arg(name, checked.error().message)};
    return data;
}

// "cxmap server ACTION URL --map NAME ...", with count words after ACTION:
// parsed (the usage when the words, --map or valid() say otherwise) and
// connected. Returns the server, or nullptr with code set to the exit code.
std::unique_ptr<TeamServer> mapVerb(QCommandLineParser& p, const QStringList& args, int count,
                                    const char* shape, QStringList& positional, int& code,
                                    const std::function<bool()>& valid = {})
{
    addMapName(p);
    QString problem;
    if (!parseTeam(p, args, 3, count, shape, positional, problem)) {
        code = usageError(problem);
        return nullptr;
    }
    if (!p.isSet(QStringLiteral("map")) || (valid && !valid())) {
        code = usageError(QStringLiteral("usage: cxmap %1").arg(QLatin1String(shape)));
        return nullptr;
    }
    auto server = connectTo(positional[0]);
    if (!server) {
        code = fail(server.error().message);
        return nullptr;
    }
    return std::move(server.value());
}

int serverInit(const QStringList& args)
{
    QCommandLineParser p;
    QStringList positional;
    QString problem;
    if (!parseTeam(p, args, 3, 1, "server init URL", positional, problem))
        return usageError(problem);
    auto server = connectTo(positional[0]);
    if (!server)
        return fail(server.error().message);
    auto done = server.value()->init();
    if (!done)
        return fail(done.error().message);
    out() << server.value()->describe() << ": " << *done << Qt::endl;
    return Ok;
}

// cxmap server grant URL --map NAME ROLE --facilitator|--department NAME...|--viewer
int serverGrant(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("facilitator"), QStringLiteral("Everything, grants included.")});
    p.addOption({QStringLiteral("viewer"), QStringLiteral("Reads.")});
    p.addOption({QStringLiteral("department"),
                 QStringLiteral("A member of this department (repeatable)."),
                 QStringLiteral("NAME")});
    QStringList positional;
    int code = Ok;
    auto server = mapVerb(
        p, args, 2, "server grant URL --map NAME ROLE --facilitator|--department NAME...|--viewer",
        positional, code, [&p] {
            return int(p.isSet(QStringLiteral("facilitator"))) +
                       int(p.isSet(QStringLiteral("viewer"))) +
                       int(p.isSet(QStringLiteral("department"))) ==
                   1;
        });
    if (!server)
        return code;
    const QString map = p.value(QStringLiteral("map")), role = positional[1];
    Error err;
    QString right;
    if (p.isSet(QStringLiteral("facilitator"))) {
        err = server->grantFacilitator(map, role);
        right = QStringLiteral("a facilitator");
    } else if (p.isSet(QStringLiteral("viewer"))) {
        err = server->grantViewer(map, role);
        right = QStringLiteral("a viewer");
    } else {
        const QStringList departments = p.values(QStringLiteral("department"));
        err = server->grantMember(map, role, departments);
        right = QStringLiteral("a member of %1").arg(departments.join(QStringLiteral(", ")));
    }
    if (err)
        return fail(err.message);
    out() << role << " is " << right << " on the map “" << map << "”" << Qt::endl;
    return Ok;
}

// cxmap server revoke URL --map NAME ROLE
int serverRevoke(const QStringList& args)
{
    QCommandLineParser p;
    QStringList positional;
    int code = Ok;
    auto server = mapVerb(p, args, 2, "server revoke URL --map NAME ROLE", positional, code);
    if (!server)
        return code;
    const QString map = p.value(QStringLiteral("map")), role = positional[1];
    if (Error err = server->revoke(map, role))
        return fail(err.message);
    out() << role << " has no more rights on the map “" << map << "”" << Qt::endl;
    return Ok;
}

// cxmap server delete URL --map NAME
int serverDelete(const QStringList& args)
{
    QCommandLineParser p;
    QStringList positional;
    int code = Ok;
    auto server = mapVerb(p, args, 1, "server delete URL --map NAME", positional, code);
    if (!server)
        return code;
    const QString map = p.value(QStringLiteral("map"));
    auto cards = server->remove(map);
    if (!cards)
        return fail(cards.error().message);
    out() << "deleted the map “" << map << "” and its " << *cards << " cards" << Qt::endl;
    return Ok;
}

} // namespace

void addMapOption(QCommandLineParser& p) { addMapName(p); }

QString mapLabel(const QCommandLineParser& p)
{
    return p.isSet(QStringLiteral("map"))
               ? QStringLiteral("map “%1”").arg(p.value(QStringLiteral("map")))
               : p.positionalArguments().value(0);
}

Result<std::unique_ptr<Document>> openMap(const QCommandLineParser& p, bool readOnly)
{
    const QString target = p.positionalArguments().value(0);
    if (!p.isSet(QStringLiteral("map")))
        return Document::open(target, readOnly);
    bool needsPassword = false;
    return withPasswordHint(
        Document::openTeam(target, p.value(QStringLiteral("map")), {}, &needsPassword),
        needsPassword);
}

QString MapSource::resolve(const QCommandLineParser& p, const QString& positional)
{
    if (!p.isSet(QStringLiteral("map"))) {
        m_file = positional;
        m_label = positional;
        return {};
    }
    const QString name = p.value(QStringLiteral("map"));
    auto data = readTeamMap(positional, name);
    if (!data)
        return data.error().message;
    if (!m_dir.isValid())
        return QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString());
    m_file = m_dir.filePath(QStringLiteral("team-map.cxmap"));
    auto doc = Document::create(m_file, data.value());
    if (!doc)
        return doc.error().message;
    m_label = QStringLiteral("map “%1”").arg(name);
    return {};
}

int cmdServer(const QStringList& args)
{
    const QString action = args.value(2);
    if (action == QLatin1String("init"))
        return serverInit(args);
    if (action == QLatin1String("grant"))
        return serverGrant(args);
    if (action == QLatin1String("revoke"))
        return serverRevoke(args);
    if (action == QLatin1String("delete"))
        return serverDelete(args);
    return usageError(action.isEmpty()
                          ? QStringLiteral("server: say what to do (init, grant, revoke or delete)")
                          : QStringLiteral("server: unknown action “%1” (init, grant, revoke or "
                                           "delete)")
                                .arg(action));
}

int cmdPublish(const QStringList& args)
{
    QCommandLineParser p;
    addMapName(p);
    p.addOption({QStringLiteral("replace"),
                 QStringLiteral("Replace a map of that name (its facilitators only).")});
    QStringList positional;
    QString problem;
    if (!parseTeam(p, args, 2, 2, "publish FILE URL --map NAME [--replace]", positional, problem))
        return usageError(problem);
    if (!p.isSet(QStringLiteral("map")))
        return usageError(QStringLiteral("publish: name the map on the server (--map NAME)"));
    const QString file = positional[0];
    const QString name = p.value(QStringLiteral("map"));
    if (const QString problem = TeamServer::mapNameProblem(name); !problem.isEmpty())
        return fail(problem);
    auto data = readMapFile(file);
    if (!data)
        return fail(data.error().message);
    auto server = connectTo(positional[1]);
    if (!server)
        return fail(server.error().message);
    if (Error err = server.value()->publish(name, data.value(), p.isSet(QStringLiteral("replace"))))
        return fail(err.message);
    // The server writes who reviewed a card and when: the file's reviews it
    // had not recorded (all, on a new map) become the publisher's, made now.
    const auto reviewed = std::count_if(data->cards.cbegin(), data->cards.cend(),
                                        [](const Card& c) { return c.reviewedAt.isValid(); });
    if (reviewed > 0)
        warn(QStringLiteral("the team server records who reviewed a card and when: of the %1 %2 "
                            "reviewed in %3, those it had not recorded count as reviewed by %4 "
                            "now")
                 .arg(reviewed)
                 .arg(reviewed == 1 ? "card" : "cards")
                 .arg(file, server.value()->role()));
    out() << "Published " << file << " to " << server.value()->describe() << " as the map “" << name
          << "” (" << data->cards.size() << " cards)" << Qt::endl;
    return Ok;
}

int cmdPull(const QStringList& args)
{
    QCommandLineParser p;
    addMapName(p);
    QStringList positional;
    QString problem;
    if (!parseTeam(p, args, 2, 2, "pull URL --map NAME FILE", positional, problem))
        return usageError(problem);
    if (!p.isSet(QStringLiteral("map")))
        return usageError(QStringLiteral("pull: name the map on the server (--map NAME)"));
    const QString name = p.value(QStringLiteral("map"));
    const QString file = positional[1];
    if (QFileInfo::exists(file))
        return fail(QStringLiteral("%1 exists: pull writes a new file").arg(file));
    auto data = readTeamMap(positional[0], name);
    if (!data)
        return fail(data.error().message);
    auto doc = Document::create(file, data.value());
    if (!doc)
        return fail(doc.error().message);
    out() << "Pulled the map “" << name << "” (" << data->cards.size() << " cards) into " << file
          << Qt::endl;
    return Ok;
}

int cmdList(const QStringList& args)
{
    QCommandLineParser p;
    QStringList positional;
    QString problem;
    if (!parseTeam(p, args, 2, 1, "list URL", positional, problem))
        return usageError(problem);
    auto server = connectTo(positional[0]);
    if (!server)
        return fail(server.error().message);
    auto maps = server.value()->maps();
    if (!maps)
        return fail(maps.error().message);
    out() << "MAP\tJOURNEYS\tCARDS\tLINKS\tCHANGED (UTC)\tBY\n";
    for (const TeamMapInfo& m : *maps) {
        out() << terminalText(m.name) << '\t' << m.journeys << '\t' << m.cards << '\t' << m.links
              << '\t' << m.changedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
              << terminalText(m.changedBy) << '\n';
    }
    out().flush();
    if (maps->isEmpty())
        err() << "cxmap: no maps on " << server.value()->describe() << " yet" << Qt::endl;
    return Ok;
}

} // namespace cx::cli
