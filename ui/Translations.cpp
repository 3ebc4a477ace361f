#include "ui/Translations.h"

#include <QDir>
#include <QLibraryInfo>

namespace OrgConsole {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("orgconsole_");

// QLocale turns a name it does not know into the C locale; "C" itself is no language either.
bool isLanguage(const QLocale &locale)
{
    return locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage;
}

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English;
}
} // namespace

QStringList Translations::available()
{
    QStringList out;
    const QStringList files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (language != QLatin1String("en")) // the source language's plural forms only
            out.append(language);
    }
    return out;
}

Translations::Choice Translations::install(const QString &language)
{
    QCoreApplication::removeTranslator(&m_console);
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_plurals);
    if (language.isEmpty())
        return installFor(QLocale()); // the system's (or the default set before)
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale requested(language);
    Choice choice;
    if (!isLanguage(requested)) {
        choice.locale = english;
        choice.problem = tr("Unknown language \"%1\"; the console stays in English. Available: en, %2.")
                             .arg(language, available().join(QStringLiteral(", ")));
    } else if (isEnglish(requested)) {
        choice.locale = requested;
    } else {
        choice = installFor(requested);
        if (!choice.console) {
            choice.locale = english;
            choice.problem = tr("There is no %1 translation of the console; it stays in English. Available: en, %2.")
                                 .arg(QLocale::languageToString(requested.language()), available().join(QStringLiteral(", ")));
        }
    }
    QLocale::setDefault(choice.locale);
    if (isEnglish(choice.locale))
        installEnglishPlurals();
    return choice;
}

// English words need no translation, but "%Ln organization(s)" needs its two English forms.
void Translations::installEnglishPlurals()
{
    if (m_plurals.load(QLocale(QLocale::English), QStringLiteral("orgconsole"), QStringLiteral("_"), kResourceDir))
        QCoreApplication::installTranslator(&m_plurals);
}

// Qt's own strings only with the console's: a French desktop without a French console translation
// gets English buttons in an English window, not a mix.
Translations::Choice Translations::installFor(const QLocale &locale)
{
    Choice choice;
    choice.locale = locale;
    if (isEnglish(locale)) {
        installEnglishPlurals();
        return choice;
    }
    if (!m_console.load(locale, QStringLiteral("orgconsole"), QStringLiteral("_"), kResourceDir)) {
        installEnglishPlurals(); // the console stays in English (a "C" or French desktop): "1 organization"
        return choice;
    }
    choice.console = QCoreApplication::installTranslator(&m_console);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        choice.qt = QCoreApplication::installTranslator(&m_qt);
    return choice;
}

} // namespace OrgConsole
