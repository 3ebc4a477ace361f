// MemberOperations: reconciling members with the proxy. What the database knows about each member
// of an active organization is compared with its team's /team/info; each difference is a Drift that
// a person can fix (a missing membership re-added, a missing key re-issued, a changed budget adopted).
#include "models/Money.h"
#include "models/SafeText.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QHash>

namespace OrgConsole {

namespace {
constexpr int kConcurrentTeams = 8;

Drift memberDrift(Drift::Kind kind, const Organization &org, const QString &userId, const QString &description)
{
    Drift d;
    d.kind = kind;
    d.organizationId = org.id;
    d.proxyId = org.teamIdOnProxy();
    d.userId = userId;
    d.name = QStringLiteral("%1 / %2").arg(org.name, printable(userId, 80));
    d.description = description;
    return d;
}

bool sameBudget(const Member &row, const TeamMembership &m)
{
    const bool amountSame
        = row.maxBudget.has_value() == m.maxBudget.has_value() && (!row.maxBudget || qAbs(*row.maxBudget - *m.maxBudget) < 0.005);
    return amountSame && row.budgetDuration == m.budgetDuration;
}

void compareMembers(const Organization &org, const QList<Member> &rows, const TeamDetail &team, QList<Drift> &drift)
{
    const MembersReport report = mergeMembers(org, rows, team);
    QSet<QString> teamKeys;
    for (const KeyInfo &k : team.keys)
        teamKeys.insert(k.token);
    for (const MemberView &v : report.members) {
        if (v.member.status != MemberStatus::Active)
            continue;
        if (!v.onProxy) {
            drift.append(memberDrift(
                Drift::Kind::MembershipMissing, org, v.member.userId,
                QCoreApplication::translate("MemberReconcile", "%1 is a member here but not in the team on the proxy.")
                    .arg(v.member.userId)));
            continue;
        }
        // The owner's key is the organization's: its absence is the organization's "key missing".
        if (!v.isOwner && !teamKeys.contains(v.member.keyHash))
            drift.append(memberDrift(Drift::Kind::MemberKeyMissing, org, v.member.userId,
                                     QCoreApplication::translate("MemberReconcile", "The key %1 of %2 is gone from the proxy.")
                                         .arg(v.member.keyName, v.member.userId)));
        if (!v.isOwner && !sameBudget(v.member, *v.membership)) {
            Drift d
                = memberDrift(Drift::Kind::MemberBudgetChanged, org, v.member.userId,
                              QCoreApplication::translate("MemberReconcile", "The budget of %1 is %2 here and %3 on the proxy.")
                                  .arg(v.member.userId, formatUsd(v.member.maxBudget), formatUsd(v.membership->maxBudget)));
            d.databaseBudget = v.member.maxBudget;
            d.proxyBudget = v.membership->maxBudget;
            drift.append(d);
        }
    }
    for (const QString &userId : report.unknownOnProxy)
        drift.append(memberDrift(
            Drift::Kind::UnknownMember, org, userId,
            QCoreApplication::translate("MemberReconcile",
                                        "%1 is in the team on the proxy but not a member here: add them with Add member "
                                        "(their membership is kept and they get a key), or remove them on the proxy.")
                .arg(printable(userId, 80))));
}
} // namespace

struct MemberOperations::ReconcileRun {
    QList<Organization> pending;
    QHash<QString, QList<Member>> rows;
    QList<Drift> drift;
    OperationError error;
    int running = 0;
    std::function<void(QList<Drift>, OperationError)> done;
};

void MemberOperations::reconcile(const QList<Organization> &organizations, std::function<void(QList<Drift>, OperationError)> done)
{
    QStringList ids;
    for (const Organization &o : organizations)
        ids.append(o.id);
    m_repository->run<QHash<QString, QList<Member>>>(
        [ids](OrgRepository &repo) -> Stored<QHash<QString, QList<Member>>> {
            QHash<QString, QList<Member>> out;
            for (const QString &id : ids) {
                const auto rows = repo.members().list(id);
                if (!rows.ok())
                    return Stored<QHash<QString, QList<Member>>>::failure(rows.error.kind, rows.error.message);
                out.insert(id, *rows.value);
            }
            return Stored<QHash<QString, QList<Member>>>::success(out);
        },
        this,
        [this, organizations, done](Stored<QHash<QString, QList<Member>>> rows) {
            if (!rows.ok())
                return done({}, OperationError(rows.error));
            auto run = std::make_shared<ReconcileRun>();
            run->pending = organizations;
            run->rows = *rows.value;
            run->done = done;
            if (run->pending.isEmpty())
                return done({}, {});
            for (int i = 0; i < kConcurrentTeams && !run->pending.isEmpty(); ++i)
                reconcileNext(run);
        });
}

void MemberOperations::reconcileNext(std::shared_ptr<ReconcileRun> run)
{
    if (run->pending.isEmpty()) {
        if (run->running == 0 && run->done) {
            auto done = std::move(run->done);
            run->done = nullptr;
            done(run->drift, run->error);
        }
        return;
    }
    const Organization org = run->pending.takeFirst();
    ++run->running;
    m_client->teamInfo(org.teamIdOnProxy(), [this, run, org](Result<TeamDetail> info) {
        --run->running;
        if (info.ok())
            compareMembers(org, run->rows.value(org.id), *info.value, run->drift);
        else if (!run->error.isError())
            run->error
                = OperationError(info.error)
                      .withContext(
                          QCoreApplication::translate("MemberReconcile", "Reading the members of \"%1\" failed: ").arg(org.name));
        reconcileNext(run);
    });
}

void MemberOperations::fixDrift(const Drift &drift, std::function<void(OperationResult)> done)
{
    const auto reply = [done](MemberResult r) {
        OperationResult out;
        out.ok = r.ok;
        out.error = r.error;
        out.organization = r.organization;
        out.rawKey = r.rawKey;
        out.note = r.note;
        done(out);
    };
    withMember(
        drift.organizationId, drift.userId,
        [this, drift, done, reply](Target t) {
            switch (drift.kind) {
            case Drift::Kind::MembershipMissing:
                m_client->addTeamMember(memberRequestFor(t.org, t.member), [this, t, reply](Result<MemberAdded> r) {
                    finish(t, QStringLiteral("reconcile-member"),
                           {{QStringLiteral("fix"), QCoreApplication::translate("MemberReconcile", "membership re-added")}},
                           r.ok() ? Stored<Member>::success(t.member) : Stored<Member> {},
                           r.ok() ? OperationError() : OperationError(r.error), reply);
                });
                return;
            case Drift::Kind::MemberKeyMissing:
                return reissueKey(t, reply);
            case Drift::Kind::MemberBudgetChanged: {
                Member adopted = t.member;
                adopted.maxBudget = drift.proxyBudget;
                m_repository->run<Member>(
                    [adopted, version = t.member.rowVersion](OrgRepository &repo) {
                        return repo.members().updateBudget(adopted, version);
                    },
                    this,
                    [this, t, drift, reply](Stored<Member> s) {
                        finish(t, QStringLiteral("reconcile-member"),
                               {{QStringLiteral("fix"), QCoreApplication::translate("MemberReconcile", "budget adopted")},
                                {QStringLiteral("from"), budgetJson(drift.databaseBudget)},
                                {QStringLiteral("to"), budgetJson(drift.proxyBudget)}},
                               s, {}, reply);
                    });
                return;
            }
            default:
                return done(failure(OperationError::badInput(drift.description)));
            }
        },
        reply);
}

// A member's key deleted outside the console: a new one under the member's alias, shown once.
void MemberOperations::reissueKey(const Target &t, std::function<void(MemberResult)> done)
{
    const QJsonObject details {{QStringLiteral("fix"), QCoreApplication::translate("MemberReconcile", "key re-issued")}};
    m_client->deleteKeysByAlias({t.member.keyAlias}, [this, t, details, done](Result<Done>) {
        m_client->generateKey(
            keyRequestForMember(t.org, t.member, t.member.keyAlias), [this, t, details, done](Result<GeneratedKey> g) {
                if (!g.ok())
                    return finish(t, QStringLiteral("reconcile-member"), details, {}, OperationError(g.error), done);
                const GeneratedKey key = *g.value;
                m_repository->run<Member>(
                    [t, key](OrgRepository &repo) {
                        return repo.members().updateKey(t.org.id, t.member.userId, key.token, key.keyName, false);
                    },
                    this,
                    [this, t, key, details, done](Stored<Member> s) {
                        finish(t, QStringLiteral("reconcile-member"), details, s, {}, done, key.rawKey);
                    });
            });
    });
}

} // namespace OrgConsole
