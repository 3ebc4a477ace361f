#include "app/orgctl/Command.h"

#include "app/orgctl/BudgetCommand.h"
#include "app/orgctl/Commands.h"
#include "app/orgctl/DemoCommand.h"
#include "app/orgctl/ReportCommand.h"
#include "orgconsole/version.h"

namespace OrgConsole {

namespace {
const char kMasterKeyNote[]
    = "The master key comes from the keychain, ORGCONSOLE_MASTER_KEY, or --master-key-stdin; never from arguments.\n";
const char kExitCodes[] = "Exit codes: 0 success, 1 other failure, 2 bad input or conflict, 3 proxy error, 4 database error,\n"
                          "            5 partial bulk failure, 6 cancelled,\n"
                          "            7 a budget at or over an alert level (budget alerts --fail-on-alert).\n";

QCommandLineOption option(const QString &names, const QString &description, const QString &valueName = {})
{
    return QCommandLineOption(names.split(QLatin1Char('|')), description, valueName);
}

// "  -y, --yes                 Do not ask for confirmation."
QString optionLine(const QCommandLineOption &o)
{
    QStringList names;
    for (const QString &n : o.names())
        names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    QString left = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        left += QLatin1Char(' ') + o.valueName();
    return QStringLiteral("  %1 %2\n").arg(left.leftJustified(24), o.description());
}

QString optionLines(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &o : options)
        text += optionLine(o);
    return text;
}
} // namespace

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{
}

void Command::addOption(const QString &names, const QString &description, const QString &valueName)
{
    m_options.append(option(names, description, valueName));
}

QString Command::optionNotTakenBy(const QString &verb, const QStringList &given) const
{
    const auto allowed = m_verbOptions.constFind(verb);
    if (allowed == m_verbOptions.cend())
        return {};
    for (const QCommandLineOption &o : m_options) {
        const QString name = o.names().constFirst();
        if (!allowed->contains(name) && given.contains(name))
            return name;
    }
    return {};
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<OrgCommand>());
    c.push_back(std::make_unique<MemberCommand>());
    c.push_back(std::make_unique<MaintenanceCommand>(MaintenanceCommand::Which::Refresh));
    c.push_back(std::make_unique<MaintenanceCommand>(MaintenanceCommand::Which::Reconcile));
    c.push_back(std::make_unique<MaintenanceCommand>(MaintenanceCommand::Which::Recover));
    c.push_back(std::make_unique<BudgetCommand>());
    c.push_back(std::make_unique<WatchCommand>());
    c.push_back(std::make_unique<ReportCommand>());
    c.push_back(std::make_unique<AuditCommand>());
    c.push_back(std::make_unique<ProxyCommand>());
    c.push_back(std::make_unique<ImportCommand>());
    c.push_back(std::make_unique<ProfileCommand>());
    c.push_back(std::make_unique<DemoCommand>());
    return c;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        option(QStringLiteral("config"), QStringLiteral("Settings and data folder (or ORGCONSOLE_CONFIG_DIR)."),
               QStringLiteral("DIR")),
        option(QStringLiteral("sandbox"), QStringLiteral("Use the built-in simulated proxy and the sandbox database.")),
        option(QStringLiteral("profile"), QStringLiteral("Proxy profile to use."), QStringLiteral("NAME")),
        option(QStringLiteral("proxy"), QStringLiteral("A one-off proxy URL instead of a profile."), QStringLiteral("URL")),
        option(QStringLiteral("ca-file"), QStringLiteral("Extra CA certificates (PEM) for the proxy."), QStringLiteral("FILE")),
        option(QStringLiteral("allow-http"),
               QStringLiteral("Allow plain http:// to a non-loopback proxy (the master key travels unencrypted).")),
        option(QStringLiteral("timeout"), QStringLiteral("Proxy transfer timeout in milliseconds."), QStringLiteral("MS")),
        option(QStringLiteral("db"), QStringLiteral("Database: a SQLite file or postgresql://user@host:port/db."),
               QStringLiteral("URL")),
        option(QStringLiteral("operator"), QStringLiteral("Your name for the audit trail (default: the OS user)."),
               QStringLiteral("NAME")),
        option(QStringLiteral("master-key-stdin"), QStringLiteral("Read the master key from the first line of stdin.")),
        option(QStringLiteral("json"), QStringLiteral("Machine-readable output.")),
    };
}

QCommandLineOption helpOption()
{
    return option(QStringLiteral("help|h"), QStringLiteral("Show this help."));
}

QCommandLineOption versionOption()
{
    return option(QStringLiteral("version|v"), QStringLiteral("Show the version."));
}

QString toolHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = QStringLiteral("orgctl %1: the command-line twin of OrgConsole.\n\n"
                                  "Usage: orgctl [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]\n\nCommands:\n")
                       .arg(QString::fromLatin1(kVersion));
    for (const auto &c : commands)
        text += QStringLiteral("  %1 %2\n").arg(c->name().leftJustified(10), c->summary());
    text += QStringLiteral("  %1 %2\n\n")
                .arg(QStringLiteral("help").leftJustified(10),
                     QStringLiteral("orgctl help COMMAND (or orgctl COMMAND --help): its options."));
    for (const auto &c : commands) {
        for (const QString &line : c->usage())
            text += QStringLiteral("  orgctl %1\n").arg(line);
    }
    text += QStringLiteral("\nGlobal options (every command):\n") + optionLines(globalOptions())
        + optionLines({helpOption(), versionOption()});
    return text + QLatin1Char('\n') + QString::fromLatin1(kMasterKeyNote) + QLatin1Char('\n') + QString::fromLatin1(kExitCodes);
}

QString commandHelp(const Command &command)
{
    QString synopsis = command.name();
    if (!command.verbs().isEmpty())
        synopsis += QStringLiteral(" VERB");
    if (command.arguments().size() > (command.verbs().isEmpty() ? 0 : 1))
        synopsis += QStringLiteral(" [ARGUMENTS]");
    if (!command.options().isEmpty())
        synopsis += QStringLiteral(" [OPTIONS]");
    QString text = QStringLiteral("Usage: orgctl [GLOBAL OPTIONS] %1\n\n%2.\n\n").arg(synopsis, command.summary());
    for (const QString &line : command.usage())
        text += QStringLiteral("  orgctl %1\n").arg(line);
    if (!command.arguments().isEmpty()) {
        text += QStringLiteral("\nArguments:\n");
        for (const Command::Argument &a : command.arguments())
            text += QStringLiteral("  %1 %2\n").arg(a.name.leftJustified(24), a.description);
    }
    if (!command.options().isEmpty())
        text += QStringLiteral("\nOptions of %1:\n").arg(command.name()) + optionLines(command.options());
    text += QStringLiteral("\nGlobal options:\n") + optionLines(globalOptions()) + optionLines({helpOption()});
    return text + QLatin1Char('\n') + QString::fromLatin1(kExitCodes);
}

} // namespace OrgConsole
