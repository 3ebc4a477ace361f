#pragma once

#include "models/Organization.h"
#include "services/litellm/DailyActivity.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/reports/SpendReport.h"
#include "services/storage/SpendStore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace OrgConsole {

class LiteLlmClient;
class RepositoryWorker;

// An organization a report covers.
struct ReportTarget {
    QString organizationId;
    QString name;
    QString teamId; // on the proxy
};

// One series of requests: the teams of `organizationIds` over `span`. The days of `closedSpan`
// (before today) are stored once fetched; today's are only reported.
struct FetchBatch {
    QStringList organizationIds;
    QStringList teamIds;
    DaySpan span;
    std::optional<DaySpan> closedSpan;
};

// The plan of a report: the batches to fetch and how many organization-days come from the
// database instead.
struct FetchPlan {
    QList<FetchBatch> batches;
    int storedDays = 0;
};

// Every organization's closed days in [from, to] that are not stored yet, and today when the range
// reaches it. Organizations that miss the same span share requests, at most `teamsPerRequest` each.
FetchPlan planFetches(const QList<ReportTarget> &targets, const QHash<QString, QList<DaySpan>> &stored, const QDate &from,
                      const QDate &to, const QDate &today, int teamsPerRequest);

// A report or why there is none (BadInput, NotFound, Proxy, Database, Cancelled).
struct ReportOutcome {
    std::optional<SpendReport> report;
    OperationError error;
};

// Spend reports over a range of days (AppContext::reports()): closed days from the database where
// stored, the rest from /team/daily/activity (several teams and pages at once), grouped and summed
// in integers. One report at a time per instance; progress() while it runs; cancel() ends it.
class SpendReports : public QObject
{
    Q_OBJECT
public:
    SpendReports(RepositoryWorker *repository, std::function<LiteLlmClient *()> client, QObject *parent = nullptr);
    // For a window built before the database opens: both are looked up when a report runs.
    SpendReports(std::function<RepositoryWorker *()> repository, std::function<LiteLlmClient *()> client,
                 QObject *parent = nullptr);
    ~SpendReports() override;

    // Today's UTC date (the clock is replaceable for tests and the sandbox).
    QDate today() const;
    void setClock(std::function<QDate()> today) { m_today = std::move(today); }
    void setConcurrency(int requests) { m_concurrency = std::max(1, requests); }
    void setTeamsPerRequest(int teams) { m_teamsPerRequest = std::max(1, teams); }
    void setProfileName(const QString &name)
    {
        setProfileName([name] { return name; });
    }
    void setProfileName(std::function<QString()> name) { m_profileName = std::move(name); }
    QString profileName() const { return m_profileName ? m_profileName() : QString(); }

    // Checks the request (BadInput in words, nothing fetched), then reports. `done` runs once, on
    // this object's thread; a run in progress is cancelled first.
    void run(const ReportRequest &request, std::function<void(ReportOutcome)> done);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    static constexpr int kPageSize = 1000;
    static constexpr int kDefaultConcurrency = 4;
    // Team ids are UUIDs: 50 of them keep a request's address under 2,000 characters.
    static constexpr int kDefaultTeamsPerRequest = 50;

signals:
    // Requests answered and the requests known so far (it grows as pages are discovered).
    void progress(int done, int total);

private:
    struct Run;
    struct Inputs;
    void loadInputs(std::shared_ptr<Run> run);
    void startFetching(std::shared_ptr<Run> run, const Inputs &inputs);
    void fetchNextBatch(std::shared_ptr<Run> run);
    void fetchPage(std::shared_ptr<Run> run, qsizetype batch, int page);
    void pageArrived(std::shared_ptr<Run> run, qsizetype batch, int page, Result<ActivityPage> reply);
    void batchFetched(std::shared_ptr<Run> run, qsizetype batch);
    void storeBatch(std::shared_ptr<Run> run, qsizetype batch, QList<StoredSpend> closed);
    void batchDone(std::shared_ptr<Run> run);
    void readStored(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run, QList<StoredSpend> stored);
    void fail(std::shared_ptr<Run> run, const OperationError &error);
    void reportProgress(const Run &run);

    std::function<RepositoryWorker *()> m_repositoryOf;
    RepositoryWorker *m_repository = nullptr; // m_repositoryOf()'s, when a report starts
    std::function<LiteLlmClient *()> m_client;
    std::function<QDate()> m_today;
    int m_concurrency = kDefaultConcurrency;
    int m_teamsPerRequest = kDefaultTeamsPerRequest;
    std::function<QString()> m_profileName;
    std::shared_ptr<Run> m_run;
};

} // namespace OrgConsole
