#pragma once

// Writes the report page by page, so that the GUI can show progress, stay
// responsive and cancel (see report.h for the page structure and why this
// runs on the GUI thread).
//
//   ReportWriter w(doc, options);       // plans every page: pageCount() is known
//   if (w.error()) ...                  // unknown journey or department
//   w.begin(path);
//   while (!w.atEnd()) w.step();        // one page each; cancel() in between
//   w.finish();                         // the file appears at path only now
//
// The document must not change while the writer lives (the export dialog is
// modal). A writer destroyed before finish() leaves no file.

#include "report.h"

#include <memory>

namespace cx::report {

class ReportWriter
{
public:
    ReportWriter(Document& doc, const ReportOptions& options);
    ~ReportWriter();
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    // Why the options cannot be reported on (then the plan is empty).
    Error error() const;
    const ReportPlan& plan() const;
    int pageCount() const { return plan().pageCount(); }
    int pagesWritten() const;
    bool atEnd() const { return pagesWritten() >= pageCount(); }

    // Opens the output; the file appears at path on finish().
    Error begin(const QString& path);
    // Draws the next page.
    Error step();
    // Completes the file after the last page.
    Error finish();
    // Stops and discards what was written.
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cx::report
