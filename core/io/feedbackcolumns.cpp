// The mapping of a feedback file's columns (feedbackimport.h): --columns.

#include "feedbackdecode.h"
#include "feedbackimport.h"

#include "model/enumnames.h"

#include <QCoreApplication>

#include <algorithm>

namespace cx {

using namespace feedbackio;

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct FeedbackImportTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::FeedbackImport)
};

Error invalid(const QString& message) { return Error{ErrorCode::InvalidData, message}; }

// A column name as the spec writes it: quoted when it needs to be.
QString specName(const QString& name)
{
    const bool plain = !name.isEmpty() && name.trimmed() == name && !name.contains(u',') &&
                       !name.contains(u':') && !name.contains(u'"') && !name.contains(u'=');
    if (plain)
        return name;
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// Reads one COL of a spec from pos: quoted or up to the next comma.
Result<QString> readSpecName(const QString& spec, qsizetype& pos, bool stopAtColon)
{
    const qsizetype start = pos;
    if (pos < spec.size() && spec[pos] == u'"') {
        QString name;
        for (++pos;; ++pos) {
            if (pos >= spec.size())
                return invalid(
                    FeedbackImportTr::tr("--columns: the quote at character %1 never ends")
                        .arg(start + 1));
            if (spec[pos] == u'"') {
                if (pos + 1 < spec.size() && spec[pos + 1] == u'"') {
                    name += u'"';
                    ++pos;
                    continue;
                }
                ++pos;
                return name;
            }
            name += spec[pos];
        }
    }
    qsizetype end = spec.indexOf(u',', pos);
    if (end < 0)
        end = spec.size();
    if (stopAtColon) {
        const qsizetype colon = spec.lastIndexOf(u':', end - 1);
        if (colon >= pos)
            end = colon;
    }
    const QString name = spec.mid(pos, end - pos).trimmed();
    pos = end;
    return name;
}

} // namespace

std::optional<FeedbackEncoding> feedbackEncodingFromString(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"auto" || n == u"utf-8" || n == u"utf8")
        return FeedbackEncoding::Auto;
    if (n == u"cp1252" || n == u"windows-1252" || n == u"windows1252")
        return FeedbackEncoding::Windows1252;
    return std::nullopt;
}

QString FeedbackColumns::problem() const
{
    if (text.trimmed().isEmpty())
        return FeedbackImportTr::tr("say which column holds the customer's words (text=COLUMN)");
    if (card.trimmed().isEmpty())
        return FeedbackImportTr::tr("say which column names the card (card=COLUMN)");
    if (!score.trimmed().isEmpty() && scale == ScoreScale::None)
        return FeedbackImportTr::tr(
            "say the score's scale: score=COLUMN:nps (0-10) or score=COLUMN:csat (1-5)");
    return {};
}

QString FeedbackColumns::toSpec() const
{
    QStringList parts;
    for (int f = 0; f < ColumnCount; ++f) {
        const QString& name = columnOf(*this, f);
        if (name.isEmpty())
            continue;
        QString part = QString::fromLatin1(fieldNames[f]) + u'=' + specName(name);
        if (f == ScoreColumn)
            part += u':' + toString(scale);
        parts << part;
    }
    return parts.join(u',');
}

Result<FeedbackColumns> parseColumnSpec(const QString& spec)
{
    FeedbackColumns columns;
    std::array<bool, ColumnCount> seen{};
    qsizetype pos = 0;
    while (pos < spec.size()) {
        const qsizetype start = pos;
        const qsizetype eq = spec.indexOf(u'=', pos);
        const qsizetype comma = spec.indexOf(u',', pos);
        if (eq < 0 || (comma >= 0 && comma < eq))
            return invalid(
                FeedbackImportTr::tr("--columns: “%1” at character %2 is not FIELD=COLUMN")
                    .arg(spec.mid(start, (comma < 0 ? spec.size() : comma) - start),
                         QString::number(start + 1)));
        const QString key = spec.mid(pos, eq - pos).trimmed().toLower();
        const auto* known = std::find_if(fieldNames.begin(), fieldNames.end(),
                                         [&](const char* n) { return key == QLatin1String(n); });
        if (known == fieldNames.end())
            return invalid(FeedbackImportTr::tr(
                               "--columns: unknown field “%1” at character %2; the fields are %3")
                               .arg(spec.mid(pos, eq - pos).trimmed(), QString::number(start + 1),
                                    QStringLiteral("text, card, date, score, kind, sentiment, "
                                                   "source, segment, reference")));
        const int field = int(known - fieldNames.begin());
        if (seen[field])
            return invalid(FeedbackImportTr::tr("--columns: “%1” is mapped twice (character %2)")
                               .arg(key, QString::number(start + 1)));
        seen[field] = true;
        pos = eq + 1;
        while (pos < spec.size() && spec[pos] == u' ')
            ++pos;
        Result<QString> name = readSpecName(spec, pos, field == ScoreColumn);
        if (!name)
            return name.error();
        if (name->isEmpty())
            return invalid(FeedbackImportTr::tr("--columns: “%1=” at character %2 names no column")
                               .arg(key, QString::number(start + 1)));
        *columnOf(columns, field) = *name;
        if (pos < spec.size() && spec[pos] == u':') {
            const qsizetype end =
                spec.indexOf(u',', pos) < 0 ? spec.size() : spec.indexOf(u',', pos);
            const QString scaleName = spec.mid(pos + 1, end - pos - 1).trimmed().toLower();
            const std::optional<ScoreScale> scale = scoreScaleFromString(scaleName);
            if (field != ScoreColumn)
                return invalid(FeedbackImportTr::tr(
                                   "--columns: only the score has a scale (“:%1” at character %2)")
                                   .arg(scaleName, QString::number(pos + 1)));
            if (!scale || *scale == ScoreScale::None)
                return invalid(FeedbackImportTr::tr(
                                   "--columns: unknown scale “%1” at character %2: nps or csat")
                                   .arg(scaleName, QString::number(pos + 2)));
            columns.scale = *scale;
            pos = end;
        }
        while (pos < spec.size() && spec[pos] == u' ')
            ++pos;
        if (pos < spec.size() && spec[pos] != u',')
            return invalid(
                FeedbackImportTr::tr("--columns: a comma expected at character %1").arg(pos + 1));
        ++pos;
    }
    if (const QString why = columns.problem(); !why.isEmpty())
        return invalid(QStringLiteral("--columns: ") + why);
    return columns;
}

} // namespace cx
