#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cx {

// What went wrong at the store or io boundary. Errors travel as values; they
// are never thrown across Qt slots.
enum class ErrorCode
{
    None,
    FileMissing,     // the path does not exist
    NotAFile,        // a directory or something else that is not a regular file
    NoPermission,    // exists but cannot be read (or written where writing was asked)
    NotSqlite,       // not an SQLite database at all
    NotCxmap,        // SQLite, but not a CXMap document (application_id, tables)
    NewerVersion,    // written by a newer CXMap: refused, never mangled
    Damaged,         // integrity check failed or the schema is broken
    ReadOnly,        // an edit was refused because the document is read-only
    DiskFull,        // the disk (or the file's size limit) is full
    Io,              // any other write or read failure
    InvalidData,     // malformed import data (JSON path / CSV line in the message)
    InvalidArgument, // a request that makes no sense (unknown id, bad value)
    Cancelled,       // the user stopped a long operation; nothing was written
    Conflict,        // on a team map: someone else changed or removed it since
};

struct [[nodiscard]] Error
{
    ErrorCode code = ErrorCode::None;
    QString message;

    explicit operator bool() const { return code != ErrorCode::None; }
    static Error ok() { return {}; }
};

// A value or an error, in the spirit of std::expected (C++23).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace cx
