#pragma once

// The context menu on the canvas: the card or cell under the pointer, and
// what can be done to it (vote, comment, cut, copy, duplicate, delete; on an
// empty cell add a card or paste). It offers the main window's own actions.

class QPoint;

namespace cx {

class MainWindow;

void showCanvasMenu(MainWindow& window, const QPoint& viewportPos);

} // namespace cx
