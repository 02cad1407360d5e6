#pragma once

// The documents a new file can start from: templates and the sample map,
// shipped as JSON in the program's resources (resources/*.json).

#include "result.h"
#include "types.h"

#include <QStringList>

namespace cx {

// Names accepted by templateData(), e.g. "blank", "home-broadband".
QStringList templateNames();

Result<DocumentData> templateData(const QString& name);

} // namespace cx
