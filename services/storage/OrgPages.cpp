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

} // namespace

Stored<QList<Organization>> OrgRepository::listAfter(PageKey key, const QString &after, int limit, bool withMemberIds)
{
    const QString what = QCoreApplication::translate("OrgRepository", "listing organizations"); // OrgRepository.cpp's words
    // Read before the page: on PostgreSQL a forward-only query streams its rows, and another
    // statement run meanwhile on the connection (the identity's first read) would discard them.
    const QString databaseId = knownDatabaseId();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM organizations WHERE %2 > ? ORDER BY %2 LIMIT ?")
                  .arg(OrgRows::columnsCounting(QStringLiteral("0")), keyColumn(key)));
    q.addBindValue(text(after));
    q.addBindValue(limit);
    if (!q.exec())
        return dbError<QList<Organization>>(q, what, m_label);
    QList<Organization> page;
    page.reserve(limit);
    while (q.next())
        page.append(OrgRows::rowToOrganization(q, databaseId));
    q.finish();
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
    return Stored<QList<Organization>>::success(std::move(page));
}

} // namespace OrgConsole
