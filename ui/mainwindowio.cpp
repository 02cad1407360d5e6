// MainWindow: File > Export (PDF report, CSV, Mermaid) and File > Import
// (CSV, Mermaid). Imports add to the open map as one undo step, all or
// nothing; a bad file is reported with its line and column.

#include "mainwindow.h"

#include "canvas/journeyscene.h"
#include "io/csvformat.h"
#include "io/jsonformat.h"
#include "io/mermaidformat.h"
#include "model/document.h"
#include "report/report.h"
#include "reportdialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace cx {

namespace {

QString suggestedPath(const Document& doc, const QString& suffix)
{
    const bool fileless = doc.isUntitled() || doc.isShared();
    const QString folder = fileless
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(doc.path()).absolutePath();
    const QString base = doc.isShared()     ? QStringLiteral("team-map")
                         : doc.isUntitled() ? QStringLiteral("journey")
                                            : QFileInfo(doc.path()).completeBaseName();
    return folder + QLatin1Char('/') + base + QLatin1Char('.') + suffix;
}

Error writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return {
        ErrorCode::Io,
        QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
}

} // namespace

void MainWindow::exportReport()
{
    if (!m_doc)
        return;
    ReportDialog dialog(*m_doc, m_journey, m_lens, suggestedPath(*m_doc, QStringLiteral("pdf")),
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Error err = ReportDialog::write(*m_doc, dialog.options(), dialog.path(), this);
    if (err.code == ErrorCode::Cancelled)
        statusBar()->showMessage(err.message, 5000);
    else if (err)
        reportError(tr("Cannot export the report"), err.message);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())),
                                 5000);
}

void MainWindow::exportJson()
{
    if (!m_doc)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map as JSON"),
                                                      suggestedPath(*m_doc, QStringLiteral("json")),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (Error err = writeBytes(path, toJson(m_doc->snapshot())))
        return reportError(tr("Cannot export"), err.message);
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportTable(const QString& format)
{
    if (!m_doc || !m_journey)
        return;
    const bool csv = format == QLatin1String("csv");
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export Journey as CSV") : tr("Export Journey as Mermaid"),
        suggestedPath(*m_doc, csv ? QStringLiteral("csv") : QStringLiteral("mmd")),
        csv ? tr("CSV files (*.csv)") : tr("Mermaid diagrams (*.mmd *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    const DocumentData data = m_doc->snapshot();
    if (Error err = writeBytes(path, csv ? toCsv(data, m_journey) : toMermaid(data, m_journey)))
        return reportError(tr("Cannot export"), err.message);
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::importTable(const QString& format)
{
    if (!ensureWritable())
        return;
    const bool csv = format == QLatin1String("csv");
    const QString path = QFileDialog::getOpenFileName(
        this, csv ? tr("Import Cards from CSV") : tr("Import a Mermaid Journey"),
        QFileInfo(suggestedPath(*m_doc, format)).absolutePath(),
        csv ? tr("CSV files (*.csv);;All files (*)")
            : tr("Mermaid diagrams (*.mmd *.md *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reportError(
            tr("Cannot import"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    Result<QList<Id>> added = Error{};
    if (csv) {
        auto rows = fromCsv(bytes);
        if (!rows)
            return reportError(tr("Cannot import %1").arg(name),
                               tr("%1: %2").arg(name, rows.error().message));
        added = importCsv(*m_doc, rows.value());
    } else {
        auto diagram = fromMermaid(bytes);
        if (!diagram)
            return reportError(tr("Cannot import %1").arg(name),
                               tr("%1: %2").arg(name, diagram.error().message));
        added = importMermaid(*m_doc, diagram.value());
    }
    if (!added)
        return reportError(tr("Cannot import %1").arg(name), added.error().message);
    // Show where the cards went: the journey of the first one.
    if (!added.value().isEmpty()) {
        const Id first = added.value().first();
        if (m_doc->journeyOfCard(first) != m_journey)
            showJourney(m_doc->journeyOfCard(first));
        m_scene->selectCards(added.value());
    }
    statusBar()->showMessage(
        tr("Imported %1 cards from %2 (one undo step)").arg(added.value().size()).arg(name), 6000);
}

} // namespace cx
