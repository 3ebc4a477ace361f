#pragma once

#include "services/core/BudgetForecast.h"
#include "services/core/BudgetLevels.h"
#include "services/core/OperationError.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/storage/BudgetWatchStore.h"
#include "services/storage/RepositoryWorker.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;
class Settings;

// One budget as the watch saw it: an organization's (userId empty) or a member's own.
// The organization is named, not copied: 10,000 copies of an Organization (a dozen shared strings
// and dates each) were most of an evaluation's time; WatchReport::organizations holds them whole.
struct WatchedBudget {
    QString organizationId; // for a member: the organization they belong to
    QString organizationName;
    QString userId;
    double spend = 0.0;
    std::optional<double> maxBudget;
    QDateTime budgetResetAt; // the period's end (invalid: never resets)
    BudgetLevels levels; // the levels it was judged by
    LevelReading reading;
};

// What one evaluation found.
struct WatchReport {
    QList<Organization> organizations; // every organization as judged (shared with the list read, not copied)
    QList<WatchedBudget> budgets; // active organizations, then members with their own budget
    QHash<QString, BudgetLevels> overrides; // organizations with their own levels
    BudgetLevels defaults;
    QList<BudgetCrossing> newCrossings; // recorded now: nobody alerted them before in their period
    LevelCounts counts; // organizations only
    OperationError error;
    // The levels an organization follows: its own, or the defaults.
    BudgetLevels levelsFor(const QString &orgId) const { return overrides.value(orgId, defaults); }
};

// How an evaluation treats what it finds.
struct WatchOptions {
    // Record crossings (and so alert them once). A report (orgctl budget alerts) only reads.
    bool record = true;
    // Judge every budget by these levels instead of each organization's (orgctl --level).
    std::optional<BudgetLevels> levels;
};

// The budget watch: after a refresh, every active organization's budget (and every member's own)
// against its alert levels; each level crossed is recorded in the database once per budget period,
// and the evaluation whose insert won emits crossed() for it, so a restart or a second desktop on
// the same database does not alert it again. Also the run-out forecast from the last days' spend.
class BudgetWatch : public QObject
{
    Q_OBJECT
public:
    BudgetWatch(RepositoryWorker *repository, Settings *settings, QObject *parent = nullptr);
    // The repository as it is when work starts: the composition root makes the watch before the
    // database is open (the window is built first).
    BudgetWatch(std::function<RepositoryWorker *()> repository, Settings *settings, QObject *parent = nullptr);

    // The proxy's figures (OrgOperations::refreshAll), then evaluate(). A failed refresh is not
    // evaluated: `report.error` is the refresh's error.
    void refresh(OrgOperations &operations, std::function<void(RefreshSummary, WatchReport)> done,
                 const WatchOptions &options = {});
    // Evaluates the figures the database has now.
    void evaluate(std::function<void(WatchReport)> done, const WatchOptions &options = {});
    // The run-out forecast of each organization with a budget, from its team's daily spend of the
    // last kForecastWindowDays days (a few requests at a time). Organizations whose daily spend could
    // not be read are left out; `error` says the first reason.
    void forecast(LiteLlmClient *client, const QList<Organization> &organizations,
                  std::function<void(QHash<QString, BudgetForecast>, OperationError)> done);
    // The same with the proxy the composition root connected (setClientProvider()).
    void forecast(const QList<Organization> &organizations,
                  std::function<void(QHash<QString, BudgetForecast>, OperationError)> done)
    {
        forecast(m_client ? m_client() : nullptr, organizations, std::move(done));
    }
    void setClientProvider(std::function<LiteLlmClient *()> client) { m_client = std::move(client); }

    // An organization's own alert levels (empty: it follows the defaults).
    void levelOverride(const QString &orgId, std::function<void(BudgetLevels, OperationError)> done);
    // Sets them (an empty list: back to the defaults), audited. BadInput for a level outside
    // kMinLevel..kMaxLevel (nothing changed), NotFound for an unknown organization.
    void setLevelOverride(const QString &orgId, const BudgetLevels &levels, const QString &operatorName,
                          std::function<void(OperationError)> done);

    BudgetLevels defaultLevels() const;
    // The day the forecast counts as today (tests move it with the simulator's clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

signals:
    // A level crossed for the first time in its budget period (this evaluation's insert won).
    void crossed(const OrgConsole::BudgetCrossing &crossing);
    // After every evaluation, with what it found.
    void evaluated(const OrgConsole::WatchReport &report);

private:
    struct Refresh;
    struct JudgedOnWorker;
    void refreshed(std::shared_ptr<Refresh> r, const JudgedOnWorker &judged);
    void findMemberBudgets(std::shared_ptr<Refresh> r);
    // Emits what an evaluation found (crossed() for each new crossing, evaluated()) and hands it on.
    void deliver(const Stored<WatchReport> &r, const BudgetLevels &defaults, const std::function<void(WatchReport)> &done);
    void readNextMembers(std::shared_ptr<Refresh> r);
    struct Forecasting;
    void forecastNext(std::shared_ptr<Forecasting> f);

    // On the repository's thread; a database not open yet is an error, not a crash.
    template<typename T> void onRepository(std::function<Stored<T>(OrgRepository &)> work, std::function<void(Stored<T>)> done)
    {
        RepositoryWorker *repository = m_repository ? m_repository() : nullptr;
        if (!repository)
            return done(Stored<T>::failure(StorageError::Kind::Database, tr("The database is not open yet.")));
        repository->run<T>(std::move(work), this, std::move(done));
    }

    std::function<RepositoryWorker *()> m_repository;
    std::function<LiteLlmClient *()> m_client;
    Settings *m_settings;
    std::function<QDateTime()> m_clock;
};

// Evaluates every budget in the repository (on its thread): the pure levels, then the crossings
// recorded when `options.record`. Public for benchmarks.
Stored<WatchReport> evaluateBudgets(OrgRepository &repo, const BudgetLevels &defaults, const WatchOptions &options,
                                    const QDateTime &now);
// The same with the organizations and members' budgets already read (a refresh has them).
Stored<WatchReport> evaluateBudgets(OrgRepository &repo, const QList<Organization> &orgs, const QList<MemberBudget> &members,
                                    const BudgetLevels &defaults, const WatchOptions &options, const QDateTime &now);

} // namespace OrgConsole

Q_DECLARE_METATYPE(OrgConsole::BudgetCrossing)
Q_DECLARE_METATYPE(OrgConsole::WatchReport)
