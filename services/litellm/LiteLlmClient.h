#pragma once

#include "services/litellm/DailyActivity.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/litellm/ProxyProfile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcLiteLlm)

class QThreadPool;

namespace OrgConsole {

// The one place that talks to a LiteLLM proxy. Every call is asynchronous and delivers a typed
// Result through its callback, on the thread the client lives in. Callbacks do not run once the
// client is destroyed.
class LiteLlmClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    LiteLlmClient(QNetworkAccessManager *nam, ProxyProfile profile, QObject *parent = nullptr);

    void setMasterKey(const QString &key);
    void setOperatorName(const QString &name) { m_operator = name; }
    // Allows about `requests` requests in flight at once: Qt opens at most six HTTP/1.1
    // connections per host and network manager, so bulk runs spread over a few managers.
    void setParallelism(int requests);
    const ProxyProfile &profile() const { return m_profile; }

    // Teams
    void createTeam(const NewTeamRequest &request, Callback<TeamInfo> done);
    void teamInfo(const QString &teamId, Callback<TeamDetail> done);
    // `replyIn`, when set, runs as soon as the reply is in, before the page is decoded and converted
    // (`failed`: the call failed already, e.g. an error status): a caller reading pages in flight
    // sends its next request meanwhile. `done` follows.
    void listTeams(int page, int pageSize, const QString &aliasFilter, Callback<TeamPage> done,
                   std::function<void(bool failed)> replyIn = {});
    void updateTeam(const TeamUpdateRequest &request, Callback<TeamInfo> done);
    void deleteTeams(const QStringList &teamIds, Callback<QStringList> done);
    // "Already in team" is a success that says so (MemberAdded::alreadyMember).
    void addTeamMember(const TeamMemberRequest &request, Callback<MemberAdded> done);
    void updateTeamMember(const TeamMemberRequest &request, Callback<Done> done);
    void removeTeamMember(const QString &teamId, const QString &userId, Callback<Done> done);
    // /team/block or /team/unblock: the team row with `blocked` as set.
    void blockTeam(const QString &teamId, bool blocked, Callback<TeamInfo> done);
    void teamDailyActivity(const QString &teamId, const QDate &from, const QDate &to, Callback<QList<DailySpend>> done);
    // One page for several teams at the grain of day, team, model and key (LiteLlmActivity.cpp).
    void teamDailyActivityPage(const QStringList &teamIds, const QDate &from, const QDate &to, int page, int pageSize,
                               Callback<ActivityPage> done);
    // Keys
    void generateKey(const GenerateKeyRequest &request, Callback<GeneratedKey> done);
    void keyInfo(const QString &keyOrHash, Callback<KeyInfo> done);
    void listKeys(const QString &teamId, int page, int size, Callback<KeyPage> done);
    void updateKey(const QString &keyOrHash, const QJsonObject &fields, Callback<Done> done);
    void deleteKeys(const QStringList &keysOrHashes, Callback<Done> done);
    void deleteKeysByAlias(const QStringList &aliases, Callback<Done> done);
    void blockKey(const QString &keyOrHash, bool blocked, Callback<KeyInfo> done);
    void regenerateKey(const QString &keyOrHash, Callback<GeneratedKey> done);
    // Users
    void createUser(const QString &userId, const QString &email, Callback<UserInfo> done);
    void userInfo(const QString &userId, Callback<UserInfo> done);
    // Health
    void liveliness(Callback<HealthStatus> done);
    void readiness(Callback<HealthStatus> done);
    // readiness(), remembered for kReadinessMemoryMs so that a bulk run asks once, with askers at
    // the same time sharing one request. A failed request is not remembered, and a reply that says
    // the database is gone forgets the answer.
    void recentReadiness(Callback<HealthStatus> done);
    static constexpr qint64 kReadinessMemoryMs = 10000;
    // Reachability, database and whether the master key is admin, in one report.
    void testConnection(Callback<ConnectionReport> done);
    // The built-in simulator's own routes (/sim/...: history, usage, forget), for the sandbox's
    // demo data and simulated usage. A real proxy answers 404.
    void simulatorCall(const QByteArray &verb, const QString &simPath, const QJsonObject &body, Callback<QJsonObject> done);

    static constexpr qint64 kMaxObjectReplyBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxListReplyBytes = 32 * 1024 * 1024;

    struct RawReply {
        int status = 0;
        QByteArray body;
        LiteLlmError error; // set when the call failed (network, status, or unparseable body)
        QJsonDocument json;
    };
    // Replies of at least this size to a call that allows it (listTeams) are decoded and turned
    // into records on conversionPool(); the callback still runs on this thread.
    static constexpr qint64 kOffThreadReplyBytes = 32 * 1024;
    // The threads that decode large replies: one fewer than the cores, at least one, so that the
    // window's thread and the network's keep a core while pages are decoded.
    static QThreadPool *conversionPool();
    // What Qt may hold of a reply that we have not taken yet (QNetworkReply::setReadBufferSize).
    static constexpr qint64 kReadAheadBytes = 1024 * 1024;
    // Tests only: runs at the start of each reply body's decoding, on the thread that decodes it.
    static inline std::function<void()> conversionHookForTests;

private:
    struct Call {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        bool idempotent = false;
        bool authenticated = true;
        // Replies larger than this are refused while they arrive: one object is small, a page of
        // a list or of daily activity can be larger.
        qint64 maxReplyBytes = kMaxObjectReplyBytes;
        int attempt = 0;
        QByteArray requestId;
    };
    static Call getCall(const QString &path, bool authenticated = true);
    // `decodeElsewhere`, when set, receives a successful reply of kOffThreadReplyBytes or more
    // undecoded instead of `done` receiving it decoded.
    void send(Call call, std::function<void(const RawReply &)> done, std::function<void(RawReply)> decodeElsewhere = {});
    // A reply turned into its answer by `convert`, a function of the reply alone: on the thread
    // pool for a large reply, the answer delivered here; dropped if the client is gone by then.
    template<typename T> using Convert = Result<T> (*)(const RawReply &);
    // `replyIn`: see listTeams.
    template<typename T>
    void sendConverted(const Call &call, Convert<T> convert, Callback<T> done, std::function<void(bool)> replyIn = {});
    template<typename T> void convertOnPool(RawReply r, Convert<T> convert, Callback<T> done);
    // The JSON of a reply read without error, and the checks on its values (thread-safe).
    static void decodeBody(RawReply &r, const QString &host);
    void sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, bool idempotent,
                  std::function<void(const RawReply &)> done);
    QNetworkRequest buildRequest(const Call &call) const;
    QString checkHeaderValues() const;
    // `received`: the body as it arrived, taken from the reply on the way.
    void watchReply(QNetworkReply *reply, const Call &call, std::shared_ptr<LiteLlmError> abortReason,
                    std::shared_ptr<QByteArray> received);
    RawReply readReply(QNetworkReply *reply, const QString &host, const QStringList &sslErrors, const LiteLlmError &abortReason,
                       QByteArray received) const;
    static bool isTransient(const RawReply &reply);

    QNetworkAccessManager *m_nam;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_extraManagers;
    size_t m_nextManager = 0;
    ProxyProfile m_profile;
    QString m_masterKey;
    QString m_operator;
    QList<QSslCertificate> m_extraCas;
    std::optional<HealthStatus> m_readiness;
    QElapsedTimer m_readinessAge;
    std::vector<Callback<HealthStatus>> m_readinessWaiters;
    QString m_caError;
};

} // namespace OrgConsole
