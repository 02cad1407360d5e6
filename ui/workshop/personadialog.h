#pragma once

// The personas of a document: a list with Add and Remove, the selected
// persona's name, description, goals and frustrations, and which persona the
// given journey follows. Every change is an edit (one undo step; typing in one
// field merges into one), so the dialog has nothing to apply or cancel: Close
// just closes. It follows the Document's signals, so undo shows at once.

#include "model/result.h"
#include "model/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cx {

class Document;

class PersonaDialog : public QDialog
{
    Q_OBJECT

public:
    // journeyId: the journey whose persona the combo sets (0 = none: the
    // combo is disabled).
    PersonaDialog(Document& doc, Id journeyId, QWidget* parent = nullptr);

    // The persona selected in the list (0 = none).
    Id currentPersonaId() const;
    void selectPersona(Id personaId);

    // Gives the selected persona the picture in an image file, scaled to at
    // most pictureSide pixels a side and kept as PNG (one undo step). The
    // error names the file when it is not an image this build can read.
    Error setPictureFromFile(const QString& path);
    static constexpr int pictureSide = 256;

private:
    void createWidgets();
    QPlainTextEdit* addTextField(const QString& objectName, const QString& accessibleName);
    void connectDocument();
    void rebuildList();
    void rebuildJourneyCombo();
    void loadFields();
    void commit(const Persona& after);
    void commitName(const QString& text);
    void commitText(QString Persona::*field, QPlainTextEdit* edit);
    void addPersona();
    void removePersona();
    void setJourneyPersona(int comboIndex);
    void choosePicture();
    void removePicture();
    void showPicture(const QByteArray& bytes);

    Document& m_doc;
    Id m_journeyId = 0;
    bool m_updating = false; // widgets are being filled from the model

    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_goals = nullptr;
    QPlainTextEdit* m_frustrations = nullptr;
    QComboBox* m_journeyPersona = nullptr;
    QLabel* m_picture = nullptr;
    QPushButton* m_choosePicture = nullptr;
    QPushButton* m_removePicture = nullptr;
};

} // namespace cx
