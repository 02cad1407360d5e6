#pragma once

// The editor's main window. Until the journey canvas lands it shows the open
// document as an outline (journeys, stages, lanes, cards) with undo and redo.

#include <QMainWindow>

#include <memory>

class QTreeWidget;

namespace cx {

class Document;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path; a file the store refuses is reported in a dialog and the
    // window stays as it was. Returns whether the document opened.
    bool openFile(const QString& path);

private:
    void createActions();
    void chooseFile();
    void rebuildOutline();
    void updateTitle();

    std::unique_ptr<Document> m_doc;
    QTreeWidget* m_outline = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};

} // namespace cx
