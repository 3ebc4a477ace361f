// The parts the window's long computations are cut into: how many, and that each runs once, at
// the same time as the others where there are cores for it.
#include "services/core/ParallelWork.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

using namespace OrgConsole;

class TestParallelWork : public QObject
{
    Q_OBJECT

private slots:
    void partsAreBoundedByItemsAndCores()
    {
        const int cores = std::max(1, QThread::idealThreadCount());
        QCOMPARE(workParts(0, 256), 1);
        QCOMPARE(workParts(255, 256), 1);
        QCOMPARE(workParts(512, 256), std::min(2, cores));
        QCOMPARE(workParts(1000000, 256), cores);
        QCOMPARE(workParts(10, 0), std::min(10, cores));
    }

    void everyPartRunsOnce()
    {
        for (int parts : {1, 2, 3, 8}) {
            std::vector<std::atomic<int>> runs(static_cast<size_t>(parts));
            runParts(parts, [&](int part) { runs[size_t(part)].fetch_add(1); });
            for (int p = 0; p < parts; ++p)
                QCOMPARE(runs[size_t(p)].load(), 1);
        }
        bool ran = false;
        runParts(0, [&](int) { ran = true; });
        QVERIFY(!ran);
    }

    // Part 0 runs on the caller's thread, the second at the same time on a pool thread (the global
    // pool has one even on one core): each waits, bounded, for the other to have started.
    void partsRunAtOnceOnTheCallersThreadAndAnother()
    {
        QAtomicInt started;
        bool bothRanAtOnce[2] = {false, false};
        Qt::HANDLE threads[2] = {nullptr, nullptr};
        runParts(2, [&](int part) {
            threads[part] = QThread::currentThreadId();
            started.fetchAndAddOrdered(1);
            const QDeadlineTimer deadline(5000);
            while (started.loadAcquire() < 2 && !deadline.hasExpired())
                QThread::yieldCurrentThread();
            bothRanAtOnce[part] = started.loadAcquire() == 2;
        });
        QCOMPARE(threads[0], QThread::currentThreadId());
        QVERIFY(threads[1] != threads[0]);
        QVERIFY(bothRanAtOnce[0] && bothRanAtOnce[1]);
    }
};

QTEST_GUILESS_MAIN(TestParallelWork)
#include "test_parallel_work.moc"
