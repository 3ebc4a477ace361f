// MemberOperations: rotating a member's key, removing a member, and recovering member rows whose
// operation died. Each multi-step operation is a chain of named steps below.
#include "services/core/WorkPhase.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CrashPoint.h"
#include "services/provisioning/Heartbeat.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OrgConsole {

namespace {
MemberResult failed(const OperationError &error)
{
    MemberResult r;
    r.error = error;
    return r;
}

bool removedOrAbsent(const LiteLlmError &error)
{
    return !error.isError() || error.category == ErrorCategory::NotFound;
}
} // namespace

struct MemberOperations::Rotation {
    Target t;
    QString temporaryAlias;
    GeneratedKey fresh;
    QString note;
    std::function<void(MemberResult)> done;
};

void MemberOperations::rotateKey(const QString &organization, const QString &userId, std::function<void(MemberResult)> done)
{
    withMember(
        organization, userId,
        [this, done](Target t) {
            if (t.member.status != MemberStatus::Active)
                return done(failed(OperationError::conflict(
                    QCoreApplication::translate("MemberLifecycle", "\"%1\" is %2; only an active member's key can be rotated.")
                        .arg(t.member.userId, memberStatusToString(t.member.status)))));
            claimChange(
                t, WorkPhase::kRotatingKey, [this, t](MemberFinish finish) { rotationBegin(t, finish); }, done);
        },
        done);
}

void MemberOperations::rotationBegin(const Target &t, MemberFinish done)
{
    auto r = std::make_shared<Rotation>(Rotation {t, t.member.keyAlias + QStringLiteral("-rotating"), {}, {}, done});
    // A leftover temporary key of an interrupted rotation goes first; then the new key.
    m_client->deleteKeysByAlias({r->temporaryAlias}, [this, r](Result<Done>) {
        m_client->generateKey(keyRequestForMember(r->t.org, r->t.member, r->temporaryAlias), [this, r](Result<GeneratedKey> g) {
            if (!g.ok())
                return finish(r->t, QStringLiteral("rotate-member-key"), {}, {},
                              OperationError(g.error).withContext(
                                  QCoreApplication::translate("MemberLifecycle", "Generating the new key failed: ")),
                              r->done);
            r->fresh = *g.value;
            rotationDeleteOld(r);
        });
    });
}

void MemberOperations::rotationDeleteOld(std::shared_ptr<Rotation> r)
{
    const auto restoreAlias = [this, r] {
        m_client->updateKey(r->fresh.token, {{QStringLiteral("key_alias"), r->t.member.keyAlias}}, [this, r](Result<Done> u) {
            if (!u.ok())
                r->note
                    = QCoreApplication::translate("MemberLifecycle", "The new key kept the temporary alias: ") + u.error.message;
            rotationSave(r);
        });
    };
    if (r->t.member.keyHash.isEmpty())
        return restoreAlias();
    m_client->deleteKeys({r->t.member.keyHash}, [this, r, restoreAlias](Result<Done> d) {
        if (removedOrAbsent(d.error))
            return restoreAlias();
        // Keep the old key working; withdraw the new one.
        m_client->deleteKeys({r->fresh.token}, [this, r, d](Result<Done>) {
            finish(r->t, QStringLiteral("rotate-member-key"), {}, {},
                   OperationError(d.error).withContext(QCoreApplication::translate(
                       "MemberLifecycle", "Deleting the old key failed, so the rotation was undone: ")),
                   r->done);
        });
    });
}

// Saved only while the member is active; otherwise the new key is withdrawn, not left alive.
void MemberOperations::rotationSave(std::shared_ptr<Rotation> r)
{
    const Target t = r->t;
    const GeneratedKey fresh = r->fresh;
    m_repository->run<Member>(
        [t, fresh](OrgRepository &repo) {
            return repo.members().updateKey(t.org.id, t.member.userId, fresh.token, fresh.keyName, false);
        },
        this,
        [this, r](Stored<Member> s) {
            const QJsonObject details {{QStringLiteral("old_key"), r->t.member.keyName},
                                       {QStringLiteral("new_key"), r->fresh.keyName}};
            if (s.ok())
                return finish(r->t, QStringLiteral("rotate-member-key"), details, s, {}, r->done, r->fresh.rawKey);
            const OperationError error(s.error);
            m_client->deleteKeys({r->fresh.token}, [this, r, details, error](Result<Done> withdrawn) {
                const QString outcome = removedOrAbsent(withdrawn.error)
                    ? QCoreApplication::translate("MemberLifecycle", " The new key was withdrawn.")
                    : QCoreApplication::translate("MemberLifecycle", " Withdrawing the new key failed too (%1); run Reconcile.")
                          .arg(withdrawn.error.message);
                finish(r->t, QStringLiteral("rotate-member-key"), details, {},
                       error.withContext(QCoreApplication::translate("MemberLifecycle", "Saving the new key failed: "), outcome),
                       r->done);
            });
        });
}

// A removal, and recovery's finishing of a member row, are the same steps: every key of the member
// in the team, then the membership, then the row.
struct MemberOperations::Removal {
    Target t;
    bool recovering = false;
    Heartbeat *beat = nullptr;
    std::function<void(MemberResult)> done;
};

void MemberOperations::remove(const QString &organization, const QString &userId, std::function<void(MemberResult)> done)
{
    withMember(
        organization, userId,
        [this, done](Target t) {
            if (t.member.userId == t.org.ownerUserId)
                return done(failed(OperationError::conflict(
                    QCoreApplication::translate(
                        "MemberLifecycle",
                        "\"%1\" owns \"%2\" and cannot be removed while the organization exists; make another "
                        "member the owner first.")
                        .arg(t.member.userId, t.org.name))));
            const OperationOwner owner = m_owner;
            m_repository->run<bool>(
                [t, owner](OrgRepository &repo) {
                    return repo.members().claim(t.org.id, t.member.userId, t.member.rowVersion, owner, true);
                },
                this,
                [this, t, done](Stored<bool> claimed) {
                    if (!claimed.ok())
                        return done(failed(OperationError(claimed.error)));
                    if (!*claimed.value)
                        return done(failed(OperationError::conflict(
                            QCoreApplication::translate(
                                "MemberLifecycle",
                                "\"%1\" changed or is being removed elsewhere; nothing was done. Look again in a "
                                "moment.")
                                .arg(t.member.userId))));
                    crashPoint("member-after-claim");
                    auto r = std::make_shared<Removal>(Removal {t, false, new Heartbeat(m_repository, this), done});
                    r->beat->startMember(t.org.id, t.member.userId);
                    removeKeys(r);
                });
        },
        done);
}

void MemberOperations::removeKeys(std::shared_ptr<Removal> r)
{
    m_client->teamInfo(r->t.org.teamIdOnProxy(), [this, r](Result<TeamDetail> info) {
        if (!info.ok() && info.error.category != ErrorCategory::NotFound)
            return removalFailed(
                r,
                OperationError(info.error)
                    .withContext(QCoreApplication::translate("MemberLifecycle", "Reading the team's keys failed: ")));
        QStringList hashes;
        if (info.ok()) {
            for (const KeyInfo &k : std::as_const(info.value->keys)) {
                if (k.userId == r->t.member.userId)
                    hashes.append(k.token);
            }
        }
        const QStringList aliases {r->t.member.keyAlias, r->t.member.keyAlias + QStringLiteral("-rotating")};
        m_client->deleteKeysByAlias(aliases, [this, r, hashes](Result<Done> byAlias) {
            if (!removedOrAbsent(byAlias.error))
                return removalFailed(
                    r,
                    OperationError(byAlias.error)
                        .withContext(QCoreApplication::translate("MemberLifecycle", "Deleting the key failed: ")));
            if (hashes.isEmpty())
                return removeMembership(r);
            m_client->deleteKeys(hashes, [this, r](Result<Done> byHash) {
                if (!removedOrAbsent(byHash.error))
                    return removalFailed(
                        r,
                        OperationError(byHash.error)
                            .withContext(QCoreApplication::translate("MemberLifecycle", "Deleting a key failed: ")));
                removeMembership(r);
            });
        });
    });
}

void MemberOperations::removeMembership(std::shared_ptr<Removal> r)
{
    crashPoint("member-after-keys");
    m_client->removeTeamMember(r->t.org.teamIdOnProxy(), r->t.member.userId, [this, r](Result<Done> m) {
        if (!removedOrAbsent(m.error))
            return removalFailed(r,
                                 OperationError(m.error).withContext(
                                     QCoreApplication::translate("MemberLifecycle", "Removing the membership failed: ")));
        removeRow(r);
    });
}

void MemberOperations::removeRow(std::shared_ptr<Removal> r)
{
    const Target t = r->t;
    m_repository->run<bool>([t](OrgRepository &repo) { return repo.members().remove(t.org.id, t.member.userId); }, this,
                            [this, r](Stored<bool> removed) {
                                r->beat->stop();
                                r->beat->deleteLater();
                                if (!removed.ok())
                                    return removalFailed(r, OperationError(removed.error));
                                const QString action
                                    = r->recovering ? QStringLiteral("recover") : QStringLiteral("remove-member");
                                audit(r->t, action, AuditOutcome::Ok,
                                      {{QStringLiteral("key"), r->t.member.keyName},
                                       {QStringLiteral("status_was"), memberStatusToString(r->t.member.status)}},
                                      [r] {
                                          MemberResult out;
                                          out.ok = true;
                                          out.organization = r->t.org;
                                          out.member = r->t.member;
                                          r->done(out);
                                      });
                            });
}

// The row is kept `failed` with the reason: nothing is lost, and recovery finishes the removal.
void MemberOperations::removalFailed(std::shared_ptr<Removal> r, const OperationError &error)
{
    r->beat->stop();
    r->beat->deleteLater();
    const Target t = r->t;
    m_repository->run<bool>(
        [t, error](OrgRepository &repo) {
            return repo.members().setStatus(t.org.id, t.member.userId, MemberStatus::Failed,
                                            QCoreApplication::translate("MemberLifecycle", "Removal failed: ") + error.message);
        },
        this,
        [this, r, error](Stored<bool>) {
            const QString action = r->recovering ? QStringLiteral("recover") : QStringLiteral("remove-member");
            audit(r->t, action, AuditOutcome::Failed, {{QStringLiteral("error"), error.message}},
                  [r, error] { r->done(failed(error)); });
        });
}

void MemberOperations::recover(const RecoveryRules &rules, const OwnerProbe &probe, bool includeFailed,
                               std::function<void(QList<RecoveryOutcome>)> done)
{
    m_repository->run<QList<Target>>(
        [](OrgRepository &repo) -> Stored<QList<Target>> {
            const auto rows = repo.members().unfinished();
            if (!rows.ok())
                return Stored<QList<Target>>::failure(rows.error.kind, rows.error.message);
            QList<Target> out;
            for (const Member &m : *rows.value) {
                const auto org = repo.findById(m.organizationId);
                if (org.ok())
                    out.append(Target {*org.value, m});
            }
            return Stored<QList<Target>>::success(out);
        },
        this,
        [this, rules, probe, includeFailed, done](Stored<QList<Target>> rows) {
            auto outcomes = std::make_shared<QList<RecoveryOutcome>>();
            if (!rows.ok()) {
                outcomes->append({{}, {}, RecoveryAction::Failed, {}, OperationError(rows.error), {}});
                return done(*outcomes);
            }
            auto dead = std::make_shared<QList<Target>>();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const Target &t : std::as_const(*rows.value)) {
                if ((includeFailed || t.member.status != MemberStatus::Failed)
                    && ownerIsDead(t.member.owner, t.member.heartbeatAt, now, rules, probe))
                    dead->append(t);
            }
            recoverNext(dead, outcomes, done);
        });
}

void MemberOperations::recoverNext(std::shared_ptr<QList<Target>> rows, std::shared_ptr<QList<RecoveryOutcome>> outcomes,
                                   std::function<void(QList<RecoveryOutcome>)> done)
{
    if (rows->isEmpty())
        return done(*outcomes);
    const Target t = rows->takeFirst();
    const QString name = QCoreApplication::translate("MemberLifecycle", "%1 / member %2").arg(t.org.name, t.member.userId);
    const OperationOwner owner = m_owner;
    const bool change = t.member.status == MemberStatus::Active; // an abandoned change: only its claim is left
    m_repository->run<bool>(
        [t, owner, change](OrgRepository &repo) {
            return change ? repo.members().releaseAbandoned(t.org.id, t.member.userId, t.member.rowVersion)
                          : repo.members().claim(t.org.id, t.member.userId, t.member.rowVersion, owner);
        },
        this,
        [this, t, name, rows, outcomes, done, change](Stored<bool> claimed) {
            if (!claimed.ok() || !*claimed.value || change) {
                const bool freed = claimed.ok() && *claimed.value;
                outcomes->append({t.org.id,
                                  name,
                                  freed ? RecoveryAction::Finished : RecoveryAction::Skipped,
                                  freed ? interruptedChangeText(t.member.owner.phase) : QString(),
                                  OperationError(claimed.error),
                                  {}});
                return recoverNext(rows, outcomes, done);
            }
            Target claimedTarget = t;
            claimedTarget.member.rowVersion += 1;
            auto r = std::make_shared<Removal>(Removal {claimedTarget, true, new Heartbeat(m_repository, this), {}});
            r->beat->startMember(t.org.id, t.member.userId);
            r->done = [this, t, name, rows, outcomes, done](MemberResult result) {
                const RecoveryAction action = !result.ok            ? RecoveryAction::Failed
                    : t.member.status == MemberStatus::Provisioning ? RecoveryAction::RolledBack
                                                                    : RecoveryAction::Deleted;
                outcomes->append(
                    {t.org.id,
                     name,
                     action,
                     result.ok ? QCoreApplication::translate("MemberLifecycle", "member's keys, membership and row removed")
                               : QString(),
                     result.error,
                     {}});
                recoverNext(rows, outcomes, done);
            };
            removeKeys(r);
        });
}

} // namespace OrgConsole
