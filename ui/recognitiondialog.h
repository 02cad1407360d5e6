#pragma once

// File > Export > Recognition Sheet…: which department, from which day, and
// where (a PDF or a PNG picture); the sheet itself is report/recognitionsheet.h.

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace cx {

class Document;

class RecognitionDialog : public QDialog
{
    Q_OBJECT

public:
    // departmentId: the one picked first (the lens), 0 for the first.
    RecognitionDialog(const Document& doc, Id departmentId, QWidget* parent = nullptr);

    Id department() const;
    QDate since() const;

private:
    QComboBox* m_department = nullptr;
    QDateEdit* m_since = nullptr;
};

} // namespace cx
