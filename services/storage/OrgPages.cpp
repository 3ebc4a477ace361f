// Keyset pages of organizations (OrgRepository::listAfter): the list of 100,000 organizations read
// a page at a time without OFFSET, so that each page costs the same on SQLite and PostgreSQL.
#include "services/storage/OrgRepository.h"
#include "services/storage/OrgRows.h"
#include "services/storage/SqlValues.h"

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

// The members of the organizations whose key lies in (after, last]: the page just read.
QString memberIdsStatement(OrgRepository::PageKey key)
{
    if (key == OrgRepository::PageKey::Id)
        return QStringLiteral("SELECT organization_id, user_id FROM members WHERE organization_id > ? AND organization_id <= ?"
                              " ORDER BY organization_id, user_id");
    return QStringLiteral("SELECT m.organization_id, m.user_id FROM members m JOIN organizations o ON o.id = m.organization_id"
                          " WHERE o.normalized_name > ? AND o.normalized_name <= ? ORDER BY m.organization_id, m.user_id");
}

} // namespace

Stored<QList<Organization>> OrgRepository::listAfter(PageKey key, const QString &after, int limit, bool withMemberIds)
{
    const QString what = QStringLiteral("listing organizations");
    // Read before the page: on PostgreSQL a forward-only query streams its rows, and another
    // statement run meanwhile on the connection (the identity's first read) would discard them.
    const QString databaseId = knownDatabaseId();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM organizations WHERE %2 > ? ORDER BY %2 LIMIT ?").arg(OrgRows::kColumns, keyColumn(key)));
    q.addBindValue(text(after));
    q.addBindValue(limit);
    if (!q.exec())
        return dbError<QList<Organization>>(q, what, m_label);
    QList<Organization> page;
    page.reserve(limit);
    while (q.next())
        page.append(OrgRows::rowToOrganization(q, databaseId));
    q.finish();
    if (page.isEmpty() || !withMemberIds)
        return Stored<QList<Organization>>::success(std::move(page));

    QHash<QString, qsizetype> rowOf;
    rowOf.reserve(page.size());
    for (qsizetype i = 0; i < page.size(); ++i)
        rowOf.insert(page.at(i).id, i);
    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    m.prepare(memberIdsStatement(key));
    m.addBindValue(text(after));
    m.addBindValue(keyOf(page.constLast(), key));
    if (!m.exec())
        return dbError<QList<Organization>>(m, what, m_label);
    while (m.next()) {
        const auto row = rowOf.constFind(m.value(0).toString());
        if (row != rowOf.cend())
            page[*row].memberUserIds.append(m.value(1).toString());
    }
    return Stored<QList<Organization>>::success(std::move(page));
}

} // namespace OrgConsole
