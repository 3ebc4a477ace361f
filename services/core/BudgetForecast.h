#pragma once

#include "services/litellm/LiteLlmTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace OrgConsole {

// When a budget runs out at the pace of the last days, before its next reset or not.
struct BudgetForecast {
    enum class Kind {
        Unknown, // not forecast (yet): no figures were read
        NoBudget, // unlimited: never runs out
        UsedUp, // spend has reached the max budget already
        NoRecentSpend, // nothing spent in the window: no pace to go by
        NotBeforeReset, // at this pace, the period ends (and spend resets) first
        RunsOut, // at this pace, on `date`
    };
    Kind kind = Kind::Unknown;
    QDate date; // RunsOut: the day; UsedUp: today
    double dailyRate = 0.0; // average spend per day over the window

    // For sorting: the days until it runs out (0 for used up); later than any date otherwise.
    qint64 sortKey(const QDate &today) const;
    // "3 Dec 2026", "used up", "not before reset", "no recent spend", "—".
    QString text() const;
    // orgctl's JSON word: runs_out, used_up, not_before_reset, no_recent_spend, no_budget, unknown.
    QString key() const;
};

// How many days of spend the forecast averages.
constexpr int kForecastWindowDays = 7;

// The pure forecast: the average daily spend of the `kForecastWindowDays` days ending `today`
// (days without a row count as nothing spent), projected from `spend` to `maxBudget`. A budget that
// resets (`budgetResetAt` valid) and would run out on or after the reset day does not run out
// before the reset.
BudgetForecast forecastBudget(const QList<DailySpend> &days, const QDate &today, double spend, std::optional<double> maxBudget,
                              const QDateTime &budgetResetAt);

} // namespace OrgConsole
