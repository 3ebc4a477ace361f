#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace OrgConsole {

// Where the organizations live: a SQLite file (default) or a PostgreSQL URL.
struct DatabaseLocation {
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password; // from the keychain; empty = libpq looks at PGPASSFILE / ~/.pgpass
    QString database;
    // libpq connection parameters from the URL's query (sslmode, sslrootcert, sslcert, sslkey,
    // target_session_attrs, ...), passed on as they are; sslmode defaults to `prefer` unless the
    // URL or PGSSLMODE says otherwise.
    QList<QPair<QString, QString>> options;
    // SQLite: how long a statement waits for another program's lock before it gives up.
    int busyTimeoutMs = 10000;

    // "postgresql://user@host:port/db", "sqlite:///path/file.db" or a plain file path.
    static DatabaseLocation parse(const QString &url, QString *error);
    QString displayUrl() const; // never includes the password
};

// Opens a named connection in the calling thread and applies the engine's settings
// (SQLite: WAL checked after enabling, foreign keys on, busy timeout). Empty error on success.
// `warning` (optional) says when a PostgreSQL connection to another host is not encrypted.
QString openDatabase(const DatabaseLocation &location, const QString &connectionName, QString *warning = nullptr);

// The libpq parameters a database URL may carry.
bool isKnownLibpqOption(const QString &name);

bool isUniqueViolation(const QSqlError &error);

// Whether the connection is to PostgreSQL (the only other engine is SQLite).
bool isPostgres(const QSqlDatabase &db);

// The database a connection is on, for a person: the SQLite file's path, or
// postgresql://user@host:port/db (never a password).
QString databaseLabel(const QSqlDatabase &db);

// What went wrong, as a sentence that names the database and says what to do: another program
// holding a lock beyond the busy timeout, a read-only file, a server that cannot be reached or went
// away, or else the driver's own words. `what` is the step, e.g. "reserving the organization".
QString describeSqlError(const QSqlError &error, const QString &database, const QString &what);

} // namespace OrgConsole
