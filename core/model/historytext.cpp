#include "historytext.h"

#include "document.h"
#include "enumnames.h"
#include "shorttext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cx::historytext {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct HistoryPanelTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::HistoryPanel)
};

// An enum's stable name as a word: "in_progress" -> "In progress".
QString enumWord(const QString& name)
{
    if (const auto kind = laneKindFromString(name))
        return laneKindLabel(*kind);
    QString word = name;
    word.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    // The values of the enums a record holds, in the loaded language.
    static const char* const known[] = {QT_TRANSLATE_NOOP("cx::HistoryPanel", "None"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Low"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Medium"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "High"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Open"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "In progress"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Done"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Dropped"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Feeds"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Triggers"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Depends on"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Wait"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Current"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Future"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Observed"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Assumed"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Proposed"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Praise"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Complaint"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Suggestion"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Question"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Survey"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Nps"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Interview"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Ticket"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Review"),
                                        QT_TRANSLATE_NOOP("cx::HistoryPanel", "Social")};
    for (const char* w : known) {
        if (word == QLatin1String(w))
            return HistoryPanelTr::tr(w);
    }
    return word;
}

QString signedNumber(int n)
{
    // U+2212: a real minus sign, the width of the plus.
    return n < 0 ? QStringLiteral("\u2212%1").arg(-n)
                 : (n > 0 ? QStringLiteral("+%1").arg(n) : QStringLiteral("0"));
}

// The name of the object an id refers to, while it exists; else "#id".
QString nameOf(const QString& field, Id id, const Document* doc)
{
    const auto named = [id](const auto* item, auto member) {
        return item ? item->*member : QStringLiteral("#%1").arg(id);
    };
    if (!doc)
        return QStringLiteral("#%1").arg(id);
    if (field == QLatin1String("accountable") || field == QLatin1String("contributing"))
        return named(doc->department(id), &Department::name);
    if (field == QLatin1String("stage"))
        return named(doc->stage(id), &Stage::name);
    if (field == QLatin1String("lane"))
        return named(doc->lane(id), &Lane::name);
    if (field == QLatin1String("persona"))
        return named(doc->persona(id), &Persona::name);
    if (field == QLatin1String("source"))
        return named(doc->journey(id), &Journey::name);
    if (field == QLatin1String("from") || field == QLatin1String("to") ||
        field == QLatin1String("card") || field == QLatin1String("candidates"))
        return named(doc->card(id), &Card::title);
    if (field == QLatin1String("participant"))
        return named(doc->participant(id), &Participant::name);
    return QString::number(id);
}

QString kpiText(const QJsonObject& k)
{
    const QLocale locale;
    QString name = k.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = k.value(QStringLiteral("kind")).toString().toUpper();
    QString text = QStringLiteral("%1 %2").arg(
        name, kpiNumberText(k.value(QStringLiteral("value")).toDouble(), locale));
    const QString unit = k.value(QStringLiteral("unit")).toString();
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    if (const QJsonValue target = k.value(QStringLiteral("target")); target.isDouble())
        text += HistoryPanelTr::tr(" (target %1)").arg(kpiNumberText(target.toDouble(), locale));
    return text;
}

// "Show the delivery date (IT, due 2026-11-10, open)".
QString actionText(const QJsonObject& a, const Document* doc)
{
    QStringList facts;
    if (const QJsonValue owner = a.value(QStringLiteral("owner")); owner.isDouble())
        facts << nameOf(QStringLiteral("accountable"), owner.toInteger(), doc);
    if (const QJsonValue due = a.value(QStringLiteral("due")); due.isString())
        facts << HistoryPanelTr::tr("due %1").arg(due.toString());
    facts << enumWord(a.value(QStringLiteral("status")).toString()).toLower();
    return QStringLiteral("%1 (%2)").arg(a.value(QStringLiteral("what")).toString(),
                                         facts.join(QStringLiteral(", ")));
}

QString arrayText(const QString& field, const QJsonArray& items, const Document* doc)
{
    if (items.isEmpty())
        return HistoryPanelTr::tr("none");
    if (field == QLatin1String("comments"))
        return HistoryPanelTr::tr("%n comment(s)", nullptr, int(items.size()));
    QStringList parts;
    for (const QJsonValue& item : items) {
        if (field == QLatin1String("kpis"))
            parts << kpiText(item.toObject());
        else if (field == QLatin1String("actions"))
            parts << actionText(item.toObject(), doc);
        else if (field == QLatin1String("dots"))
            parts << QStringLiteral("%1 %2").arg(
                nameOf(QStringLiteral("participant"),
                       item[QLatin1String("participant")].toInteger(), doc),
                QString::number(item[QLatin1String("count")].toInt()));
        else if (item.isDouble())
            parts << nameOf(field, item.toInteger(), doc);
        else
            parts << item.toString();
    }
    return parts.join(QStringLiteral(", "));
}

QString objectWord(HistoryObject object)
{
    switch (object) {
    case HistoryObject::Title:
        return HistoryPanelTr::tr("the map");
    case HistoryObject::Department:
        return HistoryPanelTr::tr("department");
    case HistoryObject::Persona:
        return HistoryPanelTr::tr("persona");
    case HistoryObject::Participant:
        return HistoryPanelTr::tr("participant");
    case HistoryObject::Journey:
        return HistoryPanelTr::tr("journey");
    case HistoryObject::Stage:
        return HistoryPanelTr::tr("stage");
    case HistoryObject::Lane:
        return HistoryPanelTr::tr("lane");
    case HistoryObject::Card:
        return HistoryPanelTr::tr("card");
    case HistoryObject::Link:
        return HistoryPanelTr::tr("link");
    case HistoryObject::Feedback:
        return HistoryPanelTr::tr("feedback on");
    }
    return {};
}

QString quoted(const QString& text, int max)
{
    return inQuotes(max > 0 ? shortened(text, max) : text);
}

// “Checkout page”, card “Checkout page”, link “A” → “B”, feedback on
// “Checkout page” (its card's title; none: in the inbox).
QString subject(const HistoryChange& c, int max, bool withWord)
{
    if (c.object == HistoryObject::Feedback && c.label.isEmpty())
        return HistoryPanelTr::tr("unsorted feedback");
    QString name = quoted(c.label, max);
    const QString arrow = QStringLiteral(" \u2192 ");
    if (c.object == HistoryObject::Link && c.label.count(arrow) == 1) {
        const qsizetype at = c.label.indexOf(arrow);
        name = quoted(c.label.left(at), max) + arrow + quoted(c.label.mid(at + arrow.size()), max);
    }
    return withWord ? objectWord(c.object) + QLatin1Char(' ') + name : name;
}

// Many feedback items added, changed or removed at once (an import): one
// record that counts them (objectId 0).
QString bulkFeedbackText(const HistoryChange& c)
{
    const QJsonValue summary = c.action == HistoryAction::Remove ? c.before : c.after;
    const int n = summary[QLatin1String("count")].toInt();
    const QString count = QLocale().toString(n);
    switch (c.action) {
    case HistoryAction::Add:
        return HistoryPanelTr::tr("Added %1 feedback items").arg(count);
    case HistoryAction::Remove:
        return HistoryPanelTr::tr("Removed %1 feedback items").arg(count);
    case HistoryAction::Change:
        break;
    }
    return HistoryPanelTr::tr("Changed %1 feedback items").arg(count);
}

QString describeWith(const HistoryChange& c, const Document* doc, int max, bool withSubject)
{
    if (c.object == HistoryObject::Feedback && c.objectId == 0)
        return bulkFeedbackText(c);
    switch (c.action) {
    case HistoryAction::Add:
        return HistoryPanelTr::tr("Added %1").arg(subject(c, max, true));
    case HistoryAction::Remove:
        return HistoryPanelTr::tr("Removed %1").arg(subject(c, max, true));
    case HistoryAction::Change:
        break;
    }
    if (c.object == HistoryObject::Feedback && c.field == QLatin1String("redacted") &&
        c.after.toBool())
        return HistoryPanelTr::tr("Redacted %1").arg(subject(c, max, true)); // never its words
    const auto value = [&](const QJsonValue& v) {
        const QString text = valueText(c.field, v, doc);
        return max > 0 ? shortened(text, max) : text;
    };
    const QString change = QStringLiteral("%1 \u2192 %2").arg(value(c.before), value(c.after));
    if (c.object == HistoryObject::Title && c.field == QLatin1String("title"))
        return HistoryPanelTr::tr("Renamed the map: %1").arg(change);
    if (c.object == HistoryObject::Title)
        return HistoryPanelTr::tr("Changed the map's %1: %2").arg(fieldLabel(c.field), change);
    // A feedback item's source is where the customer said it, not a journey.
    const QString field = c.object == HistoryObject::Feedback && c.field == QLatin1String("source")
                              ? HistoryPanelTr::tr("source")
                              : fieldLabel(c.field);
    if (!withSubject)
        return HistoryPanelTr::tr("Changed %1: %2").arg(field, change);
    // A card names itself; anything else says what it is.
    const QString what = subject(c, max, c.object != HistoryObject::Card);
    return HistoryPanelTr::tr("Changed %1 of %2: %3").arg(field, what, change);
}

} // namespace

QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("accountable"),
         QT_TRANSLATE_NOOP("cx::HistoryPanel", "accountable department")},
        {QStringLiteral("contributing"),
         QT_TRANSLATE_NOOP("cx::HistoryPanel", "contributing departments")},
        {QStringLiteral("kpis"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "KPIs")},
        {QStringLiteral("dots"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "dots")},
        {QStringLiteral("short"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "short name")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "current journey")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "start")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "end")},
        {QStringLiteral("reviewed"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "last review")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "actions")},
        {QStringLiteral("card_hint"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "card named")},
        {QStringLiteral("candidates"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "candidate cards")},
        {QStringLiteral("review_interval_days"),
         QT_TRANSLATE_NOOP("cx::HistoryPanel", "review interval (days)")},
        // The other fields by their names.
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "description")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "channel")},
        {QStringLiteral("emotion"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "emotion")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "evidence")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "severity")},
        {QStringLiteral("impact"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "impact")},
        {QStringLiteral("votes"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "votes")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "status")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "tags")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "comments")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "stage")},
        {QStringLiteral("lane"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "lane")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "position")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "kind")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "type")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "label")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "state")},
        {QStringLiteral("persona"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "persona")},
        {QStringLiteral("color"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "color")},
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "head")},
        {QStringLiteral("goals"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "goals")},
        {QStringLiteral("frustrations"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "frustrations")},
        {QStringLiteral("picture"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "picture")},
        {QStringLiteral("budget"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "budget")},
        {QStringLiteral("card"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "card")},
        {QStringLiteral("redacted"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "redacted")},
        {QStringLiteral("sentiment"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "sentiment")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "date")},
        {QStringLiteral("segment"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "segment")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "reference")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "score")},
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("cx::HistoryPanel", "items")},
    };
    if (const char* label = labels.value(field))
        return HistoryPanelTr::tr(label);
    return field;
}

QString valueText(const QString& field, const QJsonValue& value, const Document* doc)
{
    if (value.isUndefined())
        return {};
    if (value.isNull() && field == QLatin1String("reviewed"))
        return HistoryPanelTr::tr("never");
    if (value.isNull())
        return field == QLatin1String("emotion") || field == QLatin1String("sentiment")
                   ? HistoryPanelTr::tr("not rated")
                   : HistoryPanelTr::tr("none");
    if (value.isArray())
        return arrayText(field, value.toArray(), doc);
    if (value.isBool())
        return value.toBool() ? HistoryPanelTr::tr("yes") : HistoryPanelTr::tr("no");
    if (value.isDouble()) {
        if (field == QLatin1String("emotion") || field == QLatin1String("sentiment"))
            return signedNumber(value.toInt());
        if (field == QLatin1String("position"))
            return QString::number(value.toInteger() + 1); // first, not zeroth
        if (field == QLatin1String("votes") || field == QLatin1String("budget"))
            return QString::number(value.toInteger());
        return nameOf(field, value.toInteger(), doc);
    }
    if (value.isObject() && field == QLatin1String("reviewed")) {
        const QDateTime at =
            QDateTime::fromString(value[QLatin1String("at")].toString(), Qt::ISODateWithMs);
        return HistoryPanelTr::tr("%1 by %2")
            .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
                 value[QLatin1String("by")].toString());
    }
    if (value.isObject() && field == QLatin1String("score")) // {"scale": "nps", "value": 9}
        return QStringLiteral("%1 %2").arg(value[QLatin1String("scale")].toString().toUpper(),
                                           QString::number(value[QLatin1String("value")].toInt()));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (field == QLatin1String("picture"))
        return text.isEmpty() ? HistoryPanelTr::tr("none") : HistoryPanelTr::tr("a picture");
    static const QStringList enums{QStringLiteral("evidence"), QStringLiteral("severity"),
                                   QStringLiteral("impact"),   QStringLiteral("status"),
                                   QStringLiteral("type"),     QStringLiteral("kind"),
                                   QStringLiteral("state"),    QStringLiteral("source")};
    if (enums.contains(field))
        return enumWord(text);
    return text.isEmpty() ? HistoryPanelTr::tr("(empty)") : text;
}

QString describe(const HistoryChange& change, const Document* doc, bool withSubject)
{
    return describeWith(change, doc, maxValueLength, withSubject);
}

QString describeInFull(const HistoryChange& change, const Document* doc)
{
    return describeWith(change, doc, 0, true);
}

QString whenText(const QDateTime& at, const QDateTime& now)
{
    // As a mail client does in a narrow list: the time today, the weekday and
    // time this week, the date before (the tool tip has the whole moment).
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    // Minutes are enough in a list (some locales' short format has seconds).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    const QString time = locale.toString(local.time(), format);
    const qint64 days = local.date().daysTo(today);
    if (days == 0)
        return time;
    if (days > 0 && days < 7)
        return locale.toString(local.date(), QStringLiteral("ddd")) + QLatin1Char(' ') + time;
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace cx::historytext
