#include "cliversions.h"

#include "analysis/versioncompare.h"
#include "cli.h"
#include "cliout.h"
#include "cliteam.h"
#include "model/document.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cx::cli {

namespace {

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// The version named `name` in doc, or an error listing the versions there are.
Result<VersionInfo> versionByName(const Document& doc, const QString& file, const QString& name)
{
    Result<QList<VersionInfo>> all = doc.versions();
    if (!all)
        return all.error();
    if (const VersionInfo* v = versionNamed(all.value(), name))
        return *v;
    QStringList names;
    for (const VersionInfo& v : all.value())
        names << QStringLiteral("“%1”").arg(terminalText(v.name));
    const QString known = names.isEmpty() ? QStringLiteral("it has none")
                                          : QStringLiteral("it has ") + names.join(u", ");
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("%1 has no version “%2”: %3").arg(file, terminalText(name), known)};
}

int listVersions(const Document& doc, const QString& file)
{
    Result<QList<VersionInfo>> all = doc.versions();
    if (!all)
        return fail(all.error().message);
    if (all->isEmpty())
        out() << file << " has no named versions" << Qt::endl;
    for (const VersionInfo& v : all.value()) {
        out() << terminalText(v.name) << "\t" << timeText(v.at) << "\t" << terminalText(v.who)
              << "\n";
    }
    out().flush();
    return Ok;
}

int createVersion(const QCommandLineParser& p, const QString& file, const QString& name)
{
    auto doc = openMap(p, false);
    if (!doc)
        return fail(doc.error().message);
    Result<Id> id = doc.value()->createVersion(name);
    if (!id)
        return fail(QStringLiteral("%1: %2").arg(file, terminalText(id.error().message)));
    out() << "Kept " << file << " as the version “" << terminalText(name.trimmed()) << "”"
          << Qt::endl;
    return Ok;
}

int restoreVersion(const Document& doc, const QString& file, const QString& name,
                   const QString& output)
{
    if (output.isEmpty())
        return usageError(QStringLiteral("versions --restore: say where with --output FILE"));
    Result<VersionInfo> v = versionByName(doc, file, name);
    if (!v)
        return fail(v.error().message);
    if (Error err = doc.restoreVersion(v->id, output))
        return fail(err.message);
    out() << "Restored the version “" << terminalText(v->name) << "” as " << output << Qt::endl;
    return Ok;
}

struct Sides
{
    DocumentData before;
    DocumentData after;
    QString beforeName;
    QString afterName; // empty: now
};

QJsonArray cardsJson(const DocumentData& data, const QList<Id>& ids)
{
    QJsonArray out;
    for (const Card& c : data.cards) {
        if (ids.contains(c.id))
            out.append(QJsonObject{{"id", c.id}, {"title", c.title}});
    }
    return out;
}

QJsonObject journeyJson(const Sides& s, const Journey& j, const analysis::JourneyComparison& c)
{
    QJsonArray changed;
    for (const analysis::CardMatch& m : c.changed) {
        QJsonArray aspects;
        for (analysis::CardAspect a : m.changes)
            aspects.append(analysis::aspectName(a));
        QJsonObject card{{"id", m.futureCardId}, {"changes", aspects}};
        for (const Card& k : s.after.cards) {
            if (k.id == m.futureCardId)
                card.insert("title", k.title);
        }
        changed.append(card);
    }
    QJsonArray stages;
    for (const analysis::StageDelta& d : c.stages) {
        const auto value = [](std::optional<double> v) {
            return v ? QJsonValue(*v) : QJsonValue();
        };
        stages.append(QJsonObject{{"name", d.name},
                                  {"before", value(d.current)},
                                  {"after", value(d.future)},
                                  {"delta", value(d.delta)}});
    }
    return QJsonObject{{"id", j.id},
                       {"name", j.name},
                       {"added", cardsJson(s.after, c.added)},
                       {"removed", cardsJson(s.before, c.removed)},
                       {"changed", changed},
                       {"unchanged", c.unchanged},
                       {"stages", stages}};
}

const Journey* journeyIn(const Sides& s, Id id)
{
    for (const DocumentData* data : {&s.after, &s.before}) {
        for (const Journey& j : data->journeys) {
            if (j.id == id)
                return &j;
        }
    }
    return nullptr;
}

void printComparison(const Sides& s, const QList<Id>& journeys, bool json)
{
    QJsonArray journeysJson;
    if (!json)
        out() << "Changes from the version “" << terminalText(s.beforeName) << "” to "
              << (s.afterName.isEmpty()
                      ? QStringLiteral("now")
                      : QStringLiteral("the version “%1”").arg(terminalText(s.afterName)))
              << "\n";
    for (Id id : journeys) {
        const Journey* j = journeyIn(s, id);
        const analysis::JourneyComparison c = analysis::compareVersions(s.before, s.after, id);
        if (json) {
            journeysJson.append(journeyJson(s, *j, c));
            continue;
        }
        out() << "\nJourney “" << terminalText(j->name) << "”: " << c.added.size() << " added, "
              << c.removed.size() << " removed, " << c.changed.size() << " changed, " << c.unchanged
              << " unchanged\n";
        const QStringList lines = analysis::comparisonLines(s.before, s.after, c);
        for (const QString& line : lines)
            out() << "  " << terminalText(line) << "\n";
        if (lines.isEmpty())
            out() << "  no changes\n";
    }
    if (json) {
        const QJsonObject root{{"from", s.beforeName},
                               {"to", s.afterName.isEmpty() ? QJsonValue() : s.afterName},
                               {"journeys", journeysJson}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    out().flush();
}

int compareVersions(const Document& doc, const QString& file, const QCommandLineParser& p)
{
    Sides s;
    for (const bool first : {true, false}) {
        const QString name = p.value(first ? QStringLiteral("compare") : QStringLiteral("with"));
        if (!first && !p.isSet(QStringLiteral("with"))) {
            s.after = doc.snapshot();
            break;
        }
        Result<VersionInfo> v = versionByName(doc, file, name);
        Result<DocumentData> data = v ? doc.version(v->id) : Result<DocumentData>(v.error());
        if (!data)
            return fail(data.error().message);
        (first ? s.before : s.after) = data.value();
        (first ? s.beforeName : s.afterName) = v->name;
    }
    QList<Id> journeys = analysis::versionJourneys(s.before, s.after);
    if (p.isSet(QStringLiteral("journey"))) {
        Result<Id> j = journeyNamed(doc, file, p.value(QStringLiteral("journey")));
        if (!j)
            return fail(j.error().message);
        journeys = {j.value()};
    }
    printComparison(s, journeys, p.isSet(QStringLiteral("json")));
    if (out().status() != QTextStream::Ok)
        return fail(QStringLiteral("cannot write the comparison (is the output full or closed?)"));
    return Ok;
}

void addOptions(QCommandLineParser& p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("create"), QStringLiteral("Keep the map now."), "NAME"});
    p.addOption({QStringLiteral("compare"), QStringLiteral("Compare a version."), "NAME"});
    p.addOption({QStringLiteral("with"), QStringLiteral("The other version."), "NAME"});
    p.addOption({QStringLiteral("journey"), QStringLiteral("Only this journey."), "NAME"});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    p.addOption({QStringLiteral("restore"), QStringLiteral("Restore a version."), "NAME"});
    p.addOption({QStringLiteral("output"), QStringLiteral("The new map file."), "FILE"});
    addMapOption(p);
}

// Which of --create, --compare and --restore: at most one, and the options
// that go with it only.
QString usageProblem(const QCommandLineParser& p)
{
    const int actions = int(p.isSet(QStringLiteral("create"))) +
                        int(p.isSet(QStringLiteral("compare"))) +
                        int(p.isSet(QStringLiteral("restore")));
    if (actions > 1)
        return QStringLiteral("versions: one of --create, --compare or --restore");
    const bool comparing = p.isSet(QStringLiteral("compare"));
    for (const char* option : {"with", "journey", "json"}) {
        if (!comparing && p.isSet(QString::fromLatin1(option)))
            return QStringLiteral("versions: --%1 goes with --compare").arg(option);
    }
    if (!p.isSet(QStringLiteral("restore")) && p.isSet(QStringLiteral("output")))
        return QStringLiteral("versions: --output goes with --restore");
    if (p.positionalArguments().size() != 1)
        return p.positionalArguments().isEmpty() ? QStringLiteral("versions: which map?")
                                                 : QStringLiteral("versions: one map only");
    return {};
}

} // namespace

int cmdVersions(const QStringList& args)
{
    QCommandLineParser p;
    addOptions(p);
    if (!p.parse(args.mid(1)))
        return usageError(p.errorText());
    if (const QString problem = usageProblem(p); !problem.isEmpty())
        return usageError(problem);
    const QString file = mapLabel(p);
    if (p.isSet(QStringLiteral("create")))
        return createVersion(p, file, p.value(QStringLiteral("create")));
    auto doc = openMap(p, true);
    if (!doc)
        return fail(doc.error().message);
    if (p.isSet(QStringLiteral("compare")))
        return compareVersions(*doc.value(), file, p);
    if (p.isSet(QStringLiteral("restore")))
        return restoreVersion(*doc.value(), file, p.value(QStringLiteral("restore")),
                              p.value(QStringLiteral("output")));
    return listVersions(*doc.value(), file);
}

} // namespace cx::cli
