#include "services/storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace OrgConsole {

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation loc;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            *error = QStringLiteral("\"%1\" is not a PostgreSQL URL of the form postgresql://user@host:port/database.")
                         .arg(url.toDisplayString(QUrl::RemovePassword));
            return loc;
        }
        loc.engine = Engine::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.password = url.password();
        loc.database = url.path().mid(1);
        return loc;
    }
    QString path = t;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = QUrl(path).toLocalFile();
    if (path.isEmpty()) {
        *error = QStringLiteral("No database file or URL was given.");
        return loc;
    }
    loc.engine = Engine::Sqlite;
    loc.sqlitePath = QFileInfo(path).absoluteFilePath();
    return loc;
}

QString DatabaseLocation::displayUrl() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite://") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString openDatabase(const DatabaseLocation &location, const QString &connectionName)
{
    QSqlDatabase db;
    if (location.engine == DatabaseLocation::Engine::Sqlite) {
        if (!QDir().mkpath(QFileInfo(location.sqlitePath).absolutePath()))
            return QStringLiteral("Cannot create the folder for the database %1.").arg(location.sqlitePath);
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        if (!location.password.isEmpty())
            db.setPassword(location.password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.isValid())
        return QStringLiteral("The Qt SQL driver for %1 is not installed.").arg(db.driverName());
    if (!db.open()) {
        const QString message = db.lastError().text();
        return QStringLiteral("Cannot open the database %1: %2").arg(location.displayUrl(), message);
    }
    if (location.engine == DatabaseLocation::Engine::Sqlite) {
        QSqlQuery q(db);
        // Another process may hold a lock while it creates the file: the mode change then reports
        // the old mode. Retry for a while (this runs off the GUI thread).
        bool wal = false;
        for (int attempt = 0; attempt < 100 && !wal; ++attempt) {
            wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
                && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            q.finish();
            if (!wal)
                QThread::msleep(50);
        }
        if (!wal)
            return QStringLiteral("The database %1 could not be switched to write-ahead logging (WAL); is it on a network drive?")
                .arg(location.sqlitePath);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")) || !q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next()
            || q.value(0).toInt() != 1)
            return QStringLiteral("Foreign keys could not be enabled on %1.").arg(location.sqlitePath);
        q.exec(QStringLiteral("PRAGMA busy_timeout=10000"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    return {};
}

bool isUniqueViolation(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("23505") // PostgreSQL unique_violation
        || error.nativeErrorCode() == QLatin1String("2067") // SQLITE_CONSTRAINT_UNIQUE
        || error.nativeErrorCode() == QLatin1String("1555") // SQLITE_CONSTRAINT_PRIMARYKEY
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"))
        || error.databaseText().contains(QLatin1String("duplicate key value"));
}

} // namespace OrgConsole
