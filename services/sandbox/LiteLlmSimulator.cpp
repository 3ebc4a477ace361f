#include "services/sandbox/LiteLlmSimulator.h"

#include "models/BudgetDuration.h"
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
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<qint64> jsonInteger(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
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
        QString type;
        QString msg;
        switch (f.kind) {
        case FieldKind::String:
            if (!v.isString()) {
                type = QStringLiteral("string_type");
                msg = QStringLiteral("Input should be a valid string");
            }
            break;
        case FieldKind::Number:
            if (v.isString()) {
                bool ok = false;
                v.toString().toDouble(&ok);
                if (!ok) {
                    type = QStringLiteral("float_parsing");
                    msg = QStringLiteral("Input should be a valid number, unable to parse string as a number");
                }
            } else if (!v.isDouble()) {
                type = QStringLiteral("float_type");
                msg = QStringLiteral("Input should be a valid number");
            }
            break;
        case FieldKind::Integer:
            if (!v.isDouble() || v.toDouble() != static_cast<double>(static_cast<qint64>(v.toDouble()))) {
                type = v.isString() ? QStringLiteral("int_parsing") : QStringLiteral("int_type");
                msg = QStringLiteral("Input should be a valid integer");
            }
            break;
        case FieldKind::Boolean:
            if (!v.isBool()) {
                type = QStringLiteral("bool_type");
                msg = QStringLiteral("Input should be a valid boolean");
            }
            break;
        case FieldKind::StringList:
            if (!v.isArray()) {
                type = QStringLiteral("list_type");
                msg = QStringLiteral("Input should be a valid list");
            } else {
                const QJsonArray arr = v.toArray();
                for (qsizetype i = 0; i < arr.size(); ++i) {
                    if (!arr.at(i).isString())
                        errors.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("string_type")},
                                                   {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), name, i}},
                                                   {QStringLiteral("msg"), QStringLiteral("Input should be a valid string")},
                                                   {QStringLiteral("input"), arr.at(i)}});
                }
            }
            break;
        case FieldKind::List:
            if (!v.isArray()) {
                type = QStringLiteral("list_type");
                msg = QStringLiteral("Input should be a valid list");
            }
            break;
        case FieldKind::Object:
            if (!v.isObject()) {
                type = QStringLiteral("dict_type");
                msg = QStringLiteral("Input should be a valid dictionary");
            }
            break;
        }
        if (!type.isEmpty())
            errors.append(QJsonObject {{QStringLiteral("type"), type},
                                       {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), name}},
                                       {QStringLiteral("msg"), msg},
                                       {QStringLiteral("input"), v}});
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

void LiteLlmSimulator::handle(const HttpRequest &request, std::shared_ptr<HttpExchange> exchange)
{
    QString pathKey;
    const Route *route = findRoute(request.method, request.path, &pathKey);
    const QString endpoint = route ? route->endpoint : request.path;
    if (!endpoint.startsWith(QLatin1String("/sim/")))
        captureRequest(request, endpoint);

    const FaultDecision decision = endpoint.startsWith(QLatin1String("/sim/")) ? FaultDecision {} : m_faults.decide(endpoint);

    // Everything below runs after the injected latency, on the event loop, so concurrent
    // requests overlap instead of queueing behind each other.
    auto respond = [this, request, exchange, route, pathKey, decision]() {
        if (!exchange->isOpen())
            return;
        if (decision.failure) {
            const SimFault &f = *decision.failure;
            switch (f.mode) {
            case SimFault::Mode::Reset:
                exchange->reset();
                return;
            case SimFault::Mode::Hang:
                exchange->hang();
                return;
            case SimFault::Mode::Malformed: {
                HttpResponse r;
                r.status = 200;
                r.body = f.body.isEmpty() ? QByteArray("{\"team_id\": \"x\", \"spend\": 1.0, <html>oops") : f.body;
                exchange->respond(r);
                return;
            }
            case SimFault::Mode::Status: {
                HttpResponse r;
                r.status = f.status;
                r.body = f.body.isEmpty()
                    ? QByteArray("{\"error\":{\"message\":\"Injected fault\",\"type\":\"internal_server_error\","
                                 "\"param\":\"None\",\"code\":\"")
                        + QByteArray::number(f.status) + "\"}}"
                    : f.body;
                if (!f.location.isEmpty())
                    r.extraHeaders.append({"Location", f.location});
                exchange->respond(r);
                return;
            }
            case SimFault::Mode::None:
                break;
            }
        }
        if (!route) {
            exchange->respond(detailEnvelope(404, QStringLiteral("Not Found")));
            return;
        }
        Caller caller;
        if (!route->publicRoute) {
            if (auto denied = authenticate(request, &caller)) {
                exchange->respond(*denied);
                return;
            }
            if (!caller.admin) {
                // Virtual keys may only read their own key; everything else is admin-only.
                const bool ownKeyInfo = route->endpoint == QLatin1String("/key/info")
                    && (request.query.queryItemValue(QStringLiteral("key")).isEmpty());
                if (!ownKeyInfo) {
                    exchange->respond(errorEnvelope(401,
                                                    QStringLiteral("Authentication Error, user not allowed to access this route, "
                                                                   "role= internal_user. Trying to access: %1")
                                                        .arg(request.path),
                                                    QStringLiteral("auth_error")));
                    return;
                }
            }
        }
        if (route->simAdmin || route->publicRoute) {
            // no database needed
        } else if (auto noDb = noDbResponse(route->endpoint)) {
            exchange->respond(*noDb);
            return;
        }
        QJsonObject body;
        if (route->needsBody || !request.body.isEmpty()) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
            if (err.error != QJsonParseError::NoError) {
                if (route->needsBody || !request.body.trimmed().isEmpty()) {
                    exchange->respond(validationError(QJsonArray {
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("json_invalid")},
                                     {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), err.offset}},
                                     {QStringLiteral("msg"), QStringLiteral("JSON decode error")},
                                     {QStringLiteral("input"), QJsonObject()},
                                     {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("error"), err.errorString()}}}}}));
                    return;
                }
            } else if (!doc.isObject()) {
                exchange->respond(validationError(QJsonArray {
                    QJsonObject {{QStringLiteral("type"), QStringLiteral("model_attributes_type")},
                                 {QStringLiteral("loc"), QJsonArray {QStringLiteral("body")}},
                                 {QStringLiteral("msg"),
                                  QStringLiteral("Input should be a valid dictionary or object to extract fields from")},
                                 {QStringLiteral("input"), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue()}}}));
                return;
            } else {
                body = doc.object();
            }
        }
        m_currentPathKey = pathKey;
        const HttpResponse response = (this->*(route->handler))(request, body, caller);
        if (!m_stateFile.isEmpty() && request.method != "GET" && response.status < 300) {
            QSaveFile file(m_stateFile);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(QJsonDocument(m_state.save()).toJson(QJsonDocument::Compact));
                file.commit();
            }
        }
        exchange->respond(response);
    };
    if (decision.delayMs > 0)
        QTimer::singleShot(decision.delayMs, this, respond);
    else
        respond();
}

void LiteLlmSimulator::applyResets(SimTeam &team) const
{
    if (!team.budgetDuration || !team.budgetResetAt.isValid() || team.budgetResetAt > now())
        return;
    team.spend = 0.0;
    if (const auto d = BudgetDuration::parse(*team.budgetDuration))
        team.budgetResetAt = d->nextReset(now());
}

void LiteLlmSimulator::applyResets(SimKey &key) const
{
    if (!key.budgetDuration || !key.budgetResetAt.isValid() || key.budgetResetAt > now())
        return;
    key.spend = 0.0;
    if (const auto d = BudgetDuration::parse(*key.budgetDuration))
        key.budgetResetAt = d->nextReset(now());
}

} // namespace OrgConsole::Sandbox
