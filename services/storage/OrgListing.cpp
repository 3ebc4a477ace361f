// The rows `orgctl org list` prints (OrgRepository::listPrintedAfter): keyset pages in name order
// that read only the printed columns. Decoding a column costs as much as reading it; the other
// eleven (owner details, row version, update times, the member count) are never shown there.
#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <memory>
#include <utility>

#ifdef ORGCONSOLE_SQLITE_DIRECT
#include <sqlite3.h>
#endif
#ifdef ORGCONSOLE_PG_DIRECT
#include <libpq-fe.h>
#endif

namespace OrgConsole {

using namespace Sql;

namespace {

// The printed columns in the order printedRow() reads them; the text ones first.
const QStringList kTextColumns = {QStringLiteral("id"),
                                  QStringLiteral("name"),
                                  QStringLiteral("normalized_name"),
                                  QStringLiteral("status"),
                                  QStringLiteral("owner_user_id"),
                                  QStringLiteral("contact_name"),
                                  QStringLiteral("contact_email"),
                                  QStringLiteral("team_id"),
                                  QStringLiteral("key_alias"),
                                  QStringLiteral("key_hash"),
                                  QStringLiteral("key_name"),
                                  QStringLiteral("budget_duration"),
                                  QStringLiteral("models"),
                                  QStringLiteral("created_at"),
                                  QStringLiteral("created_by"),
                                  QStringLiteral("last_error"),
                                  QStringLiteral("budget_reset_at")};
const QString kOtherColumns = QStringLiteral("max_budget, spend, key_blocked");

// SQLite hands text to QtSql as UTF-16, converting each value a character at a time (a sixth of
// the listing's time); as a blob it hands over the stored UTF-8 bytes, which QString::fromUtf8
// reads many times faster, and the rowid after them for a row to be read again as text.
// PostgreSQL sends text as it is.
QString selectList(bool utf8Blobs)
{
    QStringList columns;
    for (const QString &c : kTextColumns)
        columns.append(utf8Blobs ? QStringLiteral("CAST(%1 AS BLOB)").arg(c) : c);
    return columns.join(QStringLiteral(", ")) + QStringLiteral(", ") + kOtherColumns
        + (utf8Blobs ? QStringLiteral(", rowid") : QString());
}
const int kRowidColumn = 20;

class Row
{
public:
    Row(const QSqlQuery &q, bool utf8Blobs)
        : m_q(q)
        , m_utf8(utf8Blobs)
    {
    }
    QString text(int column) const
    {
        const QVariant v = m_q.value(column);
        if (!m_utf8)
            return v.toString();
        const QByteArray bytes = v.toByteArray();
        // Not UTF-8 (another program wrote it): SQLite's own conversion decides what it reads as.
        m_invalid = m_invalid || !bytes.isValidUtf8();
        return QString::fromUtf8(bytes);
    }
    bool takeInvalid() const { return std::exchange(m_invalid, false); }
    QDateTime time(int column) const
    {
        const QVariant v = m_q.value(column);
        return v.isNull() ? QDateTime() : fromDbTime(text(column));
    }
    std::optional<double> optionalNumber(int column) const { return optionalDouble(m_q.value(column)); }
    double number(int column) const { return m_q.value(column).toDouble(); }
    qint64 integer(int column) const { return m_q.value(column).toLongLong(); }

private:
    const QSqlQuery &m_q;
    bool m_utf8;
    mutable bool m_invalid = false;
};

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
// A row of a statement run on the connection's own sqlite3 handle (the same SQLite library Qt's
// driver uses on Linux): the driver turns every value of a row into a QVariant, a blob into a
// QByteArray besides, before one is read; here the stored UTF-8 becomes the QString directly.
// That turn was two fifths of the reading thread's time in `orgctl org list` (perf).
class SqliteRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_s(statement)
    {
    }
    QString text(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_s, column));
        const QByteArrayView utf8(bytes, sqlite3_column_bytes(m_s, column));
        m_invalid = m_invalid || !utf8.isValidUtf8(); // read again by Qt's driver, as Row does
        return QString::fromUtf8(utf8);
    }
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
#endif

#ifdef ORGCONSOLE_PG_DIRECT
// A row of a page's result read on the connection's PGconn: each value as the server sent it as
// text (UTF-8, the client encoding Qt's driver sets), converted as Qt's driver converts it, without
// a QVariant for each (the reading thread's largest cost in `orgctl org list` on PostgreSQL too).
class PgRow
{
public:
    explicit PgRow(const PGresult *result)
        : m_r(result)
    {
    }
    void setRow(int row) { m_row = row; }
    bool isNull(int column) const { return PQgetisnull(m_r, m_row, column) != 0; }
    QString text(int column) const { return isNull(column) ? QString() : QString::fromUtf8(bytes(column)); }
    bool takeInvalid() const { return false; } // PostgreSQL keeps no text that is not UTF-8
    QDateTime time(int column) const { return isNull(column) ? QDateTime() : fromDbTime(text(column)); }
    std::optional<double> optionalNumber(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(number(column));
    }
    double number(int column) const
    {
        const QByteArrayView v = bytes(column);
        if (v == "Infinity")
            return qInf();
        if (v == "-Infinity")
            return -qInf();
        if (v == "NaN")
            return qQNaN();
        return v.toDouble();
    }
    qint64 integer(int column) const { return bytes(column).toLongLong(); }

private:
    QByteArrayView bytes(int column) const
    {
        return QByteArrayView(PQgetvalue(m_r, m_row, column), PQgetlength(m_r, m_row, column));
    }
    const PGresult *m_r;
    int m_row = 0;
};
#endif

template<typename R> Organization printedRow(const R &r, const QString &databaseId)
{
    Organization o;
    o.databaseId = databaseId;
    o.id = r.text(0);
    o.name = r.text(1);
    o.normalizedName = r.text(2);
    o.status = orgStatusFromString(r.text(3)).value_or(OrgStatus::Failed);
    o.ownerUserId = r.text(4);
    o.contactName = r.text(5);
    o.contactEmail = r.text(6);
    o.teamId = r.text(7);
    o.keyAlias = r.text(8);
    o.keyHash = r.text(9);
    o.keyName = r.text(10);
    o.budgetDuration = r.text(11);
    o.models = r.text(12).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.createdAt = r.time(13);
    o.createdBy = r.text(14);
    o.lastError = r.text(15);
    o.budgetResetAt = r.time(16);
    o.maxBudget = r.optionalNumber(17);
    o.spend = r.number(18);
    o.keyBlocked = r.integer(19) != 0;
    return o;
}

// Rows of a page (by index) whose text was not valid UTF-8, with their rowids.
using NotUtf8 = QList<std::pair<qsizetype, qint64>>;

// The rows of `page` (by index) whose text was not valid UTF-8, read again by rowid as text.
QSqlError rereadAsText(QSqlDatabase &db, const NotUtf8 &rows, QList<Organization> &page)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM organizations WHERE rowid = ?").arg(selectList(false))))
        return q.lastError();
    for (const auto &[index, rowid] : rows) {
        q.addBindValue(rowid);
        if (!q.exec())
            return q.lastError();
        if (q.next())
            page[index] = printedRow(Row(q, false), page.at(index).databaseId);
    }
    return {};
}

const QString kPageOrder = QStringLiteral(" FROM organizations WHERE normalized_name > ? ORDER BY normalized_name LIMIT ?");

// The page through Qt's driver.
QSqlError readPage(QSqlDatabase &db, const QString &after, int limit, const QString &databaseId, QList<Organization> &page,
                   NotUtf8 &notUtf8)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool sqlite = !isPostgres(db);
    q.prepare(QStringLiteral("SELECT ") + selectList(sqlite) + kPageOrder);
    q.addBindValue(text(after));
    q.addBindValue(limit);
    if (!q.exec())
        return q.lastError();
    const Row row(q, sqlite);
    while (q.next()) {
        page.append(printedRow(row, databaseId));
        if (row.takeInvalid())
            notUtf8.append({page.size() - 1, q.value(kRowidColumn).toLongLong()});
    }
    return q.lastError(); // a row that could not be read ends the page early: an error, not a shorter list
}

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

// The page read on the connection's sqlite3 handle (SqliteRow); nullopt when it is not read so
// (no SQLite handle, or a statement that does not prepare: Qt's driver then reads it, or says why).
std::optional<QSqlError> readPageDirectly(QSqlDatabase &db, const QString &after, int limit, const QString &databaseId,
                                          QList<Organization> &page, NotUtf8 &notUtf8)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return std::nullopt;
    const QByteArray sql = (QStringLiteral("SELECT ") + selectList(false) + QStringLiteral(", rowid") + kPageOrder).toUtf8();
    sqlite3_stmt *prepared = nullptr;
    const int prepareCode = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr);
    const std::unique_ptr<sqlite3_stmt, FinalizeStatement> statement(prepared);
    if (prepareCode != SQLITE_OK)
        return std::nullopt;
    const QByteArray key = after.toUtf8();
    sqlite3_bind_text(prepared, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(prepared, 2, limit);
    const SqliteRow row(prepared);
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(prepared)) == SQLITE_ROW) {
        page.append(printedRow(row, databaseId));
        if (row.takeInvalid())
            notUtf8.append({page.size() - 1, sqlite3_column_int64(prepared, kRowidColumn)});
    }
    if (code == SQLITE_DONE)
        return QSqlError();
    return QSqlError(qtDriverText(kSqliteContext, kSqliteFetchFailed), QString::fromUtf8(sqlite3_errmsg(handle)),
                     QSqlError::StatementError, QString::number(code));
}
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

// The page read on the connection's PGconn (PgRow); nullopt when it is not read so (not
// PostgreSQL, or a command of Qt's driver still under way: Qt's driver then reads it).
std::optional<QSqlError> readPostgresPageDirectly(QSqlDatabase &db, const QString &after, int limit, const QString &databaseId,
                                                  QList<Organization> &page)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type by its struct: "pg_conn*" (its documentation says "PGconn*").
    const char *type = handle.typeName();
    if (!isPostgres(db) || !type || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return std::nullopt;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQtransactionStatus(connection) == PQTRANS_ACTIVE)
        return std::nullopt;
    const QByteArray sql = (QStringLiteral("SELECT ") + selectList(false)
                            + QStringLiteral(" FROM organizations WHERE normalized_name > $1 ORDER BY normalized_name LIMIT $2"))
                               .toUtf8();
    const QByteArray key = after.toUtf8();
    const QByteArray count = QByteArray::number(limit);
    const char *values[] = {key.constData(), count.constData()};
    const std::unique_ptr<PGresult, ClearResult> result(
        PQexecParams(connection, sql.constData(), 2, nullptr, values, nullptr, nullptr, 0));
    if (!result || PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return postgresError(connection, result.get());
    PgRow row(result.get());
    const int rows = PQntuples(result.get());
    for (int i = 0; i < rows; ++i) {
        row.setRow(i);
        page.append(printedRow(row, databaseId));
    }
    return QSqlError();
}
#endif

} // namespace

Stored<QList<Organization>> OrgRepository::listPrintedAfter(const QString &afterNormalizedName, int limit, QString *lastKey)
{
    const QString what = QCoreApplication::translate("OrgRepository", "listing organizations"); // OrgRepository.cpp's words
    const QString databaseId = knownDatabaseId(); // before the query: see listAfter()
    QList<Organization> page;
    page.reserve(limit);
    NotUtf8 notUtf8;
    std::optional<QSqlError> error;
#ifdef ORGCONSOLE_SQLITE_DIRECT
    error = readPageDirectly(m_db, afterNormalizedName, limit, databaseId, page, notUtf8);
#endif
#ifdef ORGCONSOLE_PG_DIRECT
    if (!error)
        error = readPostgresPageDirectly(m_db, afterNormalizedName, limit, databaseId, page);
#endif
    if (!error)
        error = readPage(m_db, afterNormalizedName, limit, databaseId, page, notUtf8);
    if (!error->isValid() && !notUtf8.isEmpty())
        error = rereadAsText(m_db, notUtf8, page);
    if (error->isValid())
        return Stored<QList<Organization>>::failure(StorageError::Kind::Database, describeSqlError(*error, m_label, what));
    if (lastKey && !page.isEmpty())
        *lastKey = page.constLast().normalizedName;
    return Stored<QList<Organization>>::success(std::move(page));
}

} // namespace OrgConsole
