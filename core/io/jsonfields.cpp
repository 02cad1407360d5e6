#include "jsonfields.h"

#include "model/storabletext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cx::json {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct JsonTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Json)
};

} // namespace

QString typeName(const QJsonValue& v)
{
    // In the order of QJsonValue::Type.
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("cx::Json", "null"),     QT_TRANSLATE_NOOP("cx::Json", "a boolean"),
        QT_TRANSLATE_NOOP("cx::Json", "a number"), QT_TRANSLATE_NOOP("cx::Json", "a string"),
        QT_TRANSLATE_NOOP("cx::Json", "an array"), QT_TRANSLATE_NOOP("cx::Json", "an object")};
    return JsonTr::tr(v.isUndefined() ? QT_TRANSLATE_NOOP("cx::Json", "nothing") : names[v.type()]);
}

// what: marked with QT_TRANSLATE_NOOP("cx::Json", ...) where it is written.
QString expected(const char* what, const QJsonValue& got)
{
    return JsonTr::tr("expected %1, got %2").arg(JsonTr::tr(what), typeName(got));
}

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

Result<QJsonObject> parseObject(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidData, JsonTr::tr("not valid JSON at byte %1: %2")
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{ErrorCode::InvalidData, JsonTr::tr("top level: expected an object")};
    return doc.object();
}

// --- Checks ----------------------------------------------------------------------

bool Checks::fail(const QString& path, const QString& what)
{
    if (!error) {
        const QString where = path.isEmpty() ? JsonTr::tr("top level") : path;
        error = Error{ErrorCode::InvalidData, where + QStringLiteral(": ") + what};
    }
    return false;
}

bool Checks::integer(const QJsonValue& v, const QString& path, Range range, qint64& out)
{
    if (!v.isDouble())
        return fail(path, expected(QT_TRANSLATE_NOOP("cx::Json", "an integer"), v));
    const double d = v.toDouble();
    if (std::trunc(d) != d)
        return fail(path, JsonTr::tr("%1 is not an integer").arg(shown(v)));
    if (std::abs(d) >= 9.2e18)
        return fail(path, JsonTr::tr("%1 is too large").arg(shown(v)));
    out = v.toInteger();
    if (out >= range.min && out <= range.max)
        return true;
    if (out < range.min && range.max >= INT_MAX) // "out of range 0..2147483647" reads badly
        return fail(path, JsonTr::tr("%1 is less than %2").arg(out).arg(range.min));
    return fail(path,
                JsonTr::tr("%1 is out of range %2..%3").arg(out).arg(range.min).arg(range.max));
}

bool Checks::id(const QJsonValue& v, const QString& path, Id& out)
{
    if (!integer(v, path, anyInteger, out))
        return false;
    return out > 0 || fail(path, JsonTr::tr("%1 is not a valid id").arg(out));
}

// --- Fields ----------------------------------------------------------------------

Fields::Fields(Checks& checks, QString path, QJsonObject object)
    : m_checks(checks), m_path(std::move(path)), m_object(std::move(object))
{
}

bool Fields::load(const QJsonValue& v, std::initializer_list<const char*> keys)
{
    if (!v.isObject())
        return m_checks.fail(m_path, expected(QT_TRANSLATE_NOOP("cx::Json", "an object"), v));
    m_object = v.toObject();
    return onlyKnown(keys);
}

bool Fields::onlyKnown(std::initializer_list<const char*> keys)
{
    for (const QString& key : m_object.keys()) {
        const auto same = [&key](const char* k) { return key == QLatin1String(k); };
        if (std::none_of(keys.begin(), keys.end(), same))
            return m_checks.fail(path(key), JsonTr::tr("unknown member"));
    }
    return true;
}

QString Fields::path(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool Fields::header(const char* format, int newestVersion, const char* what)
{
    QString name;
    int version = 0;
    if (!text("format", name, Need::Required))
        return false;
    if (name != QLatin1String(format))
        return fail("format",
                    JsonTr::tr("%1 is not \"%2\"").arg(shown(name), QLatin1String(format)));
    if (!integer("version", {INT_MIN, INT_MAX}, version, Need::Required))
        return false;
    if (version > newestVersion) {
        m_checks.error = Error{ErrorCode::NewerVersion,
                               JsonTr::tr("version: this %1 was written by a newer CXMap "
                                          "(format version %2); this CXMap reads version %3")
                                   .arg(QLatin1String(what))
                                   .arg(version)
                                   .arg(newestVersion)};
        return false;
    }
    return version >= 1 || fail("version", JsonTr::tr("%1 is not a format version").arg(version));
}

bool Fields::text(const char* key, QString& out, Need need, qsizetype maxLength)
{
    const QJsonValue v = value(key);
    if (absent(v, need))
        return need != Need::Required || missing(key);
    if (!v.isString())
        return fail(key, expected(QT_TRANSLATE_NOOP("cx::Json", "a string"), v));
    out = v.toString();
    if (out.size() > maxLength)
        return fail(key, JsonTr::tr("a text of %1 characters is longer than the %2 CXMap keeps")
                             .arg(out.size())
                             .arg(maxLength));
    if (const QString problem = unstorableText(out); !problem.isEmpty())
        return fail(key, JsonTr::tr("holds %1, which CXMap cannot keep exactly").arg(problem));
    return true;
}

bool Fields::nonEmptyText(const char* key, QString& out)
{
    return text(key, out, Need::Required) &&
           (!out.trimmed().isEmpty() || fail(key, JsonTr::tr("must not be empty")));
}

bool Fields::texts(const char* key, QStringList& out)
{
    return forEach(key, [&](const QJsonValue& v, const QString& p, int) {
        if (!v.isString())
            return m_checks.fail(p, expected(QT_TRANSLATE_NOOP("cx::Json", "a string"), v));
        out.append(v.toString());
        if (const QString problem = unstorableText(out.last()); !problem.isEmpty())
            return m_checks.fail(
                p, JsonTr::tr("holds %1, which CXMap cannot keep exactly").arg(problem));
        return true;
    });
}

bool Fields::number(const char* key, std::optional<double>& out, Need need)
{
    const QJsonValue v = value(key);
    if (absent(v, need))
        return need != Need::Required || missing(key);
    if (!v.isDouble())
        return fail(key, expected(QT_TRANSLATE_NOOP("cx::Json", "a number"), v));
    out = v.toDouble();
    return true;
}

bool Fields::id(const char* key, Id& out, Need need)
{
    const QJsonValue v = value(key);
    if (absent(v, need))
        return need != Need::Required || missing(key);
    return m_checks.id(v, path(key), out);
}

bool Fields::newId(QSet<Id>& seen, const char* kind, Id& out)
{
    if (!id("id", out))
        return false;
    if (seen.contains(out))
        return fail("id", JsonTr::tr("duplicate %1 id %2").arg(QLatin1String(kind)).arg(out));
    seen.insert(out);
    return true;
}

bool Fields::color(const char* key, QColor& out)
{
    const QJsonValue v = value(key);
    if (absent(v, Need::Nullable))
        return true;
    if (!v.isString())
        return fail(key, expected(QT_TRANSLATE_NOOP("cx::Json", "a string"), v));
    const QColor parsed(v.toString());
    if (!parsed.isValid())
        return fail(key, JsonTr::tr("%1 is not a colour").arg(shown(v)));
    out = QColor::fromRgba(parsed.rgba());
    return true;
}

bool Fields::missing(const char* key)
{
    return fail(key, JsonTr::tr("required member is missing"));
}

} // namespace cx::json
