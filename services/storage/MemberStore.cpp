#include "services/storage/MemberStore.h"

#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/OwnerColumns.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace OrgConsole {

using namespace Sql;

namespace {
const QString kMemberColumns = QStringLiteral(
    "organization_id, user_id, email, role, status, max_budget, budget_duration, models, key_alias, key_hash, key_name, "
    "key_blocked, spend, budget_reset_at, added_by, added_at, updated_at, row_version, last_error, owner_host, owner_pid, "
    "owner_started, heartbeat_at, owner_operator, owner_since, owner_phase");

Member rowToMember(const QSqlQuery &q)
{
    Member m;
    m.organizationId = q.value(0).toString();
    m.userId = q.value(1).toString();
    m.email = q.value(2).toString();
    m.role = q.value(3).toString();
    m.status = memberStatusFromString(q.value(4).toString()).value_or(MemberStatus::Failed);
    m.maxBudget = optionalDouble(q.value(5));
    m.budgetDuration = q.value(6).toString();
    m.models = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    m.keyAlias = q.value(8).toString();
    m.keyHash = q.value(9).toString();
    m.keyName = q.value(10).toString();
    m.keyBlocked = q.value(11).toInt() != 0;
    m.spend = q.value(12).toDouble();
    m.budgetResetAt = fromDbTime(q.value(13));
    m.addedBy = q.value(14).toString();
    m.addedAt = fromDbTime(q.value(15));
    m.updatedAt = fromDbTime(q.value(16));
    m.rowVersion = q.value(17).toLongLong();
    m.lastError = q.value(18).toString();
    m.owner = OperationOwner {q.value(19).toString(), q.value(20).toLongLong(), q.value(21).toLongLong()};
    m.heartbeatAt = fromDbTime(q.value(22));
    readOwnerDetails(q, 23, m.owner);
    return m;
}

QString nowText()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

Stored<QList<Member>> runMembers(QSqlQuery &q, const QString &what, const QString &database)
{
    q.setForwardOnly(true);
    if (!q.exec())
        return dbError<QList<Member>>(q, what, database);
    QList<Member> out;
    while (q.next())
        out.append(rowToMember(q));
    return Stored<QList<Member>>::success(out);
}
} // namespace

Member ownerMember(const Organization &o)
{
    Member m;
    m.organizationId = o.id;
    m.userId = o.ownerUserId;
    m.email = o.contactEmail;
    m.status = MemberStatus::Active;
    m.keyAlias = o.keyAlias;
    m.keyHash = o.keyHash;
    m.keyName = o.keyName;
    m.keyBlocked = o.keyBlocked;
    m.addedBy = o.createdBy;
    return m;
}

MemberStore::MemberStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_label(databaseLabel(m_db))
{
}

Stored<bool> MemberStore::exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return dbError<bool>(q, what, m_label);
    return Stored<bool>::success(q.numRowsAffected() > 0);
}

Stored<Member> MemberStore::reserve(const Member &input, const OperationOwner &owner)
{
    Member m = input;
    m.status = MemberStatus::Provisioning;
    m.addedAt = m.updatedAt = m.heartbeatAt = QDateTime::currentDateTimeUtc();
    m.owner = owner;
    m.owner.since = m.addedAt;
    m.rowVersion = 1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO members (organization_id, user_id, email, role, status, max_budget, budget_duration, models, key_alias, "
        "added_by, added_at, updated_at, heartbeat_at, owner_host, owner_pid, owner_started, owner_operator, owner_since, "
        "owner_phase) VALUES (?, ?, ?, ?, 'provisioning', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {text(m.organizationId), text(m.userId), text(m.email), text(m.role), nullableDouble(m.maxBudget),
                              text(m.budgetDuration), text(m.models.join(QLatin1Char(','))), text(m.keyAlias), text(m.addedBy),
                              text(toDbTime(m.addedAt)), text(toDbTime(m.updatedAt)), text(toDbTime(m.heartbeatAt))})
        q.addBindValue(v);
    for (const QVariant &v : ownerValues(owner, toDbTime(m.addedAt)))
        q.addBindValue(v);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Stored<Member>::failure(
                StorageError::Kind::NameTaken,
                QCoreApplication::translate("MemberStore", "\"%1\" is already a member of this organization.").arg(m.userId));
        return dbError<Member>(q, QCoreApplication::translate("MemberStore", "reserving the member"), m_label);
    }
    return announced(Stored<Member>::success(m), m.organizationId);
}

Stored<Member> MemberStore::activate(const Member &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET status = 'active', key_hash = ?, key_name = ?, key_blocked = 0, max_budget = ?, "
                             "budget_duration = ?, "
                             "budget_reset_at = ?, spend = ?, updated_at = ?, last_error = '', row_version = row_version + 1, %1 "
                             "WHERE organization_id = ? AND user_id = ? AND status IN ('provisioning', 'failed')")
                  .arg(ownerReleased()));
    for (const QVariant &v : {text(m.keyHash), text(m.keyName), nullableDouble(m.maxBudget), text(m.budgetDuration),
                              nullableText(toDbTime(m.budgetResetAt)), QVariant(m.spend), QVariant(nowText()),
                              QVariant(m.organizationId), QVariant(m.userId)})
        q.addBindValue(v);
    const Stored<bool> done = exec(q, QCoreApplication::translate("MemberStore", "saving the member"));
    if (!done.ok())
        return Stored<Member>::failure(done.error.kind, done.error.message);
    if (!*done.value)
        return Stored<Member>::failure(
            StorageError::Kind::Stale,
            QCoreApplication::translate("MemberStore", "The member \"%1\" was removed meanwhile.").arg(m.userId));
    return announced(find(m.organizationId, m.userId), m.organizationId);
}

Stored<bool> MemberStore::setStatus(const QString &orgId, const QString &userId, MemberStatus status, const QString &lastError)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET status = ?, last_error = ?, updated_at = ?, row_version = row_version + 1, %1 "
                             "WHERE organization_id = ? AND user_id = ?")
                  .arg(ownerReleased()));
    for (const QVariant &v :
         {QVariant(memberStatusToString(status)), text(lastError), QVariant(nowText()), QVariant(orgId), QVariant(userId)})
        q.addBindValue(v);
    return announced(exec(q, QCoreApplication::translate("MemberStore", "changing the member's status")), orgId);
}

Stored<bool> MemberStore::remove(const QString &orgId, const QString &userId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM members WHERE organization_id = ? AND user_id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(userId);
    return announced(exec(q, QCoreApplication::translate("MemberStore", "removing the member")), orgId);
}

Stored<Member> MemberStore::find(const QString &orgId, const QString &userId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kMemberColumns
              + QStringLiteral(" FROM members WHERE organization_id = ? AND user_id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(userId);
    if (!q.exec())
        return dbError<Member>(q, QCoreApplication::translate("MemberStore", "reading the member"), m_label);
    if (!q.next())
        return Stored<Member>::failure(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("MemberStore", "\"%1\" is not a member of this organization.").arg(userId));
    return Stored<Member>::success(rowToMember(q));
}

Stored<QList<Member>> MemberStore::list(const QString &orgId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kMemberColumns
              + QStringLiteral(" FROM members WHERE organization_id = ? ORDER BY added_at, user_id"));
    q.addBindValue(orgId);
    return runMembers(q, QCoreApplication::translate("MemberStore", "listing members"), m_label);
}

Stored<QList<Member>> MemberStore::unfinished()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kMemberColumns
              + QStringLiteral(" FROM members WHERE status IN ('provisioning', 'removing', 'failed') OR owner_phase <> '' "
                               "ORDER BY updated_at"));
    return runMembers(q, QCoreApplication::translate("MemberStore", "finding unfinished members"), m_label);
}

Stored<bool> MemberStore::claim(const QString &orgId, const QString &userId, qint64 expectedVersion, const OperationOwner &owner,
                                bool removing)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET %1updated_at = ?, heartbeat_at = ?, %3, row_version = row_version + 1 "
                             "WHERE organization_id = ? AND user_id = ? AND row_version = ?%2")
                  .arg(removing ? QStringLiteral("status = 'removing', last_error = '', ") : QString(),
                       removing ? QStringLiteral(" AND status <> 'removing'") : QString(), ownerAssignments()));
    const QString now = nowText();
    for (const QVariant &v : QVariantList {QVariant(now), QVariant(now)} + ownerValues(owner, now)
             + QVariantList {QVariant(orgId), QVariant(userId), QVariant(expectedVersion)})
        q.addBindValue(v);
    return announced(exec(q, QCoreApplication::translate("MemberStore", "claiming the member")), orgId);
}

Stored<bool> MemberStore::touch(const QString &orgId, const QString &userId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET updated_at = ?, heartbeat_at = ?, row_version = row_version + 1 "
                             "WHERE organization_id = ? AND user_id = ?"));
    const QString now = nowText();
    for (const QVariant &v : {QVariant(now), QVariant(now), QVariant(orgId), QVariant(userId)})
        q.addBindValue(v);
    return announced(exec(q, QCoreApplication::translate("MemberStore", "updating the member's heartbeat")), orgId);
}

Stored<Member> MemberStore::updateBudget(const Member &m, qint64 expectedVersion)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET max_budget = ?, budget_duration = ?, budget_reset_at = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE organization_id = ? AND user_id = ? AND row_version = ?"));
    for (const QVariant &v : {nullableDouble(m.maxBudget), text(m.budgetDuration), nullableText(toDbTime(m.budgetResetAt)),
                              QVariant(nowText()), QVariant(m.organizationId), QVariant(m.userId), QVariant(expectedVersion)})
        q.addBindValue(v);
    const Stored<bool> done = exec(q, QCoreApplication::translate("MemberStore", "changing the member's budget"));
    if (!done.ok())
        return Stored<Member>::failure(done.error.kind, done.error.message);
    if (!*done.value)
        return Stored<Member>::failure(
            StorageError::Kind::Stale,
            QCoreApplication::translate("MemberStore",
                                        "The member \"%1\" was changed by someone else in the meantime; "
                                        "reload and try again.")
                .arg(m.userId));
    return announced(find(m.organizationId, m.userId), m.organizationId);
}

Stored<Member> MemberStore::updateKey(const QString &orgId, const QString &userId, const QString &keyHash, const QString &keyName,
                                      bool blocked)
{
    if (!m_db.transaction())
        return Stored<Member>::failure(
            StorageError::Kind::Database,
            QCoreApplication::translate("MemberStore",
                                        "Database error while saving the member's key: cannot start a transaction."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET key_hash = ?, key_name = ?, key_blocked = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE organization_id = ? AND user_id = ? AND status = 'active'"));
    for (const QVariant &v :
         {text(keyHash), text(keyName), QVariant(blocked ? 1 : 0), QVariant(nowText()), QVariant(orgId), QVariant(userId)})
        q.addBindValue(v);
    Stored<bool> done = exec(q, QCoreApplication::translate("MemberStore", "saving the member's key"));
    if (done.ok() && *done.value) {
        // The owner's key is also the organization's key: keep both rows telling the same.
        QSqlQuery o(m_db);
        o.prepare(QStringLiteral("UPDATE organizations SET key_hash = ?, key_name = ?, key_blocked = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND key_alias = "
                                 "(SELECT key_alias FROM members WHERE organization_id = ? AND user_id = ?)"));
        for (const QVariant &v : {nullableText(keyHash), nullableText(keyName), QVariant(blocked ? 1 : 0), QVariant(nowText()),
                                  QVariant(orgId), QVariant(orgId), QVariant(userId)})
            o.addBindValue(v);
        const Stored<bool> mirrored = exec(o, QCoreApplication::translate("MemberStore", "saving the organization's key"));
        if (!mirrored.ok())
            done = mirrored;
    }
    if (!done.ok() || !*done.value || !m_db.commit()) {
        m_db.rollback();
        if (!done.ok())
            return Stored<Member>::failure(done.error.kind, done.error.message);
        return Stored<Member>::failure(
            StorageError::Kind::Stale,
            QCoreApplication::translate("MemberStore", "The member \"%1\" was removed, or is being removed, meanwhile.")
                .arg(userId));
    }
    announceChange(m_db, OrgChange::Kind::Member, orgId); // after the commit: its own transaction
    return find(orgId, userId);
}

Stored<bool> MemberStore::updateFigures(const QString &orgId, const QList<MemberFigures> &figures)
{
    if (figures.isEmpty())
        return Stored<bool>::success(false);
    if (!m_db.transaction())
        return Stored<bool>::failure(
            StorageError::Kind::Database,
            QCoreApplication::translate("MemberStore",
                                        "Database error while saving member figures: cannot start a transaction."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET spend = ?, max_budget = ?, budget_duration = ?, budget_reset_at = ?, "
                             "key_blocked = ? WHERE organization_id = ? AND user_id = ? AND status = 'active'"));
    for (const MemberFigures &f : figures) {
        for (const QVariant &v :
             {QVariant(f.spend), nullableDouble(f.maxBudget), text(f.budgetDuration), nullableText(toDbTime(f.budgetResetAt)),
              QVariant(f.keyBlocked ? 1 : 0), QVariant(orgId), QVariant(f.userId)})
            q.addBindValue(v);
        if (!q.exec()) {
            const Stored<bool> failed
                = dbError<bool>(q, QCoreApplication::translate("MemberStore", "saving member figures"), m_label);
            m_db.rollback();
            return failed;
        }
    }
    announceChange(m_db, OrgChange::Kind::Member, orgId); // delivered with the commit
    if (!m_db.commit()) {
        m_db.rollback();
        return Stored<bool>::failure(
            StorageError::Kind::Database,
            QCoreApplication::translate("MemberStore", "Database error while saving member figures: the commit failed."));
    }
    return Stored<bool>::success(true);
}

Stored<bool> MemberStore::makeOwner(const QString &orgId, qint64 expectedOrgVersion, const QString &userId)
{
    const Stored<Member> member = find(orgId, userId);
    if (!member.ok())
        return Stored<bool>::failure(member.error.kind, member.error.message);
    if (member.value->status != MemberStatus::Active || member.value->keyHash.isEmpty())
        return Stored<bool>::failure(
            StorageError::Kind::Stale,
            QCoreApplication::translate("MemberStore",
                                        "\"%1\" is %2 and has no working key; only an active member can become "
                                        "the owner.")
                .arg(userId, memberStatusToString(member.value->status)));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE organizations SET owner_user_id = ?, key_alias = ?, key_hash = ?, key_name = ?, "
                             "key_blocked = ?, updated_at = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ? AND status = 'active'"));
    const Member &m = *member.value;
    for (const QVariant &v : {QVariant(m.userId), QVariant(m.keyAlias), QVariant(m.keyHash), QVariant(m.keyName),
                              QVariant(m.keyBlocked ? 1 : 0), QVariant(nowText()), QVariant(orgId), QVariant(expectedOrgVersion)})
        q.addBindValue(v);
    const Stored<bool> done = exec(q, QCoreApplication::translate("MemberStore", "changing the owner"));
    if (done.ok() && !*done.value)
        return Stored<bool>::failure(
            StorageError::Kind::Stale,
            QCoreApplication::translate("MemberStore",
                                        "The organization was changed by someone else in the meantime (or is not "
                                        "active); reload and try again."));
    return announced(done, orgId);
}

} // namespace OrgConsole
