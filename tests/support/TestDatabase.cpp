#include "tests/support/TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace OrgConsole::Test {

QString TestDatabase::engine()
{
    const QString e = qEnvironmentVariable("ORGCONSOLE_TEST_ENGINE", QStringLiteral("sqlite"));
    return e;
}

QString TestDatabase::create(const QString &name, DatabaseLocation *out)
{
    if (engine() == QLatin1String("sqlite")) {
        static int counter = 0;
        QString error;
        *out = DatabaseLocation::parse(m_dir.filePath(QStringLiteral("%1-%2.db").arg(name).arg(++counter)), &error);
        return error;
    }
    const QString adminUrl = qEnvironmentVariable("ORGCONSOLE_TEST_PG_ADMIN_URL");
    if (adminUrl.isEmpty())
        return QStringLiteral("ORGCONSOLE_TEST_PG_ADMIN_URL is not set: run the PostgreSQL tests through scripts/test "
                              "(scripts/with-test-services starts the server).");
    QString error;
    DatabaseLocation admin = DatabaseLocation::parse(adminUrl, &error);
    if (!error.isEmpty())
        return error;
    const QString connection = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    error = openDatabase(admin, connection);
    if (error.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        const QString dbName = QStringLiteral("t_") + name.toLower();
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(dbName))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(dbName)))
            error = q.lastError().text();
        admin.database = dbName;
        *out = admin;
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace OrgConsole::Test
