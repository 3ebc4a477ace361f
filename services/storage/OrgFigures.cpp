// A refresh's changed figures stored in a few statements (OrgRepository::updateFigures): with
// Qt's driver each statement prepared on its own costs three round trips on PostgreSQL (PREPARE,
// EXECUTE, DEALLOCATE), so a refresh that found 10,000 organizations' spend changed made 90,000
// of them and held the repository's thread for six seconds (bench_watch_refresh, its first
// refresh); SQLite took 0.4 s.
#include "services/storage/ChangeAnnounce.h"
#include "services/storage/OrgRepository.h"
#include "services/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace OrgConsole {

using namespace Sql;

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(OrgRepository)
};

// "(VALUES (CAST(? AS type), ...), ...) AS v": `rows` rows of one parameter for each type. Both
// engines name a VALUES list's columns column1, column2, ... (SQLite takes no column names for a
// subquery); the casts give PostgreSQL the parameters' types.
QString valuesOf(std::initializer_list<QLatin1String> types, qsizetype rows)
{
    QStringList casts;
    for (const QLatin1String type : types)
        casts.append(QStringLiteral("CAST(? AS %1)").arg(type));
    const QString row = QLatin1Char('(') + casts.join(QLatin1String(", ")) + QLatin1Char(')');
    return QStringLiteral("(VALUES ") + QStringList(rows, row).join(QLatin1String(", ")) + QStringLiteral(") AS v");
}

constexpr QLatin1String kText("TEXT");
constexpr QLatin1String kDouble("DOUBLE PRECISION");

QString updateStatement(qsizetype rows)
{
    return QStringLiteral("UPDATE organizations SET spend = v.column2, max_budget = v.column3, budget_reset_at = v.column4 FROM ")
        + valuesOf({kText, kDouble, kDouble, kText}, rows) + QStringLiteral(" WHERE organizations.id = v.column1");
}

// Only organizations that still exist: one deleted since the refresh read it (its UPDATE found
// nothing) would break the snapshots' foreign key and fail every organization's figures.
QString snapshotStatement(qsizetype rows)
{
    return QStringLiteral("INSERT INTO spend_snapshots (organization_id, at, spend, max_budget) "
                          "SELECT v.column1, v.column2, v.column3, v.column4 FROM ")
        + valuesOf({kText, kText, kDouble, kDouble}, rows)
        + QStringLiteral(" JOIN organizations ON organizations.id = v.column1");
}

// Runs `statement(rows)` over `updates` in runs of up to `perStatement`, binding each update's
// values with `bind`; the statement for a whole run is prepared once. The error of the statement
// that failed, or none.
template<typename Bind>
QSqlError runInBatches(const QSqlDatabase &db, const QList<FiguresUpdate> &updates, qsizetype perStatement,
                       QString (*statement)(qsizetype), Bind bind)
{
    QSqlQuery whole(db);
    std::optional<QSqlQuery> part; // the last run's, when it is shorter
    for (qsizetype from = 0; from < updates.size(); from += perStatement) {
        const qsizetype rows = std::min(perStatement, updates.size() - from);
        if (rows < perStatement)
            part.emplace(db);
        QSqlQuery &q = part ? *part : whole;
        if ((part || from == 0) && !q.prepare(statement(rows)))
            return q.lastError();
        int slot = 0;
        for (qsizetype i = from; i < from + rows; ++i)
            bind(q, slot, updates.at(i));
        if (!q.exec())
            return q.lastError();
    }
    return {};
}
} // namespace

Stored<bool> OrgRepository::updateFigures(const QList<FiguresUpdate> &updates, const QDateTime &at)
{
    const auto failure = [this](const QSqlError &error, const QString &what) {
        return Stored<bool>::failure(StorageError::Kind::Database, describeSqlError(error, m_label, what));
    };
    QSqlError error = runInBatches(m_db, updates, kFiguresPerStatement, &updateStatement,
                                   [](QSqlQuery &q, int &slot, const FiguresUpdate &u) {
                                       q.bindValue(slot++, u.organizationId);
                                       q.bindValue(slot++, u.spend);
                                       q.bindValue(slot++, nullableDouble(u.maxBudget));
                                       q.bindValue(slot++, nullableText(toDbTime(u.budgetResetAt)));
                                   });
    if (error.isValid())
        return failure(error, Words::tr("saving spend"));
    const QString when = toDbTime(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    error = runInBatches(m_db, updates, kFiguresPerStatement, &snapshotStatement,
                         [&when](QSqlQuery &q, int &slot, const FiguresUpdate &u) {
                             q.bindValue(slot++, u.organizationId);
                             q.bindValue(slot++, when);
                             q.bindValue(slot++, u.spend);
                             q.bindValue(slot++, nullableDouble(u.maxBudget));
                         });
    if (error.isValid())
        return failure(error, Words::tr("recording a spend snapshot"));
    for (qsizetype from = 0; from < updates.size(); from += kFiguresPerStatement) {
        QStringList ids;
        for (qsizetype i = from; i < std::min(updates.size(), from + kFiguresPerStatement); ++i)
            ids.append(updates.at(i).organizationId);
        if (error = announceChanges(m_db, OrgChange::Kind::Figures, ids); error.isValid())
            return failure(error, Words::tr("announcing the changes"));
    }
    return Stored<bool>::success(true);
}

} // namespace OrgConsole
