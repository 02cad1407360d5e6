#include "csvtable.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct CsvTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Csv)
};

bool needsQuotes(const QString& field)
{
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

void appendCsvRecord(QByteArray& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QByteArray bytes = fields[i].toUtf8();
        if (!needsQuotes(fields[i])) {
            out += bytes;
            continue;
        }
        out += '"';
        for (char c : bytes) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

CsvReader::CsvReader(const QByteArray& csv) : m_csv(csv)
{
    if (m_csv.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::fail(int line, int field, const QString& reason)
{
    m_problemLine = line;
    m_problemField = field;
    m_reason = reason;
    return false;
}

bool CsvReader::endOfRecord() const
{
    return m_pos >= m_csv.size() || m_csv[m_pos] == '\n' ||
           (m_csv[m_pos] == '\r' && m_pos + 1 < m_csv.size() && m_csv[m_pos + 1] == '\n');
}

bool CsvReader::next(CsvRecord& out)
{
    if (failed())
        return false;
    while (m_pos < m_csv.size() && endOfRecord()) { // empty lines
        m_pos += m_csv[m_pos] == '\r' ? 2 : 1;
        ++m_line;
    }
    if (m_pos >= m_csv.size())
        return false;
    out.line = m_line;
    out.fields.clear();
    out.lines.clear();
    while (true) {
        if (!readField(out))
            return false;
        if (m_pos < m_csv.size() && m_csv[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_csv.size()) { // a line end: readField stops at nothing else
            m_pos += m_csv[m_pos] == '\r' ? 2 : 1;
            ++m_line;
        }
        return true;
    }
}

bool CsvReader::readField(CsvRecord& out)
{
    const int field = int(out.fields.size());
    const int line = m_line;
    QByteArray quoted;
    QByteArrayView bytes;
    if (m_pos < m_csv.size() && m_csv[m_pos] == '"') {
        if (!readQuoted(quoted))
            return fail(line, field, CsvTr::tr("the quoted field is never closed"));
        if (!endOfRecord() && m_csv[m_pos] != ',')
            return fail(m_line, field,
                        CsvTr::tr("a closing quote must be followed by a comma or the end "
                                  "of the line"));
        bytes = quoted;
    } else {
        const qsizetype start = m_pos;
        while (m_pos < m_csv.size() && m_csv[m_pos] != ',' && !endOfRecord()) {
            if (m_csv[m_pos] == '"')
                return fail(line, field,
                            CsvTr::tr("a quote in an unquoted field (quote the whole "
                                      "field and double the quote)"));
            if (m_csv[m_pos] == '\r')
                return fail(line, field, CsvTr::tr("a carriage return without a line feed"));
            ++m_pos;
        }
        bytes = QByteArrayView(m_csv).sliced(start, m_pos - start);
    }
    QString text;
    if (!decode(bytes, line, field, text))
        return false;
    out.fields.append(std::move(text));
    out.lines.append(line);
    return true;
}

// Decodes a field that starts on 'line', line by line (an LF byte is never
// part of a longer UTF-8 sequence), so that a problem names its own line.
bool CsvReader::decode(QByteArrayView bytes, int line, int field, QString& text)
{
    text.clear();
    text.reserve(bytes.size());
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString part = utf8.decode(bytes.sliced(start, end - start));
        if (utf8.hasError())
            return fail(line, field, CsvTr::tr("not valid UTF-8"));
        // What the file cannot keep exactly (unstorableText); any other
        // control character is text like the rest.
        if (part.contains(QChar(0)))
            return fail(line, field, CsvTr::tr("a NUL character, which CXMap cannot keep exactly"));
        text += part;
        if (end < bytes.size())
            text += u'\n';
        start = end + 1;
    }
    return true;
}

// Reads a quoted field from its opening quote on, up to and past its closing
// quote; false if there is none.
bool CsvReader::readQuoted(QByteArray& bytes)
{
    ++m_pos; // the opening quote
    while (true) {
        const qsizetype quote = m_csv.indexOf('"', m_pos);
        if (quote < 0)
            return false;
        const QByteArrayView part = QByteArrayView(m_csv).sliced(m_pos, quote - m_pos);
        m_line += int(part.count('\n'));
        bytes += part;
        m_pos = quote + 1;
        if (m_pos < m_csv.size() && m_csv[m_pos] == '"') { // a doubled quote
            bytes += '"';
            ++m_pos;
            continue;
        }
        return true;
    }
}

} // namespace cx
