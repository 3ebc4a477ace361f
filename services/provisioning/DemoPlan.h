#pragma once

#include "models/Member.h"
#include "models/Organization.h"

#include <QDate>
#include <QList>
#include <QString>

namespace OrgConsole {

// The sandbox's demo organizations: a fixed plan, the same on every load (fixed names, a seeded
// generator, days counted back from the simulator's today).
enum class DemoPlant {
    None,
    BlockedKey, // the owner's key blocked (through the console's own operation)
    ExpiringKey, // the owner's key expires in a few days
    // The team's budget changed on the proxy behind the console's back: Reconcile shows it until a
    // refresh adopts it (the audit then says it was changed outside the console).
    BudgetDrift,
    MemberBudgetDrift, // the first member's budget changed on the proxy (Reconcile, until fixed)
    MissingKey, // the owner's key deleted on the proxy (Reconcile)
};

struct DemoOrganization {
    NewOrganization input;
    QList<NewMember> members; // `organization` is the name; the owner is not among them
    // Share of the budget spent in the current period (0.92 = at risk, 1.08 = over budget); for an
    // organization without a budget, its spend per day in USD.
    double used = 0.0;
    DemoPlant plant = DemoPlant::None;
};

// One day of one key's spend on one model. `key` is 0 for the owner, i + 1 for members[i].
struct DemoSpendRow {
    int key = 0;
    int daysAgo = 0; // 0 = the simulator's today
    QString model;
    double spend = 0.0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 requests = 0;
    bool current = false; // counts in the current budget period's spend
};

constexpr int kDemoHistoryDays = 90;
constexpr quint64 kDemoSeed = 20261130;

// The 25 organizations, in the order they are created.
QList<DemoOrganization> demoOrganizations();
// Whether `name` is one of them (reset removes only those).
bool isDemoOrganizationName(const QString &name);
// Every user id the demo creates (owners and members), for the simulator to forget at reset.
QStringList demoUserIds();
// The 90 days of spend of demoOrganizations()[index], quieter on the weekends before `today`.
QList<DemoSpendRow> demoSpend(int index, const QDate &today);
// Days in one budget period of `duration` ("30d" 30, "7d" 7, "1d" 1); 0 without a period.
int demoPeriodDays(const QString &duration);

} // namespace OrgConsole
