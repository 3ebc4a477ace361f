#pragma once

#include "models/Member.h"
#include "services/core/BudgetLevels.h"
#include "services/storage/Stored.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace OrgConsole {

// One level crossed by an organization's budget (userId empty) or a member's own budget, in one
// budget period (periodKey()).
struct BudgetCrossing {
    QString organizationId;
    QString organizationName;
    QString userId; // empty: the organization's budget
    int level = 0; // percent of the max budget
    QString periodKey;
    QDateTime crossedAt;
    double spend = 0.0;
    std::optional<double> maxBudget;
    bool isAboutAMember() const { return !userId.isEmpty(); }
};

// A member's own budget as the watch reads it.
struct MemberBudget {
    QString organizationId;
    QString userId;
    double spend = 0.0;
    std::optional<double> maxBudget;
    QDateTime budgetResetAt;
};

// The budget watch's tables (schema 6) on the repository's connection: per-organization alert
// levels and the crossings already alerted. Same code on SQLite and PostgreSQL; every statement
// prepared with bound values. Cheap to make: build one on the repository's thread when needed.
class BudgetWatchStore
{
public:
    explicit BudgetWatchStore(QSqlDatabase db);

    // Every organization's own levels (organizations without an override are not listed).
    Stored<QHash<QString, BudgetLevels>> levelOverrides();
    // One organization's own levels; empty when it follows the defaults.
    Stored<BudgetLevels> levelOverride(const QString &orgId);
    // Sets (or with an empty list, removes) an organization's own levels. The caller validated them.
    Stored<bool> setLevelOverride(const QString &orgId, const BudgetLevels &levels, const QString &operatorName);
    // Active members with a budget of their own.
    Stored<QList<MemberBudget>> memberBudgets();
    // Records a crossing; true when this insert won (nobody recorded it for the period before), false
    // when it was there already. The primary key decides, on both engines.
    Stored<bool> recordCrossing(const BudgetCrossing &crossing);
    // The same for many, 500 rows a statement (INSERT ... ON CONFLICT DO NOTHING RETURNING): the
    // ones whose insert won. Call it inside a transaction.
    Stored<QList<BudgetCrossing>> recordCrossings(const QList<BudgetCrossing> &crossings);
    // The crossings recorded, newest first (at most `limit`).
    Stored<QList<BudgetCrossing>> crossings(int limit = 1000);

private:
    QSqlDatabase m_db;
    QString m_label;
};

} // namespace OrgConsole
