#include "services/storage/SpendStore.h"

#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace OrgConsole {

using namespace Sql;

namespace {
QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

void bindOrgs(QSqlQuery &q, const QStringList &orgIds)
{
    for (const QString &id : orgIds)
        q.addBindValue(id);
}
} // namespace

SpendStore::SpendStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_label(databaseLabel(m_db))
{
}

// " AND organization_id IN (?, ?, ...)" with one placeholder per id, or nothing for all.
QString SpendStore::orgCondition(const QStringList &orgIds) const
{
    if (orgIds.isEmpty())
        return {};
    QStringList marks;
    marks.fill(QStringLiteral("?"), orgIds.size());
    return QStringLiteral(" AND organization_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
}

Stored<QHash<QString, QList<DaySpan>>> SpendStore::storedSpans(const QStringList &orgIds, const QDate &from, const QDate &to)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT organization_id, first_day, last_day FROM spend_days_fetched"
                             " WHERE last_day >= ? AND first_day <= ?")
              + orgCondition(orgIds));
    q.addBindValue(dayText(from));
    q.addBindValue(dayText(to));
    bindOrgs(q, orgIds);
    if (!q.exec())
        return dbError<QHash<QString, QList<DaySpan>>>(
            q, QCoreApplication::translate("SpendStore", "Reading which days are stored"), m_label);
    QHash<QString, QList<DaySpan>> out;
    while (q.next())
        out[q.value(0).toString()].append(DaySpan {QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                                   QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return Stored<QHash<QString, QList<DaySpan>>>::success(out);
}

Stored<bool> SpendStore::saveClosedDays(const QStringList &orgIds, const DaySpan &span, const QList<StoredSpend> &rows)
{
    const QString what = QCoreApplication::translate("SpendStore", "Storing the daily spend");
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM spend_days WHERE day >= ? AND day <= ?") + orgCondition(orgIds));
    remove.addBindValue(dayText(span.first));
    remove.addBindValue(dayText(span.last));
    bindOrgs(remove, orgIds);
    if (!remove.exec())
        return dbError<bool>(remove, what, m_label);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO spend_days (organization_id, day, model, key_hash, user_id, spend_micros,"
                                  " requests, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StoredSpend &r : rows) {
        insert.addBindValue(r.organizationId);
        insert.addBindValue(dayText(r.day));
        insert.addBindValue(text(r.model));
        insert.addBindValue(text(r.keyHash));
        insert.addBindValue(text(r.userId));
        insert.addBindValue(r.micros);
        insert.addBindValue(r.requests);
        insert.addBindValue(r.tokens);
        if (!insert.exec())
            return dbError<bool>(insert, what, m_label);
    }
    QSqlQuery fetched(m_db);
    fetched.prepare(QStringLiteral("INSERT INTO spend_days_fetched (organization_id, first_day, last_day, fetched_at)"
                                   " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    const QString now = toDbTime(QDateTime::currentDateTimeUtc());
    for (const QString &id : orgIds) {
        fetched.addBindValue(id);
        fetched.addBindValue(dayText(span.first));
        fetched.addBindValue(dayText(span.last));
        fetched.addBindValue(now);
        if (!fetched.exec())
            return dbError<bool>(fetched, what, m_label);
    }
    return Stored<bool>::success(true);
}

Stored<QList<StoredSpend>> SpendStore::stored(const QStringList &orgIds, const QDate &from, const QDate &to)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT organization_id, day, model, key_hash, user_id, spend_micros, requests, tokens"
                             " FROM spend_days WHERE day >= ? AND day <= ?")
              + orgCondition(orgIds));
    q.addBindValue(dayText(from));
    q.addBindValue(dayText(to));
    bindOrgs(q, orgIds);
    if (!q.exec())
        return dbError<QList<StoredSpend>>(q, QCoreApplication::translate("SpendStore", "Reading the stored daily spend"),
                                           m_label);
    QList<StoredSpend> out;
    while (q.next())
        out.append(StoredSpend {q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                                q.value(6).toLongLong(), q.value(7).toLongLong()});
    return Stored<QList<StoredSpend>>::success(out);
}

Stored<KeyOwners> SpendStore::keyOwners()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT user_id, key_hash, key_alias FROM members")))
        return dbError<KeyOwners>(q, QCoreApplication::translate("SpendStore", "Reading the members' keys"), m_label);
    KeyOwners out;
    while (q.next()) {
        if (!q.value(1).toString().isEmpty())
            out.userByHash.insert(q.value(1).toString(), q.value(0).toString());
        if (!q.value(2).toString().isEmpty())
            out.userByAlias.insert(q.value(2).toString(), q.value(0).toString());
    }
    return Stored<KeyOwners>::success(out);
}

} // namespace OrgConsole
