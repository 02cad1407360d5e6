// Named versions of the Document (model/version.h): the Document turns the
// map into JSON (io/jsonformat.h) and back; the store keeps the rows.

#include "document.h"
#include "documenttr.h"

#include "io/jsonformat.h"
#include "store/documentstore.h"

#include <QFileInfo>

namespace cx {

Result<Id> Document::createVersion(const QString& name)
{
    // Taking a version changes nothing on the map, so it is no command and
    // no undo step: undoing edits later must not remove it.
    if (isReadOnly())
        return Error{ErrorCode::ReadOnly,
                     DocumentTr::tr("The map is read-only, so no version can be taken: %1")
                         .arg(readOnlyReason())};
    if (m_txDepth > 0)
        return Error{ErrorCode::InvalidArgument,
                     DocumentTr::tr("A version cannot be taken during an edit")};
    Result<QList<VersionInfo>> existing = m_store->versions();
    if (!existing)
        return existing.error();
    if (const QString problem = versionNameProblem(name, existing.value()); !problem.isEmpty())
        return Error{ErrorCode::InvalidArgument, problem};
    return m_store->createVersion(name.trimmed(), now(), author(),
                                  toJson(snapshot(), FeedbackWords::LeftOut));
}

Result<QList<VersionInfo>> Document::versions() const { return m_store->versions(); }

Result<DocumentData> Document::version(Id id) const
{
    Result<QByteArray> json = m_store->versionData(id);
    if (!json)
        return json.error();
    Result<DocumentData> data = fromJson(json.value());
    if (!data)
        return Error{ErrorCode::Damaged,
                     DocumentTr::tr("Version %1 is damaged: %2").arg(id).arg(data.error().message)};
    return data;
}

Error Document::restoreVersion(Id id, const QString& path) const
{
    if (QFileInfo::exists(path))
        return Error{ErrorCode::InvalidArgument,
                     DocumentTr::tr("%1 exists: a version is restored as a new map").arg(path)};
    Result<DocumentData> data = version(id);
    if (!data)
        return data.error();
    Result<std::unique_ptr<Document>> created = create(path, data.value());
    return created ? Error{} : created.error();
}

} // namespace cx
