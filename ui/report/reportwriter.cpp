#include "reportwriter.h"

#include "analysis/actions.h"
#include "analysis/compare.h"
#include "canvas/canvasstyle.h"
#include "i18n/language.h"
#include "model/document.h"
#include "recognitionsheet.h"
#include "reportcontent.h"
#include "reportcover.h"
#include "reportfocus.h"
#include "reportmap.h"
#include "reporttext.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>

namespace cx::report {

namespace {

// The canvas lays its text out with the screen's font metrics, and a font in
// points comes out at (points x device DPI / 72) device units: the PDF uses
// the screen's DPI, so that the scene scales as one piece.
int sceneDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

QString dash() { return QStringLiteral(" \u00b7 "); }

struct Page
{
    PagePlan plan;
    QString heading; // running header, left: document and journey
    QString section; // running header, right
    int cover = -1;  // index into covers
    MapPages* map = nullptr;
    PlacedPage placed;
    bool turned = false; // in the other orientation than the report's (map pages)
};

} // namespace

struct ReportWriter::Private
{
    Private(Document& d, const ReportOptions& o);
    void configure(QPdfWriter& w) const;
    Error choose(QList<Id>& journeys, QList<Id>& departments) const;
    void planJourney(Id journeyId, const QList<Id>& departments);
    QString chosenLabel(bool every) const;              // the chosen departments, named
    std::pair<Id, Id> comparedPair(Id journeyId) const; // {current, future} or {0, 0}
    CoverContent cover(Id journeyId, const QList<Id>& departments) const;
    void addPages(const Flow& flow, const PagePlan& plan, const QString& heading,
                  const QString& section);
    void addMapPages(const JourneyFocus& focus, const QString& heading);
    void paintPage(const Page& page, int number);
    void paintRunning(const Page& page, int number);
    QPageLayout::Orientation otherOrientation() const
    {
        return options.orientation == QPageLayout::Portrait ? QPageLayout::Landscape
                                                            : QPageLayout::Portrait;
    }

    Document& doc;
    ReportOptions options;
    QList<Id> reported; // the journeys of the report
    QList<Id> chosen;   // a department report's departments (some, not all); else empty
    DocumentData data;
    int dpi = sceneDpi();
    QByteArray nothing;
    QBuffer measureBuffer{&nothing};
    QPdfWriter measure{&measureBuffer}; // the device text is measured for
    std::unique_ptr<Styles> styles;
    PageGeometry geometry;
    PageGeometry turned; // the other orientation: the map may read better that way
    QString date;
    std::vector<std::unique_ptr<Block>> blocks;
    std::vector<std::unique_ptr<MapPages>> maps;
    std::vector<CoverContent> covers;
    std::vector<Page> pages;
    ReportPlan plan;
    Error error;

    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QPdfWriter> writer;
    QPainter painter;
    int next = 0;
};

ReportWriter::Private::Private(Document& d, const ReportOptions& o) : doc(d), options(o)
{
    configure(measure);
    styles = std::make_unique<Styles>(&measure);
    geometry = PageGeometry::make(measure.pageLayout(), dpi);
    turned =
        PageGeometry::make(QPageLayout(QPageSize(o.paper), otherOrientation(), QMarginsF()), dpi);
    // The month in the report's language (the one the desktop speaks), in
    // its order ("7 December 2026", "7. Dezember 2026").
    date = QLocale(language::current())
               .toString(o.date.isValid() ? o.date : QDate::currentDate(),
                         ReportTr::tr("d MMMM yyyy", "the report's date, as QDate::toString "
                                                     "reads a format"));
}

void ReportWriter::Private::configure(QPdfWriter& w) const
{
    w.setResolution(dpi);
    w.setPageLayout(QPageLayout(QPageSize(options.paper), options.orientation, QMarginsF()));
    w.setCreator(QStringLiteral("CXMap " CXMAP_VERSION));
    w.setTitle(doc.title());
}

Error ReportWriter::Private::choose(QList<Id>& journeys, QList<Id>& departments) const
{
    journeys = options.journeyIds.isEmpty() ? doc.journeyIds() : options.journeyIds;
    for (Id id : journeys) {
        if (!doc.journey(id))
            return {ErrorCode::InvalidArgument, ReportTr::tr("There is no journey %1.").arg(id)};
    }
    if (journeys.isEmpty())
        return {ErrorCode::InvalidArgument,
                ReportTr::tr("The document has no journey to report on.")};
    for (Id id : options.departmentIds) {
        if (!doc.department(id))
            return {ErrorCode::InvalidArgument, ReportTr::tr("There is no department %1.").arg(id)};
    }
    for (Id id : doc.departmentIds()) {
        if (options.departmentIds.isEmpty() || options.departmentIds.contains(id))
            departments.append(id);
    }
    return {};
}

ReportWriter::ReportWriter(Document& doc, const ReportOptions& options)
    : d(std::make_unique<Private>(doc, options))
{
    QList<Id> journeys, departments;
    d->error = d->choose(journeys, departments);
    if (d->error)
        return;
    d->data = doc.snapshot();
    d->reported = journeys;
    if (!options.departmentIds.isEmpty() && departments.size() < doc.departmentIds().size())
        d->chosen = departments;
    for (Id journeyId : journeys)
        d->planJourney(journeyId, departments);
    for (const Page& p : d->pages)
        d->plan.pages.append(p.plan);
}

ReportWriter::~ReportWriter()
{
    if (d->file)
        cancel();
}

void ReportWriter::Private::addPages(const Flow& flow, const PagePlan& plan, const QString& heading,
                                     const QString& section)
{
    const QList<PlacedPage> placed = flow.paginate();
    for (int i = 0; i < placed.size(); ++i) {
        PagePlan p = plan;
        p.part = i;
        p.parts = int(placed.size());
        pages.push_back({p, heading, section, -1, nullptr, placed[i]});
    }
}

QString ReportWriter::Private::chosenLabel(bool every) const
{
    QStringList names;
    for (Id id : chosen)
        names.append(doc.department(id)->name);
    return departmentsLabel(names, every);
}

void ReportWriter::Private::planJourney(Id journeyId, const QList<Id>& departments)
{
    const JourneyFacts facts(doc, data, journeyId,
                             options.feedbackSince.isValid() ? options.feedbackSince
                                                             : defaultPeriodStart(today(doc)));
    const JourneyFocus focus(facts, options, chosen);
    // "Title · Journey"; a department report's pages add " · Billing & Finance" (paintRunning).
    const QString heading = doc.title().isEmpty()
                                ? doc.journey(journeyId)->name
                                : doc.title() + dash() + doc.journey(journeyId)->name;
    const qreal unit = geometry.mm(1);
    const auto newFlow = [&] { return Flow(blocks, *styles, geometry.content, unit); };

    QList<QPair<QString, int>> contents;
    const auto mark = [&](const QString& title) {
        contents.append({title, int(pages.size()) + 1});
    };

    const int coverPage = int(pages.size());
    pages.push_back(
        {{PageKind::Cover, journeyId, 0, 0, 1}, heading, {}, int(covers.size()), nullptr, {}});
    covers.push_back({});

    mark(ReportTr::tr("At a glance"));
    addPages(buildExecutive(facts, chosen, newFlow), {PageKind::Executive, journeyId}, heading,
             ReportTr::tr("At a glance"));

    mark(ReportTr::tr("Summary", "report section"));
    Flow summary = newFlow();
    buildSummary(facts, summary);
    addPages(summary, {PageKind::Summary, journeyId}, heading,
             ReportTr::tr("Summary", "report section"));

    mark(ReportTr::tr("Journey map"));
    addMapPages(focus, heading);

    const bool listDepartments = departments.size() <= 12;
    if (!listDepartments && !departments.isEmpty())
        mark(ReportTr::tr("Departments (%1)").arg(departments.size()));
    for (int k = 0; k < departments.size(); ++k) {
        const Department* dep = doc.department(departments[k]);
        if (listDepartments)
            mark(dep->name);
        Flow flow = newFlow();
        buildDepartment(facts, focus, dep->id, k, int(departments.size()), flow);
        addPages(flow, {PageKind::Department, journeyId, dep->id}, heading,
                 ReportTr::tr("Department", "table column or section title") + dash() + dep->name);
    }

    if (const auto [current, future] = comparedPair(journeyId); current != 0) {
        mark(ReportTr::tr("Current and future state"));
        Flow compare = newFlow();
        buildComparison(facts, current, future, compare);
        addPages(compare, {PageKind::Compare, journeyId}, heading,
                 ReportTr::tr("Current and future state"));
    }

    mark(appendixTitle(focus));
    Flow appendix = newFlow();
    buildAppendix(facts, focus, appendix);
    addPages(appendix, {PageKind::Appendix, journeyId}, heading,
             ReportTr::tr("Appendix", "report section"));

    CoverContent& c = covers[size_t(pages[size_t(coverPage)].cover)];
    c = cover(journeyId, departments);
    c.contents = contents;
}

// A pair is compared once: in the future journey's part, or in the current
// journey's when the report leaves the future one out.
std::pair<Id, Id> ReportWriter::Private::comparedPair(Id journeyId) const
{
    const Id other = analysis::counterpartJourney(data, journeyId);
    if (other == 0)
        return {0, 0};
    const bool future = doc.journey(journeyId)->state == JourneyState::Future &&
                        doc.journey(journeyId)->sourceJourneyId == other;
    if (future)
        return {other, journeyId};
    if (reported.contains(other))
        return {0, 0};
    return {journeyId, other};
}

// The map's pages. A portrait report's map turns landscape when that takes
// fewer pages; a landscape report's stays landscape, as chosen. A map of more
// than mapPageLimit pages is focused (unless the full map is asked for): an
// overview, landscape unless a portrait report's journey has more lanes than
// stages, then the tiles that matter most.
void ReportWriter::Private::addMapPages(const JourneyFocus& focus, const QString& heading)
{
    const Id journeyId = focus.facts().journeyId;
    // A department report's map: its scope bright, the rest dimmed.
    std::optional<QSet<Id>> lens;
    if (focus.departmentReport() && options.departmentLens)
        lens = focus.departmentScope();
    auto map = std::make_unique<MapPages>(doc, journeyId, lens, *styles, geometry);
    bool turn = false;
    if (options.orientation == QPageLayout::Portrait) {
        auto sideways = std::make_unique<MapPages>(doc, journeyId, lens, *styles, turned);
        turn = sideways->plan().pageCount() < map->plan().pageCount();
        if (turn)
            map = std::move(sideways);
    }
    bool overviewTurned = false;
    if (!options.fullMap && map->plan().pageCount() > mapPageLimit) {
        overviewTurned = options.orientation == QPageLayout::Portrait &&
                         focus.facts().stageIds.size() >= doc.laneIds(journeyId).size();
        map->focus(focus, overviewTurned ? turned : geometry, int(pages.size()) + 1);
    }
    maps.push_back(std::move(map));
    MapPages* m = maps.back().get();
    for (int i = 0; i < m->pageCount(); ++i)
        pages.push_back({{PageKind::Map, journeyId, 0, i, m->pageCount()},
                         heading,
                         ReportTr::tr("Journey map"),
                         -1,
                         m,
                         {},
                         i < m->overviewPageCount() ? overviewTurned : turn});
}

CoverContent ReportWriter::Private::cover(Id journeyId, const QList<Id>& departments) const
{
    const Journey* j = doc.journey(journeyId);
    CoverContent c;
    c.documentTitle = doc.title().isEmpty() ? ReportTr::tr("Customer journey") : doc.title();
    c.journeyName = j->name;
    c.future = j->state == JourneyState::Future;
    c.journeyState = c.future ? ReportTr::tr("Future state") : ReportTr::tr("Current state");
    c.journeyDescription = j->description;
    if (const Persona* p = doc.persona(j->personaId)) {
        c.personaName = p->name;
        c.personaDescription = p->description;
        c.personaGoals = p->goals;
        c.personaFrustrations = p->frustrations;
    }
    c.date = date;
    c.version = QStringLiteral(CXMAP_VERSION);
    c.departments = chosenLabel(false);
    if (options.departmentIds.isEmpty()) {
        c.scope = ReportTr::tr("Department sections: all %1 departments.").arg(departments.size());
    } else {
        QStringList names;
        for (Id id : departments)
            names.append(doc.department(id)->name);
        c.scope = ReportTr::tr("Department sections: %1.").arg(names.join(QStringLiteral(", ")));
    }
    for (Id id : doc.departmentIds())
        c.departmentColors.append(canvas::departmentColor(doc.department(id)));
    return c;
}

Error ReportWriter::error() const { return d->error; }
const ReportPlan& ReportWriter::plan() const { return d->plan; }
int ReportWriter::pagesWritten() const { return d->next; }

Error ReportWriter::begin(const QString& path)
{
    if (d->error)
        return d->error;
    const auto failed = [&](const QString& why) {
        cancel();
        return Error{
            ErrorCode::Io,
            ReportTr::tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), why)};
    };
    d->file = std::make_unique<QSaveFile>(path);
    if (!d->file->open(QIODevice::WriteOnly))
        return failed(d->file->errorString());
    d->writer = std::make_unique<QPdfWriter>(d->file.get());
    d->configure(*d->writer);
    if (!d->painter.begin(d->writer.get()))
        return failed(ReportTr::tr("the PDF could not be started"));
    d->next = 0;
    return {};
}

Error ReportWriter::step()
{
    if (!d->painter.isActive())
        return {ErrorCode::InvalidArgument, ReportTr::tr("The report is not being written.")};
    if (atEnd())
        return {};
    const Page& page = d->pages[size_t(d->next)];
    if (d->next > 0) {
        if (page.turned != d->pages[size_t(d->next - 1)].turned)
            d->writer->setPageOrientation(page.turned ? d->otherOrientation()
                                                      : d->options.orientation);
        if (!d->writer->newPage())
            return {ErrorCode::Io,
                    ReportTr::tr("Cannot start page %1 of the report.").arg(d->next + 1)};
    }
    d->paintPage(page, d->next + 1);
    ++d->next;
    return {};
}

Error ReportWriter::finish()
{
    if (!d->file)
        return {ErrorCode::InvalidArgument, ReportTr::tr("The report is not being written.")};
    d->painter.end();
    d->writer.reset();
    const bool ok = d->file->error() == QFileDevice::NoError && d->file->commit();
    const QString why = d->file->errorString();
    const QString path = d->file->fileName();
    d->file.reset();
    if (!ok)
        return {ErrorCode::Io,
                ReportTr::tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), why)};
    return {};
}

void ReportWriter::cancel()
{
    if (d->painter.isActive())
        d->painter.end();
    d->writer.reset();
    if (d->file)
        d->file->cancelWriting();
    d->file.reset(); // an uncommitted QSaveFile removes its temporary file
    for (auto& map : d->maps)
        map->release();
}

void ReportWriter::Private::paintPage(const Page& page, int number)
{
    switch (page.plan.kind) {
    case PageKind::Cover:
        paintCover(painter, covers[size_t(page.cover)], *styles, geometry);
        return; // no running header on the cover
    case PageKind::Map:
        page.map->paint(painter, page.plan.part);
        if (page.plan.part == page.plan.parts - 1)
            page.map->release();
        break;
    default:
        for (const Placed& p : page.placed) {
            if (p.first)
                p.block->paintFirst(painter, p.pos);
            else
                p.block->paint(painter, p.pos);
        }
        break;
    }
    paintRunning(page, number);
}

void ReportWriter::Private::paintRunning(const Page& page, int number)
{
    const PageGeometry& g = page.turned ? turned : geometry;
    const QRectF h = g.header;
    const TextStyle& left = styles->small;
    const TextStyle& right = styles->smallBold;
    const qreal sectionW =
        std::min(h.width() * 0.45, right.metrics.horizontalAdvance(page.section));
    TextBox section = wrapText(page.section, right, sectionW, 1, Qt::AlignRight);
    section.color = palette::navy;
    const qreal baseline = h.bottom() - g.mm(2.5);
    section.paint(painter, QPointF(h.right() - sectionW, baseline - right.metrics.ascent()));
    // A department report's departments stay whole; a long title gives way.
    const qreal headingW = h.width() - sectionW - g.mm(6);
    QString heading = page.heading;
    if (!chosen.isEmpty()) {
        const QString whose = dash() + chosenLabel(false);
        const qreal room = headingW - left.metrics.horizontalAdvance(whose);
        heading =
            left.metrics.elidedText(heading, Qt::ElideRight, std::max<qreal>(room, 0)) + whose;
    }
    wrapText(heading, left, headingW, 1)
        .paint(painter, QPointF(h.left(), baseline - left.metrics.ascent()));
    painter.setPen(rulePen(palette::rule, g.mm(0.2)));
    painter.drawLine(h.bottomLeft(), h.bottomRight());

    const QRectF f = g.footer;
    const QString pageText = ReportTr::tr("Page %1 of %2").arg(number).arg(pages.size());
    const qreal pageW = left.metrics.horizontalAdvance(pageText);
    wrapText(pageText, left, pageW, 1).paint(painter, QPointF(f.right() - pageW, f.top()));
    wrapText(ReportTr::tr("Customer journey report") + dash() + date, left,
             f.width() - pageW - g.mm(6), 1)
        .paint(painter, QPointF(f.left(), f.top()));
}

} // namespace cx::report
