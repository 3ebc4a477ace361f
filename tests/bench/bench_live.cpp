// Live updates under load (issue 21): one desktop (a repository connection of its own, on its own
// thread) changes budgets at a steady rate, 1,000 changes a minute by default, while another
// console (MainWindow, offscreen, with its change feed) follows. Printed: how late the console's
// event loop ran (a 10 ms timer measuring its own lateness) and how far behind the console's rows
// were (from the change being sent to the row showing it), medians, 99th percentiles and maxima.
// Usage: bench_live sqlite|postgres [ORGANIZATIONS=500] [SECONDS=60] [CHANGES_PER_MINUTE=1000]
// (postgres: the server of scripts/with-test-services).
#include "services/core/AppContext.h"
#include "services/core/LiveUpdates.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"
#include "tests/support/TestDatabase.h"
#include "ui/ClipboardGuard.h"
#include "ui/LiveRefresher.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTimer>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

namespace {
double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * p)));
}

void summary(const char *what, const QList<double> &v)
{
    std::printf("%-44s median %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%lld)\n", what, median(v), percentile(v, 0.99),
                v.isEmpty() ? 0.0 : *std::max_element(v.cbegin(), v.cend()), static_cast<long long>(v.size()));
    std::fflush(stdout);
}

// The writing desktop: `count` organizations, then the changes.
QList<Organization> fill(RepositoryWorker &writer, int count)
{
    std::optional<Stored<QList<Organization>>> made;
    QObject receiver;
    writer.run<QList<Organization>>(
        [count](OrgRepository &repo) {
            return repo.inTransaction<QList<Organization>>([&]() -> Stored<QList<Organization>> {
                QList<Organization> out;
                for (int i = 0; i < count; ++i) {
                    NewOrganization n;
                    n.name = QStringLiteral("Organization %1").arg(i);
                    n.ownerUserId = QStringLiteral("kc-%1").arg(i);
                    n.maxBudget = 100.0;
                    const auto r = repo.reserve(n, QStringLiteral("bench"));
                    if (!r.ok())
                        return Stored<QList<Organization>>::failure(r.error.kind, r.error.message);
                    out.append(*r.value);
                }
                return Stored<QList<Organization>>::success(out);
            });
        },
        &receiver, [&](Stored<QList<Organization>> r) { made = r; });
    waitFor([&] { return made.has_value(); });
    return made->value.value_or(QList<Organization> {});
}
// The figures of one run.
struct Figures {
    QList<double> lateness;
    QList<double> behind;
    int sent = 0;
};

// The console under load: the writer sends `total` budget changes at `perMinute`, while a 10 ms
// timer measures the console's event loop and each row shown is matched to its change.
Figures measure(MainWindow &window, RepositoryWorker &writer, QList<Organization> orgs, int total, int perMinute)
{
    Figures f;
    // Each change sets a budget no other change sets: the row tells which change it shows.
    QHash<qint64, qint64> sentAt; // budget in cents -> ms since the start
    QElapsedTimer clock;
    clock.start();
    QObject scope;
    QObject::connect(window.findChild<LiveRefresher *>(), &LiveRefresher::organizationUpdated, &scope, [&](const QString &id) {
        const OrgListRow *shown = window.model()->find(id);
        const qint64 cents = shown && shown->maxBudget ? qRound64(*shown->maxBudget * 100) : -1;
        if (sentAt.contains(cents))
            f.behind.append(double(clock.elapsed() - sentAt.take(cents)));
    });
    QElapsedTimer lastTick;
    lastTick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &scope, [&] {
        f.lateness.append(std::max(0.0, double(lastTick.nsecsElapsed()) / 1e6 - 10.0));
        lastTick.start();
    });
    probe.start(10);
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    QObject::connect(&pace, &QTimer::timeout, &scope, [&] {
        if (f.sent >= total)
            return pace.stop();
        const QString id = orgs.at(f.sent % orgs.size()).id;
        const qint64 cents = 100000 + f.sent++;
        sentAt.insert(cents, clock.elapsed());
        writer.run<Organization>(
            [id, cents](OrgRepository &repo) {
                const auto now = repo.findById(id);
                return now.ok() ? repo.updateBudget(id, now.value->rowVersion, double(cents) / 100, QStringLiteral("30d"), {})
                                : now;
            },
            &scope, [](Stored<Organization>) {});
    });
    pace.start(60000 / perMinute);
    const qint64 deadline = qint64(total) * 60000 / perMinute + 5000;
    waitFor([&] { return f.sent >= total && (sentAt.isEmpty() || clock.elapsed() > deadline); });
    return f;
}

// Another desktop's figures refresh: every organization's spend moved, stored in one transaction
// and announced (PostgreSQL) or found by the comparison (SQLite). How long until the console's rows
// all show the new figures, its longest stall meanwhile, and how many organizations it read.
struct RefreshFigures {
    double untilShownMs = -1;
    double worstStallMs = 0;
    int read = 0;
};
RefreshFigures measureFiguresRefresh(MainWindow &window, RepositoryWorker &writer, const QList<Organization> &orgs)
{
    RefreshFigures f;
    QList<FiguresUpdate> updates;
    QHash<QString, double> expected;
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        const double spend = 12.5 + double(i) / 100;
        updates.append(FiguresUpdate {orgs.at(i).id, spend, orgs.at(i).maxBudget, {}});
        expected.insert(orgs.at(i).id, spend);
    }
    auto *live = window.findChild<LiveRefresher *>();
    const int readBefore = live->organizationsRead();
    QObject scope;
    QObject::connect(live, &LiveRefresher::organizationUpdated, &scope, [&](const QString &id) {
        const OrgListRow *shown = window.model()->find(id);
        if (shown && expected.contains(id) && shown->spend == expected.value(id))
            expected.remove(id);
    });
    QElapsedTimer lastTick;
    lastTick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &scope, [&] {
        f.worstStallMs = std::max(f.worstStallMs, double(lastTick.nsecsElapsed()) / 1e6 - 10.0);
        lastTick.start();
    });
    probe.start(10);
    QElapsedTimer clock;
    bool stored = false;
    writer.run<bool>(
        [updates](OrgRepository &repo) { return repo.inTransaction<bool>([&] { return repo.updateFigures(updates, {}); }); },
        &scope, [&](Stored<bool>) { stored = true; });
    waitFor([&] { return stored; });
    clock.start(); // from the commit on (the writer's own statements take their time)
    QTimer limit;
    limit.start(60000);
    waitFor([&] { return expected.isEmpty() || !limit.isActive(); });
    if (expected.isEmpty())
        f.untilShownMs = double(clock.elapsed());
    f.read = live->organizationsRead() - readBefore;
    return f;
}

// Lets the window's first paints and loads pass before the measuring starts.
void settle(int ms)
{
    QElapsedTimer settle;
    settle.start();
    waitFor([&] {
        QTimer::singleShot(50, QCoreApplication::instance(), [] {});
        return settle.elapsed() > ms;
    });
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QByteArray engine = argc > 1 ? QByteArray(argv[1]) : QByteArray("sqlite");
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 500;
    const int seconds = argc > 3 ? QByteArray(argv[3]).toInt() : 60;
    const int perMinute = argc > 4 ? QByteArray(argv[4]).toInt() : 1000;
    qputenv("ORGCONSOLE_TEST_ENGINE", engine);
    Test::TestDatabase testDb;
    DatabaseLocation location;
    if (const QString e = testDb.create(QStringLiteral("bench_live"), &location); !e.isEmpty())
        return std::fprintf(stderr, "%s\n", qPrintable(e)), 1;
    RepositoryWorker writer(location);
    std::optional<QString> opened;
    writer.open(&app, [&](QString e) { opened = e; });
    waitFor([&] { return opened.has_value(); });
    if (!opened->isEmpty())
        return std::fprintf(stderr, "%s\n", qPrintable(*opened)), 1;
    const QList<Organization> orgs = fill(writer, count);

    QTemporaryDir dir;
    ContextOptions o;
    o.configDir = dir.path();
    o.databaseUrl = location.engine == DatabaseLocation::Engine::Sqlite ? location.sqlitePath : location.displayUrl();
    o.operatorName = QStringLiteral("bench");
    AppContext context(o);
    ClipboardGuard clipboard;
    MainWindow window(&context, &clipboard);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::loaded);
    context.initialize(false, [&](OperationError e) { window.start(e); });
    if (!loaded.wait(60000))
        return 1;
    waitFor([&] { return context.live().isConnected(); });
    settle(1000);
    const Figures f = measure(window, writer, orgs, perMinute * seconds / 60, perMinute);

    std::printf("%d organizations, %d changes in %d s from one desktop (%d a minute), %s\n", count, f.sent, seconds, perMinute,
                engine.constData());
    summary("other console: event loop lateness", f.lateness);
    summary("other console: row behind the change", f.behind);
    std::printf("%-44s %d of %d\n", "changes the console showed", int(f.behind.size()), f.sent);
    settle(1000);
    const RefreshFigures r = measureFiguresRefresh(window, writer, orgs);
    std::printf("another desktop's figures refresh (every organization's spend moved):\n");
    std::printf("%-44s %8.0f ms\n", "  until the console showed them all", r.untilShownMs);
    std::printf("%-44s %8.1f ms\n", "  its longest event-loop stall meanwhile", r.worstStallMs);
    std::printf("%-44s %d of %d\n", "  organizations it read", r.read, int(orgs.size()));
    const double worstStall = f.lateness.isEmpty() ? 0 : *std::max_element(f.lateness.cbegin(), f.lateness.cend());
    const double worstBehind = f.behind.isEmpty() ? 1e9 : *std::max_element(f.behind.cbegin(), f.behind.cend());
    const bool ok = worstStall < 50 && worstBehind < 1000 && f.behind.size() == f.sent;
    std::printf("%s: stalls under 50 ms and updates under 1 s behind\n", ok ? "MET" : "NOT MET");
    return ok ? 0 : 2;
}
