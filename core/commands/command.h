#pragma once

// The base of every edit: one QUndoCommand, one SQLite transaction.
// Ownership: a command holds copies (values) of everything it removed, so
// undo can put them back with their ids; the QUndoStack owns the commands.

#include "model/document.h"

#include <QUndoCommand>

namespace cx {

// Merge ids of the mergeable commands, in one place (QUndoCommand::id()).
enum class MergeId
{
    None = -1,
    EditCard = 1,
    EditStage,
    EditLane,
    EditDepartment,
    EditJourney,
    EditPersona,
    EditLink,
    EditTitle,
    EditParticipant,
    EditReviewInterval,
};

class Command : public QUndoCommand
{
public:
    Command(Document& doc, const QString& text, QUndoCommand* parent = nullptr);

    // Run doRedo()/doUndo() inside one transaction. A first redo (the push)
    // that fails marks the command obsolete, so QUndoStack::push drops it; the
    // Document has rolled back, reloaded and reported the error. A later undo
    // or redo that fails leaves the file as it was, which the commands around
    // it no longer match: the history is cleared (after the stack returns).
    void redo() final;
    void undo() final;

protected:
    virtual void doRedo() = 0;
    virtual void doUndo() = 0;

    Document& m_doc;

private:
    void historyBroken();
    bool m_pushed = false;
};

} // namespace cx
