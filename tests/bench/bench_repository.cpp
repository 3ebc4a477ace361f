// The repository at scale: insert 100,000 organizations, load them all for the list, search by
// name prefix; times and peak memory. Then (issue 19) 5 members for each organization, and the list
// as the console and orgctl load it: keyset pages through the repository worker, org list --json.
// Usage: bench_repository [sqlite|postgresql://...] [count]   (ORGCTL: the orgctl to run)
#include "services/storage/Database.h"
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "tests/bench/BenchUtil.h"
#include "tests/bench/ListLoadBench.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

// The list with 5 members per organization, as the console (keyset pages of 500 through the
// repository worker) and orgctl org list --json (a child process, output to /dev/null) load it.
static void benchListLoad(const DatabaseLocation &loc, const QString &target, QSqlDatabase db, OrgRepository &repo,
                          const QString &dir)
{
    const bool postgres = loc.engine == DatabaseLocation::Engine::Postgres;
    report("seed 5 members per organization and activate, one transaction", seedMembers(db, 5), "s");
    QSqlQuery members(db);
    members.exec(QStringLiteral("SELECT COUNT(*) FROM members"));
    report("member rows", members.next() ? members.value(0).toDouble() : -1, "");
    // PostgreSQL: as bench_console does, the statistics and visibility map autovacuum would make over
    // the next minutes made now (right after seeding, orgctl org list --json took 1.68 s here; after
    // a VACUUM ANALYZE of the same database, 0.75-0.96 s).
    if (postgres)
        QSqlQuery(db).exec(QStringLiteral("VACUUM ANALYZE"));
    printPlans(db, postgres);
    report("load all for the list, with members (median of 3)", medianMs(3, [&] { repo.listAll(); }), "ms");
    report("keyset page of 500 with member ids, direct (median of 5)",
           medianMs(5, [&] { repo.listAfter(OrgRepository::PageKey::Id, QString(), 500); }), "ms");
    RepositoryWorker worker(loc);
    bool opened = false;
    worker.open(&worker, [&](QString) { opened = true; });
    waitFor([&] { return opened; });
    OrgQueries queries(&worker, [] { return nullptr; });
    QList<double> first, whole, wholeCpu;
    int rows = 0;
    for (int i = 0; i < 3; ++i) {
        first.append(pagedLoadMs(queries, worker, 500, true));
        const double cpuBefore = cpuMsSelf();
        whole.append(pagedLoadMs(queries, worker, 500, false, &rows));
        wholeCpu.append(cpuMsSelf() - cpuBefore);
    }
    report("list via worker: first page of 500 (median of 3)", median(first), "ms");
    report("list via worker: all pages of 500 (median of 3)", median(whole), "ms");
    report("list via worker: all pages, CPU time of both threads (median of 3)", median(wholeCpu), "ms");
    report("list via worker: rows delivered", rows, "");
    QList<double> ahead, aheadCpu;
    int aheadRows = 0;
    for (int i = 0; i < 3; ++i) {
        const double cpuBefore = cpuMsSelf();
        ahead.append(pagedLoadMs(queries, worker, 500, false, &aheadRows, 4000));
        aheadCpu.append(cpuMsSelf() - cpuBefore);
    }
    report("list via worker as the console loads it: all pages, 500 growing to 4000, read ahead (median of 3)", median(ahead),
           "ms");
    report("list via worker as the console loads it: CPU time of both threads (median of 3)", median(aheadCpu), "ms");
    report("list via worker as the console loads it: rows delivered", aheadRows, "");

    const QString orgctl = qEnvironmentVariableIsSet("ORGCTL")
        ? qEnvironmentVariable("ORGCTL")
        : QCoreApplication::applicationDirPath() + QStringLiteral("/../app/orgctl");
    const QStringList args = {QStringLiteral("--config"), dir + QStringLiteral("/orgctl-config"),
                              QStringLiteral("--db"),     postgres ? target : loc.sqlitePath,
                              QStringLiteral("org"),      QStringLiteral("list"),
                              QStringLiteral("--json")};
    const QByteArray check = QFile::encodeName(dir + QStringLiteral("/list.json"));
    const ChildRun once = runChild(orgctl, args, check);
    QFile out(QString::fromLocal8Bit(check));
    out.open(QIODevice::ReadOnly);
    const QJsonDocument doc = QJsonDocument::fromJson(out.readAll());
    report("orgctl org list --json: exit code, objects in the valid document", once.exitCode * 1e6 + doc.array().size(), "");
    QList<double> wall, rss, cpu;
    for (int i = 0; i < 3; ++i) {
        const ChildRun r = runChild(orgctl, args, "/dev/null");
        wall.append(r.wallMs);
        rss.append(r.maxRssMiB);
        cpu.append(r.cpuMs);
    }
    report("orgctl org list --json > /dev/null: wall time (median of 3)", median(wall), "ms");
    report("orgctl org list --json > /dev/null: max RSS (median of 3)", median(rss), "MiB");
    report("orgctl org list --json > /dev/null: CPU time, user + system (median of 3)", median(cpu), "ms");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString target = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sqlite");
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    QTemporaryDir dir;
    QString error;
    const DatabaseLocation loc
        = DatabaseLocation::parse(target == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("bench.db")) : target, &error);
    if (!error.isEmpty() || !(error = openDatabase(loc, QStringLiteral("bench"))).isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench"));
    if (loc.engine == DatabaseLocation::Engine::Postgres) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        q.exec(QStringLiteral("CREATE SCHEMA public"));
    }
    if (!(error = migrate(db)).isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("engine: %s, %d organizations\n", loc.engine == DatabaseLocation::Engine::Sqlite ? "SQLite" : "PostgreSQL",
                count);
    OrgRepository repo(db);
    auto input = [](int i) {
        NewOrganization n;
        n.name = QStringLiteral("Organization %1 %2").arg(QChar(u'A' + i % 26)).arg(i);
        n.ownerUserId = QStringLiteral("kc-%1").arg(i);
        n.contactEmail = QStringLiteral("ops%1@example.com").arg(i);
        n.maxBudget = 100.0 + i % 1000;
        n.budgetDuration = QStringLiteral("30d");
        return n;
    };
    // One reservation per transaction, as desktops do it.
    const int single = std::min(count, 1000);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < single; ++i)
        repo.reserve(input(i), QStringLiteral("bench"));
    report("reserve, one transaction each (per organization)", double(t.nsecsElapsed()) / 1e6 / single, "ms");
    // The rest in batches of 1000 (bulk onboarding / migration of an existing list).
    t.restart();
    for (int i = single; i < count; i += 1000) {
        db.transaction();
        for (int j = i; j < std::min(count, i + 1000); ++j)
            repo.reserve(input(j), QStringLiteral("bench"));
        db.commit();
    }
    report("insert the rest in batches of 1000 (total)", t.elapsed() / 1000.0, "s");
    report("rows", double(repo.count().value.value_or(-1)), "");
    const double rssBefore = rssMiB();
    QList<Organization> all;
    report("load all for the list (median of 5)", medianMs(5, [&] { all = *repo.listAll().value; }), "ms");
    report("memory held by the loaded list", rssMiB() - rssBefore, "MiB");
    int i = 0;
    report("search by name prefix, limit 50 (median of 200)",
           medianMs(200,
                    [&] {
                        repo.searchByNamePrefix(QStringLiteral("organization %1 %2").arg(QChar(u'a' + i % 26)).arg(i % 97), 50);
                        ++i;
                    }),
           "ms");
    report("find by normalized name (median of 200)",
           medianMs(200, [&] { repo.findByName(QStringLiteral("ORGANIZATION B 4711")); }), "ms");
    report("peak memory of the process", peakMiB(), "MiB");
    all.clear();
    benchListLoad(loc, target, db, repo, dir.path());
    db.close();
    return 0;
}
