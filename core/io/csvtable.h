#pragma once

// RFC 4180 text tables, field by field, knowing nothing of cards.
//
// Writing: UTF-8, fields separated by ",", records ended by CRLF; a field
// holding a comma, a quote, a CR or an LF is quoted and its quotes doubled.
//
// Reading is strict: a UTF-8 byte order mark is skipped, records end with CRLF
// or LF, empty lines are skipped. A field is either quoted (its quotes doubled,
// line ends inside it allowed and kept as they are, CRLF included) or holds no
// quote at all; after a closing quote comes a comma or the end of the record.
// Each field must be valid UTF-8 and hold no control character but tab, LF and
// CR (U+0000..U+001F are refused, NUL included): text is read exactly or not
// at all. A problem names the line it is on, within a field too.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

// Appends one record (ended by CRLF) to out.
void appendCsvRecord(QByteArray& out, const QStringList& fields);

struct CsvRecord
{
    int line = 0; // where the record starts (1-based)
    QStringList fields;
    QList<int> lines; // where each field starts
};

class CsvReader
{
public:
    explicit CsvReader(const QByteArray& csv);

    // Reads the next record into out; false at the end of the text or on a
    // problem (see failed()).
    bool next(CsvRecord& out);

    // What stopped the reading: the line, the field's index in its record
    // (0-based) and the reason.
    bool failed() const { return !m_reason.isEmpty(); }
    int problemLine() const { return m_problemLine; }
    int problemField() const { return m_problemField; }
    QString problem() const { return m_reason; }

private:
    bool readField(CsvRecord& out);
    bool readQuoted(QByteArray& bytes);
    bool decode(QByteArrayView bytes, int line, int field, QString& text);
    bool endOfRecord() const;
    bool fail(int line, int field, const QString& reason);

    const QByteArray m_csv;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_problemLine = 0;
    int m_problemField = 0;
    QString m_reason;
};

} // namespace cx
