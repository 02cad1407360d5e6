#pragma once

// Small RAII wrappers over the SQLite C API, private to the store.

#include "../model/result.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <optional>

namespace cx::sql {

// A prepared statement; reset (not finalized) between uses.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql, bool persistent = false);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    int prepareCode() const { return m_prepareCode; }

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindId(int index, qint64 id); // 0 -> NULL
    Statement& bindOptional(int index, const std::optional<double>& value);

    // SQLITE_ROW, SQLITE_DONE or an error code; SQLITE_MISMATCH, without
    // running, when a bound text cannot be kept exactly (a NUL, a lone
    // surrogate: toError says which). The backstop behind the edges' checks.
    int step();
    // Steps to completion and resets; returns the final code (SQLITE_DONE when fine).
    int exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;  // stored as an integer (not text, real or blob)
    qsizetype bytes(int column) const; // the size of a text or blob value

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareCode = SQLITE_OK;
    QString m_unstorable; // why a bound text cannot be kept, until reset()
};

// Maps an SQLite result code to our error, with a message saying what we were doing.
Error toError(sqlite3* db, int rc, const QString& doing);

// Runs one or more statements without results.
int execute(sqlite3* db, const char* sql);

// The first column of the first row of a query as an integer (or fallback).
qint64 queryInt(sqlite3* db, const char* sql, qint64 fallback = 0);

} // namespace cx::sql
