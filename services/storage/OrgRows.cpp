// How OrgRepository reads an organization row (OrgRows.h).
#include "services/storage/OrgRows.h"

#include "services/storage/OrgRepository.h"
#include "services/storage/OwnerColumns.h"
#include "services/storage/SqlValues.h"

#include <QVariant>

namespace OrgConsole {

using namespace Sql;

namespace OrgRows {
// The list's columns first, in the order readListColumns() reads them; then the rest of the row.
const QString kListColumns = QStringLiteral(
    "id, name, normalized_name, status, owner_user_id, contact_email, key_name, max_budget, created_at, row_version, "
    "last_error, spend, key_blocked, budget_reset_at, owner_host, owner_pid, owner_started");

QString columnsCounting(const QString &memberCount)
{
    return kListColumns
        + QStringLiteral(", contact_name, team_id, key_alias, key_hash, budget_duration, models, updated_at, provisioned_at, "
                         "created_by, heartbeat_at, %1, owner_operator, owner_since, owner_phase")
              .arg(memberCount);
}

// The member count from the ids kept with the row (schema version 10), not a look-up in members per
// row; the separator U+001F sits in the literal as it is (the same SQL on both engines).
const QString kColumns = columnsCounting(
    QStringLiteral("CASE WHEN member_ids = '' THEN 0 ELSE length(member_ids) - length(replace(member_ids, '%1', '')) + 1 END")
        .arg(Organization::kMemberIdSeparator));

Organization readListColumns(const QSqlQuery &q, const QString &databaseId)
{
    Organization o;
    o.databaseId = databaseId;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.normalizedName = q.value(2).toString();
    o.status = orgStatusFromString(q.value(3).toString()).value_or(OrgStatus::Failed);
    o.ownerUserId = q.value(4).toString();
    o.contactEmail = q.value(5).toString();
    o.keyName = q.value(6).toString();
    if (!q.value(7).isNull())
        o.maxBudget = q.value(7).toDouble();
    o.createdAt = fromDbTime(q.value(8));
    o.rowVersion = q.value(9).toLongLong();
    o.lastError = q.value(10).toString();
    o.spend = q.value(11).toDouble();
    o.keyBlocked = q.value(12).toInt() != 0;
    o.budgetResetAt = fromDbTime(q.value(13));
    o.owner = OperationOwner {q.value(14).toString(), q.value(15).toLongLong(), q.value(16).toLongLong()};
    return o;
}

Organization rowToOrganization(const QSqlQuery &q, const QString &databaseId)
{
    Organization o = readListColumns(q, databaseId);
    o.contactName = q.value(17).toString();
    o.teamId = q.value(18).toString();
    o.keyAlias = q.value(19).toString();
    o.keyHash = q.value(20).toString();
    o.budgetDuration = q.value(21).toString();
    o.models = q.value(22).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.updatedAt = fromDbTime(q.value(23));
    o.provisionedAt = fromDbTime(q.value(24));
    o.createdBy = q.value(25).toString();
    o.heartbeatAt = fromDbTime(q.value(26));
    o.memberCount = q.value(27).toInt();
    readOwnerDetails(q, 28, o.owner);
    return o;
}

} // namespace OrgRows

} // namespace OrgConsole
