#pragma once

#include "services/storage/OrgRepository.h"

#include <QList>
#include <QString>

namespace OrgConsole {

// An optimistic-lock conflict in words: what happened to an organization since the user read it,
// by whom and when (from the audit log), and how it stands now.
struct ConflictReport {
    Organization current; // as it is now
    QList<AuditEntry> changes; // what the audit log recorded since it was read, oldest first
    QString text;
};

// `asRead` is the organization as the user saw it; `recent` the newest audit entries about it
// (any order). Entries before the version read, and attempts that failed (they changed nothing),
// are left out.
ConflictReport describeConflict(const Organization &asRead, const Organization &current, const QList<AuditEntry> &recent);

} // namespace OrgConsole
