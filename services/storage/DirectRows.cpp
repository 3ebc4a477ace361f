// Pages read on the connection's own handle (DirectRows.h).
#include "services/storage/DirectRows.h"

#include "services/storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace OrgConsole::DirectRows {

namespace {
#if defined(ORGCONSOLE_SQLITE_DIRECT) || defined(ORGCONSOLE_PG_DIRECT)
// An error read on the handle says what Qt's driver would have said, in the words of Qt's own
// catalog (qtbase_*.qm): these strings are Qt's, not ours, so they stay out of orgconsole_*.ts.
constexpr char kSqliteContext[] = "QSQLiteResult";
constexpr char kSqliteFetchFailed[] = "Unable to fetch row";
constexpr char kPostgresContext[] = "QPSQLResult";
constexpr char kPostgresQueryFailed[] = "Unable to create query";

QString qtDriverText(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}
#endif

#ifdef ORGCONSOLE_SQLITE_DIRECT
// Whether Qt's driver runs the SQLite library linked here, as Debian's Qt does (a Qt with a copy of
// its own built in would not): the source id its connection reports is this library's.
bool driverRunsThisSqlite(QSqlDatabase &db)
{
    static const bool same = [&db] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
            && q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    }();
    return same;
}

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    if (isPostgres(db))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !driverRunsThisSqlite(db))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

struct FinalizeStatement {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
#endif

#ifdef ORGCONSOLE_PG_DIRECT
struct ClearResult {
    void operator()(PGresult *r) const { PQclear(r); }
};

QSqlError postgresError(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    return QSqlError(qtDriverText(kPostgresContext, kPostgresQueryFailed), QString::fromUtf8(message).trimmed(),
                     PQstatus(connection) == CONNECTION_BAD ? QSqlError::ConnectionError : QSqlError::StatementError,
                     QString::fromLatin1(state ? state : ""));
}

PGconn *postgresHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type by its struct: "pg_conn*" (its documentation says "PGconn*").
    const char *type = handle.typeName();
    if (!isPostgres(db) || !type || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection && PQtransactionStatus(connection) != PQTRANS_ACTIVE ? connection : nullptr;
}

// The page's `?` placeholders as PostgreSQL's own ($1, $2).
QByteArray numberedPlaceholders(const QString &sql)
{
    QByteArray out = sql.toUtf8();
    int n = 0;
    for (qsizetype at = out.indexOf('?'); at >= 0; at = out.indexOf('?', at)) {
        const QByteArray numbered = '$' + QByteArray::number(++n);
        out.replace(at, 1, numbered);
        at += numbered.size();
    }
    return out;
}
#endif
} // namespace

#ifdef ORGCONSOLE_SQLITE_DIRECT
std::optional<QSqlError> readSqlite(QSqlDatabase &db, const QString &sql, const PageParameters *p,
                                    const std::function<void(const SqliteRow &)> &row)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return std::nullopt;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    const int prepareCode = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &prepared, nullptr);
    const std::unique_ptr<sqlite3_stmt, FinalizeStatement> statement(prepared);
    if (prepareCode != SQLITE_OK)
        return std::nullopt;
    if (p) {
        const QByteArray key = p->after.toUtf8();
        sqlite3_bind_text(prepared, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(prepared, 2, p->limit);
    }
    const SqliteRow reader(prepared);
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(prepared)) == SQLITE_ROW)
        row(reader);
    if (code == SQLITE_DONE)
        return QSqlError();
    return QSqlError(qtDriverText(kSqliteContext, kSqliteFetchFailed), QString::fromUtf8(sqlite3_errmsg(handle)),
                     QSqlError::StatementError, QString::number(code));
}
#endif

#ifdef ORGCONSOLE_PG_DIRECT
double PgRow::number(int column) const
{
    const QByteArrayView v = utf8(column);
    if (v == "Infinity")
        return qInf();
    if (v == "-Infinity")
        return -qInf();
    if (v == "NaN")
        return qQNaN();
    return v.toDouble();
}

std::optional<QSqlError> readPostgres(QSqlDatabase &db, const QString &sql, const PageParameters *p,
                                      const std::function<void(const PgRow &)> &row)
{
    PGconn *connection = postgresHandle(db);
    if (!connection)
        return std::nullopt;
    const QByteArray statement = numberedPlaceholders(sql);
    const QByteArray key = p ? p->after.toUtf8() : QByteArray();
    const QByteArray count = p ? QByteArray::number(p->limit) : QByteArray();
    const char *values[] = {key.constData(), count.constData()};
    const std::unique_ptr<PGresult, ClearResult> result(
        PQexecParams(connection, statement.constData(), p ? 2 : 0, nullptr, p ? values : nullptr, nullptr, nullptr, 0));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return postgresError(connection, result.get());
    PgRow reader(result.get());
    const int rows = PQntuples(result.get());
    for (int i = 0; i < rows; ++i) {
        reader.setRow(i);
        row(reader);
    }
    return QSqlError();
}
#endif

} // namespace OrgConsole::DirectRows
