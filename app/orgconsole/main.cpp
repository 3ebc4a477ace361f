// orgconsole: the desktop console. With no proxy configured it starts in sandbox mode.
#include "orgconsole/version.h"
#include "services/core/AppContext.h"
#include "services/sandbox/SandboxProxy.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QTranslator>

using namespace OrgConsole;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrgConsole"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setDesktopFileName(QString::fromLatin1(kAppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/orgconsole.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("orgconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Onboard organizations onto a LiteLLM proxy and look after their budgets and keys.\n"
                       "With no proxy profile configured, the console starts in sandbox mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOpt(QStringLiteral("sandbox"),
                                        QStringLiteral("Use the built-in simulated proxy and a sandbox database."));
    const QCommandLineOption configOpt(
        QStringLiteral("config"), QStringLiteral("Settings and data folder (or ORGCONSOLE_CONFIG_DIR)."), QStringLiteral("DIR"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("Proxy profile to use."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption dbOpt(
        QStringLiteral("db"), QStringLiteral("Database: SQLite file or postgresql://user@host:port/db."), QStringLiteral("URL"));
    const QCommandLineOption operatorOpt(QStringLiteral("operator"), QStringLiteral("Your name for the audit trail."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption quitAfterOpt(QStringLiteral("quit-after"),
                                          QStringLiteral("Quit after MS milliseconds (smoke tests)."), QStringLiteral("MS"));
    parser.addOptions({sandboxOpt, configOpt, profileOpt, dbOpt, operatorOpt, quitAfterOpt});
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
