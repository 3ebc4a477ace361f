#pragma once

#include "services/sandbox/SimFaults.h"
#include "services/sandbox/SimHttpServer.h"
#include "services/sandbox/SimState.h"
#include "services/sandbox/SimTeamJsonCache.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <deque>

namespace OrgConsole::Sandbox {

struct SimConfig {
    QString masterKey; // empty = no master key configured: every caller is proxy admin
    bool dbConnected = true;
    bool premium = false; // enterprise features (key regenerate, tags)
    bool readinessDetailed = false; // late-2025 detailed /health/readiness payload
    bool legacyBreakdown = false; // early-2025 plain SpendMetrics breakdown maps
    bool keyUpdateNotFound2026 = false; // "Key not found." instead of the late-2025 wrong text
    // The proxy's budget reset job does not run (LiteLLM #8364): spend stays and budget_reset_at
    // stays in the past once the clock passes it.
    bool resetsStalled = false;
    QString version = QStringLiteral("1.95.0");
};

// A LiteLLM proxy in memory, speaking the management API over real HTTP, with fault injection.
class LiteLlmSimulator : public QObject
{
    Q_OBJECT
public:
    explicit LiteLlmSimulator(SimConfig config, QObject *parent = nullptr);
    ~LiteLlmSimulator() override; // writes a state file save still pending

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_server.port(); }
    QString baseUrl() const;
    QString errorString() const { return m_server.errorString(); }

    SimFaults &faults() { return m_faults; }
    SimState &state() { return m_state; }
    SimConfig &config() { return m_config; }
    // Moves the simulated clock; simulated usage, when on, accrues for every hour it passes.
    void advanceClock(qint64 seconds);
    QDateTime now() const;

    // Keeps the state in a JSON file (the sandbox): loaded now, saved after every change.
    QString setStateFile(const QString &path);

    // Populates N teams with `keysPerTeam` keys each, for benchmarks.
    void seed(int teams, int keysPerTeam, const QString &aliasPrefix);

    // Mimics the proxy's spend tracking: key, team, membership and daily figures.
    bool recordSpend(const QString &keyRawOrHash, double spend, const QString &model, const QString &date, qint64 promptTokens,
                     qint64 completionTokens);

    // Simulated usage (SimUsage.cpp): while on, spend accrues on every key that may spend, one
    // simulated hour at a time, the same for the same seed and clock steps. `factor` speeds the
    // simulated clock up against real time (3600: a real second is a simulated hour).
    struct Usage {
        bool enabled = false;
        int factor = 1;
        quint32 seed = 1;
        qint64 accruedUntilHour = 0; // the first hour (since the epoch) not accrued yet
    };
    void setUsage(bool enabled, int factor, quint32 seed);
    const Usage &usage() const { return m_usage; }

private:
    struct Caller {
        bool admin = false;
        QString userId;
        QString keyToken; // a virtual key's hash; empty for the master key
        QString teamId; // a virtual key's team
    };
    using Handler = HttpResponse (LiteLlmSimulator::*)(const HttpRequest &, const QJsonObject &, const Caller &);
    struct Route {
        QByteArray method;
        QString endpoint;
        Handler handler;
        bool needsBody = false;
        bool publicRoute = false;
        bool simAdmin = false;
    };

    // Answering a request, step by step: a fault or the route's handler, after any injected latency.
    void handle(const HttpRequest &request, std::shared_ptr<HttpExchange> exchange);
    void answer(const HttpRequest &request, HttpExchange &exchange, const Route *route, const QString &pathKey,
                const FaultDecision &decision);
    HttpResponse dispatch(const Route &route, const HttpRequest &request, const QString &pathKey);
    std::optional<HttpResponse> authorize(const Route &route, const HttpRequest &request, Caller *caller);
    void saveState(); // to the sandbox's state file, when there is one
    void writeState();
    static constexpr qsizetype kLargeStateBytes = 1024 * 1024;
    static constexpr qint64 kSlowSaveIntervalMs = 1000;
    const Route *findRoute(const QByteArray &method, const QString &path, QString *pathKey) const;
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Caller *caller);
    std::optional<HttpResponse> noDbResponse(const QString &endpoint) const;
    void captureRequest(const HttpRequest &request, const QString &endpoint);
    void applyResets(SimTeam &team) const;
    void applyResets(SimKey &key) const;
    void applyResets(SimMembership &membership) const;
    HttpResponse generateKeyFrom(const QJsonObject &body, const std::optional<QString> &forcedRaw);

    // teams
    QJsonArray initialMembers(const QString &teamId, const QJsonArray &members, const Caller &caller);
    const std::vector<size_t> &sortedTeamOrder(const QString &sortBy);
    HttpResponse teamNew(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamInfo(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamList(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamListV2(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamUpdate(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamDelete(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamMemberAdd(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamMemberDelete(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamMemberUpdate(const HttpRequest &, const QJsonObject &, const Caller &);
    // The team's membership rows in members_with_roles order, their periods brought up to date.
    QJsonArray teamMemberships(const SimTeam &team);
    HttpResponse teamBlock(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamUnblock(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse teamDailyActivity(const HttpRequest &, const QJsonObject &, const Caller &);
    // keys
    HttpResponse keyGenerate(const HttpRequest &, const QJsonObject &, const Caller &);
    bool mayReadKey(const SimKey &key, const Caller &caller);
    HttpResponse keyInfo(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse keyList(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse keyUpdate(const HttpRequest &, const QJsonObject &, const Caller &);
    void writeKeyField(SimKey &key, const QString &field, const QJsonValue &value, QJsonObject *written);
    HttpResponse keyDelete(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse keyBlock(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse keyUnblock(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse keyRegenerate(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse setKeyBlocked(const QJsonObject &body, bool blocked);
    // users
    HttpResponse userNew(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse userInfo(const HttpRequest &, const QJsonObject &, const Caller &);
    // health
    HttpResponse healthLiveliness(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse healthReadiness(const HttpRequest &, const QJsonObject &, const Caller &);
    // simulator administration
    HttpResponse simState(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simReset(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simFaultsGet(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simFaultsAdd(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simFaultsClear(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simSpend(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simClock(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simConfig(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simSeed(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simRequests(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simRequestsClear(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simUsageGet(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simUsageSet(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simHistory(const HttpRequest &, const QJsonObject &, const Caller &);
    HttpResponse simForget(const HttpRequest &, const QJsonObject &, const Caller &);
    // simulated usage
    // The clock offset and the usage settings, kept in the state file (under "clock") so that a
    // sandbox started again keeps its simulated time, and its simulated usage when that was on.
    QJsonObject clockJson() const;
    void restoreClock(const QJsonObject &saved);
    void usageTick();
    void accrueUsage();
    void accrueHour(qint64 hour, QHash<QString, size_t> &dailyIndex);
    double hourlySpend(const SimKey &key, const SimTeam *team, qint64 hour) const;
    void addDaily(QHash<QString, size_t> &dailyIndex, const SimDailyRow &row);

    SimConfig m_config;
    SimState m_state;
    SimFaults m_faults;
    SimHttpServer m_server;
    QList<Route> m_routes;
    qint64 m_clockOffsetSecs = 0;
    Usage m_usage;
    QTimer *m_usageTimer = nullptr;
    std::deque<QJsonObject> m_requests;
    QString m_currentPathKey;
    QString m_stateFile;
    QTimer m_saveTimer;
    QElapsedTimer m_lastSave;
    bool m_slowSave = false;
    std::vector<size_t> m_sorted; // positions in teamOrder, sorted by m_sortedBy (cache)
    QString m_sortedBy;
    quint64 m_sortedVersion = ~quint64(0);
    SimTeamJsonCache m_teamJson; // /v2/team/list's teams, serialized once per change
};

// Response builders shared by the route files.
HttpResponse jsonResponse(const QJsonValue &value, int status = 200);
HttpResponse errorEnvelope(int status, const QString &message, const QString &type,
                           const QJsonValue &param = QStringLiteral("None"));
HttpResponse detailEnvelope(int status, const QJsonValue &detail);
HttpResponse detailError(int status, const QString &error); // {"detail":{"error":...}}
QString pyRepr(const QString &key, const QString &message); // {'error': '...'}
QString pyFloat(double v);
QString maskKey(const QString &key);
// A budget_duration LiteLLM refuses. /team/new and /team/member_add answer in the error envelope,
// /team/update and /team/member_update with a bare {"detail": ...}.
enum class Envelope { Error, Detail };
HttpResponse refusedBudgetDuration(const QString &value, Envelope envelope);

// Lenient readers of request fields (pydantic's lax mode accepts numbers given as strings).
std::optional<double> jsonNumber(const QJsonValue &v);
std::optional<qint64> jsonInteger(const QJsonValue &v);
std::optional<QString> jsonString(const QJsonValue &v);
std::optional<bool> jsonBool(const QJsonValue &v); // also "yes"/"off"/1/0..., as pydantic's lax mode
QStringList jsonStrings(const QJsonValue &v);

// One pydantic v2 error about a value in lax mode, nothing when the value passes (SimLaxValues.cpp).
struct PydanticError {
    QString type;
    QString msg;
};
std::optional<PydanticError> numberError(const QJsonValue &v); // float_parsing, float_type
std::optional<PydanticError> integerError(const QJsonValue &v); // int_from_float, int_parsing, int_type
std::optional<PydanticError> boolError(const QJsonValue &v); // bool_parsing, bool_type

// FastAPI-style body validation.
enum class FieldKind { String, Number, Integer, Boolean, StringList, Object, List };
struct FieldSpec {
    const char *name;
    FieldKind kind;
    bool required = false;
};
QJsonArray validateBody(const QJsonObject &body, std::initializer_list<FieldSpec> spec);
HttpResponse validationError(const QJsonArray &items);
QJsonObject missingField(const QString &location, const QString &name, const QJsonValue &input);
// A team member's role, pydantic's Literal['admin', 'user'], and its 422 item at `loc`.
bool isMemberRole(const QString &role);
QJsonObject roleLiteralError(const QJsonArray &loc, const QString &role);

} // namespace OrgConsole::Sandbox
