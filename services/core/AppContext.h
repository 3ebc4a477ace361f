#pragma once

#include "services/core/LocalProxy.h"
#include "services/core/OperationError.h"
#include "services/core/Settings.h"
#include "services/litellm/ProxyProfile.h"
#include "services/storage/Database.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;
class SecretStore;
class CreateOrganization;
class OrgOperations;
class OrgQueries;
class Diagnostics;
class BulkCreation;
class BulkMemberImport;
class AddMember;
class BudgetDoctor;
class MemberOperations;
class LiveUpdates;
class BudgetWatch;
class DemoData;
class SpendReports;

// How the console or orgctl was asked to start.
struct ContextOptions {
    QString configDir; // --config / ORGCONSOLE_CONFIG_DIR
    bool sandbox = false; // --sandbox: built-in simulator and sandbox database
    bool sandboxWhenUnconfigured = false; // the console: sandbox when no proxy profile exists
    // The desktop console: advice in messages names its menus, not orgctl's options and variables.
    bool console = false;
    QString profile; // --profile NAME
    QString proxyUrl; // --proxy URL (one-off profile)
    QString caFile; // with --proxy
    bool allowHttp = false;
    QString databaseUrl; // --db
    QString operatorName; // --operator
    QString masterKey; // from ORGCONSOLE_MASTER_KEY or stdin; never argv
    int timeoutMs = 0; // 0 = the profile's
    // PostgreSQL: when the change feed reads what a reconnect compares with; negative:
    // ChangeFeed::kBaselineDelayMs (tests choose).
    int changeBaselineDelayMs = -1;
    // Starts the sandbox's proxy; given by programs linked with orgconsole_sandbox. Empty in a
    // program built without it, where sandbox mode fails with a clear message.
    LocalProxyFactory sandboxFactory;
};

// The composition root: builds the network manager, database worker, secret store, LiteLLM
// client and (in sandbox mode, through ContextOptions::sandboxFactory) the local proxy once, and
// hands them to whoever needs them.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(ContextOptions options, QObject *parent = nullptr);
    ~AppContext() override;

    // Opens the database and, when `needProxy`, resolves the profile and its master key.
    // Calls back with no error on success, or the error: BadInput for what the caller gave (the
    // operator name, the database URL, the profile, the master key), Database when the database
    // would not open, Other when the keychain or the sandbox failed.
    void initialize(bool needProxy, std::function<void(OperationError)> done);
    // Resolves the proxy again when there is none yet (e.g. after a profile and its master key were
    // saved in Settings); a no-op when a client exists, so nothing running loses it.
    void connectProxy(std::function<void(OperationError)> done);

    const AppPaths &paths() const { return m_paths; }
    Settings &settings() { return *m_settings; }
    SecretStore &secrets() { return *m_secrets; }
    RepositoryWorker &repository() { return *m_repository; }
    LiteLlmClient *client() { return m_client.get(); } // null until a proxy is resolved
    bool hasProxy() const { return m_client != nullptr; }
    // The database was opened: what live() follows. (The proxy may still be missing.)
    bool hasDatabase() const { return m_databaseOpen; }
    const ProxyProfile &profile() const { return m_profile; }
    QString operatorName() const { return m_operator; }
    // Applies a new operator name to everything built from now on and to the running client and
    // operations, so the audit trail and the proxy's `litellm-changed-by` name the right person.
    void setOperatorName(const QString &name);
    bool isSandbox() const { return m_options.sandbox; }
    DatabaseLocation databaseLocation() const { return m_location; }
    QString masterKeySource() const { return m_keySource; }
    // Problems that did not stop the start (e.g. a damaged sandbox state), for the user to read.
    QStringList warnings() const { return m_warnings; }

    std::unique_ptr<CreateOrganization> newCreation(QObject *parent = nullptr);
    std::unique_ptr<BulkCreation> newBulkCreation(QObject *parent = nullptr);
    // Many members from a CSV file (needs a proxy, like newBulkCreation()).
    std::unique_ptr<BulkMemberImport> newBulkMemberImport(QObject *parent = nullptr);
    // One "Add member" saga (needs a proxy, like newCreation()).
    std::unique_ptr<AddMember> newMemberAddition(QObject *parent = nullptr);
    // Changes to members after they were added (operations().members()).
    MemberOperations &members();
    // The budget doctor over the same client, database and operations (its fixes are theirs).
    std::unique_ptr<BudgetDoctor> newBudgetDoctor(QObject *parent = nullptr);
    OrgOperations &operations();
    OrgQueries &queries();
    Diagnostics &diagnostics();
    // What the other desktops change, as it happens (the console; started on first use, after
    // initialize() opened the database).
    LiveUpdates &live();
    // The sandbox's demo organizations and simulated usage (refused outside the sandbox).
    std::unique_ptr<DemoData> newDemoData(QObject *parent = nullptr);
    // Alert levels, crossings and the run-out forecast (budget watch).
    BudgetWatch &budgetWatch();
    // Spend reports over a range of days (closed days stored once fetched); newReports() for a
    // window or pane of its own that runs reports while another does.
    SpendReports &reports();
    std::unique_ptr<SpendReports> newReports(QObject *parent = nullptr);

private:
    void openRepository(bool needProxy, std::function<void(OperationError)> done);
    void resolveProxy(std::function<void(OperationError)> done);
    void startClient(const QString &masterKey);
    OperationError startSandbox();

    ContextOptions m_options;
    AppPaths m_paths;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_databaseOpen = false;
    std::unique_ptr<RepositoryWorker> m_repository;
    std::unique_ptr<LocalProxy> m_sandbox;
    std::unique_ptr<LiteLlmClient> m_client;
    std::unique_ptr<OrgOperations> m_operations;
    std::unique_ptr<OrgQueries> m_queries;
    std::unique_ptr<Diagnostics> m_diagnostics;
    std::unique_ptr<LiveUpdates> m_live;
    std::unique_ptr<BudgetWatch> m_budgetWatch;
    std::unique_ptr<SpendReports> m_reports;
    ProxyProfile m_profile;
    DatabaseLocation m_location;
    QString m_operator;
    QString m_keySource;
    QStringList m_warnings;
};

} // namespace OrgConsole
