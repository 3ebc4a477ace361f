#pragma once

#include "models/Organization.h"
#include "services/core/OperationError.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/provisioning/Ownership.h"
#include "services/storage/OrgRepository.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace OrgConsole {

class Heartbeat;
class LiteLlmClient;
class MemberOperations;
class RepositoryWorker;

// The outcome of one lifecycle operation, for the console and orgctl.
struct OperationResult {
    bool ok = false;
    OperationError error; // when !ok
    Organization organization;
    QString rawKey; // rotate / re-issue: shown once, never stored
    QString note;
};

struct RefreshSummary {
    int teamsRead = 0;
    int organizationsUpdated = 0;
    int requests = 0;
    int budgetsChangedOutside = 0; // adopted from the proxy and audited
    OperationError error;
    // Milliseconds since the refresh began when the last page was in, when the figures were stored,
    // and when the work after them (refreshAll's `after`) ended: where a refresh's time goes.
    qint64 pagesReadMs = 0;
    qint64 storedMs = 0;
    qint64 afterMs = 0;
};

struct Drift {
    enum class Kind {
        TeamMissing,
        BudgetChanged,
        KeyMissing,
        OrphanTeam, // made by this database, no organization holds it
        OrphanKey, // made by this database, its team is gone (e.g. a rotation raced a delete)
        UnknownOrigin, // an OrgConsole team from before database identities: for a person to decide
        MembershipMissing, // a member the database has is not in the team on the proxy
        MemberKeyMissing, // a member's key was deleted outside the console
        MemberBudgetChanged, // a member's budget in the team was changed outside the console
        UnknownMember, // a team member the database does not know: for a person to decide
    };
    Kind kind = Kind::TeamMissing;
    QString organizationId; // empty for orphans and unknown teams
    QString userId; // for the member kinds
    QString proxyId; // the team id or key hash on the proxy that the drift is about
    QString name;
    QString description;
    std::optional<double> databaseBudget;
    std::optional<double> proxyBudget;

    // Its fix deletes something on the proxy: only what a person named (typed confirmation in
    // the console; --yes and --delete-orphan ID in orgctl), never a whole class of teams at once.
    bool needsConfirmation() const { return kind == Kind::OrphanTeam || kind == Kind::OrphanKey; }
    bool fixable() const { return kind != Kind::UnknownOrigin && kind != Kind::UnknownMember; }
    bool isAboutAMember() const { return !userId.isEmpty(); }
};
QString driftKindName(Drift::Kind kind);

// What recovery did with one unfinished row.
enum class RecoveryAction { RolledBack, Finished, Deleted, Skipped, Failed };
// What recovery did with a change (a key rotation, a budget change) whose owner died.
QString interruptedChangeText(const QString &phase);
// The one table of names: "rolled back", "finished", "deleted", "skipped (another desktop)", "failed".
QString recoveryActionName(RecoveryAction action);
// The audit outcome recorded for it.
AuditOutcome auditOutcomeFor(RecoveryAction action);

struct RecoveryOutcome {
    QString organizationId;
    QString name;
    RecoveryAction action = RecoveryAction::Failed;
    QString detail; // what was done, in words
    OperationError error; // why it failed (or was skipped)
    QString rawKey; // when a key was re-issued on request
    // The words to show: the error's message when there is one, else the detail.
    QString description() const { return error.isError() ? error.message : detail; }
};

// A row recovery would look at, before it acts: what it is and whether it would be taken now.
struct RecoveryCandidate {
    Organization organization;
    bool takeable = false; // its operation is dead: Recover acts on it now
    QString plan; // what Recover does with it, or why it is left alone, in words
};

OperationResult failure(const OperationError &error);
QJsonValue budgetJson(std::optional<double> budget);

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
    // The budget doctor's fixes (BudgetFixes.cpp). Blocks or unblocks the organization's team on
    // the proxy, audited as block-team / unblock-team.
    void setTeamBlocked(const QString &orgId, bool blocked, std::function<void(OperationResult)> done);
    // Sets the own budget of one of the team's keys (nullopt: none), audited as set-key-budget.
    void setKeyBudget(const QString &orgId, const QString &keyHash, std::optional<double> maxBudget,
                      std::function<void(OperationResult)> done);
    // Budgets and spend of all organizations from /v2/team/list pages; records spend snapshots.
    // `after`, when given, runs on the repository's thread in the same task right after the figures
    // are stored, with the organizations as they are now (the budget watch judges them there: no
    // second read of every organization, no round trip through the caller's thread).
    using AfterRefresh = std::function<void(OrgRepository &, const QList<Organization> &)>;
    void refreshAll(std::function<void(RefreshSummary)> done, AfterRefresh after = {});
    void reconcile(std::function<void(QList<Drift>, OperationError)> done);
    // Who the audit trail names from now on (Settings applies a new name without a restart).
    void setOperatorName(const QString &name);
    // The organizations' members: every change to a member after it was added.
    MemberOperations &members() { return *m_members; }
    void fixDrift(const Drift &drift, std::function<void(OperationResult)> done);
    // Resolves the provisioning / deleting / failed rows whose operation is dead (ownerIsDead():
    // at once when its process is gone from this host, after the lease when it ran on another).
    // With `includeFailed` false only interrupted operations are resolved, not failed rows that
    // wait for a person (the background check).
    void recover(const RecoveryRules &rules, bool reissueKeys, std::function<void(QList<RecoveryOutcome>)> done,
                 bool includeFailed = true);
    // What recover() would act on, without acting: every unfinished row, each with its plan.
    void recoveryCandidates(const RecoveryRules &rules, bool reissueKeys,
                            std::function<void(QList<RecoveryCandidate>, OperationError)> done);
    // Checks every `intervalSeconds` (without blocking the caller's thread) for operations other
    // desktops left unfinished and resolves them; `report` hears what was done, when anything was.
    void startBackgroundRecovery(int intervalSeconds, std::function<void(QList<RecoveryOutcome>)> report);
    // For tests: what this machine knows about processes on it.
    void setOwnerProbe(OwnerProbe probe) { m_probe = std::move(probe); }

private:
    struct ProxyTeams {
        QHash<QString, TeamInfo> teams;
        int requests = 0;
        OperationError error;
    };
    struct ProxyKeys {
        QHash<QString, KeyInfo> keys; // by hash
        OperationError error;
    };
    struct ReconcileState;
    // Every team on the proxy, from /v2/team/list pages of 100.
    void fetchAllTeams(std::function<void(ProxyTeams)> done);
    // Every key on the proxy, from /key/list pages of 100.
    void fetchAllKeys(std::function<void(ProxyKeys)> done);
    void compareWithDatabase(std::shared_ptr<ReconcileState> state, std::function<void(QList<Drift>, OperationError)> done);
    void membersDrift(std::shared_ptr<ReconcileState> state, QList<Drift> drift,
                      std::function<void(QList<Drift>, OperationError)> done);
    // Deletes an orphan team or key, after reading its metadata again: only this database's.
    void deleteOrphan(const Drift &drift, std::function<void(OperationResult)> done);
    void orphanMetadata(const Drift &drift, std::function<void(Result<QJsonObject>)> done);
    void deleteOnProxy(const Drift &drift, std::function<void(const LiteLlmError &)> done);
    void adoptProxyBudget(const Drift &drift, std::function<void(OperationResult)> done);
    void reissueMissingKey(const Drift &drift, std::function<void(OperationResult)> done);
    void markTeamMissing(const Drift &drift, std::function<void(OperationResult)> done);
    void finishOrphanFix(const Drift &drift, const QString &action, const LiteLlmError &error,
                         std::function<void(OperationResult)> done);
    struct Rotation;
    void rotationBegin(const Organization &org, std::function<void(OperationResult)> done);
    void rotationGenerate(std::shared_ptr<Rotation> r);
    void rotationDeleteOld(std::shared_ptr<Rotation> r);
    void rotationUndo(std::shared_ptr<Rotation> r, const OperationError &error);
    void rotationRestoreAlias(std::shared_ptr<Rotation> r);
    void rotationSave(std::shared_ptr<Rotation> r);
    void deleteTeamOf(const Organization &org, std::function<void(OperationResult)> done);
    void restoreAfterFailedDelete(const Organization &org, const OperationError &error,
                                  std::function<void(OperationResult)> done);
    void removeDeletedRow(const Organization &org, std::function<void(OperationResult)> done);
    // A change of an active organization that owns the row while it runs (ChangeClaim.cpp): `body`
    // runs once the row is claimed with `phase` and calls its Finish when the change ended; the
    // row is then released and `done` gets the result with the row as it is now.
    using Finish = std::function<void(OperationResult)>;
    void claimChange(const Organization &org, const QString &phase, std::function<void(Finish)> body, Finish done);
    void refuseChange(const Organization &org, Finish done);
    Finish releasing(const Organization &org, Finish done);
    // Renews the row's heartbeat until `done` is called.
    std::function<void(OperationResult)> withHeartbeat(const QString &orgId, std::function<void(OperationResult)> done);
    void withOrganization(const QString &orgId, std::function<void(Organization)> then,
                          std::function<void(OperationResult)> done);
    void audit(const Organization &org, const QString &action, AuditOutcome outcome, const QJsonObject &details,
               std::function<void()> then);
    // Records the audit entry (ok when `saved` holds the organization, failed otherwise), then
    // delivers `extra` with the saved organization, or `error`.
    void auditThenFinish(const Organization &org, const QString &action, const QJsonObject &details,
                         const Stored<Organization> &saved, const OperationError &error,
                         std::function<void(OperationResult)> done, OperationResult extra = {});
    void sendBudget(const Organization &org, std::optional<double> maxBudget, const QString &budgetDuration,
                    std::function<void(OperationResult)> done);
    void saveBudget(const Organization &org, std::optional<double> maxBudget, const Result<TeamInfo> &r,
                    std::function<void(OperationResult)> done);
    void saveBlocked(const Organization &org, bool blocked, const Result<KeyInfo> &r, std::function<void(OperationResult)> done);
    struct KeyBudget;
    void keyBudgetUpdate(std::shared_ptr<KeyBudget> k);
    void keyBudgetFinish(std::shared_ptr<KeyBudget> k, const LiteLlmError &error);
    void issueReplacementKey(const Organization &org, std::function<void(OperationResult)> done);
    struct Recovery;
    void recoverNext(std::shared_ptr<Recovery> rec);
    void recoveryFinish(std::shared_ptr<Recovery> rec, const Organization &org);
    void recoveryReissue(std::shared_ptr<Recovery> rec, const Organization &org, const TeamInfo &team);
    void recordRecovery(std::shared_ptr<Recovery> rec, const Organization &org, RecoveryAction action, const QString &detail,
                        const OperationError &error, const QString &rawKey = {});
    void rollBack(const Organization &org, std::function<void(OperationError)> done);

    LiteLlmClient *m_client;
    RepositoryWorker *m_repository;
    QString m_operator;
    int m_teamPages = 1; // pages the last read of every team found (readAllTeams' expectedPages)
    OperationOwner m_owner;
    OwnerProbe m_probe;
    MemberOperations *m_members; // a child: the same client, database and operator
    bool m_backgroundRunning = false;
};

} // namespace OrgConsole
