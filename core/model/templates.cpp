#include "templates.h"
#include "documenttr.h"

#include "io/jsonformat.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace cx {

namespace {

const QString templateDir = QStringLiteral(":/templates");
} // namespace

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
                     DocumentTr::tr("No template “%1”; there are: %2")
                         .arg(name, templateNames().join(QStringLiteral(", ")))};
    }
    return fromJson(file.readAll());
}

QList<QColor> departmentPalette()
{
    static const QList<QColor> palette = [] {
        QList<QColor> colors;
        const Result<DocumentData> blank = templateData(QStringLiteral("blank"));
        if (!blank)
            return colors;
        QList<Department> departments = blank->departments;
        std::sort(departments.begin(), departments.end(),
                  [](const Department& a, const Department& b) { return a.position < b.position; });
        for (const Department& d : departments)
            colors.append(d.color);
        return colors;
    }();
    return palette;
}

} // namespace cx
