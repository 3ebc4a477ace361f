#include "models/BudgetDuration.h"

#include "models/SafeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace OrgConsole {

std::optional<BudgetDuration> BudgetDuration::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,6})\s*(mo|s|m|h|d|w)\s*$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    BudgetDuration d;
    d.count = match.captured(1).toLongLong();
    if (d.count <= 0)
        return std::nullopt;
    const QString unit = match.captured(2);
    if (unit == QLatin1String("s"))
        d.unit = Unit::Seconds;
    else if (unit == QLatin1String("m"))
        d.unit = Unit::Minutes;
    else if (unit == QLatin1String("h"))
        d.unit = Unit::Hours;
    else if (unit == QLatin1String("d"))
        d.unit = Unit::Days;
    else if (unit == QLatin1String("w"))
        d.unit = Unit::Weeks;
    else
        d.unit = Unit::Months;
    return d;
}

QString BudgetDuration::toString() const
{
    static const char *const suffix[] = {"s", "m", "h", "d", "w", "mo"};
    return QString::number(count) + QLatin1String(suffix[static_cast<int>(unit)]);
}

QDateTime BudgetDuration::addTo(const QDateTime &now) const
{
    switch (unit) {
    case Unit::Seconds:
        return now.addSecs(count);
    case Unit::Minutes:
        return now.addSecs(count * 60);
    case Unit::Hours:
        return now.addSecs(count * 3600);
    case Unit::Days:
        return now.addDays(count);
    case Unit::Weeks:
        return now.addDays(count * 7);
    case Unit::Months:
        return now.addMonths(static_cast<int>(count));
    }
    return now;
}

QDateTime BudgetDuration::nextReset(const QDateTime &nowIn) const
{
    const QDateTime now = nowIn.toUTC();
    const qint64 secs = now.toSecsSinceEpoch();
    auto boundary = [&](qint64 step) { return QDateTime::fromSecsSinceEpoch((secs / step + 1) * step, Qt::UTC); };
    switch (unit) {
    case Unit::Seconds:
        return boundary(count);
    case Unit::Minutes:
        return boundary(count * 60);
    case Unit::Hours:
        return boundary(count * 3600);
    case Unit::Days:
        if (count == 1)
            return QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC);
        return QDateTime(now.date().addDays(count), QTime(0, 0), Qt::UTC);
    case Unit::Weeks:
        return QDateTime(now.date().addDays(count * 7), QTime(0, 0), Qt::UTC);
    case Unit::Months:
        return QDateTime(now.date().addMonths(static_cast<int>(count)), QTime(0, 0), Qt::UTC);
    }
    return now;
}

QString validateBudgetDuration(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    if (!BudgetDuration::parse(text))
        return QCoreApplication::translate("BudgetDuration",
                                           "\"%1\" is not a budget duration; use a number and a unit such as 30d, 1mo, 12h "
                                           "(s = seconds, m = minutes, h = hours, d = days, w = weeks, mo = months).")
            .arg(printable(text.trimmed(), 80));
    return {};
}

} // namespace OrgConsole
