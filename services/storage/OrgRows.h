#pragma once

#include "models/Organization.h"

#include <QSqlQuery>
#include <QString>

// How OrgRepository reads an organization row, shared by its source files (not for other stores).
namespace OrgConsole::OrgRows {

// The select list of every organization read: the row, the member count, then the owner details.
extern const QString kColumns;
// The same select list with `memberCount` (an SQL expression) in the member count's place.
QString columnsCounting(const QString &memberCount);
Organization rowToOrganization(const QSqlQuery &q, const QString &databaseId);

} // namespace OrgConsole::OrgRows
