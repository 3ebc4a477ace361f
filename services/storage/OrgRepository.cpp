#include "services/storage/OrgRepository.h"

#include "models/Validation.h"
#include "services/storage/ChangeAnnounce.h"
#include "services/storage/Database.h"
#include "services/storage/OrgRows.h"
#include "services/storage/OwnerColumns.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace OrgConsole {

using namespace Sql;

namespace {
// This file's words in the console's language (context "OrgRepository").
struct Words {
    Q_DECLARE_TR_FUNCTIONS(OrgRepository)
};
} // namespace

using namespace OrgRows;

OrgRepository::OrgRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_members(m_db)
    , m_label(databaseLabel(m_db))
{
}

Stored<QString> OrgRepository::databaseId()
{
    if (!m_databaseId.isEmpty())
        return Stored<QString>::success(m_databaseId);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM database_identity")))
        return dbError<QString>(q, Words::tr("reading the database identity"), m_label);
    if (!q.next() || q.value(0).toString().isEmpty())
        return Stored<QString>::failure(StorageError::Kind::Database, Words::tr("The database has no identity row."));
    m_databaseId = q.value(0).toString();
    return Stored<QString>::success(m_databaseId);
}

const QString &OrgRepository::knownDatabaseId()
{
    if (m_databaseId.isEmpty())
        databaseId(); // an older or damaged database: rows then carry no identity
    return m_databaseId;
}

Stored<Organization> OrgRepository::reserve(const NewOrganization &input, const QString &createdBy, const OperationOwner &owner)
{
    const Stored<QString> identity = databaseId();
    if (!identity.ok())
        return Stored<Organization>::failure(identity.error.kind, identity.error.message);
    Organization o;
    o.databaseId = *identity.value;
    o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.name = input.name.trimmed();
    o.normalizedName = normalizeOrgName(input.name);
    o.status = OrgStatus::Provisioning;
    o.ownerUserId = input.ownerUserId.trimmed();
    o.contactName = input.contactName.trimmed();
    o.contactEmail = input.contactEmail.trimmed();
    o.keyAlias = keyAliasForOrg(o.id);
    o.maxBudget = input.maxBudget;
    o.budgetDuration = input.budgetDuration.trimmed();
    o.models = input.models;
    o.createdAt = o.updatedAt = o.heartbeatAt = QDateTime::currentDateTimeUtc();
    o.createdBy = createdBy;
    o.owner = owner;
    o.owner.since = o.createdAt;
    o.rowVersion = 1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, contact_name, contact_email, "
        "key_alias, max_budget, budget_duration, models, created_at, updated_at, created_by, row_version, heartbeat_at, "
        "owner_host, owner_pid, owner_started, owner_operator, owner_since, owner_phase) "
        "VALUES (?, ?, ?, 'provisioning', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {text(o.id), text(o.name), text(o.normalizedName), text(o.ownerUserId), text(o.contactName), text(o.contactEmail),
          text(o.keyAlias), nullableDouble(o.maxBudget), text(o.budgetDuration), text(o.models.join(QLatin1Char(','))),
          text(toDbTime(o.createdAt)), text(toDbTime(o.updatedAt)), text(createdBy), text(toDbTime(o.heartbeatAt))})
        q.addBindValue(v);
    for (const QVariant &v : ownerValues(owner, toDbTime(o.createdAt)))
        q.addBindValue(v);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Stored<Organization>::failure(
                StorageError::Kind::NameTaken,
                QCoreApplication::translate("OrgRepository",
                                            "The name \"%1\" is already taken by another organization (names are compared "
                                            "ignoring case and spaces).")
                    .arg(o.name));
        return dbError<Organization>(q, Words::tr("reserving the organization"), m_label);
    }
    announce(o.id);
    return Stored<Organization>::success(o);
}

Stored<Organization> OrgRepository::activate(const QString &id, const ProvisionedSettings &s)
{
    QSqlQuery q(m_db);
    const QString now = toDbTime(QDateTime::currentDateTimeUtc());
    q.prepare(QStringLiteral(
        "UPDATE organizations SET status = 'active', team_id = ?, key_alias = ?, key_hash = ?, key_name = ?, max_budget = ?, "
        "budget_duration = ?, budget_reset_at = ?, spend = ?, provisioned_at = ?, updated_at = ?, last_error = '', "
        "row_version = row_version + 1 WHERE id = ?"));
    for (const QVariant &v :
         {text(s.teamId), text(s.keyAlias), text(s.keyHash), text(s.keyName), nullableDouble(s.maxBudget), text(s.budgetDuration),
          nullableText(toDbTime(s.budgetResetAt)), QVariant(s.spend), QVariant(now), QVariant(now), QVariant(id)})
        q.addBindValue(v);
    if (!q.exec())
        return dbError<Organization>(q, Words::tr("saving the provisioned organization"), m_label);
    if (q.numRowsAffected() == 0)
        return Stored<Organization>::failure(StorageError::Kind::NotFound,
                                             Words::tr("The organization %1 no longer exists.").arg(id));
    if (const Stored<bool> owner = saveOwnerMember(id, now); !owner.ok())
        return Stored<Organization>::failure(owner.error.kind, owner.error.message);
    announce(id);
    return findById(id);
}

// The owner is the organization's first member, with the organization's key.
Stored<bool> OrgRepository::saveOwnerMember(const QString &id, const QString &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO members (organization_id, user_id, email, status, key_alias, key_hash, key_name, added_by, added_at, "
        "updated_at) SELECT id, owner_user_id, contact_email, 'active', key_alias, COALESCE(key_hash, ''), COALESCE(key_name, "
        "''), "
        "created_by, ?, ? FROM organizations o WHERE id = ? AND NOT EXISTS "
        "(SELECT 1 FROM members m WHERE m.organization_id = o.id AND m.user_id = o.owner_user_id)"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return dbError<bool>(q, Words::tr("saving the owner as a member"), m_label);
    return mirrorKeyToMember(id);
}

// The organization's key is its owner's member key: the member row follows every change of it.
Stored<bool> OrgRepository::mirrorKeyToMember(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE members SET key_hash = COALESCE((SELECT key_hash FROM organizations WHERE id = ?), ''), "
                             "key_name = COALESCE((SELECT key_name FROM organizations WHERE id = ?), ''), "
                             "key_blocked = (SELECT key_blocked FROM organizations WHERE id = ?), status = 'active', "
                             "row_version = row_version + 1 WHERE organization_id = ? AND key_alias = (SELECT key_alias FROM "
                             "organizations WHERE id = ?)"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(id);
    if (!q.exec())
        return dbError<bool>(q, Words::tr("saving the owner's member key"), m_label);
    return Stored<bool>::success(true);
}

Stored<bool> OrgRepository::setStatus(const QString &id, OrgStatus status, const QString &lastError)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral(
            "UPDATE organizations SET status = ?, last_error = ?, updated_at = ?, row_version = row_version + 1, %1 WHERE id = ?")
            .arg(ownerReleased()));
    q.addBindValue(orgStatusToString(status));
    q.addBindValue(text(lastError));
    q.addBindValue(toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return dbError<bool>(q, Words::tr("changing the organization's status"), m_label);
    announce(id);
    return Stored<bool>::success(q.numRowsAffected() > 0);
}

Stored<bool> OrgRepository::markFailed(const QString &id, const QString &lastError)
{
    return setStatus(id, OrgStatus::Failed, lastError);
}

// Takes a row for this process: its owner and heartbeat are recorded and its version bumped, only
// if nobody changed it since `expectedVersion` (and `condition` holds). Recovery and delete share it.
Stored<bool> OrgRepository::takeRow(const QString &id, qint64 expectedVersion, const OperationOwner &owner,
                                    const QString &alsoSet, const QString &condition, const QString &what)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE organizations SET %1updated_at = ?, heartbeat_at = ?, %3, row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ?%2")
                  .arg(alsoSet, condition, ownerAssignments()));
    const QString now = toDbTime(QDateTime::currentDateTimeUtc());
    for (const QVariant &v : QVariantList {QVariant(now), QVariant(now)} + ownerValues(owner, now))
        q.addBindValue(v);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return dbError<bool>(q, what, m_label);
    announce(id);
    return Stored<bool>::success(q.numRowsAffected() == 1);
}

Stored<bool> OrgRepository::claim(const QString &id, qint64 expectedVersion, const OperationOwner &owner)
{
    return takeRow(id, expectedVersion, owner, {}, {}, Words::tr("claiming the organization for recovery"));
}

Stored<bool> OrgRepository::touch(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE organizations SET updated_at = ?, heartbeat_at = ?, row_version = row_version + 1 WHERE id = ?"));
    const QString now = toDbTime(QDateTime::currentDateTimeUtc());
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return dbError<bool>(q, Words::tr("updating the organization's heartbeat"), m_label);
    announce(id);
    return Stored<bool>::success(q.numRowsAffected() > 0);
}

Stored<bool> OrgRepository::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM organizations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError<bool>(q, Words::tr("removing the organization"), m_label);
    announce(id, OrgChange::Kind::Removed);
    return Stored<bool>::success(q.numRowsAffected() > 0);
}

Stored<Organization> OrgRepository::findById(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organizations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError<Organization>(q, Words::tr("reading the organization"), m_label);
    if (!q.next())
        return Stored<Organization>::failure(StorageError::Kind::NotFound, Words::tr("No organization has the id %1.").arg(id));
    return Stored<Organization>::success(rowToOrganization(q, knownDatabaseId()));
}

Stored<QList<Organization>> OrgRepository::findByIds(const QStringList &ids)
{
    QList<Organization> found;
    if (ids.isEmpty())
        return Stored<QList<Organization>>::success(found);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organizations WHERE id IN (")
              + QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return dbError<QList<Organization>>(q, Words::tr("reading the organizations"), m_label);
    found.reserve(ids.size());
    while (q.next())
        found.append(rowToOrganization(q, knownDatabaseId()));
    return Stored<QList<Organization>>::success(found);
}

Stored<Organization> OrgRepository::findByName(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organizations WHERE normalized_name = ?"));
    q.addBindValue(normalizeOrgName(name));
    if (!q.exec())
        return dbError<Organization>(q, Words::tr("looking the organization up by name"), m_label);
    if (!q.next())
        return Stored<Organization>::failure(StorageError::Kind::NotFound,
                                             Words::tr("No organization is named \"%1\".").arg(name.trimmed()));
    return Stored<Organization>::success(rowToOrganization(q, knownDatabaseId()));
}

Stored<Organization> OrgRepository::findByIdOrName(const QString &idOrName)
{
    auto byId = findById(idOrName);
    return byId.ok() || byId.error.kind != StorageError::Kind::NotFound ? byId : findByName(idOrName);
}

static Stored<QList<Organization>> runList(QSqlQuery &q, const QString &what, const QString &databaseId, const QString &database)
{
    q.setForwardOnly(true);
    if (!q.exec())
        return dbError<QList<Organization>>(q, what, database);
    QList<Organization> out;
    while (q.next())
        out.append(rowToOrganization(q, databaseId));
    return Stored<QList<Organization>>::success(out);
}

Stored<QList<Organization>> OrgRepository::listPage(int offset, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM organizations ORDER BY normalized_name LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    return runList(q, Words::tr("listing organizations"), knownDatabaseId(), m_label);
}

Stored<QList<Organization>> OrgRepository::listAll()
{
    const QString databaseId = knownDatabaseId(); // before the rows: see listAfter()
    const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM organizations ORDER BY normalized_name");
    QList<Organization> all;
    if (const std::optional<QSqlError> direct = readAllDirectly(sql, databaseId, all)) {
        if (direct->isValid())
            return Stored<QList<Organization>>::failure(StorageError::Kind::Database,
                                                        describeSqlError(*direct, m_label, Words::tr("listing organizations")));
        return Stored<QList<Organization>>::success(std::move(all));
    }
    QSqlQuery q(m_db);
    q.prepare(sql);
    return runList(q, Words::tr("listing organizations"), databaseId, m_label);
}

Stored<QList<Organization>> OrgRepository::searchByNamePrefix(const QString &prefix, int limit)
{
    const QString folded = normalizeOrgName(prefix);
    QString escaped = folded;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    // The range lets both engines use the unique index; LIKE keeps the exact prefix semantics
    // whatever the collation.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(
                  " FROM organizations WHERE normalized_name >= ? AND normalized_name < ? AND normalized_name LIKE ? ESCAPE '\\' "
                  "ORDER BY normalized_name LIMIT ?"));
    q.addBindValue(folded);
    q.addBindValue(QString(folded + QChar(0xFFFF)));
    q.addBindValue(QString(escaped + QLatin1Char('%')));
    q.addBindValue(limit);
    return runList(q, Words::tr("searching organizations"), knownDatabaseId(), m_label);
}

Stored<qint64> OrgRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM organizations")) || !q.next())
        return dbError<qint64>(q, Words::tr("counting organizations"), m_label);
    return Stored<qint64>::success(q.value(0).toLongLong());
}

Stored<qint64> OrgRepository::roughCount()
{
    if (isPostgres(m_db)) {
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE oid = CAST('organizations' AS regclass)"))
            || !q.next())
            return dbError<qint64>(q, Words::tr("counting organizations"), m_label);
        if (const qint64 estimate = q.value(0).toLongLong(); estimate > 0) // -1: never analyzed
            return Stored<qint64>::success(estimate);
    }
    return count();
}

Stored<QList<Organization>> OrgRepository::staleUnfinished(const QDateTime &olderThan)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(
            " FROM organizations WHERE status IN ('provisioning', 'deleting', 'failed') AND updated_at < ? ORDER BY updated_at"));
    q.addBindValue(toDbTime(olderThan));
    return runList(q, Words::tr("finding unfinished organizations"), knownDatabaseId(), m_label);
}

Stored<QList<Organization>> OrgRepository::unfinished()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM organizations WHERE status IN ('provisioning', 'deleting', 'failed') OR owner_phase <> '' "
                               "ORDER BY updated_at"));
    return runList(q, Words::tr("finding unfinished organizations"), knownDatabaseId(), m_label);
}

Stored<Organization> OrgRepository::updateBudget(const QString &id, qint64 expectedVersion, std::optional<double> maxBudget,
                                                 const QString &budgetDuration, const QDateTime &budgetResetAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE organizations SET max_budget = ?, budget_duration = ?, budget_reset_at = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(nullableDouble(maxBudget));
    q.addBindValue(text(budgetDuration));
    q.addBindValue(nullableText(toDbTime(budgetResetAt)));
    q.addBindValue(toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return dbError<Organization>(q, Words::tr("changing the budget"), m_label);
    if (q.numRowsAffected() == 0) {
        const auto current = findById(id);
        if (!current.ok())
            return current;
        return Stored<Organization>::failure(
            StorageError::Kind::Stale,
            QCoreApplication::translate("OrgRepository",
                                        "The organization \"%1\" was changed by someone else in the meantime; "
                                        "reload it and try again.")
                .arg(current.value->name));
    }
    announce(id);
    return findById(id);
}

Stored<Organization> OrgRepository::updateKey(const QString &id, const QString &keyHash, const QString &keyName, bool blocked)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE organizations SET key_hash = ?, key_name = ?, key_blocked = ?, updated_at = ?, row_version = row_version + 1 "
        "WHERE id = ?"));
    q.addBindValue(nullableText(keyHash));
    q.addBindValue(nullableText(keyName));
    q.addBindValue(blocked ? 1 : 0);
    q.addBindValue(toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return dbError<Organization>(q, Words::tr("saving the key"), m_label);
    if (const Stored<bool> m = mirrorKeyToMember(id); !m.ok())
        return Stored<Organization>::failure(m.error.kind, m.error.message);
    announce(id);
    return findById(id);
}

Stored<Organization> OrgRepository::replaceActiveKey(const QString &id, const QString &keyHash, const QString &keyName)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE organizations SET key_hash = ?, key_name = ?, key_blocked = 0, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND status = 'active'"));
    q.addBindValue(nullableText(keyHash));
    q.addBindValue(nullableText(keyName));
    q.addBindValue(toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return dbError<Organization>(q, Words::tr("saving the new key"), m_label);
    if (q.numRowsAffected() != 1)
        return Stored<Organization>::failure(StorageError::Kind::Stale,
                                             Words::tr("The organization was deleted, or is being deleted, meanwhile."));
    if (const Stored<bool> m = mirrorKeyToMember(id); !m.ok())
        return Stored<Organization>::failure(m.error.kind, m.error.message);
    announce(id);
    return findById(id);
}

Stored<bool> OrgRepository::claimForDeletion(const QString &id, qint64 expectedVersion, const OperationOwner &owner)
{
    return takeRow(id, expectedVersion, owner, QStringLiteral("status = 'deleting', last_error = '', "),
                   QStringLiteral(" AND status <> 'deleting' AND owner_phase = ''"),
                   Words::tr("claiming the organization for deletion"));
}

Stored<qint64> OrgRepository::appendAudit(const AuditEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, operator, action, organization_id, organization_name, details, outcome) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toDbTime(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(e.operatorName));
    q.addBindValue(text(e.action));
    q.addBindValue(nullableText(e.organizationId));
    q.addBindValue(text(e.organizationName));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(auditOutcomeName(e.outcome));
    if (!q.exec())
        return dbError<qint64>(q, Words::tr("writing the audit log"), m_label);
    announce(e.organizationId, OrgChange::Kind::Audit);
    return Stored<qint64>::success(q.lastInsertId().toLongLong());
}

Stored<qint64> OrgRepository::recordAudit(const AuditEntry &entry)
{
    AuditEntry e = entry;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc(); // when it happened, not when it was written
    flushPendingAudit(); // the kept ones first, so the trail keeps its order
    Stored<qint64> written = m_pendingAudit.isEmpty()
        ? appendAudit(e)
        : Stored<qint64>::failure(StorageError::Kind::Database,
                                  Words::tr("The audit entry waits until the database %1 takes it.").arg(m_label));
    if (!written.ok() && m_pendingAudit.size() < kMaxPendingAudit)
        m_pendingAudit.append(e);
    return written;
}

void OrgRepository::flushPendingAudit()
{
    while (!m_pendingAudit.isEmpty() && appendAudit(m_pendingAudit.constFirst()).ok())
        m_pendingAudit.removeFirst();
}

static Stored<QList<AuditEntry>> runAudit(QSqlQuery &q, const QString &database)
{
    q.setForwardOnly(true);
    if (!q.exec())
        return dbError<QList<AuditEntry>>(q, Words::tr("reading the audit log"), database);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromDbTime(q.value(1));
        e.operatorName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.organizationId = q.value(4).toString();
        e.organizationName = q.value(5).toString();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.outcome = auditOutcomeFromName(q.value(7).toString());
        out.append(e);
    }
    return Stored<QList<AuditEntry>>::success(out);
}

Stored<QList<AuditEntry>> OrgRepository::audit(const QString &organizationId, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, at, operator, action, organization_id, organization_name, details, outcome FROM audit_log "
                       "WHERE organization_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(organizationId);
    q.addBindValue(limit);
    return runAudit(q, m_label);
}

Stored<QList<AuditEntry>> OrgRepository::auditAll(int limit)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, at, operator, action, organization_id, organization_name, details, outcome FROM audit_log "
                       "ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    return runAudit(q, m_label);
}

Stored<QList<SpendSnapshot>> OrgRepository::snapshots(const QString &organizationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT at, spend, max_budget FROM spend_snapshots WHERE organization_id = ? ORDER BY at"));
    q.addBindValue(organizationId);
    if (!q.exec())
        return dbError<QList<SpendSnapshot>>(q, Words::tr("reading spend snapshots"), m_label);
    QList<SpendSnapshot> out;
    while (q.next()) {
        SpendSnapshot s;
        s.at = fromDbTime(q.value(0));
        s.spend = q.value(1).toDouble();
        if (!q.value(2).isNull())
            s.maxBudget = q.value(2).toDouble();
        out.append(s);
    }
    return Stored<QList<SpendSnapshot>>::success(out);
}

} // namespace OrgConsole
