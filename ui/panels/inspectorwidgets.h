#pragma once

// Small helpers the Inspector's files share to make their widgets.

#include <QLabel>
#include <QString>

#include <optional>

namespace cx::inspector {

// The widget, with an object name for tests and a name for screen readers.
template <typename W>
W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// A label for read-only text that can be selected and wraps.
inline QLabel* textLabel()
{
    auto* label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// "+2", "−1", "0".
QString signedNumber(int v);
// "−1 Frustrated": the same words as the canvas; a dash when not rated.
QString emotionText(std::optional<int> emotion);

} // namespace cx::inspector
