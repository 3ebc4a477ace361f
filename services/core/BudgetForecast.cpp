#include "services/core/BudgetForecast.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace OrgConsole {

qint64 BudgetForecast::sortKey(const QDate &today) const
{
    switch (kind) {
    case Kind::UsedUp:
        return 0;
    case Kind::RunsOut:
        return today.daysTo(date);
    case Kind::NotBeforeReset:
        return std::numeric_limits<qint32>::max() - 3;
    case Kind::NoRecentSpend:
        return std::numeric_limits<qint32>::max() - 2;
    case Kind::NoBudget:
        return std::numeric_limits<qint32>::max() - 1;
    case Kind::Unknown:
        break;
    }
    return std::numeric_limits<qint32>::max();
}

QString BudgetForecast::text() const
{
    switch (kind) {
    case Kind::RunsOut:
        return QLocale().toString(date, QLocale::ShortFormat);
    case Kind::UsedUp:
        return QCoreApplication::translate("BudgetForecast", "used up");
    case Kind::NotBeforeReset:
        return QCoreApplication::translate("BudgetForecast", "not before reset");
    case Kind::NoRecentSpend:
        return QCoreApplication::translate("BudgetForecast", "no recent spend");
    case Kind::NoBudget:
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("—");
}

QString BudgetForecast::key() const
{
    switch (kind) {
    case Kind::RunsOut:
        return QStringLiteral("runs_out");
    case Kind::UsedUp:
        return QStringLiteral("used_up");
    case Kind::NotBeforeReset:
        return QStringLiteral("not_before_reset");
    case Kind::NoRecentSpend:
        return QStringLiteral("no_recent_spend");
    case Kind::NoBudget:
        return QStringLiteral("no_budget");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

BudgetForecast forecastBudget(const QList<DailySpend> &days, const QDate &today, double spend, std::optional<double> maxBudget,
                              const QDateTime &budgetResetAt)
{
    BudgetForecast f;
    if (!maxBudget) {
        f.kind = BudgetForecast::Kind::NoBudget;
        return f;
    }
    const QDate first = today.addDays(-(kForecastWindowDays - 1));
    double total = 0.0;
    for (const DailySpend &d : days) {
        if (d.date >= first && d.date <= today && std::isfinite(d.spend) && d.spend > 0)
            total += d.spend;
    }
    f.dailyRate = total / kForecastWindowDays;
    const double remaining = *maxBudget - spend;
    if (remaining <= 0) {
        f.kind = BudgetForecast::Kind::UsedUp;
        f.date = today;
        return f;
    }
    if (f.dailyRate <= 0) {
        f.kind = BudgetForecast::Kind::NoRecentSpend;
        return f;
    }
    // What is left lasts this many days more at the pace; a tiny remainder runs out today.
    const double daysLeft = remaining / f.dailyRate;
    const qint64 whole = daysLeft > 100000 ? 100000 : qint64(std::floor(daysLeft));
    const QDate runsOut = today.addDays(whole);
    if (budgetResetAt.isValid() && runsOut >= budgetResetAt.toUTC().date()) {
        f.kind = BudgetForecast::Kind::NotBeforeReset;
        return f;
    }
    f.kind = BudgetForecast::Kind::RunsOut;
    f.date = runsOut;
    return f;
}

} // namespace OrgConsole
