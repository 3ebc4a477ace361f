// Keyset pages of organizations (OrgRepository::listAfter): the list of 100,000 organizations read
// a page at a time without OFFSET, so that each page costs the same on SQLite and PostgreSQL.
#include "services/storage/OrgRepository.h"
#include "services/storage/OrgRows.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QHash>

namespace OrgConsole {

using namespace Sql;

namespace {

QString keyColumn(OrgRepository::PageKey key)
{
    return key == OrgRepository::PageKey::Id ? QStringLiteral("id") : QStringLiteral("normalized_name");
}

QString keyOf(const Organization &o, OrgRepository::PageKey key)
{
    return key == OrgRepository::PageKey::Id ? o.id : o.normalizedName;
}

// The members of the organizations whose key lies in (after, last]: the page just read. Their user
// ids, or (without them) their count per organization, which the page's rows then take instead of
// a COUNT(*) subquery per row.
QString memberStatement(OrgRepository::PageKey key, bool withMemberIds)
{
    const QString select = withMemberIds ? QStringLiteral("SELECT m.organization_id, m.user_id")
                                         : QStringLiteral("SELECT m.organization_id, COUNT(*)");
    const QString range = key == OrgRepository::PageKey::Id
        ? QStringLiteral(" FROM members m WHERE m.organization_id > ? AND m.organization_id <= ?")
        : QStringLiteral(" FROM members m JOIN organizations o ON o.id = m.organization_id"
                         " WHERE o.normalized_name > ? AND o.normalized_name <= ?");
    const QString order = withMemberIds ? QStringLiteral(" ORDER BY m.organization_id, m.user_id")
                                        : QStringLiteral(" GROUP BY m.organization_id");
    return select + range + order;
}

// The list's columns (PageColumns::List): 17 of the 31 a whole row has, and two of its seven times.
const QString kListColumns = QStringLiteral(
    "id, name, normalized_name, status, owner_user_id, contact_email, key_name, max_budget, created_at, row_version, "
    "last_error, spend, key_blocked, budget_reset_at, owner_host, owner_pid, owner_started, 0");

Organization listRowToOrganization(const QSqlQuery &q, const QString &databaseId)
{
    Organization o;
    o.databaseId = databaseId;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.normalizedName = q.value(2).toString();
    o.status = orgStatusFromString(q.value(3).toString()).value_or(OrgStatus::Failed);
    o.ownerUserId = q.value(4).toString();
    o.contactEmail = q.value(5).toString();
    o.keyName = q.value(6).toString();
    if (!q.value(7).isNull())
        o.maxBudget = q.value(7).toDouble();
    o.createdAt = fromDbTime(q.value(8));
    o.rowVersion = q.value(9).toLongLong();
    o.lastError = q.value(10).toString();
    o.spend = q.value(11).toDouble();
    o.keyBlocked = q.value(12).toInt() != 0;
    o.budgetResetAt = fromDbTime(q.value(13));
    o.owner = OperationOwner {q.value(14).toString(), q.value(15).toLongLong(), q.value(16).toLongLong()};
    return o;
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
        if (whole.ok())
            o = std::move(*whole.value);
    }
}

Stored<QList<Organization>> OrgRepository::listAfter(PageKey key, const QString &after, int limit, bool withMemberIds,
                                                     PageColumns columns)
{
    const QString what = QCoreApplication::translate("OrgRepository", "listing organizations"); // OrgRepository.cpp's words
    // Read before the page: on PostgreSQL a forward-only query streams its rows, and another
    // statement run meanwhile on the connection (the identity's first read) would discard them.
    const QString databaseId = knownDatabaseId();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool listOnly = columns == PageColumns::List;
    q.prepare(QStringLiteral("SELECT %1 FROM organizations WHERE %2 > ? ORDER BY %2 LIMIT ?")
                  .arg(listOnly ? kListColumns : OrgRows::columnsCounting(QStringLiteral("0")), keyColumn(key)));
    q.addBindValue(text(after));
    q.addBindValue(limit);
    if (!q.exec())
        return dbError<QList<Organization>>(q, what, m_label);
    QList<Organization> page;
    page.reserve(limit);
    while (q.next())
        page.append(listOnly ? listRowToOrganization(q, databaseId) : OrgRows::rowToOrganization(q, databaseId));
    if (q.lastError().isValid()) // a row that could not be read ends the page early: an error, not a shorter list
        return dbError<QList<Organization>>(q, what, m_label);
    q.finish();
    if (listOnly)
        readOwnedWhole(page);
    if (page.isEmpty())
        return Stored<QList<Organization>>::success(std::move(page));

    QHash<QString, qsizetype> rowOf;
    rowOf.reserve(page.size());
    for (qsizetype i = 0; i < page.size(); ++i)
        rowOf.insert(page.at(i).id, i);
    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    m.prepare(memberStatement(key, withMemberIds));
    m.addBindValue(text(after));
    m.addBindValue(keyOf(page.constLast(), key));
    if (!m.exec())
        return dbError<QList<Organization>>(m, what, m_label);
    while (m.next()) {
        const auto row = rowOf.constFind(m.value(0).toString());
        if (row == rowOf.cend())
            continue;
        Organization &o = page[*row];
        if (withMemberIds) {
            o.memberUserIds.append(m.value(1).toString());
            o.memberCount = int(o.memberUserIds.size());
        } else {
            o.memberCount = m.value(1).toInt();
        }
    }
    if (m.lastError().isValid())
        return dbError<QList<Organization>>(m, what, m_label);
    return Stored<QList<Organization>>::success(std::move(page));
}

} // namespace OrgConsole
