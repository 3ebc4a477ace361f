// Provisioning throughput against litellm-sim: our own overhead per organization with no added
// latency, and 1,000 organizations at 20 ms simulator latency with bounded concurrency 16.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"

#include <QCoreApplication>
#include <QTemporaryDir>

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
    while (run.ok + run.failed < count)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    return run;
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
    while (!opened)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
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
    return 0;
}
