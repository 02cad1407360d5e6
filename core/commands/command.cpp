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
    doRedo();
    const bool failed = bool(tx.commit());
    if (failed && m_pushed)
        historyBroken();
    else if (failed)
        setObsolete(true);
    m_pushed = true;
}

void Command::undo()
{
    Document::Transaction tx(m_doc);
    doUndo();
    if (tx.commit())
        historyBroken(); // reported by the Document; the file is unchanged
}

void Command::historyBroken() { QTimer::singleShot(0, m_doc.undoStack(), &QUndoStack::clear); }

} // namespace cx
