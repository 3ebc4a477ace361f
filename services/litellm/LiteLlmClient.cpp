// The LiteLLM management endpoints, each a typed call over the transport (LiteLlmTransport.cpp).
#include "services/litellm/LiteLlmClient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace OrgConsole {

template<typename T> static Result<T> failed(const LiteLlmClient::RawReply &r)
{
    return Result<T>::failure(r.error);
}

static LiteLlmError malformed(const QString &what)
{
    LiteLlmError e;
    e.category = ErrorCategory::MalformedReply;
    e.message = QCoreApplication::translate("LiteLlmClient", "The proxy's reply did not contain %1.").arg(what);
    return e;
}

// Runs on the thread pool for a large page: it touches nothing but the reply.
static Result<TeamPage> toTeamPage(const LiteLlmClient::RawReply &r)
{
    if (r.error.isError())
        return failed<TeamPage>(r);
    std::optional<TeamPage> p = parseTeamPage(r.json.object());
    if (!p)
        return Result<TeamPage>::failure(malformed(QCoreApplication::translate("LiteLlmClient", "a list of teams")));
    return Result<TeamPage>::success(std::move(*p));
}

template<typename T>
void LiteLlmClient::sendConverted(const Call &call, Convert<T> convert, Callback<T> done, std::function<void(bool)> replyIn)
{
    send(
        call,
        [convert, done, replyIn](const RawReply &r) {
            if (replyIn)
                replyIn(r.error.isError());
            done(convert(r));
        },
        [this, convert, done, replyIn](RawReply r) {
            if (replyIn)
                replyIn(false); // only a successful reply is decoded elsewhere
            convertOnPool<T>(std::move(r), convert, done);
        });
}

// Decoding is background work beside replies that wait for a thread to be read: its threads run
// at nice 5 (a third of a nice 0 thread's share when both want one core), so the network's thread,
// the window's and the repository's take the core first. Linux keeps a nice value per thread.
// Measured with bench_watch_refresh, 9 refreshes twice each: 616-621 ms at nice 5 or 10, 634-636
// at nice 0.
static void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    // Never raised: a process started at nice 10 keeps decoding at 10.
    static thread_local const bool lowered = setpriority(PRIO_PROCESS, 0, std::max(getpriority(PRIO_PROCESS, 0), 5)) == 0;
    Q_UNUSED(lowered);
#endif
}

// The window's thread and the network's take the last core: with decoding on every core, a
// refresh's 100 pages decoded two at a time on two cores delayed the replies still arriving and
// the requests that follow them (bench_watch_refresh: the pages alone took 626-647 ms instead of
// 592-608 ms).
QThreadPool *LiteLlmClient::conversionPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}

template<typename T> void LiteLlmClient::convertOnPool(RawReply r, Convert<T> convert, Callback<T> done)
{
    // The watcher, and with it the callback, belongs to this client: destroyed with it (the pool's
    // task holds nothing of ours), its answer is dropped. The callback never leaves this thread.
    auto *watcher = new QFutureWatcher<Result<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
        Result<T> result = watcher->result();
        watcher->deleteLater();
        done(std::move(result));
    });
    watcher->setFuture(
        QtConcurrent::run(conversionPool(), [r = std::move(r), convert, host = m_profile.baseUrl.host()]() mutable {
            lowerThisThreadsPriority();
            decodeBody(r, host);
            return convert(r);
        }));
}

void LiteLlmClient::createTeam(const NewTeamRequest &request, Callback<TeamInfo> done)
{
    // Made idempotent by our own team id: an "already exists" after a retry (or a lost reply) is
    // accepted when the existing team carries the same OrgConsole marker.
    sendJson("POST", QStringLiteral("/team/new"), request.toJson(), !request.teamId.isEmpty(),
             [this, request, done](const RawReply &r) {
                 if (!r.error.isError()) {
                     const TeamInfo t = parseTeam(r.json.object());
                     if (t.teamId.isEmpty())
                         return done(
                             Result<TeamInfo>::failure(malformed(QCoreApplication::translate("LiteLlmClient", "a team id"))));
                     return done(Result<TeamInfo>::success(t));
                 }
                 if (r.error.category == ErrorCategory::Conflict && !request.teamId.isEmpty()) {
                     teamInfo(request.teamId, [request, done, original = r.error](Result<TeamDetail> info) {
                         if (info.ok() && !request.metadata.isEmpty()
                             && info.value->team.metadata.value(QStringLiteral("orgconsole_org_id"))
                                 == request.metadata.value(QStringLiteral("orgconsole_org_id")))
                             return done(Result<TeamInfo>::success(info.value->team));
                         done(Result<TeamInfo>::failure(original));
                     });
                     return;
                 }
                 done(failed<TeamInfo>(r));
             });
}

void LiteLlmClient::teamInfo(const QString &teamId, Callback<TeamDetail> done)
{
    Call call = getCall(QStringLiteral("/team/info"));
    call.query.addQueryItem(QStringLiteral("team_id"), QString::fromLatin1(QUrl::toPercentEncoding(teamId)));
    send(call, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<TeamDetail>(r));
        const std::optional<TeamDetail> d = parseTeamDetail(r.json.object());
        if (!d)
            return done(Result<TeamDetail>::failure(malformed(QStringLiteral("team_info"))));
        done(Result<TeamDetail>::success(*d));
    });
}

void LiteLlmClient::listTeams(int page, int pageSize, const QString &aliasFilter, Callback<TeamPage> done,
                              std::function<void(bool)> replyIn)
{
    Call call = getCall(QStringLiteral("/v2/team/list"));
    call.maxReplyBytes = kMaxListReplyBytes;
    call.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    call.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    call.query.addQueryItem(QStringLiteral("sort_by"), QStringLiteral("created_at"));
    call.query.addQueryItem(QStringLiteral("sort_order"), QStringLiteral("asc"));
    if (!aliasFilter.isEmpty())
        call.query.addQueryItem(QStringLiteral("team_alias"), QString::fromLatin1(QUrl::toPercentEncoding(aliasFilter)));
    sendConverted<TeamPage>(call, &toTeamPage, std::move(done), std::move(replyIn));
}

void LiteLlmClient::updateTeam(const TeamUpdateRequest &request, Callback<TeamInfo> done)
{
    sendJson("POST", QStringLiteral("/team/update"), request.toJson(), true, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<TeamInfo>(r));
        const QJsonObject data = r.json.object().value(QStringLiteral("data")).toObject();
        done(Result<TeamInfo>::success(parseTeam(data)));
    });
}

void LiteLlmClient::deleteTeams(const QStringList &teamIds, Callback<QStringList> done)
{
    sendJson("POST", QStringLiteral("/team/delete"), {{QStringLiteral("team_ids"), QJsonArray::fromStringList(teamIds)}}, true,
             [done](const RawReply &r) {
                 if (r.error.isError())
                     return done(failed<QStringList>(r));
                 done(Result<QStringList>::success(parseStringList(r.json.object().value(QStringLiteral("deleted_teams")))));
             });
}

void LiteLlmClient::addTeamMember(const TeamMemberRequest &request, Callback<MemberAdded> done)
{
    sendJson("POST", QStringLiteral("/team/member_add"), request.toAddJson(), false, [done](const RawReply &r) {
        if (r.error.isError() && r.error.category != ErrorCategory::Conflict)
            return done(failed<MemberAdded>(r));
        done(Result<MemberAdded>::success(MemberAdded {r.error.isError()})); // "already in team" is not a failure
    });
}

void LiteLlmClient::updateTeamMember(const TeamMemberRequest &request, Callback<Done> done)
{
    sendJson("POST", QStringLiteral("/team/member_update"), request.toUpdateJson(), true, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<Done>(r));
        done(Result<Done>::success({}));
    });
}

void LiteLlmClient::removeTeamMember(const QString &teamId, const QString &userId, Callback<Done> done)
{
    sendJson("POST", QStringLiteral("/team/member_delete"),
             {{QStringLiteral("team_id"), teamId}, {QStringLiteral("user_id"), userId}}, true, [done](const RawReply &r) {
                 if (r.error.isError())
                     return done(failed<Done>(r));
                 done(Result<Done>::success({}));
             });
}

void LiteLlmClient::teamDailyActivity(const QString &teamId, const QDate &from, const QDate &to, Callback<QList<DailySpend>> done)
{
    auto all = std::make_shared<QMap<QDate, DailySpend>>();
    // The pager holds itself only weakly; the request in flight holds it strongly. So a client
    // destroyed mid-request frees it with the request (a self-owning pager leaked).
    auto fetch = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> self = fetch;
    *fetch = [this, teamId, from, to, done, all, self](int page) {
        Call call = getCall(QStringLiteral("/team/daily/activity"));
        call.maxReplyBytes = kMaxListReplyBytes;
        call.query.addQueryItem(QStringLiteral("team_ids"), QString::fromLatin1(QUrl::toPercentEncoding(teamId)));
        call.query.addQueryItem(QStringLiteral("start_date"), from.toString(Qt::ISODate));
        call.query.addQueryItem(QStringLiteral("end_date"), to.toString(Qt::ISODate));
        call.query.addQueryItem(QStringLiteral("page"), QString::number(page));
        call.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1000"));
        send(call, [done, all, next = self.lock(), page](const RawReply &r) {
            if (r.error.isError())
                return done(failed<QList<DailySpend>>(r));
            bool hasMore = false;
            const QList<DailySpend> days = parseDailyActivity(r.json.object(), &hasMore);
            for (const DailySpend &d : days) { // a day can span pages: add up
                DailySpend &sum = (*all)[d.date];
                sum.date = d.date;
                sum.spend += d.spend;
                sum.requests += d.requests;
                sum.tokens += d.tokens;
            }
            if (hasMore && page < 1000)
                return (*next)(page + 1);
            done(Result<QList<DailySpend>>::success(all->values()));
        });
    };
    (*fetch)(1);
}

void LiteLlmClient::generateKey(const GenerateKeyRequest &request, Callback<GeneratedKey> done)
{
    // Not retried: a lost reply cannot give the raw key back. The caller resolves a duplicate
    // alias (its own deterministic one) by deleting that key and generating again.
    sendJson("POST", QStringLiteral("/key/generate"), request.toJson(), false, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<GeneratedKey>(r));
        const GeneratedKey g = parseGeneratedKey(r.json.object());
        if (!g.rawKey.startsWith(QLatin1String("sk-")) || g.token.isEmpty())
            return done(Result<GeneratedKey>::failure(
                malformed(QCoreApplication::translate("LiteLlmClient", "the new key and its hash"))));
        done(Result<GeneratedKey>::success(g));
    });
}

void LiteLlmClient::keyInfo(const QString &keyOrHash, Callback<KeyInfo> done)
{
    Call call = getCall(QStringLiteral("/key/info"));
    call.query.addQueryItem(QStringLiteral("key"), QString::fromLatin1(QUrl::toPercentEncoding(keyOrHash)));
    send(call, [done, keyOrHash](const RawReply &r) {
        if (r.error.isError())
            return done(failed<KeyInfo>(r));
        KeyInfo k = parseKey(r.json.object().value(QStringLiteral("info")).toObject());
        if (k.token.isEmpty() && keyOrHash.size() == 64)
            k.token = keyOrHash;
        done(Result<KeyInfo>::success(k));
    });
}

void LiteLlmClient::listKeys(const QString &teamId, int page, int size, Callback<KeyPage> done)
{
    Call call = getCall(QStringLiteral("/key/list"));
    call.maxReplyBytes = kMaxListReplyBytes;
    call.query.addQueryItem(QStringLiteral("return_full_object"), QStringLiteral("true"));
    if (!teamId.isEmpty())
        call.query.addQueryItem(QStringLiteral("team_id"), QString::fromLatin1(QUrl::toPercentEncoding(teamId)));
    call.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    call.query.addQueryItem(QStringLiteral("size"), QString::number(size));
    send(call, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<KeyPage>(r));
        done(Result<KeyPage>::success(parseKeyPage(r.json.object())));
    });
}

void LiteLlmClient::updateKey(const QString &keyOrHash, const QJsonObject &fields, Callback<Done> done)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("key"), keyOrHash);
    // The reply is partial (and its JSON columns are strings): callers re-read with keyInfo().
    sendJson("POST", QStringLiteral("/key/update"), body, true, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<Done>(r));
        done(Result<Done>::success({}));
    });
}

void LiteLlmClient::deleteKeys(const QStringList &keysOrHashes, Callback<Done> done)
{
    sendJson("POST", QStringLiteral("/key/delete"), {{QStringLiteral("keys"), QJsonArray::fromStringList(keysOrHashes)}}, true,
             [done](const RawReply &r) {
                 if (r.error.isError())
                     return done(failed<Done>(r));
                 done(Result<Done>::success({}));
             });
}

void LiteLlmClient::simulatorCall(const QByteArray &verb, const QString &simPath, const QJsonObject &body,
                                  Callback<QJsonObject> done)
{
    sendJson(verb, QStringLiteral("/sim/") + simPath, body, verb == "GET", [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<QJsonObject>(r));
        done(Result<QJsonObject>::success(r.json.object()));
    });
}

void LiteLlmClient::deleteKeysByAlias(const QStringList &aliases, Callback<Done> done)
{
    sendJson("POST", QStringLiteral("/key/delete"), {{QStringLiteral("key_aliases"), QJsonArray::fromStringList(aliases)}}, true,
             [done](const RawReply &r) {
                 if (r.error.isError())
                     return done(failed<Done>(r));
                 done(Result<Done>::success({}));
             });
}

void LiteLlmClient::blockTeam(const QString &teamId, bool blocked, Callback<TeamInfo> done)
{
    sendJson("POST", blocked ? QStringLiteral("/team/block") : QStringLiteral("/team/unblock"),
             {{QStringLiteral("team_id"), teamId}}, true, [done](const RawReply &r) {
                 if (r.error.isError())
                     return done(failed<TeamInfo>(r));
                 const std::optional<TeamInfo> team = parseBlockedTeam(r.json.object());
                 if (!team)
                     return done(Result<TeamInfo>::failure(
                         malformed(QCoreApplication::translate("LiteLlmClient", "the team and whether it is blocked"))));
                 done(Result<TeamInfo>::success(*team));
             });
}

void LiteLlmClient::blockKey(const QString &keyOrHash, bool blocked, Callback<KeyInfo> done)
{
    sendJson("POST", blocked ? QStringLiteral("/key/block") : QStringLiteral("/key/unblock"),
             {{QStringLiteral("key"), keyOrHash}}, true, [done](const RawReply &r) {
                 if (r.error.isError())
                     return done(failed<KeyInfo>(r));
                 done(Result<KeyInfo>::success(parseKey(r.json.object())));
             });
}

void LiteLlmClient::regenerateKey(const QString &keyOrHash, Callback<GeneratedKey> done)
{
    sendJson("POST", QStringLiteral("/key/%1/regenerate").arg(QString::fromLatin1(QUrl::toPercentEncoding(keyOrHash))), {}, false,
             [done](const RawReply &r) {
                 if (r.error.isError())
                     return done(failed<GeneratedKey>(r));
                 const GeneratedKey g = parseGeneratedKey(r.json.object());
                 if (!g.rawKey.startsWith(QLatin1String("sk-")))
                     return done(
                         Result<GeneratedKey>::failure(malformed(QCoreApplication::translate("LiteLlmClient", "the new key"))));
                 done(Result<GeneratedKey>::success(g));
             });
}

static UserInfo parseUser(const QJsonObject &o)
{
    UserInfo u;
    const QJsonObject info
        = o.value(QStringLiteral("user_info")).isObject() ? o.value(QStringLiteral("user_info")).toObject() : o;
    u.userId = info.value(QStringLiteral("user_id")).toString(o.value(QStringLiteral("user_id")).toString());
    u.email = info.value(QStringLiteral("user_email")).toString();
    u.teams = parseStringList(info.value(QStringLiteral("teams")));
    return u;
}

void LiteLlmClient::createUser(const QString &userId, const QString &email, Callback<UserInfo> done)
{
    QJsonObject body {{QStringLiteral("user_id"), userId}, {QStringLiteral("auto_create_key"), false}};
    if (!email.isEmpty())
        body.insert(QStringLiteral("user_email"), email);
    sendJson("POST", QStringLiteral("/user/new"), body, true, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<UserInfo>(r));
        done(Result<UserInfo>::success(parseUser(r.json.object())));
    });
}

void LiteLlmClient::userInfo(const QString &userId, Callback<UserInfo> done)
{
    Call call = getCall(QStringLiteral("/user/info"));
    call.query.addQueryItem(QStringLiteral("user_id"), QString::fromLatin1(QUrl::toPercentEncoding(userId)));
    send(call, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<UserInfo>(r));
        done(Result<UserInfo>::success(parseUser(r.json.object())));
    });
}

void LiteLlmClient::liveliness(Callback<HealthStatus> done)
{
    Call call = getCall(QStringLiteral("/health/liveliness"), false);
    send(call, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<HealthStatus>(r));
        HealthStatus h;
        h.alive = true;
        done(Result<HealthStatus>::success(h));
    });
}

void LiteLlmClient::readiness(Callback<HealthStatus> done)
{
    Call call = getCall(QStringLiteral("/health/readiness"), false);
    send(call, [done](const RawReply &r) {
        if (r.error.isError())
            return done(failed<HealthStatus>(r));
        const QJsonObject o = r.json.object();
        HealthStatus h;
        h.alive = true;
        h.db = o.value(QStringLiteral("db")).toString();
        h.version = o.value(QStringLiteral("litellm_version")).toString();
        done(Result<HealthStatus>::success(h));
    });
}

void LiteLlmClient::recentReadiness(Callback<HealthStatus> done)
{
    if (m_readiness && m_readinessAge.isValid() && m_readinessAge.elapsed() < kReadinessMemoryMs) {
        const HealthStatus remembered = *m_readiness;
        // Delivered later, like every other answer.
        QTimer::singleShot(0, this, [done, remembered] { done(Result<HealthStatus>::success(remembered)); });
        return;
    }
    m_readinessWaiters.push_back(std::move(done));
    if (m_readinessWaiters.size() > 1)
        return; // a request is already on its way
    readiness([this](Result<HealthStatus> r) {
        if (r.ok()) {
            m_readiness = *r.value;
            m_readinessAge.start();
        }
        const auto waiters = std::exchange(m_readinessWaiters, {});
        for (const auto &waiter : waiters)
            waiter(r);
    });
}

void LiteLlmClient::testConnection(Callback<ConnectionReport> done)
{
    liveliness([this, done](Result<HealthStatus> live) {
        if (!live.ok())
            return done(Result<ConnectionReport>::failure(live.error));
        readiness([this, done](Result<HealthStatus> ready) {
            ConnectionReport report;
            report.reachable = true;
            if (ready.ok()) {
                report.databaseConnected = ready.value->db.compare(QLatin1String("connected"), Qt::CaseInsensitive) == 0;
                report.version = ready.value->version;
            }
            listTeams(1, 1, {}, [done, report](Result<TeamPage> page) mutable {
                if (!page.ok() && page.error.category != ErrorCategory::Auth)
                    return done(Result<ConnectionReport>::failure(page.error));
                report.adminKey = page.ok();
                if (!report.adminKey)
                    report.summary = QCoreApplication::translate("LiteLlmClient",
                                                                 "The proxy is reachable, but it refused the master key: %1")
                                         .arg(page.error.message);
                else if (!report.databaseConnected)
                    report.summary = QCoreApplication::translate(
                        "LiteLlmClient",
                        "Connected with an admin key, but the proxy has no database: teams and keys cannot be managed.");
                else
                    report.summary
                        = QCoreApplication::translate(
                              "LiteLlmClient",
                              "Connected: the proxy is up, its database is connected and the master key is an admin key%1.")
                              .arg(report.version.isEmpty()
                                       ? QString()
                                       : QCoreApplication::translate("LiteLlmClient", " (LiteLLM %1)").arg(report.version));
                done(Result<ConnectionReport>::success(report));
            });
        });
    });
}

} // namespace OrgConsole
