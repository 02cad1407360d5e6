#pragma once

// The recognition sheet (issue 20): one page per department to share in a
// newsletter or on a wall. It credits the department with the praise its work
// earned in the period (analysis/recognition.h): the praised customer moments
// it owns, those its back-stage and support work fed, the cards that fed the
// most, and a few of the customers' own words of praise (never redacted ones).
// A PDF (vector, fonts embedded) or a PNG (A4 at 150 dpi).

#include "model/result.h"
#include "model/types.h"

#include <QDate>
#include <QString>

class QPainter;
class QPaintDevice;
class QRectF;

namespace cx {

class Document;

namespace report {

struct RecognitionSheetOptions
{
    Id departmentId = 0;
    QDate since; // the period's first day (invalid: the last 90 days)
    QDate today; // printed as the day it was made; invalid: today
};

// Writes the sheet to path: .png gives a picture, anything else a PDF. The
// file appears only when complete; a failure names the problem.
Error writeRecognitionSheet(const Document& doc, const RecognitionSheetOptions& options,
                            const QString& path);

// The period a sheet, a digest or a report section covers when nothing says
// otherwise: the last 90 days up to today (DESIGN.md, "the period").
QDate defaultPeriodStart(const QDate& today);

} // namespace report
} // namespace cx
