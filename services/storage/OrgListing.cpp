// The rows `orgctl org list` prints (OrgRepository::listPrintedAfter): keyset pages in name order
// that read only the printed columns. Decoding a column costs as much as reading it; the other
// eleven (owner details, row version, update times, the member count) are never shown there.
#include "services/storage/OrgRepository.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>

namespace OrgConsole {

using namespace Sql;

namespace {

const QString kPrintedColumns = QStringLiteral(
    "id, name, normalized_name, status, owner_user_id, contact_name, contact_email, team_id, key_alias, key_hash, key_name, "
    "max_budget, budget_duration, models, created_at, created_by, last_error, spend, key_blocked, budget_reset_at");

Organization printedRow(const QSqlQuery &q, const QString &databaseId)
{
    Organization o;
    o.databaseId = databaseId;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.normalizedName = q.value(2).toString();
    o.status = orgStatusFromString(q.value(3).toString()).value_or(OrgStatus::Failed);
    o.ownerUserId = q.value(4).toString();
    o.contactName = q.value(5).toString();
    o.contactEmail = q.value(6).toString();
    o.teamId = q.value(7).toString();
    o.keyAlias = q.value(8).toString();
    o.keyHash = q.value(9).toString();
    o.keyName = q.value(10).toString();
    o.maxBudget = optionalDouble(q.value(11));
    o.budgetDuration = q.value(12).toString();
    o.models = q.value(13).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.createdAt = fromDbTime(q.value(14));
    o.createdBy = q.value(15).toString();
    o.lastError = q.value(16).toString();
    o.spend = q.value(17).toDouble();
    o.keyBlocked = q.value(18).toInt() != 0;
    o.budgetResetAt = fromDbTime(q.value(19));
    return o;
}

} // namespace

Stored<QList<Organization>> OrgRepository::listPrintedAfter(const QString &afterNormalizedName, int limit)
{
    const QString what = QCoreApplication::translate("OrgRepository", "listing organizations"); // OrgRepository.cpp's words
    const QString databaseId = knownDatabaseId(); // before the query: see listAfter()
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM organizations WHERE normalized_name > ? ORDER BY normalized_name LIMIT ?")
                  .arg(kPrintedColumns));
    q.addBindValue(text(afterNormalizedName));
    q.addBindValue(limit);
    if (!q.exec())
        return dbError<QList<Organization>>(q, what, m_label);
    QList<Organization> page;
    page.reserve(limit);
    while (q.next())
        page.append(printedRow(q, databaseId));
    if (q.lastError().isValid()) // a row that could not be read ends the page early: an error, not a shorter list
        return dbError<QList<Organization>>(q, what, m_label);
    return Stored<QList<Organization>>::success(std::move(page));
}

} // namespace OrgConsole
