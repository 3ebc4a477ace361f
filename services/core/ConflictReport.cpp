#include "services/core/ConflictReport.h"

#include "models/Money.h"
#include "services/core/AuditText.h"

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

ConflictReport describeConflict(const Organization &asRead, const Organization &current, const QList<AuditEntry> &recent)
{
    ConflictReport report;
    report.current = current;
    for (const AuditEntry &e : recent) {
        if (e.at > asRead.updatedAt && e.outcome != AuditOutcome::Failed)
            report.changes.append(e);
    }
    std::sort(report.changes.begin(), report.changes.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.at < b.at || (a.at == b.at && a.id < b.id); });
    QStringList lines;
    lines << QCoreApplication::translate("ConflictReport",
                                         "\"%1\" was changed while you were working on it (version %2, now %3).")
                 .arg(current.name)
                 .arg(asRead.rowVersion)
                 .arg(current.rowVersion);
    for (const AuditEntry &e : std::as_const(report.changes))
        lines << QCoreApplication::translate("ConflictReport", "• %1 by %2 at %3")
                     .arg(describeAuditEntry(e), e.operatorName, when(e.at));
    if (report.changes.isEmpty())
        lines << QCoreApplication::translate(
                     "ConflictReport",
                     "• changed at %1; the audit log names no one for it (a refresh of the figures, or an "
                     "operation's heartbeat)")
                     .arg(when(current.updatedAt));
    lines << standing(current);
    report.text = lines.join(QLatin1Char('\n'));
    return report;
}

} // namespace OrgConsole
