#pragma once

// The leadership report: a multi-page PDF (vector, selectable text, fonts
// embedded) that puts every department on the journey map.
//
// Per journey, in this order (a department report: see departmentLens below):
//   Cover       document title, journey, persona, date, CXMap version, contents
//               (a department report: "For Billing & Finance and IT", and the
//               running header names them too)
//   At a glance one page: the root cause that feeds the most unhappy moments,
//               the chain it runs through and its owner; the pain points and
//               opportunities to act on first, by priority score (a department
//               report: among its departments' processes and items)
//   Summary     counts, the stages with the worst emotion, top pain points and
//               opportunities, departments by the pain points they own, the
//               busiest handoffs (all from core/analysis); may take pages
//   Map         the canvas itself, drawn by the same scene as the screen: on one
//               page when its card text stays >= 6 pt, else tiled over pages
//               that repeat the stage and lane headers, with a key; in a
//               portrait report these pages turn landscape when that takes
//               fewer of them (a landscape report's stay landscape). A map of
//               more than 12 pages gets an overview instead (stages x lanes
//               with cards and pain points, the emotion curve, the top impact
//               chains; one or two pages) and at most 12 detail pages: the
//               tiles with the top chains, the pain points that score highest
//               and, in a department report, its cards (fullMap: every tile).
//               A department report's map fades the cards outside its part
//               (opaque colours, no PDF transparency: as fast as the full map)
//   Department  one section per chosen department, each starting on a page
//   Compare     when the journey has a current or future state counterpart:
//               the cards added, removed and changed and the emotion per stage
//               (once per pair: with the future journey, or with the current
//               one when the report leaves its future state out)
//   Appendix    a table of every card, its header repeated on each page; of a
//               journey of more than 500 cards only those that matter (pain
//               points, opportunities, the top chains' cards), saying how
//               many it leaves out; so do the
//               department sections' card tables (fullAppendix: every card).
//               A department report's appendix: its departments' cards and
//               the cards their chains reach, each with its comments
// Every page but the cover has a running header and "Page N of M".
//
// Threading: the map is painted by a QGraphicsScene, which lives on the GUI
// thread, so the report is written there too -- in steps, one page each
// (ReportWriter::step()). A dialog keeps the window responsive by calling
// step() from a zero-timer (or processEvents() in the progress callback of
// writeReport()) and can cancel between any two pages. The page count is known
// before the first page is written.

#include "model/result.h"
#include "model/types.h"

#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

namespace cx {

class Document;

namespace report {

struct ReportOptions
{
    QList<Id> journeyIds;    // the journeys to report on, in this order; empty = all
    QList<Id> departmentIds; // the department sections, in document order; empty = all
    // A department report (some departments, not all) is about those: their
    // names head its pages, its "At a glance" and appendix are theirs, and
    // with departmentLens its map dims the cards outside their part (their
    // cards and the cards their chains reach; see reportfocus.h).
    bool departmentLens = true;
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool fullMap = false;      // every map tile, however many pages (else at most an overview + 12)
    bool fullAppendix = false; // every card in the appendix and department tables, however many
    QDate date;                // printed on the cover; invalid = today
    // The first day of the period of the department sections' customer
    // feedback and recognition; invalid = the last 90 days (defaultPeriodStart).
    QDate feedbackSince;
};

enum class PageKind
{
    Cover,
    Summary,
    Map,
    Department,
    Compare,
    Appendix,
    Executive, // "At a glance": the page after the cover
};

// One page of the report, as planned.
struct PagePlan
{
    PageKind kind = PageKind::Cover;
    Id journeyId = 0;
    Id departmentId = 0; // Department pages only
    int part = 0;        // the page's index within its section (0 = first)
    int parts = 1;       // the section's pages
    bool operator==(const PagePlan&) const = default;
};

// The structure of a report before it is drawn: every page in order.
struct ReportPlan
{
    QList<PagePlan> pages;
    int pageCount() const { return int(pages.size()); }
    // The pages of a kind, optionally of one journey and one department.
    int count(PageKind kind, Id journeyId = 0, Id departmentId = 0) const;
    // The index (0-based) of a section's first page, or -1.
    int firstPage(PageKind kind, Id journeyId = 0, Id departmentId = 0) const;
};

// The plan of the report that writeReport() would write (an error for an
// unknown journey or department id, or a document without journeys).
Result<ReportPlan> planReport(Document& doc, const ReportOptions& options);

// Writes the report to path. progress(done, total) is called before the first
// page and after each page; returning false cancels: nothing is left at path
// and the error has code Cancelled. On any error no partial file is left.
// Runs on the GUI thread (see above).
Error writeReport(Document& doc, const ReportOptions& options, const QString& path,
                  const std::function<bool(int done, int total)>& progress = {});

} // namespace report
} // namespace cx
