// The console with 100,000 organizations and 500,000 members (offscreen), on SQLite or PostgreSQL:
// time from start to an interactive window (first rows shown, input accepted), to the first rows
// and to all rows; the longest event-loop stall while the list loads, while it is reloaded and while
// someone types (a 5 ms timer that measures its own lateness); per filter keystroke; sorting; the
// resident memory once loaded. Medians of 3 runs, each a new context and window.
//
// bench_console [sqlite | postgresql://...] [organizations] [members per organization]
// (a number alone as the first argument: SQLite with that many organizations)
#include "services/core/AppContext.h"
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "tests/bench/BenchUtil.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/OrgFilterProxyModel.h"
#include "ui/OrgTableModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <map>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

namespace {

// 100,000 organizations and their members through the repository, each organization with its
// members in a transaction of its own, as the console and orgctl write them. (One transaction for
// everything would leave PostgreSQL six versions of each organization's row: the insert and one
// for each member, whose id the database adds to the row; none of them can be reclaimed before
// that transaction ends, so the table stayed five times its size: 245 MB. Committed one by one,
// each organization's earlier versions are pruned in place as the next ones are written: 50 MB
// (43 MB after VACUUM FULL), and the list loads as fast as from a compacted table.)
bool seed(const QString &dbUrl, int count, int membersEach)
{
    QString error;
    const DatabaseLocation loc = DatabaseLocation::parse(dbUrl, &error);
    if (!error.isEmpty() || !(error = openDatabase(loc, QStringLiteral("fill"))).isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fill"));
        migrate(db);
        OrgRepository repo(db);
        for (int i = 0; i < count; ++i) {
            db.transaction();
            NewOrganization n;
            n.name = QStringLiteral("Organization %1").arg(i);
            n.ownerUserId = QStringLiteral("kc-%1").arg(i);
            n.contactEmail = QStringLiteral("ops%1@example.com").arg(i);
            n.maxBudget = 100.0 + i % 900;
            n.budgetDuration = QStringLiteral("30d");
            const Stored<Organization> o = repo.reserve(n, QStringLiteral("bench"));
            for (int m = 0; o.ok() && m < membersEach; ++m) {
                Member member;
                member.organizationId = o.value->id;
                member.userId = QStringLiteral("user-%1-%2").arg(i).arg(m);
                member.email = QStringLiteral("u%1.%2@example.com").arg(i).arg(m);
                repo.members().reserve(member, {});
            }
            db.commit();
        }
        // PostgreSQL: the statistics and visibility map autovacuum would make over the next minutes
        // made now, so that the figures are those of the database users open, not of one whose
        // autovacuum still works through 600,000 fresh rows beside the console (measured right
        // after seeding, the load's longest stall was 63 ms; after a VACUUM ANALYZE, 34 ms).
        if (loc.engine == DatabaseLocation::Engine::Postgres)
            QSqlQuery(db).exec(QStringLiteral("VACUUM ANALYZE"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return true;
}

// How many organizations the database at dbUrl holds; -1 when it cannot say.
int organizationCount(const QString &dbUrl)
{
    QString error;
    const DatabaseLocation loc = DatabaseLocation::parse(dbUrl, &error);
    if (!error.isEmpty() || !openDatabase(loc, QStringLiteral("count")).isEmpty())
        return -1;
    int count = -1;
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("count")));
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM organizations")) && q.next())
            count = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

using Figures = std::map<std::string, double>;

void typeFilter(MainWindow &window, Figures &f, StallMeter &stall)
{
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const QString typed = QStringLiteral("organization 4711");
    QList<double> keystrokes;
    QList<double> keystrokeCpu;
    PerfPhase perf("typing");
    stall.start();
    for (int round = 0; round < 3; ++round) {
        filter->clear();
        QCoreApplication::processEvents();
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            QElapsedTimer k;
            k.start();
            const double cpu = threadCpuMs();
            filter->setText(typed.left(i));
            QCoreApplication::processEvents();
            keystrokes.append(double(k.nsecsElapsed()) / 1e6);
            keystrokeCpu.append(threadCpuMs() - cpu);
        }
    }
    perf.stop();
    if (qEnvironmentVariableIsSet("ORGCONSOLE_BENCH_VERBOSE")) // each keystroke, in typing order
        for (qsizetype k = 0; k < keystrokes.size(); ++k)
            std::fprintf(stderr, "keystroke %.1f ms (CPU %.1f ms)\n", keystrokes.at(k), keystrokeCpu.at(k));
    f["filter keystroke (median over 3 x 17 keystrokes)"] = median(keystrokes);
    f["filter keystroke (slowest)"] = *std::max_element(keystrokes.begin(), keystrokes.end());
    QElapsedTimer clear;
    clear.start();
    filter->clear();
    QCoreApplication::processEvents();
    f["filter cleared (all rows back)"] = double(clear.nsecsElapsed()) / 1e6;
    f["longest event-loop stall while typing"] = stall.stop();
    // The same keystrokes on a proxy of its own, without a view: the filter's share of the time (after
    // the stall meter stopped: these keystrokes run back to back without an event loop between).
    OrgFilterProxyModel alone;
    alone.setSourceModel(window.model());
    QList<double> modelOnly;
    for (qsizetype i = 1; i <= typed.size(); ++i)
        modelOnly.append(medianMs(1, [&] { alone.setFilterText(typed.left(i)); }));
    f["filter keystroke, the proxy alone without a view (median)"] = median(modelOnly);
    f["filter keystroke, the proxy alone without a view (slowest)"] = *std::max_element(modelOnly.begin(), modelOnly.end());
}

// The list's row as an organization again, to hand back to the model unchanged.
Organization asOrganization(const OrgListRow &r)
{
    Organization o = r.workView();
    o.name = r.name;
    o.ownerUserId = r.ownerUserId;
    o.keyName = r.keyName;
    o.lastError = r.lastError;
    o.maxBudget = r.maxBudget;
    o.spend = r.spend;
    o.createdAt = r.createdAt;
    o.budgetResetAt = r.budgetResetAt;
    o.rowVersion = r.rowVersion;
    o.memberCount = r.memberCount;
    o.keyBlocked = r.keyBlocked;
    return o;
}

void sortAndReload(MainWindow &window, Figures &f, StallMeter &stall)
{
    PerfPhase perfSort("sort");
    f["sort 100k rows by spend (median of 5)"]
        = medianMs(5,
                   [&] {
                       window.table()->sortByColumn(OrgTableModel::Spend, Qt::DescendingOrder);
                       window.table()->sortByColumn(OrgTableModel::Name, Qt::AscendingOrder);
                   })
        / 2;
    QElapsedTimer t;
    window.table()->sortByColumn(OrgTableModel::Spend, Qt::DescendingOrder);
    window.model()->upsert(asOrganization(*window.model()->organization(0))); // the rows' order by name to find again
    t.start();
    window.table()->sortByColumn(OrgTableModel::Name, Qt::AscendingOrder);
    f["sort by name after a row changed (collation keys compared)"] = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    window.table()->sortByColumn(OrgTableModel::Owner, Qt::AscendingOrder);
    f["sort by owner, the first time (collation keys built)"] = double(t.nsecsElapsed()) / 1e6;
    perfSort.stop();
    window.table()->sortByColumn(OrgTableModel::Name, Qt::AscendingOrder);
    bool done = false;
    QObject::connect(&window, &MainWindow::loaded, &window, [&done] { done = true; });
    PerfPhase perfReload("reload");
    stall.start();
    t.restart();
    window.reload();
    waitFor([&] { return done; });
    perfReload.stop();
    f["reload (Refresh) of all rows"] = double(t.nsecsElapsed()) / 1e6;
    f["longest event-loop stall during the reload"] = stall.stop();
}

Figures runOnce(const QString &dbUrl, const QString &configDir, int count)
{
    Figures f;
    StallMeter stall;
    const double rssBefore = rssMiB();
    QElapsedTimer t;
    PerfPhase perfLoad("load");
    t.start();
    stall.start();
    ContextOptions o;
    o.configDir = configDir;
    o.databaseUrl = dbUrl;
    AppContext context(o);
    ClipboardGuard clipboard;
    MainWindow window(&context, &clipboard);
    window.show();
    bool loaded = false;
    QObject::connect(&window, &MainWindow::loaded, &window, [&loaded] { loaded = true; });
    context.initialize(false, [&](OperationError) { window.reload(); });
    waitFor([&] { return window.model()->rowCount() > 0 || loaded; });
    f["time to first rows (in the model)"] = double(t.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents(); // painted, and the input queued meanwhile handled
    f["start to interactive window (first rows shown, input accepted)"] = double(t.nsecsElapsed()) / 1e6;
    waitFor([&] { return loaded; });
    f["time until all rows are there"] = double(t.nsecsElapsed()) / 1e6;
    f["longest event-loop stall during the load"] = stall.stop();
    perfLoad.stop();
    QCoreApplication::processEvents();
    f["rows"] = window.model()->rowCount();
    f["RSS of the process after the load"] = rssMiB();
    f["RSS delta for the window and its rows"] = rssMiB() - rssBefore;
    if (window.model()->rowCount() != count)
        std::fprintf(stderr, "only %d of %d rows\n", window.model()->rowCount(), count);
    typeFilter(window, f, stall);
    sortAndReload(window, f, stall);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QString target = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sqlite");
    int arg = 2;
    if (target.toInt() > 0) { // bench_console 100000 (the old form)
        target = QStringLiteral("sqlite");
        arg = 1;
    }
    const int count = argc > arg ? QByteArray(argv[arg]).toInt() : 100000;
    const int membersEach = argc > arg + 1 ? QByteArray(argv[arg + 1]).toInt() : 5;
    QTemporaryDir dir;
    const QString dbUrl = target == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("orgconsole.db")) : target;
    QElapsedTimer t;
    t.start();
    // ORGCONSOLE_BENCH_SEEDED=FILE (SQLite): the seeded database kept there and reused by later runs.
    // With a PostgreSQL URL, any value: a database that already holds COUNT organizations is used as it is.
    const QString seeded = qEnvironmentVariable("ORGCONSOLE_BENCH_SEEDED");
    const bool reuse = !seeded.isEmpty()
        && (target == QLatin1String("sqlite") ? QFile::copy(seeded, dbUrl) : organizationCount(dbUrl) == count);
    if (!reuse && !seed(dbUrl, count, membersEach))
        return 1;
    if (!reuse && !seeded.isEmpty() && target == QLatin1String("sqlite"))
        QFile::copy(dbUrl, seeded);
    std::printf("engine: %s, %d organizations, %d members (seeded in %.1f s)\n",
                target == QLatin1String("sqlite") ? "SQLite" : "PostgreSQL", count, count * membersEach, t.elapsed() / 1000.0);
    QList<Figures> runs;
    const int times = qEnvironmentVariableIntValue("ORGCONSOLE_BENCH_RUNS");
    for (int run = 0; run < (times > 0 ? times : 3); ++run)
        runs.append(runOnce(dbUrl, dir.path(), count));
    for (const auto &[name, first] : runs.first()) {
        QList<double> values;
        for (const Figures &f : std::as_const(runs))
            values.append(f.at(name));
        // Memory: the first run's (later runs share the allocator's pages of the earlier ones).
        const bool memory = name.rfind("RSS", 0) == 0;
        report(name.c_str(), memory ? first : median(values), memory ? "MiB" : (name == "rows" ? "" : "ms"));
    }
    report("peak memory of the process", peakMiB(), "MiB");
    return 0;
}
