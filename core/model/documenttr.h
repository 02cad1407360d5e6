#pragma once

// The translators' context of the Document's messages (cx::Document), for
// the files that implement it.

#include <QCoreApplication>

namespace cx {

struct DocumentTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Document)
};

} // namespace cx
