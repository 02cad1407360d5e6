#include "clitabular.h"

#include "cli.h"

#include "io/csvformat.h"
#include "io/mermaidformat.h"
#include "model/document.h"
#include "model/templates.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <functional>

namespace cx::cli {

namespace {

enum class Tabular
{
    Csv,
    Mermaid
};

constexpr std::array formats{std::pair{"csv", Tabular::Csv},
                             std::pair{"mermaid", Tabular::Mermaid}};

Error invalidData(const QString& message) { return Error{ErrorCode::InvalidData, message}; }

// The journey named 'name' (case-insensitive), or an error that lists the names.
Result<Id> journeyNamed(const DocumentData& data, const QString& file, const QString& name)
{
    QStringList names;
    for (const Journey& j : data.journeys) {
        if (j.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return j.id;
        names.append(j.name);
    }
    return invalidData(QStringLiteral("%1 has no journey \u201c%2\u201d; it has: %3")
                           .arg(file, name, names.join(QStringLiteral(", "))));
}

Id firstJourney(const DocumentData& data)
{
    const auto first = std::min_element(
        data.journeys.begin(), data.journeys.end(),
        [](const Journey& a, const Journey& b) { return a.position < b.position; });
    return first == data.journeys.end() ? 0 : first->id;
}

Error writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

// What 'in' holds, read as the format says: a function that adds it to a document.
using Importer = std::function<Result<QList<Id>>(Document&)>;

Result<Importer> parse(Tabular format, const QByteArray& bytes)
{
    if (format == Tabular::Csv) {
        Result<CsvImport> rows = fromCsv(bytes);
        if (!rows)
            return rows.error();
        return Importer(
            [rows = std::move(rows).value()](Document& doc) { return importCsv(doc, rows); });
    }
    Result<MermaidJourney> journey = fromMermaid(bytes);
    if (!journey)
        return journey.error();
    return Importer([journey = std::move(journey).value()](Document& doc) {
        return importMermaid(doc, journey);
    });
}

// Opens the document at file, or creates it from the blank template: with its
// departments, and with its empty journey only for CSV (whose rows may name
// it); a new map from a Mermaid diagram holds the diagram's journey alone.
Result<std::unique_ptr<Document>> openOrCreate(const QString& file, Tabular format, bool& created)
{
    created = !QFileInfo::exists(file);
    if (!created)
        return Document::open(file);
    Result<DocumentData> blank = templateData(QStringLiteral("blank"));
    if (!blank)
        return blank.error();
    if (format == Tabular::Mermaid) {
        blank->journeys.clear();
        blank->stages.clear();
        blank->lanes.clear();
        blank->cards.clear();
        blank->links.clear();
    }
    return Document::create(file, *blank);
}

Error exportOne(Tabular format, const QString& file, const QString& out, const QString& journey)
{
    const Result<DocumentData> data = readMapFile(file);
    if (!data)
        return data.error();
    Id journeyId = 0;
    if (!journey.isEmpty()) {
        const Result<Id> named = journeyNamed(*data, file, journey);
        if (!named)
            return named.error();
        journeyId = *named;
    }
    if (format == Tabular::Csv)
        return writeFile(out, toCsv(*data, journeyId));
    if (journeyId == 0)
        journeyId = firstJourney(*data);
    if (journeyId == 0)
        return invalidData(QStringLiteral("%1 has no journey to write").arg(file));
    return writeFile(out, toMermaid(*data, journeyId));
}

} // namespace

void addTabularOptions(QCommandLineParser& parser, bool importing)
{
    const QString value = importing ? QStringLiteral("IN") : QStringLiteral("OUT");
    parser.addOption({QStringLiteral("csv"),
                      importing ? QStringLiteral("Read cards from CSV.")
                                : QStringLiteral("Write the cards as CSV."),
                      value});
    parser.addOption({QStringLiteral("mermaid"),
                      importing ? QStringLiteral("Read a Mermaid journey diagram.")
                                : QStringLiteral("Write a journey as a Mermaid diagram."),
                      value});
}

int tabularOptionCount(const QCommandLineParser& parser)
{
    return int(std::count_if(formats.begin(), formats.end(), [&](const auto& f) {
        return parser.isSet(QString::fromLatin1(f.first));
    }));
}

Error exportTabular(const QCommandLineParser& parser, const QString& file)
{
    const QString journey = parser.value(QStringLiteral("journey"));
    for (const auto& [option, format] : formats) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            continue;
        if (Error err = exportOne(format, file, parser.value(name), journey))
            return err;
    }
    return {};
}

Result<QString> importTabular(const QCommandLineParser& parser, const QString& file)
{
    const bool csv = parser.isSet(QStringLiteral("csv"));
    const Tabular format = csv ? Tabular::Csv : Tabular::Mermaid;
    const QString in = parser.value(csv ? QStringLiteral("csv") : QStringLiteral("mermaid"));
    QFile source(in);
    if (!source.open(QIODevice::ReadOnly))
        return invalidData(QStringLiteral("cannot read %1: %2").arg(in, source.errorString()));
    const Result<Importer> importer = parse(format, source.readAll());
    if (!importer)
        return invalidData(QStringLiteral("%1: %2").arg(in, importer.error().message));
    bool created = false;
    auto doc = openOrCreate(file, format, created);
    if (!doc)
        return doc.error();
    const Result<QList<Id>> added = (*importer)(*doc.value());
    if (!added) {
        if (created) { // leave nothing behind
            doc.value().reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(file + QLatin1String(suffix));
        }
        const Error& err = added.error();
        if (err.code == ErrorCode::InvalidData)
            return invalidData(QStringLiteral("%1: %2").arg(in, err.message));
        return err;
    }
    return QStringLiteral("Imported %1 cards into %2").arg(added->size()).arg(file);
}

} // namespace cx::cli
