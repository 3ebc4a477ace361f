// Spend report over 1,000 organizations x 90 days against litellm-sim at 20 ms latency per request:
// the requests made and the wall time as a ratio to its floor (pages x latency / concurrency), then
// the same report again from the stored days (no request), which must take under 10 % of the first.
// Medians of several runs; each cold run starts from an empty store.
// Usage: bench_reports [DATABASE] [ORGANIZATIONS] [RUNS]   (DATABASE: "sqlite" or a postgresql:// URL)
#include "services/litellm/LiteLlmClient.h"
#include "services/reports/SpendReports.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/Migrations.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace OrgConsole;
using namespace OrgConsole::Bench;
using namespace OrgConsole::Sandbox;

namespace {
constexpr int kDays = 90;
constexpr int kLatencyMs = 20;
const QString kMaster = QStringLiteral("sk-bench-reports");
const QStringList kModels {QStringLiteral("gpt-4o"), QStringLiteral("claude-3")};

template<typename T> Stored<T> onWorker(RepositoryWorker &worker, std::function<Stored<T>(OrgRepository &)> work)
{
    std::optional<Stored<T>> out;
    QObject receiver;
    worker.run<T>(work, &receiver, [&](Stored<T> r) { out = r; });
    waitFor([&] { return out.has_value(); });
    return *out;
}

// The simulator's teams (one key each) with 90 days of spend on two models, and the same
// organizations in the database, active, with those teams and keys.
bool seed(LiteLlmSimulator &sim, RepositoryWorker &worker, int organizations, const QDate &today)
{
    sim.seed(organizations, 1, QStringLiteral("Bench Org"));
    QList<ProvisionedSettings> settings;
    QList<NewOrganization> inputs;
    SimState &state = sim.state();
    for (auto t = state.teams.cbegin(); t != state.teams.cend(); ++t) {
        const QString team = t.key();
        const auto key = std::find_if(state.keys.cbegin(), state.keys.cend(),
                                      [&team](const SimKey &k) { return k.teamId.value_or(QString()) == team; });
        ProvisionedSettings s;
        s.teamId = team;
        s.keyHash = key->token;
        s.keyAlias = QStringLiteral("bench-key-%1").arg(settings.size());
        s.keyName = key->keyName;
        settings.append(s);
        NewOrganization n;
        n.name = t->alias.value_or(team);
        n.ownerUserId = QStringLiteral("kc-%1").arg(inputs.size());
        inputs.append(n);
        for (int d = 1; d <= kDays; ++d) {
            for (qsizetype m = 0; m < kModels.size(); ++m)
                state.daily.push_back(SimDailyRow {team, today.addDays(-d).toString(Qt::ISODate), key->token, kModels.at(m),
                                                   0.01 * double((d + m) % 50 + 1), 1000, 100, 3});
        }
    }
    const Stored<int> saved = onWorker<int>(worker, [inputs, settings](OrgRepository &repo) {
        return repo.inTransaction<int>([&]() -> Stored<int> {
            for (qsizetype i = 0; i < inputs.size(); ++i) {
                const Stored<Organization> o = repo.reserve(inputs.at(i), QStringLiteral("bench"));
                if (!o.ok())
                    return Stored<int> {std::nullopt, o.error};
                const Stored<Organization> a = repo.activate(o.value->id, settings.at(i));
                if (!a.ok())
                    return Stored<int> {std::nullopt, a.error};
            }
            return Stored<int>::success(int(inputs.size()));
        });
    });
    if (!saved.ok())
        std::fprintf(stderr, "seeding the database failed: %s\n", qPrintable(saved.error.message));
    return saved.ok();
}

struct Timed {
    double ms = 0;
    int requests = 0;
    qint64 cents = 0;
};

Timed runReport(SpendReports &reports, const ReportRequest &request)
{
    std::optional<ReportOutcome> out;
    QElapsedTimer t;
    t.start();
    reports.run(request, [&](ReportOutcome o) { out = std::move(o); });
    waitFor([&] { return out.has_value(); });
    Timed r;
    r.ms = double(t.nsecsElapsed()) / 1e6;
    if (out->error.isError()) {
        std::fprintf(stderr, "report failed: %s\n", qPrintable(out->error.message));
        return r;
    }
    r.requests = out->report->requestsMade;
    r.cents = out->report->total.cents();
    return r;
}

void forgetStoredDays(RepositoryWorker &worker)
{
    onWorker<bool>(worker, [](OrgRepository &repo) {
        QSqlQuery q(repo.database());
        const bool ok
            = q.exec(QStringLiteral("DELETE FROM spend_days")) && q.exec(QStringLiteral("DELETE FROM spend_days_fetched"));
        return Stored<bool>::success(ok);
    });
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString target = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sqlite");
    const int organizations = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 3;
    QTemporaryDir dir;
    QString error;
    const DatabaseLocation loc
        = DatabaseLocation::parse(target == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("bench.db")) : target, &error);
    if (loc.engine == DatabaseLocation::Engine::Postgres && error.isEmpty()
        && (error = openDatabase(loc, QStringLiteral("bench-reset"))).isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("bench-reset")));
        q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        q.exec(QStringLiteral("CREATE SCHEMA public"));
    }
    RepositoryWorker worker(loc);
    std::optional<QString> opened;
    if (error.isEmpty()) {
        worker.open(&app, [&](QString e) { opened = e; });
        waitFor([&] { return opened.has_value(); });
        error = *opened;
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SimConfig config;
    config.masterKey = kMaster;
    LiteLlmSimulator sim(config);
    if (!sim.listen())
        return 1;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (!seed(sim, worker, organizations, today))
        return 1;
    QString faultError;
    sim.faults().add(*SimFault::fromJson(
        {{QStringLiteral("path"), QStringLiteral("/team/daily/activity")}, {QStringLiteral("latency_ms"), kLatencyMs}},
        &faultError));
    QNetworkAccessManager nam;
    ProxyProfile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(sim.baseUrl());
    LiteLlmClient client(&nam, profile);
    client.setMasterKey(kMaster);
    SpendReports reports(&worker, [&client] { return &client; });
    const int concurrency = SpendReports::kDefaultConcurrency;
    client.setParallelism(concurrency);
    const ReportRequest request {today.addDays(-kDays), today.addDays(-1), ReportGrouping::Organization, {}};

    std::printf("engine: %s; %d organizations x %d days x %lld models = %zu rows on the proxy; latency %d ms; "
                "concurrency %d; %d teams and %d rows per request\n",
                loc.engine == DatabaseLocation::Engine::Sqlite ? "SQLite" : "PostgreSQL", organizations, kDays,
                static_cast<long long>(kModels.size()), sim.state().daily.size(), kLatencyMs, concurrency,
                SpendReports::kDefaultTeamsPerRequest, SpendReports::kPageSize);
    QList<double> cold, warm, ratio;
    Timed first, again;
    for (int r = 0; r < runs; ++r) {
        forgetStoredDays(worker);
        first = runReport(reports, request);
        const double floorMs = double(first.requests) * kLatencyMs / concurrency;
        cold.append(first.ms);
        ratio.append(first.ms / floorMs);
        for (int w = 0; w < 3; ++w) {
            again = runReport(reports, request);
            warm.append(again.ms);
        }
    }
    report("requests made, first run (pages)", first.requests, "requests");
    report("floor: pages x latency / concurrency", double(first.requests) * kLatencyMs / concurrency, "ms");
    report("first run, wall time (median)", median(cold), "ms");
    report("first run / floor (median)", median(ratio), "x");
    report("again from the stored days, wall time (median)", median(warm), "ms");
    report("requests made, again", again.requests, "requests");
    report("again / first (median), must be under 10 %", 100.0 * median(warm) / median(cold), "%");
    report("total, both runs (cents, must match)", double(first.cents),
           double(first.cents) == double(again.cents) ? "same" : "DIFFER");
    return median(warm) < 0.1 * median(cold) && first.cents == again.cents ? 0 : 2;
}
