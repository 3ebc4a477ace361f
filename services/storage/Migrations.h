#pragma once

#include <QSqlDatabase>
#include <QString>

namespace OrgConsole {

// The schema this build knows, as ordered migrations. Each runs in one transaction.
constexpr int kSchemaVersion = 11;

int currentSchemaVersion(QSqlDatabase &db, QString *error); // 0 = empty database
// Brings the database to `target` (default: kSchemaVersion). Refuses a newer schema unchanged.
QString migrate(QSqlDatabase &db, int target = kSchemaVersion);

} // namespace OrgConsole
