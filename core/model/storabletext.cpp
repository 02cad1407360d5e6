#include "storabletext.h"

#include <QCoreApplication>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct TextTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Text)
};

} // namespace

QString unstorableText(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i; // a pair: one character beyond the BMP
        } else if (c.isSurrogate()) {
            const QString code = QString::number(c.unicode(), 16).toUpper();
            return TextTr::tr("a lone surrogate U+%1 at character %2").arg(code).arg(i + 1);
        } else if (c.unicode() == 0) {
            return TextTr::tr("a NUL character at character %1").arg(i + 1);
        }
    }
    return {};
}

} // namespace cx
