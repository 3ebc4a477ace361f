// How OrgRepository reads an organization row (OrgRows.h).
#include "services/storage/OrgRows.h"

#include "services/storage/OrgRepository.h"
#include "services/storage/OwnerColumns.h"
#include "services/storage/SqlValues.h"

#include <QVariant>

namespace OrgConsole {

using namespace Sql;

namespace OrgRows {
QString columnsCounting(const QString &memberCount)
{
    return QStringLiteral(
               "id, name, normalized_name, status, owner_user_id, contact_name, contact_email, team_id, key_alias, key_hash, "
               "key_name, max_budget, budget_duration, models, created_at, updated_at, provisioned_at, created_by, row_version, "
               "last_error, spend, key_blocked, budget_reset_at, owner_host, owner_pid, owner_started, heartbeat_at, %1, "
               "owner_operator, owner_since, owner_phase")
        .arg(memberCount);
}

// The member count from the ids kept with the row (schema version 10), not a look-up in members per
// row; the separator U+001F sits in the literal as it is (the same SQL on both engines).
const QString kColumns = columnsCounting(
    QStringLiteral("CASE WHEN member_ids = '' THEN 0 ELSE length(member_ids) - length(replace(member_ids, '%1', '')) + 1 END")
        .arg(Organization::kMemberIdSeparator));

Organization rowToOrganization(const QSqlQuery &q, const QString &databaseId)
{
    Organization o;
    o.databaseId = databaseId;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.normalizedName = q.value(2).toString();
    o.status = orgStatusFromString(q.value(3).toString()).value_or(OrgStatus::Failed);
    o.ownerUserId = q.value(4).toString();
    o.contactName = q.value(5).toString();
    o.contactEmail = q.value(6).toString();
    o.teamId = q.value(7).toString();
    o.keyAlias = q.value(8).toString();
    o.keyHash = q.value(9).toString();
    o.keyName = q.value(10).toString();
    if (!q.value(11).isNull())
        o.maxBudget = q.value(11).toDouble();
    o.budgetDuration = q.value(12).toString();
    o.models = q.value(13).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.createdAt = fromDbTime(q.value(14));
    o.updatedAt = fromDbTime(q.value(15));
    o.provisionedAt = fromDbTime(q.value(16));
    o.createdBy = q.value(17).toString();
    o.rowVersion = q.value(18).toLongLong();
    o.lastError = q.value(19).toString();
    o.spend = q.value(20).toDouble();
    o.keyBlocked = q.value(21).toInt() != 0;
    o.budgetResetAt = fromDbTime(q.value(22));
    o.owner = OperationOwner {q.value(23).toString(), q.value(24).toLongLong(), q.value(25).toLongLong()};
    o.heartbeatAt = fromDbTime(q.value(26));
    o.memberCount = q.value(27).toInt();
    readOwnerDetails(q, 28, o.owner);
    return o;
}

} // namespace OrgRows

} // namespace OrgConsole
