#include "command.h"

#include <QTimer>
#include <QUndoStack>

namespace cx {

Command::Command(Document& doc, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc)
{
}

void Command::redo()
{
    Document::Transaction tx(m_doc);
    m_doc.setStepText(text(), id() != -1); // a typing step may continue the last
    doRedo();
    const Error err = tx.commit();
    // A step refused because someone else changed its rows on a team map
    // leaves the stack (QUndoStack drops an obsolete command); the others stay.
    if (err && m_pushed && err.code != ErrorCode::Conflict)
        historyBroken();
    else if (err)
        setObsolete(true);
    m_pushed = true;
}

void Command::undo()
{
    Document::Transaction tx(m_doc, true);
    m_doc.setStepText(QStringLiteral("Undo ") + text()); // as the history shows it
    doUndo();
    const Error err = tx.commit(); // reported by the Document; the store is unchanged
    if (err && err.code == ErrorCode::Conflict)
        setObsolete(true);
    else if (err)
        historyBroken();
}

void Command::historyBroken() { QTimer::singleShot(0, m_doc.undoStack(), &QUndoStack::clear); }

} // namespace cx
