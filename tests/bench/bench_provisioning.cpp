// Provisioning throughput against litellm-sim: our own overhead per organization with no added
// latency, 1,000 organizations at 20 ms simulator latency with bounded concurrency 16, and 1,000
// members added from a CSV file (orgctl member import's path) at 20 ms with concurrency 16.
// Usage: bench_provisioning [DATABASE] [members]   ("members": only the member import figures)
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/BulkMemberImport.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/CsvImport.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

namespace {
struct Run {
    double seconds = 0;
    int ok = 0;
    int failed = 0;
};

Run provision(LiteLlmClient *client, RepositoryWorker *worker, int count, int concurrency, bool readBack, const QString &prefix)
{
    Run run;
    int next = 0;
    int running = 0;
    QElapsedTimer t;
    t.start();
    std::function<void()> startMore = [&] {
        while (running < concurrency && next < count) {
            const int i = next++;
            ++running;
            auto *saga = new CreateOrganization(client, worker, QStringLiteral("bench"));
            saga->setReadBack(readBack);
            NewOrganization n;
            n.name = QStringLiteral("%1 %2").arg(prefix).arg(i);
            n.ownerUserId = QStringLiteral("kc-%1").arg(i);
            n.maxBudget = 100;
            n.budgetDuration = QStringLiteral("30d");
            saga->start(n, {}, [&, saga](const CreateResult &r) {
                saga->deleteLater();
                r.ok ? ++run.ok : ++run.failed;
                --running;
                startMore();
            });
        }
    };
    startMore();
    waitFor([&] { return run.ok + run.failed >= count; });
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    return run;
}
} // namespace

namespace {
// 1,000 members from CSV into `orgs`: parse, plan against the database, run with concurrency 16.
// Wall time from the file's bytes to the last row's end.
Run importMembers(LiteLlmClient *client, RepositoryWorker *worker, const QStringList &orgs, int count, const QString &prefix)
{
    QByteArray csv("organization,user_id,email,budget,duration\n");
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("%1,%2-%3,m%3@example.com,5,30d\n").arg(orgs.at(i % orgs.size()), prefix).arg(i).toUtf8();
    Run run;
    QElapsedTimer t;
    t.start();
    const MemberCsvPlan plan = parseMemberCsv(csv);
    BulkMemberImport bulk(client, worker, QStringLiteral("bench"));
    bool finished = false;
    QObject::connect(&bulk, &BulkMemberImport::finished, [&finished] { finished = true; });
    bulk.plan(plan.rows, [&](QList<CsvProblem> problems, OperationError error) {
        if (!problems.isEmpty() || error.isError() || !plan.problems.isEmpty()) {
            std::fprintf(stderr, "the member file was refused\n");
            finished = true;
            return;
        }
        bulk.run(16);
    });
    waitFor([&] { return finished; });
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    run.ok = bulk.count(BulkMemberRow::State::Added);
    run.failed = count - run.ok;
    return run;
}

// The simulator on its own thread, as a proxy is a server of its own: on the client's thread its
// JSON and sockets took half of the event loop, and that is not OrgConsole's cost.
class SimThread
{
public:
    explicit SimThread(const Sandbox::SimConfig &config)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        onSim([this, config] {
            m_sim = std::make_unique<Sandbox::LiteLlmSimulator>(config);
            m_sim->listen();
        });
    }
    ~SimThread()
    {
        onSim([this] { m_sim.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    // Runs `fn` on the simulator's thread and waits for it: the only way to touch the simulator.
    void onSim(const std::function<void()> &fn) { QMetaObject::invokeMethod(&m_anchor, fn, Qt::BlockingQueuedConnection); }
    Sandbox::LiteLlmSimulator &sim() { return *m_sim; }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<Sandbox::LiteLlmSimulator> m_sim;
};

void benchMembers(RepositoryWorker *worker)
{
    Sandbox::SimConfig config;
    config.masterKey = QStringLiteral("sk-bench");
    SimThread simThread(config);
    QString url;
    simThread.onSim([&] { url = simThread.sim().baseUrl(); });
    QNetworkAccessManager nam;
    ProxyProfile profile;
    profile.name = QStringLiteral("bench-members");
    profile.baseUrl = QUrl(url);
    LiteLlmClient client(&nam, profile);
    client.setMasterKey(config.masterKey);
    const Run made = provision(&client, worker, 10, 10, false, QStringLiteral("MemberOrg"));
    QStringList orgs;
    for (int i = 0; i < 10; ++i)
        orgs.append(QStringLiteral("MemberOrg %1").arg(i));
    simThread.onSim([&] {
        Sandbox::SimFault latency;
        latency.latencyMs = 20;
        simThread.sim().faults().add(latency);
    });
    QList<double> seconds;
    int failed = made.failed;
    for (int round = 0; round < 3; ++round) {
        const Run r = importMembers(&client, worker, orgs, 1000, QStringLiteral("kc-r%1").arg(round));
        seconds.append(r.seconds);
        failed += r.failed;
        std::printf("  run %d: %.3f s\n", round + 1, r.seconds);
    }
    const double floor = 1000 * 3 * 0.020 / 16;
    report("1000 members from CSV, 20 ms latency, concurrency 16: median of 3", median(seconds), "s");
    report("  floor: 1000 x 3 x 20 ms / 16", floor, "s");
    report("  ratio to the floor (target <= 1.2)", median(seconds) / floor, "x");
    report("  failed rows", failed, "");
    int memberships = 0;
    simThread.onSim([&] {
        for (const auto &team : std::as_const(simThread.sim().state().memberships))
            memberships += int(team.size());
    });
    report("  memberships in the simulator (10 owners, 10 proxy admins, 3000 members)", memberships, "");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Sandbox::SimConfig config;
    config.masterKey = QStringLiteral("sk-bench");
    Sandbox::LiteLlmSimulator sim(config);
    sim.listen();
    QNetworkAccessManager nam;
    ProxyProfile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(sim.baseUrl());
    LiteLlmClient client(&nam, profile);
    client.setMasterKey(config.masterKey);
    client.setParallelism(16);
    QString error;
    RepositoryWorker worker(
        DatabaseLocation::parse(argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.db")), &error));
    bool opened = false;
    worker.open(&app, [&](QString e) {
        error = e;
        opened = true;
    });
    waitFor([&] { return opened; });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (argc > 2 && qstrcmp(argv[2], "members") == 0) {
        benchMembers(&worker);
        return 0;
    }
    Run r = provision(&client, &worker, 200, 1, true, QStringLiteral("Sequential"));
    report("no latency, one at a time, 6 steps: per organization", r.seconds * 1000 / 200, "ms");
    r = provision(&client, &worker, 200, 1, false, QStringLiteral("SequentialNoReadBack"));
    report("no latency, one at a time, without read-back: per organization", r.seconds * 1000 / 200, "ms");

    Sandbox::SimFault latency;
    latency.latencyMs = 20;
    sim.faults().add(latency);
    r = provision(&client, &worker, 1000, 16, false, QStringLiteral("Bulk"));
    report("1000 organizations, 20 ms latency, concurrency 16, 2 requests each", r.seconds, "s");
    report("  floor: 1000 x 2 x 20 ms / 16", 2.5, "s");
    report("  failed", r.failed, "");
    r = provision(&client, &worker, 1000, 16, true, QStringLiteral("BulkReadBack"));
    report("1000 organizations, 20 ms latency, concurrency 16, with read-back (3 requests)", r.seconds, "s");
    report("  floor: 1000 x 3 x 20 ms / 16", 3.75, "s");
    report("teams in the simulator", double(sim.state().teams.size()), "");
    benchMembers(&worker);
    return 0;
}
