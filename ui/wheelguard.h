#pragma once

// A field without keyboard focus never takes the mouse wheel. Qt lets a combo
// box, spin box or slider change its value under the wheel whether it has focus
// or not; here every such change is a durable edit, so a user scrolling a panel
// over its fields would silently rewrite the map.
//
// One application-wide event filter guards every field of every window, dialog
// and on-demand editor (those Qt makes inside tables too), present and future:
// - when a field is polished, before it is first shown, a focus policy that
//   takes focus from the wheel becomes StrongFocus (Tab or click), so the wheel
//   never hands it focus;
// - the wheel over a field without focus is ignored, so Qt passes it on to the
//   field's parents: the scroll area around it scrolls.
// A field with focus takes the wheel as Qt users expect.

class QWidget;

namespace cx {

// Installs the guard on the running QApplication, once; later calls do nothing.
void installWheelGuard();

// A field that the wheel would change: a combo box, a spin box of any kind or a
// slider (a scroll bar is not a field).
bool isWheelGuarded(const QWidget* widget);

} // namespace cx
