#include "services/core/ConflictReport.h"

#include "models/Money.h"
#include "services/core/AuditText.h"
#include "services/core/WorkPhase.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace OrgConsole {

namespace {
QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("HH:mm:ss"));
}

QString standing(const Organization &o)
{
    return QCoreApplication::translate("ConflictReport", "Now: budget %1%2, key %3%4, status %5.")
        .arg(formatUsd(o.maxBudget),
             o.budgetDuration.isEmpty() ? QString()
                                        : QCoreApplication::translate("ConflictReport", " per %1").arg(o.budgetDuration),
             o.keyName, o.keyBlocked ? QCoreApplication::translate("ConflictReport", " (blocked)") : QString(),
             orgStatusToString(o.status));
}
} // namespace

namespace {
// The entries after `readAt`, oldest first; failed attempts changed nothing and are left out.
QList<AuditEntry> changesSince(const QDateTime &readAt, const QList<AuditEntry> &recent)
{
    QList<AuditEntry> changes;
    for (const AuditEntry &e : recent) {
        if (e.at > readAt && e.outcome != AuditOutcome::Failed)
            changes.append(e);
    }
    std::sort(changes.begin(), changes.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.at < b.at || (a.at == b.at && a.id < b.id); });
    return changes;
}

// The audited changes; without any (and no operation running that explains the new version) when
// it changed.
QStringList changeLines(const ConflictReport &report, const QDateTime &changedAt)
{
    QStringList lines;
    for (const AuditEntry &e : report.changes)
        lines << QCoreApplication::translate("ConflictReport", "• %1 by %2 at %3")
                     .arg(describeAuditEntry(e), e.operatorName, when(e.at));
    if (report.changes.isEmpty() && !report.busyElsewhere)
        lines << QCoreApplication::translate("ConflictReport",
                                             "• changed at %1; the audit log names no one for it (a refresh of the "
                                             "figures, or an operation's heartbeat)")
                     .arg(when(changedAt));
    return lines;
}

// "• being deleted by ana.support since 10:22:01, still running": the owner another desktop
// recorded with its claim (schema version 8). Empty when no operation runs on the row.
QString runningLine(OrgStatus status, const OperationOwner &owner)
{
    const QString who = owner.operatorName.isEmpty() ? owner.host : owner.operatorName;
    if (!owner.isEmpty() && status == OrgStatus::Active && !owner.phase.isEmpty())
        return QCoreApplication::translate("ConflictReport", "• %1, still running")
            .arg(WorkPhase::runningSince(owner.phase, who, owner.since));
    if (owner.isEmpty() || (status != OrgStatus::Deleting && status != OrgStatus::Provisioning))
        return {};
    const QString since = owner.since.isValid() ? when(owner.since) : QStringLiteral("?");
    return status == OrgStatus::Deleting
        ? QCoreApplication::translate("ConflictReport", "• being deleted by %1 since %2, still running").arg(who, since)
        : QCoreApplication::translate("ConflictReport", "• being created by %1 since %2, still running").arg(who, since);
}
} // namespace

ConflictReport describeConflict(const Organization &asRead, const Organization &current, const QList<AuditEntry> &recent)
{
    ConflictReport report;
    report.current = current;
    report.changes = changesSince(asRead.updatedAt, recent);
    report.changed = current.rowVersion != asRead.rowVersion;
    QStringList lines;
    lines << QCoreApplication::translate("ConflictReport",
                                         "\"%1\" was changed while you were working on it (version %2, now %3).")
                 .arg(current.name)
                 .arg(asRead.rowVersion)
                 .arg(current.rowVersion);
    const QString running = runningLine(current.status, current.owner);
    report.busyElsewhere = !running.isEmpty();
    lines << changeLines(report, current.updatedAt);
    if (report.busyElsewhere)
        lines << running;
    lines << standing(current);
    report.text = lines.join(QLatin1Char('\n'));
    return report;
}

ConflictReport describeMemberConflict(const Member &asRead, const std::optional<Member> &now, const Organization &current,
                                      const QList<AuditEntry> &recent)
{
    ConflictReport report;
    report.current = current;
    report.currentMember = now;
    report.changes = changesSince(asRead.updatedAt, recent);
    report.changed = !now || now->rowVersion != asRead.rowVersion;
    QStringList lines;
    lines << QCoreApplication::translate("ConflictReport", "%1 in \"%2\" was changed while you were working on it.")
                 .arg(asRead.userId, current.name);
    QString running = runningLine(current.status, current.owner);
    if (running.isEmpty() && now && !now->owner.isEmpty())
        running = QCoreApplication::translate("ConflictReport", "• %1 is being changed by %2 since %3, still running")
                      .arg(asRead.userId, now->owner.operatorName.isEmpty() ? now->owner.host : now->owner.operatorName,
                           now->owner.since.isValid() ? when(now->owner.since) : QStringLiteral("?"));
    report.busyElsewhere = !running.isEmpty();
    lines << changeLines(report, now ? now->updatedAt : current.updatedAt);
    if (report.busyElsewhere)
        lines << running;
    lines << (now ? QCoreApplication::translate("ConflictReport", "Now: %1 is %2, key %3%4.")
                        .arg(asRead.userId, memberStatusToString(now->status), now->keyName,
                             now->keyBlocked ? QStringLiteral(" (blocked)") : QString())
                  : QCoreApplication::translate("ConflictReport", "Now: %1 is no longer a member.").arg(asRead.userId));
    report.text = lines.join(QLatin1Char('\n'));
    return report;
}

} // namespace OrgConsole
