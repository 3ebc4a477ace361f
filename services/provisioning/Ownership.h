#pragma once

#include "models/Organization.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace OrgConsole {

// How long another desktop waits after a row's last heartbeat before it takes the row over. A
// running operation renews the heartbeat every kHeartbeatIntervalSeconds, so a lease of several
// intervals survives a slow database or a busy machine.
constexpr int kOwnerLeaseSeconds = 30;
constexpr int kHeartbeatIntervalSeconds = 5;

// What this machine can tell about a process on it.
enum class ProcessState { Alive, Gone, Unknown };

// The facts the decision needs about this machine: its host name, and a probe telling whether a
// pid still runs the process that started at `started` (injected so tests can fake it).
struct OwnerProbe {
    QString thisHost;
    std::function<ProcessState(qint64 pid, qint64 started)> process;
};

// When recovery takes a row over.
struct RecoveryRules {
    int leaseSeconds = kOwnerLeaseSeconds;
    // orgctl recover --grace: also treat rows untouched this long as dead (unless their owner
    // runs on this host and is alive: that is never overridden).
    std::optional<int> graceSeconds;
};

// Is the operation on this row dead, so that recovery may take it over?
// - same host: dead when its process is gone or the pid now belongs to a later process;
//   a live owner is never dead, whatever the age of its heartbeat;
// - other host (or a process this host cannot probe): dead when the heartbeat is older than the lease;
// - no owner: released (a failed saga, nobody works on it) when it has no heartbeat either, else
//   a row from before owners were recorded, judged by the lease;
// - --grace: additionally dead when untouched for that long.
bool ownerIsDead(const OperationOwner &owner, const QDateTime &heartbeatAt, const QDateTime &now, const RecoveryRules &rules,
                 const OwnerProbe &probe);

// This process as an owner (run for `operatorName`, as the audit log names them), and the probe
// for this machine.
OperationOwner currentOwner(const QString &operatorName = {});
OwnerProbe systemProbe();

} // namespace OrgConsole
