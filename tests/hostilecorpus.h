#pragma once

// The hostile files: what a map from a stranger may be. makeHostileCorpus
// writes them into a folder (the tests use a fresh one each run; the tool
// cxmap_hostile_corpus writes them where it is told, see data/hostile/).
// Each is either refused with a message that contains 'message', or opened
// safely ('message' empty), with nothing run that the file brought along.

#include <QList>
#include <QString>

namespace cx::test {

struct HostileFile
{
    QString name;      // what it is, for test output
    QString path;      // a file or a folder
    QString message;   // part of the refusal; empty = it opens safely
    bool json = false; // a JSON file to import, not a map to open
};

QList<HostileFile> makeHostileCorpus(const QString& dir);

// The name of the table that the corpus's triggers would write to: it must
// stay empty, whatever is done to the map.
inline constexpr const char* hostileTrap = "trap";

} // namespace cx::test
