#include "services/storage/BudgetWatchStore.h"

#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace OrgConsole {

using namespace Sql;

namespace {
BudgetLevels levelsFromText(const QString &text)
{
    QString error;
    return normalizedLevels(parseLevels(text, &error).value_or(BudgetLevels {}));
}

QString levelsToText(const BudgetLevels &levels)
{
    QStringList parts;
    for (int l : levels)
        parts.append(QString::number(l));
    return parts.join(QLatin1Char(','));
}
} // namespace

BudgetWatchStore::BudgetWatchStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_label(databaseLabel(m_db))
{
}

Stored<QHash<QString, BudgetLevels>> BudgetWatchStore::levelOverrides()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT organization_id, levels FROM budget_levels")))
        return dbError<QHash<QString, BudgetLevels>>(
            q, QCoreApplication::translate("BudgetWatchStore", "Reading the alert levels"), m_label);
    QHash<QString, BudgetLevels> out;
    while (q.next()) {
        const BudgetLevels levels = levelsFromText(q.value(1).toString());
        if (!levels.isEmpty())
            out.insert(q.value(0).toString(), levels);
    }
    return Stored<QHash<QString, BudgetLevels>>::success(out);
}

Stored<BudgetLevels> BudgetWatchStore::levelOverride(const QString &orgId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT levels FROM budget_levels WHERE organization_id = ?"));
    q.addBindValue(orgId);
    if (!q.exec())
        return dbError<BudgetLevels>(
            q, QCoreApplication::translate("BudgetWatchStore", "Reading the organization's alert levels"), m_label);
    return Stored<BudgetLevels>::success(q.next() ? levelsFromText(q.value(0).toString()) : BudgetLevels {});
}

Stored<bool> BudgetWatchStore::setLevelOverride(const QString &orgId, const BudgetLevels &levels, const QString &operatorName)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM budget_levels WHERE organization_id = ?"));
    q.addBindValue(orgId);
    if (!q.exec())
        return dbError<bool>(q, QCoreApplication::translate("BudgetWatchStore", "Saving the organization's alert levels"),
                             m_label);
    if (levels.isEmpty())
        return Stored<bool>::success(true);
    q.prepare(QStringLiteral("INSERT INTO budget_levels (organization_id, levels, updated_at, updated_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(orgId);
    q.addBindValue(levelsToText(normalizedLevels(levels)));
    q.addBindValue(toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(operatorName));
    if (!q.exec())
        return dbError<bool>(q, QCoreApplication::translate("BudgetWatchStore", "Saving the organization's alert levels"),
                             m_label);
    return Stored<bool>::success(true);
}

Stored<QList<MemberBudget>> BudgetWatchStore::memberBudgets()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT organization_id, user_id, spend, max_budget, budget_reset_at FROM members"
                               " WHERE status = 'active' AND max_budget IS NOT NULL ORDER BY organization_id, user_id")))
        return dbError<QList<MemberBudget>>(q, QCoreApplication::translate("BudgetWatchStore", "Reading the members' budgets"),
                                            m_label);
    QList<MemberBudget> out;
    while (q.next())
        out.append(MemberBudget {q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), optionalDouble(q.value(3)),
                                 fromDbTime(q.value(4))});
    return Stored<QList<MemberBudget>>::success(out);
}

namespace {
// ON CONFLICT DO NOTHING: the same words on SQLite (3.24+) and PostgreSQL. A concurrent insert of
// the same key on PostgreSQL waits for the other transaction and then inserts nothing.
const QString kInsertCrossing = QStringLiteral(
    "INSERT INTO budget_crossings (organization_id, user_id, level_percent, period_key, crossed_at, spend, max_budget)"
    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");

bool insertCrossing(QSqlQuery &q, const BudgetCrossing &c)
{
    q.bindValue(0, c.organizationId);
    q.bindValue(1, text(c.userId));
    q.bindValue(2, c.level);
    q.bindValue(3, c.periodKey);
    q.bindValue(4, toDbTime(c.crossedAt.isValid() ? c.crossedAt : QDateTime::currentDateTimeUtc()));
    q.bindValue(5, c.spend);
    q.bindValue(6, nullableDouble(c.maxBudget));
    return q.exec();
}
} // namespace

Stored<bool> BudgetWatchStore::recordCrossing(const BudgetCrossing &c)
{
    QSqlQuery q(m_db);
    if (!q.prepare(kInsertCrossing) || !insertCrossing(q, c))
        return dbError<bool>(q, QCoreApplication::translate("BudgetWatchStore", "Recording a budget level crossing"), m_label);
    return Stored<bool>::success(q.numRowsAffected() == 1);
}

namespace {
// Rows per statement. PostgreSQL: 500 (7 values each, far below its 65,535 bound values), so
// 10,000 crossings take 20 round trips instead of 10,000. SQLite has no round trip to save, and
// Qt's driver looks every bound value up by index (quadratic in the values of a statement): few.
qsizetype crossingsPerStatement(const QSqlDatabase &db)
{
    return isPostgres(db) ? 500 : 20;
}

// INSERT ... VALUES (...), (...) ON CONFLICT DO NOTHING RETURNING the key of each row inserted:
// the rows a concurrent desktop (or an earlier refresh) recorded first are not returned. SQLite
// has RETURNING since 3.35 (Debian 12: 3.40).
QString insertCrossingsSql(qsizetype rows)
{
    QString sql = QStringLiteral("INSERT INTO budget_crossings (organization_id, user_id, level_percent, period_key, crossed_at,"
                                 " spend, max_budget) VALUES ");
    for (qsizetype i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?)");
    sql += QStringLiteral(" ON CONFLICT DO NOTHING RETURNING organization_id, user_id, level_percent, period_key");
    return sql;
}

QString crossingKey(const QString &orgId, const QString &userId, int level, const QString &periodKey)
{
    return orgId + QLatin1Char('\x1f') + userId + QLatin1Char('\x1f') + QString::number(level) + QLatin1Char('\x1f') + periodKey;
}

// One statement for crossings [from, from + rows): the keys of the rows it inserted into `won`.
// The crossings of one refresh share their instant: its text is made once, not per row.
struct CrossingTime {
    QDateTime at;
    QString text;
    const QString &of(const QDateTime &t)
    {
        const QDateTime wanted = t.isValid() ? t : QDateTime::currentDateTimeUtc();
        if (text.isEmpty() || wanted != at) {
            at = wanted;
            text = toDbTime(wanted);
        }
        return text;
    }
};

bool insertCrossingChunk(QSqlQuery &q, const QList<BudgetCrossing> &crossings, qsizetype from, qsizetype rows, CrossingTime &time,
                         QSet<QString> &won)
{
    int v = 0;
    for (qsizetype i = from; i < from + rows; ++i) {
        const BudgetCrossing &c = crossings.at(i);
        q.bindValue(v++, c.organizationId);
        q.bindValue(v++, text(c.userId));
        q.bindValue(v++, c.level);
        q.bindValue(v++, c.periodKey);
        q.bindValue(v++, time.of(c.crossedAt));
        q.bindValue(v++, c.spend);
        q.bindValue(v++, nullableDouble(c.maxBudget));
    }
    if (!q.exec())
        return false;
    while (q.next())
        won.insert(crossingKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()));
    q.finish(); // SQLite: the statement done before the transaction commits
    return true;
}
} // namespace

Stored<QList<BudgetCrossing>> BudgetWatchStore::recordCrossings(const QList<BudgetCrossing> &crossings)
{
    QList<BudgetCrossing> out;
    if (crossings.isEmpty())
        return Stored<QList<BudgetCrossing>>::success(out);
    const QString what = QCoreApplication::translate("BudgetWatchStore", "Recording the budget level crossings");
    CrossingTime time;
    QSet<QString> won;
    const qsizetype perStatement = crossingsPerStatement(m_db);
    QSqlQuery full(m_db);
    for (qsizetype from = 0; from < crossings.size(); from += perStatement) {
        const qsizetype rows = std::min(perStatement, crossings.size() - from);
        QSqlQuery partial(m_db);
        QSqlQuery &q = rows == perStatement ? full : partial;
        if ((q.lastQuery().isEmpty() && !q.prepare(insertCrossingsSql(rows)))
            || !insertCrossingChunk(q, crossings, from, rows, time, won))
            return dbError<QList<BudgetCrossing>>(q, what, m_label);
    }
    for (const BudgetCrossing &c : crossings) {
        if (won.remove(crossingKey(c.organizationId, c.userId, c.level, c.periodKey)))
            out.append(c);
    }
    return Stored<QList<BudgetCrossing>>::success(out);
}

Stored<QList<BudgetCrossing>> BudgetWatchStore::crossings(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.organization_id, COALESCE(o.name, ''), c.user_id, c.level_percent, c.period_key,"
                             " c.crossed_at, c.spend, c.max_budget FROM budget_crossings c"
                             " LEFT JOIN organizations o ON o.id = c.organization_id"
                             " ORDER BY c.crossed_at DESC, c.level_percent DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return dbError<QList<BudgetCrossing>>(
            q, QCoreApplication::translate("BudgetWatchStore", "Reading the budget level crossings"), m_label);
    QList<BudgetCrossing> out;
    while (q.next())
        out.append(BudgetCrossing {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                                   q.value(4).toString(), fromDbTime(q.value(5)), q.value(6).toDouble(),
                                   optionalDouble(q.value(7))});
    return Stored<QList<BudgetCrossing>>::success(out);
}

} // namespace OrgConsole
