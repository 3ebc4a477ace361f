#include "tests/support/TestDatabase.h"

#include <QFile>
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

QString zeroSqlitePageHolding(const QString &path, const QByteArray &marker)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return file.errorString();
    QByteArray bytes = file.readAll();
    if (bytes.size() < 100 || !bytes.startsWith("SQLite format 3"))
        return QStringLiteral("not a SQLite file: ") + path;
    // Bytes 16-17 of the header: the page size, big-endian; 1 stands for 65536.
    const int stored = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    const qsizetype page = stored == 1 ? 65536 : stored;
    const qsizetype at = bytes.indexOf(marker);
    if (at < 0)
        return QStringLiteral("the marker is not in the file");
    if (bytes.indexOf(marker, at + 1) >= 0)
        return QStringLiteral("the marker stands more than once in the file");
    bytes.replace(at / page * page, page, QByteArray(page, '\0'));
    if (!file.seek(0) || file.write(bytes) != bytes.size())
        return file.errorString();
    return {};
}

} // namespace OrgConsole::Test
