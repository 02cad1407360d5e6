// Reading a whole document from JSON, checking every value; errors name the
// JSON path of the bad value (the format is described in jsonformat.h).

#include "jsonformat.h"

#include "model/enumnames.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <initializer_list>
#include <tuple>

namespace cx {

namespace {

// --- Reading: checks -----------------------------------------------------------

// Whether a member may be left out; a Nullable one may also be null (both mean unset).
enum class Need
{
    Optional,
    Required,
    Nullable
};

struct Range
{
    qint64 min;
    qint64 max;
};
constexpr Range anyInteger{LLONG_MIN, LLONG_MAX};
constexpr Range nonNegative{0, INT_MAX};

template <typename E> using Parser = std::optional<E> (*)(const QString&);

QString typeName(const QJsonValue& v)
{
    // In the order of QJsonValue::Type.
    static const char* const names[] = {"null",     "a boolean", "a number",
                                        "a string", "an array",  "an object"};
    return QLatin1String(v.isUndefined() ? "nothing" : names[v.type()]);
}

QString expected(const char* what, const QJsonValue& got)
{
    return QStringLiteral("expected %1, got %2").arg(QLatin1String(what), typeName(got));
}

// A value as a message shows it: strings quoted (long ones shortened), numbers as numbers.
QString shown(const QJsonValue& v)
{
    if (v.isString()) {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(39) + QChar(0x2026);
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return typeName(v);
}

// Keeps the first problem met, named by the JSON path of the bad value. Every
// check returns false once it has reported a problem.
class Checks
{
public:
    Error error;

    bool fail(const QString& path, const QString& what)
    {
        if (!error) {
            const QString where = path.isEmpty() ? QStringLiteral("top level") : path;
            error = Error{ErrorCode::InvalidData, where + QStringLiteral(": ") + what};
        }
        return false;
    }

    // An exact integer in range: 2 and 2.0 pass, 1.5 and 1e300 do not.
    bool integer(const QJsonValue& v, const QString& path, Range range, qint64& out)
    {
        if (!v.isDouble())
            return fail(path, expected("an integer", v));
        const double d = v.toDouble();
        if (std::trunc(d) != d)
            return fail(path, QStringLiteral("%1 is not an integer").arg(shown(v)));
        if (std::abs(d) >= 9.2e18)
            return fail(path, QStringLiteral("%1 is too large").arg(shown(v)));
        out = v.toInteger();
        if (out >= range.min && out <= range.max)
            return true;
        if (out < range.min && range.max >= INT_MAX) // "out of range 0..2147483647" reads badly
            return fail(path, QStringLiteral("%1 is less than %2").arg(out).arg(range.min));
        return fail(
            path,
            QStringLiteral("%1 is out of range %2..%3").arg(out).arg(range.min).arg(range.max));
    }

    bool id(const QJsonValue& v, const QString& path, Id& out)
    {
        if (!integer(v, path, anyInteger, out))
            return false;
        return out > 0 || fail(path, QStringLiteral("%1 is not a valid id").arg(out));
    }
};

// The members of one JSON object, read with checks at their paths.
class Fields
{
public:
    Fields(Checks& checks, QString path, QJsonObject object = {})
        : m_checks(checks), m_path(std::move(path)), m_object(std::move(object))
    {}

    // Takes the value as this object, refusing it if it is not one or has an unknown member.
    bool load(const QJsonValue& v, std::initializer_list<const char*> keys)
    {
        if (!v.isObject())
            return m_checks.fail(m_path, expected("an object", v));
        m_object = v.toObject();
        return onlyKnown(keys);
    }

    bool onlyKnown(std::initializer_list<const char*> keys)
    {
        for (const QString& key : m_object.keys()) {
            const auto same = [&key](const char* k) { return key == QLatin1String(k); };
            if (std::none_of(keys.begin(), keys.end(), same))
                return m_checks.fail(path(key), QStringLiteral("unknown member"));
        }
        return true;
    }

    QString path(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    QString path(const char* key) const { return path(QString::fromLatin1(key)); }
    bool fail(const char* key, const QString& what) { return m_checks.fail(path(key), what); }

    bool text(const char* key, QString& out, Need need = Need::Optional)
    {
        const QJsonValue v = value(key);
        if (absent(v, need))
            return need != Need::Required || missing(key);
        if (!v.isString())
            return fail(key, expected("a string", v));
        out = v.toString();
        return true;
    }

    bool nonEmptyText(const char* key, QString& out)
    {
        return text(key, out, Need::Required) &&
               (!out.trimmed().isEmpty() || fail(key, QStringLiteral("must not be empty")));
    }

    bool texts(const char* key, QStringList& out)
    {
        return forEach(key, [&](const QJsonValue& v, const QString& p, int) {
            if (!v.isString())
                return m_checks.fail(p, expected("a string", v));
            out.append(v.toString());
            return true;
        });
    }

    // Into an int, or a std::optional<int> with Need::Nullable.
    template <typename T>
    bool integer(const char* key, Range range, T& out, Need need = Need::Optional)
    {
        const QJsonValue v = value(key);
        qint64 n = 0;
        if (absent(v, need))
            return need != Need::Required || missing(key);
        if (!m_checks.integer(v, path(key), range, n))
            return false;
        out = int(n);
        return true;
    }

    bool number(const char* key, std::optional<double>& out, Need need)
    {
        const QJsonValue v = value(key);
        if (absent(v, need))
            return need != Need::Required || missing(key);
        if (!v.isDouble())
            return fail(key, expected("a number", v));
        out = v.toDouble();
        return true;
    }

    // A nullable id is a reference: null or left out means none (0).
    bool id(const char* key, Id& out, Need need = Need::Required)
    {
        const QJsonValue v = value(key);
        if (absent(v, need))
            return need != Need::Required || missing(key);
        return m_checks.id(v, path(key), out);
    }

    // Null or left out = no colour; a colour is kept as 8-bit RGBA.
    bool color(const char* key, QColor& out)
    {
        const QJsonValue v = value(key);
        if (absent(v, Need::Nullable))
            return true;
        if (!v.isString())
            return fail(key, expected("a string", v));
        const QColor parsed(v.toString());
        if (!parsed.isValid())
            return fail(key, QStringLiteral("%1 is not a colour").arg(shown(v)));
        out = QColor::fromRgba(parsed.rgba());
        return true;
    }

    template <typename E>
    bool choice(const char* key, Parser<E> parse, const char* what, E& out,
                Need need = Need::Optional)
    {
        QString name;
        if (!text(key, name, need))
            return false;
        if (value(key).isUndefined())
            return true; // left out: the default stays
        const std::optional<E> parsed = parse(name);
        if (!parsed)
            return fail(key, QStringLiteral("unknown %1 %2").arg(QLatin1String(what), shown(name)));
        out = *parsed;
        return true;
    }

    // Calls readItem(value, path, index) for each element of an array member (if any).
    template <typename F> bool forEach(const char* key, F readItem)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(key, expected("an array", v));
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!readItem(items.at(i), QStringLiteral("%1[%2]").arg(path(key)).arg(i), int(i)))
                return false;
        }
        return true;
    }

private:
    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }
    static bool absent(const QJsonValue& v, Need need)
    {
        return v.isUndefined() || (v.isNull() && need == Need::Nullable);
    }
    bool missing(const char* key)
    {
        return fail(key, QStringLiteral("required member is missing"));
    }

    Checks& m_checks;
    QString m_path;
    QJsonObject m_object;
};

// --- Reading: the document -------------------------------------------------------

// The ids a journey owns, for references that must stay inside it.
struct JourneyScope
{
    Id id = 0;
    QSet<Id> stages;
    QSet<Id> lanes;
    QSet<Id> cards;
};

using Item = const QJsonValue&;
using Path = const QString&;

class Reader
{
public:
    Result<DocumentData> read(const QByteArray& json);

private:
    bool readHeader(const QJsonObject& root);
    bool readDocument(const QJsonObject& root);
    bool newId(Fields& f, QSet<Id>& seen, const char* kind, Id& out);
    bool readDepartment(Item v, Path path, int position);
    bool readPersona(Item v, Path path);
    bool readJourney(Item v, Path path, int position);
    bool readStage(Item v, Path path, int position, JourneyScope& scope);
    bool readLane(Item v, Path path, int position, JourneyScope& scope);
    bool readCard(Item v, Path path, JourneyScope& scope);
    bool readPlace(Fields& f, const JourneyScope& scope, Card& c);
    bool readOwners(Fields& f, Card& c);
    bool readKpi(Item v, Path path, QList<Kpi>& kpis);
    bool readLink(Item v, Path path, const JourneyScope& scope);
    bool checkSources();
    void renumberCells();

    Checks m_checks;
    DocumentData m_data;
    QSet<Id> m_departmentIds, m_personaIds, m_journeyIds, m_stageIds, m_laneIds, m_cardIds,
        m_linkIds;
    QSet<QString> m_departmentNames; // trimmed and case-folded
};

Result<DocumentData> Reader::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidData, QStringLiteral("not valid JSON at byte %1: %2")
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{ErrorCode::InvalidData, QStringLiteral("top level: expected an object")};
    if (!readHeader(doc.object()) || !readDocument(doc.object()))
        return m_checks.error;
    renumberCells();
    m_data.canonicalize();
    return std::move(m_data);
}

// Format and version come first: a stranger's JSON is refused by name.
bool Reader::readHeader(const QJsonObject& root)
{
    Fields f(m_checks, {}, root);
    QString format;
    int version = 0;
    if (!f.text("format", format, Need::Required))
        return false;
    if (format != QLatin1String("cxmap"))
        return f.fail("format", QStringLiteral("%1 is not \"cxmap\"").arg(shown(format)));
    if (!f.integer("version", {INT_MIN, INT_MAX}, version, Need::Required))
        return false;
    if (version > jsonFormatVersion) {
        m_checks.error = Error{ErrorCode::NewerVersion,
                               QStringLiteral("version: this file was written by a newer CXMap "
                                              "(format version %1); this CXMap reads version %2")
                                   .arg(version)
                                   .arg(jsonFormatVersion)};
        return false;
    }
    return version >= 1 ||
           f.fail("version", QStringLiteral("%1 is not a format version").arg(version));
}

bool Reader::readDocument(const QJsonObject& root)
{
    Fields f(m_checks, {}, root);
    return f.onlyKnown({"format", "version", "title", "departments", "personas", "journeys"}) &&
           f.text("title", m_data.title) &&
           f.forEach("departments",
                     [this](Item v, Path p, int i) { return readDepartment(v, p, i); }) &&
           f.forEach("personas", [this](Item v, Path p, int) { return readPersona(v, p); }) &&
           f.forEach("journeys", [this](Item v, Path p, int i) { return readJourney(v, p, i); }) &&
           checkSources();
}

bool Reader::newId(Fields& f, QSet<Id>& seen, const char* kind, Id& out)
{
    if (!f.id("id", out))
        return false;
    if (seen.contains(out))
        return f.fail("id", QStringLiteral("duplicate %1 id %2").arg(QLatin1String(kind)).arg(out));
    seen.insert(out);
    return true;
}

bool Reader::readDepartment(Item v, Path path, int position)
{
    Fields f(m_checks, path);
    Department d;
    d.position = position;
    if (!f.load(v, {"id", "name", "short", "color", "head", "description"}) ||
        !newId(f, m_departmentIds, "department", d.id) || !f.nonEmptyText("name", d.name) ||
        !f.text("short", d.shortName) || !f.color("color", d.color) || !f.text("head", d.head) ||
        !f.text("description", d.description))
        return false;
    const QString folded = d.name.trimmed().toCaseFolded();
    if (m_departmentNames.contains(folded))
        return f.fail("name", QStringLiteral("duplicate department name %1").arg(shown(d.name)));
    m_departmentNames.insert(folded);
    m_data.departments.append(d);
    return true;
}

bool Reader::readPersona(Item v, Path path)
{
    Fields f(m_checks, path);
    Persona p;
    if (!f.load(v, {"id", "name", "description", "goals", "frustrations"}) ||
        !newId(f, m_personaIds, "persona", p.id) || !f.text("name", p.name, Need::Required) ||
        !f.text("description", p.description) || !f.text("goals", p.goals) ||
        !f.text("frustrations", p.frustrations))
        return false;
    m_data.personas.append(p);
    return true;
}

bool Reader::readJourney(Item v, Path path, int position)
{
    Fields f(m_checks, path);
    Journey j;
    j.position = position;
    if (!f.load(v, {"id", "name", "description", "state", "persona", "source", "stages", "lanes",
                    "cards", "links"}) ||
        !newId(f, m_journeyIds, "journey", j.id) || !f.text("name", j.name, Need::Required) ||
        !f.text("description", j.description) ||
        !f.choice("state", &journeyStateFromString, "journey state", j.state) ||
        !f.id("persona", j.personaId, Need::Nullable) ||
        !f.id("source", j.sourceJourneyId, Need::Nullable))
        return false;
    if (j.personaId != 0 && !m_personaIds.contains(j.personaId))
        return f.fail("persona", QStringLiteral("no persona with id %1").arg(j.personaId));
    m_data.journeys.append(j);
    JourneyScope scope{j.id, {}, {}, {}};
    return f.forEach("stages", [&](Item s, Path p, int i) { return readStage(s, p, i, scope); }) &&
           f.forEach("lanes", [&](Item l, Path p, int i) { return readLane(l, p, i, scope); }) &&
           f.forEach("cards", [&](Item c, Path p, int) { return readCard(c, p, scope); }) &&
           f.forEach("links", [&](Item l, Path p, int) { return readLink(l, p, scope); });
}

bool Reader::readStage(Item v, Path path, int position, JourneyScope& scope)
{
    Fields f(m_checks, path);
    Stage s{0, scope.id, {}, {}, position};
    if (!f.load(v, {"id", "name", "description"}) || !newId(f, m_stageIds, "stage", s.id) ||
        !f.text("name", s.name, Need::Required) || !f.text("description", s.description))
        return false;
    scope.stages.insert(s.id);
    m_data.stages.append(s);
    return true;
}

bool Reader::readLane(Item v, Path path, int position, JourneyScope& scope)
{
    Fields f(m_checks, path);
    Lane l{0, scope.id, {}, LaneKind::Touchpoint, position};
    if (!f.load(v, {"id", "name", "kind"}) || !newId(f, m_laneIds, "lane", l.id) ||
        !f.text("name", l.name, Need::Required) ||
        !f.choice("kind", &laneKindFromString, "lane kind", l.kind, Need::Required))
        return false;
    scope.lanes.insert(l.id);
    m_data.lanes.append(l);
    return true;
}

bool Reader::readCard(Item v, Path path, JourneyScope& scope)
{
    Fields f(m_checks, path);
    Card c;
    const auto kpi = [&c, this](Item k, Path p, int) { return readKpi(k, p, c.kpis); };
    if (!f.load(v, {"id", "stage", "lane", "position", "title", "description", "channel",
                    "accountable", "contributing", "emotion", "evidence", "severity", "impact",
                    "kpis", "votes", "status", "tags"}) ||
        !newId(f, m_cardIds, "card", c.id) || !readPlace(f, scope, c) ||
        !f.nonEmptyText("title", c.title) || !f.text("description", c.description) ||
        !f.text("channel", c.channel) || !readOwners(f, c) ||
        !f.integer("emotion", {emotionMin, emotionMax}, c.emotion, Need::Nullable) ||
        !f.choice("evidence", &evidenceFromString, "evidence", c.evidence) ||
        !f.choice("severity", &levelFromString, "level", c.severity) ||
        !f.choice("impact", &levelFromString, "level", c.impact) || !f.forEach("kpis", kpi) ||
        !f.integer("votes", nonNegative, c.votes) ||
        !f.choice("status", &cardStatusFromString, "card status", c.status) ||
        !f.texts("tags", c.tags))
        return false;
    scope.cards.insert(c.id);
    m_data.cards.append(c);
    return true;
}

bool Reader::readPlace(Fields& f, const JourneyScope& scope, Card& c)
{
    if (!f.id("stage", c.stageId) || !f.id("lane", c.laneId) ||
        !f.integer("position", nonNegative, c.position))
        return false;
    if (!scope.stages.contains(c.stageId))
        return f.fail("stage",
                      QStringLiteral("no stage with id %1 in this journey").arg(c.stageId));
    if (!scope.lanes.contains(c.laneId))
        return f.fail("lane", QStringLiteral("no lane with id %1 in this journey").arg(c.laneId));
    return true;
}

bool Reader::readOwners(Fields& f, Card& c)
{
    if (!f.id("accountable", c.accountableId, Need::Nullable))
        return false;
    if (c.accountableId != 0 && !m_departmentIds.contains(c.accountableId))
        return f.fail("accountable",
                      QStringLiteral("no department with id %1").arg(c.accountableId));
    return f.forEach("contributing", [&](Item v, Path p, int) {
        Id id = 0;
        if (!m_checks.id(v, p, id))
            return false;
        if (!m_departmentIds.contains(id))
            return m_checks.fail(p, QStringLiteral("no department with id %1").arg(id));
        if (id == c.accountableId)
            return m_checks.fail(p, QStringLiteral("department %1 is already accountable").arg(id));
        if (c.contributingIds.contains(id))
            return m_checks.fail(p, QStringLiteral("department %1 is listed twice").arg(id));
        c.contributingIds.append(id);
        return true;
    });
}

bool Reader::readKpi(Item v, Path path, QList<Kpi>& kpis)
{
    Fields f(m_checks, path);
    Kpi k;
    std::optional<double> value;
    if (!f.load(v, {"name", "kind", "value", "target", "unit"}) ||
        !f.text("name", k.name, Need::Required) ||
        !f.choice("kind", &kpiKindFromString, "KPI kind", k.kind, Need::Required) ||
        !f.number("value", value, Need::Optional) ||
        !f.number("target", k.target, Need::Nullable) || !f.text("unit", k.unit))
        return false;
    k.value = value.value_or(k.value);
    const auto check = [&](const char* key, double x) {
        return kpiValueInRange(k.kind, x) ||
               f.fail(key, QStringLiteral("%1 is out of range for a %2 KPI")
                               .arg(shown(x), toString(k.kind)));
    };
    if (!check("value", k.value) || (k.target && !check("target", *k.target)))
        return false;
    kpis.append(k);
    return true;
}

bool Reader::readLink(Item v, Path path, const JourneyScope& scope)
{
    Fields f(m_checks, path);
    Link l;
    if (!f.load(v, {"id", "from", "to", "type", "label"}) || !newId(f, m_linkIds, "link", l.id) ||
        !f.id("from", l.fromCardId) || !f.id("to", l.toCardId) ||
        !f.choice("type", &linkTypeFromString, "link type", l.type) || !f.text("label", l.label))
        return false;
    for (const auto& [key, id] : {std::pair("from", l.fromCardId), std::pair("to", l.toCardId)}) {
        if (!scope.cards.contains(id))
            return f.fail(key, QStringLiteral("no card with id %1 in this journey").arg(id));
    }
    if (l.fromCardId == l.toCardId)
        return f.fail("to", QStringLiteral("a link cannot join a card to itself"));
    m_data.links.append(l);
    return true;
}

// Sources may point forward in the array, so they are checked once all journeys are read.
bool Reader::checkSources()
{
    for (qsizetype i = 0; i < m_data.journeys.size(); ++i) {
        const Journey& j = m_data.journeys.at(i);
        const QString p = QStringLiteral("journeys[%1].source").arg(i);
        if (j.sourceJourneyId == j.id)
            return m_checks.fail(p, QStringLiteral("a journey cannot be its own source"));
        if (j.sourceJourneyId != 0 && !m_journeyIds.contains(j.sourceJourneyId))
            return m_checks.fail(p, QStringLiteral("no journey with id %1").arg(j.sourceJourneyId));
    }
    return true;
}

// Positions within each (stage, lane) cell become 0..n-1 in the given order;
// ties keep the order of the file.
void Reader::renumberCells()
{
    QHash<std::pair<Id, Id>, QList<Card*>> cells;
    for (Card& c : m_data.cards)
        cells[{c.stageId, c.laneId}].append(&c);
    for (QList<Card*>& cell : cells) {
        std::stable_sort(cell.begin(), cell.end(),
                         [](const Card* a, const Card* b) { return a->position < b->position; });
        for (int i = 0; i < cell.size(); ++i)
            cell[i]->position = i;
    }
}

} // namespace

Result<DocumentData> fromJson(const QByteArray& json)
{
    return Reader().read(json);
}

} // namespace cx
