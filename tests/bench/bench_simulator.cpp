// litellm-sim at scale: 100,000 teams and 100,000 keys in memory, /v2/team/list pages over HTTP.
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/bench/BenchUtil.h"
#include "tests/support/HttpTestClient.h"

#include <QCoreApplication>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int teams = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    Sandbox::SimConfig config;
    config.masterKey = QStringLiteral("sk-bench");
    Sandbox::LiteLlmSimulator sim(config);
    if (!sim.listen())
        return 1;
    const double before = rssMiB();
    QElapsedTimer t;
    t.start();
    sim.seed(teams, 1, QStringLiteral("Bench Team"));
    report("seed teams+keys (s)", t.elapsed() / 1000.0, "s");
    report("simulator memory for the teams and keys (RSS delta)", rssMiB() - before, "MiB");
    Test::HttpTestClient http(sim.baseUrl());
    http.setBearer(config.masterKey);
    auto page = [&](const QString &query) {
        const auto r = http.get(QStringLiteral("/v2/team/list?") + query);
        if (r.status != 200)
            std::fprintf(stderr, "unexpected status %d\n", r.status);
    };
    report("/v2/team/list page 1, size 100 (median of 30)", medianMs(30, [&] { page(QStringLiteral("page=1&page_size=100")); }),
           "ms");
    report("/v2/team/list page 500, size 100 (median of 30)",
           medianMs(30, [&] { page(QStringLiteral("page=500&page_size=100")); }), "ms");
    report("/v2/team/list alias filter '4711', size 100 (median of 30)",
           medianMs(30, [&] { page(QStringLiteral("team_alias=4711&page_size=100")); }), "ms");
    report("/v2/team/list sort_by=team_alias, size 100 (median of 10)",
           medianMs(10, [&] { page(QStringLiteral("sort_by=team_alias&page_size=100")); }), "ms");
    report("/team/info of one team (median of 100)",
           medianMs(100,
                    [&] {
                        const QString id = sim.state().teams.constBegin().key();
                        http.get(QStringLiteral("/team/info?team_id=") + id);
                    }),
           "ms");
    report("peak memory of the process", peakMiB(), "MiB");
    return 0;
}
