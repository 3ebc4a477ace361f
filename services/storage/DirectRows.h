#pragma once

// Pages of organizations read on the connection's own handle (SQLite's sqlite3*, PostgreSQL's
// PGconn*, from QSqlDriver::handle()) instead of through Qt's driver, which makes a QVariant of
// every value of every row before one is read: two fifths of the reading thread's time for a list
// of 100,000 rows. Each row reader converts a value as Qt's driver would. Shared by the pages of
// `orgctl org list` (OrgListing.cpp) and of the console's list (OrgPages.cpp); storage only.
#include "services/storage/OrgRepository.h" // fromDbTime

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

#ifdef ORGCONSOLE_SQLITE_DIRECT
#include <sqlite3.h>
#endif
#ifdef ORGCONSOLE_PG_DIRECT
#include <libpq-fe.h>
#endif

namespace OrgConsole::DirectRows {

// A statement's parameters: the key the page starts after and its row limit.
struct PageParameters {
    QString after;
    int limit = 0;
};

#ifdef ORGCONSOLE_SQLITE_DIRECT
// A row of a statement run on the connection's sqlite3 handle (the SQLite library Qt's driver uses
// on Linux): the stored UTF-8 becomes the QString directly.
class SqliteRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_s(statement)
    {
    }
    QByteArrayView utf8(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_s, column));
        const QByteArrayView view(bytes, sqlite3_column_bytes(m_s, column));
        m_invalid = m_invalid || !view.isValidUtf8(); // Qt's driver reads such a row (SQLite converts it its way)
        return view;
    }
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }
    bool takeInvalid() const { return std::exchange(m_invalid, false); }
    bool isNull(int column) const { return sqlite3_column_type(m_s, column) == SQLITE_NULL; }
    QDateTime time(int column) const { return isNull(column) ? QDateTime() : fromDbTime(text(column)); }
    std::optional<double> optionalNumber(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(sqlite3_column_double(m_s, column));
    }
    double number(int column) const { return sqlite3_column_double(m_s, column); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_s, column); }

private:
    sqlite3_stmt *m_s;
    mutable bool m_invalid = false;
};

// Runs `sql` on the connection's sqlite3 handle, `row` for each row; with `p`, its two `?` are the
// page's key and limit. nullopt when it cannot run there (not SQLite, another SQLite library than
// Qt's driver's, a statement that does not prepare): Qt's driver then reads it, or says why not.
std::optional<QSqlError> readSqlite(QSqlDatabase &db, const QString &sql, const PageParameters *p,
                                    const std::function<void(const SqliteRow &)> &row);
#endif

#ifdef ORGCONSOLE_PG_DIRECT
// A row of a result read on the connection's PGconn: each value as the server sent it as text
// (UTF-8, the client encoding Qt's driver sets), converted as Qt's driver converts it.
class PgRow
{
public:
    explicit PgRow(const PGresult *result)
        : m_r(result)
    {
    }
    void setRow(int row) { m_row = row; }
    bool isNull(int column) const { return PQgetisnull(m_r, m_row, column) != 0; }
    QByteArrayView utf8(int column) const
    {
        return QByteArrayView(PQgetvalue(m_r, m_row, column), PQgetlength(m_r, m_row, column));
    }
    QString text(int column) const { return isNull(column) ? QString() : QString::fromUtf8(utf8(column)); }
    bool takeInvalid() const { return false; } // PostgreSQL keeps no text that is not UTF-8
    QDateTime time(int column) const { return isNull(column) ? QDateTime() : fromDbTime(text(column)); }
    std::optional<double> optionalNumber(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(number(column));
    }
    double number(int column) const;
    qint64 integer(int column) const { return utf8(column).toLongLong(); }

private:
    const PGresult *m_r;
    int m_row = 0;
};

// Runs `sql` on the connection's PGconn, `row` for each row; with `p`, its two `?` are the page's
// key and limit. nullopt when it cannot run there (not PostgreSQL, or a command of Qt's driver
// still under way).
std::optional<QSqlError> readPostgres(QSqlDatabase &db, const QString &sql, const PageParameters *p,
                                      const std::function<void(const PgRow &)> &row);
#endif

} // namespace OrgConsole::DirectRows
