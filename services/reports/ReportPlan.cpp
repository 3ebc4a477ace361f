// Which days a report must fetch: planFetches() is pure, tested through the report's request counts.
#include "services/reports/SpendReports.h"

#include <QMap>

namespace OrgConsole {

namespace {
bool isStored(const QList<DaySpan> &spans, const QDate &day)
{
    for (const DaySpan &s : spans) {
        if (s.contains(day))
            return true;
    }
    return false;
}

// The first and last closed day of [from, lastClosed] not stored, if any; counts the stored ones.
std::optional<DaySpan> missingSpan(const QList<DaySpan> &spans, const QDate &from, const QDate &lastClosed, int *storedDays)
{
    std::optional<DaySpan> missing;
    for (QDate d = from; d <= lastClosed; d = d.addDays(1)) {
        if (isStored(spans, d)) {
            ++*storedDays;
            continue;
        }
        if (!missing)
            missing = DaySpan {d, d};
        missing->last = d;
    }
    return missing;
}

struct SpanKey {
    DaySpan span;
    std::optional<DaySpan> closed;
    bool operator<(const SpanKey &o) const
    {
        const auto tie = [](const SpanKey &k) {
            return std::make_tuple(k.span.first, k.span.last, k.closed.has_value(), k.closed ? k.closed->last : QDate());
        };
        return tie(*this) < tie(o);
    }
};
} // namespace

FetchPlan planFetches(const QList<ReportTarget> &targets, const QHash<QString, QList<DaySpan>> &stored, const QDate &from,
                      const QDate &to, const QDate &today, int teamsPerRequest)
{
    FetchPlan plan;
    const QDate lastClosed = std::min(to, today.addDays(-1));
    const bool wantsToday = to >= today;
    QMap<SpanKey, QList<const ReportTarget *>> groups;
    for (const ReportTarget &t : targets) {
        const std::optional<DaySpan> missing = missingSpan(stored.value(t.organizationId), from, lastClosed, &plan.storedDays);
        if (!missing && !wantsToday)
            continue;
        SpanKey key;
        if (missing)
            key.closed = DaySpan {missing->first, wantsToday ? lastClosed : missing->last};
        key.span = DaySpan {missing ? missing->first : today, wantsToday ? today : missing->last};
        groups[key].append(&t);
    }
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        for (qsizetype i = 0; i < g.value().size(); i += teamsPerRequest) {
            FetchBatch b;
            b.span = g.key().span;
            b.closedSpan = g.key().closed;
            for (qsizetype j = i; j < std::min(g.value().size(), i + teamsPerRequest); ++j) {
                b.organizationIds.append(g.value().at(j)->organizationId);
                b.teamIds.append(g.value().at(j)->teamId);
            }
            plan.batches.append(b);
        }
    }
    return plan;
}

} // namespace OrgConsole
