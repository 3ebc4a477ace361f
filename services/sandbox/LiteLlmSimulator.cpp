#include "services/sandbox/LiteLlmSimulator.h"

#include "services/sandbox/SimRequestLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace OrgConsole::Sandbox {

HttpResponse jsonResponse(const QJsonValue &value, int status)
{
    HttpResponse r;
    r.status = status;
    if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else // a bare JSON scalar, e.g. liveliness' "I'm alive!"
        r.body = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return r;
}

HttpResponse errorEnvelope(int status, const QString &message, const QString &type, const QJsonValue &param)
{
    return jsonResponse(QJsonObject {{QStringLiteral("error"),
                                      QJsonObject {{QStringLiteral("message"), message},
                                                   {QStringLiteral("type"), type},
                                                   {QStringLiteral("param"), param},
                                                   {QStringLiteral("code"), QString::number(status)}}}},
                        status);
}

HttpResponse detailEnvelope(int status, const QJsonValue &detail)
{
    return jsonResponse(QJsonObject {{QStringLiteral("detail"), detail}}, status);
}

HttpResponse detailError(int status, const QString &error)
{
    return detailEnvelope(status, QJsonObject {{QStringLiteral("error"), error}});
}

QString pyRepr(const QString &key, const QString &message)
{
    // Python's repr picks double quotes when the text holds a single quote.
    const QChar q = message.contains(QLatin1Char('\'')) ? QLatin1Char('"') : QLatin1Char('\'');
    return QStringLiteral("{'") + key + QStringLiteral("': ") + q + message + q + QLatin1Char('}');
}

QString pyFloat(double v)
{
    QString s = QString::number(v, 'g', 17);
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')))
        s += QStringLiteral(".0");
    return s;
}

QString maskKey(const QString &key)
{
    return key.left(4) + QStringLiteral("****") + key.right(4);
}

std::optional<double> jsonNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool()) // lax mode: true is 1.0
        return v.toBool() ? 1.0 : 0.0;
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<QString> jsonString(const QJsonValue &v)
{
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

QStringList jsonStrings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray arr = v.toArray();
    for (const QJsonValue &x : arr)
        out.append(x.toString());
    return out;
}

QJsonObject missingField(const QString &location, const QString &name, const QJsonValue &input)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("missing")},
                        {QStringLiteral("loc"), QJsonArray {location, name}},
                        {QStringLiteral("msg"), QStringLiteral("Field required")},
                        {QStringLiteral("input"), input}};
}

namespace {
using TypeError = PydanticError;

// What pydantic says about a present, non-null value that is not of the field's kind; nothing when it is.
// A StringList's items are checked separately (stringItemErrors).
std::optional<TypeError> kindError(FieldKind kind, const QJsonValue &v)
{
    switch (kind) {
    case FieldKind::String:
        if (!v.isString())
            return TypeError {QStringLiteral("string_type"), QStringLiteral("Input should be a valid string")};
        break;
    case FieldKind::Number:
        return numberError(v);
    case FieldKind::Integer:
        return integerError(v);
    case FieldKind::Boolean:
        return boolError(v);
    case FieldKind::StringList:
    case FieldKind::List:
        if (!v.isArray())
            return TypeError {QStringLiteral("list_type"), QStringLiteral("Input should be a valid list")};
        break;
    case FieldKind::Object:
        if (!v.isObject())
            return TypeError {QStringLiteral("dict_type"), QStringLiteral("Input should be a valid dictionary")};
        break;
    }
    return std::nullopt;
}

// One error per item of a list of strings that is not a string, located by its index.
void appendStringItemErrors(const QString &name, const QJsonArray &items, QJsonArray *errors)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            errors->append(QJsonObject {{QStringLiteral("type"), QStringLiteral("string_type")},
                                        {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), name, i}},
                                        {QStringLiteral("msg"), QStringLiteral("Input should be a valid string")},
                                        {QStringLiteral("input"), items.at(i)}});
    }
}
} // namespace

QJsonArray validateBody(const QJsonObject &body, std::initializer_list<FieldSpec> spec)
{
    QJsonArray errors;
    for (const FieldSpec &f : spec) {
        const QString name = QString::fromLatin1(f.name);
        const QJsonValue v = body.value(name);
        if (v.isUndefined()) {
            if (f.required)
                errors.append(missingField(QStringLiteral("body"), name, body));
            continue;
        }
        if (v.isNull() && !f.required)
            continue;
        if (const auto e = kindError(f.kind, v))
            errors.append(QJsonObject {{QStringLiteral("type"), e->type},
                                       {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), name}},
                                       {QStringLiteral("msg"), e->msg},
                                       {QStringLiteral("input"), v}});
        else if (f.kind == FieldKind::StringList)
            appendStringItemErrors(name, v.toArray(), &errors);
    }
    return errors;
}

HttpResponse validationError(const QJsonArray &items)
{
    return detailEnvelope(422, items);
}

LiteLlmSimulator::LiteLlmSimulator(SimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_server([this](const HttpRequest &r, std::shared_ptr<HttpExchange> e) { handle(r, std::move(e)); }, this)
{
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &LiteLlmSimulator::writeState);
    using S = LiteLlmSimulator;
    m_routes = {
        {"POST", QStringLiteral("/team/new"), &S::teamNew, true},
        {"GET", QStringLiteral("/team/info"), &S::teamInfo},
        {"GET", QStringLiteral("/team/list"), &S::teamList},
        {"GET", QStringLiteral("/v2/team/list"), &S::teamListV2},
        {"POST", QStringLiteral("/team/update"), &S::teamUpdate, true},
        {"POST", QStringLiteral("/team/delete"), &S::teamDelete, true},
        {"POST", QStringLiteral("/team/member_add"), &S::teamMemberAdd, true},
        {"POST", QStringLiteral("/team/member_delete"), &S::teamMemberDelete, true},
        {"POST", QStringLiteral("/team/member_update"), &S::teamMemberUpdate, true},
        {"POST", QStringLiteral("/team/block"), &S::teamBlock, true},
        {"POST", QStringLiteral("/team/unblock"), &S::teamUnblock, true},
        {"GET", QStringLiteral("/team/daily/activity"), &S::teamDailyActivity},
        {"POST", QStringLiteral("/key/generate"), &S::keyGenerate, true},
        {"GET", QStringLiteral("/key/info"), &S::keyInfo},
        {"GET", QStringLiteral("/key/list"), &S::keyList},
        {"POST", QStringLiteral("/key/update"), &S::keyUpdate, true},
        {"POST", QStringLiteral("/key/delete"), &S::keyDelete, true},
        {"POST", QStringLiteral("/key/block"), &S::keyBlock, true},
        {"POST", QStringLiteral("/key/unblock"), &S::keyUnblock, true},
        {"POST", QStringLiteral("/key/{key}/regenerate"), &S::keyRegenerate, false},
        {"POST", QStringLiteral("/user/new"), &S::userNew, true},
        {"GET", QStringLiteral("/user/info"), &S::userInfo},
        {"GET", QStringLiteral("/health/liveliness"), &S::healthLiveliness, false, true},
        {"GET", QStringLiteral("/health/liveness"), &S::healthLiveliness, false, true},
        {"GET", QStringLiteral("/health/readiness"), &S::healthReadiness, false, true},
        {"GET", QStringLiteral("/sim/state"), &S::simState, false, false, true},
        {"POST", QStringLiteral("/sim/reset"), &S::simReset, false, false, true},
        {"GET", QStringLiteral("/sim/faults"), &S::simFaultsGet, false, false, true},
        {"POST", QStringLiteral("/sim/faults"), &S::simFaultsAdd, true, false, true},
        {"DELETE", QStringLiteral("/sim/faults"), &S::simFaultsClear, false, false, true},
        {"POST", QStringLiteral("/sim/spend"), &S::simSpend, true, false, true},
        {"POST", QStringLiteral("/sim/clock"), &S::simClock, true, false, true},
        {"POST", QStringLiteral("/sim/config"), &S::simConfig, true, false, true},
        {"POST", QStringLiteral("/sim/seed"), &S::simSeed, true, false, true},
        {"GET", QStringLiteral("/sim/requests"), &S::simRequests, false, false, true},
        {"DELETE", QStringLiteral("/sim/requests"), &S::simRequestsClear, false, false, true},
        {"GET", QStringLiteral("/sim/usage"), &S::simUsageGet, false, false, true},
        {"POST", QStringLiteral("/sim/usage"), &S::simUsageSet, true, false, true},
        {"POST", QStringLiteral("/sim/history"), &S::simHistory, true, false, true},
        {"POST", QStringLiteral("/sim/forget"), &S::simForget, true, false, true},
    };
}

bool LiteLlmSimulator::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString LiteLlmSimulator::baseUrl() const
{
    const QHostAddress a = m_server.address();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_server.port());
}

QString LiteLlmSimulator::setStateFile(const QString &path)
{
    m_stateFile = path;
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read the sandbox state %1: %2").arg(path, file.errorString());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return QStringLiteral("The sandbox state %1 is damaged (%2); starting empty.").arg(path, err.errorString());
    m_state = SimState::load(doc.object());
    restoreClock(doc.object().value(QStringLiteral("clock")).toObject());
    return {};
}

QDateTime LiteLlmSimulator::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSecs);
}

const LiteLlmSimulator::Route *LiteLlmSimulator::findRoute(const QByteArray &method, const QString &path, QString *pathKey) const
{
    QString endpoint = path;
    // /key/{key}/regenerate carries the key in the path.
    if (path.startsWith(QLatin1String("/key/")) && path.endsWith(QLatin1String("/regenerate"))
        && path.count(QLatin1Char('/')) == 3) {
        *pathKey = path.mid(5, path.size() - 5 - 11);
        endpoint = QStringLiteral("/key/{key}/regenerate");
    }
    for (const Route &r : m_routes) {
        if (r.endpoint == endpoint && r.method == method)
            return &r;
    }
    return nullptr;
}

void LiteLlmSimulator::captureRequest(const HttpRequest &request, const QString &endpoint)
{
    m_requests.push_back(capturedRequest(request, endpoint, m_config.masterKey));
    while (m_requests.size() > 2000)
        m_requests.pop_front();
}

std::optional<HttpResponse> LiteLlmSimulator::authenticate(const HttpRequest &request, Caller *caller)
{
    if (m_config.masterKey.isEmpty()) {
        caller->admin = true;
        caller->userId = QStringLiteral("default_user_id");
        return std::nullopt;
    }
    auto authError = [](const QString &message, const QString &type = QStringLiteral("auth_error"),
                        const QJsonValue &param = QStringLiteral("None")) {
        return errorEnvelope(401, QStringLiteral("Authentication Error, ") + message, type, param);
    };
    QString key;
    if (request.headers.contains("x-litellm-api-key")) {
        key = QString::fromUtf8(request.header("x-litellm-api-key"));
        if (key.startsWith(QLatin1String("Bearer ")) || key.startsWith(QLatin1String("bearer ")))
            key = key.mid(7);
    } else if (request.headers.contains("authorization")) {
        const QString value = QString::fromUtf8(request.header("authorization"));
        if (value.startsWith(QLatin1String("Bearer ")) || value.startsWith(QLatin1String("bearer ")))
            key = value.mid(7).trimmed();
        if (key.isEmpty())
            return authError(QStringLiteral("Malformed API Key passed in. Ensure Key has `Bearer ` prefix."));
    } else {
        return authError(QStringLiteral("No api key passed in."));
    }
    if (key == m_config.masterKey) {
        caller->admin = true;
        caller->userId = QStringLiteral("default_user_id");
        return std::nullopt;
    }
    if (!key.startsWith(QLatin1String("sk-")))
        return authError(
            QStringLiteral("LiteLLM Virtual Key expected. Received=%1, expected to start with 'sk-'.").arg(maskKey(key)));
    if (!m_config.dbConnected)
        return errorEnvelope(400, QStringLiteral("No connected db."), QStringLiteral("no_db_connection"), QJsonValue::Null);
    const QString hash = sha256Hex(key);
    const auto it = m_state.keys.constFind(hash);
    if (it == m_state.keys.cend())
        return authError(QStringLiteral("Invalid proxy server token passed. Received API Key = sk-...%1, Key Hash (Token) =%2. "
                                        "Unable to find token in cache or `LiteLLM_VerificationTokenTable`")
                             .arg(key.right(4), hash),
                         QStringLiteral("token_not_found_in_db"), QStringLiteral("key"));
    if (it->blocked.value_or(false))
        return authError(QStringLiteral("Key is blocked. Update via `/key/unblock` if you're admin."));
    if (it->expires.isValid() && it->expires < now())
        return errorEnvelope(400,
                             QStringLiteral("Authentication Error - Expired Key. Key Expiry time %1 and current time %2")
                                 .arg(isoUtc(it->expires), isoUtc(now())),
                             QStringLiteral("expired_key"), it->keyName);
    caller->admin = false;
    caller->userId = it->userId.value_or(QString());
    caller->keyToken = it->token;
    caller->teamId = it->teamId.value_or(QString());
    return std::nullopt;
}

std::optional<HttpResponse> LiteLlmSimulator::noDbResponse(const QString &endpoint) const
{
    if (m_config.dbConnected)
        return std::nullopt;
    const QString see = QStringLiteral("DB not connected. See https://docs.litellm.ai/docs/proxy/virtual_keys");
    if (endpoint == QLatin1String("/key/generate"))
        return errorEnvelope(500, pyRepr(QStringLiteral("error"), see), QStringLiteral("internal_server_error"));
    if (endpoint.startsWith(QLatin1String("/key/")))
        return errorEnvelope(500, QStringLiteral("Not connected to DB!"), QStringLiteral("internal_server_error"));
    if (endpoint == QLatin1String("/team/new"))
        return errorEnvelope(500, pyRepr(QStringLiteral("error"), QStringLiteral("No db connected")),
                             QStringLiteral("internal_server_error"));
    if (endpoint == QLatin1String("/team/info"))
        return errorEnvelope(500,
                             pyRepr(QStringLiteral("error"),
                                    QStringLiteral("Database not connected. Connect a database to your proxy - "
                                                   "https://docs.litellm.ai/docs/simple_proxy#managing-auth---virtual-keys")),
                             QStringLiteral("auth_error"));
    if (endpoint == QLatin1String("/team/list") || endpoint == QLatin1String("/v2/team/list"))
        return detailError(400, see);
    if (endpoint.startsWith(QLatin1String("/team/")))
        return detailError(500, see);
    if (endpoint == QLatin1String("/user/new") || endpoint == QLatin1String("/user/info"))
        return errorEnvelope(400, see, QStringLiteral("internal_server_error"));
    return std::nullopt;
}

namespace {
// Plays an injected failure on the exchange; false for a fault that only adds latency.
bool injectFailure(const SimFault &f, HttpExchange &exchange)
{
    switch (f.mode) {
    case SimFault::Mode::Reset:
        exchange.reset();
        return true;
    case SimFault::Mode::Hang:
        exchange.hang();
        return true;
    case SimFault::Mode::Malformed: {
        HttpResponse r;
        r.status = 200;
        r.body = f.body.isEmpty() ? QByteArray("{\"team_id\": \"x\", \"spend\": 1.0, <html>oops") : f.body;
        exchange.respond(r);
        return true;
    }
    case SimFault::Mode::Status: {
        HttpResponse r;
        r.status = f.status;
        r.body = f.body.isEmpty() ? QByteArray("{\"error\":{\"message\":\"Injected fault\",\"type\":\"internal_server_error\","
                                               "\"param\":\"None\",\"code\":\"")
                + QByteArray::number(f.status) + "\"}}"
                                  : f.body;
        if (!f.location.isEmpty())
            r.extraHeaders.append({"Location", f.location});
        exchange.respond(r);
        return true;
    }
    case SimFault::Mode::None:
    case SimFault::Mode::Lost: // answered by LiteLlmSimulator::answer: the work is done first
        break;
    }
    return false;
}

// The request's JSON object as FastAPI reads it: a 422 for invalid JSON (unless the body is optional
// and blank) or for JSON that is not an object; an absent optional body reads as {}.
std::optional<HttpResponse> parseJsonBody(const QByteArray &raw, bool needsBody, QJsonObject *body)
{
    if (!needsBody && raw.isEmpty())
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
    if (err.error != QJsonParseError::NoError) {
        if (!needsBody && raw.trimmed().isEmpty())
            return std::nullopt;
        return validationError(
            QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("json_invalid")},
                                     {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), err.offset}},
                                     {QStringLiteral("msg"), QStringLiteral("JSON decode error")},
                                     {QStringLiteral("input"), QJsonObject()},
                                     {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("error"), err.errorString()}}}}});
    }
    if (!doc.isObject())
        return validationError(QJsonArray {QJsonObject {
            {QStringLiteral("type"), QStringLiteral("model_attributes_type")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("body")}},
            {QStringLiteral("msg"), QStringLiteral("Input should be a valid dictionary or object to extract fields from")},
            {QStringLiteral("input"), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue()}}});
    *body = doc.object();
    return std::nullopt;
}
} // namespace

void LiteLlmSimulator::handle(const HttpRequest &request, std::shared_ptr<HttpExchange> exchange)
{
    QString pathKey;
    const Route *route = findRoute(request.method, request.path, &pathKey);
    const QString endpoint = route ? route->endpoint : request.path;
    if (!endpoint.startsWith(QLatin1String("/sim/")))
        captureRequest(request, endpoint);

    const FaultDecision decision = endpoint.startsWith(QLatin1String("/sim/")) ? FaultDecision {} : m_faults.decide(endpoint);

    // The answer is worked out after the injected latency, on the event loop, so concurrent
    // requests overlap instead of queueing behind each other.
    auto respond
        = [this, request, exchange, route, pathKey, decision]() { answer(request, *exchange, route, pathKey, decision); };
    if (decision.delayMs > 0)
        QTimer::singleShot(decision.delayMs, this, respond);
    else
        respond();
}

void LiteLlmSimulator::answer(const HttpRequest &request, HttpExchange &exchange, const Route *route, const QString &pathKey,
                              const FaultDecision &decision)
{
    if (!exchange.isOpen())
        return;
    if (decision.failure && decision.failure->mode == SimFault::Mode::Lost && route) {
        (void)dispatch(*route, request, pathKey); // done, but the reply never arrives
        exchange.reset();
        return;
    }
    if (decision.failure && injectFailure(*decision.failure, exchange))
        return;
    if (!route) {
        exchange.respond(detailEnvelope(404, QStringLiteral("Not Found")));
        return;
    }
    exchange.respond(dispatch(*route, request, pathKey));
}

HttpResponse LiteLlmSimulator::dispatch(const Route &route, const HttpRequest &request, const QString &pathKey)
{
    Caller caller;
    if (auto denied = authorize(route, request, &caller))
        return *denied;
    if (!route.simAdmin && !route.publicRoute) {
        if (auto noDb = noDbResponse(route.endpoint))
            return *noDb;
    }
    QJsonObject body;
    if (auto invalid = parseJsonBody(request.body, route.needsBody, &body))
        return *invalid;
    accrueUsage(); // what the simulated traffic spent until now, before anyone reads it
    m_currentPathKey = pathKey;
    const HttpResponse response = (this->*(route.handler))(request, body, caller);
    if (request.method != "GET" && response.status < 300)
        saveState();
    return response;
}

std::optional<HttpResponse> LiteLlmSimulator::authorize(const Route &route, const HttpRequest &request, Caller *caller)
{
    if (route.publicRoute)
        return std::nullopt;
    if (auto denied = authenticate(request, caller))
        return denied;
    if (caller->admin)
        return std::nullopt;
    // Virtual keys may read keys and teams (the handlers refuse the ones not theirs, CONTRACT.md §4.1,
    // §5.1) and their own user (§6.2); everything else is admin-only.
    if (route.endpoint == QLatin1String("/key/info") || route.endpoint == QLatin1String("/team/info"))
        return std::nullopt;
    const QString userId = request.query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    if (route.endpoint == QLatin1String("/user/info") && (userId.isEmpty() || userId == caller->userId))
        return std::nullopt;
    return errorEnvelope(401,
                         QStringLiteral("Authentication Error, user not allowed to access this route, "
                                        "role= internal_user. Trying to access: %1")
                             .arg(request.path),
                         QStringLiteral("auth_error"));
}

// After every change, except while the state is large (the demo data's 90 days of spend: writing
// it would take longer than answering): then at most once a second, and at the end.
void LiteLlmSimulator::saveState()
{
    if (m_stateFile.isEmpty())
        return;
    if (m_slowSave && m_lastSave.isValid() && m_lastSave.elapsed() < kSlowSaveIntervalMs) {
        if (!m_saveTimer.isActive())
            m_saveTimer.start(int(kSlowSaveIntervalMs - m_lastSave.elapsed()));
        return;
    }
    writeState();
}

void LiteLlmSimulator::writeState()
{
    m_saveTimer.stop();
    QJsonObject saved = m_state.save();
    saved.insert(QStringLiteral("clock"), clockJson());
    const QByteArray bytes = QJsonDocument(saved).toJson(QJsonDocument::Compact);
    QSaveFile file(m_stateFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        file.commit();
    }
    // By size, not by how long it took: the same state is saved the same way on a busy machine.
    m_slowSave = bytes.size() > kLargeStateBytes;
    m_lastSave.start();
}

LiteLlmSimulator::~LiteLlmSimulator()
{
    if (m_saveTimer.isActive())
        writeState();
}

void LiteLlmSimulator::applyResets(SimTeam &team) const
{
    if (!m_config.resetsStalled && rollBudgetPeriod(team.budgetDuration, team.budgetResetAt, now()))
        team.spend = 0.0;
}

void LiteLlmSimulator::applyResets(SimKey &key) const
{
    if (!m_config.resetsStalled && rollBudgetPeriod(key.budgetDuration, key.budgetResetAt, now()))
        key.spend = 0.0;
}

// A member's period spend resets on their budget row's period; total_spend never does.
void LiteLlmSimulator::applyResets(SimMembership &membership) const
{
    if (!m_config.resetsStalled && membership.budget
        && rollBudgetPeriod(membership.budget->budgetDuration, membership.budget->budgetResetAt, now()))
        membership.spend = 0.0;
}

} // namespace OrgConsole::Sandbox
