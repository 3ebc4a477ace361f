// Claims of an active organization by a change (issue 21): a key rotation, a budget change, a
// block. The claim writes the owner with its phase in the same statement that checks the row
// version, so another desktop never sees a claimed row without who runs it, and of two changes
// at once only one proceeds. An active row is free when it has no phase (its creator stays
// recorded as owner after the creation finished).
#include "services/storage/OrgRepository.h"
#include "services/storage/OwnerColumns.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace OrgConsole {

using namespace Sql;

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(OrgRepository)
};

QString ownedBy()
{
    return QStringLiteral("owner_host = ? AND owner_pid = ? AND owner_started = ?");
}

void bindOwner(QSqlQuery &q, const OperationOwner &owner)
{
    q.addBindValue(text(owner.host));
    q.addBindValue(owner.pid);
    q.addBindValue(owner.started);
}
} // namespace

Stored<bool> OrgRepository::claimForChange(const QString &id, qint64 expectedVersion, const OperationOwner &owner)
{
    return takeRow(id, expectedVersion, owner, {}, QStringLiteral(" AND status = 'active' AND owner_phase = ''"),
                   Words::tr("claiming the organization for a change"));
}

Stored<Organization> OrgRepository::releaseChange(const QString &id, const OperationOwner &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE organizations SET %1, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND %2")
                  .arg(ownerReleased(), ownedBy()));
    q.addBindValue(toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    bindOwner(q, owner);
    if (!q.exec())
        return dbError<Organization>(q, Words::tr("ending the change of the organization"), m_label);
    const Stored<Organization> now = findById(id);
    if (q.numRowsAffected() == 0 && now.ok())
        return Stored<Organization>::failure(StorageError::Kind::Stale,
                                             Words::tr("The organization was released by recovery meanwhile."));
    announce(id);
    return now;
}

Stored<bool> OrgRepository::releaseAbandoned(const QString &id, qint64 expectedVersion)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "UPDATE organizations SET %1, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                  .arg(ownerReleased()));
    q.addBindValue(toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return dbError<bool>(q, Words::tr("releasing an abandoned change"), m_label);
    announce(id);
    return Stored<bool>::success(q.numRowsAffected() == 1);
}

Stored<qint64> OrgRepository::versionOwnedBy(const QString &id, const OperationOwner &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT row_version FROM organizations WHERE id = ? AND %1").arg(ownedBy()));
    q.addBindValue(id);
    bindOwner(q, owner);
    if (!q.exec())
        return dbError<qint64>(q, Words::tr("reading the organization's version"), m_label);
    if (!q.next())
        return Stored<qint64>::failure(StorageError::Kind::Stale,
                                       Words::tr("The organization was changed elsewhere while this change ran."));
    return Stored<qint64>::success(q.value(0).toLongLong());
}

} // namespace OrgConsole
