#include "report.h"

#include "reporttext.h"
#include "reportwriter.h"

#include <algorithm>

namespace cx::report {

namespace {

bool matches(const PagePlan& p, PageKind kind, Id journeyId, Id departmentId)
{
    return p.kind == kind && (journeyId == 0 || p.journeyId == journeyId) &&
           (departmentId == 0 || p.departmentId == departmentId);
}

} // namespace

int ReportPlan::count(PageKind kind, Id journeyId, Id departmentId) const
{
    return int(std::count_if(pages.begin(), pages.end(), [&](const PagePlan& p) {
        return matches(p, kind, journeyId, departmentId);
    }));
}

int ReportPlan::firstPage(PageKind kind, Id journeyId, Id departmentId) const
{
    for (int i = 0; i < pages.size(); ++i) {
        if (matches(pages[i], kind, journeyId, departmentId))
            return i;
    }
    return -1;
}

Result<ReportPlan> planReport(Document& doc, const ReportOptions& options)
{
    const ReportWriter writer(doc, options);
    if (Error e = writer.error())
        return e;
    return writer.plan();
}

Error writeReport(Document& doc, const ReportOptions& options, const QString& path,
                  const std::function<bool(int done, int total)>& progress)
{
    ReportWriter writer(doc, options);
    if (Error e = writer.error())
        return e;
    const int total = writer.pageCount();
    const auto cancelled = [&writer] {
        writer.cancel();
        return Error{ErrorCode::Cancelled, ReportTr::tr("The report was cancelled.")};
    };
    if (progress && !progress(0, total))
        return cancelled();
    if (Error e = writer.begin(path))
        return e;
    while (!writer.atEnd()) {
        if (Error e = writer.step()) {
            writer.cancel();
            return e;
        }
        if (progress && !progress(writer.pagesWritten(), total))
            return cancelled();
    }
    return writer.finish();
}

} // namespace cx::report
