#include "clihistory.h"

#include "cli.h"
#include "cliimpact.h"
#include "cliout.h"
#include "cliteam.h"
#include "io/jsonhistory.h"
#include "model/document.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace cx::cli {

namespace {

// Long values (descriptions, pictures) are cut: a line is for reading.
constexpr qsizetype maxValueLength = 60;

QString valueText(const QJsonValue& v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    if (text.size() > maxValueLength)
        text = text.left(maxValueLength - 1) + QChar(0x2026);
    return text;
}

QString quoted(const QString& text) { return QStringLiteral("\u201c%1\u201d").arg(text); }

// "card 12 “Checkout page”", "title"
QString objectText(const HistoryChange& c)
{
    QString s = toString(c.object);
    if (c.object != HistoryObject::Title)
        s += QStringLiteral(" %1").arg(c.objectId);
    if (!c.label.isEmpty())
        s += QLatin1Char(' ') + quoted(c.label);
    return s;
}

QString changeText(const HistoryChange& c)
{
    const QString head = toString(c.action) + QLatin1Char(' ') + objectText(c);
    switch (c.action) {
    case HistoryAction::Add:
        return head + QStringLiteral(": ") + valueText(c.after);
    case HistoryAction::Remove:
        return head + QStringLiteral(": ") + valueText(c.before);
    case HistoryAction::Change:
        break;
    }
    const QString before = c.before.isUndefined() ? QStringLiteral("-") : valueText(c.before);
    const QString after = c.after.isUndefined() ? QStringLiteral("-") : valueText(c.after);
    return QStringLiteral("%1 %2: %3 \u2192 %4").arg(head, c.field, before, after);
}

struct Options
{
    QString map; // the file or the server's URL
    QString label;
    HistoryFilter filter;
    QDateTime pruneBefore;
};

void addOptions(QCommandLineParser& p)
{
    const auto add = [&p](const char* name, const char* help, const char* value) {
        p.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)});
    };
    add("card", "The history of the card with this title.", "TITLE");
    add("card-id", "The history of the card with this id (also a removed card).", "N");
    add("since", "Records from DATE on (YYYY-MM-DD, or ISO 8601; UTC).", "DATE");
    add("department", "Records of this department's cards and links.", "NAME");
    add("field", "Records that change this field (a JSON member, e.g. emotion).", "F");
    add("prune-before", "Remove the records older than DATE (YYYY-MM-DD, or ISO 8601; UTC).",
        "DATE");
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the records as JSON.")});
    addMapOption(p);
}

// Parses the arguments; empty on success, else the usage problem.
QString parseArguments(QCommandLineParser& p, const QStringList& args, Options& o)
{
    addOptions(p);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(args.mid(1)))
        return p.errorText();
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return positional.isEmpty() ? QStringLiteral("history: which map?")
                                    : QStringLiteral("history: one map only");
    o.map = positional.first();
    if (p.isSet(QStringLiteral("card")) && p.isSet(QStringLiteral("card-id")))
        return QStringLiteral("history: name the card with --card TITLE or --card-id N, not both");
    if (p.isSet(QStringLiteral("prune-before"))) {
        for (const char* other : {"card", "card-id", "since", "department", "field", "json"}) {
            if (p.isSet(QString::fromLatin1(other)))
                return QStringLiteral("history: --prune-before removes records by date only "
                                      "(not with --%1)")
                    .arg(QLatin1String(other));
        }
    }
    return {};
}

Result<std::unique_ptr<Document>> openMap(const QCommandLineParser& p, Options& o, bool readOnly)
{
    o.label = mapLabel(p);
    return cli::openMap(p, readOnly);
}

// A card title not on the map may be a removed card's: its records say.
Result<Id> removedCardTitled(const Document& doc, const QString& label, const QString& title,
                             const Error& notFound)
{
    HistoryFilter f;
    f.object = HistoryObject::Card;
    auto records = doc.history(f);
    if (!records)
        return records.error();
    QSet<Id> ids;
    for (const HistoryRecord& r : *records) {
        if (r.change.label.trimmed().compare(title.trimmed(), Qt::CaseInsensitive) == 0)
            ids.insert(r.change.objectId);
    }
    if (ids.size() == 1)
        return *ids.begin();
    if (ids.isEmpty())
        return notFound;
    QList<Id> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList listed;
    for (Id id : sorted)
        listed << QString::number(id);
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("%1: %2 removed cards were titled %3; pick one with --card-id: %4")
                     .arg(label, QString::number(ids.size()), quoted(terminalText(title.trimmed())),
                          listed.join(QStringLiteral(", ")))};
}

// The filter the options ask for, with the card and department looked up.
Error makeFilter(const QCommandLineParser& p, const Document& doc, Options& o)
{
    HistoryFilter& f = o.filter;
    if (p.isSet(QStringLiteral("card-id"))) {
        bool isNumber = false;
        f.objectId = p.value(QStringLiteral("card-id")).trimmed().toLongLong(&isNumber);
        if (!isNumber || f.objectId <= 0)
            return {ErrorCode::InvalidArgument,
                    QStringLiteral("--card-id: \u201c%1\u201d is not a card id")
                        .arg(terminalText(p.value(QStringLiteral("card-id"))))};
        f.object = HistoryObject::Card;
    } else if (p.isSet(QStringLiteral("card"))) {
        const QString title = p.value(QStringLiteral("card"));
        const DocumentData data = doc.snapshot();
        const bool onMap = std::any_of(data.cards.begin(), data.cards.end(), [&](const Card& c) {
            return c.title.trimmed().compare(title.trimmed(), Qt::CaseInsensitive) == 0;
        });
        auto id = cardNamed(data, o.label, title);
        if (!onMap)
            id = removedCardTitled(doc, o.label, title, id.error());
        if (!id)
            return id.error();
        f.object = HistoryObject::Card;
        f.objectId = *id;
    }
    if (p.isSet(QStringLiteral("department"))) {
        auto d = departmentNamed(doc, o.label, p.value(QStringLiteral("department")));
        if (!d)
            return d.error();
        f.departmentId = *d;
    }
    f.field = p.value(QStringLiteral("field")).trimmed();
    return {};
}

int printRecords(const QList<HistoryRecord>& records, bool json)
{
    if (json) {
        out() << QString::fromUtf8(
            QJsonDocument(json::historyToJson(records)).toJson(QJsonDocument::Indented));
    } else if (records.isEmpty()) {
        out() << "No history records match." << Qt::endl;
    } else {
        for (const HistoryRecord& r : records)
            out() << historyLine(r) << '\n';
    }
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(QStringLiteral("cannot write the history (is the output full or closed?)"));
    return Ok;
}

int prune(const QCommandLineParser& p, Options& o)
{
    auto doc = openMap(p, o, false);
    if (!doc)
        return fail(doc.error().message);
    if (doc.value()->isReadOnly())
        return fail(QStringLiteral("%1 is read-only (%2): its history cannot be pruned")
                        .arg(o.label, doc.value()->readOnlyReason()));
    auto removed = doc.value()->pruneHistory(o.pruneBefore);
    if (!removed)
        return fail(QStringLiteral("%1: %2").arg(o.label, removed.error().message));
    out() << "Removed " << *removed << (*removed == 1 ? " history record" : " history records")
          << " older than " << o.pruneBefore.toString(Qt::ISODate) << " from " << o.label
          << Qt::endl;
    return Ok;
}

} // namespace

Result<QDateTime> parseDate(const QString& option, const QString& text)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // no offset given: UTC, as everywhere here
    if (!at.isValid())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--%1: \u201c%2\u201d is not a date (YYYY-MM-DD, or an ISO "
                                    "8601 date and time such as 2026-12-06T14:05:00Z)")
                         .arg(option, terminalText(text))};
    return at.toUTC();
}

QString historyLine(const HistoryRecord& r)
{
    const QString who = r.who.isEmpty() ? QStringLiteral("?") : r.who;
    QString line = QStringLiteral("%1  %2  %3")
                       .arg(r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who,
                            changeText(r.change));
    if (!r.text.isEmpty())
        line += QStringLiteral("  (%1)").arg(r.text);
    return terminalText(line);
}

int cmdHistory(const QStringList& args)
{
    QCommandLineParser p;
    Options o;
    if (const QString problem = parseArguments(p, args, o); !problem.isEmpty())
        return usageError(problem);
    for (const char* option : {"since", "prune-before"}) {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name))
            continue;
        auto at = parseDate(name, p.value(name));
        if (!at)
            return fail(at.error().message);
        (name == QLatin1String("since") ? o.filter.since : o.pruneBefore) = *at;
    }
    if (p.isSet(QStringLiteral("prune-before")))
        return prune(p, o);
    auto doc = openMap(p, o, true);
    if (!doc)
        return fail(doc.error().message);
    if (const Error err = makeFilter(p, *doc.value(), o))
        return fail(err.message);
    auto records = doc.value()->history(o.filter);
    if (!records)
        return fail(QStringLiteral("%1: %2").arg(o.label, records.error().message));
    return printRecords(*records, p.isSet(QStringLiteral("json")));
}

} // namespace cx::cli
