#include "app/orgctl/Orgctl.h"

#include "models/Money.h"
#include "models/SafeText.h"
#include "orgconsole/version.h"
#include "services/core/OrgQueries.h"
#include "services/provisioning/OrgOperations.h"
#include "services/sandbox/SandboxProxy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace OrgConsole {

QJsonObject organizationJson(const Organization &o)
{
    return QJsonObject {
        {QStringLiteral("id"), o.id},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("status"), orgStatusToString(o.status)},
        {QStringLiteral("owner_user_id"), o.ownerUserId},
        {QStringLiteral("contact_name"), o.contactName},
        {QStringLiteral("contact_email"), o.contactEmail},
        {QStringLiteral("team_id"), o.teamId},
        {QStringLiteral("key_alias"), o.keyAlias},
        {QStringLiteral("key_hash"), o.keyHash},
        {QStringLiteral("key_name"), o.keyName},
        {QStringLiteral("key_blocked"), o.keyBlocked},
        {QStringLiteral("max_budget"), budgetJson(o.maxBudget)},
        {QStringLiteral("budget_duration"), o.budgetDuration},
        {QStringLiteral("budget_reset_at"), o.budgetResetAt.isValid() ? o.budgetResetAt.toString(Qt::ISODate) : QString()},
        {QStringLiteral("spend"), o.spend},
        {QStringLiteral("remaining"), budgetJson(o.remaining())},
        {QStringLiteral("models"), QJsonArray::fromStringList(o.models)},
        {QStringLiteral("created_at"), o.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("created_by"), o.createdBy},
        {QStringLiteral("last_error"), o.lastError}};
}

namespace {
// Global options that take a value: the word after them is not the command.
bool takesValue(const QString &name)
{
    for (const QCommandLineOption &o : globalOptions()) {
        if (o.names().contains(name))
            return !o.valueName().isEmpty();
    }
    return false;
}

// Where the command's name is: the first argument that is neither an option nor a global
// option's value. -1 when there is none.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!a.startsWith(QLatin1Char('-')) || a.size() == 1)
            return i;
        const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(QLatin1Char('=')) && takesValue(name))
            ++i;
    }
    return -1;
}
} // namespace

QString readLineFromStdin()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    return QString::fromStdString(line).trimmed();
}

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

Orgctl::Orgctl(QObject *parent)
    : QObject(parent)
{
}

Orgctl::~Orgctl() = default;

void Orgctl::finish(int code)
{
    m_out.flush();
    m_err.flush();
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

void Orgctl::fail(const OperationError &error)
{
    fail(error, QStringLiteral("orgctl"));
}

void Orgctl::fail(const OperationError &error, const QString &who)
{
    const int code = exitCodeFor(error);
    if (m_json)
        m_err << QJsonDocument(QJsonObject {{QStringLiteral("error"), error.message},
                                            {QStringLiteral("kind"), errorKindName(error.kind)},
                                            {QStringLiteral("exit_code"), code}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    else
        m_err << who << ": " << printable(error.message, 4000) << "\n";
    finish(code);
}

void Orgctl::start(const QStringList &arguments)
{
    m_commands = allCommands();
    m_json = arguments.contains(QLatin1String("--json")); // for errors found while parsing
    m_outDevice.setJson(m_json);
    m_errDevice.setJson(m_json);
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return startWithoutCommand(arguments);
    const QString name = arguments.at(index);
    if (name == QLatin1String("help"))
        return showHelp(arguments);
    Command *command = find(name);
    if (!command)
        return fail(OperationError::badInput(QStringLiteral("unknown command \"%1\"; see orgctl --help.").arg(name)));
    runCommand(*command, arguments, index);
}

Command *Orgctl::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

// orgctl, orgctl --help, orgctl --version.
void Orgctl::startWithoutCommand(const QStringList &arguments)
{
    m_parser.addOptions(globalOptions());
    m_parser.addOption(helpOption());
    m_parser.addOption(versionOption());
    if (!m_parser.parse(arguments))
        return fail(OperationError::badInput(m_parser.errorText() + QStringLiteral(" See orgctl --help.")));
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "orgctl " << kVersion << "\n";
        return finish(ExitOk);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << toolHelp(m_commands);
        return finish(ExitOk);
    }
    fail(OperationError::badInput(QStringLiteral("no command given; see orgctl --help.")));
}

// orgctl help [COMMAND]
void Orgctl::showHelp(const QStringList &arguments)
{
    m_parser.addOptions(globalOptions());
    m_parser.addOption(helpOption());
    if (!m_parser.parse(arguments))
        return fail(OperationError::badInput(m_parser.errorText()), QStringLiteral("orgctl help"));
    const QStringList words = m_parser.positionalArguments();
    if (words.size() < 2) {
        m_out << toolHelp(m_commands);
        return finish(ExitOk);
    }
    const Command *command = find(words.at(1));
    if (!command)
        return fail(OperationError::badInput(QStringLiteral("unknown command \"%1\"; see orgctl --help.").arg(words.at(1))),
                    QStringLiteral("orgctl help"));
    m_out << commandHelp(*command);
    finish(ExitOk);
}

// The command's own parser: its options and the global ones. Anything else is refused, naming
// the option, before the command runs.
bool Orgctl::parseFor(const Command &command, const QStringList &arguments, qsizetype nameIndex)
{
    m_parser.addOptions(globalOptions());
    m_parser.addOption(helpOption());
    m_parser.addOptions(command.options());
    if (m_parser.parse(arguments))
        return true;
    QString who = QStringLiteral("orgctl ") + command.name();
    if (nameIndex + 1 < arguments.size() && command.verbs().contains(arguments.at(nameIndex + 1)))
        who += QLatin1Char(' ') + arguments.at(nameIndex + 1);
    QString message = m_parser.errorText();
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty())
        message
            = QStringLiteral("unknown option %1%2; see orgctl help %3.")
                  .arg(unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), unknown.first(), command.name());
    fail(OperationError::badInput(message), who);
    return false;
}

void Orgctl::runCommand(Command &command, const QStringList &arguments, qsizetype nameIndex)
{
    if (!parseFor(command, arguments, nameIndex))
        return;
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << commandHelp(command);
        return finish(ExitOk);
    }
    QStringList args = m_parser.positionalArguments();
    args.removeFirst(); // the command's name
    QStringList given;
    for (const QCommandLineOption &o : command.options()) {
        if (m_parser.isSet(o))
            given.append(o.names().constFirst());
    }
    if (const QString extra = command.optionNotTakenBy(args.value(0), given); !extra.isEmpty())
        return fail(
            OperationError::badInput(
                QStringLiteral("%1 %2 does not take --%3; see orgctl help %1.").arg(command.name(), args.value(0), extra)),
            QStringLiteral("orgctl %1 %2").arg(command.name(), args.value(0)));
    command.run(*this, args);
}

AppContext &Orgctl::settingsContext()
{
    ContextOptions o;
    o.configDir = m_parser.value(QStringLiteral("config"));
    m_context = std::make_unique<AppContext>(o);
    return *m_context;
}

void Orgctl::withContext(bool needProxy, std::function<void()> then)
{
    ContextOptions o;
    o.configDir = m_parser.value(QStringLiteral("config"));
    o.sandbox = m_parser.isSet(QStringLiteral("sandbox"));
    o.sandboxFactory = &Sandbox::startLocalProxy;
    o.profile = m_profileOverride.isEmpty() ? m_parser.value(QStringLiteral("profile")) : m_profileOverride;
    o.proxyUrl = m_parser.value(QStringLiteral("proxy"));
    o.caFile = m_parser.value(QStringLiteral("ca-file"));
    o.allowHttp = m_parser.isSet(QStringLiteral("allow-http"));
    o.databaseUrl = m_parser.value(QStringLiteral("db"));
    o.operatorName = m_parser.value(QStringLiteral("operator"));
    o.timeoutMs = m_parser.value(QStringLiteral("timeout")).toInt();
    if (needProxy) {
        if (m_parser.isSet(QStringLiteral("master-key-stdin"))) {
            o.masterKey = readLineFromStdin();
            if (o.masterKey.isEmpty())
                return fail(OperationError::badInput(QStringLiteral("--master-key-stdin was given but stdin held no key.")));
        } else {
            o.masterKey = qEnvironmentVariable("ORGCONSOLE_MASTER_KEY");
        }
    }
    m_context = std::make_unique<AppContext>(o);
    m_context->initialize(needProxy, [this, then](OperationError error) {
        if (error.isError())
            return fail(error);
        for (const QString &warning : m_context->warnings())
            m_err << "orgctl: warning: " << warning << "\n";
        then();
    });
}

void Orgctl::resolveOrganization(const QString &idOrName, std::function<void(Organization)> then)
{
    if (idOrName.isEmpty())
        return fail(OperationError::badInput(QStringLiteral("which organization? Give its id or name.")));
    m_context->queries().findByIdOrName(idOrName, this, [this, idOrName, then](Stored<Organization> r) {
        if (!r.ok() && r.error.kind == StorageError::Kind::NotFound)
            return fail(OperationError::notFound(QStringLiteral("no organization has the id or name \"%1\".").arg(idOrName)));
        if (!r.ok())
            return fail(OperationError(r.error));
        then(*r.value);
    });
}

void Orgctl::printStep(int step, int stepCount, const QString &name, StepState state, const QString &message)
{
    if (state == StepState::Pending)
        return;
    static const char *const states[] = {"pending", "running", "done", "FAILED"};
    m_err << "[" << (step + 1) << "/" << stepCount << "] " << name.leftJustified(13) << " " << states[int(state)]
          << (message.isEmpty() ? QString() : QStringLiteral(": ") + message) << Qt::endl;
}

void Orgctl::printBulkProgress(qsizetype decided, qsizetype total, const QString &counts)
{
    if (decided < total && m_progressShown.isValid() && m_progressShown.elapsed() < 1000)
        return;
    m_progressShown.start();
    m_err << "[" << decided << "/" << total << "] " << counts << Qt::endl;
}

void Orgctl::printOrganization(const Organization &o, const QString &rawKey)
{
    if (m_json) {
        QJsonObject j = organizationJson(o);
        if (!rawKey.isEmpty())
            j.insert(QStringLiteral("api_key"), rawKey);
        m_out << QJsonDocument(j).toJson(QJsonDocument::Indented);
        return;
    }
    auto row = [this](const char *label, const QString &value) {
        m_out << QString::fromLatin1(label).leftJustified(16) << printable(value) << "\n";
    };
    row("Organization", o.name);
    row("Id", o.id);
    row("Status",
        orgStatusToString(o.status)
            + (o.lastError.isEmpty() ? QString() : QStringLiteral(" (") + o.lastError + QLatin1Char(')')));
    row("Owner", o.ownerUserId);
    if (!o.contactName.isEmpty() || !o.contactEmail.isEmpty())
        row("Contact",
            o.contactEmail.isEmpty()
                ? o.contactName
                : (o.contactName.isEmpty() ? o.contactEmail : QStringLiteral("%1 <%2>").arg(o.contactName, o.contactEmail)));
    row("Team", o.teamId);
    row("Max budget", formatUsd(o.maxBudget));
    row("Budget period", o.budgetDuration.isEmpty() ? QStringLiteral("never resets") : o.budgetDuration);
    if (o.budgetResetAt.isValid())
        row("Next reset", o.budgetResetAt.toString(Qt::ISODate));
    row("Spend", formatUsd(o.spend));
    row("Remaining", formatUsd(o.remaining()));
    row("Models", o.models.isEmpty() ? QStringLiteral("all") : o.models.join(QStringLiteral(", ")));
    row("Key", o.keyName + (o.keyBlocked ? QStringLiteral(" (blocked)") : QString()));
    row("Key alias", o.keyAlias);
    row("Created", QStringLiteral("%1 by %2").arg(o.createdAt.toString(Qt::ISODate), o.createdBy));
    if (!rawKey.isEmpty()) {
        m_out << "\nAPI key (shown once; store it now):\n" << rawKey << "\n";
    }
}

} // namespace OrgConsole
