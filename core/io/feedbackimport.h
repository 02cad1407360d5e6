#pragma once

// Customer feedback from survey and ticket exports (issue 20): a delimited
// text file whose columns the user maps onto a feedback item's fields.
//
// The file:
// - Encoding: a byte order mark decides (UTF-8, UTF-16 LE, UTF-16 BE), even
//   when Windows-1252 was asked for; without one the bytes are UTF-8 unless
//   Windows-1252 is asked for. Bytes that are not UTF-8 are refused with the
//   line and the byte they are on; a Windows-1252 byte with no character
//   (0x81, 0x8D, 0x8F, 0x90, 0x9D) is refused the same way.
// - skipRows records are passed over before the header (extra header rows).
// - The delimiter is the one of comma, semicolon and tab that the header
//   record holds most often outside quotes (comma on a tie or when none), or
//   the one a first line "sep=;" names (Excel's hint; that line is not a row).
// - The rows passed over are read leniently (text after a closing quote is
//   kept in the field); from the header on, a quoted field ends its field.
// - A field is either quoted (quotes doubled; delimiters and line breaks
//   inside kept) or not (a quote inside it is kept as it is). Records end
//   with CRLF, LF or CR. A line with nothing on it is passed over.
// - A NUL character in the header or in a mapped cell is refused (the file
//   may be UTF-16 without a byte order mark); tab, CR, LF and every other
//   character are kept.
//
// The rows:
// - The customer's words (text) are kept exactly: nothing trimmed. The other
//   cells are read without their surrounding spaces; an empty one is unset.
// - card: a number that is a card's id, else a card's title (case and
//   surrounding spaces ignored) on any journey of the map. No card or several:
//   the item goes to the "Unsorted feedback" inbox (cardId 0) with the cell's
//   text as its card hint and the cards it matched as candidates.
// - score: NPS 0..10 or CSAT 1..5 (whole numbers); the sentiment follows from
//   it (feedbackrules.h) unless a sentiment cell (-2..+2) says otherwise.
// - kind and source: stable names (enumnames.h), case-insensitive. Without a
//   source cell the source is FeedbackImportOptions::source, else "nps" when
//   the score column is NPS, "survey" when it is CSAT, else none.
// - date: yyyy-mm-dd, an ISO 8601 date-time (its date as written),
//   yyyy/mm/dd, or dd.mm.yyyy (optionally with a time). dd/mm/yyyy and
//   mm/dd/yyyy are refused: nobody can tell which it is.
// - A row with no words, no score and no sentiment is skipped and counted.
// - All or nothing: a bad row fails the whole import with
//   "line L, column C (“header”): problem"; the line is where the cell starts.
// Only the mapped columns are read: names and e-mail addresses stay out
// unless a user maps them into the text.

#include "model/result.h"
#include "model/types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cx {

class Document;

// The largest export read at once (the whole file is held in memory).
inline constexpr qint64 maxFeedbackImportBytes = 512LL * 1024 * 1024;

enum class FeedbackEncoding
{
    Auto,       // a byte order mark, else UTF-8
    Windows1252 // cp1252, unless a byte order mark says otherwise
};

// "auto", "utf-8"/"utf8" (Auto), "cp1252"/"windows-1252" (case-insensitive).
std::optional<FeedbackEncoding> feedbackEncodingFromString(const QString& name);

struct FeedbackImportOptions
{
    FeedbackEncoding encoding = FeedbackEncoding::Auto;
    int skipRows = 0; // records before the header
    // The source of rows without a source cell (overrides the score's).
    std::optional<FeedbackSource> source;
    // What the "not UTF-8" error suggests; empty: reading it as Windows-1252.
    QString notUtf8Advice;
};

// Which header names feed which field; empty: not mapped. Names match the
// header case-insensitively, surrounding spaces ignored. "#N" names the N-th
// column (1-based): for a header that repeats a name or leaves one blank.
struct FeedbackColumns
{
    QString text; // required
    QString card; // required
    QString date;
    QString score;
    ScoreScale scale = ScoreScale::None; // required with score
    QString kind;
    QString sentiment;
    QString source;
    QString segment;
    QString reference;

    // Why the mapping cannot be used (text or card missing, a score without
    // its scale); empty when it can.
    QString problem() const;
    // The mapping as parseColumnSpec reads it back.
    QString toSpec() const;
    bool operator==(const FeedbackColumns&) const = default;
};

// "text=COL,card=COL[,date=COL][,score=COL:nps|csat][,kind=COL]
// [,sentiment=COL][,source=COL][,segment=COL][,reference=COL]". A COL holding
// a comma, a colon, a quote or spaces at its ends is written in double quotes
// (quotes doubled). Errors name the character they are at.
Result<FeedbackColumns> parseColumnSpec(const QString& spec);

// The file's first rows as they are, for a mapping dialog.
struct FeedbackPreview
{
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252"
    QChar delimiter;  // ',', ';' or '\t'
    int headerLine = 0;
    QStringList headers;     // as written
    QList<QStringList> rows; // the first rows after the header, as written
};

// Reads the header and at most maxRows rows after it (whole-file problems of
// encoding are reported too).
Result<FeedbackPreview> previewFeedback(const QByteArray& bytes,
                                        const FeedbackImportOptions& options, int maxRows = 20);

struct FeedbackImportSummary
{
    int rows = 0;         // data records read (blank lines not counted)
    int onCards = 0;      // matched one card
    int noMatch = 0;      // in the inbox: matched no card
    int severalMatch = 0; // in the inbox: matched several cards
    // In the inbox: matched one card, of a department this role may not
    // change on a team map (that card is its candidate).
    int othersCard = 0;
    int skipped = 0; // no words, no score, no sentiment
    int undated = 0; // imported without a date: no period counts them
    int imported() const { return onCards + unsorted(); }
    int unsorted() const { return noMatch + severalMatch + othersCard; }
};

struct FeedbackImport
{
    QList<Feedback> items; // in file order; ids 0
    FeedbackImportSummary summary;
    QString encoding;
    QChar delimiter;
};

// Reads every row; doc is only read (to match cards).
Result<FeedbackImport> parseFeedback(const QByteArray& bytes, const FeedbackColumns& columns,
                                     const FeedbackImportOptions& options, const Document& doc);

// "Import feedback from “survey.csv”": the undo step's name.
QString feedbackImportUndoText(const QString& fileName);

// "Imported 312 feedback items from survey.csv: 290 on cards, 22 unsorted (14
// matched no card, 8 matched several)", and the rows skipped if any.
QString feedbackImportSummaryText(const FeedbackImportSummary& summary, const QString& fileName);

// Adds what parseFeedback read to doc in one undo step named after fileName
// (edit::addFeedbackItems); nothing is added on an error.
Result<QList<Id>> importFeedback(Document& doc, const FeedbackImport& parsed,
                                 const QString& fileName);

} // namespace cx
