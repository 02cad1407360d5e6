#pragma once

// The edit facade: the one way the UI, the CLI and the tests change a
// Document. Each call pushes one command onto the document's QUndoStack (one
// undo step, one SQLite transaction) and reports failure as a value; callers
// never see command classes.

#include "model/document.h"

namespace cx::edit {

// Whether a text edit continues the previous one (typing) or starts a new step.
enum class Merge
{
    No,
    Typing
};

Error setTitle(Document& doc, const QString& title, Merge merge = Merge::No);

// Cards. addCard ignores card.id and returns the new one.
Result<Id> addCard(Document& doc, Card card);
Error editCard(Document& doc, const Card& after, Merge merge = Merge::No);
Error setCardTitle(Document& doc, Id cardId, const QString& title, Merge merge = Merge::Typing);
Error removeCards(Document& doc, const QList<Id>& cardIds);
Error moveCards(Document& doc, const QList<Id>& cardIds, Id stageId, Id laneId, int position);

// History (model/history.h; editrestore.cpp). A card as it was at `when`
// (after every edit up to then), read back from the history: refused when it
// did not exist then, or names what it referred to that is gone now.
Result<Card> cardAsOf(const Document& doc, Id cardId, const QDateTime& when);
// Restores it in one step ("Restore “X” as it was on …"): its fields as they
// were, in its place now. A card removed since comes back in the cell it was
// in, under a new id and without its links (the id comes back).
Result<Id> restoreCard(Document& doc, Id cardId, const QDateTime& when);

// Copies of cards, added in one step. The ids of 'cards' are ignored (new ones
// are assigned) but say which cards a link joins: each link between two of the
// given cards is copied onto their copies; links with an end outside 'cards'
// are dropped; a link given twice (same cards and type) is refused, and the
// copies of a document's own cards carry each of their links once (a file
// from before duplicates were refused may hold one twice). Values are checked
// as by addCard, and every department a card names must exist in doc: a
// caller bringing cards from another document maps or clears them first (see
// pasteCards in io/cardclip.h). Nothing changes when a value is refused. The
// new ids come back in the order of 'cards'.
//
// addCards puts each card into its own cell (card.stageId, card.laneId) at
// card.position (-1 = the end), one after the other in the given order;
// undoText names the step in the history ("Add n cards" when empty).
Result<QList<Id>> addCards(Document& doc, const QList<Card>& cards, const QList<Link>& links,
                           const QString& undoText = {});
// insertCards puts them all into one cell, from 'position' on (-1 = the end).
Result<QList<Id>> insertCards(Document& doc, const QList<Card>& cards, const QList<Link>& links,
                              Id stageId, Id laneId, int position);
// Each copy goes right after its original, in the same cell, with the same
// title; links between two duplicated cards are copied too. Repeated ids count
// once; the copies' ids come back in the order of cardIds.
Result<QList<Id>> duplicateCards(Document& doc, const QList<Id>& cardIds);

// Reviews (analysis/reviews.h). Marks the cards reviewed now (Document::now)
// by Document::author(), in one step ("Mark “X” reviewed", "Mark 12 cards
// reviewed"); repeated ids count once. Refused on a team map (which keeps no
// reviews yet) and for an empty list.
Error markReviewed(Document& doc, const QList<Id>& cardIds);
// The map's review interval: 1 to maxReviewIntervalDays days.
Error setReviewInterval(Document& doc, int days);

// Actions on a pain point or an opportunity (analysis/actions.h), each one
// step named after the action. Refused on any other card, for an empty
// "what", an owner that is no department, an index out of range, and on a
// team map (which keeps none yet).
Error addAction(Document& doc, Id cardId, const CardAction& action);
Error editAction(Document& doc, Id cardId, int index, const CardAction& action);
Error removeAction(Document& doc, Id cardId, int index);

// Customer feedback (model/feedbackrules.h), each call one step. Values are
// checked as feedbackProblem says; an item on a card keeps no card hint or
// candidates (those are for the inbox). Refused on a team map (which keeps
// none yet).
// addFeedback ignores item.id and returns the new one; addFeedbackItems adds
// many in one step (an import; undoText names it, "Add n feedback items"
// when empty) and returns their ids in order.
Result<Id> addFeedback(Document& doc, Feedback item);
Result<QList<Id>> addFeedbackItems(Document& doc, QList<Feedback> items,
                                   const QString& undoText = {});
// Everything of an item, its card too; a redacted item's words stay empty.
Error editFeedback(Document& doc, const Feedback& after);
// Onto a card, or back to the inbox (cardId 0); repeated ids count once.
Error moveFeedback(Document& doc, const QList<Id>& feedbackIds, Id cardId);
// Removes the items' words and keeps the items (they still count): the
// history records that they were redacted, never the words.
Error redactFeedback(Document& doc, const QList<Id>& feedbackIds);
Error removeFeedback(Document& doc, const QList<Id>& feedbackIds);

// Stages and lanes of a journey; position -1 = at the end.
Result<Id> addStage(Document& doc, Id journeyId, const QString& name, int position = -1);
Error editStage(Document& doc, const Stage& after, Merge merge = Merge::No);
Error renameStage(Document& doc, Id stageId, const QString& name, Merge merge = Merge::No);
Error moveStage(Document& doc, Id stageId, int toPosition);
Error removeStage(Document& doc, Id stageId); // with its cards and their links

Result<Id> addLane(Document& doc, Id journeyId, const QString& name, LaneKind kind,
                   int position = -1);
Error editLane(Document& doc, const Lane& after, Merge merge = Merge::No);
Error renameLane(Document& doc, Id laneId, const QString& name, Merge merge = Merge::No);
// A lane's kind, changed after it was added (its cards stay): one undo step.
Error setLaneKind(Document& doc, Id laneId, LaneKind kind);
Error moveLane(Document& doc, Id laneId, int toPosition);
Error removeLane(Document& doc, Id laneId);

// Departments. Names, and short names when given, are unique whatever their
// capitals: an add or edit that would repeat one is refused. Removing one that
// owns cards hands them to replacementId (0 = they become unowned); no card
// keeps a dangling id.
Result<Id> addDepartment(Document& doc, Department department);
Error editDepartment(Document& doc, const Department& after, Merge merge = Merge::No);
Error moveDepartment(Document& doc, Id departmentId, int toPosition);
Error removeDepartment(Document& doc, Id departmentId, Id replacementId = 0);

// Personas and journeys.
Result<Id> addPersona(Document& doc, Persona persona);
Error editPersona(Document& doc, const Persona& after, Merge merge = Merge::No);
Error removePersona(Document& doc, Id personaId);
Result<Id> addJourney(Document& doc, Journey journey);
Error editJourney(Document& doc, const Journey& after, Merge merge = Merge::No);
// A deep copy of a journey, right after it: its description and persona, its
// stages, lanes, cards (each in the matching new cell) and links, all with new
// ids, under a new name and state. A future-state clone is compared with the
// current-state journey it comes from (Journey::sourceJourneyId: the original,
// or the original's own source when cloning a future state); a current-state
// clone has no source. Returns the new journey's id.
Result<Id> cloneJourney(Document& doc, Id journeyId, const QString& name, JourneyState state);

// New departments, journeys, stages and lanes with cards in them, added in one
// step (CSV and Mermaid imports). A new object has a provisional negative id
// (-1, -2, ... for each kind) by which the others refer to it; a positive id
// refers to an object already in doc. So a card may go into a new stage of an
// existing journey, owned by a new department. Each new object goes at the end
// of its list (departments, journeys, a journey's stages and lanes, a cell's
// cards) in the given order; positions are ignored. Values are checked as by
// the add functions above (a new department's name must be free; a short name
// already taken gets a number: "BF" -> "BF2"); nothing
// changes when one is refused. Returns the new cards' ids in order.
struct NewContent
{
    QList<Department> departments;
    QList<Journey> journeys; // no persona and no source journey, or existing ones
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Card> cards;
    // Where the new stages of an existing journey go: from this column on,
    // in order (-1: at the end).
    int stagePosition = -1;
};
Result<QList<Id>> addContent(Document& doc, const NewContent& content, const QString& undoText);

// Dot voting. Each participant (a unique name) spends at most their budget of
// dots on the cards of each journey. vote adds one of their dots to a card
// (one more vote), unvote takes one back; each is one undo step. Lowering a
// budget below what is spent keeps the dots but allows no new ones.
Result<Id> addParticipant(Document& doc, Participant participant);
Error editParticipant(Document& doc, const Participant& after, Merge merge = Merge::No);
Error removeParticipant(Document& doc, Id participantId); // their dots (and votes) go too
Error vote(Document& doc, Id cardId, Id participantId);
Error unvote(Document& doc, Id cardId, Id participantId);
// A dot on (or off) each of several cards in one step: all, or none when the
// budget (or a card without their dot) refuses one.
Error vote(Document& doc, const QList<Id>& cardIds, Id participantId);
Error unvote(Document& doc, const QList<Id>& cardIds, Id participantId);
// On a team map the voter is the server role: the participant named as it
// (0 while it has not voted yet), and its dot on (delta 1) or off (-1) each
// card in one step; its first vote adds it as a participant with the default
// budget in the same step.
Id userParticipant(const Document& doc);
Error voteAsUser(Document& doc, const QList<Id>& cardIds, int delta);
// Clears every vote on the journey's cards, named or not, in one step.
Error resetVotes(Document& doc, Id journeyId);

// Comments on a card, oldest first. addComment stamps the current time (UTC).
Error addComment(Document& doc, Id cardId, const QString& author, const QString& text);
Error removeComment(Document& doc, Id cardId, int index);

// Links between two cards of one journey, each there once: a second link with
// the same cards, direction and type is refused, whatever its label
// (model/linkrules.h), and so is a retype or a reversal that would make one.
// editLink changes type and label and keeps the link's ends (after's from and
// to are ignored); reverseLink swaps the ends, keeping the link's id, type and
// label. Each is one undo step named after the link (edittext.h).
Result<Id> addLink(Document& doc, Id fromCardId, Id toCardId, LinkType type,
                   const QString& label = {});
Error editLink(Document& doc, const Link& after, Merge merge = Merge::No);
Error reverseLink(Document& doc, Id linkId);
Error removeLink(Document& doc, Id linkId);
Error removeLinks(Document& doc, const QList<Id>& linkIds); // one step

} // namespace cx::edit
