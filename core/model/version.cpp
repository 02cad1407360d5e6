#include "version.h"

#include "documenttr.h"

namespace cx {

namespace {

QString folded(const QString& name) { return name.trimmed().toCaseFolded(); }

} // namespace

QString versionNameProblem(const QString& name, const QList<VersionInfo>& existing)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return DocumentTr::tr("A version needs a name");
    // The name is shown in lists and on terminals: one plain line.
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return DocumentTr::tr("A version's name cannot hold control characters");
    }
    if (const VersionInfo* taken = versionNamed(existing, trimmed))
        return DocumentTr::tr("There is already a version called “%1”").arg(taken->name);
    return {};
}

const VersionInfo* versionNamed(const QList<VersionInfo>& versions, const QString& name)
{
    const QString key = folded(name);
    for (const VersionInfo& v : versions) {
        if (folded(v.name) == key)
            return &v;
    }
    return nullptr;
}

} // namespace cx
