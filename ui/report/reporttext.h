#pragma once

// The report's user-visible text: ReportTr::tr() marks a string for
// translation (lupdate reads it; the context is cx::report::Report), so the
// PDF report can be written in the language of a loaded translator.

#include <QCoreApplication>

namespace cx::report {

struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::report::Report)
};

} // namespace cx::report
