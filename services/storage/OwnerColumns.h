#pragma once

#include "models/Organization.h"
#include "services/storage/SqlValues.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The owner of an unfinished operation as organizations and members store it (schema versions 4
// and 8): which process runs it, which operator started it and since when. Written in the same
// statement that claims the row, so another desktop never sees a claimed row without its operator.
namespace OrgConsole::Sql {

// "owner_host = ?, …, owner_phase = ?" for an UPDATE that claims a row; bind ownerValues() for it.
inline QString ownerAssignments()
{
    return QStringLiteral("owner_host = ?, owner_pid = ?, owner_started = ?, owner_operator = ?, owner_since = ?, "
                          "owner_phase = ?");
}

inline QVariantList ownerValues(const OperationOwner &owner, const QString &sinceDbTime)
{
    return {text(owner.host),         QVariant(owner.pid),       QVariant(owner.started),
            text(owner.operatorName), nullableText(sinceDbTime), text(owner.phase)};
}

// For an UPDATE that ends the operation: nobody owns the row any more.
inline QString ownerReleased()
{
    return QStringLiteral("owner_host = '', owner_pid = 0, owner_started = 0, owner_operator = '', owner_since = NULL, "
                          "owner_phase = '', "
                          "heartbeat_at = NULL");
}

// The columns read after the owner's host, pid and start: owner_operator, owner_since, owner_phase.
inline QString ownerDetailColumns()
{
    return QStringLiteral("owner_operator, owner_since, owner_phase");
}

// Reads owner_operator, owner_since and owner_phase from `column` on (fromDbTime() parses the time).
void readOwnerDetails(const QSqlQuery &q, int column, OperationOwner &owner);

} // namespace OrgConsole::Sql
