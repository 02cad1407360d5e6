#include "cli.h"

#include "canvas/canvasexport.h"
#include "clifeedback.h"
#include "clifeedbacklist.h"
#include "clihistory.h"
#include "cliimpact.h"
#include "cliout.h"
#include "clireport.h"
#include "clireview.h"
#include "clistats.h"
#include "clitabular.h"
#include "cliteam.h"
#include "cliversions.h"
#include "glyphcheck.h"
#include "i18n/language.h"
#include "io/jsonformat.h"
#include "model/document.h"
#include "model/linkrules.h"
#include "model/picture.h"
#include "model/templates.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace cx::cli {

Result<DocumentData> readMapFile(const QString& path)
{
    auto store = Store::open(path, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    return store.value()->readAll();
}

int fail(const QString& message)
{
    err() << "cxmap: " << message << Qt::endl;
    return BadInput;
}

int usageError(const QString& message)
{
    err()
        << "cxmap: " << message << "\n"
        << "usage: cxmap [FILE]                      start the editor\n"
        << "       cxmap URL --map NAME              the editor on a team map\n"
        << "       cxmap --version\n"
        << "       cxmap new FILE [--template NAME]\n"
        << "       cxmap stats FILE [--json]\n"
        << "       cxmap check FILE\n"
        << "       cxmap impact FILE --card TITLE|--card-id N [--journey NAME] [--json]\n"
        << "       cxmap history FILE [--card TITLE|--card-id N] [--since DATE]\n"
        << "                     [--department NAME] [--field F] [--json]\n"
        << "       cxmap history FILE --prune-before DATE\n"
        << "                     (DATE: YYYY-MM-DD or ISO 8601 date-time, UTC)\n"
        << "       cxmap versions FILE [--create NAME | --restore NAME --output NEW]\n"
        << "       cxmap versions FILE --compare NAME [--with NAME] [--journey NAME] [--json]\n"
        << "       cxmap review FILE [--department NAME] [--journey NAME] [--json]\n"
        << "       cxmap review FILE --mark --department NAME | --card-id N ...\n"
        << "       cxmap review FILE --interval DAYS\n"
        << "       cxmap digest FILE --department NAME [--since DATE] [--markdown]\n"
        << "       cxmap actions FILE [--department NAME] [--overdue] [--json|--csv OUT]\n"
        << "       cxmap actions FILE --add --card-id N --what TEXT [--owner NAME] [--due DAY]\n"
        << "       cxmap feedback FILE [--department NAME] [--card ID] [--unsorted]\n"
        << "                     [--since DAY] [--csv OUT]\n"
        << "       cxmap feedback FILE --assign ID[,ID...] --to CARD_ID|unsorted\n"
        << "       cxmap feedback FILE --redact|--delete ID[,ID...]\n"
        << "       cxmap feedback FILE --recognition --department NAME [--since DAY]\n"
        << "       cxmap server init URL\n"
        << "       cxmap server grant URL --map NAME ROLE --facilitator|--viewer\n"
        << "       cxmap server grant URL --map NAME ROLE --department NAME [--department NAME "
           "...]\n"
        << "       cxmap server revoke URL --map NAME ROLE\n"
        << "       cxmap server delete URL --map NAME\n"
        << "       cxmap publish FILE URL --map NAME [--replace]\n"
        << "       cxmap pull URL --map NAME FILE\n"
        << "       cxmap list URL\n"
        << "       cxmap export FILE --json OUT [--without-history]\n"
        << "       cxmap export FILE --csv|--mermaid OUT [--journey NAME]\n"
        << "       cxmap export FILE --png|--svg OUT [--journey NAME] [--department NAME]\n"
        << "       cxmap export FILE --pdf OUT [--journey NAME] [--department NAME ...]\n"
        << "                        [--paper A4|A3|Letter] [--landscape] [--full-map]\n"
        << "                        [--full-appendix] [--since DAY]   (its feedback period)\n"
        << "                        [--language en|de]   (also with --png, --svg, --recognition)\n"
        << "       cxmap import FILE --json IN     (FILE is created)\n"
        << "       cxmap import FILE --csv|--mermaid IN   (adds to FILE, created if missing)\n"
        << "       cxmap import FILE --feedback IN --columns SPEC [--encoding cp1252]\n"
        << "                     [--skip-rows N]   (customer feedback; FILE must exist,\n"
        << "                     or URL --map NAME for a map on a team server)\n"
        << "                     SPEC: text=COL,card=COL[,date=COL][,score=COL:nps|csat]\n"
        << "                     [,kind=COL][,sentiment=COL][,source=COL][,segment=COL]\n"
        << "                     [,reference=COL]; COL: a header name, case-insensitive,\n"
        << "                     in \"double quotes\" if it holds a comma, or #N for the\n"
        << "                     N-th column (a name the header repeats or leaves blank)\n"
        << "stats, check, impact, history and export read a team map with URL --map NAME in\n"
        << "FILE's place; URL is a postgresql:// URI, \"key=value ...\" or \"\" (libpq's PG*\n"
        << "variables)." << Qt::endl;
    return BadUsage;
}

namespace {

const QStringList subcommands = {
    QStringLiteral("new"),     QStringLiteral("stats"),  QStringLiteral("check"),
    QStringLiteral("export"),  QStringLiteral("import"), QStringLiteral("server"),
    QStringLiteral("publish"), QStringLiteral("pull"),   QStringLiteral("list")};

// Parses "cxmap SUB FILE [options]": the subcommand's options plus exactly one FILE.
bool parse(QCommandLineParser& parser, const QStringList& args, QString& file, QString& problem)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // The subcommand stands where QCommandLineParser expects the program name.
    if (!parser.parse(args.mid(1))) {
        problem = parser.errorText();
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        problem = positional.isEmpty() ? QStringLiteral("%1: which file?").arg(args[1])
                                       : QStringLiteral("%1: one file only").arg(args[1]);
        return false;
    }
    file = positional.first();
    return true;
}

} // namespace

// True (after saying so) when out would overwrite the document itself.
bool overwritesDocument(const QString& out, const QString& document)
{
    const QFileInfo o(out), d(document);
    if (!o.exists() || o.canonicalFilePath() != d.canonicalFilePath())
        return false;
    fail(QStringLiteral("%1 is the document itself: choose another output file").arg(out));
    return true;
}

int writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return Ok;
}

namespace {

int cmdNew(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("template"), QStringLiteral("Start from a template."),
                 QStringLiteral("NAME"), QStringLiteral("blank")});
    QString file, problem;
    if (!parse(p, args, file, problem))
        return usageError(problem);
    auto data = templateData(p.value(QStringLiteral("template")));
    if (!data)
        return fail(data.error().message);
    auto doc = Document::create(file, data.value());
    if (!doc)
        return fail(doc.error().message);
    out() << "Created " << file << " from the template “" << p.value(QStringLiteral("template"))
          << "”" << Qt::endl;
    return Ok;
}

int cmdStats(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    addMapOption(p);
    QString file, problem;
    if (!parse(p, args, file, problem))
        return usageError(problem);
    MapSource source;
    if (const QString why = source.resolve(p, file); !why.isEmpty())
        return fail(why);
    file = source.file();
    auto data = readMapFile(file);
    if (!data)
        return fail(data.error().message);
    if (p.isSet(QStringLiteral("json")))
        out() << statsJson(data.value());
    else
        out() << statsText(data.value());
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(QStringLiteral("cannot write the figures (is the output full or closed?)"));
    return Ok;
}

// Clears each persona picture of another kind than PNG or JPEG, with a warning.
void warnPictures(const QString& file, DocumentData& data)
{
    for (Persona& p : data.personas) {
        if (!p.picture.isEmpty() && !isPictureFormat(p.picture)) {
            warn(QStringLiteral("%1: the picture of the persona \u201c%2\u201d is not PNG or JPEG; "
                                "CXMap does not show it")
                     .arg(file, p.name));
            p.picture.clear();
        }
    }
}

// A file from before duplicates were refused may hold a link twice (same
// cards, direction and type): each such link is named once, with how often it
// is there, and the repeats are dropped.
void warnDuplicateLinks(const QString& file, DocumentData& data)
{
    const QList<LinkRepeat> repeats = repeatedLinks(data.links);
    if (repeats.isEmpty())
        return;
    QHash<Id, QString> titles;
    for (const Card& c : data.cards)
        titles.insert(c.id, c.title);
    QHash<LinkKey, int> times;
    QList<Link> firsts; // in file order
    for (const LinkRepeat& r : repeats) {
        if (times[linkKey(r.first)]++ == 0)
            firsts.append(r.first);
    }
    for (const Link& l : firsts) {
        const int n = times.value(linkKey(l)) + 1;
        warn(QStringLiteral("%1: the link \u201c%2\u201d %3 \u201c%4\u201d is there %5")
                 .arg(file, titles.value(l.fromCardId), linkTypeWords(l.type),
                      titles.value(l.toCardId),
                      n == 2 ? QStringLiteral("twice") : QStringLiteral("%1 times").arg(n)));
    }
    data.links = withoutRepeats(data.links);
}

int cmdCheck(const QStringList& args)
{
    QCommandLineParser p;
    addMapOption(p);
    QString file, problem;
    if (!parse(p, args, file, problem))
        return usageError(problem);
    MapSource source;
    if (const QString why = source.resolve(p, file); !why.isEmpty())
        return fail(why);
    file = source.file();
    const QString label = source.label();
    auto store = Store::open(file, Store::Mode::ReadOnly);
    if (!store)
        return fail(store.error().message);
    if (const QString damage = store.value()->integrityProblem(); !damage.isEmpty())
        return fail(QStringLiteral("%1 is damaged: %2").arg(label, damage));
    auto data = store.value()->readAll();
    if (!data)
        return fail(data.error().message);
    // A picture of another kind than PNG or JPEG stays in the file, unshown:
    // a warning, not damage. The rest is re-read through the JSON validator,
    // which checks every reference.
    DocumentData checkable = data.value();
    warnPictures(label, checkable);
    warnDuplicateLinks(label, checkable);
    auto checked = fromJson(toJson(checkable));
    if (!checked)
        return fail(QStringLiteral("%1: %2").arg(label, checked.error().message));
    out() << label << ": ok (" << data->journeys.size() << " journeys, " << data->cards.size()
          << " cards, " << data->links.size() << " links)" << Qt::endl;
    return Ok;
}

} // namespace

namespace {

// "file has no journey “X”; it has: A, B, C"
Error noSuch(const QString& file, const QString& what, const QString& name,
             const QStringList& names)
{
    return {ErrorCode::InvalidArgument,
            QStringLiteral("%1 has no %2 \u201c%3\u201d; it has: %4")
                .arg(file, what, name, names.join(QStringLiteral(", ")))};
}

} // namespace

Result<Id> journeyNamed(const Document& doc, const QString& file, const QString& name)
{
    if (const Journey* j = doc.journeyByName(name))
        return j->id;
    QStringList names;
    for (Id id : doc.journeyIds())
        names << doc.journey(id)->name;
    return noSuch(file, QStringLiteral("journey"), name, names);
}

Result<Id> departmentNamed(const Document& doc, const QString& file, const QString& name)
{
    if (const Department* d = doc.departmentByName(name.trimmed()))
        return d->id; // the full name wins over another's short name
    QStringList names;
    for (Id id : doc.departmentIds()) {
        const Department* d = doc.department(id);
        if (!d->shortName.isEmpty() &&
            d->shortName.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return id;
        names << (d->shortName.isEmpty() ? d->name
                                         : QStringLiteral("%1 (%2)").arg(d->name, d->shortName));
    }
    return noSuch(file, QStringLiteral("department"), name, names);
}

namespace {

// The canvas of one journey as PNG or SVG (--journey NAME, --department NAME).
int exportCanvas(const QCommandLineParser& p, const QString& file)
{
    auto doc = Document::open(file, true);
    if (!doc)
        return fail(doc.error().message);
    canvas::RenderOptions options;
    if (p.isSet(QStringLiteral("journey"))) {
        auto j = journeyNamed(*doc.value(), file, p.value(QStringLiteral("journey")));
        if (!j)
            return fail(j.error().message);
        options.journeyId = j.value();
    }
    if (p.isSet(QStringLiteral("department"))) {
        auto d = departmentNamed(*doc.value(), file, p.value(QStringLiteral("department")));
        if (!d)
            return fail(d.error().message);
        options.lensDepartment = d.value();
    }
    if (doc.value()->journeyIds().isEmpty())
        return fail(QStringLiteral("%1 has no journey to draw").arg(file));
    Error err;
    if (p.isSet(QStringLiteral("png")))
        err = canvas::exportPng(*doc.value(), options, p.value(QStringLiteral("png")));
    if (!err && p.isSet(QStringLiteral("svg")))
        err = canvas::exportSvg(*doc.value(), options, p.value(QStringLiteral("svg")));
    if (err)
        return fail(err.message);
    const Id journey = options.journeyId ? options.journeyId : doc.value()->journeyIds().first();
    // The file is written all the same (exit 0): what it lacks is said.
    warn(missingGlyphs(*doc.value(), {journey}).warning());
    return Ok;
}

// The whole map as JSON, with its history unless left out.
int exportJson(const QString& file, const QString& path, bool withHistory)
{
    auto store = Store::open(file, Store::Mode::ReadOnly);
    if (!store)
        return fail(store.error().message);
    auto data = store.value()->readAll();
    if (!data)
        return fail(data.error().message);
    if (!withHistory)
        return writeFile(path, toJson(data.value()));
    auto history = store.value()->readHistory({});
    if (!history)
        return fail(QStringLiteral("%1: %2").arg(file, history.error().message));
    return writeFile(path, toJson(data.value(), history.value()));
}

int cmdExport(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("Write the document as JSON."),
                 QStringLiteral("OUT")});
    p.addOption({QStringLiteral("without-history"),
                 QStringLiteral("With --json: leave the history out (it names people).")});
    p.addOption(
        {QStringLiteral("png"), QStringLiteral("Draw a journey as PNG."), QStringLiteral("OUT")});
    p.addOption(
        {QStringLiteral("svg"), QStringLiteral("Draw a journey as SVG."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("journey"), QStringLiteral("The journey to draw or write."),
                 QStringLiteral("NAME")});
    addTabularOptions(p, false);
    addReportOptions(p);
    p.addOption({QStringLiteral("department"),
                 QStringLiteral("Apply a department lens; with --pdf: that department's report "
                                "(repeatable: theirs together)."),
                 QStringLiteral("NAME")});
    addMapOption(p);
    p.addOption({QStringLiteral("language"),
                 QStringLiteral("The language of the drawing, report or recognition sheet: en "
                                "(the default) or de."),
                 QStringLiteral("CODE")});
    QString file, problem;
    if (!parse(p, args, file, problem))
        return usageError(problem);
    if (p.isSet(QStringLiteral("language"))) {
        // What the export draws or writes speaks it, and so do the messages
        // of that run (scripts that read them leave the option out).
        if (!p.isSet(QStringLiteral("png")) && !p.isSet(QStringLiteral("svg")) &&
            !p.isSet(QStringLiteral("pdf")) && !p.isSet(QStringLiteral("recognition")))
            return usageError(QStringLiteral("--language goes with --png, --svg, --pdf or "
                                             "--recognition (the data formats have no language)"));
        const QString code = p.value(QStringLiteral("language")).trimmed().toLower();
        const QList<language::Language> known = language::available();
        if (std::none_of(known.cbegin(), known.cend(),
                         [&](const language::Language& l) { return l.code == code; }))
            return usageError(QStringLiteral("--language is en or de, not \u201c%1\u201d")
                                  .arg(terminalText(p.value(QStringLiteral("language")))));
        language::install(code);
    }
    const bool json = p.isSet(QStringLiteral("json"));
    const bool drawing = p.isSet(QStringLiteral("png")) || p.isSet(QStringLiteral("svg"));
    const bool tabular = tabularOptionCount(p) > 0;
    const bool report = p.isSet(QStringLiteral("pdf"));
    const bool recognition = p.isSet(QStringLiteral("recognition"));
    if (!json && !drawing && !tabular && !report && !recognition)
        return usageError(QStringLiteral("export: say what to write (--json, --csv, --mermaid, "
                                         "--pdf, --png, --svg or --recognition OUT)"));
    MapSource source;
    if (const QString why = source.resolve(p, file); !why.isEmpty())
        return fail(why);
    file = source.file();
    for (const char* option : {"json", "png", "svg", "csv", "mermaid", "pdf", "recognition"}) {
        const QString name = QString::fromLatin1(option);
        if (p.isSet(name) && overwritesDocument(p.value(name), file))
            return BadInput;
    }
    if (drawing) {
        if (const int code = exportCanvas(p, file); code != Ok)
            return code;
    }
    if (tabular) {
        if (const Error err = exportTabular(p, file))
            return fail(err.message);
    }
    if (report) {
        if (const int code = exportReport(p, file); code != Ok)
            return code;
    }
    if (recognition) {
        if (const int code = exportRecognition(p, file); code != Ok)
            return code;
    }
    if (!json)
        return Ok;
    return exportJson(file, p.value(QStringLiteral("json")),
                      !p.isSet(QStringLiteral("without-history")));
}

int cmdImport(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("json"), QStringLiteral("Read a JSON document."), QStringLiteral("IN")});
    addTabularOptions(p, true);
    addFeedbackImportOptions(p);
    QString file, problem;
    if (!parse(p, args, file, problem))
        return usageError(problem);
    if (int(p.isSet(QStringLiteral("json"))) + tabularOptionCount(p) +
            int(feedbackImportRequested(p)) !=
        1)
        return usageError(QStringLiteral(
            "import: say what to read (one of --json, --csv, --mermaid or --feedback IN)"));
    if (const QString why = feedbackImportUsageProblem(p); !why.isEmpty())
        return usageError(why);
    if (feedbackImportRequested(p)) {
        const Result<QString> done = importFeedbackFile(p, file);
        if (!done)
            return fail(done.error().message);
        out() << *done << Qt::endl;
        return Ok;
    }
    if (tabularOptionCount(p) > 0) {
        const Result<QString> done = importTabular(p, file);
        if (!done)
            return fail(done.error().message);
        out() << *done << Qt::endl;
        return Ok;
    }
    const QString in = p.value(QStringLiteral("json"));
    QFile source(in);
    if (!source.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(in, source.errorString()));
    auto read = fromJsonWithHistory(source.readAll());
    if (!read)
        return fail(QStringLiteral("%1: %2").arg(in, read.error().message));
    if (QFileInfo::exists(file))
        return fail(QStringLiteral("%1 exists: import creates a new document").arg(file));
    // The history comes along as it was: ids, steps, times and authors.
    auto doc = Document::create(file, read->data, read->history);
    if (!doc)
        return fail(doc.error().message);
    out() << "Imported " << read->data.cards.size() << " cards into " << file << Qt::endl;
    return Ok;
}

} // namespace

namespace {

using Verb = int (*)(const QStringList&);
const QHash<QString, Verb> verbs = {
    {QStringLiteral("new"), &cmdNew},           {QStringLiteral("stats"), &cmdStats},
    {QStringLiteral("check"), &cmdCheck},       {QStringLiteral("export"), &cmdExport},
    {QStringLiteral("import"), &cmdImport},     {QStringLiteral("server"), &cmdServer},
    {QStringLiteral("publish"), &cmdPublish},   {QStringLiteral("pull"), &cmdPull},
    {QStringLiteral("list"), &cmdList},         {QStringLiteral("impact"), &cmdImpact},
    {QStringLiteral("versions"), &cmdVersions}, {QStringLiteral("history"), &cmdHistory},
    {QStringLiteral("review"), &cmdReview},     {QStringLiteral("digest"), &cmdDigest},
    {QStringLiteral("actions"), &cmdActions},   {QStringLiteral("feedback"), &cmdFeedback}};

} // namespace

bool teamMapArguments(const QStringList& arguments, QString* url, QString* map)
{
    // cxmap URL --map NAME, or cxmap URL --map=NAME
    const QString first = arguments.value(1);
    if (first.startsWith(u'-') || verbs.contains(first))
        return false;
    QString name;
    if (arguments.size() == 4 && arguments[2] == QLatin1String("--map"))
        name = arguments[3];
    else if (arguments.size() == 3 && arguments[2].startsWith(QLatin1String("--map=")))
        name = arguments[2].mid(6);
    else
        return false;
    if (url)
        *url = first;
    if (map)
        *map = name;
    return true;
}

bool isCliInvocation(const QStringList& arguments)
{
    if (teamMapArguments(arguments, nullptr, nullptr))
        return false; // the editor, on a team map
    // The editor is `cxmap` or `cxmap FILE`; everything else is the command
    // line, which answers unknown commands and options with its usage.
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments[1];
    return arguments.size() > 2 || verbs.contains(first) || first.startsWith(u'-');
}

bool needsGui(const QStringList& arguments)
{
    // Drawing needs fonts: --png OUT or --png=OUT, and the like.
    const auto draws = [](const QString& a) {
        for (const char* option : {"--png", "--svg", "--pdf", "--recognition"}) {
            const QLatin1String name(option);
            if (a == name || a.startsWith(name + QLatin1Char('=')))
                return true;
        }
        return false;
    };
    return arguments.value(1) == QLatin1String("export") &&
           std::any_of(arguments.cbegin(), arguments.cend(), draws);
}

int run(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("--version") || sub == QLatin1String("-v")) {
        out() << "cxmap " << CXMAP_VERSION << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        usageError(QStringLiteral("customer-journey maps that know who owns what"));
        return Ok;
    }
    if (const auto verb = verbs.constFind(sub); verb != verbs.cend()) {
        // English, with its plural forms ("Delete 3 cards"); export's
        // --language may choose another for its drawing or report.
        language::install(QStringLiteral("en"));
        return (*verb)(arguments);
    }
    return usageError(QStringLiteral("unknown command “%1”").arg(sub));
}

} // namespace cx::cli
