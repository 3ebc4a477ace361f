// The repository at scale: insert 100,000 organizations, load them all for the list, search by
// name prefix; times and peak memory. Usage: bench_repository [sqlite|postgresql://...] [count]
#include "services/storage/Database.h"
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "tests/bench/BenchUtil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

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
        q.exec(QStringLiteral("DROP TABLE IF EXISTS spend_snapshots, audit_log, organizations, schema_version CASCADE"));
        q.exec(QStringLiteral("DROP FUNCTION IF EXISTS orgconsole_audit_append_only CASCADE"));
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
    db.close();
    return 0;
}
