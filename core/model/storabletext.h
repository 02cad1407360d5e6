#pragma once

// Text a map can hold exactly. The file keeps text as UTF-8, which has no form
// for a lone UTF-16 surrogate (it would come back as "?"), and a NUL ends text
// for too many of its readers (C strings, terminals, spreadsheets). Such text
// is refused where it comes in, with the place named (a JSON path, a CSV line
// and column, a field); it is never changed silently.

#include <QString>

namespace cx {

// Empty when text can be kept as it is; else what stands in the way, e.g.
// "a lone surrogate U+D800 at character 5".
QString unstorableText(const QString& text);

} // namespace cx
