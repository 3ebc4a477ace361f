#include "services/provisioning/OrgOperations.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/core/AuditText.h"
#include "services/core/WorkPhase.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/Heartbeat.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace OrgConsole {

QString recoveryActionName(RecoveryAction action)
{
    switch (action) {
    case RecoveryAction::RolledBack:
        return QLatin1String(QT_TRANSLATE_NOOP("OrgOperations", "rolled back"));
    case RecoveryAction::Finished:
        return QLatin1String(QT_TRANSLATE_NOOP("OrgOperations", "finished"));
    case RecoveryAction::Deleted:
        return QLatin1String(QT_TRANSLATE_NOOP("OrgOperations", "deleted"));
    case RecoveryAction::Skipped:
        return QLatin1String(QT_TRANSLATE_NOOP("OrgOperations", "skipped (another desktop)"));
    case RecoveryAction::Failed:
        return QLatin1String(QT_TRANSLATE_NOOP("OrgOperations", "failed"));
    }
    return {};
}

AuditOutcome auditOutcomeFor(RecoveryAction action)
{
    switch (action) {
    case RecoveryAction::RolledBack:
        return AuditOutcome::RolledBack;
    case RecoveryAction::Finished:
        return AuditOutcome::Finished;
    case RecoveryAction::Deleted:
        return AuditOutcome::Deleted;
    case RecoveryAction::Skipped:
    case RecoveryAction::Failed:
        break;
    }
    return AuditOutcome::Failed;
}

OperationResult failure(const OperationError &error)
{
    OperationResult r;
    r.error = error;
    return r;
}

QJsonValue budgetJson(std::optional<double> b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

OrgOperations::OrgOperations(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_operator(std::move(operatorName))
    , m_owner(currentOwner(m_operator))
    , m_probe(systemProbe())
    , m_members(new MemberOperations(client, repository, m_operator, this))
{
}

void OrgOperations::setOperatorName(const QString &name)
{
    m_operator = name;
    m_owner.operatorName = name;
    m_members->setOperatorName(name);
}

void OrgOperations::withOrganization(const QString &orgId, std::function<void(Organization)> then,
                                     std::function<void(OperationResult)> done)
{
    m_repository->run<Organization>([orgId](OrgRepository &repo) { return repo.findById(orgId); }, this,
                                    [then, done](Stored<Organization> r) {
                                        if (!r.ok())
                                            return done(failure(OperationError(r.error)));
                                        then(*r.value);
                                    });
}

void OrgOperations::audit(const Organization &org, const QString &action, AuditOutcome outcome, const QJsonObject &details,
                          std::function<void()> then)
{
    AuditEntry e;
    e.operatorName = m_operator;
    e.action = action;
    e.organizationId = org.id;
    e.organizationName = org.name;
    e.details = details;
    e.outcome = outcome;
    m_repository->run<qint64>([e](OrgRepository &repo) { return repo.recordAudit(e); }, this, [then](Stored<qint64>) { then(); });
}

void OrgOperations::setBudget(const QString &orgId, std::optional<double> maxBudget, const QString &budgetDuration,
                              std::function<void(OperationResult)> done)
{
    if (const QString e = validateBudget(maxBudget); !e.isEmpty())
        return done(failure(OperationError::badInput(e)));
    if (const QString e = validateBudgetDuration(budgetDuration); !e.isEmpty())
        return done(failure(OperationError::badInput(e)));
    withOrganization(
        orgId,
        [this, maxBudget, budgetDuration, done](Organization org) {
            if (org.status != OrgStatus::Active)
                return done(failure(OperationError::conflict(
                    QCoreApplication::translate("OrgOperations", "\"%1\" is %2; only active organizations can change budget.")
                        .arg(org.name, orgStatusToString(org.status)))));
            claimChange(
                org, WorkPhase::kChangingBudget,
                [this, org, maxBudget, budgetDuration](Finish finish) { sendBudget(org, maxBudget, budgetDuration, finish); },
                done);
        },
        done);
}

void OrgOperations::sendBudget(const Organization &org, std::optional<double> maxBudget, const QString &budgetDuration,
                               Finish done)
{
    TeamUpdateRequest req;
    req.teamId = org.teamId;
    req.maxBudget = maxBudget;
    req.budgetDuration = budgetDuration.trimmed();
    m_client->updateTeam(req, [this, org, maxBudget, done](Result<TeamInfo> r) { saveBudget(org, maxBudget, r, done); });
}

void OrgOperations::saveBudget(const Organization &org, std::optional<double> maxBudget, const Result<TeamInfo> &r,
                               std::function<void(OperationResult)> done)
{
    const QJsonObject details {{QStringLiteral("from"), budgetJson(org.maxBudget)},
                               {QStringLiteral("to"), budgetJson(maxBudget)},
                               {QStringLiteral("duration_from"), org.budgetDuration},
                               {QStringLiteral("duration_to"), r.ok() ? r.value->budgetDuration : QString()}};
    if (!r.ok()) {
        const OperationError error(r.error);
        return audit(org, QStringLiteral("set-budget"), AuditOutcome::Failed, details, [done, error] { done(failure(error)); });
    }
    const TeamInfo team = *r.value;
    m_repository->run<Organization>(
        [org, team, owner = m_owner](OrgRepository &repo) {
            // The claim checked the version the user read; the heartbeat moved it on since.
            const Stored<qint64> version = repo.versionOwnedBy(org.id, owner);
            if (!version.ok())
                return Stored<Organization>::failure(version.error.kind, version.error.message);
            return repo.updateBudget(org.id, *version.value, team.maxBudget, team.budgetDuration, team.budgetResetAt);
        },
        this,
        [this, org, details, done](Stored<Organization> saved) {
            const OperationError error(saved.error);
            if (saved.ok() || saved.error.kind != StorageError::Kind::Database)
                return auditThenFinish(
                    org, QStringLiteral("set-budget"), details, saved,
                    error.withContext(
                        {},
                        QCoreApplication::translate("OrgOperations", " The proxy already has the new budget; run Reconcile.")),
                    done);
            // The database did not take it (it went away, or is locked): give the proxy the budget
            // the database still has, so that both agree again.
            TeamUpdateRequest back;
            back.teamId = org.teamId;
            back.maxBudget = org.maxBudget;
            back.budgetDuration = org.budgetDuration;
            m_client->updateTeam(back, [this, org, details, saved, error, done](Result<TeamInfo> restored) {
                const QString outcome = restored.ok()
                    ? QCoreApplication::translate("OrgOperations", " The proxy's budget was put back to %1.")
                          .arg(formatUsd(org.maxBudget))
                    : QCoreApplication::translate("OrgOperations",
                                                  " Putting the proxy's budget back failed too (%1); run Reconcile.")
                          .arg(restored.error.message);
                auditThenFinish(org, QStringLiteral("set-budget"), details, saved, error.withContext({}, outcome), done);
            });
        });
}

void OrgOperations::auditThenFinish(const Organization &org, const QString &action, const QJsonObject &details,
                                    const Stored<Organization> &saved, const OperationError &error,
                                    std::function<void(OperationResult)> done, OperationResult extra)
{
    audit(saved.ok() ? *saved.value : org, action, saved.ok() ? AuditOutcome::Ok : AuditOutcome::Failed, details,
          [saved, error, done, extra]() mutable {
              if (!saved.ok())
                  return done(failure(error));
              extra.ok = true;
              extra.organization = *saved.value;
              done(extra);
          });
}

void OrgOperations::setKeyBlocked(const QString &orgId, bool blocked, std::function<void(OperationResult)> done)
{
    withOrganization(
        orgId,
        [this, blocked, done](Organization org) {
            if (org.keyHash.isEmpty())
                return done(failure(
                    OperationError::conflict(QCoreApplication::translate("OrgOperations", "\"%1\" has no key.").arg(org.name))));
            claimChange(
                org, blocked ? WorkPhase::kBlockingKey : WorkPhase::kUnblockingKey,
                [this, org, blocked](Finish finish) {
                    m_client->blockKey(org.keyHash, blocked,
                                       [this, org, blocked, finish](Result<KeyInfo> r) { saveBlocked(org, blocked, r, finish); });
                },
                done);
        },
        done);
}

void OrgOperations::saveBlocked(const Organization &org, bool blocked, const Result<KeyInfo> &r,
                                std::function<void(OperationResult)> done)
{
    const QString action = blocked ? QStringLiteral("block-key") : QStringLiteral("unblock-key");
    if (!r.ok()) {
        const OperationError error(r.error);
        return audit(org, action, AuditOutcome::Failed, {{QStringLiteral("error"), r.error.message}},
                     [done, error] { done(failure(error)); });
    }
    m_repository->run<Organization>(
        [org, blocked](OrgRepository &repo) { return repo.updateKey(org.id, org.keyHash, org.keyName, blocked); }, this,
        [this, org, action, done](Stored<Organization> s) {
            auditThenFinish(org, action, {{QStringLiteral("key"), org.keyName}}, s, OperationError(s.error), done);
        });
}

void OrgOperations::deleteOrganization(const QString &orgId, std::function<void(OperationResult)> done)
{
    withOrganization(
        orgId,
        [this, done](Organization org) {
            // Claimed like recovery claims a row: of two deletes at once (or a delete and a
            // rotation), only one proceeds.
            const OperationOwner owner = m_owner;
            m_repository->run<bool>(
                [org, owner](OrgRepository &repo) { return repo.claimForDeletion(org.id, org.rowVersion, owner); }, this,
                [this, org, done](Stored<bool> claimed) {
                    if (!claimed.ok())
                        return done(failure(OperationError(claimed.error)));
                    if (!*claimed.value)
                        return done(failure(OperationError::conflict(
                            QCoreApplication::translate("OrgOperations",
                                                        "\"%1\" changed or is being deleted elsewhere (another window, "
                                                        "desktop or orgctl); nothing was done. Look again in a moment.")
                                .arg(org.name))));
                    deleteTeamOf(org, withHeartbeat(org.id, done));
                });
        },
        done);
}

std::function<void(OperationResult)> OrgOperations::withHeartbeat(const QString &orgId, std::function<void(OperationResult)> done)
{
    auto *beat = new Heartbeat(m_repository, this);
    beat->start(orgId);
    return [beat, done](OperationResult r) {
        beat->stop();
        beat->deleteLater();
        done(std::move(r));
    };
}

void OrgOperations::deleteTeamOf(const Organization &org, std::function<void(OperationResult)> done)
{
    m_client->deleteTeams({org.teamIdOnProxy()}, [this, org, done](Result<QStringList> t) {
        if (t.ok() || t.error.category == ErrorCategory::NotFound)
            return removeDeletedRow(org, done);
        // The proxy may have deleted the team and lost its reply: ask before putting the row back.
        const OperationError error(t.error);
        m_client->teamInfo(org.teamIdOnProxy(), [this, org, error, done](Result<TeamDetail> info) {
            if (!info.ok() && info.error.category == ErrorCategory::NotFound)
                return removeDeletedRow(org, done);
            if (info.ok())
                return restoreAfterFailedDelete(org, error, done);
            // Nobody knows: the row stays `deleting`, and recovery finishes the delete.
            audit(org, QStringLiteral("delete"), AuditOutcome::Failed, {{QStringLiteral("error"), error.message}}, [done, error] {
                done(failure(error.withContext(
                    QCoreApplication::translate("OrgOperations",
                                                "Deleting the team failed, and the proxy could not say whether it is "
                                                "gone: "),
                    QCoreApplication::translate("OrgOperations", " Recovery finishes the delete."))));
            });
        });
    });
}

// Compensation: the team is still there, so the organization stays as it was, with the reason.
void OrgOperations::restoreAfterFailedDelete(const Organization &org, const OperationError &error,
                                             std::function<void(OperationResult)> done)
{
    m_repository->run<bool>(
        [org, error](OrgRepository &repo) {
            return repo.setStatus(org.id, org.status,
                                  QCoreApplication::translate("OrgOperations", "Delete failed: ") + error.message);
        },
        this,
        [this, org, error, done](Stored<bool>) {
            audit(org, QStringLiteral("delete"), AuditOutcome::Failed, {{QStringLiteral("error"), error.message}}, [done, error] {
                done(failure(error.withContext(
                    QCoreApplication::translate("OrgOperations", "Deleting the team failed; nothing was deleted: "))));
            });
        });
}

void OrgOperations::removeDeletedRow(const Organization &org, std::function<void(OperationResult)> done)
{
    m_repository->run<bool>([org](OrgRepository &repo) { return repo.remove(org.id); }, this,
                            [this, org, done](Stored<bool> removed) {
                                audit(org, QStringLiteral("delete"), removed.ok() ? AuditOutcome::Ok : AuditOutcome::Failed,
                                      {{QStringLiteral("team_id"), org.teamId}, {QStringLiteral("key"), org.keyName}},
                                      [org, removed, done] {
                                          if (!removed.ok())
                                              return done(failure(OperationError(removed.error)));
                                          OperationResult r;
                                          r.ok = true;
                                          r.organization = org;
                                          done(r);
                                      });
                            });
}

void OrgOperations::rollBack(const Organization &org, std::function<void(OperationError)> done)
{
    m_client->deleteKeysByAlias({org.keyAlias, org.keyAlias + QStringLiteral("-rotating")}, [this, org, done](Result<Done> k) {
        if (!k.ok() && k.error.category != ErrorCategory::NotFound)
            return done(
                OperationError(k.error).withContext(QCoreApplication::translate("OrgOperations", "Deleting the key failed: ")));
        m_client->deleteTeams({org.teamIdOnProxy()}, [this, org, done](Result<QStringList> t) {
            if (!t.ok() && t.error.category != ErrorCategory::NotFound)
                return done(OperationError(t.error).withContext(
                    QCoreApplication::translate("OrgOperations", "Deleting the team failed: ")));
            m_repository->run<bool>([org](OrgRepository &repo) { return repo.remove(org.id); }, this,
                                    [done](Stored<bool> r) { done(OperationError(r.error)); });
        });
    });
}

// Recovery goes through the rows one at a time; each row is claimed, then rolled back or (on
// request) finished, and what happened is recorded and audited. Each step is a function below.
struct OrgOperations::Recovery {
    QList<Organization> rows;
    bool reissueKeys = false;
    QList<RecoveryOutcome> outcomes;
    std::function<void(QList<RecoveryOutcome>)> done;
    Heartbeat *beat = nullptr; // renews the heartbeat of the row being recovered
};

void OrgOperations::recover(const RecoveryRules &rules, bool reissueKeys, std::function<void(QList<RecoveryOutcome>)> done,
                            bool includeFailed)
{
    m_repository->run<QList<Organization>>(
        [](OrgRepository &repo) { return repo.unfinished(); }, this,
        [this, rules, reissueKeys, done, includeFailed](Stored<QList<Organization>> rows) {
            auto rec = std::make_shared<Recovery>();
            rec->reissueKeys = reissueKeys;
            rec->done = done;
            if (!rows.ok()) {
                rec->outcomes.append({{}, {}, RecoveryAction::Failed, {}, OperationError(rows.error), {}});
                return done(rec->outcomes);
            }
            // A live operation's row is never touched: only rows whose owner is dead are taken.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const Organization &org : std::as_const(*rows.value)) {
                // This process's own row whose operation ended (the database was away when it
                // tried to release it) is as dead as a crashed process's.
                const bool leftHere = org.owner.host == m_owner.host && org.owner.pid == m_owner.pid
                    && org.owner.started == m_owner.started && !Heartbeat::isBeating(org.id);
                if ((includeFailed || org.status != OrgStatus::Failed)
                    && (leftHere || ownerIsDead(org.owner, org.heartbeatAt, now, rules, m_probe)))
                    rec->rows.append(org);
            }
            rec->beat = new Heartbeat(m_repository, this);
            // Then the members' rows: an interrupted add is rolled back, a removal completed.
            rec->done = [this, rules, includeFailed, done](QList<RecoveryOutcome> outcomes) {
                m_members->recover(rules, m_probe, includeFailed,
                                   [outcomes, done](QList<RecoveryOutcome> members) { done(outcomes + members); });
            };
            recoverNext(rec);
        });
}

void OrgOperations::startBackgroundRecovery(int intervalSeconds, std::function<void(QList<RecoveryOutcome>)> report)
{
    auto *timer = new QTimer(this);
    timer->setInterval(intervalSeconds * 1000);
    connect(timer, &QTimer::timeout, this, [this, report] {
        if (m_backgroundRunning)
            return; // the previous check is still going
        m_backgroundRunning = true;
        recover(
            RecoveryRules {}, false,
            [this, report](QList<RecoveryOutcome> outcomes) {
                m_backgroundRunning = false;
                if (!outcomes.isEmpty())
                    report(outcomes);
            },
            false);
    });
    timer->start();
}

void OrgOperations::recoverNext(std::shared_ptr<Recovery> rec)
{
    if (rec->rows.isEmpty()) {
        rec->beat->deleteLater();
        return rec->done(rec->outcomes);
    }
    const Organization org = rec->rows.takeFirst();
    // Only one desktop acts on a row: the claim bumps row_version only if nobody else did, and
    // makes this process the row's owner. An abandoned change of an active row is only freed.
    const OperationOwner owner = m_owner;
    const bool change = org.status == OrgStatus::Active;
    m_repository->run<bool>(
        [org, owner, change](OrgRepository &repo) {
            return change ? repo.releaseAbandoned(org.id, org.rowVersion) : repo.claim(org.id, org.rowVersion, owner);
        },
        this,
        [this, rec, org, change](Stored<bool> claimed) {
            if (!claimed.ok() || !*claimed.value) {
                rec->outcomes.append({org.id, org.name, RecoveryAction::Skipped, {}, OperationError(claimed.error), {}});
                return recoverNext(rec);
            }
            if (change)
                return recordRecovery(rec, org, RecoveryAction::Finished, interruptedChangeText(org.owner.phase), {});
            rec->beat->start(org.id);
            if (rec->reissueKeys && org.status == OrgStatus::Provisioning)
                return recoveryFinish(rec, org);
            rollBack(org, [this, rec, org](OperationError error) {
                const RecoveryAction done
                    = org.status == OrgStatus::Deleting ? RecoveryAction::Deleted : RecoveryAction::RolledBack;
                recordRecovery(rec, org, error.isError() ? RecoveryAction::Failed : done,
                               QCoreApplication::translate("OrgOperations", "team, key and row removed"), error);
            });
        });
}

// Finish: the team must exist and be ours; the key is re-issued (its raw value is lost).
void OrgOperations::recoveryFinish(std::shared_ptr<Recovery> rec, const Organization &org)
{
    m_client->teamInfo(org.id, [this, rec, org](Result<TeamDetail> info) {
        const bool ours = info.ok() && info.value->team.metadata.value(QStringLiteral("orgconsole_org_id")).toString() == org.id;
        if (!ours) {
            rollBack(org, [this, rec, org](OperationError error) {
                recordRecovery(rec, org, error.isError() ? RecoveryAction::Failed : RecoveryAction::RolledBack,
                               QCoreApplication::translate("OrgOperations", "the proxy had no team of ours; row removed"), error);
            });
            return;
        }
        const TeamInfo team = info.value->team;
        m_client->deleteKeysByAlias({org.keyAlias}, [this, rec, org, team](Result<Done>) { recoveryReissue(rec, org, team); });
    });
}

void OrgOperations::recoveryReissue(std::shared_ptr<Recovery> rec, const Organization &org, const TeamInfo &team)
{
    m_client->generateKey(keyRequestFor(org, org.keyAlias), [this, rec, org, team](Result<GeneratedKey> g) {
        if (!g.ok())
            return recordRecovery(rec, org, RecoveryAction::Failed, {}, OperationError(g.error));
        const GeneratedKey key = *g.value;
        const ProvisionedSettings s = provisionedSettings(org, team, key);
        m_repository->run<Organization>(
            [org, s](OrgRepository &repo) { return repo.inTransaction<Organization>([&] { return repo.activate(org.id, s); }); },
            this,
            [this, rec, org, key](Stored<Organization> a) {
                if (!a.ok())
                    return recordRecovery(rec, org, RecoveryAction::Failed, {}, OperationError(a.error));
                recordRecovery(rec, org, RecoveryAction::Finished,
                               QCoreApplication::translate("OrgOperations", "a new key was issued"), {}, key.rawKey);
            });
    });
}

void OrgOperations::recordRecovery(std::shared_ptr<Recovery> rec, const Organization &org, RecoveryAction action,
                                   const QString &detail, const OperationError &error, const QString &rawKey)
{
    const RecoveryOutcome outcome {org.id, org.name, action, error.isError() ? QString() : detail, error, rawKey};
    rec->beat->stop();
    rec->outcomes.append(outcome);
    audit(org, QStringLiteral("recover"), auditOutcomeFor(action),
          {{QStringLiteral("status_was"), orgStatusToString(org.status)}, {QStringLiteral("detail"), outcome.description()}},
          [this, rec] { recoverNext(rec); });
}

} // namespace OrgConsole
