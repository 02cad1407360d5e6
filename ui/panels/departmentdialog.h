#pragma once

// The department editor: name, short name (the chip), colour, head and
// description. It edits a Department value; the caller hands the result to
// edit::addDepartment or edit::editDepartment. The static ask* functions run
// the whole add, edit and remove flows (remove asks who takes over the cards).

#include "model/types.h"

#include <QDialog>

#include <optional>

class QAbstractButton;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cx {

class Document;

class DepartmentDialog : public QDialog
{
    Q_OBJECT

public:
    // department.id == 0 adds a new one (a fresh colour is proposed when it
    // has none); otherwise it edits that department of doc.
    DepartmentDialog(const Document& doc, const Department& department, QWidget* parent = nullptr);

    // The edited department: id and position as given, text trimmed.
    Department department() const;

    // Why OK is disabled (empty when the values are fine).
    QString problem() const { return m_problemText; }

    // The whole flows, each ending in one edit (one undo step); a failed edit
    // is reported in a message box. askAdd returns the new department's id.
    static std::optional<Id> askAdd(Document& doc, QWidget* parent = nullptr);
    static void askEdit(Document& doc, Id departmentId, QWidget* parent = nullptr);
    // Asks who takes over the cards the department owns or contributes to
    // (or, when no card refers to it, just whether to remove it), then
    // removes it with edit::removeDepartment.
    static void askRemove(Document& doc, Id departmentId, QWidget* parent = nullptr);

    // Who takes over a department's cards: nullopt = the user cancelled,
    // 0 = nobody (the cards become unowned).
    static std::optional<Id> askReplacement(const Document& doc, Id departmentId,
                                            QWidget* parent = nullptr);

    // A chip: the short name on the colour, in black or white, whichever
    // reads better. size is in device-independent pixels.
    static QPixmap chipPixmap(const QString& shortName, const QColor& color, const QSize& size,
                              const QFont& font, qreal devicePixelRatio);
    // A size that fits four letters of font on a chip.
    static QSize chipSize(const QFont& font);

    // The 10 default department colours of the blank template, with the
    // department each belongs to there (empty when resources are missing).
    static QList<Department> defaultPalette();

private:
    void createFields();
    void finishLayout(QFormLayout* form);
    QWidget* createPaletteRow();
    void setColor(const QColor& color);
    void chooseColor();
    void suggestShortName();
    void validate();
    const Department* shortNameHolder() const;

    const Document& m_doc;
    Department m_department;
    QString m_problemText;
    bool m_shortNameTouched = false;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_shortName = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_colorButton = nullptr;
    QList<QAbstractButton*> m_swatches;
    QLineEdit* m_head = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace cx
