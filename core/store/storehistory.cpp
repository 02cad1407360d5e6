// The history table of a .cxmap file (schema version 4; model/history.h).
// Values are stored as compact JSON text; an absent value (the before of an
// added object, the after of a removed one) as SQL NULL.

#include "store.h"
#include "storetr.h"

#include "sqlitehelpers.h"
#include "storestatements.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <variant>

namespace cx {

namespace {

// Whether QJsonDocument writes `s` as it is between quotes: no character it
// escapes (a control character, a quote, a backslash, a lone surrogate).
bool writtenAsIs(const QString& s)
{
    return std::none_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate();
    });
}

// A single JSON value as text, as QJsonDocument writes it compact. Most
// values (a title, a position, none) are written here; QJsonDocument holds
// only arrays and objects, so any other value is written inside an array and
// the brackets are cut off.
QString valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // A whole number below 10^15 is written in digits, however it is held.
        const double d = v.toDouble();
        if (d == std::trunc(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        break;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        if (writtenAsIs(s))
            return u'"' + s + u'"';
        break;
    }
    default:
        break;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue textValue(const sql::Statement& st, int column)
{
    if (st.isNull(column))
        return QJsonValue(QJsonValue::Undefined);
    const QByteArray wrapped = '[' + st.text(column).toUtf8() + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
    return doc.isArray() && doc.array().size() == 1 ? doc.array().at(0)
                                                    : QJsonValue(QJsonValue::Undefined);
}

// A time as Qt::ISODateWithMs writes it in UTC ("2025-01-31T09:05:00.250Z").
// Spelled out here for years of four digits: QDateTime::toString was a good
// part of the time a record takes.
QString timeText(const QDateTime& t)
{
    const QDateTime utc = t.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1 || date.year() > 9999 || !time.isValid())
        return utc.toString(Qt::ISODateWithMs);
    QString out(24, Qt::Uninitialized);
    QChar* at = out.data();
    const auto put = [&at](int value, int digits, char16_t after) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            at[i] = QChar(u'0' + value % 10);
        at[digits] = QChar(after);
        at += digits + 1;
    };
    put(date.year(), 4, u'-');
    put(date.month(), 2, u'-');
    put(date.day(), 2, u'T');
    put(time.hour(), 2, u':');
    put(time.minute(), 2, u':');
    put(time.second(), 2, u'.');
    put(time.msec(), 3, u'Z');
    return out;
}

// Binds a change's columns, action to after, from index `first` on.
void bindChange(sql::Statement& st, int first, const HistoryChange& c)
{
    st.bind(first, toString(c.action)).bind(first + 1, toString(c.object));
    st.bind(first + 2, c.objectId).bind(first + 3, c.label).bindId(first + 4, c.journeyId);
    st.bindId(first + 5, c.departmentId).bind(first + 6, c.field);
    // An added object has no value before, a removed one none after, however
    // the change was built (a default QJsonValue is null, not absent).
    if (c.before.isUndefined() || c.action == HistoryAction::Add)
        st.bindNull(first + 7);
    else
        st.bind(first + 7, valueText(c.before));
    if (c.after.isUndefined() || c.action == HistoryAction::Remove)
        st.bindNull(first + 8);
    else
        st.bind(first + 8, valueText(c.after));
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Error failed(sqlite3* db, int rc, const char* doing)
{
    if (rc == SQLITE_DONE || rc == SQLITE_OK)
        return {};
    return sql::toError(db, rc, StoreTr::tr(doing)); // marked where called
}

} // namespace

Error Store::putHistory(const QDateTime& at, const QString& who, const QString& text,
                        const QList<HistoryChange>& changes)
{
    if (changes.isEmpty())
        return {};
    // A step is numbered past the last record's id and step (imported
    // records keep theirs): both are found by rowid, without an index, once
    // per open file (it is locked to this one writer); a rolled-back step
    // leaves a gap.
    if (m_nextStep == 0)
        m_nextStep =
            sql::queryInt(m_db, "SELECT max(coalesce(max(id), 0), coalesce((SELECT step FROM "
                                "history ORDER BY id DESC LIMIT 1), 0)) + 1 FROM history");
    const qint64 step = m_nextStep++;
    m_lastStep = step;
    sql::Statement& st = m_stmts->putHistory;
    const QString when = timeText(at);
    for (const HistoryChange& c : changes) {
        st.bind(1, step).bind(2, when).bind(3, who).bind(4, text);
        bindChange(st, 5, c);
        if (Error err =
                failed(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "saving the history")))
            return err;
    }
    return {};
}

Error Store::amendHistory(const QDateTime& at, const QString& who, const QString& text,
                          const QList<HistoryChange>& changes)
{
    if (m_lastStep == 0)
        return putHistory(at, who, text, changes);
    sql::Statement& update = m_stmts->amendHistory;
    if (!update.isValid()) // prepared once per open file, when typing first continues a step
        update = sql::Statement(m_db,
                                "UPDATE history SET at = ?, text = ?, after = ? WHERE step = ? "
                                "AND object = ? AND object_id = ? AND field = ?",
                                true);
    const QString when = timeText(at);
    for (const HistoryChange& c : changes) {
        update.bind(1, when).bind(2, text).bind(3, valueText(c.after)).bind(4, m_lastStep);
        update.bind(5, toString(c.object)).bind(6, c.objectId).bind(7, c.field);
        if (Error err =
                failed(m_db, update.exec(), QT_TRANSLATE_NOOP("cx::Store", "saving the history")))
            return err;
        if (sqlite3_changes(m_db) == 0) { // a field the step had not changed yet
            sql::Statement& st = m_stmts->putHistory;
            st.bind(1, m_lastStep).bind(2, when).bind(3, who).bind(4, text);
            bindChange(st, 5, c);
            if (Error err =
                    failed(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "saving the history")))
                return err;
        }
    }
    return {};
}

// Opening checked a long history's map table by table (store.cpp,
// checkIntegrity): the whole file is checked before its history is first
// read, and a damaged one is named, not read.
Error Store::checkBeforeHistory() const
{
    if (m_historyChecked)
        return {};
    sql::Statement check(m_db, "PRAGMA integrity_check");
    const int rc = check.step();
    if (rc != SQLITE_ROW || check.text(0) != QLatin1String("ok"))
        return Error{
            ErrorCode::Damaged,
            StoreTr::tr("The file is damaged (%1): its history cannot be read")
                .arg(rc == SQLITE_ROW ? check.text(0) : QString::fromUtf8(sqlite3_errmsg(m_db)))};
    m_historyChecked = true;
    return {};
}

Result<QList<HistoryRecord>> Store::readHistory(const HistoryFilter& filter) const
{
    if (Error err = checkBeforeHistory())
        return err;
    QString sqlText = QStringLiteral(
        "SELECT id, step, at, who, text, action, object, object_id, label, journey_id, "
        "department_id, field, before, after FROM history WHERE 1");
    QList<std::variant<qint64, QString>> args;
    const auto where = [&](const char* condition, std::variant<qint64, QString> value) {
        sqlText += QLatin1String(condition);
        args.append(std::move(value));
    };
    if (filter.object)
        where(" AND object = ?", toString(*filter.object));
    if (filter.object && filter.objectId)
        where(" AND object_id = ?", filter.objectId);
    if (filter.departmentId)
        where(" AND department_id = ?", filter.departmentId);
    if (!filter.field.isEmpty())
        where(" AND field = ?", filter.field);
    if (filter.since.isValid())
        where(" AND at >= ?", timeText(filter.since));
    if (filter.until.isValid())
        where(" AND at < ?", timeText(filter.until));
    sqlText += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sqlText += QStringLiteral(" LIMIT %1").arg(filter.limit);

    const QByteArray utf8 = sqlText.toUtf8();
    sql::Statement st(m_db, utf8.constData());
    if (!st.isValid())
        return sql::toError(m_db, st.prepareCode(), StoreTr::tr("reading the history"));
    for (int i = 0; i < args.size(); ++i)
        std::visit([&st, i](const auto& v) { st.bind(i + 1, v); }, args[i]);

    QList<HistoryRecord> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        HistoryRecord r;
        r.id = st.int64(0);
        r.step = st.int64(1);
        r.at = QDateTime::fromString(st.text(2), Qt::ISODateWithMs).toUTC();
        r.who = st.text(3);
        r.text = st.text(4);
        const auto action = historyActionFromString(st.text(5));
        const auto object = historyObjectFromString(st.text(6));
        if (!action || !object || !r.at.isValid())
            return Error{ErrorCode::Damaged,
                         StoreTr::tr("the history is damaged (record %1)").arg(r.id)};
        r.change.action = *action;
        r.change.object = *object;
        r.change.objectId = st.int64(7);
        r.change.label = st.text(8);
        r.change.journeyId = st.int64(9);
        r.change.departmentId = st.int64(10);
        r.change.field = st.text(11);
        // Absent (not null) for an added object's before, a removed one's after.
        const QJsonValue none(QJsonValue::Undefined);
        r.change.before = *action == HistoryAction::Add ? none : textValue(st, 12);
        r.change.after = *action == HistoryAction::Remove ? none : textValue(st, 13);
        out.append(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return sql::toError(m_db, rc, StoreTr::tr("reading the history"));
    return out;
}

Result<qint64> Store::pruneHistory(const QDateTime& before)
{
    if (m_readOnly)
        return Error{ErrorCode::ReadOnly,
                     StoreTr::tr("The document is read-only: %1").arg(m_readOnlyReason)};
    // Pruned rows are overwritten, not just unlinked: the names they held
    // are gone from the file's free pages too.
    if (const int rc = sql::execute(m_db, "PRAGMA secure_delete = ON"); rc != SQLITE_OK)
        return sql::toError(m_db, rc,
                            StoreTr::tr(QT_TRANSLATE_NOOP("cx::Store", "pruning the history")));
    qint64 removed = 0;
    const Error err = inOwnTransaction([&] {
        sql::Statement st(m_db, "DELETE FROM history WHERE at < ?");
        st.bind(1, timeText(before));
        if (Error deleted =
                failed(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "pruning the history")))
            return deleted;
        removed = sqlite3_changes64(m_db);
        return removed > 0 ? notePruned(before) : Error{};
    });
    if (err)
        return err;
    return removed;
}

Error Store::putHistoryRecords(const QList<HistoryRecord>& records)
{
    m_nextStep = 0; // numbered past these from now on
    if (records.isEmpty())
        return {};
    sql::Statement st(m_db, "INSERT INTO history (id, step, at, who, text, action, object, "
                            "object_id, label, journey_id, department_id, field, before, after) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const HistoryRecord& r : records) {
        st.bind(1, r.id).bind(2, r.step).bind(3, timeText(r.at)).bind(4, r.who).bind(5, r.text);
        bindChange(st, 6, r.change);
        if (Error err =
                failed(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "writing the history")))
            return err;
    }
    return {};
}

Error Store::clearHistory()
{
    if (m_readOnly)
        return Error{ErrorCode::ReadOnly,
                     StoreTr::tr("The document is read-only: %1").arg(m_readOnlyReason)};
    // Deleted rows are overwritten, not just unlinked: the names stay
    // nowhere in the file, not even in its free pages or journal.
    if (const int rc = sql::execute(m_db, "PRAGMA secure_delete = ON"); rc != SQLITE_OK)
        return sql::toError(m_db, rc,
                            StoreTr::tr(QT_TRANSLATE_NOOP("cx::Store", "clearing the history")));
    // Named versions go too: each is an earlier state of the map with the
    // name of who took it.
    return inOwnTransaction([this] {
        const Error err =
            failed(m_db, sql::execute(m_db, "DELETE FROM history; DELETE FROM versions"),
                   QT_TRANSLATE_NOOP("cx::Store", "clearing the history"));
        return err ? err : notePruned(QDateTime::currentDateTimeUtc());
    });
}

// Times in the history are ISO 8601 text in UTC with milliseconds, which
// sort as the times do: the later of two prunings is kept.
Error Store::notePruned(const QDateTime& before)
{
    sql::Statement st(m_db, "INSERT INTO meta (key, value) VALUES ('history_pruned_before', ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)");
    st.bind(1, timeText(before));
    return failed(m_db, st.exec(), QT_TRANSLATE_NOOP("cx::Store", "noting what the history lost"));
}

Result<QDateTime> Store::historyPrunedBefore() const
{
    sql::Statement st(m_db, "SELECT value FROM meta WHERE key = 'history_pruned_before'");
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return QDateTime();
    if (rc != SQLITE_ROW)
        return sql::toError(m_db, rc, StoreTr::tr("reading the history"));
    const QDateTime at = QDateTime::fromString(st.text(0), Qt::ISODateWithMs);
    if (!at.isValid())
        return Error{ErrorCode::Damaged,
                     StoreTr::tr("The file's note of its pruned history is not a time: %1")
                         .arg(st.text(0).left(40))};
    return at.toUTC();
}

Error Store::saveCopyWithoutHistory(const QString& path) const
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return {ErrorCode::InvalidArgument,
                StoreTr::tr("Cannot save a copy without history as \"%1\": it is the map "
                            "itself.")
                    .arg(native)};
    // A full copy in a private temporary folder (never beside the target,
    // which may be a synced or shared folder) loses its history, then is
    // copied once more (VACUUM INTO): the result is written afresh, with no
    // free page that could still hold a deleted record.
    const QTemporaryDir privateDir;
    if (!privateDir.isValid())
        return {ErrorCode::Io, StoreTr::tr("Cannot save a copy as \"%1\": no temporary folder "
                                           "for the intermediate copy (%2)")
                                   .arg(native, privateDir.errorString())};
    const QString temp = privateDir.filePath(QStringLiteral("copy.cxmap"));
    Error err = saveAs(temp);
    if (!err) {
        auto copy = Store::open(temp);
        if (!copy)
            err = copy.error();
        if (!err)
            err = copy.value()->clearHistory();
        if (!err)
            err = copy.value()->saveAs(path, true);
    }
    removeDatabase(temp);
    if (err && !err.message.contains(native))
        err.message = StoreTr::tr("Cannot save a copy as \"%1\": %2").arg(native, err.message);
    return err;
}

} // namespace cx
