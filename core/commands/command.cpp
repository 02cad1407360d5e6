#include "command.h"

namespace cx {

Command::Command(Document& doc, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc)
{
}

void Command::redo()
{
    Document::Transaction tx(m_doc);
    doRedo();
    if (tx.commit())
        setObsolete(true);
}

void Command::undo()
{
    Document::Transaction tx(m_doc);
    doUndo();
    tx.commit(); // a failure is reported by the Document; the file is unchanged
}

} // namespace cx
