#include "clifeedbacklist.h"

#include "analysis/actions.h"
#include "analysis/feedbackstats.h"
#include "analysis/recognition.h"
#include "cli.h"
#include "cliout.h"
#include "cliteam.h"
#include "commands/edit.h"
#include "io/feedbackcsv.h"
#include "model/document.h"
#include "model/enumnames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

namespace cx::cli {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct FeedbackTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::cli::Feedback)
};

QString itemsText(qsizetype n)
{
    return n == 1 ? FeedbackTr::tr("1 feedback item") : FeedbackTr::tr("%1 feedback items").arg(n);
}

// Which items a listing shows.
struct Filter
{
    Id departmentId = 0; // 0: every department's
    Id cardId = 0;       // 0: every card's
    bool unsorted = false;
    QDate since; // invalid: every item
};

Result<QDate> dayOption(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(name))
        return QDate();
    const QString text = p.value(name).trimmed();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return Error{ErrorCode::InvalidArgument,
                     FeedbackTr::tr("--%1: \u201c%2\u201d is not a day (YYYY-MM-DD)")
                         .arg(name, terminalText(p.value(name)))};
    return day;
}

// "12,13, 14": ids of items the map has, each once.
Result<QList<Id>> itemIds(const Document& doc, const QString& file, const QString& option,
                          const QString& text)
{
    QList<Id> ids;
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const Id id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return Error{
                ErrorCode::InvalidArgument,
                FeedbackTr::tr("--%1: \u201c%2\u201d is not a feedback item id (ID[,ID...])")
                    .arg(option, terminalText(part))};
        if (!doc.feedback(id))
            return Error{
                ErrorCode::InvalidArgument,
                FeedbackTr::tr("%1 has no feedback item %2").arg(file, QString::number(id))};
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Result<Id> cardOption(const Document& doc, const QString& file, const QString& option,
                      const QString& text, bool inboxAllowed)
{
    const QString t = text.trimmed();
    if (inboxAllowed && t.compare(QLatin1String("unsorted"), Qt::CaseInsensitive) == 0)
        return Id(0);
    bool ok = false;
    const Id id = t.toLongLong(&ok);
    if (ok && id == 0 && inboxAllowed)
        return Id(0);
    if (!ok || !doc.card(id))
        return Error{ErrorCode::InvalidArgument,
                     FeedbackTr::tr("--%1: %2 has no card with id \u201c%3\u201d")
                         .arg(option, file, terminalText(text))};
    return id;
}

QString sentimentText(const std::optional<int>& s)
{
    if (!s)
        return FeedbackTr::tr("no sentiment");
    return *s > 0 ? QStringLiteral("+%1").arg(*s) : QString::number(*s);
}

QString cardName(const Document& doc, Id cardId)
{
    const Card* c = doc.card(cardId);
    return c ? QStringLiteral("card %1 \u201c%2\u201d").arg(QString::number(cardId), c->title)
             : QString();
}

// On a card, or unsorted with what the import read and the cards it could be.
QString whereText(const Document& doc, const Feedback& f)
{
    if (f.cardId != 0)
        return cardName(doc, f.cardId);
    QStringList candidates;
    for (Id id : f.candidates) {
        if (doc.card(id))
            candidates << cardName(doc, id);
    }
    if (f.cardHint.isEmpty() && candidates.isEmpty())
        return FeedbackTr::tr("unsorted");
    const QString said = FeedbackTr::tr("said \u201c%1\u201d").arg(f.cardHint);
    if (candidates.isEmpty())
        return FeedbackTr::tr("unsorted (%1; matches no card)").arg(said);
    return FeedbackTr::tr("unsorted (%1; could be %2)")
        .arg(said, candidates.join(FeedbackTr::tr(" or ")));
}

QString itemLine(const Document& doc, const Feedback& f)
{
    QStringList fields;
    fields << (f.kind == FeedbackKind::None ? FeedbackTr::tr("no kind") : toString(f.kind));
    fields << sentimentText(f.sentiment);
    fields << (f.source == FeedbackSource::None ? FeedbackTr::tr("no source") : toString(f.source));
    fields << (f.date.isValid() ? f.date.toString(Qt::ISODate) : FeedbackTr::tr("no date"));
    if (f.scale != ScoreScale::None)
        fields << QStringLiteral("%1 %2").arg(toString(f.scale).toUpper()).arg(f.score);
    QString words;
    if (f.redacted)
        words = FeedbackTr::tr("[redacted]");
    else if (f.text.trimmed().isEmpty())
        words = FeedbackTr::tr("(no words)");
    else
        words = QStringLiteral("\u201c%1\u201d").arg(analysis::quoteLine(f.text, 100));
    return terminalText(QStringLiteral("#%1 %2: %3 \u2014 %4")
                            .arg(QString::number(f.id), whereText(doc, f),
                                 fields.join(QStringLiteral(", ")), words));
}

bool selected(const Document& doc, const Feedback& f, const Filter& filter)
{
    if (!analysis::inPeriod(f, filter.since))
        return false;
    if (filter.unsorted)
        return f.cardId == 0;
    if (filter.cardId && f.cardId != filter.cardId)
        return false;
    if (filter.departmentId) {
        const Card* c = doc.card(f.cardId);
        return c && c->accountableId == filter.departmentId;
    }
    return true;
}

void printSummary(const Document& doc, const QList<Feedback>& items, const QDate& since)
{
    DocumentData part = doc.snapshot();
    part.feedback = items;
    const analysis::FeedbackStats s = analysis::feedbackStats(part, since);
    int redacted = 0;
    for (const Feedback& f : items)
        redacted += f.redacted ? 1 : 0;
    out() << '\n'
          << FeedbackTr::tr("%1 listed (%2 on cards, %3 unsorted, %4 redacted)")
                 .arg(itemsText(items.size()))
                 .arg(s.onCards.count)
                 .arg(s.unsorted.count)
                 .arg(redacted)
          << '\n';
    if (s.onCards.count > 0)
        out() << FeedbackTr::tr("On cards: %1").arg(analysis::feedbackSummary(s.onCards)) << '\n';
    if (s.unsorted.count > 0)
        out() << FeedbackTr::tr("Unsorted: %1").arg(analysis::feedbackSummary(s.unsorted)) << '\n';
    const QList<Id> journeys = doc.journeyIds();
    for (Id journeyId : journeys) {
        for (Id stageId : doc.stageIds(journeyId)) {
            if (!s.stages.contains(stageId))
                continue;
            QString name = doc.stage(stageId)->name;
            if (journeys.size() > 1)
                name = doc.journey(journeyId)->name + QStringLiteral(" \u00b7 ") + name;
            out() << terminalText(name) << ": " << analysis::feedbackSummary(s.stage(stageId))
                  << '\n';
        }
    }
}

int list(const Document& doc, const Filter& filter, const QString& csv)
{
    QList<Feedback> items;
    QList<Id> ids;
    for (Id id : doc.allFeedbackIds()) {
        const Feedback& f = *doc.feedback(id);
        if (selected(doc, f, filter)) {
            items.append(f);
            ids.append(id);
        }
    }
    if (!csv.isEmpty()) // the rows as a table, nothing on the terminal
        return writeFile(csv, feedbackToCsv(doc, ids));
    if (items.isEmpty()) {
        out() << FeedbackTr::tr("No feedback.") << '\n';
    } else {
        for (const Feedback& f : items)
            out() << itemLine(doc, f) << '\n';
        printSummary(doc, items, filter.since);
    }
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(FeedbackTr::tr("cannot write the feedback (is the output full?)"));
    return Ok;
}

int editItems(Document& doc, const QString& file, const QCommandLineParser& p)
{
    const QString option = p.isSet(QStringLiteral("assign"))   ? QStringLiteral("assign")
                           : p.isSet(QStringLiteral("redact")) ? QStringLiteral("redact")
                                                               : QStringLiteral("delete");
    auto ids = itemIds(doc, file, option, p.value(option));
    if (!ids)
        return fail(ids.error().message);
    if (doc.isReadOnly())
        return fail(FeedbackTr::tr("%1 is read-only (%2)").arg(file, doc.readOnlyReason()));
    QString done;
    Error err;
    if (option == QLatin1String("assign")) {
        auto to = cardOption(doc, file, QStringLiteral("to"), p.value(QStringLiteral("to")), true);
        if (!to)
            return fail(to.error().message);
        err = edit::moveFeedback(doc, *ids, *to);
        done = *to ? FeedbackTr::tr("Assigned %1 to %2.")
                         .arg(itemsText(ids->size()), cardName(doc, *to))
                   : FeedbackTr::tr("Moved %1 to the unsorted inbox.").arg(itemsText(ids->size()));
    } else if (option == QLatin1String("redact")) {
        err = edit::redactFeedback(doc, *ids);
        done = FeedbackTr::tr("Redacted %1: the words are gone, the items still count.")
                   .arg(itemsText(ids->size()));
    } else {
        err = edit::removeFeedback(doc, *ids);
        done = FeedbackTr::tr("Deleted %1.").arg(itemsText(ids->size()));
    }
    if (err)
        return fail(QStringLiteral("%1: %2").arg(file, err.message));
    out() << terminalText(done) << Qt::endl;
    return Ok;
}

int printRecognition(const Document& doc, Id departmentId, const QDate& since)
{
    for (const QString& line : analysis::recognitionLines(doc, departmentId, since))
        out() << terminalText(line) << '\n';
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(FeedbackTr::tr("cannot write the recognition (is the output full?)"));
    return Ok;
}

void addOptions(QCommandLineParser& p)
{
    const auto add = [&p](const char* name, const char* help, const char* value = nullptr) {
        if (value)
            p.addOption(
                {QString::fromLatin1(name), FeedbackTr::tr(help), QString::fromLatin1(value)});
        else
            p.addOption({QString::fromLatin1(name), FeedbackTr::tr(help)});
    };
    add("department", "The items on the cards this department is accountable for.", "NAME");
    add("card", "The items on this card.", "ID");
    add("unsorted", "The items in the \u201cUnsorted feedback\u201d inbox.");
    add("since",
        "Items dated from DAY on (undated ones left out); with --recognition, the "
        "period's first day (default: 90 days back).",
        "DAY");
    add("assign", "Put these items on the card --to names.", "ID[,ID...]");
    add("to", "With --assign: a card id, or 0 or \u201cunsorted\u201d for the inbox.", "CARD_ID");
    add("redact", "Remove these items' words; the items still count.", "ID[,ID...]");
    add("delete", "Delete these items.", "ID[,ID...]");
    add("recognition", "The praise credited to --department's work.");
    add("csv", "Write the listed items as CSV (one row each) instead of printing them.", "OUT");
    addMapOption(p);
}

// Why the options do not go together; empty when they do.
QString usageProblem(const QCommandLineParser& p)
{
    const auto set = [&p](const char* name) { return p.isSet(QString::fromLatin1(name)); };
    const int actions =
        int(set("assign")) + int(set("redact")) + int(set("delete")) + int(set("recognition"));
    if (actions > 1)
        return FeedbackTr::tr(
            "feedback: one of --assign, --redact, --delete or --recognition at a time");
    if (set("to") && !set("assign"))
        return FeedbackTr::tr("feedback: --to goes with --assign");
    if (set("assign") && !set("to"))
        return FeedbackTr::tr("feedback: --assign needs --to CARD_ID (or --to unsorted)");
    if (set("recognition") && !set("department"))
        return FeedbackTr::tr("feedback: --recognition needs --department NAME");
    const bool filters = set("department") || set("card") || set("unsorted") || set("since");
    if (actions == 1 && !set("recognition") && filters)
        return FeedbackTr::tr(
            "feedback: --assign, --redact and --delete take item ids, not list options");
    if (set("csv") && actions > 0)
        return FeedbackTr::tr(
            "feedback: --csv writes the list (not with --assign, --redact, --delete or "
            "--recognition)");
    if (set("recognition") && (set("card") || set("unsorted")))
        return FeedbackTr::tr(
            "feedback: --recognition is for a department (--card and --unsorted are for "
            "the list)");
    if (set("unsorted") && (set("card") || set("department")))
        return FeedbackTr::tr(
            "feedback: --unsorted lists the inbox alone (no --card or --department)");
    return {};
}

} // namespace

int cmdFeedback(const QStringList& args)
{
    QCommandLineParser p;
    addOptions(p);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(args.mid(1)))
        return usageError(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usageError(FeedbackTr::tr("feedback: one map file (or URL --map NAME)"));
    if (const QString why = usageProblem(p); !why.isEmpty())
        return usageError(why);
    auto since = dayOption(p, QStringLiteral("since"));
    if (!since)
        return fail(since.error().message);
    const bool editing = p.isSet(QStringLiteral("assign")) || p.isSet(QStringLiteral("redact")) ||
                         p.isSet(QStringLiteral("delete"));
    const QString file = mapLabel(p);
    auto opened = openMap(p, !editing);
    if (!opened)
        return fail(opened.error().message);
    Document& doc = *opened.value();
    if (editing)
        return editItems(doc, file, p);
    Filter filter;
    filter.since = *since;
    filter.unsorted = p.isSet(QStringLiteral("unsorted"));
    if (p.isSet(QStringLiteral("department"))) {
        auto dep = departmentNamed(doc, file, p.value(QStringLiteral("department")));
        if (!dep)
            return fail(dep.error().message);
        filter.departmentId = *dep;
    }
    if (p.isSet(QStringLiteral("recognition"))) {
        const QDate from = since->isValid() ? *since : today(doc).addDays(-90);
        return printRecognition(doc, filter.departmentId, from);
    }
    if (p.isSet(QStringLiteral("card"))) {
        auto card =
            cardOption(doc, file, QStringLiteral("card"), p.value(QStringLiteral("card")), false);
        if (!card)
            return fail(card.error().message);
        filter.cardId = *card;
    }
    return list(doc, filter, p.value(QStringLiteral("csv")));
}

} // namespace cx::cli
