// Reconcile: compares the database with the proxy and fixes each difference. Nothing another
// database created is ever deleted: teams and keys carry the identity of the database that made
// them, and orphans are deleted only when a person named them.
#include "models/Money.h"
#include "models/SafeText.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/provisioning/TeamPages.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QTimer>

namespace OrgConsole {

QString driftKindName(Drift::Kind kind)
{
    switch (kind) {
    case Drift::Kind::TeamMissing:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "team missing"));
    case Drift::Kind::BudgetChanged:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "budget changed outside the console"));
    case Drift::Kind::KeyMissing:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "key missing"));
    case Drift::Kind::OrphanTeam:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "team without an organization"));
    case Drift::Kind::OrphanKey:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "key without a team"));
    case Drift::Kind::UnknownOrigin:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "OrgConsole team of unknown origin"));
    case Drift::Kind::MembershipMissing:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "member missing from the team"));
    case Drift::Kind::MemberKeyMissing:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "member's key missing"));
    case Drift::Kind::MemberBudgetChanged:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "member's budget changed outside the console"));
    case Drift::Kind::UnknownMember:
        return QLatin1String(QT_TRANSLATE_NOOP("Reconcile", "team member unknown to the console"));
    }
    return {};
}

namespace {
constexpr int kPageSize = 100;
constexpr int kMaxPages = 100000; // 10 million teams or keys at 100 a page

Drift makeDrift(Drift::Kind kind, const QString &orgId, const QString &proxyId, const QString &name, const QString &description)
{
    Drift d;
    d.kind = kind;
    d.organizationId = orgId;
    d.proxyId = proxyId;
    d.name = name;
    d.description = description;
    return d;
}

} // namespace

struct OrgOperations::ReconcileState {
    ProxyTeams proxy;
    ProxyKeys keys;
    QList<Organization> organizations;
    QString databaseId;
};

void OrgOperations::fetchAllTeams(std::function<void(ProxyTeams)> done)
{
    readAllTeams(
        m_client, kTeamPagesInFlight,
        [this, done](TeamPages pages) {
            if (!pages.error.isError())
                m_teamPages = pages.pages;
            ProxyTeams result;
            result.teams = std::move(pages.teams);
            result.requests = pages.requests;
            result.error = pages.error;
            done(std::move(result));
        },
        m_teamPages);
}

void OrgOperations::fetchAllKeys(std::function<void(ProxyKeys)> done)
{
    auto result = std::make_shared<ProxyKeys>();
    // Held weakly by itself and strongly by the request in flight: nothing leaks when the client
    // goes away mid-page (see LiteLlmClient::teamDailyActivity).
    auto fetch = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> self = fetch;
    *fetch = [this, result, self, done](int page) {
        m_client->listKeys({}, page, kPageSize, [result, next = self.lock(), done, page](Result<KeyPage> r) {
            if (r.ok()) {
                for (const KeyInfo &k : r.value->keys)
                    result->keys.insert(k.token, k);
                if (!r.value->keys.isEmpty() && page < r.value->totalPages && page < kMaxPages)
                    return (*next)(page + 1);
            } else {
                result->error = OperationError(r.error);
            }
            done(*result);
        });
    };
    (*fetch)(1);
}

void OrgOperations::reconcile(std::function<void(QList<Drift>, OperationError)> done)
{
    auto state = std::make_shared<ReconcileState>();
    fetchAllTeams([this, state, done](ProxyTeams teams) {
        if (teams.error.isError())
            return done({}, teams.error);
        state->proxy = std::move(teams);
        fetchAllKeys([this, state, done](ProxyKeys keys) {
            if (keys.error.isError())
                return done({}, keys.error);
            state->keys = std::move(keys);
            compareWithDatabase(state, done);
        });
    });
}

// The organizations' own differences: team gone, budget changed, key gone.
static void organizationDrift(const Organization &o, const QHash<QString, TeamInfo> &teams, const QHash<QString, KeyInfo> &keys,
                              QList<Drift> &drift)
{
    const QString teamId = o.teamIdOnProxy();
    const auto it = teams.constFind(teamId);
    if (it == teams.cend()) {
        Drift d = makeDrift(Drift::Kind::TeamMissing, o.id, teamId, o.name,
                            QCoreApplication::translate("Reconcile", "The proxy has no team %1 for \"%2\".").arg(teamId, o.name));
        d.databaseBudget = o.maxBudget;
        drift.append(d);
        return;
    }
    if (it->maxBudget != o.maxBudget) {
        Drift d = makeDrift(Drift::Kind::BudgetChanged, o.id, teamId, o.name,
                            QCoreApplication::translate("Reconcile", "\"%1\": the database says %2, the proxy says %3.")
                                .arg(o.name, formatUsd(o.maxBudget), formatUsd(it->maxBudget)));
        d.databaseBudget = o.maxBudget;
        d.proxyBudget = it->maxBudget;
        drift.append(d);
    }
    if (!o.keyHash.isEmpty() && !keys.contains(o.keyHash)) {
        Drift d = makeDrift(
            Drift::Kind::KeyMissing, o.id, o.keyHash, o.name,
            QCoreApplication::translate("Reconcile", "\"%1\": the proxy no longer has its key %2.").arg(o.name, o.keyName));
        d.databaseBudget = o.maxBudget;
        d.proxyBudget = it->maxBudget;
        drift.append(d);
    }
}

// Teams and keys that carry OrgConsole's marker but that no organization of this database holds.
static void orphanDrift(const QHash<QString, TeamInfo> &teams, const QHash<QString, KeyInfo> &keys, const QString &databaseId,
                        const QSet<QString> &knownTeams, QList<Drift> &drift)
{
    for (const TeamInfo &t : teams) {
        if (knownTeams.contains(t.teamId))
            continue;
        const QString alias = printable(t.alias, 80);
        const QString id = printable(t.teamId, 80);
        switch (teamOrigin(t.metadata, databaseId)) {
        case TeamOrigin::ThisDatabase:
            drift.append(makeDrift(Drift::Kind::OrphanTeam, {}, t.teamId, alias,
                                   QCoreApplication::translate(
                                       "Reconcile", "Team %1 (\"%2\") was created by this database but no organization holds it.")
                                       .arg(id, alias)));
            break;
        case TeamOrigin::UnknownDatabase:
            drift.append(
                makeDrift(Drift::Kind::UnknownOrigin, {}, t.teamId, alias,
                          QCoreApplication::translate("Reconcile",
                                                      "Team %1 (\"%2\") says it was made by OrgConsole, before databases had an "
                                                      "identity; this database does not hold it. Check with your colleagues and "
                                                      "delete it on the proxy by hand if nobody uses it.")
                              .arg(id, alias)));
            break;
        case TeamOrigin::OtherDatabase: // another OrgConsole database's team: not ours to judge
        case TeamOrigin::NotOrgConsole:
            break;
        }
    }
    for (const KeyInfo &k : keys) {
        if (k.teamId.isEmpty() || teams.contains(k.teamId) || teamOrigin(k.metadata, databaseId) != TeamOrigin::ThisDatabase)
            continue;
        drift.append(makeDrift(
            Drift::Kind::OrphanKey, {}, k.token, printable(k.alias, 80),
            QCoreApplication::translate("Reconcile",
                                        "Key %1 (alias \"%2\") was created by this database for team %3, which is gone; "
                                        "the key still works.")
                .arg(printable(k.keyName, 40), printable(k.alias, 80), printable(k.teamId, 80))));
    }
}

void OrgOperations::compareWithDatabase(std::shared_ptr<ReconcileState> state,
                                        std::function<void(QList<Drift>, OperationError)> done)
{
    m_repository->run<QList<Organization>>(
        [](OrgRepository &repo) { return repo.listAll(); }, this,
        [this, state, done](Stored<QList<Organization>> all) {
            if (!all.ok())
                return done({}, OperationError(all.error));
            state->organizations = *all.value;
            m_repository->run<QString>([](OrgRepository &repo) { return repo.databaseId(); }, this,
                                       [this, state, done](Stored<QString> id) {
                                           if (!id.ok())
                                               return done({}, OperationError(id.error));
                                           state->databaseId = *id.value;
                                           QList<Drift> drift;
                                           QSet<QString> known;
                                           for (const Organization &o : std::as_const(state->organizations)) {
                                               known.insert(o.teamIdOnProxy());
                                               if (o.status == OrgStatus::Active)
                                                   organizationDrift(o, state->proxy.teams, state->keys.keys, drift);
                                           }
                                           orphanDrift(state->proxy.teams, state->keys.keys, state->databaseId, known, drift);
                                           membersDrift(state, drift, done);
                                       });
        });
}

// Then the members of every active organization whose team exists, from one /team/info each.
void OrgOperations::membersDrift(std::shared_ptr<ReconcileState> state, QList<Drift> drift,
                                 std::function<void(QList<Drift>, OperationError)> done)
{
    QList<Organization> withTeams;
    for (const Organization &o : std::as_const(state->organizations)) {
        if (o.status == OrgStatus::Active && state->proxy.teams.contains(o.teamIdOnProxy()))
            withTeams.append(o);
    }
    m_members->reconcile(withTeams, [drift, done](QList<Drift> members, OperationError error) { done(drift + members, error); });
}

void OrgOperations::fixDrift(const Drift &drift, std::function<void(OperationResult)> done)
{
    if (drift.isAboutAMember())
        return m_members->fixDrift(drift, done);
    switch (drift.kind) {
    case Drift::Kind::OrphanTeam:
    case Drift::Kind::OrphanKey:
        return deleteOrphan(drift, done);
    case Drift::Kind::BudgetChanged:
        return adoptProxyBudget(drift, done);
    case Drift::Kind::KeyMissing:
        return reissueMissingKey(drift, done);
    case Drift::Kind::TeamMissing:
        return markTeamMissing(drift, done);
    case Drift::Kind::MembershipMissing:
    case Drift::Kind::MemberKeyMissing:
    case Drift::Kind::MemberBudgetChanged:
    case Drift::Kind::UnknownMember:
        break; // isAboutAMember()
    case Drift::Kind::UnknownOrigin:
        return done(
            failure(OperationError::badInput(QCoreApplication::translate("Reconcile",
                                                                         "OrgConsole does not delete a team it cannot prove this "
                                                                         "database created; decide about team %1 by hand.")
                                                 .arg(printable(drift.proxyId, 80)))));
    }
}

// Checked again right before deleting, on the proxy's current word: the drift may be old, or
// someone may have written our marker into another team.
void OrgOperations::deleteOrphan(const Drift &drift, std::function<void(OperationResult)> done)
{
    m_repository->run<QString>(
        [](OrgRepository &repo) { return repo.databaseId(); }, this,
        [this, drift, done](Stored<QString> ourId) {
            if (!ourId.ok())
                return done(failure(OperationError(ourId.error)));
            orphanMetadata(drift, [this, drift, done, ours = *ourId.value](Result<QJsonObject> metadata) {
                if (!metadata.ok())
                    return done(failure(OperationError(metadata.error)));
                if (teamOrigin(*metadata.value, ours) != TeamOrigin::ThisDatabase)
                    return done(failure(OperationError::conflict(
                        QCoreApplication::translate("Reconcile", "%1 was not created by this database; it was left alone.")
                            .arg(printable(drift.proxyId, 80)))));
                deleteOnProxy(drift, [this, drift, done](const LiteLlmError &error) {
                    finishOrphanFix(drift,
                                    drift.kind == Drift::Kind::OrphanTeam ? QStringLiteral("reconcile: delete orphan team")
                                                                          : QStringLiteral("reconcile: delete orphan key"),
                                    error, done);
                });
            });
        });
}

// The orphan team's or key's metadata as the proxy has it now.
void OrgOperations::orphanMetadata(const Drift &drift, std::function<void(Result<QJsonObject>)> done)
{
    if (drift.kind == Drift::Kind::OrphanTeam)
        return m_client->teamInfo(drift.proxyId, [done](Result<TeamDetail> r) {
            done(r.ok() ? Result<QJsonObject>::success(r.value->team.metadata) : Result<QJsonObject>::failure(r.error));
        });
    m_client->keyInfo(drift.proxyId, [done](Result<KeyInfo> r) {
        done(r.ok() ? Result<QJsonObject>::success(r.value->metadata) : Result<QJsonObject>::failure(r.error));
    });
}

void OrgOperations::deleteOnProxy(const Drift &drift, std::function<void(const LiteLlmError &)> done)
{
    if (drift.kind == Drift::Kind::OrphanTeam)
        return m_client->deleteTeams({drift.proxyId}, [done](Result<QStringList> r) { done(r.error); });
    m_client->deleteKeys({drift.proxyId}, [done](Result<Done> r) { done(r.error); });
}

void OrgOperations::finishOrphanFix(const Drift &drift, const QString &action, const LiteLlmError &error,
                                    std::function<void(OperationResult)> done)
{
    Organization pseudo;
    pseudo.name = drift.name;
    const bool ok = !error.isError() || error.category == ErrorCategory::NotFound;
    audit(pseudo, action, ok ? AuditOutcome::Ok : AuditOutcome::Failed, {{QStringLiteral("proxy_id"), drift.proxyId}},
          [ok, error, drift, done] {
              OperationResult out;
              out.ok = ok;
              if (!ok)
                  out.error = OperationError(error);
              out.note = drift.kind == Drift::Kind::OrphanTeam
                  ? QCoreApplication::translate("Reconcile", "Deleted the orphan team.")
                  : QCoreApplication::translate("Reconcile", "Deleted the orphan key.");
              done(out);
          });
}

// Adopt the proxy's figure: it is what is enforced.
void OrgOperations::adoptProxyBudget(const Drift &drift, std::function<void(OperationResult)> done)
{
    withOrganization(
        drift.organizationId,
        [this, drift, done](Organization org) {
            m_repository->run<Organization>(
                [org, drift](OrgRepository &repo) {
                    return repo.updateBudget(org.id, org.rowVersion, drift.proxyBudget, org.budgetDuration, org.budgetResetAt);
                },
                this,
                [this, org, drift, done](Stored<Organization> s) {
                    audit(org, QStringLiteral("reconcile: adopt proxy budget"), s.ok() ? AuditOutcome::Ok : AuditOutcome::Failed,
                          {{QStringLiteral("from"), budgetJson(org.maxBudget)},
                           {QStringLiteral("to"), budgetJson(drift.proxyBudget)}},
                          [s, done] {
                              OperationResult r;
                              r.ok = s.ok();
                              r.error = OperationError(s.error);
                              if (s.ok())
                                  r.organization = *s.value;
                              done(r);
                          });
                });
        },
        done);
}

// The team is there but its key is gone (deleted outside the console): issue a new one, shown
// once, under the organization's alias.
void OrgOperations::reissueMissingKey(const Drift &drift, std::function<void(OperationResult)> done)
{
    withOrganization(
        drift.organizationId,
        [this, done](Organization org) {
            m_client->deleteKeysByAlias({org.keyAlias}, [this, org, done](Result<Done>) { issueReplacementKey(org, done); });
        },
        done);
}

void OrgOperations::issueReplacementKey(const Organization &org, std::function<void(OperationResult)> done)
{
    m_client->generateKey(keyRequestFor(org, org.keyAlias), [this, org, done](Result<GeneratedKey> g) {
        if (!g.ok())
            return done(failure(
                OperationError(g.error).withContext(QCoreApplication::translate("Reconcile", "Issuing a new key failed: "))));
        const GeneratedKey key = *g.value;
        m_repository->run<Organization>(
            [org, key](OrgRepository &repo) { return repo.updateKey(org.id, key.token, key.keyName, false); }, this,
            [this, org, key, done](Stored<Organization> s) {
                OperationResult issued;
                issued.rawKey = key.rawKey;
                issued.note = QCoreApplication::translate("Reconcile", "A new key was issued; hand it to the customer.");
                auditThenFinish(org, QStringLiteral("reconcile: re-issue missing key"),
                                {{QStringLiteral("old_key"), org.keyName}, {QStringLiteral("new_key"), key.keyName}}, s,
                                OperationError(s.error), done, issued);
            });
    });
}

// The organization no longer exists on the proxy: mark it failed so recovery rolls it back (or
// re-issues it on request).
void OrgOperations::markTeamMissing(const Drift &drift, std::function<void(OperationResult)> done)
{
    m_repository->run<bool>(
        [drift](OrgRepository &repo) { return repo.markFailed(drift.organizationId, drift.description); }, this,
        [this, drift, done](Stored<bool> s) {
            Organization pseudo;
            pseudo.id = drift.organizationId;
            pseudo.name = drift.name;
            audit(pseudo, QStringLiteral("reconcile: team missing"), s.ok() ? AuditOutcome::Ok : AuditOutcome::Failed,
                  {{QStringLiteral("description"), drift.description}}, [s, done] {
                      OperationResult r;
                      r.ok = s.ok();
                      r.error = OperationError(s.error);
                      r.note = QCoreApplication::translate("Reconcile",
                                                           "Marked as failed; run Recover to roll it back or re-issue it.");
                      done(r);
                  });
        });
}

} // namespace OrgConsole
