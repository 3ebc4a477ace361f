// The budget doctor's figures (printed, not timed tests): its judgement (diagnose()) over 100,000
// organizations, each with a team, a member and two keys, 4 % of them with a problem (and then
// 80 %); and a whole check of organizations on litellm-sim at 20 ms latency against its floor
// (organizations x 2 requests x latency / the doctor's parallelism).
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/BudgetDoctor.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/OrgOperations.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"

#include <QTemporaryDir>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

namespace {
DoctorInput input(int i, const QDateTime &now, int every)
{
    const int p = i % every; // problem p for p < 4: 4 in `every` organizations have one
    DoctorInput in;
    in.organization.id = QStringLiteral("org-%1").arg(i);
    in.organization.name = QStringLiteral("Organization %1").arg(i);
    in.organization.keyHash = QStringLiteral("h-%1").arg(i);
    TeamInfo &t = in.team.team;
    t.maxBudget = 100.0;
    t.spend = p == 0 ? 120.0 : 10.0;
    t.budgetDuration = QStringLiteral("30d");
    t.budgetResetAt = now.addDays(10);
    t.models = QStringList {QStringLiteral("gpt-4o-mini")};
    TeamMembership m;
    m.userId = QStringLiteral("kc-%1").arg(i);
    m.maxBudget = 5.0;
    m.budgetDuration = p == 1 ? QString() : QStringLiteral("30d");
    in.team.memberships.append(m);
    for (int k = 0; k < 2; ++k) {
        KeyInfo key;
        key.token = QStringLiteral("h-%1-%2").arg(i).arg(k);
        key.alias = QStringLiteral("key-%1-%2").arg(i).arg(k);
        key.expires = p == 2 ? now.addDays(3) : QDateTime();
        key.maxBudget = p == 3 ? std::optional<double>(500.0) : std::nullopt;
        key.models = QStringList {QStringLiteral("gpt-4o-mini")};
        in.keys.append(key);
    }
    return in;
}

void benchDiagnose(int organizations, int every)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<DoctorInput> inputs;
    inputs.reserve(organizations);
    for (int i = 0; i < organizations; ++i)
        inputs.append(input(i, now, every));
    qsizetype findings = 0;
    const auto run = [&] {
        findings = 0;
        for (const DoctorInput &in : std::as_const(inputs))
            findings += diagnose(in, now).size();
    };
    const double ms = medianMs(5, run);
    report(qPrintable(QStringLiteral("diagnose %1 organizations, 4 in %2 with a problem (%3 findings)")
                          .arg(organizations)
                          .arg(every)
                          .arg(findings)),
           ms, "ms");
    report("  the same, CPU time of this thread (median of 5)", medianCpuMs(5, run), "ms");
}

void benchCheck(int organizations, int latencyMs)
{
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
    QString error;
    RepositoryWorker worker(DatabaseLocation::parse(dir.filePath(QStringLiteral("bench.db")), &error));
    bool opened = false;
    worker.open(&sim, [&](QString) { opened = true; });
    waitFor([&] { return opened; });
    OrgOperations ops(&client, &worker, QStringLiteral("bench"));
    for (int i = 0; i < organizations; ++i) {
        CreateOrganization create(&client, &worker, QStringLiteral("bench"));
        bool done = false;
        NewOrganization n;
        n.name = QStringLiteral("Org %1").arg(i);
        n.ownerUserId = QStringLiteral("kc-%1").arg(i);
        n.maxBudget = 100.0;
        create.start(n, {}, [&](const CreateResult &) { done = true; });
        waitFor([&] { return done; });
    }
    QString spec = QStringLiteral("path=*,latency_ms=%1").arg(latencyMs);
    sim.faults().add(*Sandbox::SimFault::fromSpec(spec, &error));
    BudgetDoctor doctor(&client, &worker, &ops);
    std::optional<DoctorReport> result;
    QElapsedTimer t;
    t.start();
    doctor.check({}, {}, [&](DoctorReport r) { result = r; });
    waitFor([&] { return result.has_value(); });
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const double floor = double(organizations) * 2 * latencyMs / BudgetDoctor::kParallel;
    report(qPrintable(QStringLiteral("check %1 organizations at %2 ms latency").arg(organizations).arg(latencyMs)), ms, "ms");
    report("  floor (organizations x 2 requests x latency / 4)", floor, "ms");
    report("  ratio to the floor", ms / floor, "x");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int organizations = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    benchDiagnose(organizations, 100);
    benchDiagnose(organizations, 5);
    benchCheck(argc > 2 ? QByteArray(argv[2]).toInt() : 200, 20);
    return 0;
}
