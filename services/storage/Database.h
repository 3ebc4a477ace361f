#pragma once

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

    // "postgresql://user@host:port/db", "sqlite:///path/file.db" or a plain file path.
    static DatabaseLocation parse(const QString &url, QString *error);
    QString displayUrl() const; // never includes the password
};

// Opens a named connection in the calling thread and applies the engine's settings
// (SQLite: WAL checked after enabling, foreign keys on, busy timeout). Empty error on success.
QString openDatabase(const DatabaseLocation &location, const QString &connectionName);

bool isUniqueViolation(const QSqlError &error);

} // namespace OrgConsole
