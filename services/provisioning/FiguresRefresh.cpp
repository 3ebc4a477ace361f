// The figures refresh: spend, reset and budget of every active organization read from the proxy's
// team pages and stored in one transaction, with the organizations read while the pages are in flight.
#include "services/core/AuditText.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/TeamPages.h"
#include "services/storage/OrgSnapshot.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>

namespace OrgConsole {

namespace {
struct RefreshCounts {
    int updated = 0;
    int budgetsChanged = 0;
    qint64 storedMs = 0;
    qint64 afterMs = 0;
};

bool sameBudget(std::optional<double> a, std::optional<double> b)
{
    return a.has_value() == b.has_value() && (!a || std::abs(*a - *b) < 0.005);
}

// One transaction: spend, reset and budget from the proxy for every active organization. A budget
// that differs was changed outside the console: it is adopted (the proxy enforces it) and said in
// the audit trail with both figures, so nothing changes silently. A row changed since the refresh
// began (a budget set meanwhile) keeps its budget: the teams read may predate that change.
// `current`: every organization with the figures as stored now. `snapshot`: the organizations
// as read while the pages were in flight, used when none changed since.
Stored<RefreshCounts> applyRefresh(OrgRepository &repo, const QHash<QString, TeamInfo> &teams, const QString &operatorName,
                                   const QDateTime &started, const OrgSnapshot &snapshot, QList<Organization> &current)
{
    auto all = organizationsNow(repo, snapshot);
    if (!all.ok())
        return Stored<RefreshCounts>::failure(all.error.kind, all.error.message);
    current = std::move(*all.value);
    QSqlDatabase db = repo.database();
    db.transaction();
    RefreshCounts counts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<FiguresUpdate> changed;
    // Read through a const reference: `current` may share the snapshot's rows, copied only when one
    // is written (not every one of 10,000 on every refresh).
    for (qsizetype i = 0; i < current.size(); ++i) {
        const Organization &o = std::as_const(current).at(i);
        const auto it = teams.constFind(o.teamIdOnProxy());
        if (it == teams.cend() || o.status != OrgStatus::Active)
            continue;
        std::optional<double> budget = it->maxBudget;
        if (o.updatedAt.isValid() && o.updatedAt >= started)
            budget = o.maxBudget;
        if (!sameBudget(budget, o.maxBudget)) {
            AuditEntry e;
            e.operatorName = operatorName;
            e.action = QString::fromLatin1(kBudgetChangedOutsideAction);
            e.organizationId = o.id;
            e.organizationName = o.name;
            e.details = {{QStringLiteral("from"), budgetJson(o.maxBudget)}, {QStringLiteral("to"), budgetJson(budget)}};
            if (const Stored<qint64> audited = repo.appendAudit(e); !audited.ok()) {
                db.rollback(); // an adopted budget is never stored without its audit entry
                return Stored<RefreshCounts>::failure(audited.error.kind, audited.error.message);
            }
            ++counts.budgetsChanged;
        }
        ++counts.updated;
        // Figures as stored already: nothing to write, to announce to the other desktops or to add
        // to the snapshots (a series of changes). Each refresh wrote every organization before.
        if (it->spend == o.spend && budget == o.maxBudget && it->budgetResetAt == o.budgetResetAt)
            continue;
        changed.append(FiguresUpdate {o.id, it->spend, budget, it->budgetResetAt});
        const QDateTime resetAt = it->budgetResetAt;
        Organization &stored = current[i]; // `o` may be the snapshot's row from here on
        stored.spend = it->spend;
        stored.maxBudget = budget;
        stored.budgetResetAt = resetAt;
    }
    // The changed figures in a few statements; one that fails leaves every figure as it was.
    if (const Stored<bool> stored = repo.updateFigures(changed, now); !stored.ok()) {
        db.rollback();
        return Stored<RefreshCounts>::failure(stored.error.kind, stored.error.message);
    }
    if (!db.commit())
        return Stored<RefreshCounts>::failure(
            StorageError::Kind::Database, QCoreApplication::translate("OrgOperations", "Saving the refreshed figures failed."));
    return Stored<RefreshCounts>::success(counts);
}
} // namespace

void OrgOperations::refreshAll(std::function<void(RefreshSummary)> done, AfterRefresh after)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    // Taken on the repository's thread while the pages are read; only that thread touches it.
    auto snapshot = std::make_shared<OrgSnapshot>();
    m_repository->run<bool>(
        [snapshot](OrgRepository &repo) {
            *snapshot = takeOrgSnapshot(repo);
            return Stored<bool>::success(true);
        },
        this, [](Stored<bool>) {});
    fetchAllTeams([this, done, started, after, snapshot, clock](ProxyTeams proxy) {
        RefreshSummary summary;
        summary.pagesReadMs = clock.elapsed();
        summary.requests = proxy.requests;
        summary.teamsRead = int(proxy.teams.size());
        summary.error = proxy.error;
        if (proxy.error.isError())
            return done(summary);
        auto teams = std::make_shared<QHash<QString, TeamInfo>>(std::move(proxy.teams));
        m_repository->run<RefreshCounts>(
            [teams, op = m_operator, started, after, snapshot, clock](OrgRepository &repo) {
                QList<Organization> current;
                Stored<RefreshCounts> counts = applyRefresh(repo, *teams, op, started, *snapshot, current);
                if (!counts.ok())
                    return counts;
                counts.value->storedMs = clock.elapsed();
                if (after)
                    after(repo, current);
                counts.value->afterMs = clock.elapsed();
                return counts;
            },
            this,
            [summary, done](Stored<RefreshCounts> s) mutable {
                if (!s.ok()) {
                    summary.error = OperationError(s.error);
                } else {
                    summary.organizationsUpdated = s.value->updated;
                    summary.budgetsChangedOutside = s.value->budgetsChanged;
                    summary.storedMs = s.value->storedMs;
                    summary.afterMs = s.value->afterMs;
                }
                done(summary);
            });
    });
}

} // namespace OrgConsole
