// The budget watch's background refresh (printed, not a timed test): N organizations whose teams a
// separate litellm-sim process holds (so the simulator's own work is not counted as ours), at a
// set latency per request. Prints the pages read, the latency, the concurrency, the floor
// (pages x latency / concurrency), the measured time and its ratio to the floor, and the longest
// stall of this (the GUI) thread's event loop during the refresh: a 5 ms timer measuring its own
// lateness. Medians of RUNS refreshes; and the first of them on its own, which stores the changed
// figures of nearly every organization.
// Usage: bench_watch_refresh LITELLM_SIM [DATABASE] [ORGANIZATIONS] [LATENCY_MS] [RUNS]
//        (DATABASE: "sqlite" or a postgresql:// URL)
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/BudgetWatch.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/TeamPages.h"
#include "services/storage/Migrations.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

namespace {
const QString kMaster = QStringLiteral("sk-bench-watch");

// litellm-sim with `teams` seeded teams at `latencyMs`; its base URL once it listens.
QString startSimulator(QProcess &sim, const QString &program, int teams, int latencyMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LITELLM_MASTER_KEY"), kMaster);
    sim.setProcessEnvironment(env);
    sim.start(program,
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed-teams"), QString::number(teams),
               QStringLiteral("--latency"), QString::number(latencyMs)});
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QByteArray out;
    while (sim.waitForReadyRead(30000)) {
        out += sim.readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

// Every team of the simulator, read page by page before the measurement.
QList<TeamInfo> allTeams(LiteLlmClient &client)
{
    QList<TeamInfo> teams;
    for (int page = 1;; ++page) {
        std::optional<Result<TeamPage>> r;
        client.listTeams(page, 100, {}, [&](Result<TeamPage> p) { r = p; });
        waitFor([&] { return r.has_value(); });
        if (!r->ok() || r->value->teams.isEmpty())
            return teams;
        teams += r->value->teams;
        if (page >= r->value->totalPages)
            return teams;
    }
}

// One active organization per team, holding it.
bool insertOrganizations(QSqlDatabase db, const QList<TeamInfo> &teams)
{
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, team_id, max_budget,"
                             " spend, created_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?, ?, 0, ?, ?)"));
    const QString now = toDbTime(QDateTime::currentDateTimeUtc().addDays(-1));
    int i = 0;
    for (const TeamInfo &t : teams) {
        const QString name = QStringLiteral("Bench Org %1").arg(i++);
        for (const QVariant &v :
             {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(name), QVariant(name.toLower()),
              QVariant(QStringLiteral("kc-%1").arg(i)), QVariant(t.teamId),
              t.maxBudget ? QVariant(*t.maxBudget) : QVariant(QMetaType(QMetaType::Double)), QVariant(now), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return db.commit();
}

struct Figures {
    double ms = 0;
    double pagesMs = 0, storedMs = 0, judgedMs = 0; // since the start: last page in, figures stored, judged
    double stallMs = 0;
    int requests = 0;
    int updated = 0;
    bool ok = false;
};

Figures refreshOnce(BudgetWatch &watch, OrgOperations &ops)
{
    Figures f;
    StallMeter stalls;
    std::optional<RefreshSummary> summary;
    QElapsedTimer t;
    stalls.start();
    t.start();
    watch.refresh(ops, [&](RefreshSummary s, WatchReport r) {
        summary = s;
        f.ok = !s.error.isError() && !r.error.isError();
    });
    waitFor([&] { return summary.has_value(); });
    f.ms = double(t.nsecsElapsed()) / 1e6;
    f.stallMs = stalls.stop();
    f.requests = summary->requests;
    f.pagesMs = double(summary->pagesReadMs);
    f.storedMs = double(summary->storedMs);
    f.judgedMs = double(summary->afterMs);
    f.updated = summary->organizationsUpdated;
    return f;
}
// Where the time goes: the pages alone (as the refresh reads them), the pages and the figures
// stored (OrgOperations::refreshAll), and the evaluation alone (levels judged, crossings recorded).
void breakdown(LiteLlmClient &client, OrgOperations &ops, BudgetWatch &watch, RepositoryWorker &worker, int expectedPages,
               int runs)
{
    const auto timed = [](const std::function<void(std::function<void()>)> &work) {
        bool done = false;
        QElapsedTimer t;
        t.start();
        work([&] { done = true; });
        waitFor([&] { return done; });
        return double(t.nsecsElapsed()) / 1e6;
    };
    // As the refresh reads them: the count known from the last read, its first pages asked at once.
    QList<double> pagesMs, cpuMs;
    for (int i = 0; i < runs; ++i) {
        pagesMs.append(timed([&](std::function<void()> done) {
            cpuMs.append(medianCpuMs(1, [&] {
                bool read = false;
                readAllTeams(
                    &client, kTeamPagesInFlight, [&read](TeamPages) { read = true; }, expectedPages);
                waitFor([&] { return read; });
            }));
            done();
        }));
    }
    report("  of which: the pages alone, as the refresh reads them (median)", median(pagesMs), "ms");
    report("    this thread's CPU time in them (requests, replies, teams kept)", median(cpuMs), "ms");
    report("  the pages and the figures stored (refreshAll)",
           timed([&](std::function<void()> done) { ops.refreshAll([done](RefreshSummary) { done(); }); }), "ms");
    report("  the evaluation alone", timed([&](std::function<void()> done) { watch.evaluate([done](WatchReport) { done(); }); }),
           "ms");
    WatchOptions readOnly;
    readOnly.record = false;
    int reached = 0;
    report("    of which judging without recording crossings", timed([&](std::function<void()> done) {
               watch.evaluate(
                   [done, &reached](WatchReport r) {
                       for (const WatchedBudget &b : std::as_const(r.budgets))
                           reached += int(b.reading.reached.size());
                       done();
                   },
                   readOnly);
           }),
           "ms");
    report("    levels reached (crossings offered to the database)", reached, "");
    report("  reading the organizations alone (listAll)", timed([&](std::function<void()> done) {
               worker.run<int>([](OrgRepository &repo) { return Stored<int>::success(int(repo.listAll().value->size())); },
                               &worker, [done](Stored<int>) { done(); });
           }),
           "ms");
}

// The same pages over a network manager alone, `inFlight` at a time as the refresh asks them,
// nothing decoded or converted: what litellm-sim, loopback and Qt's HTTP cost without our client,
// measured beside the refresh under the same load. Its excess over the floor is not ours to win.
double transportAloneMs(const QUrl &base, int pages, int inFlight)
{
    QNetworkAccessManager nam;
    int next = 1, done = 0;
    QElapsedTimer t;
    t.start();
    std::function<void()> ask = [&] {
        QUrl url = base;
        url.setPath(QStringLiteral("/v2/team/list"));
        url.setQuery(QStringLiteral("page=%1&page_size=100&sort_by=created_at&sort_order=asc").arg(next++));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + kMaster.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &nam, [&, reply] {
            reply->deleteLater();
            ++done;
            if (next <= pages)
                ask();
        });
    };
    for (int i = 0; i < std::min(inFlight, pages); ++i)
        ask();
    waitFor([&] { return done == pages; });
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU seconds of a process so far (user + system), from /proc.
double processCpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(')').value(1).trimmed().split(' ');
    // After "pid (comm)": state is field 3, utime 14 and stime 15 (1-based) -> 11 and 12 here.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}
} // namespace

// The database the refresh writes to: migrated, with one organization per team.
bool setUpDatabase(const QString &target, const QTemporaryDir &dir, const QList<TeamInfo> &teams, DatabaseLocation *loc)
{
    QString error;
    *loc = DatabaseLocation::parse(target == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("bench.db")) : target, &error);
    if (error.isEmpty())
        error = openDatabase(*loc, QStringLiteral("setup"));
    QSqlDatabase setup = QSqlDatabase::database(QStringLiteral("setup"));
    if (error.isEmpty())
        error = migrate(setup);
    if (!error.isEmpty() || !insertOrganizations(setup, teams)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

// How many organizations have a spend snapshot: those whose figures a refresh found changed.
double snapshotsStored()
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("setup")));
    return q.exec(QStringLiteral("SELECT COUNT(DISTINCT organization_id) FROM spend_snapshots")) && q.next()
        ? q.value(0).toDouble()
        : -1;
}

// `runs` refreshes one after the other: each one's figures, the last whole, and the CPU time per
// refresh of this process and of the simulator.
struct Runs {
    QList<double> ms, stalls, pagesMs, storedMs, judgedMs;
    Figures last;
    double loadBefore = 0;
    double ourCpu = 0;
    double simCpu = 0;
};

Runs refreshRuns(BudgetWatch &watch, OrgOperations &ops, const QProcess &sim, int runs)
{
    Runs r;
    r.loadBefore = loadAverage();
    const double ourCpuBefore = processCpuMs(QCoreApplication::applicationPid());
    const double simCpuBefore = processCpuMs(sim.processId());
    PerfPhase perf("refresh");
    for (int i = 0; i < runs; ++i) {
        r.last = refreshOnce(watch, ops);
        r.ms.append(r.last.ms);
        r.stalls.append(r.last.stallMs);
        r.pagesMs.append(r.last.pagesMs);
        r.storedMs.append(r.last.storedMs - r.last.pagesMs);
        r.judgedMs.append(r.last.judgedMs - r.last.storedMs);
    }
    perf.stop();
    r.ourCpu = (processCpuMs(QCoreApplication::applicationPid()) - ourCpuBefore) / runs;
    r.simCpu = (processCpuMs(sim.processId()) - simCpuBefore) / runs;
    return r;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_watch_refresh LITELLM_SIM [DATABASE] [ORGANIZATIONS] [LATENCY_MS] [RUNS]\n");
        return 2;
    }
    const QString target = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("sqlite");
    const int n = argc > 3 ? QByteArray(argv[3]).toInt() : 10000;
    const int latencyMs = argc > 4 ? QByteArray(argv[4]).toInt() : 20;
    const int runs = argc > 5 ? std::max(1, QByteArray(argv[5]).toInt()) : 3;
    QProcess sim;
    const QString url = startSimulator(sim, QString::fromLocal8Bit(argv[1]), n, latencyMs);
    if (url.isEmpty()) {
        std::fprintf(stderr, "litellm-sim did not start: %s\n", sim.readAllStandardError().constData());
        return 1;
    }
    QNetworkAccessManager nam;
    ProxyProfile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(url);
    LiteLlmClient client(&nam, profile);
    client.setMasterKey(kMaster);
    QElapsedTimer read;
    read.start();
    const QList<TeamInfo> teams = allTeams(client);
    const double readMs = double(read.nsecsElapsed()) / 1e6;

    QTemporaryDir dir;
    DatabaseLocation loc;
    if (!setUpDatabase(target, dir, teams, &loc))
        return 1;
    RepositoryWorker worker(loc);
    bool opened = false;
    worker.open(&app, [&](QString) { opened = true; });
    waitFor([&] { return opened; });
    OrgOperations ops(&client, &worker, QStringLiteral("bench"));
    BudgetWatch watch(&worker, nullptr);

    const Runs r = refreshRuns(watch, ops, sim, runs);
    const Figures &last = r.last;
    const int concurrency = kTeamPagesInFlight;
    const double floor = double(last.requests) * latencyMs / concurrency;
    std::printf("%d organizations, %d teams on litellm-sim (%s)%s\n", n, int(teams.size()), qPrintable(target),
                last.ok ? "" : " -- THE REFRESH FAILED");
    report("pages read (requests)", last.requests, "");
    report("latency per request", latencyMs, "ms");
    report("concurrency", concurrency, "");
    report("floor (pages x latency / concurrency)", floor, "ms");
    report(qPrintable(QStringLiteral("refresh, median of %1").arg(runs)), median(r.ms), "ms");
    report("  ratio to the floor", median(r.ms) / floor, "x");
    // The first refresh finds the simulator's spend where the database holds 0: nearly every
    // organization's figures changed, as on a busy proxy between two refreshes (the later ones
    // find them as stored and write nothing).
    report("  the first refresh, its changed figures stored", r.ms.first(), "ms");
    report("    its ratio to the floor", r.ms.first() / floor, "x");
    report("    of which storing them", r.storedMs.first(), "ms");
    report("    organizations whose figures changed", snapshotsStored(), "");
    report("  longest event-loop stall of this thread (median)", median(r.stalls), "ms");
    report("  organizations updated", last.updated, "");
    report("  phase: until the last page was in (median)", median(r.pagesMs), "ms");
    report("  phase: then the figures compared and stored", median(r.storedMs), "ms");
    report("  phase: then judged and crossings recorded", median(r.judgedMs), "ms");
    report("  our process's CPU time per refresh (all threads)", r.ourCpu, "ms");
    report("  litellm-sim's CPU time per refresh", r.simCpu, "ms");
    report("  load average (1 min) before / after", r.loadBefore, "");
    report("", loadAverage(), "");
    report("the teams' pages alone, one at a time, before (no database)", readMs, "ms");
    breakdown(client, ops, watch, worker, last.requests, runs);
    QList<double> transport;
    for (int i = 0; i < runs; ++i)
        transport.append(transportAloneMs(profile.baseUrl, last.requests, concurrency));
    report("  the pages over QNAM alone, nothing decoded (median)", median(transport), "ms");
    report("    its ratio to the floor (litellm-sim, loopback, Qt's HTTP)", median(transport) / floor, "x");
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
