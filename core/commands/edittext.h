#pragma once

// The names of edits in the undo history and the Edit menu: short, and saying
// what changed on which object ("Pain severity of “Credit check”: None → High").

#include "model/document.h"

namespace cx::edit {

// A card's title (or a lane's name) as a history text quotes it: at most 'max'
// characters, with an ellipsis when cut; "untitled card" when empty.
QString quotedTitle(const QString& title, int max = 24);

// The step that turns 'before' into 'after' (the same card): one changed
// field names itself and, for a short value, before → after; several changed
// fields are listed after the card's title.
QString cardEditText(const Document& doc, const Card& before, const Card& after);

// A link as a history text names it: “From” feeds “To”.
QString linkText(const Document& doc, const Link& link);
// The step that turns 'before' into 'after' (the same link): "Type of link
// “A” feeds “B”: feeds → triggers", "Label of link …", "Reverse link …".
QString linkEditText(const Document& doc, const Link& before, const Link& after);

} // namespace cx::edit
