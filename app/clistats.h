#pragma once

// `cxmap stats`: per-department and per-stage figures of every journey, as
// aligned text for people or JSON for scripts.

#include "model/types.h"

#include <QString>

namespace cx::cli {

QString statsText(const DocumentData& data);
QString statsJson(const DocumentData& data);

} // namespace cx::cli
