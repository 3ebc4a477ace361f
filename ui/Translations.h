#pragma once

// The console's language: its own strings from the .qm files embedded under :/i18n, and Qt's
// (qtbase_<lang>.qm from the system, Debian's qt6-translations-l10n) so that standard buttons and
// dialogs speak the same language. English is the source language; its file (orgconsole_en.qm)
// holds only the plural forms, "1 organization" and "2 organizations" for "%Ln organization(s)".
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace OrgConsole {

class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    struct Choice {
        QLocale locale; // what numbers and dates are formatted with
        bool console = false; // the console's translation is installed
        bool qt = false; // Qt's own translation is installed too
        QString problem; // why the requested language is not used; empty when it is
    };

    // Installs the translations for `language` ("de", "de_AT", "en"; empty: the system locale) on
    // the running application. A language asked for by name also becomes the default locale. An
    // unknown code, or a language without a console translation, leaves English in place and says
    // so in `problem`.
    Choice install(const QString &language);

    // The languages with a console translation besides English, e.g. {"de"}.
    static QStringList available();

private:
    Choice installFor(const QLocale &locale);
    void installEnglishPlurals();

    QTranslator m_console;
    QTranslator m_plurals;
    QTranslator m_qt;
};

} // namespace OrgConsole
