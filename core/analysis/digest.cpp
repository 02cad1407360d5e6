#include "digest.h"

#include "model/document.h"
#include "model/enumnames.h"
#include "model/historytext.h"
#include "model/shorttext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct DigestTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Digest)
};

// Fields that are no news to a head: a card's place in its cell, the dots
// (its votes say it) and the review itself.
bool quiet(const QString& field)
{
    return field == QLatin1String("position") || field == QLatin1String("dots") ||
           field == QLatin1String("reviewed");
}

QString kpiKey(const QJsonObject& k)
{
    const QString name = k.value(QLatin1String("name")).toString();
    return name.isEmpty() ? k.value(QLatin1String("kind")).toString().toUpper() : name;
}

std::optional<double> number(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

void addKpiMoves(const DigestCard& card, const HistoryChange& c, QList<KpiMove>& out)
{
    QList<QJsonObject> before;
    QList<QJsonObject> after;
    for (const QJsonValue& v : c.before.toArray())
        before.append(v.toObject());
    for (const QJsonValue& v : c.after.toArray())
        after.append(v.toObject());
    const auto find = [](const QList<QJsonObject>& list, const QString& key) -> const QJsonObject* {
        for (const QJsonObject& k : list) {
            if (kpiKey(k) == key)
                return &k;
        }
        return nullptr;
    };
    QStringList keys;
    for (const QList<QJsonObject>* list : {&before, &after}) {
        for (const QJsonObject& k : *list) {
            if (!keys.contains(kpiKey(k)))
                keys.append(kpiKey(k));
        }
    }
    for (const QString& key : keys) {
        const QJsonObject* was = find(before, key);
        const QJsonObject* now = find(after, key);
        KpiMove m{card.cardId, card.title, key, {}, {}, {}, {}};
        if (was)
            m.before = number(was->value(QLatin1String("value")));
        if (now) {
            m.after = number(now->value(QLatin1String("value")));
            m.target = number(now->value(QLatin1String("target")));
        }
        const QJsonObject* any = now ? now : was;
        m.unit = any->value(QLatin1String("unit")).toString();
        if (m.before != m.after)
            out.append(m);
    }
}

QString day(const QDateTime& t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd")); }

// The feedback on the department's cards from since's day on, and the
// praise credited to it: one snapshot, skipped on a map without feedback.
void addFeedback(const Document& doc, Digest& d)
{
    if (doc.feedbackCount() == 0)
        return;
    const QDate since = d.since.toUTC().date();
    const DocumentData data = doc.snapshot();
    d.feedback = analysis::feedbackStats(data, since).department(d.departmentId);
    d.quotes = analysis::strongestQuotes(data, d.departmentId, since, digestQuotes);
    const analysis::Recognition r = analysis::recognition(data, since);
    if (const analysis::DepartmentRecognition* mine = r.department(d.departmentId)) {
        d.recognition = *mine;
        d.recognitionLines = analysis::recognitionLines(data, r, d.departmentId);
    }
}

} // namespace

QDateTime lastReview(const Document& doc, Id departmentId)
{
    QDateTime newest;
    for (Id id : accountableCards(doc, 0, departmentId)) {
        const QDateTime at = doc.card(id)->reviewedAt;
        if (at.isValid() && (!newest.isValid() || at > newest))
            newest = at;
    }
    return newest;
}

Result<Digest> makeDigest(const Document& doc, Id departmentId, const QDateTime& since)
{
    const Department* dep = doc.department(departmentId);
    if (!dep)
        return Error{ErrorCode::InvalidArgument,
                     DigestTr::tr("No department with id %1").arg(departmentId)};
    Digest d;
    d.departmentId = departmentId;
    d.department = dep->name;
    d.until = doc.now().toUTC();
    d.intervalDays = doc.reviewIntervalDays();
    d.since = since.toUTC();
    if (!d.since.isValid()) {
        d.since = lastReview(doc, departmentId);
        d.sinceLastReview = d.since.isValid();
        if (!d.since.isValid())
            d.since = d.until.addDays(-d.intervalDays);
    }
    HistoryFilter filter;
    filter.object = HistoryObject::Card;
    filter.departmentId = departmentId;
    filter.since = d.since;
    auto records = doc.history(filter);
    if (!records)
        return records.error();

    // Oldest first: each card's first touch orders it, each field nets out.
    QList<Id> order;
    QHash<Id, DigestCard> cards;
    QSet<Id> added;
    QSet<Id> removed;
    for (auto r = records->crbegin(); r != records->crend(); ++r) {
        const HistoryChange& c = r->change;
        if (!cards.contains(c.objectId)) {
            order.append(c.objectId);
            cards.insert(c.objectId, {c.objectId, c.label, {}});
        }
        DigestCard& card = cards[c.objectId];
        card.title = c.label.isEmpty() ? card.title : c.label;
        if (c.action == HistoryAction::Add) {
            // Back from a removal within the period (an undone delete): there
            // all along, so neither added nor removed.
            if (!removed.remove(c.objectId))
                added.insert(c.objectId);
            continue;
        }
        if (c.action == HistoryAction::Remove) {
            removed.insert(c.objectId);
            continue;
        }
        if (quiet(c.field))
            continue;
        auto same = std::find_if(card.changes.begin(), card.changes.end(),
                                 [&](const HistoryChange& x) { return x.field == c.field; });
        if (same == card.changes.end())
            card.changes.append(c);
        else
            same->after = c.after;
    }
    for (Id id : order) {
        DigestCard& card = cards[id];
        if (const Card* now = doc.card(id))
            card.title = now->title;
        card.changes.removeIf([](const HistoryChange& c) { return c.before == c.after; });
        if (added.contains(id) && removed.contains(id))
            continue; // came and went within the period
        if (added.contains(id)) {
            d.added.append(card);
        } else if (removed.contains(id)) {
            d.removed.append(card);
        } else if (!card.changes.isEmpty()) {
            for (const HistoryChange& c : std::as_const(card.changes)) {
                if (c.field == QLatin1String("kpis"))
                    addKpiMoves(card, c, d.kpis);
            }
            d.changed.append(card);
        }
    }
    const QDate now = today(doc);
    for (const ActionRef& r : departmentActions(doc, departmentId)) {
        if (isOverdue(r.of(doc), now))
            d.overdue.append(r);
    }
    d.reviews = reviewCount(doc, 0, departmentId);
    for (Id id : accountableCards(doc, 0, departmentId)) {
        if (isStale(doc, *doc.card(id)))
            d.staleCards.append(id);
    }
    addFeedback(doc, d);
    return d;
}

QString markdownEscaped(const QString& text)
{
    // CommonMark's and GitHub's markup, HTML and entities, mentions, math.
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~&@$");
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (special.contains(ch))
            out += QLatin1Char('\\') + ch;
        else
            out += ch;
    }
    return out;
}

QString digestText(const Document& doc, const Digest& d, bool markdown)
{
    // Map text stays on its line: a line break in a title or a description
    // must not start what reads as an entry of the digest.
    const auto esc = [markdown](const QString& text) {
        if (markdown)
            return markdownEscaped(text);
        QString line = text;
        for (QChar& ch : line) {
            if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
                ch = QLatin1Char(' ');
        }
        return line;
    };
    const auto quoted = [&](const QString& text) { return inQuotes(esc(text)); };
    const auto value = [&](const HistoryChange& c, const QJsonValue& v) {
        return esc(shortened(historytext::valueText(c.field, v, &doc), 80));
    };
    QStringList lines;
    const QString heading =
        d.sinceLastReview
            ? DigestTr::tr("%1: changes since its last review on %2")
                  .arg(esc(d.department), day(d.since))
            : DigestTr::tr("%1: changes since %2").arg(esc(d.department), day(d.since));
    lines << (markdown ? QStringLiteral("## ") + heading : heading);
    lines << esc(reviewSummary(d.reviews, d.department, d.intervalDays)) + QLatin1Char('.');
    // Only map text is escaped: the digest's own words and numbers are meant.
    const auto section = [&](const QString& title, int n) {
        lines << QString();
        const QString t = QStringLiteral("%1 (%2)").arg(title).arg(n);
        lines << (markdown ? QStringLiteral("**%1**").arg(t) : t);
    };
    const auto place = [&](Id cardId) {
        const Card* c = doc.card(cardId);
        const Stage* s = c ? doc.stage(c->stageId) : nullptr;
        const Lane* l = c ? doc.lane(c->laneId) : nullptr;
        return s && l ? QStringLiteral(" (%1 \u00b7 %2)").arg(esc(s->name), esc(l->name))
                      : QString();
    };
    if (!d.hasChanges()) {
        lines << QString()
              << DigestTr::tr("No card of %1 was added, removed or changed since %2.")
                     .arg(esc(d.department), day(d.since));
    }
    if (!d.added.isEmpty()) {
        section(DigestTr::tr("Added"), int(d.added.size()));
        for (const DigestCard& c : d.added)
            lines << QStringLiteral("- ") + quoted(c.title) + place(c.cardId);
    }
    if (!d.removed.isEmpty()) {
        section(DigestTr::tr("Removed"), int(d.removed.size()));
        for (const DigestCard& c : d.removed)
            lines << QStringLiteral("- ") + quoted(c.title);
    }
    if (!d.changed.isEmpty()) {
        section(DigestTr::tr("Changed"), int(d.changed.size()));
        for (const DigestCard& c : d.changed) {
            QStringList parts;
            for (const HistoryChange& ch : c.changes)
                parts << QStringLiteral("%1 %2 \u2192 %3")
                             .arg(esc(historytext::fieldLabel(ch.field)), value(ch, ch.before),
                                  value(ch, ch.after));
            lines << QStringLiteral("- ") + quoted(c.title) + QStringLiteral(": ") +
                         parts.join(QStringLiteral("; "));
        }
    }
    if (!d.kpis.isEmpty()) {
        section(DigestTr::tr("KPIs that moved"), int(d.kpis.size()));
        const QLocale locale;
        const auto num = [&](const std::optional<double>& v) {
            return v ? kpiNumberText(*v, locale) : DigestTr::tr("none");
        };
        for (const KpiMove& k : d.kpis) {
            QString line = QStringLiteral("- %1: %2 %3 \u2192 %4")
                               .arg(quoted(k.card), esc(k.kpi), num(k.before), num(k.after));
            if (!k.unit.isEmpty())
                line += QLatin1Char(' ') + esc(k.unit);
            if (k.target)
                line += QLatin1Char(' ') + DigestTr::tr("(target %1)").arg(num(k.target));
            lines << line;
        }
    }
    if (!d.overdue.isEmpty()) {
        section(DigestTr::tr("Overdue actions"), int(d.overdue.size()));
        for (const ActionRef& r : d.overdue) {
            const CardAction& a = r.of(doc);
            lines << QStringLiteral("- %1 (%2): %3")
                         .arg(esc(a.what), DigestTr::tr("due %1").arg(a.due.toString(Qt::ISODate)),
                              quoted(doc.card(r.cardId)->title));
        }
    }
    if (!d.staleCards.isEmpty()) {
        section(DigestTr::tr("Not reviewed %1").arg(intervalText(d.intervalDays)),
                int(d.staleCards.size()));
        for (Id id : d.staleCards)
            lines << QStringLiteral("- ") + quoted(doc.card(id)->title) + place(id);
    }
    if (d.feedback.count > 0) {
        section(DigestTr::tr("Customer feedback since %1").arg(day(d.since)), d.feedback.count);
        lines << QStringLiteral("- ") + analysis::feedbackSummary(d.feedback);
        const auto quote = [&](const QString& kind, const analysis::FeedbackQuote& q) {
            const Feedback* f = doc.feedback(q.feedbackId);
            const Card* c = doc.card(q.cardId);
            if (!f || !c)
                return;
            lines << QStringLiteral("- ") +
                         kind.arg(quoted(analysis::quoteLine(f->text, 120)), quoted(c->title));
        };
        for (const analysis::FeedbackQuote& q : d.quotes.praise)
            quote(DigestTr::tr("Praise: %1 on %2"), q);
        for (const analysis::FeedbackQuote& q : d.quotes.complaints)
            quote(DigestTr::tr("Complaint: %1 on %2"), q);
    }
    if (!d.recognitionLines.isEmpty()) {
        QSet<Id> moments(d.recognition.ownedMoments.cbegin(), d.recognition.ownedMoments.cend());
        for (Id id : d.recognition.fedMoments)
            moments.insert(id);
        section(DigestTr::tr("Praised moments it owns or feeds"), int(moments.size()));
        for (const QString& line : d.recognitionLines)
            lines << QStringLiteral("- ") + esc(line);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace cx
