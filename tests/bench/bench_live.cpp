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
    QList<Organization> orgs = fill(writer, count);

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
    auto *live = window.findChild<LiveRefresher *>();
    // The window's first paints and loads are done before the measuring starts.
    QElapsedTimer settle;
    settle.start();
    waitFor([&] {
        QTimer::singleShot(50, &app, [] {});
        return settle.elapsed() > 1000;
    });

    // Each change sets a budget no other change sets: the row tells which change it shows.
    QHash<qint64, qint64> sentAt; // budget in cents -> ms since the start
    QList<double> behind;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(live, &LiveRefresher::organizationUpdated, &app, [&](const QString &id) {
        const Organization *shown = window.model()->find(id);
        const qint64 cents = shown && shown->maxBudget ? qRound64(*shown->maxBudget * 100) : -1;
        if (sentAt.contains(cents))
            behind.append(double(clock.elapsed() - sentAt.take(cents)));
    });
    QList<double> lateness;
    QElapsedTimer lastTick;
    lastTick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        lateness.append(std::max(0.0, double(lastTick.nsecsElapsed()) / 1e6 - 10.0));
        lastTick.start();
    });
    probe.start(10);

    const int total = perMinute * seconds / 60;
    int sent = 0;
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    QObject receiver;
    QObject::connect(&pace, &QTimer::timeout, &app, [&] {
        if (sent >= total)
            return pace.stop();
        Organization &org = orgs[sent % orgs.size()];
        const qint64 cents = 100000 + sent;
        sentAt.insert(cents, clock.elapsed());
        const QString id = org.id;
        writer.run<Organization>(
            [id, cents](OrgRepository &repo) {
                const auto now = repo.findById(id);
                return now.ok() ? repo.updateBudget(id, now.value->rowVersion, double(cents) / 100, QStringLiteral("30d"), {})
                                : now;
            },
            &receiver, [](Stored<Organization>) {});
        ++sent;
    });
    pace.start(60000 / perMinute);
    waitFor([&] { return sent >= total && (sentAt.isEmpty() || clock.elapsed() > qint64(seconds) * 1000 + 5000); });
    probe.stop();

    std::printf("%d organizations, %d changes in %d s from one desktop (%d a minute), %s\n", count, sent, seconds, perMinute,
                engine.constData());
    summary("other console: event loop lateness", lateness);
    summary("other console: row behind the change", behind);
    std::printf("%-44s %d of %d\n", "changes the console showed", int(behind.size()), sent);
    const double worstStall = lateness.isEmpty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    const double worstBehind = behind.isEmpty() ? 1e9 : *std::max_element(behind.cbegin(), behind.cend());
    const bool ok = worstStall < 50 && worstBehind < 1000 && behind.size() == sent;
    std::printf("%s: stalls under 50 ms and updates under 1 s behind\n", ok ? "MET" : "NOT MET");
    return ok ? 0 : 2;
}
