#pragma once

// The .cxmap file: one SQLite database (see DESIGN.md, "The file").
// The Store speaks rows; the Document decides what to write and when.
// Every write happens inside begin()/commit(); a failed write leaves the
// transaction open for the caller to roll back.

#include "../model/result.h"
#include "../model/types.h"

#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace cx {

class Store
{
public:
    // 'CXMP' as a big-endian 32-bit integer: PRAGMA application_id.
    static constexpr int applicationId = 0x43584D50;
    // PRAGMA user_version written by this build; older files are migrated.
    static int schemaVersion();

    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens an existing document. Refuses (with a distinct ErrorCode and a
    // message naming the file and the problem) a missing path, a directory,
    // an unreadable file, a non-SQLite file, an SQLite file that is not ours,
    // a newer schema and a damaged file; a refused file is never modified.
    // An older schema is migrated (in ReadWrite mode). A file that cannot be
    // written is opened read-only and readOnlyReason() says why.
    static Result<std::unique_ptr<Store>> open(const QString& path, Mode mode = Mode::ReadWrite);

    // Creates a new document file at path (which must not exist) holding data.
    static Result<std::unique_ptr<Store>> create(const QString& path, const DocumentData& data);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Reads the whole document (canonical form).
    Result<DocumentData> readAll() const;

    // Consistent copy of the whole document to another path (VACUUM INTO);
    // refuses to overwrite an existing file unless overwrite is set.
    Error saveAs(const QString& path, bool overwrite = false) const;

    // Integrity of the open file (PRAGMA integrity_check): empty when fine.
    QString integrityProblem() const;

    Error begin();
    Error commit();
    void rollback();
    bool inTransaction() const;

    // Row writes: insert or update by id (never REPLACE, which would cascade).
    Error putDepartment(const Department& d);
    Error putPersona(const Persona& p);
    Error putParticipant(const Participant& p);
    Error putJourney(const Journey& j);
    Error putStage(const Stage& s);
    Error putLane(const Lane& l);
    Error putCard(const Card& c); // with contributing, kpis, tags, dots, comments
    Error putCardPlace(Id card, Id stage, Id lane, int position); // a move only
    Error putLink(const Link& l);
    Error putTitle(const QString& title);

    Error deleteDepartment(Id id);
    Error deletePersona(Id id);
    Error deleteParticipant(Id id);
    Error deleteJourney(Id id);
    Error deleteStage(Id id);
    Error deleteLane(Id id);
    Error deleteCard(Id id);
    Error deleteLink(Id id);

    // For tests of the full-disk path: caps the file at this many pages.
    Error setMaxPageCount(int pages);

private:
    Store() = default;
    struct Statements;

    Error connect(int version);
    Error validate();
    Error upgrade(int version);
    Error configure();
    static Error writeNew(const QString& path, const DocumentData& data);
    Error writeAll(const DocumentData& data);

    sqlite3* m_db = nullptr;
    std::unique_ptr<Statements> m_stmts;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    mutable std::optional<DocumentData> m_firstRead; // checked at open, handed out once
};

} // namespace cx
