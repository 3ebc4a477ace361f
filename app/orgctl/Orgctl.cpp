#include "app/orgctl/Orgctl.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/SafeText.h"
#include "models/Validation.h"
#include "orgconsole/version.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/CsvImport.h"
#include "services/provisioning/OrgOperations.h"
#include "services/sandbox/SandboxProxy.h"
#include "services/secrets/SecretStore.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <iostream>
#include <string>

namespace OrgConsole {

namespace {
const char kHelpText[] = R"(Commands:
  org create --name N --owner U [--budget USD | --unlimited] [--duration 30d] [--models a,b]
             [--contact-name NAME] [--contact-email EMAIL]
  org list [--filter TEXT]            org show ID|NAME
  org set-budget ID|NAME (--budget USD | --unlimited) [--duration D]
  org rotate-key ID|NAME              org block-key ID|NAME      org unblock-key ID|NAME
  org delete ID|NAME [--yes]          (asks you to type the name unless --yes)
  refresh                             budgets and spend of all organizations
  reconcile [--fix [--yes --delete-orphan ID]...]  compare the database with the proxy
  recover [--grace SECONDS] [--reissue-keys]
  audit [ID|NAME]                     proxy test
  import FILE.csv [-j N] [--dry-run] [--results FILE]
  profile add NAME --url URL [--ca-file F] [--allow-http] [--timeout MS]
  profile list | profile remove NAME | profile use NAME | profile test NAME
  profile set-key NAME                reads the master key from stdin (or ORGCONSOLE_MASTER_KEY) into the keychain

The master key comes from the keychain, ORGCONSOLE_MASTER_KEY, or --master-key-stdin; never from arguments.

Exit codes: 0 success, 1 other failure, 2 bad input or conflict, 3 proxy error, 4 database error,
            5 partial bulk failure, 6 cancelled.)";

QJsonValue budgetJson(std::optional<double> b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

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

} // namespace

QString readLineFromStdin()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    return QString::fromStdString(line).trimmed();
}

Orgctl::Orgctl(QObject *parent)
    : QObject(parent)
{
}

void Orgctl::finish(int code)
{
    m_out.flush();
    m_err.flush();
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

void Orgctl::fail(int code, const QString &message)
{
    if (m_json)
        m_err << QJsonDocument(QJsonObject {{QStringLiteral("error"), message}, {QStringLiteral("exit_code"), code}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    else
        m_err << "orgctl: " << printable(message, 4000) << "\n";
    finish(code);
}

void Orgctl::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(QStringLiteral("orgctl %1: the command-line twin of OrgConsole.\n\n%2")
                                           .arg(QString::fromLatin1(kVersion), QString::fromLatin1(kHelpText)));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see Commands above)."));
    auto opt = [this](const QString &name, const QString &help, const QString &value = {}) {
        m_parser.addOption(QCommandLineOption(name.split(QLatin1Char('|')), help, value));
    };
    opt(QStringLiteral("config"), QStringLiteral("Settings and data folder (or ORGCONSOLE_CONFIG_DIR)."), QStringLiteral("DIR"));
    opt(QStringLiteral("sandbox"), QStringLiteral("Use the built-in simulated proxy and the sandbox database."));
    opt(QStringLiteral("profile"), QStringLiteral("Proxy profile to use."), QStringLiteral("NAME"));
    opt(QStringLiteral("proxy"), QStringLiteral("A one-off proxy URL instead of a profile."), QStringLiteral("URL"));
    opt(QStringLiteral("db"), QStringLiteral("Database: a SQLite file or postgresql://user@host:port/db."),
        QStringLiteral("URL"));
    opt(QStringLiteral("operator"), QStringLiteral("Your name for the audit trail (default: the OS user)."),
        QStringLiteral("NAME"));
    opt(QStringLiteral("master-key-stdin"), QStringLiteral("Read the master key from the first line of stdin."));
    opt(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    opt(QStringLiteral("timeout"), QStringLiteral("Proxy transfer timeout in milliseconds."), QStringLiteral("MS"));
    opt(QStringLiteral("name"), QStringLiteral("Organization name (org create)."), QStringLiteral("NAME"));
    opt(QStringLiteral("owner"), QStringLiteral("Owner user id (org create)."), QStringLiteral("USER"));
    opt(QStringLiteral("budget"), QStringLiteral("Max budget in USD."), QStringLiteral("USD"));
    opt(QStringLiteral("unlimited"), QStringLiteral("No max budget."));
    opt(QStringLiteral("duration"), QStringLiteral("Budget duration, e.g. 30d, 1mo (empty: never resets)."), QStringLiteral("D"));
    opt(QStringLiteral("models"), QStringLiteral("Allowed models, comma separated (empty: all)."), QStringLiteral("LIST"));
    opt(QStringLiteral("contact-name"), QStringLiteral("Contact name."), QStringLiteral("NAME"));
    opt(QStringLiteral("contact-email"), QStringLiteral("Contact email."), QStringLiteral("EMAIL"));
    opt(QStringLiteral("filter"), QStringLiteral("Only organizations whose name contains TEXT."), QStringLiteral("TEXT"));
    opt(QStringLiteral("yes|y"), QStringLiteral("Do not ask for confirmation."));
    opt(QStringLiteral("fix"), QStringLiteral("reconcile: apply the fix for each drift."));
    opt(QStringLiteral("delete-orphan"),
        QStringLiteral("reconcile --fix --yes: delete this orphan team or key of this database (repeat for each)."),
        QStringLiteral("ID"));
    opt(QStringLiteral("grace"), QStringLiteral("recover: only rows untouched for this many seconds (default 120)."),
        QStringLiteral("SECONDS"));
    opt(QStringLiteral("reissue-keys"), QStringLiteral("recover: finish interrupted creations by issuing a new key."));
    opt(QStringLiteral("j"), QStringLiteral("import: organizations created at once (default 4, max 32)."), QStringLiteral("N"));
    opt(QStringLiteral("dry-run"), QStringLiteral("import: validate and show what would happen."));
    opt(QStringLiteral("results"), QStringLiteral("import: per-row result file (CSV)."), QStringLiteral("FILE"));
    opt(QStringLiteral("url"), QStringLiteral("profile add: proxy URL."), QStringLiteral("URL"));
    opt(QStringLiteral("ca-file"), QStringLiteral("Extra CA certificates (PEM) for the proxy."), QStringLiteral("FILE"));
    opt(QStringLiteral("allow-http"),
        QStringLiteral("Allow plain http:// to a non-loopback proxy (the master key travels unencrypted)."));

    if (!m_parser.parse(arguments))
        return fail(ExitBadInput, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return finish(ExitOk);
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "orgctl " << kVersion << "\n";
        return finish(ExitOk);
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    m_outDevice.setJson(m_json);
    m_errDevice.setJson(m_json);
    m_args = m_parser.positionalArguments();
    if (m_args.isEmpty())
        return fail(ExitBadInput, QStringLiteral("no command given; see orgctl --help."));
    dispatch();
}

void Orgctl::dispatch()
{
    const QString group = m_args.value(0);
    const QString verb = m_args.value(1);
    if (group == QLatin1String("org")) {
        if (verb == QLatin1String("create"))
            return orgCreate();
        if (verb == QLatin1String("list"))
            return orgList();
        if (verb == QLatin1String("show"))
            return orgShow();
        if (verb == QLatin1String("set-budget"))
            return orgSetBudget();
        if (verb == QLatin1String("rotate-key"))
            return orgRotateKey();
        if (verb == QLatin1String("block-key"))
            return orgBlockKey(true);
        if (verb == QLatin1String("unblock-key"))
            return orgBlockKey(false);
        if (verb == QLatin1String("delete"))
            return orgDelete();
        return fail(ExitBadInput, QStringLiteral("unknown command \"org %1\"; see orgctl --help.").arg(verb));
    }
    if (group == QLatin1String("refresh"))
        return refresh();
    if (group == QLatin1String("reconcile"))
        return reconcile();
    if (group == QLatin1String("recover"))
        return recover();
    if (group == QLatin1String("audit"))
        return audit();
    if (group == QLatin1String("proxy") && verb == QLatin1String("test"))
        return proxyTest();
    if (group == QLatin1String("profile"))
        return profileCommand();
    if (group == QLatin1String("import"))
        return importCsv();
    fail(ExitBadInput, QStringLiteral("unknown command \"%1\"; see orgctl --help.").arg(m_args.join(QLatin1Char(' '))));
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
                return fail(ExitBadInput, QStringLiteral("--master-key-stdin was given but stdin held no key."));
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
        return fail(ExitBadInput, QStringLiteral("which organization? Give its id or name."));
    m_context->repository().run<Organization>(
        [idOrName](OrgRepository &repo) {
            auto byId = repo.findById(idOrName);
            return byId.ok() ? byId : repo.findByName(idOrName);
        },
        this,
        [this, idOrName, then](Stored<Organization> r) {
            if (!r.ok() && r.error.kind == StorageError::Kind::NotFound)
                return fail(OperationError::notFound(QStringLiteral("no organization has the id or name \"%1\".").arg(idOrName)));
            if (!r.ok())
                return fail(OperationError(r.error));
            then(*r.value);
        });
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

void Orgctl::orgCreate()
{
    NewOrganization n;
    n.name = m_parser.value(QStringLiteral("name"));
    n.ownerUserId = m_parser.value(QStringLiteral("owner"));
    n.contactName = m_parser.value(QStringLiteral("contact-name"));
    n.contactEmail = m_parser.value(QStringLiteral("contact-email"));
    if (m_parser.isSet(QStringLiteral("budget")) && m_parser.isSet(QStringLiteral("unlimited")))
        return fail(ExitBadInput, QStringLiteral("give either --budget or --unlimited, not both."));
    if (m_parser.isSet(QStringLiteral("budget"))) {
        const BudgetParse p = parseBudgetText(m_parser.value(QStringLiteral("budget")));
        if (!p.value)
            return fail(ExitBadInput, p.error);
        n.maxBudget = p.value;
    }
    const bool budgetGiven = m_parser.isSet(QStringLiteral("budget")) || m_parser.isSet(QStringLiteral("unlimited"));
    const bool durationGiven = m_parser.isSet(QStringLiteral("duration"));
    const bool modelsGiven = m_parser.isSet(QStringLiteral("models"));
    n.budgetDuration = m_parser.value(QStringLiteral("duration"));
    n.models = m_parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &m : n.models)
        m = m.trimmed();
    withContext(true, [this, n, budgetGiven, durationGiven, modelsGiven]() mutable {
        const NewOrgDefaults d = m_context->settings().defaults();
        if (!budgetGiven)
            n.maxBudget = d.maxBudget;
        if (!durationGiven)
            n.budgetDuration = d.budgetDuration;
        if (!modelsGiven)
            n.models = d.models;
        auto *saga = m_context->newCreation(this).release();
        saga->start(
            n,
            [this](const StepProgress &p) {
                if (p.state == StepState::Pending)
                    return;
                static const char *const states[] = {"pending", "running", "done", "FAILED"};
                m_err << "[" << (int(p.step) + 1) << "/" << kCreateStepCount << "] " << createStepName(p.step).leftJustified(13)
                      << " " << states[int(p.state)] << (p.message.isEmpty() ? QString() : QStringLiteral(": ") + p.message)
                      << Qt::endl;
            },
            [this, saga](const CreateResult &r) {
                saga->deleteLater();
                if (!r.ok) {
                    QString after;
                    if (!r.cleanedUp.isEmpty())
                        after += QStringLiteral("\nCleaned up: %1.").arg(r.cleanedUp.join(QStringLiteral(", ")));
                    if (r.cleanupError.isError())
                        after
                            += QStringLiteral("\nCleanup failed too (the organization is marked failed; run orgctl recover): %1")
                                   .arg(r.cleanupError.message);
                    return fail(r.error.withContext(
                        QStringLiteral("creating the organization failed at \"%1\": ").arg(createStepName(*r.failedStep)),
                        after));
                }
                Organization org = r.organization;
                org.maxBudget = r.team.maxBudget;
                org.spend = r.team.spend;
                org.budgetDuration = r.team.budgetDuration;
                org.budgetResetAt = r.team.budgetResetAt;
                printOrganization(org, r.rawKey);
                if (!r.warning.isEmpty())
                    m_err << "orgctl: warning: " << r.warning << "\n";
                finish(ExitOk);
            });
    });
}

void Orgctl::orgList()
{
    withContext(false, [this] {
        const QString filter = m_parser.value(QStringLiteral("filter"));
        m_context->repository().run<QList<Organization>>(
            [](OrgRepository &repo) { return repo.listAll(); }, this,
            [this, filter](Stored<QList<Organization>> r) {
                if (!r.ok())
                    return fail(OperationError(r.error));
                QList<Organization> list;
                for (const Organization &o : std::as_const(*r.value)) {
                    if (filter.isEmpty() || o.name.contains(filter, Qt::CaseInsensitive))
                        list.append(o);
                }
                if (m_json) {
                    QJsonArray a;
                    for (const Organization &o : list)
                        a.append(organizationJson(o));
                    m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
                    return finish(ExitOk);
                }
                m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                             .arg(QStringLiteral("NAME").leftJustified(32), QStringLiteral("STATUS").leftJustified(12),
                                  QStringLiteral("BUDGET").rightJustified(14), QStringLiteral("SPEND").rightJustified(12),
                                  QStringLiteral("REMAINING").rightJustified(14), QStringLiteral("KEY").leftJustified(11),
                                  QStringLiteral("ID"));
                for (const Organization &o : list)
                    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                                 .arg(o.name.left(32).leftJustified(32), orgStatusToString(o.status).leftJustified(12),
                                      formatUsd(o.maxBudget).rightJustified(14), formatUsd(o.spend).rightJustified(12),
                                      formatUsd(o.remaining()).rightJustified(14), o.keyName.leftJustified(11), o.id);
                m_err << list.size() << " organization(s)\n";
                finish(ExitOk);
            });
    });
}

void Orgctl::orgShow()
{
    withContext(false, [this] {
        resolveOrganization(m_args.value(2), [this](Organization o) {
            printOrganization(o);
            finish(ExitOk);
        });
    });
}

void Orgctl::orgSetBudget()
{
    std::optional<double> budget;
    if (m_parser.isSet(QStringLiteral("budget")) == m_parser.isSet(QStringLiteral("unlimited")))
        return fail(ExitBadInput, QStringLiteral("give exactly one of --budget USD or --unlimited."));
    if (m_parser.isSet(QStringLiteral("budget"))) {
        const BudgetParse p = parseBudgetText(m_parser.value(QStringLiteral("budget")));
        if (!p.value)
            return fail(ExitBadInput, p.error);
        budget = p.value;
    }
    withContext(true, [this, budget] {
        resolveOrganization(m_args.value(2), [this, budget](Organization o) {
            const QString duration
                = m_parser.isSet(QStringLiteral("duration")) ? m_parser.value(QStringLiteral("duration")) : o.budgetDuration;
            m_context->operations().setBudget(o.id, budget, duration, [this](OperationResult r) {
                if (!r.ok)
                    return fail(r.error);
                printOrganization(r.organization);
                finish(ExitOk);
            });
        });
    });
}

void Orgctl::orgRotateKey()
{
    withContext(true, [this] {
        resolveOrganization(m_args.value(2), [this](Organization o) {
            m_err << "Rotating the key of \"" << o.name << "\"...\n";
            m_context->operations().rotateKey(o.id, [this](OperationResult r) {
                if (!r.ok)
                    return fail(r.error);
                printOrganization(r.organization, r.rawKey);
                if (!r.note.isEmpty())
                    m_err << "orgctl: note: " << r.note << "\n";
                finish(ExitOk);
            });
        });
    });
}

void Orgctl::orgBlockKey(bool blocked)
{
    withContext(true, [this, blocked] {
        resolveOrganization(m_args.value(2), [this, blocked](Organization o) {
            m_context->operations().setKeyBlocked(o.id, blocked, [this](OperationResult r) {
                if (!r.ok)
                    return fail(r.error);
                printOrganization(r.organization);
                finish(ExitOk);
            });
        });
    });
}

void Orgctl::orgDelete()
{
    withContext(true, [this] {
        resolveOrganization(m_args.value(2), [this](Organization o) {
            if (!m_parser.isSet(QStringLiteral("yes"))) {
                m_err << "This deletes \"" << o.name
                      << "\", its team and its key on the proxy. Type the organization's name to confirm: " << Qt::flush;
                const QString typed = readLineFromStdin();
                if (typed != o.name)
                    return fail(ExitCancelled, QStringLiteral("the name did not match; nothing was deleted."));
            }
            m_context->operations().deleteOrganization(o.id, [this](OperationResult r) {
                if (!r.ok)
                    return fail(r.error);
                if (m_json)
                    m_out << QJsonDocument(QJsonObject {{QStringLiteral("deleted"), r.organization.id}})
                                 .toJson(QJsonDocument::Compact)
                          << "\n";
                else
                    m_out << "Deleted \"" << r.organization.name << "\" (" << r.organization.id << ").\n";
                finish(ExitOk);
            });
        });
    });
}

void Orgctl::refresh()
{
    withContext(true, [this] {
        m_context->operations().refreshAll([this](RefreshSummary s) {
            if (s.error.isError())
                return fail(s.error);
            if (m_json)
                m_out << QJsonDocument(QJsonObject {{QStringLiteral("teams_read"), s.teamsRead},
                                                    {QStringLiteral("organizations_updated"), s.organizationsUpdated},
                                                    {QStringLiteral("requests"), s.requests}})
                             .toJson(QJsonDocument::Compact)
                      << "\n";
            else
                m_out << "Refreshed " << s.organizationsUpdated << " organization(s) from " << s.teamsRead << " team(s) in "
                      << s.requests << " request(s).\n";
            finish(ExitOk);
        });
    });
}

void Orgctl::audit()
{
    withContext(false, [this] {
        auto show = [this](Stored<QList<AuditEntry>> r) {
            if (!r.ok())
                return fail(OperationError(r.error));
            QJsonArray items;
            for (const AuditEntry &e : std::as_const(*r.value)) {
                items.append(QJsonObject {{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("operator"), e.operatorName},
                                          {QStringLiteral("action"), e.action},
                                          {QStringLiteral("organization_id"), e.organizationId},
                                          {QStringLiteral("organization"), e.organizationName},
                                          {QStringLiteral("outcome"), auditOutcomeName(e.outcome)},
                                          {QStringLiteral("details"), e.details}});
                if (!m_json)
                    m_out << e.at.toString(Qt::ISODate) << "  " << printable(e.operatorName, 40).leftJustified(14) << " "
                          << printable(e.action, 60).leftJustified(14) << " "
                          << printable(e.organizationName.left(30)).leftJustified(30) << " " << auditOutcomeName(e.outcome)
                          << "\n";
            }
            if (m_json)
                m_out << QJsonDocument(items).toJson(QJsonDocument::Indented);
            finish(ExitOk);
        };
        if (m_args.size() < 2)
            return m_context->repository().run<QList<AuditEntry>>([](OrgRepository &repo) { return repo.auditAll(); }, this,
                                                                  show);
        resolveOrganization(m_args.value(1), [this, show](Organization o) {
            m_context->repository().run<QList<AuditEntry>>([id = o.id](OrgRepository &repo) { return repo.audit(id); }, this,
                                                           show);
        });
    });
}

void Orgctl::proxyTest()
{
    withContext(true, [this] {
        m_context->client()->testConnection([this](Result<ConnectionReport> r) {
            if (!r.ok())
                return fail(OperationError(r.error));
            if (m_json)
                m_out << QJsonDocument(QJsonObject {{QStringLiteral("reachable"), r.value->reachable},
                                                    {QStringLiteral("database_connected"), r.value->databaseConnected},
                                                    {QStringLiteral("admin_key"), r.value->adminKey},
                                                    {QStringLiteral("version"), r.value->version},
                                                    {QStringLiteral("summary"), r.value->summary}})
                             .toJson(QJsonDocument::Compact)
                      << "\n";
            else
                m_out << r.value->summary << "\n";
            finish(r.value->adminKey && r.value->databaseConnected ? ExitOk : ExitProxyError);
        });
    });
}

} // namespace OrgConsole
