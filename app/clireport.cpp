#include "clireport.h"

#include "cli.h"
#include "model/document.h"
#include "report/report.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace cx::cli {

namespace {

int say(const QString& message, int code)
{
    QTextStream(stderr) << "cxmap: " << message << Qt::endl;
    return code;
}

// "…; it has: A, B, C" for a name that is not there.
template <typename Names>
QString unknown(const QString& file, const QString& what, const QString& name, Names names)
{
    return QStringLiteral("%1 has no %2 \u201c%3\u201d; it has: %4")
        .arg(file, what, name, names().join(QStringLiteral(", ")));
}

} // namespace

void addReportOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("pdf"), QStringLiteral("Write the PDF report."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("paper"),
                      QStringLiteral("Paper of the report: A4, A3, Letter."),
                      QStringLiteral("SIZE"), QStringLiteral("A4")});
    parser.addOption(
        {QStringLiteral("landscape"), QStringLiteral("Lay the report out landscape.")});
}

int exportReport(const QCommandLineParser& p, const QString& file)
{
    report::ReportOptions options;
    const QString paper = p.value(QStringLiteral("paper"));
    const QList<std::pair<QString, QPageSize::PageSizeId>> papers = {
        {QStringLiteral("A4"), QPageSize::A4},
        {QStringLiteral("A3"), QPageSize::A3},
        {QStringLiteral("Letter"), QPageSize::Letter}};
    const auto known = std::find_if(papers.begin(), papers.end(), [&](const auto& entry) {
        return entry.first.compare(paper, Qt::CaseInsensitive) == 0;
    });
    if (known == papers.end())
        return say(QStringLiteral("--paper is A4, A3 or Letter, not \u201c%1\u201d").arg(paper),
                   BadUsage);
    options.paper = known->second;
    options.orientation =
        p.isSet(QStringLiteral("landscape")) ? QPageLayout::Landscape : QPageLayout::Portrait;

    auto opened = Document::open(file, true);
    if (!opened)
        return say(opened.error().message, BadInput);
    Document& doc = *opened.value();
    if (p.isSet(QStringLiteral("journey"))) {
        const QString name = p.value(QStringLiteral("journey"));
        const Journey* j = doc.journeyByName(name);
        if (!j)
            return say(unknown(file, QStringLiteral("journey"), name,
                               [&] {
                                   QStringList names;
                                   for (Id id : doc.journeyIds())
                                       names << doc.journey(id)->name;
                                   return names;
                               }),
                       BadInput);
        options.journeyIds = {j->id};
    }
    for (const QString& name : p.values(QStringLiteral("department"))) {
        const Department* d = doc.departmentByName(name);
        if (!d)
            return say(unknown(file, QStringLiteral("department"), name,
                               [&] {
                                   QStringList names;
                                   for (Id id : doc.departmentIds())
                                       names << doc.department(id)->name;
                                   return names;
                               }),
                       BadInput);
        if (!options.departmentIds.contains(d->id))
            options.departmentIds.append(d->id);
    }
    if (doc.journeyIds().isEmpty())
        return say(QStringLiteral("%1 has no journey to report on").arg(file), BadInput);
    const Error err = report::writeReport(doc, options, p.value(QStringLiteral("pdf")));
    return err ? say(err.message, BadInput) : Ok;
}

} // namespace cx::cli
