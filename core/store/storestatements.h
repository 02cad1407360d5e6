#pragma once

// The store's prepared statements, compiled once per open file, and what it
// knows of each card's child rows.

#include "sqlitehelpers.h"
#include "store.h"

#include <QHash>

#include <optional>

namespace cx {

struct Store::Statements
{
    explicit Statements(sqlite3* db);
    // False when a statement did not compile: the tables are not ours.
    bool allValid() const;

    sql::Statement putDepartment;
    sql::Statement putPersona;
    sql::Statement putJourney;
    sql::Statement putStage;
    sql::Statement putLane;
    sql::Statement putCard;
    sql::Statement putCardPlace;
    sql::Statement clearContributors;
    sql::Statement putContributor;
    sql::Statement clearKpis;
    sql::Statement putKpi;
    sql::Statement clearTags;
    sql::Statement putTag;
    sql::Statement clearVotes;
    sql::Statement putVote;
    sql::Statement clearComments;
    sql::Statement putComment;
    sql::Statement putReview;
    sql::Statement clearReview;
    sql::Statement clearActions;
    sql::Statement putAction;
    sql::Statement putParticipant;
    sql::Statement putLink;
    sql::Statement putMeta;
    sql::Statement putHistory;
    sql::Statement amendHistory; // prepared when first used (storehistory.cpp)

    sql::Statement deleteDepartment;
    sql::Statement deletePersona;
    sql::Statement deleteParticipant;
    sql::Statement deleteJourney;
    sql::Statement deleteStage;
    sql::Statement deleteLane;
    sql::Statement deleteCard;
    sql::Statement deleteLink;

    // Customer feedback (storefeedback.cpp).
    sql::Statement putFeedback;
    sql::Statement deleteFeedback;
    sql::Statement feedbackWords; // whether an item's row holds words other than these
};

// Reads every feedback row into d.feedback (by id), checking each value: its
// card (NULL: the inbox) must be one of d.cards. Candidates that name no card
// of d (cards removed since) are left out: they are a hint, not a reference.
Error readFeedbackRows(sqlite3* db, DocumentData& d);
// The same in two parts: the rows with their values checked (by id), which
// may run on a connection of its own, and then their cards.
Error readFeedbackItems(sqlite3* db, QList<Feedback>& out);
Error adoptFeedback(DocumentData& d, QList<Feedback> items);

// A card's child lists as written to (or read from) its rows.
struct Store::CardLists
{
    QList<Id> contributingIds;
    QList<Kpi> kpis;
    QStringList tags;
    QList<Dot> dots;
    QList<Comment> comments;
    QDateTime reviewedAt;
    QString reviewedBy;
    QList<CardAction> actions;
};

// What the store knows of each card's child rows. `committed` holds them as
// the file held them after the last commit (or a read outside a transaction);
// `pending` what the open transaction wrote, std::nullopt where unknown (a
// failed write, a deleted card). A commit moves pending into committed; a
// rollback or a new transaction drops pending; a failed commit forgets all. A
// card that is in neither is unknown: putCard rewrites all of its lists.
struct Store::KnownCards
{
    QHash<Id, CardLists> committed;
    QHash<Id, std::optional<CardLists>> pending;

    // The card's lists as the file holds them now, or nullptr when unknown.
    const CardLists* find(Id card, bool inTransaction) const;
    // The file now holds the card's lists as c has them (nullptr: unknown).
    void note(Id card, const Card* c, bool inTransaction);
    void commit();
    void clear();
};

} // namespace cx
