#pragma once

// A tool tip as the user reads it: map text in tool tips is set as plain text
// converted to rich text (uitext.h plainToolTip); this gives the plain text
// back, one line per paragraph.

#include <QString>
#include <QTextDocumentFragment>

namespace cx::test {

inline QString tipText(const QString& tip)
{
    return QTextDocumentFragment::fromHtml(tip).toPlainText();
}

} // namespace cx::test
