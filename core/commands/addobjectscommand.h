#pragma once

// Adds new objects in one step: copies of cards with the links among them
// (insert, duplicate, paste), a whole journey with its stages, lanes, cards
// and links (clone), or imported departments, journeys, stages, lanes and
// cards (CSV, Mermaid). The command holds them with their ids, so a redo after
// an undo puts back the same ids.

#include "command.h"

namespace cx {

// What one AddObjectsCommand adds. Redo inserts parents first, each list in
// its order, every object at its position in the document as it stands at
// that moment; undo removes them in the reverse order.
struct NewObjects
{
    QList<Department> departments;
    QList<Journey> journeys;
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Card> cards;
    QList<Link> links;
};

class AddObjectsCommand : public Command
{
public:
    AddObjectsCommand(Document& doc, NewObjects objects, const QString& text);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    NewObjects m_objects;
};

} // namespace cx
