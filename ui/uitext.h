#pragma once

// Small text helpers shared by the widgets.

#include "model/shorttext.h" // shortened()

#include <QString>
#include <QTextDocument>

namespace cx {

// "1 card", "3 cards": tr()'s %n only picks a plural form when a translation
// is loaded, so the English forms are spelled out. 'one' and 'many' hold %1.
inline QString counted(int n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

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
