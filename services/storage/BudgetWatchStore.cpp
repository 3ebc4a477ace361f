#include "services/storage/BudgetWatchStore.h"

#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

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

Stored<QList<BudgetCrossing>> BudgetWatchStore::recordCrossings(const QList<BudgetCrossing> &crossings)
{
    QList<BudgetCrossing> won;
    if (crossings.isEmpty())
        return Stored<QList<BudgetCrossing>>::success(won);
    QSqlQuery q(m_db);
    if (!q.prepare(kInsertCrossing))
        return dbError<QList<BudgetCrossing>>(
            q, QCoreApplication::translate("BudgetWatchStore", "Recording the budget level crossings"), m_label);
    for (const BudgetCrossing &c : crossings) {
        if (!insertCrossing(q, c))
            return dbError<QList<BudgetCrossing>>(
                q, QCoreApplication::translate("BudgetWatchStore", "Recording the budget level crossings"), m_label);
        if (q.numRowsAffected() == 1)
            won.append(c);
    }
    return Stored<QList<BudgetCrossing>>::success(won);
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
