#pragma once

// A map's rows on the team server: each object as the row it is stored in,
// written many at once, and read all at once or a few cards at a time.
// Private to the store.

#include "../model/result.h"
#include "../model/types.h"

#include <QHash>
#include <QJsonObject>

namespace cx::pg {
class Connection;
}

namespace cx::teamrows {

// An object's own row: column -> value (map_id, revision and changed_* are
// the server's).
QJsonObject departmentRow(const Department& x);
QJsonObject personaRow(const Persona& x);
QJsonObject participantRow(const Participant& x);
QJsonObject journeyRow(const Journey& x);
QJsonObject stageRow(const Stage& x);
QJsonObject laneRow(const Lane& x);
// The card's own row. Its votes column holds the votes no participant cast:
// a participant's dots are rows of their own (card_votes), so voting never
// changes the card's row. Its review is what the client asks for: the
// server writes who and when (teammigrate6.cpp).
QJsonObject cardRow(const Card& x);
QJsonObject linkRow(const Link& x);
// A feedback item's row; its candidates as "12,40".
QJsonObject feedbackRow(const Feedback& x);
// The item a row of feedbackRow's describes (for the map as last seen).
Feedback feedbackFromRow(const QJsonObject& row);

// The rows a card owns in card_contributors, card_kpis, card_tags,
// card_votes, card_comments and card_actions.
QList<QJsonObject> contributorRows(const Card& c);
QList<QJsonObject> actionRows(const Card& c);
QList<QJsonObject> kpiRows(const Card& c);
QList<QJsonObject> tagRows(const Card& c);
QList<QJsonObject> voteRows(const Card& c);
QList<QJsonObject> commentRows(const Card& c);

// Inserts rows (all with the same columns) into cxmap.<table> as map mapId,
// in one statement.
Error insertRows(pg::Connection& c, const char* table, qint64 mapId, const QList<QJsonObject>& rows,
                 const QString& what);

// A card's position on the server is sparse: publishing leaves cellGap
// between neighbours in a cell, so a card put between two others takes a
// number between theirs and rewrites neither (only a cell with no room left
// between two cards is numbered anew). The editor numbers each cell 0, 1, 2...
inline constexpr int cellGap = 1024;
// Numbers each cell's cards 0, 1, 2... in the order of their positions, ties
// by id: the server's positions as the editor and files have them.
void numberCells(QList<Card>& cards);

// Writes every row of data as map mapId (whose rows must be absent); the
// cards' positions are spread cellGap apart.
Error writeAll(pg::Connection& c, qint64 mapId, const DocumentData& data);

// Deletes every row of map mapId, keeping the map and its grants.
Error deleteAll(pg::Connection& c, qint64 mapId);

// The revision of each row read: "table id" -> revision.
using Revisions = QHash<QString, qint64>;
QString revisionKey(const char* table, Id id);

// Reads every row of map mapId; values CXMap cannot have written are refused.
Result<DocumentData> readAll(pg::Connection& c, qint64 mapId, Revisions* revisions = nullptr);

// The cards (with everything they own) and links among ids that still
// exist, for merging others' changes.
Result<QList<Card>> readCards(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                              Revisions* revisions);
Result<QList<Link>> readLinks(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                              Revisions* revisions);
// The departments, personas, participants, journeys, stages and lanes among
// ids (each table asked for all of them).
Result<DocumentData> readStructure(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                                   Revisions* revisions);
// The feedback items among ids that still exist (their candidates as the
// server has them: the Document keeps those on its cards).
Result<QList<Feedback>> readFeedback(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                                     Revisions* revisions);
Result<QList<Participant>> readParticipants(pg::Connection& c, qint64 mapId, const QList<Id>& ids,
                                            Revisions* revisions);

} // namespace cx::teamrows
