#pragma once

// Add, edit and move any one object (department, persona, journey, stage,
// lane, card, link). The Document primitive is picked by the object's type
// (see objectops.h).

#include "command.h"
#include "edittext.h"
#include "objectops.h"

namespace cx {

// Inserts a copy of the object (with its id) on redo, removes it on undo.
template <typename T>
class AddCommand : public Command
{
public:
    AddCommand(Document& doc, T object, const QString& text)
        : Command(doc, text), m_object(std::move(object))
    {
    }

protected:
    void doRedo() override { ops::insert(m_doc, m_object); }
    void doUndo() override { ops::remove(m_doc, m_object); }

private:
    T m_object;
};

// Replaces the object's fields: 'before' on undo, 'after' on redo. Typing in
// one field pushes one command per keystroke: with merging on, consecutive
// edits of the same fields of the same object become one undo step, and a
// step that ends where it started disappears.
template <typename T>
class EditCommand : public Command
{
public:
    EditCommand(Document& doc, T before, T after, MergeId mergeId, bool merge, const QString& text)
        : Command(doc, text), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeId(mergeId), m_merge(merge)
    {
        setObsolete(m_before == m_after); // nothing to do: no undo step
    }

    int id() const override { return m_merge ? int(m_mergeId) : -1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const EditCommand<T>*>(other);
        // A failed (obsolete) edit never merges: its value was not written.
        if (!next || next->isObsolete() || !next->m_merge || next->m_before.id != m_after.id ||
            !(next->m_before == m_after) || !sameFields(*next))
            return false;
        m_after = next->m_after;
        setObsolete(m_before == m_after);
        if constexpr (std::is_same_v<T, Card>)
            setText(edit::cardEditText(m_doc, m_before, m_after)); // the whole step
        else if constexpr (std::is_same_v<T, Link>)
            setText(edit::linkEditText(m_doc, m_before, m_after));
        return true;
    }

protected:
    void doRedo() override { ops::change(m_doc, m_before, m_after); }
    void doUndo() override { ops::change(m_doc, m_after, m_before); }

private:
    // Both steps changed the same fields (e.g. both typed in the title).
    bool sameFields(const EditCommand<T>& next) const
    {
        if constexpr (std::is_same_v<T, Card>)
            return changedFields(m_before, m_after) == changedFields(next.m_before, next.m_after);
        else if constexpr (std::is_same_v<T, Persona>)
            return personaFields(m_before, m_after) == personaFields(next.m_before, next.m_after);
        else
            return true;
    }

    // Which of a persona's texts differ, one bit each.
    static int personaFields(const Persona& a, const Persona& b)
    {
        return (a.name != b.name ? 1 : 0) | (a.description != b.description ? 2 : 0) |
               (a.goals != b.goals ? 4 : 0) | (a.frustrations != b.frustrations ? 8 : 0);
    }

    T m_before;
    T m_after;
    MergeId m_mergeId;
    bool m_merge;
};

// Moves a department, journey, stage or lane to another position in its order.
template <typename T>
class MoveCommand : public Command
{
public:
    MoveCommand(Document& doc, T object, int to, const QString& text)
        : Command(doc, text), m_object(std::move(object)), m_from(m_object.position), m_to(to)
    {
    }

protected:
    void doRedo() override { ops::move(m_doc, m_object, m_to); }
    void doUndo() override { ops::move(m_doc, m_object, m_from); }

private:
    T m_object;
    int m_from;
    int m_to;
};

} // namespace cx

namespace cx {

// Removes objects nothing else refers to (links, an empty stage...); undo
// puts them back with their ids and positions.
template <typename T>
class RemoveCommand : public Command
{
public:
    RemoveCommand(Document& doc, T object, const QString& text)
        : Command(doc, text), m_objects{std::move(object)}
    {
    }
    RemoveCommand(Document& doc, QList<T> objects, const QString& text)
        : Command(doc, text), m_objects(std::move(objects))
    {
    }

protected:
    void doRedo() override
    {
        for (const T& object : std::as_const(m_objects))
            ops::remove(m_doc, object);
    }
    void doUndo() override
    {
        for (auto it = m_objects.crbegin(); it != m_objects.crend(); ++it)
            ops::insert(m_doc, *it);
    }

private:
    QList<T> m_objects;
};

} // namespace cx
