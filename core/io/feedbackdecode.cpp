#include "feedbackdecode.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>

namespace cx::feedbackio {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct FeedbackImportTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::FeedbackImport)
};

Error invalid(const QString& message) { return Error{ErrorCode::InvalidData, message}; }

// Windows-1252's 0x80..0x9F (0: no character there); 0xA0..0xFF are Latin-1.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The line (1-based; CRLF, LF and a lone CR each end one) and the byte on it
// of offset.
std::pair<int, qsizetype> bytePlace(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, offset - lineStart + 1};
}

Error byteError(const QByteArray& bytes, qsizetype offset, const QString& problem)
{
    const auto [line, byte] = bytePlace(bytes, offset);
    return invalid(FeedbackImportTr::tr("line %1, byte %2: %3").arg(line).arg(byte).arg(problem));
}

// The offset of the first byte that does not begin a valid UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF refused); -1 if
// all are valid.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0, cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

Result<QString> fromCp1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        char16_t u = c;
        if (c >= 0x80 && c <= 0x9F) {
            u = cp1252High[c - 0x80];
            if (u == 0)
                return byteError(bytes, i,
                                 FeedbackImportTr::tr("0x%1 is no character in Windows-1252")
                                     .arg(QString::number(c, 16).toUpper()));
        }
        out[i] = QChar(u);
    }
    return text;
}

// The line of index in text, counted as RecordReader counts.
int lineOf(QStringView text, qsizetype index)
{
    int line = 1;
    for (qsizetype i = 0; i < index; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n')))
            ++line;
    }
    return line;
}

Result<QString> fromUtf16(const QByteArray& bytes, bool bigEndian)
{
    const qsizetype body = bytes.size() - 2;
    if (body % 2 != 0)
        return invalid(FeedbackImportTr::tr(
            "the byte order mark says UTF-16, but the file has an odd number of "
            "bytes: it is cut short or not UTF-16"));
    QString text(body / 2, Qt::Uninitialized);
    const char* p = bytes.constData() + 2;
    for (qsizetype i = 0; i < body / 2; ++i) {
        const char16_t u =
            bigEndian ? qFromBigEndian<quint16>(p + 2 * i) : qFromLittleEndian<quint16>(p + 2 * i);
        text[i] = QChar(u);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return invalid(
                FeedbackImportTr::tr("line %1: a lone UTF-16 surrogate 0x%2: the file is damaged")
                    .arg(lineOf(text, i))
                    .arg(QString::number(c.unicode(), 16).toUpper()));
        }
    }
    return text;
}

} // namespace

Result<DecodedText> decodeFeedbackBytes(const QByteArray& bytes,
                                        const FeedbackImportOptions& options)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const qsizetype bad = firstInvalidUtf8(bytes, 3);
        if (bad >= 0)
            return byteError(
                bytes, bad,
                FeedbackImportTr::tr("0x%1 is not UTF-8, though the file starts with UTF-8's byte "
                                     "order mark")
                    .arg(QString::number(quint8(bytes[bad]), 16).toUpper()));
        return DecodedText{QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3),
                           QStringLiteral("UTF-8 with BOM")};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool big = bytes.startsWith("\xFE\xFF");
        Result<QString> text = fromUtf16(bytes, big);
        if (!text)
            return text.error();
        return DecodedText{std::move(text).value(),
                           big ? QStringLiteral("UTF-16 BE") : QStringLiteral("UTF-16 LE")};
    }
    if (options.encoding == FeedbackEncoding::Windows1252) {
        Result<QString> text = fromCp1252(bytes);
        if (!text)
            return text.error();
        return DecodedText{std::move(text).value(), QStringLiteral("Windows-1252")};
    }
    const qsizetype bad = firstInvalidUtf8(bytes, 0);
    if (bad >= 0) {
        const QString advice =
            options.notUtf8Advice.isEmpty()
                ? FeedbackImportTr::tr("read it as Windows-1252 if it comes from Excel or "
                                       "another Windows program")
                : options.notUtf8Advice;
        return byteError(bytes, bad,
                         FeedbackImportTr::tr("0x%1 is not UTF-8; %2")
                             .arg(QString::number(quint8(bytes[bad]), 16).toUpper(), advice));
    }
    return DecodedText{QString::fromUtf8(bytes), QStringLiteral("UTF-8")};
}

bool RecordReader::isDelimiter(QChar c) const
{
    if (m_delimiter.isNull())
        return c == u',' || c == u';' || c == u'\t';
    return c == m_delimiter;
}

QChar RecordReader::detectDelimiter() const
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_text.size(); ++i) {
        const QChar c = m_text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            comma += c == u',', semicolon += c == u';', tab += c == u'\t';
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

QChar RecordReader::readSeparatorLine()
{
    const QStringView start = m_text.mid(m_pos);
    if (!start.startsWith(u"sep=", Qt::CaseInsensitive) || start.size() < 5)
        return {};
    const QChar d = start[4];
    if (d != u',' && d != u';' && d != u'\t')
        return {};
    if (start.size() > 5 && start[5] != u'\n' && start[5] != u'\r')
        return {};
    m_pos += 5;
    endLine();
    return d;
}

bool RecordReader::fail(const QString& problem)
{
    m_problem = problem;
    return false;
}

void RecordReader::endLine()
{
    if (m_pos < m_text.size() && m_text[m_pos] == u'\r')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
        ++m_pos;
    ++m_line;
}

// After the opening quote: up to and past the closing one.
bool RecordReader::readQuoted(Record& out, QString& field)
{
    const int startLine = m_line;
    for (;;) {
        const qsizetype quote = m_text.indexOf(u'"', m_pos);
        if (quote < 0)
            return fail(FeedbackImportTr::tr(
                            "line %1, column %2: a quoted field starts here and never ends")
                            .arg(startLine)
                            .arg(out.fields.size() + 1));
        const QStringView chunk = m_text.mid(m_pos, quote - m_pos);
        field += chunk;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (chunk[i] == u'\n' ||
                (chunk[i] == u'\r' && (i + 1 >= chunk.size() || chunk[i + 1] != u'\n')))
                ++m_line;
        }
        m_pos = quote + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            field += u'"';
            ++m_pos;
            continue;
        }
        break;
    }
    if (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (!isDelimiter(c) && c != u'\n' && c != u'\r' && m_lenient) {
            const qsizetype start = m_pos; // passed over: kept as written
            while (m_pos < m_text.size() && !isDelimiter(m_text[m_pos]) && m_text[m_pos] != u'\n' &&
                   m_text[m_pos] != u'\r')
                ++m_pos;
            field += m_text.mid(start, m_pos - start);
        } else if (!isDelimiter(c) && c != u'\n' && c != u'\r')
            return fail(FeedbackImportTr::tr(
                            "line %1, column %2: text after the closing quote of a quoted field "
                            "(a quote inside a quoted field is written twice)")
                            .arg(m_line)
                            .arg(out.fields.size() + 1));
    }
    return true;
}

bool RecordReader::next(Record& out)
{
    out.fields.clear();
    out.lines.clear();
    out.blank = false;
    out.line = m_line;
    if (failed() || m_pos >= m_text.size())
        return false;
    if (m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r') {
        out.blank = true;
        endLine();
        return true;
    }
    for (;;) {
        out.lines.append(m_line);
        QString field;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            ++m_pos;
            if (!readQuoted(out, field))
                return false;
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()) {
                const QChar c = m_text[m_pos];
                if (c == u'\n' || c == u'\r' || isDelimiter(c))
                    break;
                ++m_pos;
            }
            field = m_text.mid(start, m_pos - start).toString();
        }
        out.fields.append(std::move(field));
        if (m_pos < m_text.size() && isDelimiter(m_text[m_pos])) {
            ++m_pos;
            continue;
        }
        if (m_pos < m_text.size())
            endLine();
        return true;
    }
}

} // namespace cx::feedbackio
