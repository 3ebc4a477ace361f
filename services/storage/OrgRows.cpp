// How OrgRepository reads an organization row (OrgRows.h).
#include "services/storage/OrgRows.h"

#include "services/storage/OrgRepository.h"
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

QDateTime QtRow::time(int column) const
{
    return fromDbTime(m_q.value(column));
}

Organization readListColumns(const QSqlQuery &q, const QString &databaseId)
{
    return listColumnsOf(QtRow(q), databaseId);
}

Organization rowToOrganization(const QSqlQuery &q, const QString &databaseId)
{
    return wholeRowOf(QtRow(q), databaseId);
}

} // namespace OrgRows

} // namespace OrgConsole
