#pragma once

// Reading a written PDF back as a reader would, with poppler's tools
// (poppler-utils): its page count, its text, its page sizes.

#include "testprocess.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QStringList>

namespace cx::test {

// Runs a poppler tool, which must succeed, and returns its standard output.
inline QString poppler(const QString& program, const QStringList& args)
{
    const Run r = runProgram(program, args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out;
}

inline int pdfPages(const QString& pdf)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                   QRegularExpression::MultilineOption);
    const auto m = pages.match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

enum class TextOrder
{
    Drawn,  // in the order it was drawn (pdftotext -raw)
    Layout, // as it stands on the page, read line by line
};

// The text of pages first..last (1-based; first 0: every page).
inline QString pdfText(const QString& pdf, int first = 0, int last = 0,
                       TextOrder order = TextOrder::Drawn)
{
    QStringList args;
    if (order == TextOrder::Drawn)
        args << QStringLiteral("-raw");
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last > 0 ? last : first);
    return poppler(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// Text compared without whitespace (titles wrap across lines and cells) and
// with compatibility forms folded (a ligature is its letters).
inline QString squeezed(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

} // namespace cx::test
