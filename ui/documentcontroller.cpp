#include "documentcontroller.h"

#include "analysis/actions.h"
#include "canvas/canvasexport.h"
#include "canvas/journeyscene.h"
#include "feedbackimportdialog.h"
#include "glyphcheck.h"
#include "io/csvformat.h"
#include "io/feedbackcsv.h"
#include "io/jsonformat.h"
#include "io/mermaidformat.h"
#include "mainwindow.h"
#include "model/document.h"
#include "model/picture.h"
#include "model/templates.h"
#include "recentfiles.h"
#include "recognitiondialog.h"
#include "report/recognitionsheet.h"
#include "report/report.h"
#include "reportdialog.h"
#include "teammapdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace cx {

namespace {

// Where a dialog starts: the map's folder, or Documents for a map without one.
QString defaultFolder(const Document* doc)
{
    if (doc && !doc->isUntitled() && !doc->isShared())
        return QFileInfo(doc->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// "/some/where/my map.pdf" for "/some/where/my map.cxmap" and "pdf".
QString suggestedPath(const Document* doc, const QString& suffix)
{
    const QString base = !doc || doc->isUntitled() ? QStringLiteral("journey")
                         : doc->isShared()         ? QStringLiteral("team-map")
                                                   : QFileInfo(doc->path()).completeBaseName();
    return defaultFolder(doc) + QLatin1Char('/') + base + QLatin1Char('.') + suffix;
}

Error writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return {ErrorCode::Io, DocumentController::tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())};
}

} // namespace

DocumentController::DocumentController(MainWindow& window) : QObject(&window), m_w(window) {}

void DocumentController::showMessage(const QString& text, int ms)
{
    m_w.statusBar()->showMessage(text, ms);
}

// --- Open and close ------------------------------------------------------------

bool DocumentController::openFile(const QString& path)
{
    const Document* current = m_w.document();
    if (current && !current->isShared() && QFileInfo(current->path()) == QFileInfo(path)) {
        m_w.raise();
        return true;
    }
    auto doc = Document::open(path);
    if (!doc) {
        if (!QFileInfo::exists(path))
            RecentFiles::remove(path);
        m_w.reportError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), doc.error().message);
        emit recentFilesChanged();
        return false;
    }
    if (!closeDocument())
        return false;
    m_w.setDocument(std::move(doc.value()));
    RecentFiles::add(path);
    emit recentFilesChanged();
    const Document* opened = m_w.document();
    QStringList notes;
    if (opened->isReadOnly())
        notes << tr("Read-only: %1").arg(opened->readOnlyReason());
    // Said once, here: a picture of another kind stays in the file, unshown.
    QStringList unshown;
    for (Id id : opened->personaIds()) {
        const Persona* p = opened->persona(id);
        if (!p->picture.isEmpty() && !isPictureFormat(p->picture))
            unshown << p->name;
    }
    if (!unshown.isEmpty())
        notes << tr("Not shown: the picture of %1 is not PNG or JPEG")
                     .arg(unshown.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        showMessage(notes.join(QStringLiteral(" · ")), 10000);
    return true;
}

bool DocumentController::openTeamMap(const QString& conninfo, const QString& map)
{
    bool needsPassword = false;
    auto doc = Document::openTeam(conninfo, map, {}, &needsPassword);
    if (!doc && needsPassword) {
        bool ok = false;
        const QString password = TeamMapDialog::askPassword(&m_w, conninfo, &ok);
        if (!ok)
            return false;
        doc = Document::openTeam(conninfo, map, password);
    }
    if (!doc) {
        m_w.reportError(tr("Cannot open the team map “%1”").arg(map), doc.error().message);
        return false;
    }
    if (!closeDocument())
        return false;
    m_w.setDocument(std::move(doc.value()));
    TeamMapDialog::remember(conninfo, map);
    const Document* opened = m_w.document();
    showMessage(opened->isReadOnly()
                    ? tr("Read-only: %1").arg(opened->readOnlyReason())
                    : tr("Others' changes appear as they make them; yours are saved as you "
                         "make them"),
                10000);
    return true;
}

bool DocumentController::closeDocument()
{
    Document* doc = m_w.document();
    if (!doc)
        return true;
    QString discard;
    // An untitled map anyone has worked on is worth a question; one just
    // started from a template and left alone is not.
    if (doc->isUntitled() && (doc->cardCount() > 0 || m_w.touched())) {
        const auto answer = QMessageBox::question(
            &m_w, tr("Keep this map?"),
            tr("This map has no name yet. Save it under a name, or discard it?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            saveAs();
            if (doc->isUntitled())
                return false; // the dialog was cancelled or the copy failed
        } else {
            discard = doc->path();
        }
    } else if (doc->isUntitled()) {
        discard = doc->path(); // nothing in it worth keeping
    }
    m_w.setDocument(nullptr);
    if (!discard.isEmpty())
        QFile::remove(discard);
    return true;
}

// --- New, open, save as ---------------------------------------------------------

void DocumentController::newDocument() { startFromTemplate(QStringLiteral("blank")); }

void DocumentController::newFromTemplate()
{
    // Offer the templates by their titles.
    const QStringList names = templateNames();
    QStringList labels;
    for (const QString& n : names) {
        auto d = templateData(n);
        labels << (n == QLatin1String("blank") ? tr("Blank map: stages and blueprint lanes")
                   : d                         ? d.value().title
                                               : n);
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(&m_w, tr("New from Template"), tr("Start from:"),
                                                labels, 0, false, &ok);
    if (ok)
        startFromTemplate(names.value(labels.indexOf(label)));
}

void DocumentController::startFromTemplate(const QString& name)
{
    auto data = templateData(name);
    if (!data)
        return m_w.reportError(tr("Cannot use the template"), data.error().message);
    // The map on screen goes first: if the user keeps it open, no new
    // autosave file is left behind.
    if (!closeDocument())
        return;
    auto doc = Document::createUntitled(data.value());
    if (!doc)
        return m_w.reportError(tr("Cannot start a map"), doc.error().message);
    m_w.setDocument(std::move(doc.value()));
}

void DocumentController::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(&m_w, tr("Open Journey Map"), defaultFolder(m_w.document()),
                                     tr("CXMap maps (*.cxmap);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void DocumentController::chooseTeamMap()
{
    TeamMapDialog dialog(&m_w);
    if (dialog.exec() == QDialog::Accepted)
        openTeamMap(dialog.server(), dialog.map());
}

QString DocumentController::askMapPath(const Document* doc, const QString& title)
{
    QString path = QFileDialog::getSaveFileName(
        &m_w, title, suggestedPath(doc, QStringLiteral("cxmap")), tr("CXMap maps (*.cxmap)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cxmap");
    return path;
}

void DocumentController::saveAs()
{
    Document* doc = m_w.document();
    if (!doc)
        return;
    const QString path = askMapPath(doc, tr("Save Map As"));
    if (path.isEmpty())
        return;
    if (!doc->isUntitled() && QFileInfo(path) == QFileInfo(doc->path()))
        return showMessage(tr("Every edit is already saved in this file"), 5000);
    // A team map stays where the team works: Save As writes an offline copy.
    if (doc->isShared()) {
        if (Error err = doc->saveCopy(path))
            return m_w.reportError(tr("Cannot save as %1").arg(QFileInfo(path).fileName()),
                                   err.message);
        return showMessage(tr("Saved an offline copy as %1; this window stays on the team map")
                               .arg(QDir::toNativeSeparators(path)),
                           8000);
    }
    if (Error err = doc->saveAs(path))
        return m_w.reportError(tr("Cannot save as %1").arg(QFileInfo(path).fileName()),
                               err.message);
    showMessage(tr("Now working on %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// The history names who changed what: this copy is for sharing the map
// without them (the copy's history is empty; this window stays where it is).
void DocumentController::saveCopyWithoutHistory()
{
    Document* doc = m_w.document();
    if (!doc)
        return;
    const QString path = askMapPath(doc, tr("Save a Copy without History"));
    if (path.isEmpty())
        return;
    if (!doc->isShared() && QFileInfo(path) == QFileInfo(doc->path()))
        return m_w.reportError(tr("Cannot save a copy as %1").arg(QFileInfo(path).fileName()),
                               tr("That is this map's own file: choose another name."));
    if (Error err = doc->saveCopy(path, false))
        return m_w.reportError(tr("Cannot save a copy as %1").arg(QFileInfo(path).fileName()),
                               err.message);
    showMessage(tr("Saved a copy without history as %1; this window stays on this map")
                    .arg(QDir::toNativeSeparators(path)),
                8000);
}

// --- Export and import ------------------------------------------------------------

void DocumentController::exportDrawing(const QString& format)
{
    Document* doc = m_w.document();
    if (!doc || !m_w.journey())
        return;
    const bool png = format == QLatin1String("png");
    const QString path = QFileDialog::getSaveFileName(
        &m_w, png ? tr("Export Journey as PNG") : tr("Export Journey as SVG"),
        suggestedPath(doc, format), png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    canvas::RenderOptions options;
    options.journeyId = m_w.journey();
    options.lensDepartment = m_w.lens();
    options.showLinks = m_w.scene()->showLinks();
    options.showCurve = m_w.scene()->showCurve();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Error err =
        png ? canvas::exportPng(*doc, options, path) : canvas::exportSvg(*doc, options, path);
    QApplication::restoreOverrideCursor();
    if (err)
        return m_w.reportError(tr("Cannot export"), err.message);
    showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    if (const QString lost = missingGlyphs(*doc, {m_w.journey()}).warning(); !lost.isEmpty())
        QMessageBox::warning(&m_w, tr("Exported without some characters"), lost);
}

void DocumentController::importFeedback()
{
    Document* doc = m_w.document();
    if (!doc)
        return;
    const QString path = QFileDialog::getOpenFileName(
        &m_w, tr("Import Customer Feedback"), defaultFolder(doc),
        tr("Survey and ticket exports (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > maxFeedbackImportBytes) {
        m_w.reportError(tr("Cannot import feedback"),
                        tr("%1 is larger than 512 MB").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_w.reportError(
            tr("Cannot import feedback"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    FeedbackImportDialog dialog(*doc, path, bytes, &m_w);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = QFileInfo(path).fileName();
    const auto added = cx::importFeedback(*doc, dialog.parsed(), name);
    if (!added)
        m_w.reportError(tr("Cannot import feedback"), added.error().message);
    else
        showMessage(feedbackImportSummaryText(dialog.parsed().summary, name), 10000);
}

void DocumentController::exportFeedbackCsv()
{
    Document* doc = m_w.document();
    if (!doc)
        return;
    const QString path = QFileDialog::getSaveFileName(&m_w, tr("Export Customer Feedback as CSV"),
                                                      suggestedPath(doc, QStringLiteral("csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(feedbackToCsv(*doc, doc->allFeedbackIds())) < 0 || !out.commit()) {
        m_w.reportError(
            tr("Cannot export the feedback"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void DocumentController::exportRecognition()
{
    Document* doc = m_w.document();
    if (!doc)
        return;
    RecognitionDialog dialog(*doc, m_w.lens(), &m_w);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString png = tr("PNG images (*.png)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(&m_w, tr("Export Recognition Sheet"),
                                                suggestedPath(doc, QStringLiteral("pdf")),
                                                pdf + QStringLiteral(";;") + png, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == png ? QStringLiteral(".png") : QStringLiteral(".pdf");
    report::RecognitionSheetOptions options;
    options.departmentId = dialog.department();
    options.since = dialog.since();
    options.today = today(*doc);
    if (const Error err = report::writeRecognitionSheet(*doc, options, path))
        m_w.reportError(tr("Cannot export the recognition sheet"), err.message);
    else
        showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void DocumentController::exportReport()
{
    Document* doc = m_w.document();
    if (!doc)
        return;
    ReportDialog dialog(*doc, m_w.journey(), m_w.lens(), suggestedPath(doc, QStringLiteral("pdf")),
                        &m_w);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Error err = ReportDialog::write(*doc, dialog.options(), dialog.path(), &m_w);
    if (err.code == ErrorCode::Cancelled)
        showMessage(err.message, 5000);
    else if (err)
        m_w.reportError(tr("Cannot export the report"), err.message);
    else
        showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())), 5000);
}

void DocumentController::exportJson()
{
    Document* doc = m_w.document();
    if (!doc)
        return;
    const QString path = QFileDialog::getSaveFileName(&m_w, tr("Export Map as JSON"),
                                                      suggestedPath(doc, QStringLiteral("json")),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    // The export is lossless: the history comes along where the map has one.
    const auto history = doc->history();
    const QByteArray json =
        history ? toJson(doc->snapshot(), history.value()) : toJson(doc->snapshot());
    if (Error err = writeBytes(path, json))
        return m_w.reportError(tr("Cannot export"), err.message);
    showMessage(history ? tr("Exported %1").arg(QDir::toNativeSeparators(path))
                        : tr("Exported %1 without history: %2")
                              .arg(QDir::toNativeSeparators(path), history.error().message),
                5000);
}

void DocumentController::exportTable(const QString& format)
{
    Document* doc = m_w.document();
    const Id journey = m_w.journey();
    if (!doc || !journey)
        return;
    const bool csv = format == QLatin1String("csv");
    const QString path = QFileDialog::getSaveFileName(
        &m_w, csv ? tr("Export Journey as CSV") : tr("Export Journey as Mermaid"),
        suggestedPath(doc, csv ? QStringLiteral("csv") : QStringLiteral("mmd")),
        csv ? tr("CSV files (*.csv)") : tr("Mermaid diagrams (*.mmd *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    const DocumentData data = doc->snapshot();
    if (Error err = writeBytes(path, csv ? toCsv(data, journey) : toMermaid(data, journey)))
        return m_w.reportError(tr("Cannot export"), err.message);
    showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void DocumentController::importTable(const QString& format)
{
    if (!m_w.ensureWritable())
        return;
    Document& doc = *m_w.document();
    const bool csv = format == QLatin1String("csv");
    const QString path = QFileDialog::getOpenFileName(
        &m_w, csv ? tr("Import Cards from CSV") : tr("Import a Mermaid Journey"),
        defaultFolder(&doc),
        csv ? tr("CSV files (*.csv);;All files (*)")
            : tr("Mermaid diagrams (*.mmd *.md *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_w.reportError(
            tr("Cannot import"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    Result<QList<Id>> added = Error{};
    if (csv) {
        auto rows = fromCsv(bytes);
        if (!rows)
            return m_w.reportError(tr("Cannot import %1").arg(name),
                                   tr("%1: %2").arg(name, rows.error().message));
        added = importCsv(doc, rows.value());
    } else {
        auto diagram = fromMermaid(bytes);
        if (!diagram)
            return m_w.reportError(tr("Cannot import %1").arg(name),
                                   tr("%1: %2").arg(name, diagram.error().message));
        added = importMermaid(doc, diagram.value());
    }
    if (!added)
        return m_w.reportError(tr("Cannot import %1").arg(name), added.error().message);
    // Show where the cards went: the journey of the first one.
    if (!added.value().isEmpty()) {
        const Id first = added.value().first();
        if (doc.journeyOfCard(first) != m_w.journey())
            m_w.showJourney(doc.journeyOfCard(first));
        m_w.scene()->selectCards(added.value());
    }
    showMessage(
        tr("Imported %n card(s) from %1 (one undo step)", nullptr, int(added.value().size()))
            .arg(name),
        6000);
}

void DocumentController::importJson()
{
    const QString path = QFileDialog::getOpenFileName(&m_w, tr("Import a Map from JSON"),
                                                      defaultFolder(m_w.document()),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_w.reportError(
            tr("Cannot import"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto data = fromJsonWithHistory(file.readAll());
    if (!data)
        return m_w.reportError(tr("Cannot import %1").arg(name),
                               tr("%1: %2").arg(name, data.error().message));
    if (!closeDocument()) // the map on screen stays when the user keeps it
        return;
    auto doc = Document::createUntitled(data->data, data->history);
    if (!doc)
        return m_w.reportError(tr("Cannot import %1").arg(name), doc.error().message);
    m_w.setDocument(std::move(doc.value()));
    showMessage(tr("Imported %1 as a new map: Save As names it").arg(name), 6000);
}

} // namespace cx
