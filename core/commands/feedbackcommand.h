#pragma once

// Adds, changes, moves, redacts and removes feedback items in one step. The
// command holds the items as they were before and as they are after (an item
// only in `before` is removed, one only in `after` added), so undo puts back
// the same ids, words and cards.

#include "command.h"

namespace cx {

class FeedbackCommand : public Command
{
public:
    FeedbackCommand(Document& doc, QList<Feedback> before, QList<Feedback> after,
                    const QString& text);

protected:
    void doRedo() override { apply(m_after, m_before); }
    void doUndo() override { apply(m_before, m_after); }

private:
    // Puts `to` and removes what `from` held that `to` does not.
    void apply(const QList<Feedback>& to, const QList<Feedback>& from);

    QList<Feedback> m_before;
    QList<Feedback> m_after;
};

} // namespace cx
