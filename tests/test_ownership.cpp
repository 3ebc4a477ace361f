// Who may take over an unfinished row: ownerIsDead() as a decision table, with the process probe
// faked (so "alive" and "pid reused" need no real processes), plus the probe on this machine.
#include "services/provisioning/Ownership.h"

#include <QCoreApplication>
#include <QTest>

using namespace OrgConsole;

namespace {
const QString kThisHost = QStringLiteral("desk-a");
const QDateTime kNow = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
constexpr qint64 kLivePid = 4242;
constexpr qint64 kLiveStart = 777;

// On desk-a only pid 4242, started at 777, runs.
ProcessState fakeProcess(qint64 pid, qint64 started)
{
    if (pid != kLivePid)
        return ProcessState::Gone;
    return started == kLiveStart ? ProcessState::Alive : ProcessState::Gone;
}
} // namespace

Q_DECLARE_METATYPE(std::optional<int>)

class TestOwnership : public QObject
{
    Q_OBJECT
private slots:
    void decision_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<qint64>("started");
        QTest::addColumn<int>("heartbeatAgeSeconds"); // -1: no heartbeat
        QTest::addColumn<std::optional<int>>("grace");
        QTest::addColumn<bool>("dead");
        const std::optional<int> none;
        // Same host: the process decides, at once, whatever the heartbeat's age.
        QTest::newRow("same host, pid gone, fresh heartbeat") << kThisHost << qint64(999) << kLiveStart << 1 << none << true;
        QTest::newRow("same host, live, same start, fresh") << kThisHost << kLivePid << kLiveStart << 1 << none << false;
        QTest::newRow("same host, live, same start, an hour old") << kThisHost << kLivePid << kLiveStart << 3600 << none << false;
        QTest::newRow("same host, pid reused (other start)") << kThisHost << kLivePid << qint64(778) << 1 << none << true;
        // Other host: the lease decides.
        QTest::newRow("other host, fresh heartbeat") << QStringLiteral("desk-b") << kLivePid << kLiveStart << 5 << none << false;
        QTest::newRow("other host, at the lease") << QStringLiteral("desk-b") << qint64(1) << qint64(1) << 30 << none << false;
        QTest::newRow("other host, stale heartbeat") << QStringLiteral("desk-b") << qint64(1) << qint64(1) << 31 << none << true;
        // --grace: also dead when untouched that long; never overrides a live owner on this host.
        QTest::newRow("grace 0, other host, fresh")
            << QStringLiteral("desk-b") << qint64(1) << qint64(1) << 1 << std::optional<int>(0) << true;
        QTest::newRow("grace 120, other host, 60 s") << QStringLiteral("desk-b") << qint64(1) << qint64(1) << 60
                                                     << std::optional<int>(120) << true; // the lease still applies
        QTest::newRow("grace 120, other host, 10 s")
            << QStringLiteral("desk-b") << qint64(1) << qint64(1) << 10 << std::optional<int>(120) << false;
        QTest::newRow("grace 0, same host, live")
            << kThisHost << kLivePid << kLiveStart << 3600 << std::optional<int>(0) << false;
        // No owner: released by a finished (failed) operation, or a row from before schema 4.
        QTest::newRow("no owner, no heartbeat (released)") << QString() << qint64(0) << qint64(0) << -1 << none << true;
        QTest::newRow("no owner, fresh heartbeat (old row)") << QString() << qint64(0) << qint64(0) << 5 << none << false;
        QTest::newRow("no owner, stale heartbeat (old row)") << QString() << qint64(0) << qint64(0) << 31 << none << true;
    }

    void decision()
    {
        QFETCH(QString, host);
        QFETCH(qint64, pid);
        QFETCH(qint64, started);
        QFETCH(int, heartbeatAgeSeconds);
        QFETCH(std::optional<int>, grace);
        QFETCH(bool, dead);
        const QDateTime heartbeat = heartbeatAgeSeconds < 0 ? QDateTime() : kNow.addSecs(-heartbeatAgeSeconds);
        RecoveryRules rules;
        rules.graceSeconds = grace;
        QCOMPARE(ownerIsDead(OperationOwner {host, pid, started}, heartbeat, kNow, rules, OwnerProbe {kThisHost, fakeProcess}),
                 dead);
    }

    void leaseIsARule()
    {
        RecoveryRules rules;
        QCOMPARE(rules.leaseSeconds, kOwnerLeaseSeconds);
        rules.leaseSeconds = 3;
        const OwnerProbe probe {kThisHost, fakeProcess};
        const OperationOwner elsewhere {QStringLiteral("desk-b"), 1, 1};
        QVERIFY(ownerIsDead(elsewhere, kNow.addSecs(-4), kNow, rules, probe));
        QVERIFY(!ownerIsDead(elsewhere, kNow.addSecs(-2), kNow, rules, probe));
    }

    // The real probe: this process is alive with its own start time; another start time, or a
    // pid nobody has, is gone.
    void systemProbeKnowsThisProcess()
    {
        const OperationOwner me = currentOwner();
        const OwnerProbe probe = systemProbe();
        QCOMPARE(me.host, probe.thisHost);
        QCOMPARE(me.pid, QCoreApplication::applicationPid());
#if defined(Q_OS_LINUX)
        QVERIFY(me.started > 0);
        QCOMPARE(probe.process(me.pid, me.started), ProcessState::Alive);
        QCOMPARE(probe.process(me.pid, me.started + 1), ProcessState::Gone);
        QCOMPARE(probe.process(4194304 + 1, 1), ProcessState::Gone); // above Linux's pid_max
        QVERIFY(!ownerIsDead(me, kNow.addYears(-1), kNow, RecoveryRules {}, probe));
#endif
    }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "test_ownership.moc"
