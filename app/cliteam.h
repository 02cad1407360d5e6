#pragma once

// The command line's team-server verbs: `cxmap server init URL`,
// `cxmap publish FILE URL --map NAME [--replace]`,
// `cxmap pull URL --map NAME OUT` and `cxmap list URL`; and team maps as the
// source of `stats`, `check` and `export` (URL --map NAME where they take a
// FILE). URL is anything libpq takes: a postgresql:// URI, "key=value ...",
// or "" for the PG* variables alone.

#include "model/document.h"
#include "model/result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cx::cli {

int cmdServer(const QStringList& args);
int cmdPublish(const QStringList& args);
int cmdPull(const QStringList& args);
int cmdList(const QStringList& args);

// --map NAME, for the verbs that read a map from a file or a team server.
void addMapOption(QCommandLineParser& p);

// The map a verb works on, opened: its first positional FILE, or with --map
// NAME that map on the team server at URL, where its history, reviews and
// actions are the server's and every change is checked by it.
Result<std::unique_ptr<Document>> openMap(const QCommandLineParser& p, bool readOnly);
// How messages name that map: the file, or "map “NAME”".
QString mapLabel(const QCommandLineParser& p);

// Where a reading verb finds its map. Without --map, the FILE itself; with
// it, FILE is the server's URL and the map is read into a temporary file
// that lives as long as this object.
class MapSource
{
public:
    // Empty on success; else the message to print.
    QString resolve(const QCommandLineParser& p, const QString& positional);
    // The file to read.
    const QString& file() const { return m_file; }
    // How messages name the map: the file, or "map “NAME” on SERVER".
    const QString& label() const { return m_label; }

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_label;
};

} // namespace cx::cli
