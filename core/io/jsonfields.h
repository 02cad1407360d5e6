#pragma once

// Checked reading of JSON values, shared by the readers of core/io (the
// document format and the card clipboard). The first problem met is kept,
// named by the JSON path of the bad value, e.g.
// "journeys[0].cards[12].emotion: 7 is out of range -2..2".

#include "model/result.h"
#include "model/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <climits>
#include <initializer_list>

namespace cx::json {

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
inline constexpr Range anyInteger{LLONG_MIN, LLONG_MAX};
inline constexpr Range nonNegative{0, INT_MAX};

template <typename E>
using Parser = std::optional<E> (*)(const QString&);

// "a string", "an array", ... ("nothing" for a member left out).
QString typeName(const QJsonValue& v);
// "expected <what>, got <type of got>".
QString expected(const char* what, const QJsonValue& got);
// A value as a message shows it: strings quoted (long ones shortened), numbers as numbers.
QString shown(const QJsonValue& v);

// Parses a JSON text whose top level must be an object.
Result<QJsonObject> parseObject(const QByteArray& json);

// Keeps the first problem met, named by the JSON path of the bad value. Every
// check returns false once it has reported a problem.
class Checks
{
public:
    Error error;

    bool fail(const QString& path, const QString& what);
    // An exact integer in range: 2 and 2.0 pass, 1.5 and 1e300 do not.
    bool integer(const QJsonValue& v, const QString& path, Range range, qint64& out);
    bool id(const QJsonValue& v, const QString& path, Id& out);
};

// The members of one JSON object, read with checks at their paths.
class Fields
{
public:
    Fields(Checks& checks, QString path, QJsonObject object = {});

    // Takes the value as this object, refusing it if it is not one or has an unknown member.
    bool load(const QJsonValue& v, std::initializer_list<const char*> keys);
    bool onlyKnown(std::initializer_list<const char*> keys);

    QString path(const QString& key) const;
    QString path(const char* key) const { return path(QString::fromLatin1(key)); }
    bool fail(const char* key, const QString& what) { return m_checks.fail(path(key), what); }
    Checks& checks() { return m_checks; }

    // "format" and "version" of a file: a stranger's JSON is refused by name, a
    // newer version with ErrorCode::NewerVersion ("this <what> was written by a
    // newer CXMap").
    bool header(const char* format, int newestVersion, const char* what);

    bool text(const char* key, QString& out, Need need = Need::Optional,
              qsizetype maxLength = maxTextLength);
    bool nonEmptyText(const char* key, QString& out);
    bool texts(const char* key, QStringList& out);
    bool number(const char* key, std::optional<double>& out, Need need);
    // A nullable id is a reference: null or left out means none (0).
    bool id(const char* key, Id& out, Need need = Need::Required);
    // The "id" member of a new object: must not be in 'seen' (kind names it in the message).
    bool newId(QSet<Id>& seen, const char* kind, Id& out);
    // Null or left out = no colour; a colour is kept as 8-bit RGBA.
    bool color(const char* key, QColor& out);

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
    template <typename F>
    bool forEach(const char* key, F readItem)
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

    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }

private:
    static bool absent(const QJsonValue& v, Need need)
    {
        return v.isUndefined() || (v.isNull() && need == Need::Nullable);
    }
    bool missing(const char* key);

    Checks& m_checks;
    QString m_path;
    QJsonObject m_object;
};

} // namespace cx::json
