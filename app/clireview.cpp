#include "clireview.h"

#include "analysis/actions.h"
#include "analysis/digest.h"
#include "analysis/reviews.h"
#include "cli.h"
#include "clihistory.h"
#include "cliout.h"
#include "cliteam.h"
#include "commands/edit.h"
#include "model/document.h"
#include "model/enumnames.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cx::cli {

namespace {

// An option with a value name (value) or a flag (nullptr).
void addOption(QCommandLineParser& p, const char* name, const char* help, const char* value)
{
    if (value)
        p.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)});
    else
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(help)});
}

struct Scope
{
    Id journeyId = 0;    // 0: every journey
    Id departmentId = 0; // 0: every department
};

QString stamp(const Card& c)
{
    if (!c.reviewedAt.isValid())
        return QStringLiteral("never reviewed");
    return QStringLiteral("last reviewed %1 by %2")
        .arg(c.reviewedAt.toString(QStringLiteral("yyyy-MM-dd")),
             c.reviewedBy.isEmpty() ? QStringLiteral("?") : c.reviewedBy);
}

QString place(const Document& doc, const Card& c)
{
    const Stage* s = doc.stage(c.stageId);
    const Lane* l = doc.lane(c.laneId);
    return QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
        .arg(s ? s->name : QString(), l ? l->name : QString(), c.title);
}

QJsonObject stateJson(const Document& doc, const Scope& scope)
{
    QJsonArray departments;
    const auto entry = [&](Id id, const QString& name) {
        const ReviewCount n = reviewCount(doc, scope.journeyId, id);
        QJsonArray stale;
        for (Id cardId : accountableCards(doc, scope.journeyId, id)) {
            const Card& c = *doc.card(cardId);
            if (isStale(doc, c))
                stale.append(QJsonObject{
                    {"id", qint64(c.id)},
                    {"title", c.title},
                    {"reviewed_at", c.reviewedAt.isValid()
                                        ? QJsonValue(c.reviewedAt.toString(Qt::ISODateWithMs))
                                        : QJsonValue(QJsonValue::Null)}});
        }
        departments.append(QJsonObject{
            {"department", name}, {"cards", n.cards}, {"reviewed", n.reviewed}, {"stale", stale}});
    };
    for (Id id : scope.departmentId ? QList<Id>{scope.departmentId} : doc.departmentIds())
        entry(id, doc.department(id)->name);
    return {{"interval_days", doc.reviewIntervalDays()},
            {"now", doc.now().toUTC().toString(Qt::ISODateWithMs)},
            {"departments", departments}};
}

int printState(const Document& doc, const Scope& scope, bool json)
{
    if (json) {
        out() << QString::fromUtf8(
            QJsonDocument(stateJson(doc, scope)).toJson(QJsonDocument::Indented));
    } else {
        out() << "Review interval: " << doc.reviewIntervalDays() << " days\n";
        for (Id id : scope.departmentId ? QList<Id>{scope.departmentId} : doc.departmentIds()) {
            const QString name = doc.department(id)->name;
            const ReviewCount n = reviewCount(doc, scope.journeyId, id);
            out() << terminalText(reviewSummary(n, name, doc.reviewIntervalDays())) << '\n';
            if (!scope.departmentId)
                continue;
            for (Id cardId : accountableCards(doc, scope.journeyId, id)) {
                const Card& c = *doc.card(cardId);
                if (isStale(doc, c))
                    out() << "  stale: " << terminalText(place(doc, c)) << "  (" << stamp(c)
                          << ")\n";
            }
        }
    }
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(QStringLiteral("cannot write the review state (is the output full?)"));
    return Ok;
}

int mark(Document& doc, const QString& file, const QCommandLineParser& p, const Scope& scope)
{
    QList<Id> ids;
    for (const QString& text : p.values(QStringLiteral("card-id"))) {
        bool ok = false;
        const Id id = text.toLongLong(&ok);
        if (!ok || !doc.card(id))
            return fail(QStringLiteral("%1 has no card with id %2").arg(file, text));
        ids.append(id);
    }
    if (ids.isEmpty())
        ids = accountableCards(doc, scope.journeyId, scope.departmentId);
    if (ids.isEmpty())
        return fail(QStringLiteral("%1: no cards to mark reviewed").arg(file));
    if (Error err = edit::markReviewed(doc, ids))
        return fail(QStringLiteral("%1: %2").arg(file, err.message));
    out() << "Marked " << ids.size() << (ids.size() == 1 ? " card" : " cards") << " reviewed by "
          << terminalText(doc.author()) << Qt::endl;
    return Ok;
}

} // namespace

int cmdReview(const QStringList& args)
{
    QCommandLineParser p;
    const auto add = [&p](const char* name, const char* help, const char* value = nullptr) {
        addOption(p, name, help, value);
    };
    add("department", "The cards this department is accountable for.", "NAME");
    add("journey", "Only this journey's cards.", "NAME");
    add("mark", "Mark the cards reviewed now.");
    add("card-id", "With --mark: this card (repeatable) instead of a department's.", "N");
    add("interval", "Set the map's review interval (1 to 3650 days).", "DAYS");
    add("json", "Print the review state as JSON.");
    addMapOption(p);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(args.mid(1)))
        return usageError(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("review: one map file (or URL --map NAME)"));
    const bool marking = p.isSet(QStringLiteral("mark"));
    const bool interval = p.isSet(QStringLiteral("interval"));
    if (marking && !p.isSet(QStringLiteral("department")) && !p.isSet(QStringLiteral("card-id")))
        return usageError(QStringLiteral("review: --mark needs --department NAME or --card-id N"));
    if (p.isSet(QStringLiteral("card-id")) && !marking)
        return usageError(QStringLiteral("review: --card-id goes with --mark"));
    const QString file = mapLabel(p);
    auto doc = openMap(p, !marking && !interval);
    if (!doc)
        return fail(doc.error().message);
    Document& d = *doc.value();
    Scope scope;
    if (p.isSet(QStringLiteral("journey"))) {
        auto j = journeyNamed(d, file, p.value(QStringLiteral("journey")));
        if (!j)
            return fail(j.error().message);
        scope.journeyId = *j;
    }
    if (p.isSet(QStringLiteral("department"))) {
        auto dep = departmentNamed(d, file, p.value(QStringLiteral("department")));
        if (!dep)
            return fail(dep.error().message);
        scope.departmentId = *dep;
    }
    if ((marking || interval) && d.isReadOnly())
        return fail(QStringLiteral("%1 is read-only (%2)").arg(file, d.readOnlyReason()));
    if (interval) {
        bool ok = false;
        const int days = p.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok)
            return usageError(QStringLiteral("review: --interval takes a number of days"));
        if (Error err = edit::setReviewInterval(d, days))
            return fail(QStringLiteral("%1: %2").arg(file, err.message));
        out() << "Review interval: " << days << " days" << Qt::endl;
    }
    if (marking)
        return mark(d, file, p, scope);
    if (interval)
        return Ok;
    return printState(d, scope, p.isSet(QStringLiteral("json")));
}

int cmdDigest(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("department"), QStringLiteral("The department (required)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("since"),
                 QStringLiteral("Changes from DATE on (YYYY-MM-DD or ISO 8601, UTC); "
                                "default: the department's last review."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("markdown"),
                 QStringLiteral("Markdown for a chat or a wiki (map text escaped).")});
    addMapOption(p);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(args.mid(1)))
        return usageError(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("digest: one map file (or URL --map NAME)"));
    if (!p.isSet(QStringLiteral("department")))
        return usageError(QStringLiteral("digest: which department? (--department NAME)"));
    QDateTime since;
    if (p.isSet(QStringLiteral("since"))) {
        auto at = parseDate(QStringLiteral("since"), p.value(QStringLiteral("since")));
        if (!at)
            return fail(at.error().message);
        since = *at;
    }
    const QString file = mapLabel(p);
    auto doc = openMap(p, true);
    if (!doc)
        return fail(doc.error().message);
    auto dep = departmentNamed(*doc.value(), file, p.value(QStringLiteral("department")));
    if (!dep)
        return fail(dep.error().message);
    auto digest = makeDigest(*doc.value(), *dep, since);
    if (!digest)
        return fail(QStringLiteral("%1: %2").arg(file, digest.error().message));
    out() << digestText(*doc.value(), *digest, p.isSet(QStringLiteral("markdown")));
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(QStringLiteral("cannot write the digest (is the output full?)"));
    return Ok;
}

namespace {

int addAction(Document& doc, const QString& file, const QCommandLineParser& p)
{
    bool ok = false;
    const Id cardId = p.value(QStringLiteral("card-id")).toLongLong(&ok);
    if (!ok || !doc.card(cardId))
        return fail(QStringLiteral("%1 has no card with id %2")
                        .arg(file, p.value(QStringLiteral("card-id"))));
    CardAction a;
    a.what = p.value(QStringLiteral("what"));
    if (p.isSet(QStringLiteral("owner"))) {
        auto owner = departmentNamed(doc, file, p.value(QStringLiteral("owner")));
        if (!owner)
            return fail(owner.error().message);
        a.ownerId = *owner;
    }
    if (p.isSet(QStringLiteral("due"))) {
        a.due = QDate::fromString(p.value(QStringLiteral("due")), Qt::ISODate);
        if (!a.due.isValid())
            return fail(QStringLiteral("--due: %1 is not a day (YYYY-MM-DD)")
                            .arg(p.value(QStringLiteral("due"))));
    }
    if (doc.isReadOnly())
        return fail(QStringLiteral("%1 is read-only (%2)").arg(file, doc.readOnlyReason()));
    if (Error err = edit::addAction(doc, cardId, a))
        return fail(QStringLiteral("%1: %2").arg(file, err.message));
    out() << "Added an action to card " << cardId << Qt::endl;
    return Ok;
}

} // namespace

int cmdActions(const QStringList& args)
{
    QCommandLineParser p;
    const auto add = [&p](const char* name, const char* help, const char* value = nullptr) {
        addOption(p, name, help, value);
    };
    add("department", "The actions this department owns.", "NAME");
    add("overdue", "Only the overdue ones.");
    add("json", "Print them as JSON.");
    add("csv", "Write them to FILE as CSV (for a spreadsheet).", "FILE");
    add("add", "Plan an action (with --card-id and --what).");
    add("card-id", "With --add: the pain point or opportunity.", "N");
    add("what", "With --add: what is to be done.", "TEXT");
    add("owner", "With --add: the department that does it.", "NAME");
    add("due", "With --add: the day it is due (YYYY-MM-DD).", "DATE");
    addMapOption(p);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(args.mid(1)))
        return usageError(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("actions: one map file (or URL --map NAME)"));
    const bool adding = p.isSet(QStringLiteral("add"));
    if (adding && (!p.isSet(QStringLiteral("card-id")) || !p.isSet(QStringLiteral("what"))))
        return usageError(QStringLiteral("actions: --add needs --card-id N and --what TEXT"));
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("csv")))
        return usageError(QStringLiteral("actions: --json or --csv, not both"));
    const QString file = mapLabel(p);
    auto doc = openMap(p, !adding);
    if (!doc)
        return fail(doc.error().message);
    Document& d = *doc.value();
    if (adding)
        return addAction(d, file, p);
    Id department = 0;
    if (p.isSet(QStringLiteral("department"))) {
        auto dep = departmentNamed(d, file, p.value(QStringLiteral("department")));
        if (!dep)
            return fail(dep.error().message);
        department = *dep;
    }
    QList<ActionRef> actions = departmentActions(d, department);
    const QDate now = today(d);
    if (p.isSet(QStringLiteral("overdue")))
        actions.removeIf([&](const ActionRef& r) { return !isOverdue(r.of(d), now); });
    if (p.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(
            QJsonDocument(actionsJson(d, actions)).toJson(QJsonDocument::Indented));
    } else if (p.isSet(QStringLiteral("csv"))) {
        if (overwritesDocument(p.value(QStringLiteral("csv")), file))
            return BadInput;
        return writeFile(p.value(QStringLiteral("csv")), actionsCsv(d, actions));
    } else if (actions.isEmpty()) {
        out() << "No actions.\n";
    } else {
        for (const ActionRef& r : actions) {
            const CardAction& a = r.of(d);
            const Department* owner = d.department(a.ownerId);
            out() << (isOverdue(a, now) ? "OVERDUE  " : "         ")
                  << (a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("no date   "))
                  << "  " << toString(a.status) << "  " << terminalText(a.what) << "  ("
                  << terminalText(owner ? owner->name : QStringLiteral("no owner")) << "; card "
                  << r.cardId << " " << terminalText(d.card(r.cardId)->title) << ")\n";
        }
    }
    out().flush();
    if (out().status() != QTextStream::Ok)
        return fail(QStringLiteral("cannot write the actions (is the output full?)"));
    return Ok;
}

} // namespace cx::cli
