#include "templates.h"

#include "io/jsonformat.h"

#include <QDir>
#include <QFile>

namespace cx {

namespace {
const QString templateDir = QStringLiteral(":/templates");
}

QStringList templateNames()
{
    QStringList names;
    const QStringList files = QDir(templateDir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& f : files)
        names.append(f.chopped(5));
    return names;
}

Result<DocumentData> templateData(const QString& name)
{
    QFile file(templateDir + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("No template “%1”; there are: %2")
                         .arg(name, templateNames().join(QStringLiteral(", ")))};
    }
    return fromJson(file.readAll());
}

} // namespace cx
