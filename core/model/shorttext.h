#pragma once

#include <QCoreApplication>
#include <QString>

namespace cx {

// Text cut to at most max characters, an ellipsis marking the cut.
inline QString shortened(const QString& text, int max = 40)
{
    return text.size() <= max ? text : text.left(max - 1).trimmed() + QChar(0x2026);
}

// Map text quoted in a sentence, with the quotation marks of the loaded
// translation's language ("“Checkout”", „Checkout“).
inline QString inQuotes(const QString& text)
{
    return QCoreApplication::translate("cx::Quote", "“%1”").arg(text);
}

} // namespace cx
