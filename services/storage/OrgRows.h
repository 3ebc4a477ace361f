#pragma once

#include "models/Organization.h"

#include <QSqlQuery>
#include <QString>

// How OrgRepository reads an organization row, shared by its source files (not for other stores).
namespace OrgConsole::OrgRows {

// The select list of every organization read, ending with the member count.
extern const QString kColumns;
Organization rowToOrganization(const QSqlQuery &q, const QString &databaseId);

} // namespace OrgConsole::OrgRows
