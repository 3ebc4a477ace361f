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

QString driftKindName(Drift::Kind kind)
{
    switch (kind) {
    case Drift::Kind::TeamMissing:
        return QStringLiteral("team missing");
    case Drift::Kind::BudgetChanged:
        return QStringLiteral("budget changed outside the console");
    case Drift::Kind::OrphanTeam:
        return QStringLiteral("team without an organization");
    case Drift::Kind::KeyMissing:
        return QStringLiteral("key missing");
    }
    return {};
}

// Another /v2/team/list page to read? Stops on an empty page too, so a proxy that reports a bogus
// page count cannot keep us reading forever.
static bool hasNextPage(const TeamPage &p, int page)
{
    constexpr int kMaxPages = 100000; // 10 million teams at 100 a page
    return !p.teams.isEmpty() && page < p.totalPages && page < kMaxPages;
}

static OperationResult failure(const QString &error)
{
    OperationResult r;
    r.error = error;
    return r;
}

static QJsonValue budgetJson(std::optional<double> b)
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

void OrgOperations::rotateKey(const QString &orgId, std::function<void(OperationResult)> done)
{
    // Works on open-source LiteLLM: generate the new key under a temporary alias, delete the old
    // one, then give the new key the organization's alias back.
    withOrganization(
        orgId,
        [this, done](Organization org) {
            if (org.status != OrgStatus::Active)
                return done(failure(QStringLiteral("\"%1\" is not active; its key cannot be rotated.").arg(org.name)));
            const GenerateKeyRequest req = keyRequestFor(org, org.keyAlias + QStringLiteral("-rotating"));
            auto generate = [this, org, req, done]() {
                m_client->generateKey(req, [this, org, done](Result<GeneratedKey> g) {
                    if (!g.ok())
                        return audit(org, QStringLiteral("rotate-key"), QStringLiteral("failed"),
                                     {{QStringLiteral("error"), g.error.message}}, [done, g] {
                                         done(failure(QStringLiteral("Generating the new key failed: ") + g.error.message));
                                     });
                    const GeneratedKey fresh = *g.value;
                    auto afterOldDeleted = [this, org, fresh, done]() {
                        m_client->updateKey(fresh.token, {{QStringLiteral("key_alias"), org.keyAlias}},
                                            [this, org, fresh, done](Result<Done> u) {
                                                const QString note = u.ok()
                                                    ? QString()
                                                    : QStringLiteral("The new key kept the temporary alias: ") + u.error.message;
                                                m_repository->run<Organization>(
                                                    [org, fresh](OrgRepository &repo) {
                                                        return repo.updateKey(org.id, fresh.token, fresh.keyName, false);
                                                    },
                                                    this,
                                                    [this, org, fresh, note, done](Stored<Organization> s) {
                                                        const QJsonObject details {{QStringLiteral("old_key"), org.keyName},
                                                                                   {QStringLiteral("new_key"), fresh.keyName}};
                                                        audit(org, QStringLiteral("rotate-key"),
                                                              s.ok() ? QStringLiteral("ok") : QStringLiteral("failed"), details,
                                                              [s, fresh, note, done] {
                                                                  if (!s.ok())
                                                                      return done(failure(s.error.message));
                                                                  OperationResult r;
                                                                  r.ok = true;
                                                                  r.organization = *s.value;
                                                                  r.rawKey = fresh.rawKey;
                                                                  r.note = note;
                                                                  done(r);
                                                              });
                                                    });
                                            });
                    };
                    if (org.keyHash.isEmpty())
                        return afterOldDeleted();
                    m_client->deleteKeys({org.keyHash}, [this, org, fresh, afterOldDeleted, done](Result<Done> d) {
                        if (!d.ok() && d.error.category != ErrorCategory::NotFound) {
                            // Keep the old key working; withdraw the new one.
                            m_client->deleteKeys({fresh.token}, [done, d](Result<Done>) {
                                done(failure(QStringLiteral("Deleting the old key failed, so the rotation was undone: ")
                                             + d.error.message));
                            });
                            return;
                        }
                        afterOldDeleted();
                    });
                });
            };
            // A leftover temporary key from an interrupted rotation is removed first.
            m_client->deleteKeysByAlias({req.keyAlias}, [generate](Result<Done>) { generate(); });
        },
        done);
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
            m_repository->run<bool>(
                [org](OrgRepository &repo) { return repo.setStatus(org.id, OrgStatus::Deleting); }, this,
                [this, org, done](Stored<bool> marked) {
                    if (!marked.ok())
                        return done(failure(marked.error.message));
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
                                    audit(org, QStringLiteral("delete"), QStringLiteral("failed"),
                                          {{QStringLiteral("error"), error}}, [done, error] {
                                              done(failure(QStringLiteral("Deleting the team failed; nothing was deleted: ")
                                                           + error));
                                          });
                                });
                            return;
                        }
                        m_repository->run<bool>(
                            [org](OrgRepository &repo) { return repo.remove(org.id); }, this,
                            [this, org, done](Stored<bool> removed) {
                                audit(org, QStringLiteral("delete"),
                                      removed.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                      {{QStringLiteral("team_id"), org.teamId}, {QStringLiteral("key"), org.keyName}},
                                      [org, removed, done] {
                                          if (!removed.ok())
                                              return done(failure(removed.error.message));
                                          OperationResult r;
                                          r.ok = true;
                                          r.organization = org;
                                          done(r);
                                      });
                            });
                    });
                });
        },
        done);
}

void OrgOperations::fetchAllTeams(std::function<void(ProxyTeams)> done)
{
    auto result = std::make_shared<ProxyTeams>();
    auto fetch = std::make_shared<std::function<void(int)>>();
    *fetch = [this, result, fetch, done](int page) {
        m_client->listTeams(page, 100, {}, [this, result, fetch, done, page](Result<TeamPage> r) {
            ++result->requests;
            if (r.ok()) {
                for (const TeamInfo &t : r.value->teams)
                    result->teams.insert(t.teamId, t);
                if (hasNextPage(*r.value, page))
                    return (*fetch)(page + 1);
            } else {
                result->error = r.error.message;
            }
            QTimer::singleShot(0, this, [fetch] { *fetch = nullptr; }); // not while it runs
            done(*result);
        });
    };
    (*fetch)(1);
}

void OrgOperations::fetchAllKeyHashes(std::function<void(QSet<QString>, QString)> done)
{
    auto hashes = std::make_shared<QSet<QString>>();
    auto fetch = std::make_shared<std::function<void(int)>>();
    *fetch = [this, hashes, fetch, done](int page) {
        m_client->listKeys({}, page, 100, [this, hashes, fetch, done, page](Result<KeyPage> r) {
            QString error;
            if (r.ok()) {
                for (const KeyInfo &k : r.value->keys)
                    hashes->insert(k.token);
                if (!r.value->keys.isEmpty() && page < r.value->totalPages && page < 100000)
                    return (*fetch)(page + 1);
            } else {
                error = r.error.message;
            }
            QTimer::singleShot(0, this, [fetch] { *fetch = nullptr; });
            done(*hashes, error);
        });
    };
    (*fetch)(1);
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

void OrgOperations::reconcile(std::function<void(QList<Drift>, QString)> done)
{
    fetchAllTeams([this, done](ProxyTeams proxy) {
        if (!proxy.error.isEmpty())
            return done({}, proxy.error);
        fetchAllKeyHashes([this, done, proxy](QSet<QString> keys, QString keyError) {
            if (!keyError.isEmpty())
                return done({}, keyError);
            m_repository->run<QList<Organization>>(
                [](OrgRepository &repo) { return repo.listAll(); }, this,
                [proxy, keys, done](Stored<QList<Organization>> all) {
                    if (!all.ok())
                        return done({}, all.error.message);
                    QList<Drift> drift;
                    QSet<QString> known;
                    for (const Organization &o : std::as_const(*all.value)) {
                        const QString teamId = o.teamId.isEmpty() ? o.id : o.teamId;
                        known.insert(teamId);
                        if (o.status != OrgStatus::Active)
                            continue;
                        const auto it = proxy.teams.constFind(teamId);
                        if (it == proxy.teams.cend()) {
                            drift.append({Drift::Kind::TeamMissing, o.id, o.name,
                                          QStringLiteral("The proxy has no team %1 for \"%2\".").arg(teamId, o.name), o.maxBudget,
                                          std::nullopt});
                            continue;
                        }
                        if (it->maxBudget != o.maxBudget)
                            drift.append({Drift::Kind::BudgetChanged, o.id, o.name,
                                          QStringLiteral("\"%1\": the database says %2, the proxy says %3.")
                                              .arg(o.name, formatUsd(o.maxBudget), formatUsd(it->maxBudget)),
                                          o.maxBudget, it->maxBudget});
                        if (!o.keyHash.isEmpty() && !keys.contains(o.keyHash))
                            drift.append({Drift::Kind::KeyMissing, o.id, o.name,
                                          QStringLiteral("\"%1\": the proxy no longer has its key %2.").arg(o.name, o.keyName),
                                          o.maxBudget, it->maxBudget});
                    }
                    for (const TeamInfo &t : std::as_const(proxy.teams)) {
                        if (t.metadata.value(QStringLiteral("created_by")).toString() == QLatin1String("OrgConsole")
                            && !known.contains(t.teamId))
                            drift.append(
                                {Drift::Kind::OrphanTeam, t.teamId, t.alias,
                                 QStringLiteral("Team %1 (\"%2\") was created by OrgConsole but no organization knows it.")
                                     .arg(t.teamId, t.alias),
                                 std::nullopt, t.maxBudget});
                    }
                    done(drift, {});
                });
        });
    });
}

void OrgOperations::fixDrift(const Drift &drift, std::function<void(OperationResult)> done)
{
    switch (drift.kind) {
    case Drift::Kind::OrphanTeam:
        m_client->deleteTeams({drift.organizationId}, [this, drift, done](Result<QStringList> r) {
            Organization pseudo;
            pseudo.name = drift.name;
            audit(pseudo, QStringLiteral("reconcile: delete orphan team"),
                  r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"), {{QStringLiteral("team_id"), drift.organizationId}},
                  [r, done] {
                      OperationResult out;
                      out.ok = r.ok() || r.error.category == ErrorCategory::NotFound;
                      out.error = out.ok ? QString() : r.error.message;
                      out.note = QStringLiteral("Deleted the orphan team.");
                      done(out);
                  });
        });
        return;
    case Drift::Kind::BudgetChanged:
        // Adopt the proxy's figure: it is what is enforced.
        withOrganization(
            drift.organizationId,
            [this, drift, done](Organization org) {
                m_repository->run<Organization>(
                    [org, drift](OrgRepository &repo) {
                        return repo.updateBudget(org.id, org.rowVersion, drift.proxyBudget, org.budgetDuration,
                                                 org.budgetResetAt);
                    },
                    this,
                    [this, org, drift, done](Stored<Organization> s) {
                        audit(org, QStringLiteral("reconcile: adopt proxy budget"),
                              s.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                              {{QStringLiteral("from"), budgetJson(org.maxBudget)},
                               {QStringLiteral("to"), budgetJson(drift.proxyBudget)}},
                              [s, done] {
                                  OperationResult r;
                                  r.ok = s.ok();
                                  r.error = s.error.message;
                                  if (s.ok())
                                      r.organization = *s.value;
                                  done(r);
                              });
                    });
            },
            done);
        return;
    case Drift::Kind::KeyMissing:
        // The team is there but its key is gone (deleted outside the console): issue a new one,
        // shown once, under the organization's alias.
        withOrganization(
            drift.organizationId,
            [this, done](Organization org) {
                m_client->deleteKeysByAlias({org.keyAlias}, [this, org, done](Result<Done>) {
                    m_client->generateKey(keyRequestFor(org, org.keyAlias), [this, org, done](Result<GeneratedKey> g) {
                        if (!g.ok())
                            return done(failure(QStringLiteral("Issuing a new key failed: ") + g.error.message));
                        const GeneratedKey key = *g.value;
                        m_repository->run<Organization>(
                            [org, key](OrgRepository &repo) { return repo.updateKey(org.id, key.token, key.keyName, false); },
                            this,
                            [this, org, key, done](Stored<Organization> s) {
                                audit(org, QStringLiteral("reconcile: re-issue missing key"),
                                      s.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                      {{QStringLiteral("old_key"), org.keyName}, {QStringLiteral("new_key"), key.keyName}},
                                      [s, key, done] {
                                          OperationResult r;
                                          r.ok = s.ok();
                                          r.error = s.error.message;
                                          if (s.ok()) {
                                              r.organization = *s.value;
                                              r.rawKey = key.rawKey;
                                              r.note = QStringLiteral("A new key was issued; hand it to the customer.");
                                          }
                                          done(r);
                                      });
                            });
                    });
                });
            },
            done);
        return;
    case Drift::Kind::TeamMissing:
        // The organization no longer exists on the proxy: mark it failed so recovery rolls it back
        // (or re-issues it on request).
        m_repository->run<bool>(
            [drift](OrgRepository &repo) { return repo.markFailed(drift.organizationId, drift.description); }, this,
            [this, drift, done](Stored<bool> s) {
                Organization pseudo;
                pseudo.id = drift.organizationId;
                pseudo.name = drift.name;
                audit(pseudo, QStringLiteral("reconcile: team missing"), s.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                      {{QStringLiteral("description"), drift.description}}, [s, done] {
                          OperationResult r;
                          r.ok = s.ok();
                          r.error = s.error.message;
                          r.note = QStringLiteral("Marked as failed; run Recover to roll it back or re-issue it.");
                          done(r);
                      });
            });
        return;
    }
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
