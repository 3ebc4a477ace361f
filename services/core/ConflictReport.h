#pragma once

#include "models/Member.h"
#include "services/storage/OrgRepository.h"

#include <QList>
#include <QString>

namespace OrgConsole {

// An optimistic-lock conflict in words: what happened to an organization since the user read it,
// by whom and when (from the audit log), and how it stands now.
struct ConflictReport {
    Organization current; // as it is now
    std::optional<Member> currentMember; // a member's change: the member as they are now (nullopt: removed)
    QList<AuditEntry> changes; // what the audit log recorded since it was read, oldest first
    QString text;
    // The row (the member's, for a member's change) is not the version the user read: their
    // change would land on something they have not seen. False: the conflict is a rule ("only an
    // active organization…"), not a change made meanwhile.
    bool changed = false;
    // Another desktop's operation runs on it now (being deleted, created): nothing to re-apply
    // until it ends; the text says by whom and since when.
    bool busyElsewhere = false;
};

// `asRead` is the organization as the user saw it; `recent` the newest audit entries about it
// (any order). Entries before the version read, and attempts that failed (they changed nothing),
// are left out.
ConflictReport describeConflict(const Organization &asRead, const Organization &current, const QList<AuditEntry> &recent);
// The same for a change to member `asRead` of `current`; `now` is the member as stored now.
ConflictReport describeMemberConflict(const Member &asRead, const std::optional<Member> &now, const Organization &current,
                                      const QList<AuditEntry> &recent);

} // namespace OrgConsole
