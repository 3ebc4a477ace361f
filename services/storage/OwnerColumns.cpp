#include "services/storage/OwnerColumns.h"

#include "services/storage/OrgRepository.h"

namespace OrgConsole::Sql {

void readOwnerDetails(const QSqlQuery &q, int column, OperationOwner &owner)
{
    owner.operatorName = q.value(column).toString();
    owner.since = fromDbTime(q.value(column + 1));
    owner.phase = q.value(column + 2).toString();
}

} // namespace OrgConsole::Sql
