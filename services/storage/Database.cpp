#include "services/storage/Database.h"

#include "models/SafeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace OrgConsole {

bool isKnownLibpqOption(const QString &name)
{
    static const QStringList known {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"),
        QStringLiteral("sslcompression"),
        QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("requiressl"),
        QStringLiteral("gssencmode"),
        QStringLiteral("channel_binding"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"),
        QStringLiteral("hostaddr"),
        QStringLiteral("options"),
    };
    return known.contains(name);
}

namespace {
// libpq conninfo quoting: single quotes, with backslash and quote escaped. Qt's driver joins the
// options with spaces after turning ';' into ' ', so a ';' inside a value cannot be passed.
QString conninfoValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    v.replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

bool parseOptions(const QUrlQuery &query, QList<QPair<QString, QString>> *options, QString *error)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString name = item.first.trimmed().toLower();
        if (!isKnownLibpqOption(name)) {
            *error = QCoreApplication::translate(
                         "Database",
                         "The database URL has the parameter \"%1\", which is not a PostgreSQL connection parameter "
                         "OrgConsole passes on (sslmode, sslrootcert, sslcert, sslkey, target_session_attrs, ...).")
                         .arg(printable(item.first, 60));
            return false;
        }
        if (item.second.contains(QLatin1Char(';')) || hasUnsafeCharacters(item.second)) {
            *error = QCoreApplication::translate("Database",
                                                 "The database URL parameter %1 has a value with a ';' or a control character.")
                         .arg(name);
            return false;
        }
        options->append({name, item.second});
    }
    return true;
}

QString connectOptions(const DatabaseLocation &location)
{
    QStringList parts {QStringLiteral("connect_timeout=10")};
    bool sslmodeGiven = !qEnvironmentVariable("PGSSLMODE").isEmpty();
    for (const auto &o : location.options) {
        if (o.first == QLatin1String("connect_timeout"))
            parts.removeFirst();
        sslmodeGiven |= o.first == QLatin1String("sslmode") || o.first == QLatin1String("requiressl");
        parts.append(o.first + QLatin1Char('=') + conninfoValue(o.second));
    }
    if (!sslmodeGiven)
        parts.append(QStringLiteral("sslmode=prefer"));
    return parts.join(QLatin1Char(';'));
}

bool isLocalHost(const QString &host)
{
    const QHostAddress address(host);
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
        || (!address.isNull() && address.isLoopback());
}

// What the server says about this very connection; empty when it is encrypted or local.
QString encryptionWarning(QSqlDatabase &db, const DatabaseLocation &location)
{
    if (isLocalHost(location.host))
        return {};
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next() && q.value(0).toBool())
        return {};
    return QCoreApplication::translate(
               "Database",
               "The connection to the PostgreSQL server %1 is not encrypted: passwords and customer data cross the "
               "network in clear text. Add ?sslmode=require (or verify-full with sslrootcert) to the database URL.")
        .arg(location.host);
}
} // namespace

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation loc;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            *error = QCoreApplication::translate(
                         "Database", "\"%1\" is not a PostgreSQL URL of the form postgresql://user@host:port/database.")
                         .arg(url.toDisplayString(QUrl::RemovePassword));
            return loc;
        }
        loc.engine = Engine::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.password = url.password();
        loc.database = url.path().mid(1);
        if (!parseOptions(QUrlQuery(url), &loc.options, error))
            return DatabaseLocation {};
        return loc;
    }
    QString path = t;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = QUrl(path).toLocalFile();
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("Database", "No database file or URL was given.");
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
    QStringList query;
    for (const auto &o : options)
        query.append(o.first + QLatin1Char('=') + o.second);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database)
        + (query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&')));
}

QString openDatabase(const DatabaseLocation &location, const QString &connectionName, QString *warning)
{
    QSqlDatabase db;
    if (location.engine == DatabaseLocation::Engine::Sqlite) {
        if (!QDir().mkpath(QFileInfo(location.sqlitePath).absolutePath()))
            return QCoreApplication::translate("Database", "Cannot create the folder for the database %1.")
                .arg(location.sqlitePath);
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(location.busyTimeoutMs));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        if (!location.password.isEmpty())
            db.setPassword(location.password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(connectOptions(location));
    }
    if (!db.isValid())
        return QCoreApplication::translate("Database", "The Qt SQL driver for %1 is not installed.").arg(db.driverName());
    if (!db.open()) {
        const QString message = db.lastError().text();
        return QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(location.displayUrl(), message);
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
            return QCoreApplication::translate(
                       "Database",
                       "The database %1 could not be switched to write-ahead logging (WAL); is it on a network drive?")
                .arg(location.sqlitePath);
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")) || !q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next()
            || q.value(0).toInt() != 1)
            return QCoreApplication::translate("Database", "Foreign keys could not be enabled on %1.").arg(location.sqlitePath);
        q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(location.busyTimeoutMs));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    } else if (warning) {
        *warning = encryptionWarning(db, location);
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

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString databaseLabel(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return db.databaseName();
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(db.userName(), db.hostName()).arg(db.port()).arg(db.databaseName());
}

namespace {
enum class SqlTrouble { Busy, ReadOnly, Unreachable, Other };

SqlTrouble classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: a number (extended result codes) whose low byte is the primary code. PostgreSQL's
    // SQLSTATE always has five characters.
    bool numeric = false;
    const int sqlite = code.size() <= 4 ? code.toInt(&numeric) & 0xff : 0;
    if (numeric && (sqlite == 5 || sqlite == 6)) // SQLITE_BUSY, SQLITE_LOCKED
        return SqlTrouble::Busy;
    if (numeric && sqlite == 8) // SQLITE_READONLY
        return SqlTrouble::ReadOnly;
    if (numeric)
        return SqlTrouble::Other; // QtSql calls every failed SQLite step a "connection error"
    // PostgreSQL: SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shuts down,
    // crashed, or is starting); a connection libpq found closed, or could not open, has none.
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0"))
        || error.type() == QSqlError::ConnectionError)
        return SqlTrouble::Unreachable;
    return SqlTrouble::Other;
}
} // namespace

QString describeSqlError(const QSqlError &error, const QString &database, const QString &what)
{
    const QString cause = printable(error.text().simplified(), 300);
    switch (classify(error)) {
    case SqlTrouble::Busy:
        return QCoreApplication::translate(
                   "Database",
                   "The database %1 is locked by another program, which did not let go in time, so %2 failed. "
                   "Try again once the other program is done (%3).")
            .arg(database, what, cause);
    case SqlTrouble::ReadOnly:
        return QCoreApplication::translate(
                   "Database",
                   "The database %1 is read-only, so %2 failed: check the permissions of the file and of its "
                   "folder (%3).")
            .arg(database, what, cause);
    case SqlTrouble::Unreachable:
        return QCoreApplication::translate(
                   "Database",
                   "The database %1 cannot be reached, so %2 failed: %3. OrgConsole connects again at the next "
                   "action.")
            .arg(database, what, cause);
    case SqlTrouble::Other:
        break;
    }
    return QCoreApplication::translate("Database", "Database error in %1 while %2: %3").arg(database, what, cause);
}

} // namespace OrgConsole
