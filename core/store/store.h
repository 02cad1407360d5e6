#pragma once

// The .cxmap file: one SQLite database (see DESIGN.md, "The file").
// The Store speaks rows; the Document decides what to write and when.
// Every write happens inside begin()/commit(); a failed write leaves the
// transaction open for the caller to roll back.

#include "../model/result.h"
#include "../model/types.h"
#include "documentstore.h"

#include <QString>
#include <functional>

#include <future>
#include <memory>
#include <optional>

struct sqlite3;

namespace cx {

class Store : public DocumentStore
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

    ~Store() override;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens an existing document. Refuses (with a distinct ErrorCode and a
    // message naming the file and the problem) a missing path, a directory,
    // an unreadable file, a non-SQLite file, an SQLite file that is not ours,
    // a newer schema and a damaged file; a refused file is never modified.
    // An older schema is migrated (in ReadWrite mode). A file that cannot be
    // written is opened read-only and readOnlyReason() says why.
    static Result<std::unique_ptr<Store>> open(const QString& path, Mode mode = Mode::ReadWrite);

    // Creates a new document file at path (which must not exist) holding data
    // and, as they are (ids, steps, times, authors), the history records.
    static Result<std::unique_ptr<Store>> create(const QString& path, const DocumentData& data,
                                                 const QList<HistoryRecord>& history = {});

    QString path() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyReason() const override { return m_readOnlyReason; }

    // Reads the whole document (canonical form).
    Result<DocumentData> readAll() const override;

    // Consistent copy of the whole document to another path (VACUUM INTO);
    // refuses to overwrite an existing file unless overwrite is set.
    Error saveAs(const QString& path, bool overwrite = false) const override;

    // Integrity of the open file (PRAGMA integrity_check): empty when fine.
    QString integrityProblem() const;

    Error begin() override;
    Error commit() override;
    void rollback() override;
    bool inTransaction() const override;

    // Row writes: insert or update by id (never REPLACE, which would cascade).
    Error putDepartment(const Department& d) override;
    Error putPersona(const Persona& p) override;
    Error putParticipant(const Participant& p) override;
    Error putJourney(const Journey& j) override;
    Error putStage(const Stage& s) override;
    Error putLane(const Lane& l) override;
    // With its lists (contributors, KPIs, tags, dots, comments, review, actions):
    // those the file already holds as they are keep their rows.
    Error putCard(const Card& c) override;
    Error putCellOrder(Id stage, Id lane, const QList<Id>& order,
                       const QList<int>& renumbered) override;
    Error putLink(const Link& l) override;
    Error putTitle(const QString& title) override;
    Error putReviewInterval(int days) override;

    Error deleteDepartment(Id id) override;
    Error deletePersona(Id id) override;
    Error deleteParticipant(Id id) override;
    Error deleteJourney(Id id) override;
    Error deleteStage(Id id) override;
    Error deleteLane(Id id) override;
    Error deleteCard(Id id) override;
    Error deleteLink(Id id) override;
    Error putFeedback(const Feedback& f) override;
    Error deleteFeedback(Id id) override;

    // History (storehistory.cpp).
    Error putHistory(const QDateTime& at, const QString& who, const QString& text,
                     const QList<HistoryChange>& changes) override;
    Error amendHistory(const QDateTime& at, const QString& who, const QString& text,
                       const QList<HistoryChange>& changes) override;
    Result<QList<HistoryRecord>> readHistory(const HistoryFilter& filter) const override;
    Result<qint64> pruneHistory(const QDateTime& before) override;
    Result<QDateTime> historyPrunedBefore() const override;
    // Writes records as they are, ids included (an import), in the open
    // transaction.
    Error putHistoryRecords(const QList<HistoryRecord>& records);
    // Empties the history and the named versions (its own transaction),
    // leaving no trace of them in the file's free pages.
    Error clearHistory();
    // A consistent copy at path (overwritten) without history or named
    // versions, whose bytes hold none of them.
    Error saveCopyWithoutHistory(const QString& path) const override;

    // Named versions (storeversions.cpp).
    Result<Id> createVersion(const QString& name, const QDateTime& at, const QString& who,
                             const QByteArray& json) override;
    Result<QList<VersionInfo>> versions() const override;
    Result<QByteArray> versionData(Id id) const override;

    // For tests of the full-disk path: caps the file at this many pages.
    Error setMaxPageCount(int pages) override;

private:
    Store();
    struct Statements;
    struct CardLists; // storestatements.h
    struct KnownCards;

    Error connect(int version);
    Error notePruned(const QDateTime& before); // in the open transaction
    Error validate();
    Error copyToMemory(); // a read-only older file: migrated in a copy
    Error upgrade(int version);
    // Runs work in a transaction of its own: committed when it succeeds,
    // rolled back when it or the commit fails.
    Error inOwnTransaction(const std::function<Error()>& work);
    Error configure();
    static Error writeNew(const QString& path, const DocumentData& data,
                          const QList<HistoryRecord>& history);
    Error writeAll(const DocumentData& data);

    sqlite3* m_db = nullptr;
    std::unique_ptr<Statements> m_stmts;
    // Each card's lists (contributors, KPIs, tags, votes, comments, review,
    // actions) as the file holds them, where known: putCard rewrites only the
    // lists that differ (storerows.cpp). A read fills it, so the const
    // readAll() changes what it points to.
    std::unique_ptr<KnownCards> m_known;
    void rememberCards(const DocumentData& data) const; // after a read outside a transaction
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    mutable std::optional<DocumentData> m_firstRead; // checked at open, handed out once
    mutable bool m_historyChecked = false;           // its integrity, on the first read
    Error checkBeforeHistory() const; // the whole file, before the first history read
    qint64 m_nextStep = 0;            // the next history step's number (0: not read yet)
    qint64 m_lastStep = 0;            // the step putHistory wrote last (0: none to continue)
    // A customer's words were removed (redacted or deleted) in the open
    // transaction: its commit folds the write-ahead log into the file and
    // empties it, so no copy of them is left in the log (secure_delete
    // clears them from the file's pages).
    bool m_scrubOnCommit = false;
    // Customer feedback read at open on a read-only connection of its own,
    // while this one checks the file and reads the rest; readAll takes it
    // (store.cpp, storefeedback.cpp). Not done: read it on this connection.
    struct FeedbackRead
    {
        bool done = false;
        QList<Feedback> items;
    };
    mutable std::future<FeedbackRead> m_feedbackAhead;
    void readFeedbackAhead();
};

} // namespace cx
