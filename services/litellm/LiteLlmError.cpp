#include "services/litellm/LiteLlmError.h"

#include "models/SafeText.h"
#include "services/litellm/Redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace OrgConsole {

QString errorCategoryName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None:
        return QStringLiteral("none");
    case ErrorCategory::Configuration:
        return QStringLiteral("configuration");
    case ErrorCategory::Network:
        return QStringLiteral("network");
    case ErrorCategory::Timeout:
        return QStringLiteral("timeout");
    case ErrorCategory::Tls:
        return QStringLiteral("tls");
    case ErrorCategory::Auth:
        return QStringLiteral("auth");
    case ErrorCategory::NotFound:
        return QStringLiteral("not found");
    case ErrorCategory::Validation:
        return QStringLiteral("validation");
    case ErrorCategory::Conflict:
        return QStringLiteral("conflict");
    case ErrorCategory::Server:
        return QStringLiteral("server");
    case ErrorCategory::NoDatabase:
        return QStringLiteral("no database");
    case ErrorCategory::MalformedReply:
        return QStringLiteral("malformed reply");
    }
    return {};
}

QString LiteLlmError::toString() const
{
    QString s = message;
    if (httpStatus > 0)
        s += QCoreApplication::translate("LiteLlmError", " (HTTP %1%2)")
                 .arg(httpStatus)
                 .arg(type.isEmpty() ? QString() : QStringLiteral(", ") + type);
    return s;
}

QString cleanPythonRepr(const QString &message)
{
    const QString t = message.trimmed();
    if (!t.startsWith(QLatin1Char('{')) || !t.endsWith(QLatin1Char('}')))
        return t;
    static const QRegularExpression re(QStringLiteral(R"(^\{\s*['"](error|message|detail)['"]\s*:\s*(['"])(.*)\2\s*\}$)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(t);
    if (m.hasMatch()) {
        QString inner = m.captured(3);
        inner.replace(QStringLiteral("\\'"), QStringLiteral("'"));
        inner.replace(QStringLiteral("\\n"), QStringLiteral(" "));
        return inner.trimmed();
    }
    // A JSON object rather than a repr.
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *k : {"error", "message", "detail"}) {
            const QJsonValue v = o.value(QLatin1String(k));
            if (v.isString())
                return v.toString();
        }
    }
    return t;
}

// FastAPI's ["body", "members_with_roles", 0, "role"] -> "members_with_roles.0.role".
static QString joinLocation(const QJsonArray &location)
{
    QStringList loc;
    for (const QJsonValue &x : location) {
        if (x.isString() && (x.toString() == QLatin1String("body") || x.toString() == QLatin1String("query")))
            continue;
        loc.append(x.isDouble() ? QString::number(x.toInt()) : x.toString());
    }
    return loc.join(QLatin1Char('.'));
}

static QString describeValidationItems(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString loc = joinLocation(o.value(QStringLiteral("loc")).toArray());
        const QString msg = o.value(QStringLiteral("msg")).toString();
        parts.append(loc.isEmpty() ? msg : loc + QStringLiteral(": ") + msg);
    }
    return parts.join(QStringLiteral("; "));
}

// One entry of a problem document's list of invalid parameters: a string, or an object naming the
// parameter ("name", "field", "pointer", "loc") and the reason ("reason", "message", "msg", "detail").
static QString describeInvalidParam(const QJsonValue &item)
{
    if (item.isString())
        return item.toString().trimmed();
    const QJsonObject o = item.toObject();
    QString name;
    for (const char *k : {"name", "field", "param", "pointer"}) {
        if (const QJsonValue v = o.value(QLatin1String(k)); v.isString() && !v.toString().isEmpty()) {
            name = v.toString();
            break;
        }
    }
    if (name.isEmpty())
        name = joinLocation(o.value(QStringLiteral("loc")).toArray());
    QString reason;
    for (const char *k : {"reason", "message", "msg", "detail"}) {
        if (const QJsonValue v = o.value(QLatin1String(k)); v.isString() && !v.toString().isEmpty()) {
            reason = v.toString().trimmed();
            break;
        }
    }
    return name.isEmpty() ? reason : reason.isEmpty() ? name : name + QStringLiteral(": ") + reason;
}

// RFC 7807 application/problem+json: "Title: detail" (once when they say the same), then the
// invalid parameters in brief. The title is always there; detail and the lists may not be.
static QString describeProblem(const QJsonObject &o, QString *type)
{
    constexpr int kShownParams = 5;
    const QString title = o.value(QStringLiteral("title")).toString().trimmed();
    const QString detail = o.value(QStringLiteral("detail")).isString()
        ? cleanPythonRepr(o.value(QStringLiteral("detail")).toString())
        : QString();
    QString sentence = title;
    if (!detail.isEmpty() && detail.compare(title, Qt::CaseInsensitive) != 0)
        sentence = title.isEmpty() ? detail : title + QStringLiteral(": ") + detail;
    QStringList params;
    int more = 0;
    for (const char *k : {"invalid_params", "invalid-params", "errors"}) {
        const QJsonArray items = o.value(QLatin1String(k)).toArray();
        for (const QJsonValue &item : items) {
            const QString p = describeInvalidParam(item);
            if (p.isEmpty())
                continue;
            if (params.size() < kShownParams)
                params.append(p);
            else
                ++more;
        }
    }
    if (!params.isEmpty())
        sentence += QStringLiteral(" (invalid: %1%2)")
                        .arg(params.join(QStringLiteral("; ")),
                             more > 0 ? QCoreApplication::translate("LiteLlmError", "; and %1 more").arg(more) : QString());
    const QString problemType = o.value(QStringLiteral("type")).toString();
    if (type && problemType != QLatin1String("about:blank"))
        *type = problemType;
    return sentence;
}

QString extractProxyMessage(const QByteArray &body, QString *type, QString *param)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        if (type)
            *type = e.value(QStringLiteral("type")).toString();
        if (param) {
            const QJsonValue p = e.value(QStringLiteral("param"));
            *param = p.isString() && p.toString() != QLatin1String("None") ? p.toString() : QString();
        }
        return cleanPythonRepr(e.value(QStringLiteral("message")).toVariant().toString());
    }
    if (error.isString())
        return cleanPythonRepr(error.toString());
    if (o.value(QStringLiteral("title")).isString())
        return describeProblem(o, type);
    const QJsonValue detail = o.value(QStringLiteral("detail"));
    if (detail.isString())
        return cleanPythonRepr(detail.toString());
    if (detail.isObject()) {
        const QJsonObject d = detail.toObject();
        for (const char *k : {"error", "message"}) {
            const QJsonValue v = d.value(QLatin1String(k));
            if (v.isString())
                return cleanPythonRepr(v.toString());
        }
        return QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
    }
    if (detail.isArray())
        return describeValidationItems(detail.toArray());
    return {};
}

// A request that got no HTTP status at all: the network's reason, in words.
static LiteLlmError networkFailure(QNetworkReply::NetworkError networkError, const QString &host, const QString &networkText)
{
    LiteLlmError e;
    switch (networkError) {
    case QNetworkReply::NoError:
        return e;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.category = ErrorCategory::Timeout;
        e.message = QCoreApplication::translate("LiteLlmError", "The proxy at %1 did not answer in time.").arg(host);
        return e;
    case QNetworkReply::ConnectionRefusedError:
        e.category = ErrorCategory::Network;
        e.message = QCoreApplication::translate(
                        "LiteLlmError",
                        "Could not connect to the proxy at %1: the connection was refused (is the proxy running "
                        "and the URL right?).")
                        .arg(host);
        return e;
    case QNetworkReply::RemoteHostClosedError:
        e.category = ErrorCategory::Network;
        e.message
            = QCoreApplication::translate("LiteLlmError", "The proxy at %1 closed the connection before answering.").arg(host);
        return e;
    case QNetworkReply::HostNotFoundError:
        e.category = ErrorCategory::Network;
        e.message = QCoreApplication::translate("LiteLlmError", "The proxy host %1 was not found (check the URL and your DNS).")
                        .arg(host);
        return e;
    case QNetworkReply::SslHandshakeFailedError:
        e.category = ErrorCategory::Tls;
        e.message
            = QCoreApplication::translate("LiteLlmError", "The TLS certificate of %1 was refused: %2")
                  .arg(host,
                       networkText.isEmpty() ? QCoreApplication::translate("LiteLlmError", "handshake failed") : networkText);
        return e;
    default:
        e.category = ErrorCategory::Network;
        e.message
            = QCoreApplication::translate("LiteLlmError", "Network error talking to the proxy at %1: %2")
                  .arg(host, networkText.isEmpty() ? QCoreApplication::translate("LiteLlmError", "unknown error") : networkText);
        return e;
    }
}

// LiteLLM says "no database" with a 400 or a 500 and in several wordings (CONTRACT.md §9.3);
// only the key check at authentication has a type of its own.
static bool saysNoDatabase(const QString &type, const QString &proxyMessage)
{
    if (type == QLatin1String("no_db_connection"))
        return true;
    static const QRegularExpression re(
        QStringLiteral(R"(\b(DB not connected|No db connected|Not connected to DB|Database not connected|No connected db)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(proxyMessage).hasMatch();
}

// The category of an HTTP status; LiteLLM says "already exists" and "no database" only in words.
static ErrorCategory statusCategory(int status, const QString &type, const QString &proxyMessage)
{
    if (status >= 200 && status < 300)
        return ErrorCategory::None;
    if (status >= 300 && status < 400)
        return ErrorCategory::Configuration;
    if ((status == 400 || status == 500) && saysNoDatabase(type, proxyMessage))
        return ErrorCategory::NoDatabase;
    if (status == 401 || status == 403)
        return ErrorCategory::Auth;
    // /team/member_delete and /team/member_update say "not in the team" (or "no such team") as a 400.
    if (status == 404
        || (status == 400
            && (proxyMessage.contains(QLatin1String("not found in team"), Qt::CaseInsensitive)
                || proxyMessage.contains(QLatin1String("does not exist in db")))))
        return ErrorCategory::NotFound;
    if (status == 409
        || (status == 400
            && (proxyMessage.contains(QLatin1String("already exists"))
                || proxyMessage.contains(QLatin1String("already in team")))))
        return ErrorCategory::Conflict;
    if (status >= 400 && status < 500 && status != 429)
        return ErrorCategory::Validation; // 422 and the other 4xx
    return ErrorCategory::Server;
}

static QString statusSummary(int status, ErrorCategory category, const QString &host)
{
    switch (category) {
    case ErrorCategory::Configuration:
        return QCoreApplication::translate(
                   "LiteLlmError",
                   "The proxy at %1 answered with a redirect (HTTP %2); OrgConsole does not follow redirects with the "
                   "master key. Put the final address in the profile URL.")
            .arg(host)
            .arg(status);
    case ErrorCategory::Auth:
        return status == 401
            ? QCoreApplication::translate("LiteLlmError", "The proxy refused the master key (check the key in the profile).")
            : QCoreApplication::translate("LiteLlmError",
                                          "The master key is not allowed to do this (it must be a proxy admin key).");
    case ErrorCategory::NotFound:
        return QCoreApplication::translate("LiteLlmError", "Not found on the proxy.");
    case ErrorCategory::Conflict:
        return QCoreApplication::translate("LiteLlmError", "It already exists on the proxy.");
    case ErrorCategory::Validation:
        return status == 422 ? QCoreApplication::translate("LiteLlmError", "The proxy rejected the request as invalid.")
                             : QCoreApplication::translate("LiteLlmError", "The proxy refused the request.");
    case ErrorCategory::Server:
        if (status == 429)
            return QCoreApplication::translate("LiteLlmError", "The proxy is rate limiting requests; try again shortly.");
        return status == 503
            ? QCoreApplication::translate("LiteLlmError", "The proxy is unavailable (HTTP 503).")
            : QCoreApplication::translate("LiteLlmError", "The proxy failed with a server error (HTTP %1).").arg(status);
    case ErrorCategory::NoDatabase:
        return QCoreApplication::translate("LiteLlmError",
                                           "The proxy at %1 has no database connected, so it cannot manage teams and keys.")
            .arg(host);
    default:
        return {};
    }
}

LiteLlmError errorFromReply(int status, QNetworkReply::NetworkError networkError, const QByteArray &body, const QString &host,
                            const QString &networkErrorText)
{
    if (status == 0)
        return networkFailure(networkError, host, printable(networkErrorText, 500));
    LiteLlmError e;
    e.httpStatus = status;
    // A success has no message to look for: its body (a team of 1,000 members is 1.7 MB) is read
    // once, by the caller, not a second time here.
    if (status >= 200 && status < 300)
        return e;
    // The proxy's words are outside text: bounded, secrets hidden, safe to print anywhere
    // (terminal, label, database). Cut before redacting so a huge message costs little.
    constexpr qsizetype kShown = 1000;
    const QString proxyMessage = printable(redactSecrets(extractProxyMessage(body, &e.type, &e.param).left(4 * kShown)), kShown);
    e.type = printable(e.type.left(100), 100);
    e.param = printable(e.param.left(100), 100);
    e.category = statusCategory(status, e.type, proxyMessage);
    if (e.category == ErrorCategory::None)
        return e;
    e.message = statusSummary(status, e.category, host);
    // A redirect's body is not the proxy's word on anything.
    if (e.category != ErrorCategory::Configuration && !proxyMessage.isEmpty())
        e.message += QCoreApplication::translate("LiteLlmError", " The proxy said: ") + proxyMessage;
    return e;
}

} // namespace OrgConsole
