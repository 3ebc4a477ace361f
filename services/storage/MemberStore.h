#pragma once

#include "models/Member.h"
#include "services/storage/ChangeAnnounce.h"
#include "services/storage/Stored.h"

#include <QSqlDatabase>

namespace OrgConsole {

// What a refresh learned about one member from /team/info.
struct MemberFigures {
    QString userId;
    double spend = 0.0;
    std::optional<double> maxBudget;
    QString budgetDuration;
    QDateTime budgetResetAt;
    bool keyBlocked = false;
};

// The members table on the repository's connection (SQLite or PostgreSQL, same code). Every
// statement is prepared with bound values. Not thread-safe: it lives with its OrgRepository.
class MemberStore
{
public:
    explicit MemberStore(QSqlDatabase db);

    // Inserts the member as `provisioning`, owned by `owner`; Duplicate when the organization has
    // this user id already (race-free: the primary key decides).
    Stored<Member> reserve(const Member &member, const OperationOwner &owner);
    // The key and the budget the proxy reported; the row becomes active and is released.
    Stored<Member> activate(const Member &member);
    // Also releases the row: the operation that owned it has ended.
    Stored<bool> setStatus(const QString &orgId, const QString &userId, MemberStatus status, const QString &lastError = {});
    Stored<bool> remove(const QString &orgId, const QString &userId);
    Stored<Member> find(const QString &orgId, const QString &userId);
    Stored<QList<Member>> list(const QString &orgId);
    Stored<QList<Member>> unfinished(); // provisioning / removing / failed, oldest change first
    // Takes the row for this process if nobody changed it since `expectedVersion`; with
    // `removing`, also marks it so (of two removals at once, one wins).
    Stored<bool> claim(const QString &orgId, const QString &userId, qint64 expectedVersion, const OperationOwner &owner,
                       bool removing = false);
    Stored<bool> touch(const QString &orgId, const QString &userId);
    // A change of an active member (budget, key rotation, block; MemberClaims.cpp): the same as
    // OrgRepository::claimForChange, on the member's row.
    Stored<bool> claimForChange(const QString &orgId, const QString &userId, qint64 expectedVersion, const OperationOwner &owner);
    Stored<Member> releaseChange(const QString &orgId, const QString &userId, const OperationOwner &owner);
    Stored<bool> releaseAbandoned(const QString &orgId, const QString &userId, qint64 expectedVersion);
    Stored<qint64> versionOwnedBy(const QString &orgId, const QString &userId, const OperationOwner &owner);
    // Optimistic locking: Stale when someone changed the row since `expectedVersion`.
    Stored<Member> updateBudget(const Member &member, qint64 expectedVersion);
    // The member's key changed (rotated, blocked): saved only while the member is active, else
    // Stale. The organization's own key fields follow when this member's key is the owner's.
    Stored<Member> updateKey(const QString &orgId, const QString &userId, const QString &keyHash, const QString &keyName,
                             bool blocked);
    // Figures from a refresh; rows not listed are left alone.
    Stored<bool> updateFigures(const QString &orgId, const QList<MemberFigures> &figures);
    // Makes an active member the organization's owner (the organization's key becomes theirs) if
    // the organization is active and unchanged since `expectedOrgVersion`; Stale otherwise.
    Stored<bool> makeOwner(const QString &orgId, qint64 expectedOrgVersion, const QString &userId);

private:
    Stored<bool> exec(QSqlQuery &q, const QString &what);
    // Tells the other desktops that a member of `orgId` changed (announceChange()), when it did.
    template<typename T> Stored<T> announced(Stored<T> result, const QString &orgId)
    {
        if (result.ok())
            announceChange(m_db, OrgChange::Kind::Member, orgId);
        return result;
    }

    QSqlDatabase m_db;
    QString m_label; // the database, as messages name it
};

// The owner's member row as a newly provisioned organization gets it.
Member ownerMember(const Organization &organization);

} // namespace OrgConsole
