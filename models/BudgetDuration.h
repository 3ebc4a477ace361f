#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace OrgConsole {

// LiteLLM's duration strings: <int><unit>, unit s, m (minutes!), h, d, w, mo (calendar months).
struct BudgetDuration {
    enum class Unit { Seconds, Minutes, Hours, Days, Weeks, Months };
    qint64 count = 0;
    Unit unit = Unit::Days;

    static std::optional<BudgetDuration> parse(const QString &text);
    QString toString() const;
    // Next reset instant after `now`, aligned the way the proxy aligns it (UTC).
    QDateTime nextReset(const QDateTime &now) const;
    // Exact instant `now + duration` (used for key expiry).
    QDateTime addTo(const QDateTime &now) const;
};

// Empty string when valid (or empty = no reset); otherwise a message for the user.
QString validateBudgetDuration(const QString &text);

} // namespace OrgConsole
