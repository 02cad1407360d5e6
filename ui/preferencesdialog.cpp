#include "preferencesdialog.h"

#include "i18n/language.h"
#include "mainactions.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace cx {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    const QString system = QLocale::system().nativeLanguageName(); // "" for the C locale
    m_language->addItem(
        tr("As the system (%1)").arg(system.isEmpty() ? QStringLiteral("English") : system),
        QString());
    for (const language::Language& l : language::available())
        m_language->addItem(l.name, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language::chosen())));
    auto* note = new QLabel(tr("CXMap speaks the language you choose from its next start. The "
                               "command line stays English."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    language::choose(m_language->currentData().toString());
    QDialog::accept();
}

void MainActions::createPreferencesAction()
{
    QAction* a = makeAction(QStringLiteral("preferences"), tr("Pre&ferences…"),
                            QKeySequence::Preferences, tr("The language CXMap speaks"));
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(&m_w);
        dialog.exec();
    });
}

} // namespace cx
