#pragma once

// A thin layer over libpq for the team server: one connection, statements
// with bound parameters (text never enters SQL), results by row and column,
// and errors as values. Private to the store.

#include "../model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace cx::pg {

// One parameter in text format; a default-constructed one is SQL NULL.
struct Param
{
    std::optional<QByteArray> text;

    Param() = default;
    Param(const QString& s) : text(s.toUtf8()) {}
    Param(const char* s) : text(QByteArray(s)) {}
    Param(qint64 n) : text(QByteArray::number(n)) {}
    Param(int n) : text(QByteArray::number(n)) {}
    Param(bool b) : text(QByteArray(b ? "true" : "false")) {}
    static Param real(double d);
    static Param bytes(const QByteArray& b); // bytea, as hex text
};
using Params = QList<Param>;

class Rows
{
public:
    explicit Rows(pg_result* r = nullptr);
    ~Rows();
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&& other) noexcept;
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;

    int count() const;
    int columns() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    qint64 int64(int row, int col) const;
    double real(int row, int col) const;
    bool boolean(int row, int col) const;
    QByteArray bytes(int row, int col) const; // a bytea column

private:
    pg_result* m_r = nullptr;
};

class Connection
{
public:
    // Connects with libpq's own conventions: conninfo is a postgresql:// URI,
    // "key=value ..." or empty (PG* variables, ~/.pgpass and service files
    // fill in the rest). password, when given, is used for this connection
    // only and never kept. A failure says why in libpq's words; when the
    // server wants a password nobody gave, the code is NoPermission and
    // needsPassword is set.
    static Result<std::unique_ptr<Connection>>
    open(const QString& conninfo, const QString& password = {}, bool* needsPassword = nullptr);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one statement; what is a few words for the message on failure
    // ("publishing the map").
    Result<Rows> query(const char* sql, const Params& params, const QString& what);
    Error run(const char* sql, const Params& params, const QString& what);
    // Several statements without parameters (schema scripts).
    Error script(const char* sql, const QString& what);

    // Notifications (LISTEN/NOTIFY): the socket to watch, and what arrived.
    struct Notice
    {
        QString channel;
        QString payload;
        int pid = 0; // the notifying server process
    };
    int socket() const;
    int backendPid() const;
    // Reads what the server sent (false when the connection is lost) and
    // returns the notifications received so far.
    bool consumeInput();
    QList<Notice> takeNotices();

    // Where and as whom: "user@host:port/dbname".
    QString user() const;
    QString describe() const;
    bool isBroken() const;
    // Ends a failed transaction. The caller reports why it failed; a ROLLBACK
    // that fails too means the connection broke, which isBroken() and the
    // next statement report (anything else is logged).
    void rollback(const QString& what);
    // Connects again with the same settings without blocking: resetStart
    // begins (false when it cannot even start; then wait until socket() can
    // be written), resetPoll moves it on as far as it can without waiting
    // and says what to wait for next (socket() may change). Once Done, the
    // session is set up as at open (a failure then reads Failed).
    enum class Reset
    {
        Reading,
        Writing,
        Done,
        Failed
    };
    bool resetStart();
    Reset resetPoll();

private:
    explicit Connection(pg_conn* c) : m_c(c) {}
    Error failure(const QString& what) const;
    pg_conn* m_c = nullptr;
};

// Whether conninfo itself holds a password (which must never be remembered).
bool holdsPassword(const QString& conninfo);

} // namespace cx::pg
