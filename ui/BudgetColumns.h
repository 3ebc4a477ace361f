#pragma once

#include "models/Organization.h"
#include "services/core/BudgetForecast.h"
#include "services/core/BudgetLevels.h"
#include "ui/OrgListRow.h"

#include <QDate>
#include <QHash>
#include <QIcon>
#include <QVariant>

namespace OrgConsole {

// What the organization list knows of the budget watch: the levels (defaults and each
// organization's own) and the latest forecasts. The level itself is computed from the row's own
// figures, so it always agrees with the Spend column.
struct BudgetWatchFigures {
    BudgetLevels defaults = kDefaultLevels;
    QHash<QString, BudgetLevels> overrides;
    QHash<QString, BudgetForecast> forecasts;
    QDate today = QDate::currentDate();

    BudgetLevels levelsFor(const QString &orgId) const { return overrides.value(orgId, defaults); }
    LevelReading reading(const Organization &o) const { return evaluateLevel(o.spend, o.maxBudget, levelsFor(o.id)); }
    LevelReading reading(const OrgListRow &o) const { return evaluateLevel(o.spend, o.maxBudget, levelsFor(o.id)); }
    BudgetForecast forecast(const QString &orgId) const { return forecasts.value(orgId); }
};

// A level is never said by colour alone: an icon and words, and the colour as well.
QIcon budgetStateIcon(BudgetState state);
QColor budgetStateColour(BudgetState state);
// "At risk — 82 % of the budget used (levels 80, 100)".
QString budgetLevelDescription(const OrgListRow &o, const BudgetWatchFigures &watch);
QString budgetLevelDescription(const Organization &o, const BudgetWatchFigures &watch);
// "Runs out 3 Dec 2026 at $50.00 a day" / "Not before the reset at …" / "No recent spend".
QString budgetForecastDescription(const OrgListRow &o, const BudgetWatchFigures &watch);
QString budgetForecastDescription(const Organization &o, const BudgetWatchFigures &watch);

// The Level and Runs out columns' data for every role the list asks (display, decoration,
// foreground, tool tip, the sort value under `sortRole`).
QVariant budgetColumnData(const OrgListRow &o, const BudgetWatchFigures &watch, bool levelColumn, int role, int sortRole);
QVariant budgetColumnData(const Organization &o, const BudgetWatchFigures &watch, bool levelColumn, int role, int sortRole);

} // namespace OrgConsole
