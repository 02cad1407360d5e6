#include "feedbackimport.h"

#include "feedbackdecode.h"

#include "commands/edit.h"
#include "model/document.h"
#include "model/enumnames.h"
#include "model/feedbackrules.h"
#include "model/shorttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace cx {

using namespace feedbackio;

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct FeedbackImportTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::FeedbackImport)
};

Error invalid(const QString& message) { return Error{ErrorCode::InvalidData, message}; }

// A value in a message: quoted, at most 40 characters.
QString shown(const QString& text)
{
    const QString cut = text.size() > 40 ? text.left(39) + u'…' : text;
    return inQuotes(cut);
}

} // namespace

namespace {

// The decoded file, its reader and its header.
struct Table
{
    feedbackio::DecodedText decoded;
    std::unique_ptr<RecordReader> reader;
    Record header;
    QChar delimiter;
};

Result<std::unique_ptr<Table>> openTable(const QByteArray& bytes,
                                         const FeedbackImportOptions& options)
{
    auto table = std::make_unique<Table>();
    Result<feedbackio::DecodedText> decoded = feedbackio::decodeFeedbackBytes(bytes, options);
    if (!decoded)
        return decoded.error();
    table->decoded = std::move(decoded).value();
    table->reader = std::make_unique<RecordReader>(table->decoded.text);
    RecordReader& reader = *table->reader;
    const QChar excelSeparator = reader.readSeparatorLine();
    Record skipped;
    reader.setLenient(true);
    for (int i = 0; i < options.skipRows; ++i) {
        if (!reader.next(skipped))
            return invalid(reader.failed()
                               ? reader.problem()
                               : FeedbackImportTr::tr("the file has fewer than %n rows to skip and "
                                                      "no header after them",
                                                      nullptr, options.skipRows));
    }
    reader.setLenient(false);
    do {
        reader.setDelimiter(QChar());
        table->delimiter = excelSeparator.isNull() ? reader.detectDelimiter() : excelSeparator;
        reader.setDelimiter(table->delimiter);
        if (!reader.next(table->header))
            return invalid(reader.failed() ? reader.problem()
                                           : FeedbackImportTr::tr("the file has no header line"));
    } while (table->header.blank);
    for (int i = 0; i < table->header.fields.size(); ++i) {
        if (table->header.fields[i].contains(QChar(0)))
            return invalid(FeedbackImportTr::tr(
                               "line %1, column %2: the header holds a NUL character; is the file "
                               "UTF-16 without a byte order mark?")
                               .arg(table->header.lines[i])
                               .arg(i + 1));
    }
    return table;
}

// The index of each mapped column in the header (-1: not mapped).
Result<std::array<int, ColumnCount>> resolveColumns(const FeedbackColumns& columns,
                                                    const Record& header)
{
    std::array<int, ColumnCount> at;
    at.fill(-1);
    for (int f = 0; f < ColumnCount; ++f) {
        const QString wanted = columnOf(columns, f).trimmed();
        if (wanted.isEmpty())
            continue;
        QList<int> matches;
        for (int i = 0; i < header.fields.size(); ++i) {
            if (header.fields[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                matches << i;
        }
        if (matches.size() > 1) {
            QList<int> exact;
            for (int i : matches) {
                if (header.fields[i].trimmed() == wanted)
                    exact << i;
            }
            if (exact.size() != 1)
                return invalid(
                    FeedbackImportTr::tr("line %1: the header has the column %2 more than once")
                        .arg(header.line)
                        .arg(shown(wanted)));
            matches = exact;
        }
        // "#N": the N-th column (1-based), for a header that repeats a name
        // or leaves one blank; a column named "#N" itself wins.
        if (matches.isEmpty() && wanted.startsWith(u'#')) {
            bool number = false;
            const int n = wanted.mid(1).toInt(&number);
            if (number && n >= 1 && n <= header.fields.size())
                matches << n - 1;
            else if (number)
                return invalid(
                    FeedbackImportTr::tr("line %1: the header has no column %2: it has %3")
                        .arg(QString::number(header.line), wanted,
                             QString::number(header.fields.size())));
        }
        if (matches.isEmpty()) {
            QStringList found;
            for (const QString& h : header.fields)
                found << inQuotes(h);
            return invalid(FeedbackImportTr::tr(
                               "line %1: the header has no column “%2” (%3); its columns are: %4")
                               .arg(header.line)
                               .arg(wanted, QString::fromLatin1(fieldNames[f]),
                                    found.join(QStringLiteral(", "))));
        }
        at[f] = matches.first();
    }
    return at;
}

// Every card of the map by its title, case and surrounding spaces ignored.
class CardMatcher
{
public:
    explicit CardMatcher(const Document& doc) : m_doc(doc)
    {
        m_byTitle.reserve(doc.cardCount());
        for (Id journey : doc.journeyIds()) {
            for (Id id : doc.cardIdsOfJourney(journey))
                m_byTitle[key(doc.card(id)->title)].append(id);
        }
    }
    QList<Id> match(const QString& cell) const
    {
        const QString t = cell.trimmed();
        bool number = false;
        const Id id = t.toLongLong(&number);
        if (number && id > 0 && m_doc.card(id))
            return {id};
        return m_byTitle.value(key(t));
    }
    // On a team map: may this role put feedback on the card? (Else the
    // item waits in the inbox for the card's department.)
    bool mayChange(Id card) const { return m_doc.cardRefusal(card).isEmpty(); }

private:
    static QString key(const QString& title) { return title.trimmed().toCaseFolded(); }
    const Document& m_doc;
    QHash<QString, QList<Id>> m_byTitle;
};

std::optional<QDate> parseDate(const QString& s, QString& problem)
{
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$)"));
    static const QRegularExpression dotted(
        QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? \d{1,2}:\d{2}(?::\d{2})?)?$)"));
    static const QRegularExpression slashed(QStringLiteral(R"(^\d{1,2}/\d{1,2}/\d{2,4}\b)"));
    QDate date;
    if (const auto m = iso.match(s); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    } else if (const auto d = dotted.match(s); d.hasMatch()) {
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    } else if (slashed.match(s).hasMatch()) {
        problem =
            FeedbackImportTr::tr("%1 could be day/month or month/day: export dates as yyyy-mm-dd")
                .arg(shown(s));
        return std::nullopt;
    }
    if (!date.isValid()) {
        problem =
            FeedbackImportTr::tr("%1 is not a date (yyyy-mm-dd, an ISO date-time or dd.mm.yyyy)")
                .arg(shown(s));
        return std::nullopt;
    }
    return date;
}

// Reads the data rows into items.
class RowReader
{
public:
    RowReader(const FeedbackColumns& columns, const FeedbackImportOptions& options,
              const Record& header, const std::array<int, ColumnCount>& at, const Document& doc)
        : m_columns(columns), m_header(header), m_at(at), m_cards(doc)
    {
        if (options.source)
            m_source = *options.source;
        else if (columns.scale == ScoreScale::Nps && at[ScoreColumn] >= 0)
            m_source = FeedbackSource::Nps;
        else if (columns.scale == ScoreScale::Csat && at[ScoreColumn] >= 0)
            m_source = FeedbackSource::Survey;
    }

    Error read(const Record& r, FeedbackImport& out);

private:
    Error cellError(const Record& r, int field, const QString& problem) const
    {
        const int i = m_at[field];
        return invalid(FeedbackImportTr::tr("line %1, column %2 (“%3”): %4")
                           .arg(r.lines.value(i, r.line))
                           .arg(i + 1)
                           .arg(m_header.fields.value(i), problem));
    }
    // The cell of a mapped field ("" when not mapped); without its
    // surrounding spaces unless it is the customer's words.
    QString cell(const Record& r, int field) const
    {
        const int i = m_at[field];
        if (i < 0)
            return {};
        return field == TextColumn ? r.fields[i] : r.fields[i].trimmed();
    }
    Error readValues(const Record& r, Feedback& f) const;

    const FeedbackColumns& m_columns;
    const Record& m_header;
    const std::array<int, ColumnCount>& m_at;
    CardMatcher m_cards;
    FeedbackSource m_source = FeedbackSource::None;
};

Error RowReader::readValues(const Record& r, Feedback& f) const
{
    QString problem;
    if (const QString d = cell(r, DateColumn); !d.isEmpty()) {
        const std::optional<QDate> date = parseDate(d, problem);
        if (!date)
            return cellError(r, DateColumn, problem);
        f.date = *date;
    }
    if (const QString s = cell(r, ScoreColumn); !s.isEmpty()) {
        bool ok = false;
        const int score = s.toInt(&ok);
        if (!ok || !scoreInRange(m_columns.scale, score))
            return cellError(
                r, ScoreColumn,
                m_columns.scale == ScoreScale::Nps
                    ? FeedbackImportTr::tr("%1 is not an NPS score (a whole number from 0 to 10)")
                          .arg(shown(s))
                    : FeedbackImportTr::tr("%1 is not a CSAT score (a whole number from 1 to 5)")
                          .arg(shown(s)));
        f.scale = m_columns.scale;
        f.score = score;
        f.sentiment = sentimentOfScore(f.scale, score);
    }
    if (const QString s = cell(r, SentimentColumn); !s.isEmpty()) {
        bool ok = false;
        const int sentiment = s.toInt(&ok);
        if (!ok || sentiment < emotionMin || sentiment > emotionMax)
            return cellError(
                r, SentimentColumn,
                FeedbackImportTr::tr("%1 is not a sentiment (a whole number from -2 to +2)")
                    .arg(shown(s)));
        f.sentiment = sentiment;
    }
    if (const QString k = cell(r, KindColumn); !k.isEmpty()) {
        const std::optional<FeedbackKind> kind = feedbackKindFromString(k.toLower());
        if (!kind)
            return cellError(r, KindColumn,
                             FeedbackImportTr::tr(
                                 "%1 is not a kind of feedback: praise, complaint, suggestion or "
                                 "question")
                                 .arg(shown(k)));
        f.kind = *kind;
    }
    f.source = m_source;
    if (const QString s = cell(r, SourceColumn); !s.isEmpty()) {
        const std::optional<FeedbackSource> source = feedbackSourceFromString(s.toLower());
        if (!source)
            return cellError(r, SourceColumn,
                             FeedbackImportTr::tr(
                                 "%1 is not a source: survey, nps, interview, ticket, review or "
                                 "social")
                                 .arg(shown(s)));
        f.source = *source;
    }
    f.segment = cell(r, SegmentColumn);
    f.reference = cell(r, ReferenceColumn);
    for (int field : {SegmentColumn, ReferenceColumn, CardColumn}) {
        if (cell(r, field).size() > maxFeedbackFieldLength)
            return cellError(
                r, field,
                FeedbackImportTr::tr("longer than %1 characters: is it the right column?")
                    .arg(maxFeedbackFieldLength));
    }
    if (f.text.size() > maxTextLength)
        return cellError(r, TextColumn, FeedbackImportTr::tr("longer than a million characters"));
    return {};
}

Error RowReader::read(const Record& r, FeedbackImport& out)
{
    const qsizetype want = m_header.fields.size();
    const qsizetype have = r.fields.size();
    if (have < want)
        return invalid(FeedbackImportTr::tr("line %1: %2 fields where the header (line %3) has %4")
                           .arg(r.line)
                           .arg(have)
                           .arg(m_header.line)
                           .arg(want));
    for (qsizetype i = want; i < have; ++i) {
        if (!r.fields[i].isEmpty())
            return invalid(
                FeedbackImportTr::tr("line %1: %2 fields where the header (line %3) has %4; is a "
                                     "delimiter inside a field that is not quoted?")
                    .arg(r.line)
                    .arg(have)
                    .arg(m_header.line)
                    .arg(want));
    }
    for (int field = 0; field < ColumnCount; ++field) {
        if (m_at[field] >= 0 && r.fields[m_at[field]].contains(QChar(0)))
            return cellError(r, field,
                             FeedbackImportTr::tr(
                                 "a NUL character; is the file UTF-16 without a byte order mark?"));
    }
    ++out.summary.rows;
    Feedback f;
    f.text = cell(r, TextColumn);
    if (Error err = readValues(r, f))
        return err;
    if (f.text.isEmpty() && f.scale == ScoreScale::None && !f.sentiment) {
        ++out.summary.skipped;
        return {};
    }
    const QList<Id> cards = m_cards.match(r.fields[m_at[CardColumn]]);
    if (cards.size() == 1 && m_cards.mayChange(cards.first())) {
        f.cardId = cards.first();
        ++out.summary.onCards;
    } else if (cards.size() == 1) {
        f.cardHint = r.fields[m_at[CardColumn]];
        f.candidates = cards;
        ++out.summary.othersCard;
    } else {
        f.cardHint = r.fields[m_at[CardColumn]];
        f.candidates = cards;
        ++(cards.isEmpty() ? out.summary.noMatch : out.summary.severalMatch);
    }
    if (const QString why = feedbackProblem(f); !why.isEmpty())
        return invalid(FeedbackImportTr::tr("line %1: %2").arg(r.line).arg(why));
    out.summary.undated += f.date.isValid() ? 0 : 1;
    out.items.append(std::move(f));
    return {};
}

} // namespace

Result<FeedbackPreview> previewFeedback(const QByteArray& bytes,
                                        const FeedbackImportOptions& options, int maxRows)
{
    Result<std::unique_ptr<Table>> table = openTable(bytes, options);
    if (!table)
        return table.error();
    Table& t = **table;
    FeedbackPreview preview{t.decoded.encoding, t.delimiter, t.header.line, t.header.fields, {}};
    Record r;
    while (preview.rows.size() < maxRows && t.reader->next(r)) {
        if (!r.blank)
            preview.rows.append(r.fields);
    }
    if (t.reader->failed() && preview.rows.size() < maxRows)
        return invalid(t.reader->problem());
    return preview;
}

Result<FeedbackImport> parseFeedback(const QByteArray& bytes, const FeedbackColumns& columns,
                                     const FeedbackImportOptions& options, const Document& doc)
{
    if (const QString why = columns.problem(); !why.isEmpty())
        return invalid(why);
    Result<std::unique_ptr<Table>> table = openTable(bytes, options);
    if (!table)
        return table.error();
    Table& t = **table;
    const Result<std::array<int, ColumnCount>> at = resolveColumns(columns, t.header);
    if (!at)
        return at.error();
    FeedbackImport out;
    out.encoding = t.decoded.encoding;
    out.delimiter = t.delimiter;
    RowReader rows(columns, options, t.header, *at, doc);
    Record r;
    while (t.reader->next(r)) {
        if (r.blank)
            continue;
        if (Error err = rows.read(r, out))
            return err;
    }
    if (t.reader->failed())
        return invalid(t.reader->problem());
    return out;
}

QString feedbackImportUndoText(const QString& fileName)
{
    return FeedbackImportTr::tr("Import feedback from “%1”").arg(fileName);
}

QString feedbackImportSummaryText(const FeedbackImportSummary& s, const QString& fileName)
{
    QString text =
        FeedbackImportTr::tr("Imported %n feedback item(s) from %1: ", nullptr, s.imported())
            .arg(fileName);
    text += FeedbackImportTr::tr("%n on card(s), ", nullptr, s.onCards);
    text += FeedbackImportTr::tr("%n unsorted", nullptr, s.unsorted());
    if (s.unsorted() > 0 && s.othersCard > 0)
        text += FeedbackImportTr::tr(" (%1 matched no card, %2 matched several, %3 matched a "
                                     "card of a department you may not change)")
                    .arg(s.noMatch)
                    .arg(s.severalMatch)
                    .arg(s.othersCard);
    else if (s.unsorted() > 0)
        text += FeedbackImportTr::tr(" (%1 matched no card, %2 matched several)")
                    .arg(s.noMatch)
                    .arg(s.severalMatch);
    if (s.skipped > 0)
        text += FeedbackImportTr::tr("; %n row(s) without words, score or sentiment skipped",
                                     nullptr, s.skipped);
    // A period (the last 90 days of the dashboard, the digest, the report
    // and the recognition sheet) counts dated items only.
    if (s.undated > 0)
        text += FeedbackImportTr::tr("; %n item(s) have no date and count in no period", nullptr,
                                     s.undated);
    return text;
}

Result<QList<Id>> importFeedback(Document& doc, const FeedbackImport& parsed,
                                 const QString& fileName)
{
    return edit::addFeedbackItems(doc, parsed.items, feedbackImportUndoText(fileName));
}

} // namespace cx
