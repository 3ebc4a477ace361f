#pragma once

#include "models/Organization.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// How OrgRepository reads an organization row, shared by its source files (not for other stores).
namespace OrgConsole::OrgRows {

// The list's columns (OrgRepository::PageColumns::List): 17 of the 31 a whole row has. A whole row
// starts with them, in the same order.
extern const QString kListColumns;
// The select list of every organization read: the list's columns, the rest of the row, the member
// count, then the owner details.
extern const QString kColumns;
// The same select list with `memberCount` (an SQL expression) in the member count's place.
QString columnsCounting(const QString &memberCount);
// The list's columns of the row (the first 17 of either select list); the rest stays empty.
Organization readListColumns(const QSqlQuery &q, const QString &databaseId);
Organization rowToOrganization(const QSqlQuery &q, const QString &databaseId);

// A row of a QSqlQuery read the way the readers of the connection's own handle are
// (services/storage/DirectRows.h), so that one function reads a row whichever reads it.
class QtRow
{
public:
    explicit QtRow(const QSqlQuery &q)
        : m_q(q)
    {
    }
    QString text(int column) const { return m_q.value(column).toString(); }
    QDateTime time(int column) const;
    std::optional<double> optionalNumber(int column) const
    {
        const QVariant v = m_q.value(column);
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }
    double number(int column) const { return m_q.value(column).toDouble(); }
    qint64 integer(int column) const { return m_q.value(column).toLongLong(); }

private:
    const QSqlQuery &m_q;
};

// The columns every page of organizations starts with (id, name, normalized_name, status,
// owner_user_id); the rest of the row is the caller's.
template<typename R> Organization leadingColumns(const R &r, const QString &databaseId)
{
    Organization o;
    o.databaseId = databaseId;
    o.id = r.text(0);
    o.name = r.text(1);
    o.normalizedName = r.text(2);
    o.status = orgStatusFromString(r.text(3)).value_or(OrgStatus::Failed);
    o.ownerUserId = r.text(4);
    return o;
}

// The list's columns (kListColumns) of a row read by R.
template<typename R> Organization listColumnsOf(const R &r, const QString &databaseId)
{
    Organization o = leadingColumns(r, databaseId);
    o.contactEmail = r.text(5);
    o.keyName = r.text(6);
    o.maxBudget = r.optionalNumber(7);
    o.createdAt = r.time(8);
    o.rowVersion = r.integer(9);
    o.lastError = r.text(10);
    o.spend = r.number(11);
    o.keyBlocked = r.integer(12) != 0;
    o.budgetResetAt = r.time(13);
    o.owner = OperationOwner {r.text(14), r.integer(15), r.integer(16)};
    return o;
}

// A whole row (kColumns) read by R.
template<typename R> Organization wholeRowOf(const R &r, const QString &databaseId)
{
    Organization o = listColumnsOf(r, databaseId);
    o.contactName = r.text(17);
    o.teamId = r.text(18);
    o.keyAlias = r.text(19);
    o.keyHash = r.text(20);
    o.budgetDuration = r.text(21);
    o.models = r.text(22).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.updatedAt = r.time(23);
    o.provisionedAt = r.time(24);
    o.createdBy = r.text(25);
    o.heartbeatAt = r.time(26);
    o.memberCount = int(r.integer(27));
    o.owner.operatorName = r.text(28);
    o.owner.since = r.time(29);
    o.owner.phase = r.text(30);
    return o;
}

} // namespace OrgConsole::OrgRows
