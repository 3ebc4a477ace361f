#include "services/core/AppContext.h"

#include "models/Validation.h"
#include "orgconsole/version.h"
#include "services/core/Diagnostics.h"
#include "services/core/FilePermissions.h"
#include "services/core/LiveUpdates.h"
#include "services/core/OrgQueries.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/BudgetDoctor.h"
#include "services/provisioning/BudgetWatch.h"
#include "services/provisioning/BulkCreation.h"
#include "services/provisioning/BulkMemberImport.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/DemoData.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/reports/SpendReports.h"
#include "services/secrets/SecretStore.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace OrgConsole {

static AppPaths privatePaths(const QString &configDir)
{
    restrictNewFiles(); // before the first folder or file is made
    return AppPaths::resolve(configDir);
}

// A database named on the command line as it may be shown: without its password.
static QString givenDatabase(const QString &url)
{
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(url, &error);
    return error.isEmpty() ? location.displayUrl() : QCoreApplication::translate("AppContext", "not a valid database URL");
}

AppContext::AppContext(ContextOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_paths(privatePaths(m_options.configDir))
    , m_settings(std::make_unique<Settings>(m_paths))
    , m_secrets(std::make_unique<SecretStore>(QString::fromLatin1(kAppId)))
{
    m_operator = !m_options.operatorName.isEmpty() ? m_options.operatorName : m_settings->operatorName();
    QStringList tightened = tightenPermissions(m_paths.configDir);
    if (m_paths.dataDir != m_paths.configDir)
        tightened += tightenPermissions(m_paths.dataDir);
    if (!tightened.isEmpty())
        m_warnings.append(
            QCoreApplication::translate("AppContext",
                                        "%n file(s) or folder(s) holding customer data were readable by other users of this "
                                        "computer and are now private to you: %1",
                                        nullptr, int(tightened.size()))
                .arg(tightened.join(QStringLiteral(", "))));
    // The sandbox while nothing is configured, or while the user chose to keep starting in it
    // after adding a profile (Settings asks; it never switches silently). A database named at the
    // start (--db) is the user's own: opened as asked, never swapped for the sandbox's.
    if (m_options.sandboxWhenUnconfigured && m_options.profile.isEmpty() && m_options.proxyUrl.isEmpty()
        && m_options.databaseUrl.isEmpty() && (m_settings->profileNames().isEmpty() || m_settings->startInSandbox()))
        m_options.sandbox = true;
    else if (m_options.sandbox && !m_options.databaseUrl.isEmpty())
        m_warnings.append(QCoreApplication::translate("AppContext",
                                                      "The sandbox keeps its own database, so the database given (%1) was not "
                                                      "opened: start without the sandbox to work in it.")
                              .arg(givenDatabase(m_options.databaseUrl)));
}

AppContext::~AppContext()
{
    m_live.reset();
    m_diagnostics.reset();
    m_queries.reset();
    m_operations.reset();
    m_client.reset();
    m_repository.reset();
}

void AppContext::initialize(bool needProxy, std::function<void(OperationError)> done)
{
    // It travels in a header and in every audit line: a line break would forge either.
    if (const QString e = validateOperatorName(m_operator); !e.isEmpty())
        return done(OperationError::badInput(e));
    QString dbUrl = m_options.databaseUrl;
    if (m_options.sandbox)
        dbUrl = m_paths.sandboxDatabase();
    else if (dbUrl.isEmpty())
        dbUrl = m_settings->databaseUrl();
    if (dbUrl.isEmpty())
        dbUrl = m_paths.defaultDatabase();
    QString error;
    m_location = DatabaseLocation::parse(dbUrl, &error);
    if (!error.isEmpty())
        return done(OperationError::badInput(error));
    if (m_location.engine == DatabaseLocation::Engine::Postgres && m_location.password.isEmpty()) {
        // A password for PostgreSQL comes from the keychain when one was saved; otherwise libpq
        // uses PGPASSFILE / ~/.pgpass.
        const QString key
            = SecretStore::databasePasswordName(m_location.user, m_location.host, m_location.port, m_location.database);
        m_secrets->read(key, [this, needProxy, done](SecretResult r) {
            if (r.ok)
                m_location.password = r.secret;
            openRepository(needProxy, done);
        });
        return;
    }
    openRepository(needProxy, done);
}

void AppContext::openRepository(bool needProxy, std::function<void(OperationError)> done)
{
    m_repository = std::make_unique<RepositoryWorker>(m_location);
    m_repository->open(this, [this, needProxy, done](QString e) {
        if (!m_repository->warning().isEmpty())
            m_warnings.append(m_repository->warning());
        if (!e.isEmpty())
            return done(OperationError::database(e));
        m_databaseOpen = true;
        if (!needProxy)
            return done({});
        resolveProxy(done);
    });
}

void AppContext::connectProxy(std::function<void(OperationError)> done)
{
    if (m_client)
        return done({});
    resolveProxy(std::move(done));
}

void AppContext::startClient(const QString &masterKey)
{
    m_client = std::make_unique<LiteLlmClient>(&m_nam, m_profile);
    m_client->setMasterKey(masterKey);
    m_client->setOperatorName(m_operator);
    m_operations.reset();
}

// The sandbox proxy accepts only this key, new at every start, so nothing else on the machine can
// use it.
static QString randomSandboxKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    return QStringLiteral("sk-sandbox-")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

OperationError AppContext::startSandbox()
{
    if (!m_options.sandboxFactory)
        return OperationError::other(
            m_options.console
                ? QCoreApplication::translate(
                    "AppContext", "This program was built without the sandbox: add a proxy profile in Tools > Settings.")
                : QCoreApplication::translate(
                    "AppContext", "This program was built without the sandbox: configure a proxy profile or pass --proxy URL."));
    const QString masterKey = randomSandboxKey();
    QString stateWarning;
    QString error;
    m_sandbox
        = m_options.sandboxFactory(masterKey, m_paths.dataDir + QStringLiteral("/sandbox-proxy.json"), &stateWarning, &error);
    if (!m_sandbox)
        return OperationError::other(
            QCoreApplication::translate("AppContext", "The sandbox proxy could not start: %1").arg(error));
    m_profile = ProxyProfile {};
    m_profile.name = QStringLiteral("sandbox");
    m_profile.baseUrl = QUrl(m_sandbox->baseUrl());
    m_keySource = QStringLiteral("sandbox");
    startClient(m_sandbox->masterKey().isEmpty() ? masterKey : m_sandbox->masterKey());
    if (!stateWarning.isEmpty())
        m_warnings.append(stateWarning); // the sandbox still works, from an empty state
    return {};
}

void AppContext::resolveProxy(std::function<void(OperationError)> done)
{
    if (m_options.sandbox)
        return done(startSandbox());
    if (!m_options.proxyUrl.isEmpty()) {
        m_profile = ProxyProfile {};
        m_profile.name = QStringLiteral("one-off");
        m_profile.baseUrl = QUrl(m_options.proxyUrl);
        m_profile.caBundlePath = m_options.caFile;
        m_profile.allowPlainHttp = m_options.allowHttp;
    } else {
        const QString name = !m_options.profile.isEmpty() ? m_options.profile : m_settings->activeProfile();
        if (name.isEmpty() && m_options.console && m_settings->profileNames().isEmpty())
            return done(OperationError::badInput(QCoreApplication::translate(
                "AppContext",
                "There is no proxy profile yet: add one (the proxy's URL and master key) in Tools > Settings > "
                "Proxy profiles, or start with --sandbox to practise on a simulated proxy.")));
        if (name.isEmpty())
            return done(OperationError::badInput(
                m_options.console
                    ? QCoreApplication::translate("AppContext",
                                                  "No proxy profile is chosen: pick one in Tools > Settings > Proxy profiles "
                                                  "(\"Start with\").")
                    : QCoreApplication::translate("AppContext",
                                                  "No proxy is configured: add a profile (orgctl profile add NAME --url URL), "
                                                  "pass --proxy URL, or use --sandbox.")));
        const auto p = m_settings->profile(name);
        if (!p)
            return done(OperationError::badInput(
                QCoreApplication::translate("AppContext", "There is no proxy profile named \"%1\" (known: %2).")
                    .arg(name, m_settings->profileNames().join(QStringLiteral(", ")))));
        m_profile = *p;
    }
    if (m_options.timeoutMs > 0)
        m_profile.timeoutMs = m_options.timeoutMs;
    if (const QString e = checkProxyUrl(m_profile.baseUrl, m_profile.allowPlainHttp); !e.isEmpty())
        return done(OperationError::badInput(e));
    if (!m_options.masterKey.isEmpty()) {
        m_keySource = QStringLiteral("given");
        startClient(m_options.masterKey);
        return done({});
    }
    m_secrets->read(SecretStore::masterKeyName(m_profile.name), [this, done](SecretResult r) {
        if (!r.ok && (r.error.isEmpty() || r.notFound))
            return done(OperationError::badInput(
                (m_options.console
                     ? QCoreApplication::translate("AppContext",
                                                   "No master key is stored for the profile \"%1\": type it in Tools > "
                                                   "Settings > Proxy profiles and save the profile.")
                     : QCoreApplication::translate("AppContext",
                                                   "No master key for the profile \"%1\": store it in the keychain (orgctl "
                                                   "profile set-key %1), or pass it in ORGCONSOLE_MASTER_KEY or with "
                                                   "--master-key-stdin."))
                    .arg(m_profile.name)));
        if (!r.ok)
            return done(OperationError::other(r.error));
        m_keySource = QStringLiteral("keychain");
        startClient(r.secret);
        done({});
    });
}

std::unique_ptr<BudgetDoctor> AppContext::newBudgetDoctor(QObject *parent)
{
    return std::make_unique<BudgetDoctor>(m_client.get(), m_repository.get(), &operations(), parent);
}

std::unique_ptr<CreateOrganization> AppContext::newCreation(QObject *parent)
{
    return std::make_unique<CreateOrganization>(m_client.get(), m_repository.get(), m_operator, parent);
}

void AppContext::setOperatorName(const QString &name)
{
    m_operator = name;
    if (m_client)
        m_client->setOperatorName(name);
    if (m_operations)
        m_operations->setOperatorName(name);
}

std::unique_ptr<AddMember> AppContext::newMemberAddition(QObject *parent)
{
    return std::make_unique<AddMember>(m_client.get(), m_repository.get(), m_operator, parent);
}

MemberOperations &AppContext::members()
{
    return operations().members();
}

std::unique_ptr<BulkCreation> AppContext::newBulkCreation(QObject *parent)
{
    return std::make_unique<BulkCreation>(m_client.get(), m_repository.get(), m_operator, parent);
}

std::unique_ptr<BulkMemberImport> AppContext::newBulkMemberImport(QObject *parent)
{
    return std::make_unique<BulkMemberImport>(m_client.get(), m_repository.get(), m_operator, parent);
}

OrgQueries &AppContext::queries()
{
    if (!m_queries)
        m_queries = std::make_unique<OrgQueries>(m_repository.get(), [this] { return m_client.get(); });
    return *m_queries;
}

LiveUpdates &AppContext::live()
{
    if (!m_live) {
        m_live = std::make_unique<LiveUpdates>(m_location, m_options.changeBaselineDelayMs);
        // The server went away under the feed: this window's own connection may have gone with it.
        connect(m_live.get(), &LiveUpdates::connectionLost, m_repository.get(), &RepositoryWorker::suspectConnection);
        m_live->start();
    }
    return *m_live;
}

Diagnostics &AppContext::diagnostics()
{
    if (!m_diagnostics)
        m_diagnostics = std::make_unique<Diagnostics>(&m_nam, m_secrets.get());
    return *m_diagnostics;
}

OrgOperations &AppContext::operations()
{
    if (!m_operations)
        m_operations = std::make_unique<OrgOperations>(m_client.get(), m_repository.get(), m_operator);
    return *m_operations;
}

std::unique_ptr<DemoData> AppContext::newDemoData(QObject *parent)
{
    return std::make_unique<DemoData>(m_client.get(), m_repository.get(), &operations(), m_operator, isSandbox(), parent);
}

BudgetWatch &AppContext::budgetWatch()
{
    if (!m_budgetWatch) {
        m_budgetWatch = std::make_unique<BudgetWatch>([this] { return m_repository.get(); }, m_settings.get());
        m_budgetWatch->setClientProvider([this] { return m_client.get(); });
    }
    return *m_budgetWatch;
}

SpendReports &AppContext::reports()
{
    if (!m_reports)
        m_reports = newReports();
    return *m_reports;
}

// The database, the proxy and its profile are looked up when a report runs: a window built before
// they are ready works once they are.
std::unique_ptr<SpendReports> AppContext::newReports(QObject *parent)
{
    auto reports
        = std::make_unique<SpendReports>([this] { return m_repository.get(); }, [this] { return m_client.get(); }, parent);
    reports->setProfileName([this] { return m_profile.name; });
    return reports;
}

} // namespace OrgConsole
