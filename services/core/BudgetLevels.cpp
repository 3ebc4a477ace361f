#include "services/core/BudgetLevels.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace OrgConsole {

std::optional<int> parseLevel(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%'))) {
        *error = QCoreApplication::translate("BudgetLevels",
                                             "The level \"%1\" has a '%' sign: write the number of percent alone, e.g. 80.")
                     .arg(t);
        return std::nullopt;
    }
    bool ok = false;
    const int level = t.toInt(&ok);
    if (!ok) {
        *error
            = QCoreApplication::translate("BudgetLevels", "The level \"%1\" is not a whole number of percent (1 to %2), e.g. 80.")
                  .arg(t)
                  .arg(kMaxLevel);
        return std::nullopt;
    }
    if (level < kMinLevel || level > kMaxLevel) {
        *error = QCoreApplication::translate("BudgetLevels", "The level %1 is outside 1 to %2 percent of the max budget.")
                     .arg(level)
                     .arg(kMaxLevel);
        return std::nullopt;
    }
    return level;
}

std::optional<BudgetLevels> parseLevels(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return BudgetLevels {};
    BudgetLevels levels;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("BudgetLevels", "The levels \"%1\" have an empty item: write them like 80, 100.")
                         .arg(text.trimmed());
            return std::nullopt;
        }
        const auto level = parseLevel(item, error);
        if (!level)
            return std::nullopt;
        levels.append(*level);
    }
    return normalizedLevels(levels);
}

QString levelsText(const BudgetLevels &levels)
{
    QStringList parts;
    for (int level : levels)
        parts.append(QString::number(level));
    return parts.join(QStringLiteral(", "));
}

BudgetLevels normalizedLevels(BudgetLevels levels)
{
    levels.removeIf([](int l) { return l < kMinLevel || l > kMaxLevel; });
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    return levels;
}

LevelReading evaluateLevel(double spend, std::optional<double> maxBudget, const BudgetLevels &levels)
{
    LevelReading r;
    if (!maxBudget)
        return r;
    // A budget of 0 allows nothing: it is used up at once, and any spend is beyond every level.
    if (*maxBudget <= 0)
        r.percentUsed = spend > 0 ? double(kMaxLevel) * 10 : 100.0;
    else
        r.percentUsed = spend / *maxBudget * 100.0;
    // A hair below a level from rounding (79.99999 of 80) counts as reached.
    constexpr double kEpsilon = 1e-9;
    for (int level : levels) {
        if (r.percentUsed + kEpsilon >= level)
            r.reached.append(level);
    }
    int lowestBelow100 = 0;
    for (int level : levels) {
        if (level < 100) {
            lowestBelow100 = level;
            break;
        }
    }
    if (r.percentUsed + kEpsilon >= 100.0)
        r.state = BudgetState::OverBudget;
    else if (lowestBelow100 > 0 && r.percentUsed + kEpsilon >= lowestBelow100)
        r.state = BudgetState::AtRisk;
    else
        r.state = BudgetState::Ok;
    return r;
}

QString budgetStateText(BudgetState state)
{
    switch (state) {
    case BudgetState::Unlimited:
        return QCoreApplication::translate("BudgetLevels", "No budget");
    case BudgetState::Ok:
        return QCoreApplication::translate("BudgetLevels", "OK");
    case BudgetState::AtRisk:
        return QCoreApplication::translate("BudgetLevels", "At risk");
    case BudgetState::OverBudget:
        return QCoreApplication::translate("BudgetLevels", "Over budget");
    }
    return {};
}

QString budgetStateKey(BudgetState state)
{
    switch (state) {
    case BudgetState::Unlimited:
        return QCoreApplication::translate("BudgetLevels", "unlimited");
    case BudgetState::Ok:
        return QStringLiteral("ok");
    case BudgetState::AtRisk:
        return QStringLiteral("at_risk");
    case BudgetState::OverBudget:
        return QStringLiteral("over_budget");
    }
    return {};
}

QString quickFilterText(QuickFilter filter)
{
    switch (filter) {
    case QuickFilter::All:
        return QCoreApplication::translate("BudgetLevels", "All");
    case QuickFilter::AtRisk:
        return QCoreApplication::translate("BudgetLevels", "At risk");
    case QuickFilter::OverBudget:
        return QCoreApplication::translate("BudgetLevels", "Over budget");
    case QuickFilter::Blocked:
        return QCoreApplication::translate("BudgetLevels", "Blocked");
    case QuickFilter::Failed:
        return QCoreApplication::translate("BudgetLevels", "Failed");
    }
    return {};
}

bool matchesQuickFilter(QuickFilter filter, const Organization &org, const LevelReading &reading)
{
    return matchesQuickFilter(filter, org.status, org.keyBlocked, reading);
}

bool matchesQuickFilter(QuickFilter filter, OrgStatus status, bool keyBlocked, const LevelReading &reading)
{
    const bool active = status == OrgStatus::Active;
    switch (filter) {
    case QuickFilter::All:
        return true;
    case QuickFilter::AtRisk:
        return active && reading.state == BudgetState::AtRisk;
    case QuickFilter::OverBudget:
        return active && reading.state == BudgetState::OverBudget;
    case QuickFilter::Blocked:
        return keyBlocked;
    case QuickFilter::Failed:
        return status == OrgStatus::Failed;
    }
    return true;
}

void LevelCounts::add(BudgetState state)
{
    if (state == BudgetState::Ok)
        ++ok;
    else if (state == BudgetState::AtRisk)
        ++atRisk;
    else if (state == BudgetState::OverBudget)
        ++overBudget;
}

QString LevelCounts::summary() const
{
    if (atRisk == 0 && overBudget == 0)
        return ok > 0 ? QCoreApplication::translate("BudgetLevels", "All budgets OK") : QString();
    QStringList parts;
    if (atRisk > 0)
        parts.append(QCoreApplication::translate("BudgetLevels", "%1 at risk").arg(atRisk));
    if (overBudget > 0)
        parts.append(QCoreApplication::translate("BudgetLevels", "%1 over budget").arg(overBudget));
    return parts.join(QStringLiteral(", "));
}

QString periodKey(const QDateTime &budgetResetAt)
{
    return budgetResetAt.isValid() ? budgetResetAt.toUTC().toString(Qt::ISODate) : QStringLiteral("no-period");
}

} // namespace OrgConsole
