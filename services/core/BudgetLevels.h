#pragma once

#include "models/Organization.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace OrgConsole {

// Alert levels: thresholds in whole percent of the max budget (80 = 80 % spent). The global
// defaults live in Settings (80 and 100); an organization may have its own (stored in the
// database). A list is sorted, without duplicates, each level within kMinLevel..kMaxLevel.
using BudgetLevels = QList<int>;

constexpr int kMinLevel = 1;
constexpr int kMaxLevel = 1000;
inline const BudgetLevels kDefaultLevels {80, 100};

// One level as typed ("80"): a whole number of percent in 1..1000, without a '%' sign. Sets
// `error` to a sentence saying what is wrong (naming the text) and returns nullopt otherwise.
std::optional<int> parseLevel(const QString &text, QString *error);
// A comma-separated list ("80, 90, 100"); sorted, duplicates dropped. Empty text gives an empty
// list (no override); an empty item or a bad level is an error.
std::optional<BudgetLevels> parseLevels(const QString &text, QString *error);
// "80, 90, 100".
QString levelsText(const BudgetLevels &levels);
// Sorted, without duplicates, in range: what every stored or typed list becomes.
BudgetLevels normalizedLevels(BudgetLevels levels);

// Where a budget stands. Unlimited: no max budget, nothing to watch.
enum class BudgetState { Unlimited, Ok, AtRisk, OverBudget };

struct LevelReading {
    BudgetState state = BudgetState::Unlimited;
    // Percent of the max budget spent (a budget of 0 counts as 100 % spent once anything may be
    // spent: requests are refused). Meaningless when Unlimited.
    double percentUsed = 0.0;
    // The levels reached, lowest first (each one a crossing to alert once per period).
    BudgetLevels reached;
    // The highest level reached, or 0 when none.
    int highestReached() const { return reached.isEmpty() ? 0 : reached.last(); }
};

// The one evaluation: spend against the max budget and the levels. Over budget at or above 100 %
// used; at risk at or above the lowest level below 100; OK otherwise.
LevelReading evaluateLevel(double spend, std::optional<double> maxBudget, const BudgetLevels &levels);

// "OK", "At risk", "Over budget", "No budget"; the words in orgctl's JSON: ok, at_risk, over_budget,
// unlimited.
QString budgetStateText(BudgetState state);
QString budgetStateKey(BudgetState state);

// The console's quick filter next to the text filter.
enum class QuickFilter { All, AtRisk, OverBudget, Blocked, Failed };
QString quickFilterText(QuickFilter filter);
// Whether an organization with this reading shows under `filter`. At risk and Over budget count
// only active organizations; Blocked is a blocked key; Failed a failed organization.
bool matchesQuickFilter(QuickFilter filter, const Organization &org, const LevelReading &reading);
// The same from the two fields it reads (the list's compact rows).
bool matchesQuickFilter(QuickFilter filter, OrgStatus status, bool keyBlocked, const LevelReading &reading);

// How many organizations are at risk and over budget: "3 at risk, 1 over budget", or
// "All budgets OK" when none are (empty when nothing has a budget).
struct LevelCounts {
    int ok = 0;
    int atRisk = 0;
    int overBudget = 0;
    void add(BudgetState state);
    QString summary() const;
};

// The period a crossing belongs to: the budget's next reset time (ISO, UTC) or "no-period" for a
// budget that never resets. A reset starts a new period, so a level alerts again after it.
QString periodKey(const QDateTime &budgetResetAt);

} // namespace OrgConsole
