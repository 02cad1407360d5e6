#include "clifeedback.h"

#include "cliteam.h"

#include "io/feedbackimport.h"
#include "model/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cx::cli {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::cli)
};

Error invalid(const QString& message) { return Error{ErrorCode::InvalidData, message}; }

const QString feedbackOption = QStringLiteral("feedback");
const QString columnsOption = QStringLiteral("columns");
const QString encodingOption = QStringLiteral("encoding");
const QString skipRowsOption = QStringLiteral("skip-rows");
const QString mapOption = QStringLiteral("map");

Result<FeedbackImportOptions> readOptions(const QCommandLineParser& parser)
{
    FeedbackImportOptions options;
    options.notUtf8Advice = CliTr::tr("if it comes from Excel or another Windows program, try "
                                      "--encoding cp1252");
    if (parser.isSet(encodingOption)) {
        const QString name = parser.value(encodingOption);
        const std::optional<FeedbackEncoding> encoding = feedbackEncodingFromString(name);
        if (!encoding)
            return invalid(
                CliTr::tr("--encoding: unknown encoding “%1”; say utf-8 or cp1252 (UTF-16 "
                          "is known by its byte order mark)")
                    .arg(name));
        options.encoding = *encoding;
    }
    if (parser.isSet(skipRowsOption)) {
        bool ok = false;
        const int n = parser.value(skipRowsOption).toInt(&ok);
        if (!ok || n < 0)
            return invalid(CliTr::tr("--skip-rows: “%1” is not a number of rows (0 or more)")
                               .arg(parser.value(skipRowsOption)));
        options.skipRows = n;
    }
    return options;
}

} // namespace

void addFeedbackImportOptions(QCommandLineParser& parser)
{
    parser.addOption({feedbackOption,
                      CliTr::tr("Read customer feedback from a survey or ticket export (CSV)."),
                      QStringLiteral("IN")});
    parser.addOption({columnsOption, CliTr::tr("With --feedback: which columns feed which field."),
                      QStringLiteral("SPEC")});
    parser.addOption({encodingOption, CliTr::tr("With --feedback: utf-8 (the default) or cp1252."),
                      QStringLiteral("NAME")});
    parser.addOption({skipRowsOption, CliTr::tr("With --feedback: rows to skip before the header."),
                      QStringLiteral("N")});
    parser.addOption(
        {mapOption,
         CliTr::tr("With --feedback and a team server's URL: the map on it to import into."),
         QStringLiteral("NAME")});
}

bool feedbackImportRequested(const QCommandLineParser& parser)
{
    return parser.isSet(feedbackOption);
}

QString feedbackImportUsageProblem(const QCommandLineParser& parser)
{
    if (!parser.isSet(feedbackOption)) {
        for (const QString& option : {columnsOption, encodingOption, skipRowsOption, mapOption}) {
            if (parser.isSet(option))
                return CliTr::tr("import: --%1 goes with --feedback IN").arg(option);
        }
        return {};
    }
    if (!parser.isSet(columnsOption))
        return CliTr::tr("import --feedback: say which columns to read (--columns "
                         "\"text=COLUMN,card=COLUMN,...\")");
    return {};
}

Result<QString> importFeedbackFile(const QCommandLineParser& parser, const QString& file)
{
    const Result<FeedbackColumns> columns = parseColumnSpec(parser.value(columnsOption));
    if (!columns)
        return columns.error();
    const Result<FeedbackImportOptions> options = readOptions(parser);
    if (!options)
        return options.error();
    const bool team = parser.isSet(mapOption);
    if (!team && !QFileInfo::exists(file))
        return invalid(
            CliTr::tr("%1 does not exist: feedback goes into an existing map (make one with "
                      "cxmap new or cxmap import --json)")
                .arg(file));
    const QString in = parser.value(feedbackOption);
    QFile source(in);
    if (!source.open(QIODevice::ReadOnly))
        return invalid(CliTr::tr("cannot read %1: %2").arg(in, source.errorString()));
    if (source.size() > maxFeedbackImportBytes)
        return invalid(CliTr::tr("%1 is larger than 512 MB: split the export").arg(in));
    const QByteArray bytes = source.readAll();
    auto doc = openMap(parser, false); // a file, or URL --map NAME
    if (!doc)
        return doc.error();
    const Result<FeedbackImport> parsed = parseFeedback(bytes, *columns, *options, *doc.value());
    if (!parsed)
        return invalid(QStringLiteral("%1: %2").arg(in, parsed.error().message));
    const QString name = QFileInfo(in).fileName();
    const Result<QList<Id>> added = importFeedback(*doc.value(), *parsed, name);
    if (!added)
        return invalid(QStringLiteral("%1: %2").arg(mapLabel(parser), added.error().message));
    return feedbackImportSummaryText(parsed->summary, name);
}

} // namespace cx::cli
