#pragma once

#include <QString>

namespace cx {

// Text cut to at most max characters, an ellipsis marking the cut.
inline QString shortened(const QString& text, int max = 40)
{
    return text.size() <= max ? text : text.left(max - 1).trimmed() + QChar(0x2026);
}

} // namespace cx
