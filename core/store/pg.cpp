#include "pg.h"
#include "storetr.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace cx::pg {

Param Param::real(double d)
{
    Param p;
    p.text = QByteArray::number(d, 'g', 17);
    return p;
}

Param Param::bytes(const QByteArray& b)
{
    Param p;
    p.text = "\\x" + b.toHex();
    return p;
}

// --- Rows ----------------------------------------------------------------------

Rows::Rows(pg_result* r) : m_r(r) {}

Rows::~Rows() { PQclear(m_r); }

Rows::Rows(Rows&& other) noexcept : m_r(other.m_r) { other.m_r = nullptr; }

Rows& Rows::operator=(Rows&& other) noexcept
{
    std::swap(m_r, other.m_r);
    return *this;
}

int Rows::count() const { return m_r ? PQntuples(m_r) : 0; }

int Rows::columns() const { return m_r ? PQnfields(m_r) : 0; }

bool Rows::isNull(int row, int col) const { return PQgetisnull(m_r, row, col) == 1; }

QString Rows::text(int row, int col) const
{
    return QString::fromUtf8(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
}

qint64 Rows::int64(int row, int col) const
{
    return QByteArray(PQgetvalue(m_r, row, col)).toLongLong();
}

double Rows::real(int row, int col) const
{
    return QByteArray(PQgetvalue(m_r, row, col)).toDouble();
}

bool Rows::boolean(int row, int col) const { return PQgetvalue(m_r, row, col)[0] == 't'; }

QByteArray Rows::bytes(int row, int col) const
{
    // bytea arrives in the server's hex output: "\x" then two digits a byte.
    const QByteArray raw(PQgetvalue(m_r, row, col), PQgetlength(m_r, row, col));
    return raw.startsWith("\\x") ? QByteArray::fromHex(raw.mid(2)) : QByteArray();
}

// --- Connection ------------------------------------------------------------------

namespace {

QString libpqMessage(const char* text) { return QString::fromUtf8(text).trimmed(); }

ErrorCode codeOf(const QByteArray& sqlState)
{
    if (sqlState == "42501") // insufficient_privilege (also row security)
        return ErrorCode::NoPermission;
    if (sqlState.startsWith("08") || sqlState.startsWith("57P")) // connection, shutdown
        return ErrorCode::Io;
    if (sqlState == "53100") // disk_full
        return ErrorCode::DiskFull;
    if (sqlState.startsWith("22") || sqlState.startsWith("23")) // data, constraint
        return ErrorCode::InvalidArgument;
    return ErrorCode::Io;
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString& conninfo,
                                                     const QString& password, bool* needsPassword)
{
    const QByteArray dbname = conninfo.toUtf8();
    const QByteArray secret = password.toUtf8();
    // connect_timeout stands before dbname, so that a value in conninfo wins.
    std::vector<const char*> keys = {"connect_timeout", "dbname", "fallback_application_name",
                                     "client_encoding"};
    std::vector<const char*> values = {"10", dbname.constData(), "cxmap", "UTF8"};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(secret.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn* c = PQconnectdbParams(keys.data(), values.data(), 1);
    if (needsPassword)
        *needsPassword = false;
    if (!c)
        return Error{ErrorCode::Io,
                     TeamStoreTr::tr("Cannot connect to the team server: out of memory")};
    if (PQstatus(c) != CONNECTION_OK) {
        const bool wantsPassword = PQconnectionNeedsPassword(c) == 1;
        if (needsPassword)
            *needsPassword = wantsPassword;
        QString why = libpqMessage(PQerrorMessage(c));
        PQfinish(c);
        if (why.isEmpty())
            why = TeamStoreTr::tr("the connection failed");
        return Error{wantsPassword ? ErrorCode::NoPermission : ErrorCode::Io,
                     TeamStoreTr::tr("Cannot connect to the team server: %1").arg(why)};
    }
    // Every statement's text and identifiers are ours; no search_path games.
    std::unique_ptr<Connection> conn(new Connection(c));
    if (Error err = conn->script(
            "SET search_path = pg_catalog",
            TeamStoreTr::tr("connecting", "what failed: Cannot %1 on the team server")))
        return err;
    return conn;
}

Connection::~Connection() { PQfinish(m_c); }

Error Connection::failure(const QString& what) const
{
    return {ErrorCode::Io, TeamStoreTr::tr("Cannot %1 on the team server: %2")
                               .arg(what, libpqMessage(PQerrorMessage(m_c)))};
}

namespace {

Error resultError(pg_result* r, const QString& what)
{
    const QByteArray state(PQresultErrorField(r, PG_DIAG_SQLSTATE));
    QString message = libpqMessage(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
    if (message.isEmpty())
        message = libpqMessage(PQresultErrorMessage(r));
    return {codeOf(state), TeamStoreTr::tr("Cannot %1 on the team server: %2").arg(what, message)};
}

} // namespace

Result<Rows> Connection::query(const char* sql, const Params& params, const QString& what)
{
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const Param& p : params)
        values.push_back(p.text ? p.text->constData() : nullptr);
    pg_result* r =
        PQexecParams(m_c, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    if (!r)
        return failure(what);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error err = resultError(r, what);
        PQclear(r);
        return err;
    }
    return Rows(r);
}

Error Connection::run(const char* sql, const Params& params, const QString& what)
{
    auto rows = query(sql, params, what);
    return rows ? Error{} : rows.error();
}

Error Connection::script(const char* sql, const QString& what)
{
    pg_result* r = PQexec(m_c, sql);
    if (!r)
        return failure(what);
    Error err;
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        err = resultError(r, what);
    PQclear(r);
    return err;
}

int Connection::socket() const { return PQsocket(m_c); }

int Connection::backendPid() const { return PQbackendPID(m_c); }

bool Connection::consumeInput() { return PQconsumeInput(m_c) == 1; }

QList<Connection::Notice> Connection::takeNotices()
{
    QList<Notice> notices;
    while (PGnotify* n = PQnotifies(m_c)) {
        notices.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid});
        PQfreemem(n);
    }
    return notices;
}

QString Connection::user() const { return QString::fromUtf8(PQuser(m_c)); }

QString Connection::describe() const
{
    const QString host = QString::fromUtf8(PQhost(m_c));
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user(),
             host.startsWith(u'/') ? TeamStoreTr::tr("local socket", "where the team server is")
                                   : host,
             QString::fromUtf8(PQport(m_c)), QString::fromUtf8(PQdb(m_c)));
}

bool Connection::isBroken() const { return PQstatus(m_c) != CONNECTION_OK; }

void Connection::rollback(const QString& what)
{
    if (const Error err = script("ROLLBACK", what); err && !isBroken())
        qWarning("cxmap: %s", qPrintable(err.message));
}

bool Connection::resetStart() { return PQresetStart(m_c) == 1; }

Connection::Reset Connection::resetPoll()
{
    switch (PQresetPoll(m_c)) {
    case PGRES_POLLING_OK:
        return isBroken() || script("SET search_path = pg_catalog",
                                    TeamStoreTr::tr("reconnect", "verb: what failed"))
                   ? Reset::Failed
                   : Reset::Done;
    case PGRES_POLLING_READING:
        return Reset::Reading;
    case PGRES_POLLING_WRITING:
        return Reset::Writing;
    default:
        return Reset::Failed;
    }
}

bool holdsPassword(const QString& conninfo)
{
    PQconninfoOption* options = PQconninfoParse(conninfo.toUtf8().constData(), nullptr);
    if (!options)
        return conninfo.contains(QLatin1String("password"), Qt::CaseInsensitive);
    bool found = false;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            found = true;
    }
    PQconninfoFree(options);
    return found;
}

} // namespace cx::pg
