// orgconsole: the desktop console. With no proxy configured it starts in sandbox mode.
#include "orgconsole/version.h"
#include "services/core/AppContext.h"
#include "services/sandbox/SandboxProxy.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace OrgConsole;

namespace {
// The options' texts, in the console's language (lupdate context "Main").
struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// --lang is read before the parser exists: the parser's own texts are translated.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrgConsole"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setDesktopFileName(QString::fromLatin1(kAppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/orgconsole.svg")));

    // The system's language unless --lang says otherwise; an unknown one is said and English used.
    Translations translations;
    const Translations::Choice language = translations.install(requestedLanguage(QCoreApplication::arguments()));
    if (!language.problem.isEmpty())
        std::fprintf(stderr, "orgconsole: %s\n", qPrintable(language.problem));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Onboard organizations onto a LiteLLM proxy and look after their budgets and keys.\n"
                 "With no proxy profile configured, the console starts in sandbox mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOpt(QStringLiteral("sandbox"),
                                        Main::tr("Use the built-in simulated proxy and a sandbox database."));
    const QCommandLineOption configOpt(QStringLiteral("config"), Main::tr("Settings and data folder (or ORGCONSOLE_CONFIG_DIR)."),
                                       Main::tr("DIR"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), Main::tr("Proxy profile to use."), Main::tr("NAME"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Main::tr("Database: SQLite file or postgresql://user@host:port/db."),
                                   Main::tr("URL"));
    const QCommandLineOption operatorOpt(QStringLiteral("operator"), Main::tr("Your name for the audit trail."),
                                         Main::tr("NAME"));
    const QCommandLineOption quitAfterOpt(QStringLiteral("quit-after"), Main::tr("Quit after MS milliseconds (smoke tests)."),
                                          Main::tr("MS"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"), Main::tr("Language of the console, e.g. de or en (default: the system's)."), Main::tr("CODE"));
    parser.addOptions({sandboxOpt, configOpt, profileOpt, dbOpt, operatorOpt, quitAfterOpt, langOpt});
    parser.process(app);

    ContextOptions options;
    options.configDir = parser.value(configOpt);
    options.profile = parser.value(profileOpt);
    options.databaseUrl = parser.value(dbOpt);
    options.operatorName = parser.value(operatorOpt);
    options.sandbox = parser.isSet(sandboxOpt);
    options.sandboxWhenUnconfigured = true; // sandbox by default when no proxy is configured
    options.console = true; // messages name the console's menus, not orgctl's options
    options.sandboxFactory = &Sandbox::startLocalProxy;
    AppContext context(options);
    // Declared before the window so it outlives every dialog that copies a key, and is destroyed
    // while the application (and its clipboard) still exists.
    ClipboardGuard clipboard;
    MainWindow window(&context, &clipboard);
    window.show();
    // The window says what went wrong, lists, refreshes and recovers (MainWindow::start).
    context.initialize(true, [&window](OrgConsole::OperationError error) { window.start(error); });
    if (parser.isSet(quitAfterOpt))
        QTimer::singleShot(parser.value(quitAfterOpt).toInt(), &app, &QApplication::quit);
    return app.exec();
}
