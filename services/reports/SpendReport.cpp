#include "services/reports/SpendReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace OrgConsole {

namespace {
} // namespace

QString groupingKey(ReportGrouping g)
{
    switch (g) {
    case ReportGrouping::Organization:
        return QStringLiteral("org");
    case ReportGrouping::Member:
        return QStringLiteral("member");
    case ReportGrouping::Model:
        return QStringLiteral("model");
    case ReportGrouping::Day:
        return QStringLiteral("day");
    }
    return {};
}

std::optional<ReportGrouping> groupingFromKey(const QString &key)
{
    for (ReportGrouping g : {ReportGrouping::Organization, ReportGrouping::Member, ReportGrouping::Model, ReportGrouping::Day}) {
        if (groupingKey(g) == key)
            return g;
    }
    return std::nullopt;
}

QString groupingTitle(ReportGrouping g)
{
    switch (g) {
    case ReportGrouping::Organization:
        return QCoreApplication::translate("SpendReport", "Organization");
    case ReportGrouping::Member:
        return QCoreApplication::translate("SpendReport", "Member");
    case ReportGrouping::Model:
        return QCoreApplication::translate("SpendReport", "Model");
    case ReportGrouping::Day:
        return QCoreApplication::translate("SpendReport", "Day");
    }
    return {};
}

QDate parseReportDate(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!form.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

OperationError checkReportRange(const QDate &from, const QDate &to, const QDate &today)
{
    if (!from.isValid() || !to.isValid())
        return OperationError::badInput(
            QCoreApplication::translate("SpendReport", "The range needs a start and an end day (YYYY-MM-DD)."));
    if (from > to)
        return OperationError::badInput(QCoreApplication::translate("SpendReport", "The range is reversed: %1 is after %2.")
                                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (to > today)
        return OperationError::badInput(
            QCoreApplication::translate("SpendReport",
                                        "The range ends on %1, after today (%2, UTC); spend of later days is not known yet.")
                .arg(to.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    const qint64 days = from.daysTo(to) + 1;
    if (days > kMaxReportDays)
        return OperationError::badInput(
            QCoreApplication::translate("SpendReport",
                                        "The range has %1 days; a report covers at most %2 days. Split it into shorter ranges.")
                .arg(days)
                .arg(kMaxReportDays));
    return {};
}

qint64 microsFromUsd(double usd)
{
    if (!std::isfinite(usd))
        return 0;
    return std::llround(usd * 1e6);
}

qint64 centsFromMicros(qint64 micros)
{
    return micros >= 0 ? (micros + 5000) / 10000 : -((-micros + 5000) / 10000);
}

namespace {
// "-1234.05" with the whole dollars as `whole` writes them.
template<typename Whole> QString centsWith(qint64 cents, Whole whole)
{
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(whole(std::llabs(cents) / 100))
        .arg(std::llabs(cents) % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

QString centsText(qint64 cents)
{
    return centsWith(cents, [](qint64 dollars) { return QString::number(dollars); });
}

QString centsShown(qint64 cents)
{
    static const QLocale us(QLocale::English, QLocale::UnitedStates); // as formatUsd: amounts are USD
    return centsWith(cents, [](qint64 dollars) { return us.toString(dollars); });
}

void ReportLine::add(const SpendFact &f)
{
    micros += f.micros;
    requests += f.requests;
    tokens += f.tokens;
}

QString memberLabel(const QString &userId)
{
    return userId.isEmpty() ? QCoreApplication::translate("SpendReport", "(no member)") : userId;
}

QString modelLabel(const QString &model)
{
    return model.isEmpty() ? QCoreApplication::translate("SpendReport", "(unknown model)") : model;
}

QStringList groupColumns(ReportGrouping g)
{
    if (g == ReportGrouping::Member)
        return {groupingTitle(ReportGrouping::Organization), groupingTitle(ReportGrouping::Member)};
    return {groupingTitle(g)};
}

namespace {
QStringList keysOf(const SpendFact &f, ReportGrouping g)
{
    switch (g) {
    case ReportGrouping::Organization:
        return {f.organizationName};
    case ReportGrouping::Member:
        return {f.organizationName, memberLabel(f.userId)};
    case ReportGrouping::Model:
        return {modelLabel(f.model)};
    case ReportGrouping::Day:
        return {f.day.toString(Qt::ISODate)};
    }
    return {};
}
} // namespace

QList<ReportLine> groupFacts(const QList<SpendFact> &facts, ReportGrouping g)
{
    QHash<QStringList, qsizetype> index;
    QList<ReportLine> lines;
    for (const SpendFact &f : facts) {
        // Organizations are told apart by id (two may share a name after a rename elsewhere).
        QStringList id = keysOf(f, g);
        if (g == ReportGrouping::Organization || g == ReportGrouping::Member)
            id.append(f.organizationId);
        auto it = index.constFind(id);
        if (it == index.cend()) {
            it = index.insert(id, lines.size());
            lines.append(ReportLine {keysOf(f, g), 0, 0, 0});
        }
        lines[*it].add(f);
    }
    const bool byDay = g == ReportGrouping::Day;
    std::sort(lines.begin(), lines.end(), [byDay](const ReportLine &a, const ReportLine &b) {
        if (byDay)
            return a.keys < b.keys;
        if (a.micros != b.micros)
            return a.micros > b.micros;
        return a.keys < b.keys;
    });
    return lines;
}

ReportLine totalOf(const QList<SpendFact> &facts)
{
    ReportLine total;
    total.keys = QStringList {QCoreApplication::translate("SpendReport", "Total")};
    for (const SpendFact &f : facts)
        total.add(f);
    return total;
}

} // namespace OrgConsole
