#include "clireport.h"

#include "analysis/actions.h"
#include "cli.h"
#include "cliout.h"
#include "glyphcheck.h"
#include "model/document.h"
#include "report/recognitionsheet.h"
#include "report/report.h"

#include <QCommandLineParser>

#include <algorithm>

namespace cx::cli {

namespace {

int say(const QString& message, int code)
{
    err() << "cxmap: " << message << Qt::endl;
    return code;
}

// --since DATE (the period's first day), when given.
int readSince(const QCommandLineParser& p, QDate& since)
{
    if (!p.isSet(QStringLiteral("since")))
        return Ok;
    since = QDate::fromString(p.value(QStringLiteral("since")), Qt::ISODate);
    if (!since.isValid())
        return say(QStringLiteral("--since is a day as YYYY-MM-DD, not \u201c%1\u201d")
                       .arg(p.value(QStringLiteral("since"))),
                   BadUsage);
    return Ok;
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
    parser.addOption({QStringLiteral("full-map"),
                      QStringLiteral("Print every page of the map, however many: a map of more "
                                     "than 12 pages otherwise gets an overview and the pages "
                                     "that matter.")});
    parser.addOption({QStringLiteral("recognition"),
                      QStringLiteral("Write a department's recognition sheet (one page, .pdf or "
                                     ".png) for --department NAME."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("since"),
                      QStringLiteral("With --recognition or --pdf: the first day of the period "
                                     "of the recognition sheet and of the report's customer "
                                     "feedback (YYYY-MM-DD; default: the last 90 days)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("full-appendix"),
                      QStringLiteral("List every card in the appendix: of a journey of more than "
                                     "500 cards it otherwise lists the cards that matter.")});
}

int exportReport(const QCommandLineParser& p, const QString& file)
{
    report::ReportOptions options;
    if (const int code = readSince(p, options.feedbackSince); code != Ok)
        return code;
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
    options.fullMap = p.isSet(QStringLiteral("full-map"));
    options.fullAppendix = p.isSet(QStringLiteral("full-appendix"));

    auto opened = Document::open(file, true);
    if (!opened)
        return say(opened.error().message, BadInput);
    Document& doc = *opened.value();
    if (p.isSet(QStringLiteral("journey"))) {
        auto j = journeyNamed(doc, file, p.value(QStringLiteral("journey")));
        if (!j)
            return say(j.error().message, BadInput);
        options.journeyIds = {j.value()};
    }
    for (const QString& name : p.values(QStringLiteral("department"))) {
        auto d = departmentNamed(doc, file, name);
        if (!d)
            return say(d.error().message, BadInput);
        if (!options.departmentIds.contains(d.value()))
            options.departmentIds.append(d.value());
    }
    if (doc.journeyIds().isEmpty())
        return say(QStringLiteral("%1 has no journey to report on").arg(file), BadInput);
    const Error err = report::writeReport(doc, options, p.value(QStringLiteral("pdf")));
    if (err)
        return say(err.message, BadInput);
    warn(missingGlyphs(doc, options.journeyIds).warning()); // written all the same
    return Ok;
}

int exportRecognition(const QCommandLineParser& p, const QString& file)
{
    const QStringList departments = p.values(QStringLiteral("department"));
    if (departments.size() != 1)
        return say(QStringLiteral("--recognition is for one department: name it with "
                                  "--department NAME"),
                   BadUsage);
    report::RecognitionSheetOptions options;
    if (const int code = readSince(p, options.since); code != Ok)
        return code;
    auto opened = Document::open(file, true);
    if (!opened)
        return say(opened.error().message, BadInput);
    auto d = departmentNamed(*opened.value(), file, departments.first());
    if (!d)
        return say(d.error().message, BadInput);
    options.departmentId = d.value();
    options.today = today(*opened.value()); // the map's clock, as everywhere
    if (const Error err = report::writeRecognitionSheet(*opened.value(), options,
                                                        p.value(QStringLiteral("recognition"))))
        return say(err.message, BadInput);
    return Ok;
}

} // namespace cx::cli
