// Keyset pages of organizations (OrgRepository::listAfter): the list of 100,000 organizations read
// a page at a time without OFFSET, so that each page costs the same on SQLite and PostgreSQL.
#include "services/storage/Database.h"
#include "services/storage/DirectRows.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/OrgRows.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace OrgConsole {

using namespace Sql;

namespace {

QString keyColumn(OrgRepository::PageKey key)
{
    return key == OrgRepository::PageKey::NormalizedName ? QStringLiteral("normalized_name") : QStringLiteral("id");
}

// The count and (`withIds`) the user ids of the row's members, from the ids the database keeps
// with it (schema version 10).
void setMembers(Organization &o, QByteArray joined, bool withIds)
{
    o.memberCount = joined.isEmpty() ? 0 : int(joined.count(char(Organization::kMemberIdSeparator.unicode()))) + 1;
    if (withIds)
        o.memberIdsUtf8 = std::move(joined);
}

// The list's columns of a row read on the connection's own handle, then the member ids.
template<typename R> Organization listRow(const R &r, const QString &databaseId, bool withIds)
{
    Organization o = OrgRows::listColumnsOf(r, databaseId);
    setMembers(o, r.utf8(17).toByteArray(), withIds);
    return o;
}

// Rows read on the connection's own handle (DirectRows), each made by `convert`; nullopt when they
// are not read so (then Qt's driver reads them): no handle to read on, or (SQLite) a row whose text
// is not UTF-8, which the driver converts its own way.
template<typename Convert>
std::optional<QSqlError> readDirectly(QSqlDatabase &db, const QString &sql, const DirectRows::PageParameters *p,
                                      QList<Organization> &out, Convert convert)
{
    std::optional<QSqlError> error;
#ifdef ORGCONSOLE_SQLITE_DIRECT
    bool invalid = false;
    error = DirectRows::readSqlite(db, sql, p, [&](const DirectRows::SqliteRow &row) {
        out.append(convert(row));
        invalid = row.takeInvalid() || invalid;
    });
    if (invalid) {
        out.clear();
        return std::nullopt;
    }
#endif
#ifdef ORGCONSOLE_PG_DIRECT
    if (!error)
        error = DirectRows::readPostgres(db, sql, p, [&](const DirectRows::PgRow &row) { out.append(convert(row)); });
#endif
    if (error && error->isValid())
        out.clear();
    return error;
}

} // namespace

// A page's rows with an operation under way, read whole (what the list shows of them is who does
// it, where and since when); one not found any more stays as the page read it.
void OrgRepository::readOwnedWhole(QList<Organization> &page)
{
    for (Organization &o : page) {
        if (o.owner.isEmpty())
            continue;
        Stored<Organization> whole = findById(o.id);
        if (!whole.ok())
            continue;
        QByteArray memberIds = std::move(o.memberIdsUtf8); // read with the page, not by findById
        o = std::move(*whole.value);
        o.memberIdsUtf8 = std::move(memberIds);
    }
}

Stored<QList<Organization>> OrgRepository::listAfter(PageKey key, const QString &after, int limit, bool withMemberIds,
                                                     PageColumns columns, QString *lastKey)
{
    const QString what = QCoreApplication::translate("OrgRepository", "listing organizations"); // OrgRepository.cpp's words
    // Read before the page, not while its rows are read: on PostgreSQL another statement run on the
    // connection meanwhile (the identity's first read) would discard a streamed result's rows.
    const QString databaseId = knownDatabaseId();
    const bool pg = isPostgres(m_db);
    const QString column = keyColumn(key);
    QSqlQuery q(m_db);
    // SQLite steps through the rows as they are read. PostgreSQL's driver reads a forward-only
    // query a row at a time (libpq's single-row mode: a result of its own for each row, a fifth of
    // the worker's time at 100,000 rows); a page, at most a few thousand rows, comes whole instead.
    q.setForwardOnly(!pg);
    const bool listOnly = columns == PageColumns::List;
    QList<Organization> page;
    page.reserve(limit);
    if (listOnly) {
        const QString sql = QStringLiteral("SELECT %1, member_ids FROM organizations WHERE %2 > ? ORDER BY %2 LIMIT ?")
                                .arg(OrgRows::kListColumns, column);
        const DirectRows::PageParameters p {after, limit};
        const auto convert = [&](const auto &row) { return listRow(row, databaseId, withMemberIds); };
        if (const std::optional<QSqlError> error = readDirectly(m_db, sql, &p, page, convert)) {
            if (error->isValid())
                return Stored<QList<Organization>>::failure(StorageError::Kind::Database,
                                                            describeSqlError(*error, m_label, what));
            return listed(page, key, true, lastKey);
        }
    }
    // The member ids last: on SQLite as the bytes it stores (UTF-8), not converted to UTF-16 for Qt.
    q.prepare(QStringLiteral("SELECT %1, %3 FROM organizations WHERE %2 > ? ORDER BY %2 LIMIT ?")
                  .arg(listOnly ? OrgRows::kListColumns : OrgRows::columnsCounting(QStringLiteral("0")), column,
                       pg ? QStringLiteral("member_ids") : QStringLiteral("CAST(member_ids AS BLOB)")));
    q.addBindValue(text(after));
    q.addBindValue(limit);
    if (!q.exec())
        return dbError<QList<Organization>>(q, what, m_label);
    const int idsAt = q.record().count() - 1;
    while (q.next()) {
        page.append(listOnly ? OrgRows::readListColumns(q, databaseId) : OrgRows::rowToOrganization(q, databaseId));
        const QVariant ids = q.value(idsAt);
        setMembers(page.last(), pg ? ids.toString().toUtf8() : ids.toByteArray(), withMemberIds);
    }
    if (q.lastError().isValid()) // a row that could not be read ends the page early: an error, not a shorter list
        return dbError<QList<Organization>>(q, what, m_label);
    q.finish();
    return listed(page, key, listOnly, lastKey);
}

// The whole rows listAll() selects read on the connection's own handle (Qt's driver reads such a
// query a row at a time on PostgreSQL); nullopt when they are not read so (no handle, or on SQLite
// a row whose text is not UTF-8).
std::optional<QSqlError> OrgRepository::readAllDirectly(const QString &sql, const QString &databaseId, QList<Organization> &all)
{
    return readDirectly(m_db, sql, nullptr, all, [&](const auto &row) { return OrgRows::wholeRowOf(row, databaseId); });
}

// A page read: (the list's columns only) its rows with an operation under way read whole, and its
// last key.
Stored<QList<Organization>> OrgRepository::listed(QList<Organization> &page, PageKey key, bool listOnly, QString *lastKey)
{
    if (listOnly)
        readOwnedWhole(page);
    if (lastKey && !page.isEmpty())
        *lastKey = key == PageKey::NormalizedName ? page.constLast().normalizedName : page.constLast().id;
    return Stored<QList<Organization>>::success(std::move(page));
}

} // namespace OrgConsole
