#pragma once

// Word-wrapped rows in a QTreeWidget. QTreeView sizes its rows as if no text
// ever wrapped, so a long card title is either elided or cut off; these set
// each row's height to what its wrapped text needs at the column's width.
// Used by the Departments and Compare docks.

#include <functional>

class QTreeWidget;

namespace cx {

// Turns wrapping on for column 0 (no eliding, per-pixel scrolling). Whenever
// the column is resized, on the next turn of the event loop, refit runs (by
// default fitWrappedRows; a refit of one's own should call it too).
void wrapRows(QTreeWidget* tree, std::function<void()> refit = {});

// Refits the rows of column 0 to their wrapped text: call after filling the tree.
void fitWrappedRows(QTreeWidget* tree);

} // namespace cx
