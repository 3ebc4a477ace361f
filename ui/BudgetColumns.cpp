#include "ui/BudgetColumns.h"

#include "models/Money.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace OrgConsole {

namespace {
QVariant levelData(const OrgListRow &o, const BudgetWatchFigures &watch, int role, int sortRole)
{
    const bool active = o.status == OrgStatus::Active;
    const LevelReading r = watch.reading(o);
    if (role == sortRole) // most used first when descending; unwatched rows last
        return active && r.state != BudgetState::Unlimited ? r.percentUsed : -1.0;
    if (!active)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return r.state == BudgetState::Unlimited
            ? budgetStateText(r.state)
            : QStringLiteral("%1 (%2%)").arg(budgetStateText(r.state)).arg(qRound(r.percentUsed));
    case Qt::DecorationRole:
        return budgetStateIcon(r.state);
    case Qt::ForegroundRole:
        return r.state == BudgetState::Ok || r.state == BudgetState::Unlimited ? QVariant()
                                                                               : QVariant(budgetStateColour(r.state));
    case Qt::ToolTipRole:
        return budgetLevelDescription(o, watch);
    default:
        return {};
    }
}

QVariant runsOutData(const OrgListRow &o, const BudgetWatchFigures &watch, int role, int sortRole)
{
    const BudgetForecast f = o.status == OrgStatus::Active ? watch.forecast(o.id) : BudgetForecast {};
    if (role == sortRole)
        return double(f.sortKey(watch.today));
    switch (role) {
    case Qt::DisplayRole:
        return f.text();
    case Qt::ForegroundRole:
        return f.kind == BudgetForecast::Kind::RunsOut || f.kind == BudgetForecast::Kind::UsedUp
            ? QVariant(budgetStateColour(BudgetState::AtRisk))
            : QVariant();
    case Qt::ToolTipRole:
        return budgetForecastDescription(o, watch);
    default:
        return {};
    }
}
} // namespace

QIcon budgetStateIcon(BudgetState state)
{
    switch (state) {
    case BudgetState::Ok:
        return QIcon(QStringLiteral(":/icons/level-ok.svg"));
    case BudgetState::AtRisk:
        return QIcon(QStringLiteral(":/icons/level-at-risk.svg"));
    case BudgetState::OverBudget:
        return QIcon(QStringLiteral(":/icons/level-over.svg"));
    case BudgetState::Unlimited:
        break;
    }
    return {};
}

QColor budgetStateColour(BudgetState state)
{
    switch (state) {
    case BudgetState::AtRisk:
        return QColor(0xa8, 0x5c, 0x00); // dark amber: readable on white and on the alternate row
    case BudgetState::OverBudget:
        return QColor(0xc6, 0x28, 0x28);
    case BudgetState::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case BudgetState::Unlimited:
        break;
    }
    return {};
}

QString budgetLevelDescription(const OrgListRow &o, const BudgetWatchFigures &watch)
{
    const LevelReading r = watch.reading(o);
    const BudgetLevels levels = watch.levelsFor(o.id);
    const QString which = watch.overrides.contains(o.id) ? QCoreApplication::translate("BudgetColumns", "its own levels %1 %")
                                                         : QCoreApplication::translate("BudgetColumns", "levels %1 %");
    if (r.state == BudgetState::Unlimited)
        return QCoreApplication::translate("BudgetColumns", "No budget: nothing to watch.");
    return QCoreApplication::translate("BudgetColumns", "%1 — %2 % of %3 used (%4)")
        .arg(budgetStateText(r.state))
        .arg(qRound(r.percentUsed))
        .arg(formatUsd(o.maxBudget), which.arg(levelsText(levels)));
}

QString budgetForecastDescription(const OrgListRow &o, const BudgetWatchFigures &watch)
{
    const BudgetForecast f = watch.forecast(o.id);
    const QString rate = formatUsd(f.dailyRate);
    switch (f.kind) {
    case BudgetForecast::Kind::RunsOut:
        return QCoreApplication::translate("BudgetColumns", "Runs out %1 at %2 a day (the last %3 days' pace)")
            .arg(QLocale().toString(f.date, QLocale::ShortFormat), rate)
            .arg(kForecastWindowDays);
    case BudgetForecast::Kind::UsedUp:
        return QCoreApplication::translate("BudgetColumns",
                                           "Used up: requests are refused until the budget resets or is raised.");
    case BudgetForecast::Kind::NotBeforeReset:
        return QCoreApplication::translate("BudgetColumns", "Does not run out before the reset at %1 (%2 a day)")
            .arg(QLocale().toString(o.budgetResetAt.toLocalTime(), QLocale::ShortFormat), rate);
    case BudgetForecast::Kind::NoRecentSpend:
        return QCoreApplication::translate("BudgetColumns", "No spend in the last %1 days: nothing to run out at.")
            .arg(kForecastWindowDays);
    case BudgetForecast::Kind::NoBudget:
        return QCoreApplication::translate("BudgetColumns", "No budget: never runs out.");
    case BudgetForecast::Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("BudgetColumns", "Not forecast yet (after the next refresh).");
}

QVariant budgetColumnData(const OrgListRow &o, const BudgetWatchFigures &watch, bool levelColumn, int role, int sortRole)
{
    return levelColumn ? levelData(o, watch, role, sortRole) : runsOutData(o, watch, role, sortRole);
}

// The detail pane and the budget watch's summary ask about a whole organization.
QString budgetLevelDescription(const Organization &o, const BudgetWatchFigures &watch)
{
    return budgetLevelDescription(OrgListRow::from(o), watch);
}

QString budgetForecastDescription(const Organization &o, const BudgetWatchFigures &watch)
{
    return budgetForecastDescription(OrgListRow::from(o), watch);
}

QVariant budgetColumnData(const Organization &o, const BudgetWatchFigures &watch, bool levelColumn, int role, int sortRole)
{
    return budgetColumnData(OrgListRow::from(o), watch, levelColumn, role, sortRole);
}

} // namespace OrgConsole
