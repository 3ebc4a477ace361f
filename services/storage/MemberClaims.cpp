// Claims of an active member by a change (issue 21): its budget, its key rotation, blocking its
// key. As for organizations (OrgClaims.cpp): the owner with its phase is written in the statement
// that checks the row version, the release frees the row, and recovery frees an abandoned one.
#include "services/storage/MemberStore.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/OwnerColumns.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace OrgConsole {

using namespace Sql;

namespace {
QString now()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

QString ownedBy()
{
    return QStringLiteral("organization_id = ? AND user_id = ? AND owner_host = ? AND owner_pid = ? AND owner_started = ?");
}

void bindOwned(QSqlQuery &q, const QString &orgId, const QString &userId, const OperationOwner &owner)
{
    for (const QVariant &v : {QVariant(orgId), QVariant(userId), text(owner.host), QVariant(owner.pid), QVariant(owner.started)})
        q.addBindValue(v);
}
} // namespace

Stored<bool> MemberStore::claimForChange(const QString &orgId, const QString &userId, qint64 expectedVersion,
                                         const OperationOwner &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET updated_at = ?, heartbeat_at = ?, %1, row_version = row_version + 1 "
                             "WHERE organization_id = ? AND user_id = ? AND row_version = ? AND status = 'active' "
                             "AND owner_phase = ''")
                  .arg(ownerAssignments()));
    const QString at = now();
    for (const QVariant &v : QVariantList {QVariant(at), QVariant(at)} + ownerValues(owner, at)
             + QVariantList {QVariant(orgId), QVariant(userId), QVariant(expectedVersion)})
        q.addBindValue(v);
    return announced(exec(q, QCoreApplication::translate("MemberStore", "claiming the member for a change")), orgId);
}

Stored<Member> MemberStore::releaseChange(const QString &orgId, const QString &userId, const OperationOwner &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET %1, updated_at = ?, row_version = row_version + 1 WHERE %2")
                  .arg(ownerReleased(), ownedBy()));
    q.addBindValue(now());
    bindOwned(q, orgId, userId, owner);
    const Stored<bool> released = exec(q, QCoreApplication::translate("MemberStore", "ending the change of the member"));
    if (!released.ok())
        return Stored<Member>::failure(released.error.kind, released.error.message);
    if (!*released.value)
        return Stored<Member>::failure(StorageError::Kind::Stale,
                                       QCoreApplication::translate("MemberStore", "The member was released meanwhile."));
    return announced(find(orgId, userId), orgId);
}

Stored<bool> MemberStore::releaseAbandoned(const QString &orgId, const QString &userId, qint64 expectedVersion)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET %1, updated_at = ?, row_version = row_version + 1 "
                             "WHERE organization_id = ? AND user_id = ? AND row_version = ?")
                  .arg(ownerReleased()));
    for (const QVariant &v : {QVariant(now()), QVariant(orgId), QVariant(userId), QVariant(expectedVersion)})
        q.addBindValue(v);
    return announced(exec(q, QCoreApplication::translate("MemberStore", "releasing an abandoned change of the member")), orgId);
}

Stored<qint64> MemberStore::versionOwnedBy(const QString &orgId, const QString &userId, const OperationOwner &owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT row_version FROM members WHERE %1").arg(ownedBy()));
    bindOwned(q, orgId, userId, owner);
    if (!q.exec())
        return dbError<qint64>(q, QCoreApplication::translate("MemberStore", "reading the member's version"), m_label);
    if (!q.next())
        return Stored<qint64>::failure(
            StorageError::Kind::Stale,
            QCoreApplication::translate("MemberStore", "The member was changed elsewhere while this change ran."));
    return Stored<qint64>::success(q.value(0).toLongLong());
}

} // namespace OrgConsole
