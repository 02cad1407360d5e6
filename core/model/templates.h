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

// The colour-blind-safe department colours: those of the blank template's
// default departments, in order (empty when the templates are not compiled in).
QList<QColor> departmentPalette();

} // namespace cx
