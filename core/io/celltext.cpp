#include "celltext.h"

#include "model/enumnames.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CsvTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Csv)
};

const QLatin1String listSpecials("\\;");
const QLatin1String kpiSpecials("\\;=[]");

// A backslash before each special character, and before a space (any
// QChar::isSpace) at either end, which the reader would otherwise trim.
QString escaped(const QString& text, QLatin1String specials)
{
    QString out;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool atEdge = i == 0 || i == text.size() - 1;
        if (specials.contains(c) || (atEdge && c.isSpace()))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// raw without the spaces around it that no backslash escapes.
QStringView trimmedRaw(QStringView raw)
{
    qsizetype start = 0;
    while (start < raw.size() && raw[start].isSpace())
        ++start;
    qsizetype end = start; // past the last character kept
    for (qsizetype i = start; i < raw.size(); ++i) {
        if (raw[i] == QLatin1Char('\\') && i + 1 < raw.size())
            end = ++i + 1;
        else if (!raw[i].isSpace())
            end = i + 1;
    }
    return raw.mid(start, end - start);
}

// Drops the escaping backslashes; a backslash at the very end stays.
QString unescaped(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == QLatin1Char('\\') && i + 1 < raw.size())
            ++i;
        out += raw[i];
    }
    return out;
}

// Positions of c in raw that no backslash escapes.
QList<qsizetype> unescapedPositions(QStringView raw, QChar c)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == QLatin1Char('\\'))
            ++i;
        else if (raw[i] == c)
            found.append(i);
    }
    return found;
}

// The items of a list, still escaped, trimmed, empty ones left out.
QList<QStringView> rawItems(QStringView text)
{
    QList<QStringView> items;
    QList<qsizetype> ends = unescapedPositions(text, QLatin1Char(';'));
    ends.append(text.size());
    qsizetype start = 0;
    for (qsizetype end : ends) {
        const QStringView item = trimmedRaw(text.mid(start, end - start));
        if (!item.isEmpty())
            items.append(item);
        start = end + 1;
    }
    return items;
}

QString number(double v) { return QString::number(v, 'f', QLocale::FloatingPointShortest); }

QString kpiText(const Kpi& k)
{
    QString text = escaped(k.name, kpiSpecials) + QLatin1Char('=') + number(k.value);
    if (k.target)
        text += QLatin1Char('/') + number(*k.target);
    if (!k.unit.isEmpty())
        text += QLatin1Char(' ') + escaped(k.unit, kpiSpecials);
    if (k.kind != KpiKind::Free)
        text += QStringLiteral(" [%1]").arg(toString(k.kind));
    return text;
}

QString rangeOf(KpiKind kind)
{
    switch (kind) {
    case KpiKind::Nps:
        return QStringLiteral("-100..100");
    case KpiKind::Csat:
        return QStringLiteral("0..100");
    case KpiKind::Ces:
        return QStringLiteral("1..7");
    case KpiKind::Free:
        break;
    }
    static_assert(maxKpiMagnitude == 1e15); // up to here a spreadsheet keeps whole numbers exact
    return QStringLiteral("-1e15..1e15");
}

// Reads KPI entries (still escaped); the first problem ends the reading.
class KpiReader
{
public:
    bool read(QStringView raw, Kpi& k);
    QString problem;

private:
    bool fail(const QString& what)
    {
        problem = CsvTr::tr("KPI “%1”: %2").arg(m_name, what);
        return false;
    }
    bool readKind(QStringView& rest, Kpi& k); // takes " [kind]" off the end of rest
    bool readNumbers(QStringView numbers, Kpi& k);

    QString m_name;
};

bool KpiReader::read(QStringView raw, Kpi& k)
{
    const QList<qsizetype> equals = unescapedPositions(raw, QLatin1Char('='));
    if (equals.isEmpty()) {
        problem = CsvTr::tr("“%1” is not NAME=VALUE[/TARGET] [UNIT] [[KIND]]").arg(raw.toString());
        return false;
    }
    k.name = m_name = unescaped(trimmedRaw(raw.left(equals.first())));
    if (k.name.trimmed().isEmpty()) {
        problem = CsvTr::tr("“%1” has no name before “=”").arg(raw);
        return false;
    }
    QStringView rest = trimmedRaw(raw.mid(equals.first() + 1));
    if (!readKind(rest, k))
        return false;
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    k.unit = space < 0 ? QString() : unescaped(trimmedRaw(rest.mid(space + 1)));
    return readNumbers(space < 0 ? rest : rest.left(space), k);
}

bool KpiReader::readKind(QStringView& rest, Kpi& k)
{
    const QList<qsizetype> opens = unescapedPositions(rest, QLatin1Char('['));
    const QList<qsizetype> closes = unescapedPositions(rest, QLatin1Char(']'));
    k.kind = KpiKind::Free;
    if (opens.isEmpty() && closes.isEmpty())
        return true;
    if (opens.size() != 1 || closes.size() != 1 || closes.first() != rest.size() - 1 ||
        opens.first() > closes.first())
        return fail(CsvTr::tr("the kind goes last, in brackets: [csat]"));
    const QString kind =
        rest.mid(opens.first() + 1, closes.first() - opens.first() - 1).trimmed().toString();
    const std::optional<KpiKind> parsed = kpiKindFromString(kind);
    if (!parsed)
        return fail(CsvTr::tr("unknown kind “%1” (nps, csat, ces or free)").arg(kind));
    k.kind = *parsed;
    rest = trimmedRaw(rest.left(opens.first()));
    return true;
}

bool KpiReader::readNumbers(QStringView numbers, Kpi& k)
{
    const QList<QStringView> parts = numbers.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return fail(CsvTr::tr("“%1” is not VALUE or VALUE/TARGET").arg(numbers));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double v = parts[i].toDouble(&ok);
        if (parts[i].isEmpty())
            return fail(CsvTr::tr("the value is missing"));
        if (!ok || !std::isfinite(v))
            return fail(CsvTr::tr("“%1” is not a number").arg(parts[i]));
        if (!kpiValueInRange(k.kind, v))
            return fail(CsvTr::tr("%1 is out of range %2 for %3")
                            .arg(QString::number(v, 'g', QLocale::FloatingPointShortest),
                                 rangeOf(k.kind), toString(k.kind)));
        if (i == 0)
            k.value = v;
        else
            k.target = v;
    }
    return true;
}

} // namespace

QString joinListText(const QStringList& items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const QString& item : items)
        parts.append(escaped(item, listSpecials));
    return parts.join(QStringLiteral("; "));
}

QStringList splitListText(const QString& text)
{
    QStringList items;
    for (QStringView raw : rawItems(text))
        items.append(unescaped(raw));
    return items;
}

QString kpisToText(const QList<Kpi>& kpis)
{
    QStringList parts;
    parts.reserve(kpis.size());
    for (const Kpi& k : kpis)
        parts.append(kpiText(k));
    return parts.join(QStringLiteral("; "));
}

Result<QList<Kpi>> kpisFromText(const QString& text)
{
    QList<Kpi> kpis;
    KpiReader reader;
    for (QStringView raw : rawItems(text)) {
        Kpi k;
        if (!reader.read(raw, k))
            return Error{ErrorCode::InvalidData, reader.problem};
        kpis.append(k);
    }
    return kpis;
}

} // namespace cx
