#pragma once

// The store's prepared statements, compiled once per open file.

#include "sqlitehelpers.h"
#include "store.h"

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
};

} // namespace cx
