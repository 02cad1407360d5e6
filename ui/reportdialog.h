#pragma once

// File > Export > PDF Report: which journeys and departments, paper and
// orientation, whether a big journey's map and appendix print in full, where to; then the report is
// written page by page behind a progress dialog that can cancel (the window keeps repainting
// meanwhile).

#include "model/result.h"
#include "model/types.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cx {

class Document;

namespace report {
struct ReportOptions;
}

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // Proposes the journey on screen and, with a lens, that department only.
    ReportDialog(Document& doc, Id currentJourney, Id lensDepartment, const QString& path,
                 QWidget* parent = nullptr);

    report::ReportOptions options() const;
    QString path() const;

    // Writes the report with a progress dialog; Cancelled if the user stopped.
    static Error write(Document& doc, const report::ReportOptions& options, const QString& path,
                       QWidget* parent);

    void accept() override;

private:
    void browse();
    void updateOk();
    void updateGlyphs(); // the journeys' characters no installed font has

    Document& m_doc;
    QListWidget* m_journeys = nullptr;
    QListWidget* m_departments = nullptr;
    QComboBox* m_paper = nullptr;
    QButtonGroup* m_orientation = nullptr;
    QCheckBox* m_fullMap = nullptr;      // every map page of a big journey
    QCheckBox* m_fullAppendix = nullptr; // every card of a big journey
    QDateEdit* m_since = nullptr;        // the department pages' feedback period
    QLineEdit* m_path = nullptr;
    QLabel* m_glyphs = nullptr; // which cards lose characters no font has
    QString m_folder;           // where the proposal was: relative names go there
    QString m_browsed;          // the file chosen (and confirmed) in the file dialog
};

} // namespace cx
