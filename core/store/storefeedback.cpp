// Customer feedback in the file (table feedback, schema version 6): writing
// an item, removing one, and reading them all back, checking every value: a
// file from a stranger may hold anything a `sqlite3` shell can write.

#include "model/enumnames.h"
#include "model/feedbackrules.h"
#include "storestatements.h"
#include "storetr.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <memory>

namespace cx {

namespace {

Error done(sqlite3* db, int rc, const QString& what)
{
    if (rc == SQLITE_DONE || rc == SQLITE_OK)
        return {};
    return sql::toError(db, rc, StoreTr::tr("saving %1").arg(what));
}

Error damaged(Id id, const QString& what)
{
    return {ErrorCode::Damaged,
            StoreTr::tr("the file is damaged: feedback item %1 %2").arg(QString::number(id), what)};
}

QString candidatesText(const QList<Id>& ids)
{
    QString out;
    for (Id id : ids) {
        if (!out.isEmpty())
            out += u' ';
        out += QString::number(id);
    }
    return out;
}

// "12 40" -> {12, 40}: positive ids, each once; false for anything else.
bool parseCandidates(QStringView text, QList<Id>& out)
{
    for (QStringView part : text.split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0 || out.contains(id))
            return false;
        out.append(id);
    }
    return true;
}

// The names of an enum's values as the file holds them (UTF-8), by value.
template <typename E>
QList<QByteArray> enumNames()
{
    QList<QByteArray> out;
    for (int i = 0;; ++i) {
        const QString name = toString(E(i));
        if (name.isEmpty())
            return out;
        out.append(name.toUtf8());
    }
}

// One row of the read below, through the C API: opening 100,000 items makes
// no string but their texts (an enum name or a day is looked at in place).
class Row
{
public:
    explicit Row(sqlite3_stmt* st) : m_st(st) {}

    int type(int column) const { return sqlite3_column_type(m_st, column); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_st, column); }
    QByteArrayView bytes(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_st, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_st, column)) : QByteArrayView();
    }
    QString text(int column) const
    {
        const QByteArrayView b = bytes(column);
        return b.isEmpty() ? QString() : QString::fromUtf8(b);
    }
    // Its value among names (-1: none of them).
    static int indexIn(const QList<QByteArray>& names, QByteArrayView value)
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names[i] == value)
                return int(i);
        }
        return -1;
    }

private:
    sqlite3_stmt* m_st;
};

// "YYYY-MM-DD" exactly, a day of the calendar; "" is none.
bool parseDay(QByteArrayView text, QDate& out)
{
    if (text.isEmpty())
        return true;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    out = QDate(parts[0], parts[1], parts[2]);
    return out.isValid();
}

// Columns of that read.
enum Column
{
    CId,
    CCard,
    CText,
    CRedacted,
    CKind,
    CSentiment,
    CSource,
    CDate,
    CSegment,
    CReference,
    CScale,
    CScore,
    CHint,
    CCandidates
};

QString shown(QByteArrayView value) { return QString::fromUtf8(value).left(40); }

// Integers where the schema has them, enum names CXMap writes, ranges before
// narrowing, texts of a size CXMap writes.
Error readRow(const Row& row, Feedback& f)
{
    static const QList<QByteArray> kinds = enumNames<FeedbackKind>();
    static const QList<QByteArray> sources = enumNames<FeedbackSource>();
    static const QList<QByteArray> scales = enumNames<ScoreScale>();
    if (row.type(CId) != SQLITE_INTEGER)
        return damaged(0, StoreTr::tr("has an id that is not a number"));
    f.id = row.integer(CId);
    const int cardType = row.type(CCard);
    const int sentimentType = row.type(CSentiment);
    const int scoreType = row.type(CScore);
    for (int type : {cardType, sentimentType, scoreType}) {
        if (type != SQLITE_NULL && type != SQLITE_INTEGER)
            return damaged(f.id, StoreTr::tr("has a value that is not a number"));
    }
    const qint64 redacted = row.integer(CRedacted);
    if (row.type(CRedacted) != SQLITE_INTEGER || (redacted != 0 && redacted != 1))
        return damaged(f.id, StoreTr::tr("is neither redacted nor not"));
    f.redacted = redacted == 1;
    f.cardId = row.integer(CCard); // NULL reads as 0: the inbox
    if (cardType != SQLITE_NULL && f.cardId <= 0)
        return damaged(f.id, StoreTr::tr("is on card %1, which cannot exist").arg(f.cardId));
    const QByteArrayView kindName = row.bytes(CKind);
    const QByteArrayView sourceName = row.bytes(CSource);
    const QByteArrayView scaleName = row.bytes(CScale);
    const int kind = Row::indexIn(kinds, kindName);
    const int source = Row::indexIn(sources, sourceName);
    const int scale = Row::indexIn(scales, scaleName);
    if (kind < 0)
        return damaged(f.id, StoreTr::tr("has an unknown kind \"%1\"").arg(shown(kindName)));
    if (source < 0)
        return damaged(f.id, StoreTr::tr("has an unknown source \"%1\"").arg(shown(sourceName)));
    if (scale < 0)
        return damaged(f.id,
                       StoreTr::tr("has an unknown score scale \"%1\"").arg(shown(scaleName)));
    f.kind = FeedbackKind(kind);
    f.source = FeedbackSource(source);
    f.scale = ScoreScale(scale);
    if (sentimentType != SQLITE_NULL) {
        const qint64 s = row.integer(CSentiment);
        if (s < emotionMin || s > emotionMax)
            return damaged(f.id, StoreTr::tr("has a sentiment of %1, not -2 to +2").arg(s));
        f.sentiment = int(s);
    }
    if (scoreType != SQLITE_NULL) {
        const qint64 score = row.integer(CScore);
        if (score < 0 || score > 10)
            return damaged(f.id, StoreTr::tr("has a score of %1").arg(score));
        f.score = int(score);
    }
    const QByteArrayView day = row.bytes(CDate);
    if (!parseDay(day, f.date))
        return damaged(f.id, StoreTr::tr("has no valid date (\"%1\")").arg(shown(day)));
    // Sizes before decoding: a stranger's text may be a gigabyte.
    if (row.bytes(CText).size() > 4 * maxTextLength)
        return damaged(f.id, StoreTr::tr("holds a text larger than CXMap writes"));
    for (int column : {CSegment, CReference, CHint, CCandidates}) {
        if (row.bytes(column).size() > 4 * maxFeedbackFieldLength)
            return damaged(f.id, StoreTr::tr("holds a text larger than CXMap writes"));
    }
    f.text = row.text(CText);
    f.segment = row.text(CSegment);
    f.reference = row.text(CReference);
    f.cardHint = row.text(CHint);
    const QByteArrayView candidates = row.bytes(CCandidates);
    if (!candidates.isEmpty() && !parseCandidates(QString::fromUtf8(candidates), f.candidates))
        return damaged(f.id,
                       StoreTr::tr("names its candidate cards in a form CXMap does not write"));
    return {};
}

} // namespace

Error Store::putFeedback(const Feedback& f)
{
    {
        // Words that leave the file (a redaction, or an edit that takes an
        // e-mail address out of them) leave no copy in its log either.
        auto& words = m_stmts->feedbackWords;
        words.bind(1, f.id).bind(2, f.text);
        if (words.step() == SQLITE_ROW)
            m_scrubOnCommit = true;
        words.reset();
    }
    auto& st = m_stmts->putFeedback;
    st.bind(1, f.id).bindId(2, f.cardId).bind(3, f.text).bind(4, f.redacted ? 1 : 0);
    st.bind(5, toString(f.kind));
    f.sentiment ? st.bind(6, *f.sentiment) : st.bindNull(6);
    st.bind(7, toString(f.source));
    st.bind(8, f.date.isValid() ? f.date.toString(Qt::ISODate) : QString());
    st.bind(9, f.segment).bind(10, f.reference).bind(11, toString(f.scale));
    f.scale == ScoreScale::None ? st.bindNull(12) : st.bind(12, f.score);
    st.bind(13, f.cardHint).bind(14, candidatesText(f.candidates));
    return done(m_db, st.exec(), StoreTr::tr("a feedback item"));
}

Error Store::deleteFeedback(Id id)
{
    m_scrubOnCommit = true; // the customer's words go with the row
    return done(m_db, m_stmts->deleteFeedback.bind(1, id).exec(), StoreTr::tr("a feedback item"));
}

Error readFeedbackItems(sqlite3* db, QList<Feedback>& out)
{
    sql::Statement count(db, "SELECT count(*) FROM feedback");
    if (count.step() == SQLITE_ROW)
        out.reserve(qsizetype(std::min<qint64>(count.int64(0), 10000000)));
    count.reset();

    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db,
                                "SELECT id, card_id, text, redacted, kind, sentiment, source, "
                                "date, segment, reference, score_scale, score, card_hint, "
                                "candidates FROM feedback ORDER BY id",
                                -1, &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK)
        return sql::toError(db, rc, StoreTr::tr("reading the customer feedback"));
    const Row row(raw);
    rc = sqlite3_step(raw);
    while (rc == SQLITE_ROW) {
        Feedback f;
        if (Error err = readRow(row, f))
            return err;
        out.append(std::move(f));
        rc = sqlite3_step(raw);
    }
    if (rc != SQLITE_DONE)
        return sql::toError(db, rc, StoreTr::tr("reading the customer feedback"));
    return {};
}

Error adoptFeedback(DocumentData& d, QList<Feedback> items)
{
    // The cards of d, sorted by id (the canonical form): found by bisection.
    QList<Id> cards;
    cards.reserve(d.cards.size());
    for (const Card& c : d.cards)
        cards.append(c.id);
    std::sort(cards.begin(), cards.end());
    const auto isCard = [&cards](Id id) {
        return std::binary_search(cards.cbegin(), cards.cend(), id);
    };
    for (Feedback& f : items) {
        if (f.cardId != 0 && !isCard(f.cardId))
            return damaged(f.id,
                           StoreTr::tr("is on card %1, which the map does not have").arg(f.cardId));
        keepExistingCandidates(f, isCard);
        if (const QString problem = feedbackProblem(f); !problem.isEmpty())
            return damaged(f.id, StoreTr::tr("cannot be kept as it is (%1)").arg(problem));
    }
    d.feedback = std::move(items);
    return {};
}

Error readFeedbackRows(sqlite3* db, DocumentData& d)
{
    QList<Feedback> items;
    if (Error err = readFeedbackItems(db, items))
        return err;
    return adoptFeedback(d, std::move(items));
}

} // namespace cx
