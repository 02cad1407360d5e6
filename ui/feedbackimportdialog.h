#pragma once

// File > Import > Customer Feedback…: maps the columns of a survey or ticket
// export onto feedback fields, with the file's first rows in view
// (io/feedbackimport.h reads it). The encoding and the rows to pass over
// before the header can be changed; the preview follows. Accepting leaves
// the reading to the caller (parsed()), which adds the items in one step.

#include "io/feedbackimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace cx {

class Document;

class FeedbackImportDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackImportDialog(const Document& doc, const QString& path, const QByteArray& bytes,
                         QWidget* parent = nullptr);

    FeedbackColumns columns() const;
    FeedbackImportOptions options() const;
    // What the file read as with the chosen mapping (after accept()).
    const FeedbackImport& parsed() const { return m_parsed; }

    // The combo boxes, for tests: "text", "card", "date", "score", "kind",
    // "sentiment", "source", "segment", "reference"; and the scale's.
    QComboBox* columnBox(const QString& field) const;
    QComboBox* scaleBox() const { return m_scale; }

public slots:
    void accept() override;

private:
    void reread();      // the preview, after the encoding or skipped rows changed
    void updateState(); // the Import button and the hint
    void guess();       // a first mapping from the header names

    const Document& m_doc;
    QByteArray m_bytes;
    QString m_fileName;
    QComboBox* m_encoding = nullptr;
    QSpinBox* m_skip = nullptr;
    QLabel* m_found = nullptr;
    QTableWidget* m_preview = nullptr;
    QList<std::pair<QString, QComboBox*>> m_boxes;
    QComboBox* m_scale = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QStringList m_headers;
    FeedbackImport m_parsed;
};

} // namespace cx
