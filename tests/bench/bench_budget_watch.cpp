// Budget watch figures (printed, not a timed test): the pure levels, quick filter and forecast over
// N organizations (our time only), and one evaluation on a real database with N organizations the
// first time (every crossing new: inserted) and the next (every crossing known: the key refuses it).
// Usage: bench_budget_watch [sqlite|postgresql://...] [N]
#include "services/core/BudgetForecast.h"
#include "services/core/BudgetLevels.h"
#include "services/provisioning/BudgetWatch.h"
#include "services/storage/BudgetWatchStore.h"
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "tests/bench/BenchUtil.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

namespace {
QList<Organization> organizations(int n)
{
    QRandomGenerator rng(16);
    QList<Organization> orgs;
    orgs.reserve(n);
    for (int i = 0; i < n; ++i) {
        Organization o;
        o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.name = QStringLiteral("Org %1").arg(i);
        o.normalizedName = o.name.toLower();
        o.status = i % 50 == 0 ? OrgStatus::Failed : OrgStatus::Active;
        o.keyBlocked = i % 40 == 0;
        o.maxBudget = i % 10 == 0 ? std::optional<double>() : std::optional<double>(100 + rng.bounded(900));
        o.spend = rng.bounded(1200);
        o.budgetResetAt = QDateTime::currentDateTimeUtc().addDays(1 + i % 30);
        orgs.append(o);
    }
    return orgs;
}

void pureFigures(const QList<Organization> &orgs)
{
    const BudgetLevels levels {80, 100};
    LevelCounts counts;
    report("levels: evaluate and count (ms)",
           medianMs(5,
                    [&] {
                        counts = {};
                        for (const Organization &o : orgs)
                            counts.add(evaluateLevel(o.spend, o.maxBudget, levels).state);
                    }),
           "ms");
    int shown = 0;
    report("quick filter 'At risk' over all rows (ms)",
           medianMs(5,
                    [&] {
                        shown = 0;
                        for (const Organization &o : orgs)
                            shown += matchesQuickFilter(QuickFilter::AtRisk, o, evaluateLevel(o.spend, o.maxBudget, levels)) ? 1
                                                                                                                             : 0;
                    }),
           "ms");
    const QDate today = QDate::currentDate();
    QList<DailySpend> week;
    for (int d = 0; d < kForecastWindowDays; ++d)
        week.append(DailySpend {today.addDays(-d), 3.5 + d, 10, 1000});
    report("forecast from 7 days each (ms)",
           medianMs(5,
                    [&] {
                        for (const Organization &o : orgs)
                            forecastBudget(week, today, o.spend, o.maxBudget, o.budgetResetAt);
                    }),
           "ms");
    std::printf("(%s; %d at risk shown)\n", qPrintable(counts.summary()), shown);
}

bool insertOrganizations(QSqlDatabase db, const QList<Organization> &orgs)
{
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, max_budget, spend, "
                             "budget_reset_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'kc', ?, ?, ?, ?, ?)"));
    const QString now = toDbTime(QDateTime::currentDateTimeUtc());
    for (const Organization &o : orgs) {
        for (const QVariant &v :
             {QVariant(o.id), QVariant(o.name), QVariant(o.normalizedName), QVariant(orgStatusToString(o.status)),
              o.maxBudget ? QVariant(*o.maxBudget) : QVariant(QMetaType(QMetaType::Double)), QVariant(o.spend),
              QVariant(toDbTime(o.budgetResetAt)), QVariant(now), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return db.commit();
}
// Recording only, medians of 3 on an emptied table: one statement per crossing (recordCrossing,
// as the refresh did before) against the batched recordCrossings, both in one transaction.
void recordingFigures(OrgRepository &repo, const QList<BudgetCrossing> &crossings)
{
    BudgetWatchStore store(repo.database());
    const auto timed = [&](const std::function<void()> &record) {
        return medianMs(3, [&] {
            QSqlQuery(repo.database()).exec(QStringLiteral("DELETE FROM budget_crossings"));
            repo.inTransaction<bool>([&] {
                record();
                return Stored<bool>::success(true);
            });
        });
    };
    const QString what = QStringLiteral("record %1 crossings").arg(crossings.size());
    report(qPrintable(what + QStringLiteral(", one statement each (ms)")), timed([&] {
               for (const BudgetCrossing &c : crossings)
                   store.recordCrossing(c);
           }),
           "ms");
    report(qPrintable(what + QStringLiteral(", batched (ms)")), timed([&] { store.recordCrossings(crossings); }), "ms");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString target = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sqlite");
    const int n = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    const QList<Organization> orgs = organizations(n);
    std::printf("%d organizations\n", n);
    pureFigures(orgs);

    QTemporaryDir dir;
    QString error;
    const DatabaseLocation loc
        = DatabaseLocation::parse(target == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("bench.db")) : target, &error);
    if (!error.isEmpty() || !(error = openDatabase(loc, QStringLiteral("bench"))).isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench"));
    if (!(error = migrate(db)).isEmpty() || !insertOrganizations(db, orgs)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }
    OrgRepository repo(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WatchOptions readOnly;
    readOnly.record = false;
    report("evaluation, nothing recorded (ms)", medianMs(3, [&] { evaluateBudgets(repo, kDefaultLevels, readOnly, now); }), "ms");
    QList<BudgetCrossing> crossings;
    for (const char *run : {"evaluation, crossings new (ms)", "evaluation, crossings known (ms)"}) {
        QElapsedTimer t;
        t.start();
        const Stored<WatchReport> r = evaluateBudgets(repo, kDefaultLevels, WatchOptions {}, now);
        report(run, double(t.nsecsElapsed()) / 1e6, "ms");
        if (r.ok())
            std::printf("(%lld new crossings)\n", static_cast<long long>(r.value->newCrossings.size()));
        if (r.ok() && !r.value->newCrossings.isEmpty())
            crossings = r.value->newCrossings;
    }
    recordingFigures(repo, crossings);
    return 0;
}
