#pragma once

// A department's digest (analysis/digest.h) to read and to paste: the text
// since its last review or a chosen day, plain or Markdown, and Copy.

#include "model/types.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace cx {

class Document;

class DigestDialog : public QDialog
{
    Q_OBJECT
public:
    DigestDialog(const Document& doc, Id departmentId, QWidget* parent = nullptr);

    QString text() const; // as shown (and copied)

private:
    void refresh();

    const Document& m_doc;
    Id m_department;
    QDateEdit* m_since = nullptr;
    QCheckBox* m_markdown = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace cx
