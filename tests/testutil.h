#pragma once

// Shared helpers for the tests: temporary paths and small fixture documents.

#include "model/types.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cx {
class Document;
}

namespace cx::test {

// A fresh temporary directory per test; removed at the end.
class TempDir
{
public:
    TempDir();
    QString file(const QString& name) const;
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A small document with every kind of object and every field set: two
// departments, a persona, one journey with 3 stages, 3 lanes, 5 cards, 2 links.
DocumentData smallDocument();

// The small document made into the file "doc.cxmap" in dir, open; a failure
// stops the run with a message.
std::unique_ptr<Document> smallDocumentFile(const TempDir& dir);

// The bundled sample workshop map (resources/templates/home-broadband.json);
// a checkout without it stops the run with a message.
DocumentData sampleDocument();
// The sample map made into a file in dir; its path.
QString sampleMapFile(const TempDir& dir, const QString& name = QStringLiteral("sample.cxmap"));

// The journeys, stages, lanes and department names of a document by id, for
// tests that read cards by the places around them. Points into d, which must
// outlive it.
struct Places
{
    explicit Places(const DocumentData& d);
    QHash<Id, const Journey*> journeys;
    QHash<Id, const Stage*> stages;
    QHash<Id, const Lane*> lanes;
    QHash<Id, QString> departments;
};

// What a crash right now would leave: the file and its write-ahead log are
// copied aside and read by a fresh store. An open document holds its file
// exclusively, so this is how tests look at the disk behind its back.
DocumentData onDisk(const QString& path);

} // namespace cx::test
