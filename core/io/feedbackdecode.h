#pragma once

// The text layer under the feedback import (feedbackimport.h): bytes decoded
// as their byte order mark or the user says, and a tolerant reader of
// delimited records that keeps every character of a field.

#include "feedbackimport.h"

#include <QStringView>

#include <array>

namespace cx::feedbackio {

// The fields of a mapping, in the order the spec writes them.
enum MappedColumn
{
    TextColumn,
    CardColumn,
    DateColumn,
    ScoreColumn,
    KindColumn,
    SentimentColumn,
    SourceColumn,
    SegmentColumn,
    ReferenceColumn,
    ColumnCount
};

inline constexpr std::array<const char*, ColumnCount> fieldNames = {
    "text", "card", "date", "score", "kind", "sentiment", "source", "segment", "reference"};

inline QString* columnOf(FeedbackColumns& c, int field)
{
    const std::array<QString*, ColumnCount> all = {&c.text,   &c.card,    &c.date,
                                                   &c.score,  &c.kind,    &c.sentiment,
                                                   &c.source, &c.segment, &c.reference};
    return all[field];
}

inline const QString& columnOf(const FeedbackColumns& c, int field)
{
    return *columnOf(const_cast<FeedbackColumns&>(c), field);
}

struct DecodedText
{
    QString text;
    QString encoding; // as FeedbackPreview::encoding names it
};

// The whole file as text; errors name the line and the byte.
Result<DecodedText> decodeFeedbackBytes(const QByteArray& bytes,
                                        const FeedbackImportOptions& options);

struct Record
{
    int line = 0;       // where the record starts (1-based)
    bool blank = false; // a line with nothing on it
    QStringList fields;
    QList<int> lines; // where each field starts
};

class RecordReader
{
public:
    explicit RecordReader(QStringView text) : m_text(text) {}

    // 0: any of comma, semicolon and tab (while the delimiter is unknown).
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    // The delimiter the next record holds most often outside quotes.
    QChar detectDelimiter() const;
    // Lenient: text after a closing quote belongs to the field (for the rows
    // passed over before the header, which nobody reads).
    void setLenient(bool lenient) { m_lenient = lenient; }
    // Excel's first line "sep=;" names the delimiter: read and passed over.
    QChar readSeparatorLine();

    // False at the end or on a problem (see problem()).
    bool next(Record& out);
    bool failed() const { return !m_problem.isEmpty(); }
    // "line L: ..." or "line L, column C: ...".
    QString problem() const { return m_problem; }

private:
    bool isDelimiter(QChar c) const;
    bool readQuoted(Record& out, QString& field);
    void endLine();
    bool fail(const QString& problem);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QChar m_delimiter;
    bool m_lenient = false;
    QString m_problem;
};

} // namespace cx::feedbackio
