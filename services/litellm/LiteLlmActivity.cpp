// One page of /team/daily/activity for several teams, with the per-model and per-key figures
// (DailyActivity.h). The caller pages and batches; see services/reports/SpendReports.cpp.
#include "services/litellm/LiteLlmClient.h"

#include <QCoreApplication>

namespace OrgConsole {

void LiteLlmClient::teamDailyActivityPage(const QStringList &teamIds, const QDate &from, const QDate &to, int page, int pageSize,
                                          Callback<ActivityPage> done)
{
    Call call = getCall(QStringLiteral("/team/daily/activity"));
    call.maxReplyBytes = kMaxListReplyBytes;
    QStringList encoded;
    for (const QString &t : teamIds)
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(t)));
    call.query.addQueryItem(QStringLiteral("team_ids"), encoded.join(QLatin1Char(',')));
    call.query.addQueryItem(QStringLiteral("start_date"), from.toString(Qt::ISODate));
    call.query.addQueryItem(QStringLiteral("end_date"), to.toString(Qt::ISODate));
    call.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    call.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    send(call, [done, teamIds](const RawReply &r) {
        if (r.error.isError())
            return done(Result<ActivityPage>::failure(r.error));
        const std::optional<ActivityPage> p = r.json.isObject() ? parseActivityPage(r.json.object(), teamIds) : std::nullopt;
        if (!p) {
            LiteLlmError e;
            e.category = ErrorCategory::MalformedReply;
            e.message = QCoreApplication::translate("LiteLlmActivity", "The proxy's reply did not contain the daily activity.");
            return done(Result<ActivityPage>::failure(e));
        }
        done(Result<ActivityPage>::success(*p));
    });
}

} // namespace OrgConsole
