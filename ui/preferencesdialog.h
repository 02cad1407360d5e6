#pragma once

// Edit > Preferences…: the desktop's language (i18n/language.h), used from
// the next start.

#include <QDialog>

class QComboBox;

namespace cx {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace cx
