#pragma once

#include "models/Organization.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/storage/OrgRepository.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;

// The outcome of one lifecycle operation, for the console and orgctl.
struct OperationResult {
    bool ok = false;
    QString error; // in words, when !ok
    Organization organization;
    QString rawKey; // rotate / re-issue: shown once, never stored
    QString note;
};

struct RefreshSummary {
    int teamsRead = 0;
    int organizationsUpdated = 0;
    int requests = 0;
    QString error;
};

struct Drift {
    enum class Kind { TeamMissing, BudgetChanged, OrphanTeam, KeyMissing };
    Kind kind;
    QString organizationId; // or the team id for an orphan team
    QString name;
    QString description;
    std::optional<double> databaseBudget;
    std::optional<double> proxyBudget;
};
QString driftKindName(Drift::Kind kind);

struct RecoveryOutcome {
    QString organizationId;
    QString name;
    QString action; // "rolled back", "finished", "deleted", "skipped (another desktop)", "failed"
    QString detail;
    QString rawKey; // when a key was re-issued on request
};

// Everything that changes an organization after creation, each step audited with the operator.
class OrgOperations : public QObject
{
    Q_OBJECT
public:
    OrgOperations(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent = nullptr);

    void setBudget(const QString &orgId, std::optional<double> maxBudget, const QString &budgetDuration,
                   std::function<void(OperationResult)> done);
    void rotateKey(const QString &orgId, std::function<void(OperationResult)> done);
    void setKeyBlocked(const QString &orgId, bool blocked, std::function<void(OperationResult)> done);
    void deleteOrganization(const QString &orgId, std::function<void(OperationResult)> done);
    // Budgets and spend of all organizations from /v2/team/list pages; records spend snapshots.
    void refreshAll(std::function<void(RefreshSummary)> done);
    void reconcile(std::function<void(QList<Drift>, QString error)> done);
    void fixDrift(const Drift &drift, std::function<void(OperationResult)> done);
    // Resolves provisioning / deleting / failed rows older than `graceSeconds`.
    void recover(int graceSeconds, bool reissueKeys, std::function<void(QList<RecoveryOutcome>)> done);

private:
    struct ProxyTeams {
        QHash<QString, TeamInfo> teams;
        int requests = 0;
        QString error;
    };
    // Every team on the proxy, from /v2/team/list pages of 100.
    void fetchAllTeams(std::function<void(ProxyTeams)> done);
    // The hash of every key on the proxy, from /key/list pages of 100.
    void fetchAllKeyHashes(std::function<void(QSet<QString>, QString error)> done);
    void withOrganization(const QString &orgId, std::function<void(Organization)> then,
                          std::function<void(OperationResult)> done);
    void audit(const Organization &org, const QString &action, const QString &outcome, const QJsonObject &details,
               std::function<void()> then);
    void recoverOne(QList<Organization> rows, bool reissueKeys, std::shared_ptr<QList<RecoveryOutcome>> out,
                    std::function<void(QList<RecoveryOutcome>)> done);
    void rollBack(const Organization &org, std::function<void(bool ok, QString error)> done);

    LiteLlmClient *m_client;
    RepositoryWorker *m_repository;
    QString m_operator;
};

} // namespace OrgConsole
