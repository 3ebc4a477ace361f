#include "services/provisioning/MemberOperations.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/core/WorkPhase.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CrashPoint.h"
#include "services/provisioning/Heartbeat.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace OrgConsole {

namespace {
// The figures the proxy reports for a member, and whether the row already holds them (times to
// the millisecond, as the database keeps them).
MemberFigures figuresOf(const MemberView &v)
{
    return {v.member.userId,
            v.membership->spend,
            v.membership->maxBudget,
            v.membership->budgetDuration,
            v.membership->budgetResetAt,
            v.key ? v.key->blocked : v.member.keyBlocked};
}

bool alreadyStored(const Member &row, const MemberFigures &f)
{
    return row.spend == f.spend && row.maxBudget == f.maxBudget && row.budgetDuration == f.budgetDuration
        && row.keyBlocked == f.keyBlocked && row.budgetResetAt.isValid() == f.budgetResetAt.isValid()
        && (!f.budgetResetAt.isValid() || row.budgetResetAt.toMSecsSinceEpoch() == f.budgetResetAt.toMSecsSinceEpoch());
}

MemberResult memberFailure(const OperationError &error)
{
    MemberResult r;
    r.error = error;
    return r;
}
} // namespace

MembersReport mergeMembers(const Organization &org, const QList<Member> &rows, const TeamDetail &team)
{
    MembersReport report;
    report.organization = org;
    QHash<QString, const TeamMembership *> byUser;
    byUser.reserve(team.memberships.size());
    for (const TeamMembership &m : team.memberships)
        byUser.insert(m.userId, &m);
    QHash<QString, const KeyInfo *> keyByHash;
    keyByHash.reserve(team.keys.size());
    for (const KeyInfo &k : team.keys)
        keyByHash.insert(k.token, &k);
    QSet<QString> known;
    known.reserve(rows.size());
    report.members.reserve(rows.size());
    for (const Member &row : rows) {
        MemberView v;
        v.member = row;
        v.isOwner = row.userId == org.ownerUserId;
        known.insert(row.userId);
        if (const TeamMembership *m = byUser.value(row.userId)) {
            v.onProxy = true;
            v.membership = *m;
        }
        if (const KeyInfo *k = keyByHash.value(row.keyHash))
            v.key = *k;
        report.members.append(v);
    }
    for (const TeamMembership &m : team.memberships) {
        if (!known.contains(m.userId) && m.userId != kProxyAdminUserId)
            report.unknownOnProxy.append(m.userId);
    }
    return report;
}

MemberOperations::MemberOperations(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_operator(std::move(operatorName))
    , m_owner(currentOwner(m_operator))
{
}

void MemberOperations::withMember(const QString &organization, const QString &userId, std::function<void(Target)> then,
                                  std::function<void(MemberResult)> done)
{
    const QString user = userId.trimmed();
    m_repository->run<Target>(
        [organization, user](OrgRepository &repo) -> Stored<Target> {
            const auto org = repo.findByIdOrName(organization.trimmed());
            if (!org.ok())
                return Stored<Target>::failure(org.error.kind, org.error.message);
            const auto member = repo.members().find(org.value->id, user);
            if (!member.ok())
                return Stored<Target>::failure(
                    member.error.kind,
                    QCoreApplication::translate("MemberOperations", "\"%1\" is not a member of \"%2\".")
                        .arg(user, org.value->name));
            return Stored<Target>::success(Target {*org.value, *member.value});
        },
        this,
        [then, done](Stored<Target> t) {
            if (!t.ok())
                return done(memberFailure(OperationError(t.error)));
            then(*t.value);
        });
}

void MemberOperations::find(const QString &organization, const QString &userId, std::function<void(MemberResult)> done)
{
    withMember(
        organization, userId,
        [done](Target t) {
            MemberResult r;
            r.ok = true;
            r.organization = t.org;
            r.member = t.member;
            done(r);
        },
        done);
}

void MemberOperations::audit(const Target &t, const QString &action, AuditOutcome outcome, QJsonObject details,
                             std::function<void()> then)
{
    AuditEntry e;
    e.operatorName = m_operator;
    e.action = action;
    e.organizationId = t.org.id;
    e.organizationName = t.org.name;
    details.insert(QStringLiteral("user_id"), t.member.userId);
    e.details = details;
    e.outcome = outcome;
    m_repository->run<qint64>([e](OrgRepository &repo) { return repo.appendAudit(e); }, this, [then](Stored<qint64>) { then(); });
}

void MemberOperations::finish(const Target &t, const QString &action, const QJsonObject &details, const Stored<Member> &saved,
                              const OperationError &error, std::function<void(MemberResult)> done, const QString &rawKey)
{
    const bool ok = !error.isError() && saved.ok();
    audit(t, action, ok ? AuditOutcome::Ok : AuditOutcome::Failed, details, [t, saved, error, done, ok, rawKey] {
        if (!ok)
            return done(memberFailure(error.isError() ? error : OperationError(saved.error)));
        MemberResult r;
        r.ok = true;
        r.organization = t.org;
        r.member = *saved.value;
        r.rawKey = rawKey;
        done(r);
    });
}

void MemberOperations::list(const QString &organization, std::function<void(MembersReport)> done)
{
    using Rows = std::pair<Organization, QList<Member>>;
    m_repository->run<Rows>(
        [organization](OrgRepository &repo) -> Stored<Rows> {
            const auto org = repo.findByIdOrName(organization.trimmed());
            if (!org.ok())
                return Stored<Rows>::failure(org.error.kind, org.error.message);
            const auto rows = repo.members().list(org.value->id);
            if (!rows.ok())
                return Stored<Rows>::failure(rows.error.kind, rows.error.message);
            return Stored<Rows>::success({*org.value, *rows.value});
        },
        this,
        [this, done](Stored<Rows> rows) {
            if (!rows.ok()) {
                MembersReport failed;
                failed.proxyError = OperationError(rows.error);
                return done(failed);
            }
            const Organization org = rows.value->first;
            const QList<Member> members = rows.value->second;
            m_client->teamInfo(org.teamIdOnProxy(), [this, org, members, done](Result<TeamDetail> info) {
                if (!info.ok()) {
                    MembersReport stored = mergeMembers(org, members, {});
                    stored.proxyError = OperationError(info.error);
                    return done(stored);
                }
                MembersReport report = mergeMembers(org, members, *info.value);
                report.asOf = QDateTime::currentDateTimeUtc();
                // Only what changed is written, and the caller does not wait for it: storing the
                // figures of 1,000 members takes a PostgreSQL server a fifth of a second. The
                // write is queued before anything the caller does next on the database (the worker
                // runs its tasks in order, and runs them all before it closes).
                QList<MemberFigures> figures;
                for (const MemberView &v : std::as_const(report.members)) {
                    if (v.membership && !alreadyStored(v.member, figuresOf(v)))
                        figures.append(figuresOf(v));
                }
                if (!figures.isEmpty())
                    m_repository->run<bool>(
                        [id = org.id, figures](OrgRepository &repo) { return repo.members().updateFigures(id, figures); }, this,
                        [](Stored<bool>) {});
                done(report);
            });
        });
}

void MemberOperations::setBudget(const QString &organization, const QString &userId, std::optional<double> maxBudget,
                                 const QString &budgetDuration, std::function<void(MemberResult)> done)
{
    if (const QString e = validateBudget(maxBudget); !e.isEmpty())
        return done(memberFailure(OperationError::badInput(e)));
    if (const QString e = validateBudgetDuration(budgetDuration); !e.isEmpty())
        return done(memberFailure(OperationError::badInput(e)));
    const QString duration = budgetDuration.trimmed();
    withMember(
        organization, userId,
        [this, maxBudget, duration, done](Target t) {
            if (t.member.status != MemberStatus::Active)
                return done(memberFailure(OperationError::conflict(
                    QCoreApplication::translate("MemberOperations", "\"%1\" is %2; only an active member's budget can change.")
                        .arg(t.member.userId, memberStatusToString(t.member.status)))));
            if (maxBudget && t.org.maxBudget && *maxBudget > *t.org.maxBudget)
                return done(memberFailure(OperationError::badInput(
                    QCoreApplication::translate("MemberOperations",
                                                "The member's budget %1 is more than the organization's budget %2.")
                        .arg(formatUsd(maxBudget), formatUsd(t.org.maxBudget)))));
            claimChange(
                t, WorkPhase::kChangingBudget,
                [this, t, maxBudget, duration](MemberFinish finish) { saveBudget(t, maxBudget, duration, finish); }, done);
        },
        done);
}

void MemberOperations::saveBudget(const Target &t, std::optional<double> maxBudget, const QString &duration,
                                  std::function<void(MemberResult)> done)
{
    TeamMemberRequest req;
    req.teamId = t.org.teamIdOnProxy();
    req.userId = t.member.userId;
    req.maxBudget = maxBudget;
    req.budgetDuration = duration;
    const QJsonObject details {{QStringLiteral("from"), budgetJson(t.member.maxBudget)},
                               {QStringLiteral("to"), budgetJson(maxBudget)},
                               {QStringLiteral("duration_from"), t.member.budgetDuration},
                               {QStringLiteral("duration_to"), duration}};
    m_client->updateTeamMember(req, [this, t, maxBudget, duration, details, done](Result<Done> r) {
        if (!r.ok())
            return finish(t, QStringLiteral("set-member-budget"), details, {}, OperationError(r.error), done);
        Member changed = t.member;
        changed.maxBudget = maxBudget;
        changed.budgetDuration = duration;
        m_repository->run<Member>(
            [changed, owner = m_owner](OrgRepository &repo) {
                // The claim checked the version the user read; the heartbeat moved it on since.
                const Stored<qint64> version = repo.members().versionOwnedBy(changed.organizationId, changed.userId, owner);
                if (!version.ok())
                    return Stored<Member>::failure(version.error.kind, version.error.message);
                return repo.members().updateBudget(changed, *version.value);
            },
            this,
            [this, t, details, done](Stored<Member> saved) {
                OperationError error(saved.error);
                if (!saved.ok())
                    error = error.withContext(
                        {},
                        QCoreApplication::translate("MemberOperations", " The proxy already has the new budget; run Reconcile."));
                finish(t, QStringLiteral("set-member-budget"), details, saved, error, done);
            });
    });
}

void MemberOperations::setKeyBlocked(const QString &organization, const QString &userId, bool blocked,
                                     std::function<void(MemberResult)> done)
{
    withMember(
        organization, userId,
        [this, blocked, done](Target t) {
            if (t.member.keyHash.isEmpty() || t.member.status != MemberStatus::Active)
                return done(memberFailure(OperationError::conflict(
                    QCoreApplication::translate("MemberOperations", "\"%1\" has no working key.").arg(t.member.userId))));
            claimChange(
                t, blocked ? WorkPhase::kBlockingKey : WorkPhase::kUnblockingKey,
                [this, t, blocked](MemberFinish finish) { blockKey(t, blocked, finish); }, done);
        },
        done);
}

void MemberOperations::blockKey(const Target &t, bool blocked, MemberFinish done)
{
    const QString action = blocked ? QStringLiteral("block-member-key") : QStringLiteral("unblock-member-key");
    m_client->blockKey(t.member.keyHash, blocked, [this, t, blocked, action, done](Result<KeyInfo> r) {
        const QJsonObject details {{QStringLiteral("key"), t.member.keyName}};
        if (!r.ok())
            return finish(t, action, details, {}, OperationError(r.error), done);
        m_repository->run<Member>(
            [t, blocked](OrgRepository &repo) {
                return repo.members().updateKey(t.org.id, t.member.userId, t.member.keyHash, t.member.keyName, blocked);
            },
            this, [this, t, action, details, done](Stored<Member> s) { finish(t, action, details, s, {}, done); });
    });
}

void MemberOperations::makeOwner(const QString &organization, const QString &userId, std::function<void(MemberResult)> done)
{
    withMember(
        organization, userId,
        [this, done](Target t) {
            if (t.member.userId == t.org.ownerUserId)
                return done(memberFailure(OperationError::conflict(
                    QCoreApplication::translate("MemberOperations", "\"%1\" is already the owner.").arg(t.member.userId))));
            const QJsonObject details {{QStringLiteral("from"), t.org.ownerUserId}, {QStringLiteral("to"), t.member.userId}};
            m_repository->run<Member>(
                [t](OrgRepository &repo) -> Stored<Member> {
                    const auto changed = repo.members().makeOwner(t.org.id, t.org.rowVersion, t.member.userId);
                    if (!changed.ok())
                        return Stored<Member>::failure(changed.error.kind, changed.error.message);
                    return repo.members().find(t.org.id, t.member.userId);
                },
                this,
                [this, t, details, done](Stored<Member> s) { finish(t, QStringLiteral("make-owner"), details, s, {}, done); });
        },
        done);
}

} // namespace OrgConsole
