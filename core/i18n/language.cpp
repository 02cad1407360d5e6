#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace cx::language {

namespace {

const QString settingsKey = QStringLiteral("language");

// What install() put on the application, removed when it is called again.
struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
    QString code = QStringLiteral("en");
};

Installed& installed()
{
    static Installed i;
    return i;
}

// CXMap's catalogue for the first of locale's languages that has one
// (cxmap_de.qm, compiled in by resources/CMakeLists.txt), else null.
std::unique_ptr<QTranslator> ownCatalogue(const QLocale& locale)
{
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, QStringLiteral("cxmap"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return nullptr;
    return own;
}

} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString chosen() { return QSettings().value(settingsKey).toString(); }

void choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

QString install(const QString& code)
{
    Installed& i = installed();
    for (auto* t : {i.own.get(), i.qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    i.own.reset();
    i.qt.reset();
    // The words only: dates and numbers keep the system's formats (a German
    // on an English desktop still types 3,5).
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    std::unique_ptr<QTranslator> own;
    if (locale.language() != QLocale::English)
        own = ownCatalogue(locale);
    if (!own) {
        // English: its catalogue holds only the plural forms of the messages
        // with %n ("Delete 1 card", "Delete 3 cards").
        own = ownCatalogue(QLocale(QLocale::English));
        if (own)
            QCoreApplication::installTranslator(own.get());
        i.own = std::move(own);
        i.code = QStringLiteral("en");
        return i.code;
    }
    QCoreApplication::installTranslator(own.get());
    const QString loaded = own->language().section(u'_', 0, 0); // the one that loaded ("de")
    i.code = loaded.isEmpty() ? QLocale::languageToCode(locale.language()) : loaded;
    i.own = std::move(own);
    // Qt's own words in the same language (qt6-translations-l10n): a missing
    // catalogue leaves Qt's dialogs in English, nothing worse.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(i.code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        i.qt = std::move(qt);
    }
    return i.code;
}

QString current() { return installed().code; }

} // namespace cx::language
