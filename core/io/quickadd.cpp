#include "quickadd.h"

#include "commands/edit.h"
#include "model/enumnames.h"
#include "model/shorttext.h"
#include "model/templates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct QuickAddTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::QuickAdd)
};

Error invalid(const QString& message) { return Error{ErrorCode::InvalidArgument, message}; }

QString folded(const QString& s) { return s.simplified().toCaseFolded(); }

// "customer_action" -> "customer action": the stable names read as words too.
QString spaced(const QString& s) { return QString(s).replace(QLatin1Char('_'), QLatin1Char(' ')); }

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Finds what 'text' names among candidates (id -> names it is known by): an
// exact name first (the first such candidate wins), then a unique prefix.
// 0 = nothing; an error when a prefix fits several candidates.
struct Candidate
{
    Id id;
    QString display;
    QStringList keys;
};

Result<Id> findByName(const QString& text, const QList<Candidate>& candidates, const char* kind)
{
    const QString key = folded(text);
    for (const Candidate& c : candidates) {
        for (const QString& k : c.keys) {
            if (folded(k) == key)
                return c.id;
        }
    }
    QList<const Candidate*> found;
    for (const Candidate& c : candidates) {
        for (const QString& k : c.keys) {
            if (folded(k).startsWith(key)) {
                found.append(&c);
                break;
            }
        }
    }
    if (found.size() == 1)
        return found.first()->id;
    if (found.size() > 1) {
        QStringList names;
        for (const Candidate* c : found)
            names.append(inQuotes(c->display));
        return invalid(
            QuickAddTr::tr("%1 %2 could match %3: type more of it")
                .arg(QLatin1String(kind), inQuotes(text), names.join(QStringLiteral(", "))));
    }
    return Id(0);
}

QList<Candidate> stageCandidates(const Document& doc, Id journeyId)
{
    QList<Candidate> list;
    for (Id id : doc.stageIds(journeyId))
        list.append({id, doc.stage(id)->name, {doc.stage(id)->name}});
    return list;
}

QList<Candidate> laneCandidates(const Document& doc, Id journeyId)
{
    QList<Candidate> list;
    QSet<LaneKind> kinds; // a kind names the first lane of that kind only
    for (Id id : doc.laneIds(journeyId)) {
        const Lane* l = doc.lane(id);
        Candidate c{id, l->name, {l->name}};
        if (!kinds.contains(l->kind)) {
            kinds.insert(l->kind);
            c.keys << toString(l->kind) << spaced(toString(l->kind))
                   << laneKindLabelEnglish(l->kind) << laneKindLabel(l->kind);
        }
        list.append(c);
    }
    return list;
}

QList<Candidate> departmentCandidates(const Document& doc)
{
    QList<Candidate> list;
    for (Id id : doc.departmentIds()) {
        const Department* d = doc.department(id);
        Candidate c{id, d->name, {d->name}};
        if (!d->shortName.isEmpty())
            c.keys.append(d->shortName);
        // Each later word of a long name: @Operations, @Finance, @Support.
        const QStringList words =
            d->name.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words[i].size() >= 3)
                c.keys.append(words[i]);
        }
        list.append(c);
    }
    return list;
}

QString laneKindList()
{
    QStringList names;
    for (int i = 0; i < laneKindCount; ++i)
        names.append(toString(LaneKind(i)));
    return names.join(QStringLiteral(", "));
}

// A lane kind by stable name or label, or a unique prefix of one.
std::optional<LaneKind> laneKindNamed(const QString& text)
{
    QList<Candidate> kinds;
    for (int i = 0; i < laneKindCount; ++i) {
        const auto k = LaneKind(i);
        kinds.append(
            {i + 1,
             toString(k),
             {toString(k), spaced(toString(k)), laneKindLabelEnglish(k), laneKindLabel(k)}});
    }
    const Result<Id> found = findByName(text, kinds, "kind");
    if (!found.ok() || *found == 0)
        return std::nullopt;
    return LaneKind(*found - 1);
}

// Splits the part after the cell into words; @"..." +"..." #"..." keep their
// spaces. The quotes are kept (the caller strips them).
QStringList words(const QString& text)
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        const bool quotedWord =
            i + 1 < n && QStringLiteral("@+#").contains(text[i]) && text[i + 1] == QLatin1Char('"');
        if (quotedWord) {
            i += 2;
            while (i < n && text[i] != QLatin1Char('"'))
                ++i;
            if (i < n)
                ++i; // the closing quote
        }
        while (i < n && !text[i].isSpace())
            ++i;
        out.append(text.mid(start, i - start));
    }
    return out;
}

// The name after a sigil: quotes stripped, '_' read as a space.
QString nameOf(const QString& word)
{
    QString name = word.mid(1);
    if (name.startsWith(QLatin1Char('"'))) {
        name = name.mid(1);
        if (name.endsWith(QLatin1Char('"')))
            name.chop(1);
        return name.simplified();
    }
    return spaced(name).simplified();
}

// Where the "stage / lane:" prefix ends (its colon), or -1.
qsizetype prefixColon(const QString& line)
{
    static const QRegularExpression colon(QStringLiteral(":(\\s|$)"));
    const QRegularExpressionMatch m = colon.match(line);
    return m.hasMatch() ? m.capturedStart() : -1;
}

// "Partner calls (backstage)": a lane's name and kind.
QRegularExpressionMatch laneWithKind(const QString& text)
{
    static const QRegularExpression withKind(QStringLiteral("^(.*?)\\s*\\(([^()]*)\\)$"));
    return withKind.match(text);
}

class Parser
{
public:
    Parser(const Document& doc, Id journeyId) : m_doc(doc), m_journey(journeyId) {}
    Error cell(const QString& prefix, Id fallbackStage, Id fallbackLane);
    Error word(const QString& word, QStringList& title);
    // The last word: a bare -2..2 after at least one mark is the emotion.
    Error lastWord(const QString& word, QStringList& title);
    QuickAdd& result() { return m_q; }

private:
    Error stage(const QString& text);
    Error lane(const QString& text);
    Error newLane(const QString& text);
    Result<Id> department(const QString& word);
    Error emotion(const QString& word);
    Error mark(const QString& word);

    const Document& m_doc;
    Id m_journey;
    QuickAdd m_q;
    bool m_marked = false; // a word with @, +, ! or # came before
};

Error Parser::cell(const QString& prefix, Id fallbackStage, Id fallbackLane)
{
    QString stageText = prefix, laneText;
    if (const qsizetype slash = prefix.indexOf(QLatin1Char('/')); slash >= 0) {
        stageText = prefix.left(slash);
        laneText = prefix.mid(slash + 1);
    }
    stageText = stageText.simplified();
    laneText = laneText.simplified();
    const auto inJourney = [this](const auto* part) {
        return part && part->journeyId == m_journey;
    };
    if (!stageText.isEmpty()) {
        if (Error err = stage(stageText))
            return err;
    } else if (inJourney(m_doc.stage(fallbackStage))) {
        m_q.card.stageId = fallbackStage;
    } else {
        return invalid(QuickAddTr::tr("Which stage? Start with “stage / lane: ” or select a card"));
    }
    if (inJourney(m_doc.stage(fallbackStage)))
        m_q.afterStage = fallbackStage; // a new stage goes after the one worked on
    if (!laneText.isEmpty())
        return lane(laneText);
    if (!inJourney(m_doc.lane(fallbackLane)))
        return invalid(QuickAddTr::tr("Which lane? Write “%1 / lane: ” or select a card")
                           .arg(stageText.isEmpty() ? QuickAddTr::tr("stage") : stageText));
    m_q.card.laneId = fallbackLane;
    return {};
}

Error Parser::stage(const QString& text)
{
    const Result<Id> found = findByName(text, stageCandidates(m_doc, m_journey), "Stage");
    if (!found.ok())
        return found.error();
    m_q.card.stageId = *found;
    if (*found == 0) {
        m_q.card.stageId = -1;
        m_q.newStage = capitalized(text);
    }
    return {};
}

Error Parser::lane(const QString& text)
{
    if (laneWithKind(text).hasMatch())
        return newLane(text);
    const Result<Id> found = findByName(text, laneCandidates(m_doc, m_journey), "Lane");
    if (!found.ok())
        return found.error();
    if (*found != 0) {
        m_q.card.laneId = *found;
        return {};
    }
    return newLane(text);
}

// A lane to create: "Name (kind)", or a kind's name or label alone.
Error Parser::newLane(const QString& text)
{
    const QRegularExpressionMatch m = laneWithKind(text);
    const QString name = m.hasMatch() ? m.captured(1).simplified() : QString();
    const QString kindText = m.hasMatch() ? m.captured(2).simplified() : text;
    const std::optional<LaneKind> kind = laneKindNamed(kindText);
    if (!kind) {
        if (m.hasMatch())
            return invalid(QuickAddTr::tr("Unknown lane kind %1; the kinds are %2")
                               .arg(inQuotes(kindText), laneKindList()));
        return invalid(
            QuickAddTr::tr("Unknown lane %1: to add it, give its kind, e.g. “%2 (touchpoint)”; "
                           "the kinds are %3")
                .arg(inQuotes(text), text, laneKindList()));
    }
    const QString laneName = name.isEmpty() ? laneKindLabel(*kind) : capitalized(name);
    for (Id id : m_doc.laneIds(m_journey)) {
        const Lane* l = m_doc.lane(id);
        if (folded(l->name) != folded(laneName))
            continue;
        if (l->kind != *kind)
            return invalid(QuickAddTr::tr("Lane %1 is %2, not %3")
                               .arg(inQuotes(l->name), toString(l->kind), toString(*kind)));
        m_q.card.laneId = id;
        return {};
    }
    m_q.card.laneId = -1;
    m_q.newLane = laneName;
    m_q.newLaneKind = *kind;
    return {};
}

Result<Id> Parser::department(const QString& word)
{
    const QString name = nameOf(word);
    if (name.isEmpty())
        return invalid(QuickAddTr::tr("%1 needs a department name after it").arg(word.left(1)));
    const Result<Id> found = findByName(name, departmentCandidates(m_doc), "Department");
    if (!found.ok() || *found != 0)
        return found;
    const QString newName = capitalized(name);
    for (qsizetype i = 0; i < m_q.newDepartments.size(); ++i) {
        if (folded(m_q.newDepartments[i]) == folded(newName))
            return Id(-(i + 1));
    }
    m_q.newDepartments.append(newName);
    return Id(-m_q.newDepartments.size());
}

Error Parser::emotion(const QString& word)
{
    bool ok = false;
    const int value = word.toInt(&ok);
    if (!ok || value < emotionMin || value > emotionMax)
        return invalid(QuickAddTr::tr("Emotion is -2..+2, not %1").arg(word));
    if (m_q.card.emotion)
        return invalid(
            QuickAddTr::tr("Two emotion scores: %1 and %2").arg(*m_q.card.emotion).arg(word));
    m_q.card.emotion = value;
    return {};
}

Error Parser::mark(const QString& word)
{
    const QString m = word.mid(1).toCaseFolded();
    Level level = Level::None;
    if (m == QLatin1String("pain") || m == QLatin1String("medium") || m == QLatin1String("med"))
        level = Level::Medium;
    else if (m == QLatin1String("low"))
        level = Level::Low;
    else if (m == QLatin1String("high"))
        level = Level::High;
    else
        return invalid(
            QuickAddTr::tr("Unknown mark %1: use !pain, !low, !medium or !high").arg(word));
    m_q.card.severity = level;
    return {};
}

Error Parser::lastWord(const QString& w, QStringList& title)
{
    static const QRegularExpression bareNumber(QStringLiteral("^-?\\d+$"));
    if (m_marked && bareNumber.match(w).hasMatch()) {
        const int value = w.toInt();
        if (value >= emotionMin && value <= emotionMax)
            return emotion(w);
    }
    return word(w, title);
}

Error Parser::word(const QString& w, QStringList& title)
{
    static const QRegularExpression signedNumber(QStringLiteral("^[+-]\\d+$"));
    if (signedNumber.match(w).hasMatch())
        return emotion(w);
    const QChar sigil = w.front();
    if (w.size() > 1 && sigil == QLatin1Char('\\')) {
        title.append(w.mid(1));
        return {};
    }
    if (w.size() == 1 || !QStringLiteral("@+!#").contains(sigil)) {
        title.append(w);
        return {};
    }
    m_marked = true;
    if (sigil == QLatin1Char('!'))
        return mark(w);
    if (sigil == QLatin1Char('#')) {
        if (!m_q.card.channel.isEmpty())
            return invalid(
                QuickAddTr::tr("One channel per card: #%1 and %2").arg(m_q.card.channel, w));
        m_q.card.channel = nameOf(w).toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    } else {
        const Result<Id> d = department(w);
        if (!d.ok())
            return d.error();
        if (sigil == QLatin1Char('+')) {
            if (!m_q.card.contributingIds.contains(*d))
                m_q.card.contributingIds.append(*d);
        } else if (m_q.card.accountableId != 0 && m_q.card.accountableId != *d) {
            return invalid(
                QuickAddTr::tr("One accountable department per card: %1 is the second").arg(w));
        } else {
            m_q.card.accountableId = *d;
        }
    }
    return {};
}

} // namespace

bool QuickAdd::hasMissing() const
{
    return !newStage.isEmpty() || !newLane.isEmpty() || !newDepartments.isEmpty();
}

QString QuickAdd::missingText() const
{
    QStringList parts;
    if (!newStage.isEmpty())
        parts.append(QuickAddTr::tr("stage %1").arg(inQuotes(newStage)));
    if (!newLane.isEmpty())
        parts.append(QuickAddTr::tr("lane %1 (%2)").arg(inQuotes(newLane), toString(newLaneKind)));
    if (newDepartments.size() == 1)
        parts.append(QuickAddTr::tr("department %1").arg(inQuotes(newDepartments.first())));
    else if (!newDepartments.isEmpty()) {
        QStringList names;
        for (const QString& d : newDepartments)
            names.append(inQuotes(d));
        parts.append(QuickAddTr::tr("departments %1").arg(names.join(QStringLiteral(", "))));
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QuickAddTr::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

Result<QuickAdd> parseQuickAdd(const QString& line, const Document& doc, Id journeyId,
                               Id fallbackStage, Id fallbackLane)
{
    if (!doc.journey(journeyId))
        return invalid(QuickAddTr::tr("No journey to add the card to"));
    Parser parser(doc, journeyId);
    const qsizetype colon = prefixColon(line);
    if (Error err =
            parser.cell(colon >= 0 ? line.left(colon) : QString(), fallbackStage, fallbackLane))
        return err;
    QStringList title;
    const QStringList all = words(colon >= 0 ? line.mid(colon + 1) : line);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool last = i + 1 == all.size();
        if (Error err = last ? parser.lastWord(all[i], title) : parser.word(all[i], title))
            return err;
    }
    QuickAdd& q = parser.result();
    q.card.title = title.join(QLatin1Char(' '));
    if (q.card.title.isEmpty())
        return invalid(QuickAddTr::tr("The card needs a title"));
    q.card.contributingIds.removeAll(q.card.accountableId);
    return q;
}

qsizetype quickAddTokenStart(const QString& lineBeforeCursor)
{
    const QString& line = lineBeforeCursor;
    const qsizetype colon = prefixColon(line);
    const qsizetype rest = colon >= 0 ? colon + 1 : 0;
    // An open quote after a sigil: the token is the quoted name so far.
    const qsizetype quote = line.lastIndexOf(QLatin1Char('"'));
    if (quote > rest && line.count(QLatin1Char('"')) % 2 == 1 &&
        QStringLiteral("@+#").contains(line[quote - 1]))
        return quote - 1;
    qsizetype start = line.size();
    while (start > rest && !line[start - 1].isSpace())
        --start;
    const bool sigil = start < line.size() && QStringLiteral("@+#").contains(line[start]);
    if (colon >= 0 || sigil)
        return start;
    // Still in "stage / lane": the whole part before or after the slash.
    qsizetype from = line.lastIndexOf(QLatin1Char('/')) + 1;
    while (from < line.size() && line[from].isSpace())
        ++from;
    return from;
}

QStringList quickAddCompletions(const QString& lineBeforeCursor, const Document& doc, Id journeyId)
{
    const qsizetype start = quickAddTokenStart(lineBeforeCursor);
    const QString token = lineBeforeCursor.mid(start);
    const bool inCell = prefixColon(lineBeforeCursor) < 0;
    const QChar sigil = token.isEmpty() ? QChar() : token.front();
    QStringList out;
    const auto offer = [&](const QString& typed, const QString& name, const QString& insert) {
        if (folded(name).startsWith(folded(typed)) && !out.contains(insert))
            out.append(insert);
    };
    if (sigil == QLatin1Char('@') || sigil == QLatin1Char('+')) {
        const QString typed = nameOf(token);
        for (Id id : doc.departmentIds()) {
            const Department* d = doc.department(id);
            const QString insert = d->name.contains(QLatin1Char(' '))
                                       ? sigil + QStringLiteral("\"%1\"").arg(d->name)
                                       : sigil + d->name;
            offer(typed, d->name, insert);
            if (!d->shortName.isEmpty() && folded(d->shortName).startsWith(folded(typed)))
                offer(QString(), d->name, insert);
        }
    } else if (sigil == QLatin1Char('#')) {
        QStringList channels;
        for (Id id : doc.cardIdsOfJourney(journeyId))
            channels.append(doc.card(id)->channel);
        channels << QStringLiteral("web") << QStringLiteral("app") << QStringLiteral("email")
                 << QStringLiteral("phone") << QStringLiteral("chat") << QStringLiteral("sms")
                 << QStringLiteral("store") << QStringLiteral("in_person")
                 << QStringLiteral("social") << QStringLiteral("letter");
        for (const QString& c : channels) {
            if (!c.isEmpty())
                offer(nameOf(token), c, QLatin1Char('#') + c);
        }
    } else if (inCell && !lineBeforeCursor.contains(QLatin1Char('/'))) {
        for (Id id : doc.stageIds(journeyId))
            offer(token, doc.stage(id)->name, doc.stage(id)->name + QStringLiteral(" / "));
    } else if (inCell) {
        for (Id id : doc.laneIds(journeyId))
            offer(token, doc.lane(id)->name, doc.lane(id)->name + QStringLiteral(": "));
    }
    return out;
}

Result<Id> addQuickCard(Document& doc, Id journeyId, const QuickAdd& quick, bool createMissing)
{
    if (quick.hasMissing() && !createMissing)
        return invalid(QuickAddTr::tr("Not there yet: %1").arg(quick.missingText()));
    edit::NewContent content;
    QSet<QString> shortNames;
    QList<QColor> used;
    for (Id id : doc.departmentIds()) {
        shortNames.insert(doc.department(id)->shortName.toUpper());
        used.append(doc.department(id)->color);
    }
    const QList<QColor> palette = departmentPalette();
    for (qsizetype i = 0; i < quick.newDepartments.size(); ++i) {
        Department d;
        d.id = -(i + 1);
        d.name = quick.newDepartments[i];
        QString shortName = d.name.left(3).toUpper();
        for (int n = 2; shortNames.contains(shortName) && n <= 9; ++n)
            shortName = shortName.left(2) + QString::number(n);
        d.shortName = shortName;
        shortNames.insert(shortName);
        d.color = QColor(0x7f, 0x7f, 0x7f);
        for (const QColor& c : palette) {
            if (!used.contains(c)) {
                d.color = c;
                break;
            }
        }
        used.append(d.color);
        content.departments.append(d);
    }
    if (!quick.newStage.isEmpty()) {
        content.stages.append(Stage{-1, journeyId, quick.newStage, {}, 0});
        if (const Stage* after = doc.stage(quick.afterStage);
            after && after->journeyId == journeyId)
            content.stagePosition = after->position + 1;
    }
    if (!quick.newLane.isEmpty())
        content.lanes.append(Lane{-1, journeyId, quick.newLane, quick.newLaneKind, 0});
    content.cards.append(quick.card);
    const Result<QList<Id>> added = edit::addContent(
        doc, content, QuickAddTr::tr("Add card %1").arg(inQuotes(quick.card.title)));
    if (!added.ok())
        return added.error();
    if (added->isEmpty())
        return invalid(QuickAddTr::tr("The card was not added"));
    return added->first();
}

} // namespace cx
