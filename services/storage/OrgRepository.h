#pragma once

#include "models/Organization.h"
#include "services/storage/AuditOutcome.h"
#include "services/storage/ChangeAnnounce.h"
#include "services/storage/MemberStore.h"
#include "services/storage/Stored.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <optional>

namespace OrgConsole {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString operatorName;
    QString action;
    QString organizationId;
    QString organizationName;
    QJsonObject details;
    AuditOutcome outcome = AuditOutcome::Ok; // stored by name ("ok", "failed", ...)
};

struct SpendSnapshot {
    QDateTime at;
    double spend = 0.0;
    std::optional<double> maxBudget;
};

// An organization's figures as a refresh read them from the proxy.
struct FiguresUpdate {
    QString organizationId;
    double spend = 0.0;
    std::optional<double> maxBudget;
    QDateTime budgetResetAt;
};

// What activate() records when provisioning finished.
struct ProvisionedSettings {
    QString teamId;
    QString keyAlias;
    QString keyHash;
    QString keyName;
    std::optional<double> maxBudget;
    QString budgetDuration;
    QDateTime budgetResetAt;
    double spend = 0.0;
};

// The organization repository on one QtSql connection (SQLite or PostgreSQL, same code).
// Every statement is prepared with bound values. Not thread-safe: one instance per thread.
class OrgRepository
{
public:
    explicit OrgRepository(QSqlDatabase db);

    QSqlDatabase database() const { return m_db; }
    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    template<typename T> Stored<T> inTransaction(const std::function<Stored<T>()> &work)
    {
        if (!m_db.transaction())
            return Stored<T>::failure(
                StorageError::Kind::Database,
                QCoreApplication::translate("OrgRepository", "The database could not start a transaction; nothing was saved."));
        Stored<T> result = work();
        if (result.ok() && m_db.commit())
            return result;
        m_db.rollback();
        return result.ok() ? Stored<T>::failure(
                   StorageError::Kind::Database,
                   QCoreApplication::translate("OrgRepository", "The database could not commit; nothing was saved."))
                           : result;
    }
    // The organizations' members, on the same connection.
    MemberStore &members() { return m_members; }
    // This database's identity (schema 3 and later), read once.
    Stored<QString> databaseId();

    // Inserts the organization as `provisioning` with a fresh UUID; NameTaken when the
    // normalized name exists (race-free: the unique index decides).
    // `owner` is the process running the creation; its heartbeat starts now.
    Stored<Organization> reserve(const NewOrganization &input, const QString &createdBy, const OperationOwner &owner = {});
    // Also makes the owner the organization's first member; call it inside a transaction.
    Stored<Organization> activate(const QString &id, const ProvisionedSettings &settings);
    Stored<bool> markFailed(const QString &id, const QString &lastError);
    // Also releases the row: the operation that owned it has ended.
    Stored<bool> setStatus(const QString &id, OrgStatus status, const QString &lastError = {});
    Stored<bool> remove(const QString &id); // reservation removal and deletion
    // Takes a row for recovery: moves updated_at forward and makes `owner` its owner only if it
    // still has `expectedVersion`.
    Stored<bool> claim(const QString &id, qint64 expectedVersion, const OperationOwner &owner = {});
    // A running operation's heartbeat: moves heartbeat_at and updated_at forward and bumps the row
    // version, so recovery neither takes the row over nor wins a claim made from an older read.
    Stored<bool> touch(const QString &id);

    Stored<Organization> findById(const QString &id);
    // The organizations among `ids` that exist, in no particular order (one statement: a few
    // hundred ids at a time).
    Stored<QList<Organization>> findByIds(const QStringList &ids);
    Stored<Organization> findByName(const QString &name); // normalized comparison
    Stored<Organization> findByIdOrName(const QString &idOrName);
    Stored<QList<Organization>> listPage(int offset, int limit);
    Stored<QList<Organization>> listAll();
    // Which unique key a keyset page follows: the primary key, or the unique normalized name (the
    // console's list: its rows arrive in nearly the order it shows them; a name never changes).
    enum class PageKey { Id, NormalizedName };
    // Up to `limit` organizations whose key comes after `after` ("" = from the first), in key order:
    // a keyset page, no OFFSET (the primary key / the unique name index serves it on both engines).
    // The fields of listAll(), and `memberUserIds` when `withMemberIds`: one query for the page, the
    // member ids and count read from the ids the database keeps with each row (schema version 10).
    // PageColumns::List reads only what the console's list shows, filters and sorts by (id, names,
    // status, owner user id, contact e-mail, key name, budget, spend, created, reset, version, last
    // error, key blocked), the other fields left empty; a row with an operation under way on it (an
    // owner recorded) is read whole all the same.
    enum class PageColumns { All, List };
    // `lastKey`: set to the key of the page's last row (what the next page comes after).
    Stored<QList<Organization>> listAfter(PageKey key, const QString &after, int limit, bool withMemberIds = true,
                                          PageColumns columns = PageColumns::All, QString *lastKey = nullptr);
    // The same keyset page in name order with only the fields `orgctl org list` prints (OrgListing.cpp):
    // id, name, normalized name, status, owner, contact, team, key, budget, models, created, last
    // error, spend; nothing else is read (no member count, no owner details, no row version).
    // `lastKey` as listAfter's: the normalized name of the page's last row.
    Stored<QList<Organization>> listPrintedAfter(const QString &afterNormalizedName, int limit, QString *lastKey = nullptr);
    Stored<QList<Organization>> searchByNamePrefix(const QString &prefix, int limit);
    Stored<qint64> count();
    // About how many organizations there are, for making room: the exact count on SQLite (read from
    // its smallest index); on PostgreSQL the row count its statistics hold once the table was analyzed
    // (COUNT(*) reads the whole table: 26-34 ms for 100,000 here), else the exact count.
    Stored<qint64> roughCount();
    Stored<QList<Organization>> staleUnfinished(const QDateTime &olderThan); // provisioning / deleting / failed
    Stored<QList<Organization>> unfinished(); // all of them, oldest change first

    // Optimistic locking: Stale when someone changed the row since `expectedVersion`.
    Stored<Organization> updateBudget(const QString &id, qint64 expectedVersion, std::optional<double> maxBudget,
                                      const QString &budgetDuration, const QDateTime &budgetResetAt);
    Stored<Organization> updateKey(const QString &id, const QString &keyHash, const QString &keyName, bool blocked);
    // A rotated key is saved only while the organization is active: Stale when it is being deleted
    // or was deleted meanwhile (the caller then withdraws the new key).
    Stored<Organization> replaceActiveKey(const QString &id, const QString &keyHash, const QString &keyName);
    // Marks the row `deleting` only if nobody changed it since `expectedVersion` and no delete is
    // under way: of two deletes at once, one wins.
    Stored<bool> claimForDeletion(const QString &id, qint64 expectedVersion, const OperationOwner &owner = {});
    // A change of an active organization (key rotation, budget, block; OrgClaims.cpp): makes
    // `owner` (with its phase) the row's owner only if nobody changed the row since
    // `expectedVersion` and no other change owns it. The other desktops show who and since when.
    Stored<bool> claimForChange(const QString &id, qint64 expectedVersion, const OperationOwner &owner);
    // Ends the change `owner` claimed and reads the row back; NotFound when it is gone, Stale when
    // `owner` no longer holds it (recovery released it meanwhile).
    Stored<Organization> releaseChange(const QString &id, const OperationOwner &owner);
    // Recovery: frees a row whose change was abandoned (its owner died), only if nobody changed
    // it since `expectedVersion` (a live owner's heartbeat moves the version on).
    Stored<bool> releaseAbandoned(const QString &id, qint64 expectedVersion);
    // The row's version while `owner` holds it; Stale when it does not (any more).
    Stored<qint64> versionOwnedBy(const QString &id, const OperationOwner &owner);
    // A refresh's changed figures, inside the caller's transaction: each organization's spend,
    // budget and reset, a spend snapshot of each at `at`, and on PostgreSQL a change announced for
    // each; in statements of up to kFiguresPerStatement organizations (OrgFigures.cpp), not three
    // (with Qt's driver: nine round trips on PostgreSQL) per organization.
    Stored<bool> updateFigures(const QList<FiguresUpdate> &updates, const QDateTime &at);
    static constexpr int kFiguresPerStatement = 500;

    Stored<qint64> appendAudit(const AuditEntry &entry);
    // For an entry written after the fact (a failed step, its cleanup, a recovery), outside any
    // transaction: appended now, or, when the database cannot take it (it went away, it is locked),
    // kept in memory with its time and written by flushPendingAudit() once the database is back,
    // so the trail stays complete. Not for an entry that must commit or roll back with a change.
    Stored<qint64> recordAudit(const AuditEntry &entry);
    // Writes the kept entries in their order; stops at the first that still fails.
    void flushPendingAudit();
    qsizetype pendingAuditCount() const { return m_pendingAudit.size(); }
    static constexpr qsizetype kMaxPendingAudit = 10000;
    Stored<QList<AuditEntry>> audit(const QString &organizationId, int limit = 1000);
    Stored<QList<AuditEntry>> auditAll(int limit = 5000);

    Stored<QList<SpendSnapshot>> snapshots(const QString &organizationId);

private:
    // Tells the other desktops (announceChange()); on commit when inside a transaction.
    void announce(const QString &id, OrgChange::Kind kind = OrgChange::Kind::Organization) { announceChange(m_db, kind, id); }
    Stored<bool> takeRow(const QString &id, qint64 expectedVersion, const OperationOwner &owner, const QString &alsoSet,
                         const QString &condition, const QString &what);
    const QString &knownDatabaseId();
    Stored<bool> saveOwnerMember(const QString &id, const QString &now);
    Stored<bool> mirrorKeyToMember(const QString &id);
    void readOwnedWhole(QList<Organization> &page); // listAfter's PageColumns::List
    Stored<QList<Organization>> listed(QList<Organization> &page, PageKey key, bool listOnly, QString *lastKey);
    // The whole rows `sql` selects (kColumns) read on the connection's own handle; nullopt when they
    // are not read so.
    std::optional<QSqlError> readAllDirectly(const QString &sql, const QString &databaseId, QList<Organization> &all);

    QSqlDatabase m_db;
    MemberStore m_members;
    QString m_label; // the database, as messages name it
    QString m_databaseId;
    QList<AuditEntry> m_pendingAudit;
};

QString toDbTime(const QDateTime &dt);
QDateTime fromDbTime(const QVariant &v);

} // namespace OrgConsole
