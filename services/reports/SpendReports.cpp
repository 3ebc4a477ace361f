// A spend report as named steps: check the request, load the organizations and what is stored,
// fetch the missing days (batches of teams, a few requests at a time, page after page), store the
// closed days, read the stored days back, group and sum.
#include "services/reports/SpendReports.h"

#include "services/litellm/LiteLlmClient.h"
#include "services/storage/RepositoryWorker.h"

#include <QPointer>

#include <algorithm>
#include <map>
#include <tuple>

namespace OrgConsole {

namespace {
// A proxy that always says "more" must not keep a report running for ever.
constexpr int kMaxPages = 10000;

// A row's place in the stored table: the same day, model and key can come in several rows (a day
// spans pages; the proxy keeps a row per provider too), added up here.
using SpendKey = std::tuple<QString, QDate, QString, QString>;

bool needsOneTeamPerRequest(const QList<ActivityRow> &rows, const FetchBatch &b)
{
    if (b.teamIds.size() < 2)
        return false;
    return std::any_of(rows.cbegin(), rows.cend(), [](const ActivityRow &r) { return r.teamId.isEmpty(); });
}
} // namespace

struct SpendReports::Inputs {
    QList<ReportTarget> targets;
    QString organizationName; // the filter's
    QHash<QString, QList<DaySpan>> stored;
    KeyOwners owners;
};

struct SpendReports::Run {
    ReportRequest request;
    std::function<void(ReportOutcome)> done;
    QDate today;
    LiteLlmClient *client = nullptr;
    QString organizationName;
    QHash<QString, ReportTarget> targetByOrg;
    QHash<QString, QString> orgByTeam;
    KeyOwners owners;
    QList<FetchBatch> batches;
    QList<QList<ActivityRow>> fetched; // per batch
    QList<int> pagesKnown; // per batch: 1 until the proxy says
    qsizetype nextBatch = 0;
    int inFlight = 0;
    int answered = 0;
    int storedDays = 0;
    QList<SpendFact> todays;
    bool ended = false;
};

SpendReports::SpendReports(RepositoryWorker *repository, std::function<LiteLlmClient *()> client, QObject *parent)
    : SpendReports([repository] { return repository; }, std::move(client), parent)
{
}

SpendReports::SpendReports(std::function<RepositoryWorker *()> repository, std::function<LiteLlmClient *()> client,
                           QObject *parent)
    : QObject(parent)
    , m_repositoryOf(std::move(repository))
    , m_client(std::move(client))
{
}

SpendReports::~SpendReports()
{
    if (m_run)
        m_run->ended = true;
}

QDate SpendReports::today() const
{
    return m_today ? m_today() : QDateTime::currentDateTimeUtc().date();
}

void SpendReports::run(const ReportRequest &request, std::function<void(ReportOutcome)> done)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->request = request;
    run->done = std::move(done);
    run->today = today();
    run->client = m_client ? m_client() : nullptr;
    m_run = run;
    const OperationError bad = checkReportRange(request.from, request.to, run->today);
    if (bad.isError())
        return fail(run, bad);
    m_repository = m_repositoryOf();
    if (!m_repository)
        return fail(run, OperationError::database(tr("The database is not open yet.")));
    loadInputs(run);
}

void SpendReports::cancel()
{
    if (m_run)
        fail(m_run, OperationError::cancelled(tr("The report was cancelled.")));
}

// Step: the organizations (all active ones, or the one asked for), the days stored and the members' keys.
void SpendReports::loadInputs(std::shared_ptr<Run> run)
{
    const ReportRequest request = run->request;
    const QDate lastClosed = std::min(request.to, run->today.addDays(-1));
    m_repository->run<Inputs>(
        [request, lastClosed](OrgRepository &repo) -> Stored<Inputs> {
            Inputs in;
            QList<Organization> orgs;
            if (!request.organization.isEmpty()) {
                const Stored<Organization> one = repo.findByIdOrName(request.organization);
                if (!one.ok())
                    return Stored<Inputs> {std::nullopt, one.error};
                orgs.append(*one.value);
                in.organizationName = one.value->name;
            } else {
                const Stored<QList<Organization>> all = repo.listAll();
                if (!all.ok())
                    return Stored<Inputs> {std::nullopt, all.error};
                orgs = *all.value;
            }
            for (const Organization &o : std::as_const(orgs)) {
                if (o.status == OrgStatus::Active)
                    in.targets.append(ReportTarget {o.id, o.name, o.teamIdOnProxy()});
            }
            SpendStore store(repo.database());
            const QStringList filter = request.organization.isEmpty() ? QStringList() : QStringList {orgs.constFirst().id};
            const auto spans = store.storedSpans(filter, request.from, lastClosed);
            const auto owners = store.keyOwners();
            if (!spans.ok() || !owners.ok())
                return Stored<Inputs> {std::nullopt, spans.ok() ? owners.error : spans.error};
            in.stored = *spans.value;
            in.owners = *owners.value;
            return Stored<Inputs>::success(in);
        },
        this,
        [this, run](Stored<Inputs> in) {
            if (run->ended)
                return;
            if (!in.ok())
                return fail(run,
                            in.error.kind == StorageError::Kind::NotFound
                                ? OperationError::notFound(tr("There is no organization \"%1\".").arg(run->request.organization))
                                : OperationError(in.error));
            startFetching(run, *in.value);
        });
}

// Step: plan the requests and start a few batches at once.
void SpendReports::startFetching(std::shared_ptr<Run> run, const Inputs &inputs)
{
    run->organizationName = inputs.organizationName;
    run->owners = inputs.owners;
    for (const ReportTarget &t : inputs.targets) {
        run->targetByOrg.insert(t.organizationId, t);
        run->orgByTeam.insert(t.teamId, t.organizationId);
    }
    const FetchPlan plan
        = planFetches(inputs.targets, inputs.stored, run->request.from, run->request.to, run->today, m_teamsPerRequest);
    run->batches = plan.batches;
    run->storedDays = plan.storedDays;
    run->fetched.resize(run->batches.size());
    run->pagesKnown.fill(1, run->batches.size());
    if (!run->batches.isEmpty() && !run->client)
        return fail(run, OperationError::other(tr("No proxy is connected: the days not stored yet need it.")));
    reportProgress(*run);
    if (run->batches.isEmpty())
        return readStored(run);
    for (int i = 0; i < m_concurrency; ++i)
        fetchNextBatch(run);
}

void SpendReports::fetchNextBatch(std::shared_ptr<Run> run)
{
    if (run->ended || run->nextBatch >= run->batches.size())
        return;
    ++run->inFlight;
    fetchPage(run, run->nextBatch++, 1);
}

void SpendReports::fetchPage(std::shared_ptr<Run> run, qsizetype batch, int page)
{
    const FetchBatch &b = run->batches.at(batch);
    run->client->teamDailyActivityPage(b.teamIds, b.span.first, b.span.last, page, kPageSize,
                                       [self = QPointer<SpendReports>(this), run, batch, page](Result<ActivityPage> reply) {
                                           if (self) // a reply after this service was destroyed is dropped
                                               self->pageArrived(run, batch, page, std::move(reply));
                                       });
}

void SpendReports::pageArrived(std::shared_ptr<Run> run, qsizetype batch, int page, Result<ActivityPage> reply)
{
    if (run->ended)
        return;
    ++run->answered;
    if (!reply.ok())
        return fail(run, OperationError(reply.error).withContext(tr("Reading the daily spend failed: ")));
    run->fetched[batch].append(reply.value->rows);
    run->pagesKnown[batch] = std::max({run->pagesKnown[batch], reply.value->totalPages, page});
    reportProgress(*run);
    // A page cap: a proxy that always says "more" must not keep a report running for ever.
    if (reply.value->hasMore && page < kMaxPages)
        return fetchPage(run, batch, page + 1);
    batchFetched(run, batch);
}

// Step: a batch is complete. Rows nobody can be sure whose they are (an older proxy without per-key
// figures, asked for several teams) send the batch again, one team per request.
void SpendReports::batchFetched(std::shared_ptr<Run> run, qsizetype batch)
{
    const FetchBatch b = run->batches.at(batch);
    const QList<ActivityRow> rows = std::exchange(run->fetched[batch], {});
    if (needsOneTeamPerRequest(rows, b)) {
        for (qsizetype i = 0; i < b.teamIds.size(); ++i) {
            run->batches.append(FetchBatch {{b.organizationIds.at(i)}, {b.teamIds.at(i)}, b.span, b.closedSpan});
            run->fetched.append(QList<ActivityRow>());
            run->pagesKnown.append(1);
        }
        return batchDone(run);
    }
    std::map<SpendKey, StoredSpend> closed;
    for (const ActivityRow &r : rows) {
        const QString orgId = run->orgByTeam.value(r.teamId);
        if (orgId.isEmpty() || !b.organizationIds.contains(orgId))
            continue; // a team not asked for
        const QString member = run->owners.memberOf(r.keyHash, r.keyAlias);
        if (b.closedSpan && b.closedSpan->contains(r.day)) {
            StoredSpend &s = closed[SpendKey {orgId, r.day, r.model, r.keyHash}];
            s = StoredSpend {orgId,
                             r.day,
                             r.model,
                             r.keyHash,
                             member,
                             s.micros + microsFromUsd(r.spend),
                             s.requests + r.requests,
                             s.tokens + r.tokens};
        } else if (r.day == run->today) {
            run->todays.append(SpendFact {orgId, run->targetByOrg.value(orgId).name, member, r.model, r.day,
                                          microsFromUsd(r.spend), r.requests, r.tokens});
        }
    }
    if (!b.closedSpan)
        return batchDone(run);
    QList<StoredSpend> toStore;
    toStore.reserve(static_cast<qsizetype>(closed.size()));
    for (auto &entry : closed)
        toStore.append(std::move(entry.second));
    storeBatch(run, batch, std::move(toStore));
}

// Step: the batch's closed days in one transaction, so a failure stores none of them.
void SpendReports::storeBatch(std::shared_ptr<Run> run, qsizetype batch, QList<StoredSpend> closed)
{
    const FetchBatch b = run->batches.at(batch);
    m_repository->run<bool>(
        [b, closed = std::move(closed)](OrgRepository &repo) {
            return repo.inTransaction<bool>(
                [&] { return SpendStore(repo.database()).saveClosedDays(b.organizationIds, *b.closedSpan, closed); });
        },
        this,
        [this, run](Stored<bool> saved) {
            if (run->ended)
                return;
            if (!saved.ok())
                return fail(run, OperationError(saved.error));
            batchDone(run);
        });
}

void SpendReports::batchDone(std::shared_ptr<Run> run)
{
    --run->inFlight;
    if (run->nextBatch < run->batches.size())
        return fetchNextBatch(run);
    if (run->inFlight == 0)
        readStored(run);
}

// Step: the closed days of the range, from the database (stored before or just now).
void SpendReports::readStored(std::shared_ptr<Run> run)
{
    const QStringList filter = run->request.organization.isEmpty() ? QStringList() : run->targetByOrg.keys();
    const QDate from = run->request.from;
    const QDate lastClosed = std::min(run->request.to, run->today.addDays(-1));
    if (!run->request.organization.isEmpty() && filter.isEmpty())
        return finish(run, {});
    m_repository->run<QList<StoredSpend>>(
        [filter, from, lastClosed](OrgRepository &repo) {
            if (lastClosed < from)
                return Stored<QList<StoredSpend>>::success({});
            return SpendStore(repo.database()).stored(filter, from, lastClosed);
        },
        this,
        [this, run](Stored<QList<StoredSpend>> stored) {
            if (run->ended)
                return;
            if (!stored.ok())
                return fail(run, OperationError(stored.error));
            finish(run, *stored.value);
        });
}

// Step: group and sum.
void SpendReports::finish(std::shared_ptr<Run> run, QList<StoredSpend> stored)
{
    SpendReport report;
    report.request = run->request;
    report.organizationName = run->organizationName;
    report.facts.reserve(stored.size() + run->todays.size());
    for (const StoredSpend &s : stored) {
        const auto target = run->targetByOrg.constFind(s.organizationId);
        if (target == run->targetByOrg.cend())
            continue; // an organization not active any more
        report.facts.append(SpendFact {s.organizationId, target->name, s.userId, s.model, s.day, s.micros, s.requests, s.tokens});
    }
    report.facts.append(run->todays);
    report.lines = groupFacts(report.facts, run->request.by);
    report.total = totalOf(report.facts);
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.profileName = profileName();
    report.requestsMade = run->answered;
    report.storedDays = run->storedDays;
    run->ended = true;
    if (m_run == run)
        m_run.reset();
    if (run->done)
        run->done(ReportOutcome {report, {}});
}

void SpendReports::fail(std::shared_ptr<Run> run, const OperationError &error)
{
    if (run->ended)
        return;
    run->ended = true;
    if (m_run == run)
        m_run.reset();
    if (run->done)
        run->done(ReportOutcome {std::nullopt, error});
}

void SpendReports::reportProgress(const Run &run)
{
    int total = 0;
    for (int pages : run.pagesKnown)
        total += pages;
    emit progress(run.answered, std::max(total, run.answered));
}

} // namespace OrgConsole
