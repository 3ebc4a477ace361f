#pragma once

#include "models/Organization.h"

#include <QSqlQuery>
#include <QString>

// How OrgRepository reads an organization row, shared by its source files (not for other stores).
namespace OrgConsole::OrgRows {

// The list's columns (OrgRepository::PageColumns::List): 17 of the 31 a whole row has. A whole row
// starts with them, in the same order.
extern const QString kListColumns;
// The select list of every organization read: the list's columns, the rest of the row, the member
// count, then the owner details.
extern const QString kColumns;
// The same select list with `memberCount` (an SQL expression) in the member count's place.
QString columnsCounting(const QString &memberCount);
// The list's columns of the row (the first 17 of either select list); the rest stays empty.
Organization readListColumns(const QSqlQuery &q, const QString &databaseId);
Organization rowToOrganization(const QSqlQuery &q, const QString &databaseId);

} // namespace OrgConsole::OrgRows
