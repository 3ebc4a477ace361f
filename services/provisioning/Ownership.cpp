#include "services/provisioning/Ownership.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#endif

namespace OrgConsole {

namespace {
// Test builds: ORGCONSOLE_TEST_HOST names the host, so that one machine can play two desktops.
QString thisHostName()
{
#if defined(ORGCONSOLE_TEST_HOOKS)
    if (qEnvironmentVariableIsSet("ORGCONSOLE_TEST_HOST"))
        return qEnvironmentVariable("ORGCONSOLE_TEST_HOST");
#endif
    return QSysInfo::machineHostName();
}

bool olderThan(const QDateTime &at, const QDateTime &now, int seconds)
{
    return !at.isValid() || at.secsTo(now) > seconds;
}

#if defined(Q_OS_LINUX)
// Field 22 of /proc/PID/stat: the start time in clock ticks since boot. The command name (field
// 2) may hold spaces and parentheses, so count from the last ')'.
std::optional<qint64> linuxStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' '); // fields[0] is field 3
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const qint64 ticks = fields.at(19).toLongLong(&ok);
    return ok ? std::optional<qint64>(ticks) : std::nullopt;
}
#endif

ProcessState probeProcess(qint64 pid, qint64 started)
{
    if (pid <= 0)
        return ProcessState::Unknown;
#if defined(Q_OS_LINUX)
    const std::optional<qint64> now = linuxStartTime(pid);
    if (!now)
        return ProcessState::Gone;
    return started == 0 || *now == started ? ProcessState::Alive : ProcessState::Gone;
#elif defined(Q_OS_UNIX)
    Q_UNUSED(started)
    // No start time here: a reused pid looks alive, and the row then waits for the lease.
    if (::kill(pid_t(pid), 0) == 0 || errno == EPERM)
        return ProcessState::Unknown;
    return ProcessState::Gone;
#else
    Q_UNUSED(started)
    return ProcessState::Unknown;
#endif
}
} // namespace

bool ownerIsDead(const OperationOwner &owner, const QDateTime &heartbeatAt, const QDateTime &now, const RecoveryRules &rules,
                 const OwnerProbe &probe)
{
    if (owner.isEmpty() && !heartbeatAt.isValid())
        return true;
    if (!owner.isEmpty() && owner.host == probe.thisHost && probe.process) {
        switch (probe.process(owner.pid, owner.started)) {
        case ProcessState::Alive:
            return false;
        case ProcessState::Gone:
            return true;
        case ProcessState::Unknown:
            break;
        }
    }
    if (rules.graceSeconds && olderThan(heartbeatAt, now, *rules.graceSeconds))
        return true;
    return olderThan(heartbeatAt, now, rules.leaseSeconds);
}

OperationOwner currentOwner(const QString &operatorName)
{
    OperationOwner owner;
    owner.operatorName = operatorName;
    owner.host = thisHostName();
    owner.pid = QCoreApplication::applicationPid();
#if defined(Q_OS_LINUX)
    owner.started = linuxStartTime(owner.pid).value_or(0);
#endif
    return owner;
}

OwnerProbe systemProbe()
{
    return OwnerProbe {thisHostName(), probeProcess};
}

} // namespace OrgConsole
