#pragma once

// What the File menu does to the document as a whole: start one (blank or
// from a template), open a file or a team map, close (an untitled map asks
// whether to keep it), save as, export (PDF report, PNG, SVG, CSV, Mermaid,
// JSON) and import (CSV, Mermaid; JSON into a new map). Errors are shown in a dialog naming the
// file and the problem; the window keeps what it had.

#include <QObject>
#include <QString>

namespace cx {

class Document;
class MainWindow;

class DocumentController : public QObject
{
    Q_OBJECT
public:
    explicit DocumentController(MainWindow& window);

    // Opens path; returns whether the document opened.
    bool openFile(const QString& path);
    bool openTeamMap(const QString& conninfo, const QString& map);
    // Returns false if the user cancelled.
    bool closeDocument();

    void newDocument();
    void newFromTemplate();
    void startFromTemplate(const QString& name);
    void chooseFile();
    void chooseTeamMap();
    void saveAs();
    // A copy whose history is empty (for sharing: the history names people).
    void saveCopyWithoutHistory();

    void exportDrawing(const QString& format); // "png" or "svg"
    void exportJson();
    void exportReport();
    void exportRecognition();                // a department's recognition sheet (PDF or PNG)
    void exportFeedbackCsv();                // every feedback item, one row each
    void exportTable(const QString& format); // "csv" or "mermaid"
    void importTable(const QString& format);
    // A JSON export read into a new, untitled map (the one on screen closes first).
    void importJson();
    // A survey or ticket export's rows as feedback (FeedbackImportDialog).
    void importFeedback();

signals:
    // The list of recent files changed (a file opened, saved as, or gone).
    void recentFilesChanged();

private:
    // A .cxmap path from the save dialog (the suffix added); empty: cancelled.
    QString askMapPath(const Document* doc, const QString& title);
    void showMessage(const QString& text, int ms);

    MainWindow& m_w;
};

} // namespace cx
