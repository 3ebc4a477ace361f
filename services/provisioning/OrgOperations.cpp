#include "services/provisioning/OrgOperations.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/OrgRequests.h"
#include "services/storage/RepositoryWorker.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>

namespace OrgConsole {

OperationResult failure(const QString &error)
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
{
}

void OrgOperations::withOrganization(const QString &orgId, std::function<void(Organization)> then,
                                     std::function<void(OperationResult)> done)
{
    m_repository->run<Organization>([orgId](OrgRepository &repo) { return repo.findById(orgId); }, this,
                                    [then, done](Stored<Organization> r) {
                                        if (!r.ok())
                                            return done(failure(r.error.message));
                                        then(*r.value);
                                    });
}

void OrgOperations::audit(const Organization &org, const QString &action, const QString &outcome, const QJsonObject &details,
                          std::function<void()> then)
{
    AuditEntry e;
    e.operatorName = m_operator;
    e.action = action;
    e.organizationId = org.id;
    e.organizationName = org.name;
    e.details = details;
    e.outcome = outcome;
    m_repository->run<qint64>([e](OrgRepository &repo) { return repo.appendAudit(e); }, this, [then](Stored<qint64>) { then(); });
}

void OrgOperations::setBudget(const QString &orgId, std::optional<double> maxBudget, const QString &budgetDuration,
                              std::function<void(OperationResult)> done)
{
    if (const QString e = validateBudget(maxBudget); !e.isEmpty())
        return done(failure(e));
    if (const QString e = validateBudgetDuration(budgetDuration); !e.isEmpty())
        return done(failure(e));
    withOrganization(
        orgId,
        [this, maxBudget, budgetDuration, done](Organization org) {
            if (org.status != OrgStatus::Active)
                return done(failure(QStringLiteral("\"%1\" is %2; only active organizations can change budget.")
                                        .arg(org.name, orgStatusToString(org.status))));
            TeamUpdateRequest req;
            req.teamId = org.teamId;
            req.maxBudget = maxBudget;
            req.budgetDuration = budgetDuration.trimmed();
            m_client->updateTeam(req, [this, org, maxBudget, done](Result<TeamInfo> r) {
                const QJsonObject details {{QStringLiteral("from"), budgetJson(org.maxBudget)},
                                           {QStringLiteral("to"), budgetJson(maxBudget)},
                                           {QStringLiteral("duration_from"), org.budgetDuration},
                                           {QStringLiteral("duration_to"), r.ok() ? r.value->budgetDuration : QString()}};
                if (!r.ok()) {
                    const QString error = r.error.message;
                    return audit(org, QStringLiteral("set-budget"), QStringLiteral("failed"), details,
                                 [done, error] { done(failure(error)); });
                }
                const TeamInfo team = *r.value;
                m_repository->run<Organization>(
                    [org, team](OrgRepository &repo) {
                        return repo.updateBudget(org.id, org.rowVersion, team.maxBudget, team.budgetDuration, team.budgetResetAt);
                    },
                    this,
                    [this, org, details, done](Stored<Organization> saved) {
                        if (!saved.ok())
                            return audit(org, QStringLiteral("set-budget"), QStringLiteral("failed"), details, [done, saved] {
                                done(failure(saved.error.message
                                             + QStringLiteral(" The proxy already has the new budget; run Reconcile.")));
                            });
                        audit(*saved.value, QStringLiteral("set-budget"), QStringLiteral("ok"), details, [saved, done] {
                            OperationResult ok;
                            ok.ok = true;
                            ok.organization = *saved.value;
                            done(ok);
                        });
                    });
            });
        },
        done);
}

// Works on open-source LiteLLM: generate the new key under a temporary alias, delete the old one,
// give the new key the organization's alias back, then save it. Each step is a function below.
struct OrgOperations::Rotation {
    Organization org;
    GenerateKeyRequest request;
    GeneratedKey fresh;
    QString note;
    std::function<void(OperationResult)> done;
};

void OrgOperations::rotateKey(const QString &orgId, std::function<void(OperationResult)> done)
{
    withOrganization(
        orgId,
        [this, done](Organization org) {
            if (org.status != OrgStatus::Active)
                return done(failure(QStringLiteral("\"%1\" is not active; its key cannot be rotated.").arg(org.name)));
            auto r = std::make_shared<Rotation>();
            r->org = org;
            r->request = keyRequestFor(org, org.keyAlias + QStringLiteral("-rotating"));
            r->done = done;
            // A leftover temporary key from an interrupted rotation is removed first.
            m_client->deleteKeysByAlias({r->request.keyAlias}, [this, r](Result<Done>) { rotationGenerate(r); });
        },
        done);
}

void OrgOperations::rotationGenerate(std::shared_ptr<Rotation> r)
{
    m_client->generateKey(r->request, [this, r](Result<GeneratedKey> g) {
        if (!g.ok())
            return audit(r->org, QStringLiteral("rotate-key"), QStringLiteral("failed"),
                         {{QStringLiteral("error"), g.error.message}},
                         [r, g] { r->done(failure(QStringLiteral("Generating the new key failed: ") + g.error.message)); });
        r->fresh = *g.value;
        rotationDeleteOld(r);
    });
}

void OrgOperations::rotationDeleteOld(std::shared_ptr<Rotation> r)
{
    if (r->org.keyHash.isEmpty())
        return rotationRestoreAlias(r);
    m_client->deleteKeys({r->org.keyHash}, [this, r](Result<Done> d) {
        if (d.ok() || d.error.category == ErrorCategory::NotFound)
            return rotationRestoreAlias(r);
        // Keep the old key working; withdraw the new one.
        m_client->deleteKeys({r->fresh.token}, [r, d](Result<Done>) {
            r->done(failure(QStringLiteral("Deleting the old key failed, so the rotation was undone: ") + d.error.message));
        });
    });
}

void OrgOperations::rotationRestoreAlias(std::shared_ptr<Rotation> r)
{
    m_client->updateKey(r->fresh.token, {{QStringLiteral("key_alias"), r->org.keyAlias}}, [this, r](Result<Done> u) {
        if (!u.ok())
            r->note = QStringLiteral("The new key kept the temporary alias: ") + u.error.message;
        rotationSave(r);
    });
}

// Saved only while the organization is still active: a delete that started meanwhile (here or on
// another desktop) wins, and the new key is withdrawn rather than left alive without its team.
void OrgOperations::rotationSave(std::shared_ptr<Rotation> r)
{
    m_repository->run<Organization>(
        [r](OrgRepository &repo) { return repo.replaceActiveKey(r->org.id, r->fresh.token, r->fresh.keyName); }, this,
        [this, r](Stored<Organization> s) {
            const QJsonObject details {{QStringLiteral("old_key"), r->org.keyName},
                                       {QStringLiteral("new_key"), r->fresh.keyName}};
            if (!s.ok()) {
                const QString error = s.error.message;
                m_client->deleteKeys({r->fresh.token}, [this, r, details, error](Result<Done> withdrawn) {
                    const QString outcome = withdrawn.ok() || withdrawn.error.category == ErrorCategory::NotFound
                        ? QStringLiteral("The new key was withdrawn.")
                        : QStringLiteral("Withdrawing the new key failed too (%1); run Reconcile.").arg(withdrawn.error.message);
                    audit(r->org, QStringLiteral("rotate-key"), QStringLiteral("failed"), details, [r, error, outcome] {
                        r->done(failure(QStringLiteral("Saving the new key failed: %1 %2").arg(error, outcome)));
                    });
                });
                return;
            }
            audit(r->org, QStringLiteral("rotate-key"), QStringLiteral("ok"), details, [r, s] {
                OperationResult out;
                out.ok = true;
                out.organization = *s.value;
                out.rawKey = r->fresh.rawKey;
                out.note = r->note;
                r->done(out);
            });
        });
}

void OrgOperations::setKeyBlocked(const QString &orgId, bool blocked, std::function<void(OperationResult)> done)
{
    withOrganization(
        orgId,
        [this, blocked, done](Organization org) {
            if (org.keyHash.isEmpty())
                return done(failure(QStringLiteral("\"%1\" has no key.").arg(org.name)));
            m_client->blockKey(org.keyHash, blocked, [this, org, blocked, done](Result<KeyInfo> r) {
                const QString action = blocked ? QStringLiteral("block-key") : QStringLiteral("unblock-key");
                if (!r.ok())
                    return audit(org, action, QStringLiteral("failed"), {{QStringLiteral("error"), r.error.message}},
                                 [done, r] { done(failure(r.error.message)); });
                m_repository->run<Organization>(
                    [org, blocked](OrgRepository &repo) { return repo.updateKey(org.id, org.keyHash, org.keyName, blocked); },
                    this,
                    [this, org, action, done](Stored<Organization> s) {
                        audit(org, action, s.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                              {{QStringLiteral("key"), org.keyName}}, [s, done] {
                                  if (!s.ok())
                                      return done(failure(s.error.message));
                                  OperationResult r;
                                  r.ok = true;
                                  r.organization = *s.value;
                                  done(r);
                              });
                    });
            });
        },
        done);
}

void OrgOperations::deleteOrganization(const QString &orgId, std::function<void(OperationResult)> done)
{
    withOrganization(
        orgId,
        [this, done](Organization org) {
            // Claimed like recovery claims a row: of two deletes at once (or a delete and a
            // rotation), only one proceeds.
            m_repository->run<bool>([org](OrgRepository &repo) { return repo.claimForDeletion(org.id, org.rowVersion); }, this,
                                    [this, org, done](Stored<bool> claimed) {
                                        if (!claimed.ok())
                                            return done(failure(claimed.error.message));
                                        if (!*claimed.value)
                                            return done(failure(QStringLiteral("\"%1\" changed or is being deleted elsewhere "
                                                                               "(another window, desktop or orgctl); nothing "
                                                                               "was done. Look again in a moment.")
                                                                    .arg(org.name)));
                                        deleteTeamOf(org, done);
                                    });
        },
        done);
}

void OrgOperations::deleteTeamOf(const Organization &org, std::function<void(OperationResult)> done)
{
    m_client->deleteTeams({org.teamId.isEmpty() ? org.id : org.teamId}, [this, org, done](Result<QStringList> t) {
        if (!t.ok() && t.error.category != ErrorCategory::NotFound) {
            // Compensate: the organization stays as it was, with the reason.
            const QString error = t.error.message;
            m_repository->run<bool>(
                [org, error](OrgRepository &repo) {
                    return repo.setStatus(org.id, org.status, QStringLiteral("Delete failed: ") + error);
                },
                this,
                [this, org, error, done](Stored<bool>) {
                    audit(org, QStringLiteral("delete"), QStringLiteral("failed"), {{QStringLiteral("error"), error}},
                          [done, error] {
                              done(failure(QStringLiteral("Deleting the team failed; nothing was deleted: ") + error));
                          });
                });
            return;
        }
        m_repository->run<bool>(
            [org](OrgRepository &repo) { return repo.remove(org.id); }, this,
            [this, org, done](Stored<bool> removed) {
                audit(org, QStringLiteral("delete"), removed.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                      {{QStringLiteral("team_id"), org.teamId}, {QStringLiteral("key"), org.keyName}}, [org, removed, done] {
                          if (!removed.ok())
                              return done(failure(removed.error.message));
                          OperationResult r;
                          r.ok = true;
                          r.organization = org;
                          done(r);
                      });
            });
    });
}

void OrgOperations::refreshAll(std::function<void(RefreshSummary)> done)
{
    fetchAllTeams([this, done](ProxyTeams proxy) {
        RefreshSummary summary;
        summary.requests = proxy.requests;
        summary.teamsRead = int(proxy.teams.size());
        summary.error = proxy.error;
        if (!proxy.error.isEmpty())
            return done(summary);
        auto teams = std::make_shared<QHash<QString, TeamInfo>>(std::move(proxy.teams));
        m_repository->run<int>(
            [teams](OrgRepository &repo) -> Stored<int> {
                auto all = repo.listAll();
                if (!all.ok())
                    return Stored<int>::failure(all.error.kind, all.error.message);
                QSqlDatabase db = repo.database();
                db.transaction();
                int updated = 0;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (const Organization &o : std::as_const(*all.value)) {
                    const auto it = teams->constFind(o.teamId.isEmpty() ? o.id : o.teamId);
                    if (it == teams->cend() || o.status != OrgStatus::Active)
                        continue;
                    repo.updateSpend(o.id, it->spend, it->maxBudget, it->budgetResetAt);
                    repo.recordSnapshot(o.id, SpendSnapshot {now, it->spend, it->maxBudget});
                    ++updated;
                }
                if (!db.commit())
                    return Stored<int>::failure(StorageError::Kind::Database,
                                                QStringLiteral("Saving the refreshed figures failed."));
                return Stored<int>::success(updated);
            },
            this,
            [summary, done](Stored<int> s) mutable {
                if (!s.ok())
                    summary.error = s.error.message;
                else
                    summary.organizationsUpdated = *s.value;
                done(summary);
            });
    });
}

void OrgOperations::rollBack(const Organization &org, std::function<void(bool, QString)> done)
{
    m_client->deleteKeysByAlias({org.keyAlias, org.keyAlias + QStringLiteral("-rotating")}, [this, org, done](Result<Done> k) {
        if (!k.ok() && k.error.category != ErrorCategory::NotFound)
            return done(false, QStringLiteral("Deleting the key failed: ") + k.error.message);
        m_client->deleteTeams({org.teamId.isEmpty() ? org.id : org.teamId}, [this, org, done](Result<QStringList> t) {
            if (!t.ok() && t.error.category != ErrorCategory::NotFound)
                return done(false, QStringLiteral("Deleting the team failed: ") + t.error.message);
            m_repository->run<bool>([org](OrgRepository &repo) { return repo.remove(org.id); }, this,
                                    [done](Stored<bool> r) { done(r.ok(), r.error.message); });
        });
    });
}

void OrgOperations::recover(int graceSeconds, bool reissueKeys, std::function<void(QList<RecoveryOutcome>)> done)
{
    const QDateTime olderThan = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
    m_repository->run<QList<Organization>>(
        [olderThan](OrgRepository &repo) { return repo.staleUnfinished(olderThan); }, this,
        [this, reissueKeys, done](Stored<QList<Organization>> rows) {
            auto out = std::make_shared<QList<RecoveryOutcome>>();
            if (!rows.ok()) {
                out->append({QString(), QString(), QStringLiteral("failed"), rows.error.message, QString()});
                return done(*out);
            }
            recoverOne(*rows.value, reissueKeys, out, done);
        });
}

void OrgOperations::recoverOne(QList<Organization> rows, bool reissueKeys, std::shared_ptr<QList<RecoveryOutcome>> out,
                               std::function<void(QList<RecoveryOutcome>)> done)
{
    if (rows.isEmpty())
        return done(*out);
    const Organization org = rows.takeFirst();
    auto next = [this, rows, reissueKeys, out, done]() { recoverOne(rows, reissueKeys, out, done); };
    // Only one desktop acts on a row: the claim bumps row_version only if nobody else did.
    m_repository->run<bool>(
        [org](OrgRepository &repo) { return repo.claim(org.id, org.rowVersion); }, this,
        [this, org, reissueKeys, out, next](Stored<bool> claimed) {
            if (!claimed.ok() || !*claimed.value) {
                out->append({org.id, org.name, QStringLiteral("skipped (another desktop)"), claimed.error.message, QString()});
                return next();
            }
            auto record = [this, org, out, next](const QString &action, const QString &detail, const QString &rawKey) {
                out->append({org.id, org.name, action, detail, rawKey});
                audit(org, QStringLiteral("recover"), action,
                      {{QStringLiteral("status_was"), orgStatusToString(org.status)}, {QStringLiteral("detail"), detail}}, next);
            };
            const bool canFinish = reissueKeys && org.status == OrgStatus::Provisioning;
            if (!canFinish) {
                rollBack(org, [record, org](bool ok, QString error) {
                    if (ok)
                        record(org.status == OrgStatus::Deleting ? QStringLiteral("deleted") : QStringLiteral("rolled back"),
                               QStringLiteral("team, key and row removed"), QString());
                    else
                        record(QStringLiteral("failed"), error, QString());
                });
                return;
            }
            // Finish: the team must exist and be ours; the key is re-issued (its raw value is lost).
            m_client->teamInfo(org.id, [this, org, record](Result<TeamDetail> info) {
                const bool ours
                    = info.ok() && info.value->team.metadata.value(QStringLiteral("orgconsole_org_id")).toString() == org.id;
                if (!ours) {
                    rollBack(org, [record](bool ok, QString error) {
                        record(ok ? QStringLiteral("rolled back") : QStringLiteral("failed"),
                               ok ? QStringLiteral("the proxy had no team of ours; row removed") : error, QString());
                    });
                    return;
                }
                const TeamInfo team = info.value->team;
                m_client->deleteKeysByAlias({org.keyAlias}, [this, org, team, record](Result<Done>) {
                    m_client->generateKey(keyRequestFor(org, org.keyAlias), [this, org, team, record](Result<GeneratedKey> g) {
                        if (!g.ok())
                            return record(QStringLiteral("failed"), g.error.message, QString());
                        const GeneratedKey key = *g.value;
                        const ProvisionedSettings s = provisionedSettings(org, team, key);
                        m_repository->run<Organization>(
                            [org, s](OrgRepository &repo) { return repo.activate(org.id, s); }, this,
                            [record, key](Stored<Organization> a) {
                                if (!a.ok())
                                    return record(QStringLiteral("failed"), a.error.message, QString());
                                record(QStringLiteral("finished"), QStringLiteral("a new key was issued"), key.rawKey);
                            });
                    });
                });
            });
        });
}

} // namespace OrgConsole
