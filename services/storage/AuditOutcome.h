#pragma once

#include <QString>

namespace OrgConsole {

// How an audited action ended. The database stores the names below ("ok", "failed", ...), the
// same strings earlier versions wrote, so old audit logs read back as the same outcomes.
enum class AuditOutcome {
    Ok,
    Failed,
    FailedCleanedUp, // a creation failed and everything it made was removed
    FailedCleanupIncomplete, // a creation failed and removing what it made failed too
    RolledBack, // recovery removed an unfinished creation
    Deleted, // recovery finished an interrupted delete
    Finished, // recovery finished an interrupted creation with a new key
    Unknown, // a name this version does not know (written by a newer one)
};

// The one table of names, both ways.
QString auditOutcomeName(AuditOutcome outcome);
AuditOutcome auditOutcomeFromName(const QString &name);

} // namespace OrgConsole
