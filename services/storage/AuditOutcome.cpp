#include "services/storage/AuditOutcome.h"

#include <array>
#include <utility>

namespace OrgConsole {

namespace {
// Stored in audit_log.outcome: never rename an entry, only add new ones.
const std::array<std::pair<AuditOutcome, const char *>, 8> kNames {{
    {AuditOutcome::Ok, "ok"},
    {AuditOutcome::Failed, "failed"},
    {AuditOutcome::FailedCleanedUp, "failed, cleaned up"},
    {AuditOutcome::FailedCleanupIncomplete, "failed, cleanup incomplete"},
    {AuditOutcome::RolledBack, "rolled back"},
    {AuditOutcome::Deleted, "deleted"},
    {AuditOutcome::Finished, "finished"},
    {AuditOutcome::Unknown, "unknown"},
}};
} // namespace

QString auditOutcomeName(AuditOutcome outcome)
{
    for (const auto &[value, name] : kNames) {
        if (value == outcome)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

AuditOutcome auditOutcomeFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return AuditOutcome::Unknown;
}

} // namespace OrgConsole
