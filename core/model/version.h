#pragma once

// Named versions of a map ("after the 12 November workshop"): the whole map
// as it was at a moment, kept in the map's own file under a name, to compare
// with later (analysis/versioncompare.h) or to restore as a new map. Taking
// one is not an edit of the map: it is no undo step and records no history.

#include "types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cx {

// One named version, without its data (Document::version reads that).
struct VersionInfo
{
    Id id = 0;
    QString name;
    QDateTime at; // UTC
    QString who;
    bool operator==(const VersionInfo&) const = default;
};

// Why `name` cannot name a new version next to `existing`: empty, taken
// (case-insensitive, spaces around it ignored), or holding a control
// character. Empty when it may.
QString versionNameProblem(const QString& name, const QList<VersionInfo>& existing);

// The version called `name` (case-insensitive, trimmed), or nullptr.
const VersionInfo* versionNamed(const QList<VersionInfo>& versions, const QString& name);

} // namespace cx
