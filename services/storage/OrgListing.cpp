// The rows `orgctl org list` prints (OrgRepository::listPrintedAfter): keyset pages in name order
// that read only the printed columns. Decoding a column costs as much as reading it; the other
// eleven (owner details, row version, update times, the member count) are never shown there.
#include "services/storage/Database.h"
#include "services/storage/DirectRows.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/OrgRows.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>

#include <utility>

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

template<typename R> Organization printedRow(const R &r, const QString &databaseId)
{
    Organization o = OrgRows::leadingColumns(r, databaseId);
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
// The page read on the connection's sqlite3 handle; nullopt when it is not read so.
std::optional<QSqlError> readPageDirectly(QSqlDatabase &db, const QString &after, int limit, const QString &databaseId,
                                          QList<Organization> &page, NotUtf8 &notUtf8)
{
    const DirectRows::PageParameters p {after, limit};
    return DirectRows::readSqlite(db, QStringLiteral("SELECT ") + selectList(false) + QStringLiteral(", rowid") + kPageOrder, &p,
                                  [&](const DirectRows::SqliteRow &row) {
                                      page.append(printedRow(row, databaseId));
                                      if (row.takeInvalid())
                                          notUtf8.append({page.size() - 1, row.integer(kRowidColumn)});
                                  });
}
#endif

#ifdef ORGCONSOLE_PG_DIRECT
// The page read on the connection's PGconn; nullopt when it is not read so.
std::optional<QSqlError> readPostgresPageDirectly(QSqlDatabase &db, const QString &after, int limit, const QString &databaseId,
                                                  QList<Organization> &page)
{
    const DirectRows::PageParameters p {after, limit};
    return DirectRows::readPostgres(db, QStringLiteral("SELECT ") + selectList(false) + kPageOrder, &p,
                                    [&](const DirectRows::PgRow &row) { page.append(printedRow(row, databaseId)); });
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
