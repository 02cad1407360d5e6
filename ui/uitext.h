#pragma once

// Small text helpers shared by the widgets.

#include "model/shorttext.h" // shortened()

#include <QString>
#include <QTextDocument>

namespace cx {

// Text shown in a menu as it is: '&' would otherwise mark a shortcut letter.
inline QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// A tool tip that holds map text: shown as plain text, line breaks kept. A
// tool tip Qt takes for rich text would render a title such as
// "<img src=...>" as HTML.
inline QString plainToolTip(const QString& text)
{
    return text.isEmpty() ? text : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace cx
