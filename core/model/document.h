#pragma once

// The Document: one open .cxmap file, in memory and on disk at once.
//
// Reading is free for everyone. Changing is for commands only (core/commands):
// the mutation primitives below write through to SQLite inside the current
// transaction and update memory, then emit a precise change signal. A command
// wraps its primitives in one Transaction, so one undo step = one SQLite
// transaction. If the transaction fails (disk full, I/O error), it is rolled
// back, memory is reloaded from the file, reloaded() is emitted and the error is
// reported through errorOccurred(); nothing earlier is lost.

#include "history.h"
#include "result.h"
#include "types.h"
#include "version.h"

#include <QHash>
#include <QObject>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>

class QUndoStack;

namespace cx {

class DocumentStore;
struct RemoteChanges;

// Which card fields an edit changed: lets views redraw only what changed.
enum class CardField : unsigned
{
    None = 0,
    Title = 1u << 0,
    Description = 1u << 1,
    Channel = 1u << 2,
    Accountable = 1u << 3,
    Contributing = 1u << 4,
    Emotion = 1u << 5,
    Evidence = 1u << 6,
    Severity = 1u << 7,
    Impact = 1u << 8,
    Kpis = 1u << 9,
    Votes = 1u << 10,
    Status = 1u << 11,
    Tags = 1u << 12,
    Comments = 1u << 13,
    Reviewed = 1u << 14, // reviewedAt and reviewedBy
    Actions = 1u << 15,
    All = (1u << 16) - 1,
};
Q_DECLARE_FLAGS(CardFields, CardField)
Q_DECLARE_OPERATORS_FOR_FLAGS(CardFields)

// The fields of 'b' that differ from 'a' (same card).
CardFields changedFields(const Card& a, const Card& b);

// 'now' with the change from 'from' to 'to' applied, and nothing else: the
// fields that differ between them take their value in 'to'; a participant's
// dots, the votes nobody cast and each comment are changes of their own, so
// what someone else changed on the card since (on a team map) is kept.
Card withChange(const Card& now, const Card& from, const Card& to);

class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    // Opens an existing file (see Store::open for the refusals); readOnly
    // never writes it (exports, checks, a second look).
    static Result<std::unique_ptr<Document>> open(const QString& path, bool readOnly = false);
    // Creates a new file at path holding data (ids in data are kept) and the
    // history records as they are (an import of a JSON export).
    static Result<std::unique_ptr<Document>> create(const QString& path, const DocumentData& data,
                                                    const QList<HistoryRecord>& history = {});
    // Opens the map `name` on a team server (libpq's conninfo; see
    // TeamServer::connect). password, when given, is used for this connection
    // only; needsPassword is set when the server wants one nobody gave.
    static Result<std::unique_ptr<Document>> openTeam(const QString& conninfo, const QString& name,
                                                      const QString& password = {},
                                                      bool* needsPassword = nullptr);
    // Creates an untitled document in the autosave location (autosaveDir()).
    static Result<std::unique_ptr<Document>>
    createUntitled(const DocumentData& data, const QList<HistoryRecord>& history = {});
    // Where untitled documents live until they are named.
    static QString autosaveDir();

    // The file's path, or how a team map is named.
    QString path() const;
    // True for a map on a team server, which others change at the same time.
    bool isShared() const;
    // On a team map: the server role this window acts as, and its rights
    // ("facilitator", "member of Billing & Finance", "viewer"); else empty.
    QString user() const;
    QString access() const;
    // Why this window may not change the map's structure, or the card: the
    // read-only reason, or (on a team map) what the role's rights leave out.
    // Empty when it may.
    QString structureRefusal() const;
    QString cardRefusal(Id cardId) const;
    // The same for every card the department is accountable for (marking
    // them all reviewed).
    QString departmentRefusal(Id departmentId) const;
    // Why the role may not change a link: it may when it may change either
    // of its cards (as the team server's policy says). Empty: it may.
    QString linkRefusal(Id linkId) const;
    bool isUntitled() const { return m_untitled; }
    bool isReadOnly() const;
    QString readOnlyReason() const;

    // Writes a consistent copy to path and continues on the copy. An untitled
    // document's autosave file is removed once the copy is safe.
    Error saveAs(const QString& path);
    // Writes a consistent copy and stays on the current file. Without
    // history, the copy's history is empty and its bytes hold none of it
    // (for sharing: the history names people).
    Error saveCopy(const QString& path, bool withHistory = true) const;

    QUndoStack* undoStack() const { return m_undoStack; }

    // The outcome of the last outermost transaction (empty when it committed).
    Error lastError() const { return m_lastError; }

    // For tests of a full disk: the file cannot grow past this many pages
    // (SQLite keeps at least the pages it has). See Store::setMaxPageCount.
    Error setMaxPageCount(int pages);

    // The whole document as plain values (canonical form).
    DocumentData snapshot() const;

    // --- History (model/history.h; documenthistory.cpp) ----------------------
    // Every edit records what it changed, field by field, in its own
    // transaction: who (author()), when (now()) and the undo text. Read on
    // demand: opening a map never reads its history.
    Result<QList<HistoryRecord>> history(const HistoryFilter& filter = {}) const;
    // Removes the records older than `before` (not an edit: no undo step);
    // how many went.
    Result<qint64> pruneHistory(const QDateTime& before);
    // Before when records were pruned or cleared (invalid: never).
    Result<QDateTime> historyPrunedBefore() const;
    // Who edits: the server role on a team map, else the OS user (or what
    // setAuthor() said).
    QString author() const;
    void setAuthor(const QString& name) { m_author = name; }
    // The time edits are recorded at; tests and the CLI may set the clock.
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The undo text of the step being written (commands set it; the first
    // one set in a transaction names it).
    // mergeable: the step may continue the one written last (typing).
    void setStepText(const QString& text, bool mergeable = false);

    // --- Named versions (model/version.h; documentversions.cpp) -------------
    // Keeps the map as it is now (snapshot()) under a name, by author() at
    // now(), its customer feedback without the words (a later redaction must
    // leave no copy of them behind); read back, those items have no words.
    // Not an edit: no undo step, no history, but durable at once (its
    // own transaction). Refused on a read-only map, during an edit and for
    // an empty or taken name (case-insensitive); a team server dates and
    // signs it itself.
    Result<Id> createVersion(const QString& name);
    Result<QList<VersionInfo>> versions() const; // oldest first
    // The map as the version kept it.
    Result<DocumentData> version(Id id) const;
    // Writes the version as a new map file at path; never overwrites.
    Error restoreVersion(Id id, const QString& path) const;

    // --- Reading -------------------------------------------------------------
    QString title() const { return m_title; }
    // Days within which a card counts as reviewed (analysis/reviews.h).
    int reviewIntervalDays() const { return m_reviewIntervalDays; }

    QList<Id> departmentIds() const { return m_departmentOrder; } // in order
    const Department* department(Id id) const;
    const Department* departmentByName(const QString& name) const; // case-insensitive

    QList<Id> personaIds() const; // by id
    const Persona* persona(Id id) const;

    QList<Id> participantIds() const; // by id
    const Participant* participant(Id id) const;
    const Participant* participantByName(const QString& name) const; // case-insensitive
    // The dots a participant has put on the cards of a journey.
    int dotsSpent(Id participantId, Id journeyId) const;
    // The same for every participant at once, in one pass over the journey
    // (participants without dots are left out).
    QHash<Id, int> dotsSpentByParticipant(Id journeyId) const;

    QList<Id> journeyIds() const { return m_journeyOrder; }
    const Journey* journey(Id id) const;
    const Journey* journeyByName(const QString& name) const; // case-insensitive

    QList<Id> stageIds(Id journeyId) const { return m_stageOrder.value(journeyId); }
    const Stage* stage(Id id) const;
    QList<Id> laneIds(Id journeyId) const { return m_laneOrder.value(journeyId); }
    const Lane* lane(Id id) const;

    QList<Id> cardIds(Id stageId, Id laneId) const; // one cell, in order
    QList<Id> cardIdsOfJourney(Id journeyId) const; // by stage, lane, position
    const Card* card(Id id) const;
    Id journeyOfCard(Id cardId) const;
    int cardCount() const { return int(m_cards.size()); }

    const Link* link(Id id) const;
    QList<Id> linkIdsOf(Id cardId) const;                   // links from or to the card, by id
    QList<Id> linkIdsAmong(const QList<Id>& cardIds) const; // links joining two of them, by id
    QList<Id> allLinkIds() const;                           // by id
    int linkCount() const { return int(m_links.size()); }

    // Customer feedback (types.h Feedback; documentfeedback.cpp).
    const Feedback* feedback(Id id) const;
    // The items on a card, by id; cardId 0: the "Unsorted feedback" inbox.
    QList<Id> feedbackIdsOf(Id cardId) const;
    QList<Id> allFeedbackIds() const; // by id
    int feedbackCount() const { return int(m_feedback.size()); }

    // --- Mutation primitives: for commands only ------------------------------
    enum class Kind
    {
        Department,
        Persona,
        Journey,
        Stage,
        Lane,
        Card,
        Link,
        Participant,
        Feedback
    };
    Id allocateId(Kind kind);

    // An open transaction; nested ones join the outermost. commit() returns the
    // error of the whole transaction (and has then rolled back and reloaded).
    class Transaction
    {
    public:
        // undo: the transaction undoes an earlier step of this client's; on a
        // team map it is refused where someone else changed a row since.
        explicit Transaction(Document& doc, bool undo = false);
        ~Transaction(); // commits if not yet done (a recorded error rolls back)
        Error commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

    private:
        Document& m_doc;
        bool m_done = false;
    };

    void setTitle(const QString& title);
    void setReviewIntervalDays(int days); // 1..maxReviewIntervalDays

    void insertDepartment(const Department& d); // at d.position
    void updateDepartment(const Department& d); // name, colour, head, ...
    void moveDepartment(Id id, int toPosition);
    void removeDepartment(Id id); // no card may refer to it

    void insertPersona(const Persona& p);
    void updatePersona(const Persona& p);
    void removePersona(Id id); // no journey may refer to it

    void insertParticipant(const Participant& p);
    void updateParticipant(const Participant& p);
    void removeParticipant(Id id); // no card may hold their dots

    void insertJourney(const Journey& j); // at j.position
    void updateJourney(const Journey& j);
    void moveJourney(Id id, int toPosition);
    void removeJourney(Id id); // must have no stages or lanes

    void insertStage(const Stage& s); // at s.position
    void updateStage(const Stage& s); // name, description
    void moveStage(Id id, int toPosition);
    void removeStage(Id id); // must hold no cards

    void insertLane(const Lane& l);
    void updateLane(const Lane& l); // name, kind
    void moveLane(Id id, int toPosition);
    void removeLane(Id id); // must hold no cards

    void insertCard(const Card& c); // at (c.stageId, c.laneId, c.position)
    void updateCard(const Card& c); // every field but the place
    // The step from 'from' to 'to' (same card) applied to the card as it is
    // now (withChange): what commands and their undo write.
    void changeCard(const Card& from, const Card& to);
    void moveCard(Id id, Id stageId, Id laneId, int position);
    void removeCard(Id id); // must have no links and no feedback

    void insertLink(const Link& l);
    void updateLink(const Link& l); // its ends too: a reversal
    void removeLink(Id id);

    // Adds or changes each item of `items` (by id) and removes each of
    // `removed`, in one go: an import of many items is one primitive. An
    // item's card must exist (0: the inbox) and its values be valid
    // (feedbackrules.h).
    void putFeedback(const QList<Feedback>& items, const QList<Id>& removed = {});

signals:
    void titleChanged();
    void reviewIntervalChanged();
    void departmentAdded(cx::Id id);
    void departmentChanged(cx::Id id);
    void departmentMoved(cx::Id id, int from, int to);
    void departmentRemoved(cx::Id id);
    void personaAdded(cx::Id id);
    void personaChanged(cx::Id id);
    void personaRemoved(cx::Id id);
    void participantAdded(cx::Id id);
    void participantChanged(cx::Id id);
    void participantRemoved(cx::Id id);
    void journeyAdded(cx::Id id);
    void journeyChanged(cx::Id id);
    void journeyMoved(cx::Id id, int from, int to);
    void journeyRemoved(cx::Id id);
    void stageInserted(cx::Id journeyId, cx::Id stageId, int index);
    void stageChanged(cx::Id stageId);
    void stageMoved(cx::Id journeyId, cx::Id stageId, int from, int to);
    void stageRemoved(cx::Id journeyId, cx::Id stageId, int index);
    void laneInserted(cx::Id journeyId, cx::Id laneId, int index);
    void laneChanged(cx::Id laneId);
    void laneMoved(cx::Id journeyId, cx::Id laneId, int from, int to);
    void laneRemoved(cx::Id journeyId, cx::Id laneId, int index);
    void cardAdded(cx::Id id);
    void cardChanged(cx::Id id, cx::CardFields fields);
    void cardMoved(cx::Id id, cx::Id fromStage, cx::Id fromLane, int fromPosition);
    void cardRemoved(cx::Id id, cx::Id stageId, cx::Id laneId);
    void linkAdded(cx::Id id);
    void linkChanged(cx::Id id);
    void linkRemoved(cx::Id id, cx::Id fromCard, cx::Id toCard);
    // Feedback was added, changed, moved or removed on these cards (0: the
    // inbox), each named once.
    void feedbackChanged(const QList<cx::Id>& cardIds);
    // Memory was reloaded from the store after a failed transaction, a Save
    // As or (on a team map) others' change of its structure: views rebuild.
    // Never emitted for an ordinary edit.
    void reloaded();
    // On a team map: the connection to the server was lost or is back, so
    // isReadOnly() and readOnlyReason() changed.
    void connectionChanged();
    // A write failed: the message names the problem (disk full, read-only...).
    void errorOccurred(const cx::Error& error);
    void pathChanged(const QString& path);

private:
    explicit Document(std::unique_ptr<DocumentStore> store, bool untitled);
    // A document on an opened store, read from it.
    static Result<std::unique_ptr<Document>> opened(std::unique_ptr<DocumentStore> store);
    void applyRemote(const RemoteChanges& changes);
    void load(const DocumentData& data);
    void reloadFromStore();
    void write(Error err); // records the first failure of the transaction
    void beginTx(bool undo = false);
    Error endTx();
    // Aborts the transaction if false; what is marked QT_TR_NOOP.
    bool check(bool condition, const char* what);
    void renumberCell(Id stageId, Id laneId);
    void renumberStages(Id journeyId);
    void renumberLanes(Id journeyId);
    void renumberDepartments();
    void renumberJourneys();
    bool isReferenced(Id departmentId) const;
    bool isValidCard(const Card& c) const; // its place, departments and voters exist
    // m_feedbackByCard as an item goes from old to now (nullptr: added, or
    // removed); the cards it was and is on into touched.
    void indexFeedback(const Feedback* old, const Feedback* now, QSet<Id>& touched);
    // What the primitives record into the pending step (documenthistory.cpp).
    void record(HistoryObject object, Id id, const QJsonObject& before, const QJsonObject& after,
                const QString& label, Id journeyId = 0, Id departmentId = 0);
    void recordCard(const Card* before, const Card* after);
    void recordLink(const Link* before, const Link* after);
    void recordStage(const Stage* before, const Stage* after);
    void recordLane(const Lane* before, const Lane* after);
    void recordJourney(const Journey* before, const Journey* after);
    void recordDepartment(const Department* before, const Department* after);
    void recordPersona(const Persona* before, const Persona* after);
    void recordParticipant(const Participant* before, const Participant* after);
    void recordFeedback(const Feedback* before, const Feedback* after);
    Error writeHistory(); // the pending step into the store, before commit

    std::unique_ptr<DocumentStore> m_store;
    QUndoStack* m_undoStack = nullptr;
    bool m_untitled = false;
    int m_txDepth = 0;
    Error m_txError;
    Error m_lastError;

    QString m_title;
    int m_reviewIntervalDays = defaultReviewIntervalDays;
    QHash<Id, Department> m_departments;
    QList<Id> m_departmentOrder;
    QHash<Id, Persona> m_personas;
    QHash<Id, Participant> m_participants;
    QHash<Id, Journey> m_journeys;
    QList<Id> m_journeyOrder;
    QHash<Id, Stage> m_stages;
    QHash<Id, QList<Id>> m_stageOrder; // journey -> stages in order
    QHash<Id, Lane> m_lanes;
    QHash<Id, QList<Id>> m_laneOrder; // journey -> lanes in order
    QHash<Id, Card> m_cards;
    QHash<QPair<Id, Id>, QList<Id>> m_cells; // (stage, lane) -> cards in order
    QHash<Id, Link> m_links;
    QMultiHash<Id, Id> m_linksByCard; // card -> links from or to it
    QHash<Id, Feedback> m_feedback;
    QMultiHash<Id, Id> m_feedbackByCard; // card (0: the inbox) -> its items
    std::array<Id, 9> m_nextId{};

    QList<HistoryChange> m_pendingHistory;
    QString m_stepText;
    bool m_stepMergeable = false;
    // What the step written last changed (object, id, field), by whom and
    // when: a mergeable step changing the same continues it.
    struct LastStep
    {
        QList<std::tuple<HistoryObject, Id, QString>> fields;
        QString who;
        QDateTime at;
        bool mergeable = false; // an undo or a plain edit is never continued
    };
    std::optional<LastStep> m_lastStep;
    QString m_author;
    std::function<QDateTime()> m_clock;
};

} // namespace cx
