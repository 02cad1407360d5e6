// The versions table of a .cxmap file (schema version 4; model/version.h):
// one row per named version, its data the whole map as io/jsonformat.h
// writes it. Written outside any edit, in a transaction of its own.

#include "store.h"
#include "storetr.h"

#include "sqlitehelpers.h"

#include <QCoreApplication>

namespace cx {

namespace {

QString timeText(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

// A file of schema 3 or older opened read-only is not migrated: it has no
// versions table, and so no versions.
bool hasVersions(sqlite3* db)
{
    return sql::queryInt(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                             "name = 'versions'") > 0;
}

} // namespace

Result<Id> Store::createVersion(const QString& name, const QDateTime& at, const QString& who,
                                const QByteArray& json)
{
    if (m_readOnly)
        return Error{ErrorCode::ReadOnly,
                     StoreTr::tr("The document is read-only: %1").arg(m_readOnlyReason)};
    if (inTransaction())
        return Error{ErrorCode::InvalidArgument,
                     StoreTr::tr("A version cannot be taken during an edit")};
    Id id = 0;
    // The names are checked inside the transaction: another process writing
    // the same file cannot slip a version of the same name in between.
    const Error err = inOwnTransaction([&]() -> Error {
        Result<QList<VersionInfo>> existing = versions();
        if (!existing)
            return existing.error();
        if (const QString problem = versionNameProblem(name, existing.value()); !problem.isEmpty())
            return Error{ErrorCode::InvalidArgument, problem};
        sql::Statement st(m_db, "INSERT INTO versions (name, at, who, data) VALUES (?, ?, ?, ?)");
        st.bind(1, name.trimmed()).bind(2, timeText(at)).bind(3, who);
        st.bind(4, QString::fromUtf8(json));
        if (const int rc = st.exec(); rc != SQLITE_DONE)
            return sql::toError(m_db, rc, StoreTr::tr("saving the version"));
        id = sqlite3_last_insert_rowid(m_db);
        return {};
    });
    if (err)
        return err;
    return id;
}

Result<QList<VersionInfo>> Store::versions() const
{
    if (!hasVersions(m_db))
        return QList<VersionInfo>();
    sql::Statement st(m_db, "SELECT id, name, at, who FROM versions ORDER BY at, id");
    if (!st.isValid())
        return sql::toError(m_db, st.prepareCode(), StoreTr::tr("reading the versions"));
    QList<VersionInfo> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        VersionInfo v{st.int64(0), st.text(1), {}, st.text(3)};
        v.at = QDateTime::fromString(st.text(2), Qt::ISODateWithMs).toUTC();
        if (!v.at.isValid())
            return Error{ErrorCode::Damaged,
                         StoreTr::tr("the versions are damaged (version %1)").arg(v.id)};
        out.append(std::move(v));
    }
    if (rc != SQLITE_DONE)
        return sql::toError(m_db, rc, StoreTr::tr("reading the versions"));
    return out;
}

Result<QByteArray> Store::versionData(Id id) const
{
    if (!hasVersions(m_db))
        return Error{ErrorCode::InvalidArgument, StoreTr::tr("There is no version %1").arg(id)};
    sql::Statement st(m_db, "SELECT data FROM versions WHERE id = ?");
    if (!st.isValid())
        return sql::toError(m_db, st.prepareCode(), StoreTr::tr("reading a version"));
    st.bind(1, id);
    const int rc = st.step();
    if (rc == SQLITE_DONE)
        return Error{ErrorCode::InvalidArgument, StoreTr::tr("There is no version %1").arg(id)};
    if (rc != SQLITE_ROW)
        return sql::toError(m_db, rc, StoreTr::tr("reading a version"));
    return st.text(0).toUtf8();
}

} // namespace cx
