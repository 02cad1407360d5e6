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

// Whether the stage and the lane exist and belong to one journey.
bool sameJourney(const Document& doc, Id stageId, Id laneId);

int endIfNegative(int position, qsizetype size);

} // namespace cx::edit::detail
