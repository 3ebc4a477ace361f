#pragma once

#include "models/Member.h"
#include "models/Organization.h"
#include "services/core/OperationError.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/provisioning/Ownership.h"
#include "services/storage/OrgRepository.h"

#include <QObject>

#include <functional>
#include <memory>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;
struct RecoveryOutcome;
struct Drift;
struct OperationResult;

// One member as the console and orgctl show them: the row, and what the proxy's /team/info says.
struct MemberView {
    Member member;
    bool isOwner = false;
    bool onProxy = false; // the team lists them as a member
    std::optional<TeamMembership> membership;
    std::optional<KeyInfo> key; // their key as the team's key list has it
    QDateTime lastActive; // not reported by /team/info today: invalid
};

// The proxy's own admin user: /team/new makes the caller of a master key ("default_user_id") an
// admin member of every team. Not a person of the organization, so never reported as unknown.
inline const QString kProxyAdminUserId = QStringLiteral("default_user_id");

// An organization's members, from the database and one /team/info.
struct MembersReport {
    Organization organization;
    QList<MemberView> members;
    QStringList unknownOnProxy; // team members the database does not know
    OperationError proxyError; // the proxy could not be read: the figures are the stored ones
    QDateTime asOf; // when the proxy answered
};

struct MemberResult {
    bool ok = false;
    OperationError error;
    Organization organization;
    Member member;
    QString rawKey; // rotate: shown once, never stored
    QString note;
};

// Every change to a member after it was added, each audited with the operator (and sent to the
// proxy as litellm-changed-by). Members are addressed by organization (id or name) and user id.
class MemberOperations : public QObject
{
    Q_OBJECT
public:
    MemberOperations(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent = nullptr);
    void setOperatorName(const QString &name)
    {
        m_operator = name;
        m_owner.operatorName = name;
    }

    // One member and their organization as stored, without asking the proxy (ok, or NotFound).
    void find(const QString &organization, const QString &userId, std::function<void(MemberResult)> done);
    // The members with their figures from one /team/info; stores the figures that changed (queued
    // on the database worker before anything that follows, not waited for).
    void list(const QString &organization, std::function<void(MembersReport)> done);
    void setBudget(const QString &organization, const QString &userId, std::optional<double> maxBudget,
                   const QString &budgetDuration, std::function<void(MemberResult)> done);
    // A new key first, then the old one deleted; the new one is shown once.
    void rotateKey(const QString &organization, const QString &userId, std::function<void(MemberResult)> done);
    void setKeyBlocked(const QString &organization, const QString &userId, bool blocked, std::function<void(MemberResult)> done);
    // Deletes the member's keys on the proxy, then the membership, then the row. Not the owner.
    void remove(const QString &organization, const QString &userId, std::function<void(MemberResult)> done);
    void makeOwner(const QString &organization, const QString &userId, std::function<void(MemberResult)> done);
    // The members' differences between the database and each organization's team, one /team/info
    // per organization, a few at a time.
    void reconcile(const QList<Organization> &organizations, std::function<void(QList<Drift>, OperationError)> done);
    // Re-adds a missing membership, re-issues a missing key (shown once), adopts a changed budget.
    void fixDrift(const Drift &drift, std::function<void(OperationResult)> done);
    // Finishes member rows whose operation died (an add is rolled back, a removal completed).
    void recover(const RecoveryRules &rules, const OwnerProbe &probe, bool includeFailed,
                 std::function<void(QList<RecoveryOutcome>)> done);

private:
    struct Target {
        Organization org;
        Member member;
    };
    struct Removal;
    struct Rotation;
    void withMember(const QString &organization, const QString &userId, std::function<void(Target)> then,
                    std::function<void(MemberResult)> done);
    void audit(const Target &t, const QString &action, AuditOutcome outcome, QJsonObject details, std::function<void()> then);
    void finish(const Target &t, const QString &action, const QJsonObject &details, const Stored<Member> &saved,
                const OperationError &error, std::function<void(MemberResult)> done, const QString &rawKey = {});
    void saveBudget(const Target &t, std::optional<double> maxBudget, const QString &duration,
                    std::function<void(MemberResult)> done);
    // A change of an active member owns its row while it runs (MemberClaimedChanges.cpp): `body`
    // runs once claimed with `phase`; its end releases the row, and `done` gets the row as it is now.
    using MemberFinish = std::function<void(MemberResult)>;
    void claimChange(const Target &t, const QString &phase, std::function<void(MemberFinish)> body, MemberFinish done);
    void refuseChange(const Target &t, MemberFinish done);
    void releaseMember(const Target &t, MemberResult result, MemberFinish done);
    void blockKey(const Target &t, bool blocked, MemberFinish done);
    void rotationBegin(const Target &t, MemberFinish done);
    void rotationDeleteOld(std::shared_ptr<Rotation> r);
    void rotationSave(std::shared_ptr<Rotation> r);
    void removeKeys(std::shared_ptr<Removal> r);
    void removeMembership(std::shared_ptr<Removal> r);
    void removeRow(std::shared_ptr<Removal> r);
    void removalFailed(std::shared_ptr<Removal> r, const OperationError &error);
    struct ReconcileRun;
    void reconcileNext(std::shared_ptr<ReconcileRun> run);
    void reissueKey(const Target &t, std::function<void(MemberResult)> done);
    void recoverNext(std::shared_ptr<QList<Target>> rows, std::shared_ptr<QList<RecoveryOutcome>> outcomes,
                     std::function<void(QList<RecoveryOutcome>)> done);

    LiteLlmClient *m_client;
    RepositoryWorker *m_repository;
    QString m_operator;
    OperationOwner m_owner;
};

// The view of one organization's members: rows merged with /team/info by user id, in row order.
MembersReport mergeMembers(const Organization &org, const QList<Member> &rows, const TeamDetail &team);

} // namespace OrgConsole
