#pragma once

// For tests that run programs and read or write files: cxmap itself (the
// command line, as a user runs it) and poppler's tools. Catch2 assertions
// inside, so only for test files.

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStringList>

namespace cx::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Runs program to its end (two minutes at most); a crash fails the test.
inline Run runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The command line under test.
inline Run cxmap(const QStringList& args) { return runProgram(QStringLiteral(CXMAP_CLI), args); }

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace cx::test
