#pragma once

// Internal helpers of the edit facade (edit.h), shared by its source files.
// Not for callers outside core/commands.

#include "model/document.h"

#include <QSet>

class QUndoCommand;

namespace cx::edit::detail {

Error invalid(const QString& message);
// Refuses text the file cannot keep exactly (a NUL, a lone surrogate), naming the field.
Error unstorable(const QString& text, const QString& field);

// Pushes the command onto the document's undo stack (one undo step, one
// transaction); refused for a read-only document. Returns the outcome.
Error push(Document& doc, QUndoCommand* command);
template <typename T>
Result<T> pushAdding(Document& doc, QUndoCommand* command, T added)
{
    if (Error err = push(doc, command))
        return err;
    return added;
}

// Checks a card's values and tidies its contributing list. The ids in
// newDepartments count as departments too (added in the same step).
Error normalizeCard(const Document& doc, Card& c, const QSet<Id>& newDepartments = {});

// Refuses a second link with the same cards, direction and type
// (model/linkrules.h), naming the cards by title.
Error duplicateLink(const QString& fromTitle, const QString& toTitle, LinkType type);
// The same refusal when doc has another link (not exceptId) with l's key.
Error checkNotDuplicate(const Document& doc, const Link& l, Id exceptId = 0);

// Whether the stage and the lane exist and belong to one journey.
bool sameJourney(const Document& doc, Id stageId, Id laneId);

// The department of doc, other than exceptId, whose short name is 'shortName'
// whatever its capitals; null for none or an empty short name.
const Department* departmentWithShortName(const Document& doc, const QString& shortName,
                                          Id exceptId = 0);
// The refusal of a short name another department has.
Error shortNameTaken(const QString& shortName, const QString& holder);

int endIfNegative(int position, qsizetype size);

// On a team map, why this role may not delete the card: it holds others'
// votes or comments, which the server lets only a facilitator write in
// someone else's name, so an undo could not put them back. Empty when it may.
QString othersWordsRefusal(const Document& doc, const Card& card);

} // namespace cx::edit::detail
