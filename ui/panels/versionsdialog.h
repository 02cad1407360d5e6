#pragma once

// File > Named Versions…: the map's named versions (model/version.h). Lists
// them (name, when, who), keeps the map as it is now under a new name,
// compares one version with now or two with each other (every journey, as
// analysis/versioncompare.h words it) and restores one as a new map file.
// Reads the Document; taking a version goes through Document::createVersion.
// Errors and outcomes are shown in the dialog's own status line.

#include "model/types.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cx {

class Document;

class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VersionsDialog(Document& doc, QWidget* parent = nullptr);

    // Where Restore as New Map writes: asks with a file dialog unless a test
    // says otherwise (an empty answer cancels).
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    // The status line: what was done, or why it was refused.
    QString status() const;
    // The comparison shown (empty when none).
    QString comparison() const;

public slots:
    void reload();
    void createVersion();
    void compareWithNow();
    void compareTwo();
    void restoreAsNewMap();

signals:
    // A version was restored as the new map file at path.
    void restored(const QString& path);

private:
    QLayout* makeCreateRow();
    QLayout* makeActionRow();
    QList<Id> selectedIds() const;            // oldest first
    void showComparison(Id before, Id after); // after 0: now
    void updateButtons();
    void setStatus(const QString& text, bool problem);
    QString chooseFile();

    Document& m_doc;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_compareNow = nullptr;
    QPushButton* m_compareTwo = nullptr;
    QPushButton* m_restore = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QLabel* m_status = nullptr;
    std::function<QString()> m_chooseFile;
};

} // namespace cx
