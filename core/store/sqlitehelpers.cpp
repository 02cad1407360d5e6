#include "sqlitehelpers.h"
#include "storetr.h"

#include "../model/storabletext.h"

#include <QCoreApplication>

#include <utility>

namespace cx::sql {

namespace {

// Why the last step refused to run (toError's message); one per thread, as
// the connections are.
thread_local QString refusedText;

} // namespace

Statement::Statement(sqlite3* db, const char* sql, bool persistent)
{
    const unsigned flags = persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    m_prepareCode = sqlite3_prepare_v3(db, sql, -1, flags, &m_stmt, nullptr);
    if (m_prepareCode != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_prepareCode(other.m_prepareCode),
      m_unstorable(std::move(other.m_unstorable))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_prepareCode = other.m_prepareCode;
        m_unstorable = std::move(other.m_unstorable);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (m_unstorable.isEmpty())
        m_unstorable = unstorableText(value);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    // A zero-length blob, not NULL, for an empty array.
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindId(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

Statement& Statement::bindOptional(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

int Statement::step()
{
    if (!m_unstorable.isEmpty()) {
        refusedText = m_unstorable;
        return SQLITE_MISMATCH;
    }
    return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
}

int Statement::exec()
{
    int rc = step();
    while (rc == SQLITE_ROW)
        rc = step();
    reset();
    return rc;
}

void Statement::reset()
{
    m_unstorable.clear();
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

bool Statement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

qsizetype Statement::bytes(int column) const { return sqlite3_column_bytes(m_stmt, column); }

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Error toError(sqlite3* db, int rc, const QString& doing)
{
    if (rc == SQLITE_MISMATCH && !refusedText.isEmpty()) {
        const QString why = std::exchange(refusedText, QString());
        return {ErrorCode::InvalidArgument,
                StoreTr::tr("A text holds %1, which CXMap cannot keep exactly, while %2. "
                            "Nothing of this step was saved.")
                    .arg(why, doing)};
    }
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull,
                StoreTr::tr("The disk is full (or the file reached its size limit) while %1. "
                            "Nothing of this step was saved; everything before it is safe.")
                    .arg(doing)};
    case SQLITE_READONLY:
        return {ErrorCode::ReadOnly,
                StoreTr::tr("The file cannot be written while %1: %2").arg(doing, detail)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorCode::Damaged,
                StoreTr::tr("The file is damaged (%1) while %2").arg(detail, doing)};
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return {ErrorCode::NoPermission,
                StoreTr::tr("Permission denied while %1: %2").arg(doing, detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Io,
                StoreTr::tr("The file is in use by another program or CXMap window while "
                            "%1")
                    .arg(doing)};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::InvalidArgument,
                StoreTr::tr("The change breaks a rule of the document while %1: %2")
                    .arg(doing, detail)};
    default:
        return {ErrorCode::Io, StoreTr::tr("Input/output error while %1: %2").arg(doing, detail)};
    }
}

int execute(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

qint64 queryInt(sqlite3* db, const char* sql, qint64 fallback)
{
    Statement st(db, sql);
    if (!st.isValid() || st.step() != SQLITE_ROW)
        return fallback;
    return st.int64(0);
}

} // namespace cx::sql
