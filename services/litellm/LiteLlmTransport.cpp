// The transport under every LiteLLM call: one request policy (headers, TLS, redirects, timeouts,
// size caps, retries) and one reply reader.
#include "models/SafeText.h"
#include "models/Validation.h"
#include "orgconsole/version.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/litellm/Redaction.h"
#include "services/litellm/ReplyValues.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLiteLlm, "orgconsole.litellm", QtWarningMsg)

namespace OrgConsole {

QString checkProxyUrl(const QUrl &url, bool allowPlainHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("LiteLlmTransport",
                                           "\"%1\" is not a valid proxy URL (expected e.g. https://litellm.example.com).")
            .arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return QCoreApplication::translate("LiteLlmTransport",
                                           "The proxy URL must start with https:// (or http:// for a proxy on this machine).");
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (!loopback && !allowPlainHttp)
        return QCoreApplication::translate(
                   "LiteLlmTransport",
                   "Plain http:// is only allowed to a proxy on this machine; %1 would receive the master key unencrypted. "
                   "Use https://, or allow plain HTTP explicitly in the profile.")
            .arg(url.host());
    return {};
}

LiteLlmClient::LiteLlmClient(QNetworkAccessManager *nam, ProxyProfile profile, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(std::move(profile))
{
    if (!m_profile.caBundlePath.isEmpty()) {
        m_extraCas = QSslCertificate::fromPath(m_profile.caBundlePath, QSsl::Pem);
        if (m_extraCas.isEmpty())
            m_caError = QCoreApplication::translate("LiteLlmTransport",
                                                    "The CA bundle %1 could not be read or holds no PEM certificate.")
                            .arg(m_profile.caBundlePath);
    }
}

void LiteLlmClient::setParallelism(int requests)
{
    const int managers = std::max(1, (requests + 5) / 6);
    while (int(m_extraManagers.size()) + 1 < managers)
        m_extraManagers.push_back(std::make_unique<QNetworkAccessManager>());
}

void LiteLlmClient::setMasterKey(const QString &key)
{
    m_masterKey = key;
    registerSecretForRedaction(key);
}

QNetworkRequest LiteLlmClient::buildRequest(const Call &call) const
{
    QUrl url = m_profile.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + call.path);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(QByteArray("OrgConsole/") + kVersion));
    request.setRawHeader("X-Request-ID", call.requestId);
    if (call.authenticated && !m_masterKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_masterKey.toUtf8());
    if (!m_operator.isEmpty() && call.verb != "GET")
        request.setRawHeader("litellm-changed-by", m_operator.toUtf8());
    request.setTransferTimeout(m_profile.timeoutMs);
    // Never follow a redirect with the master key: a 3xx comes back to us as an error.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            ssl.addCaCertificates(m_extraCas);
        request.setSslConfiguration(ssl);
    }
    return request;
}

bool LiteLlmClient::isTransient(const RawReply &reply)
{
    const ErrorCategory c = reply.error.category;
    if (c == ErrorCategory::Network || c == ErrorCategory::Timeout)
        return true;
    return reply.status == 429 || reply.status == 502 || reply.status == 503 || reply.status == 504;
}

QString LiteLlmClient::checkHeaderValues() const
{
    // A line break in a header value would end the header and smuggle in others (or a second
    // request on a kept-alive connection); Qt sends raw header values as they are.
    if (hasUnsafeCharacters(m_operator) || m_operator.size() > kMaxOperatorNameChars)
        return QCoreApplication::translate(
                   "LiteLlmTransport",
                   "The operator name \"%1\" cannot be sent to the proxy: it is over %2 characters or holds "
                   "control characters. Set a plain name in Settings or with --operator.")
            .arg(printable(m_operator, 80))
            .arg(kMaxOperatorNameChars);
    for (const QChar c : m_masterKey) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return QCoreApplication::translate(
                       "LiteLlmTransport",
                       "The master key of the profile \"%1\" holds a space, line break or other character that "
                       "cannot be sent in a header; store the key again.")
                .arg(printable(m_profile.name, 80));
    }
    return {};
}

void LiteLlmClient::send(Call call, std::function<void(const RawReply &)> done, std::function<void(RawReply)> decodeElsewhere)
{
    const QString host = m_profile.baseUrl.host();
    auto fail = [&](ErrorCategory category, const QString &message) {
        RawReply r;
        r.error.category = category;
        r.error.message = message;
        // Deliver asynchronously, like every other answer.
        QTimer::singleShot(0, this, [done, r] { done(r); });
    };
    if (const QString urlError = checkProxyUrl(m_profile.baseUrl, m_profile.allowPlainHttp); !urlError.isEmpty())
        return fail(ErrorCategory::Configuration, urlError);
    if (!m_caError.isEmpty())
        return fail(ErrorCategory::Configuration, m_caError);
    if (call.authenticated && m_masterKey.isEmpty())
        return fail(ErrorCategory::Configuration,
                    QCoreApplication::translate("LiteLlmTransport", "No master key is set for the proxy profile \"%1\".")
                        .arg(m_profile.name));
    if (const QString headerError = checkHeaderValues(); !headerError.isEmpty())
        return fail(ErrorCategory::Configuration, headerError);

    ++call.attempt;
    if (call.requestId.isEmpty())
        call.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QNetworkRequest request = buildRequest(call);
    QNetworkAccessManager *nam = m_nam;
    if (!m_extraManagers.empty()) {
        const size_t pick = m_nextManager++ % (m_extraManagers.size() + 1);
        if (pick > 0)
            nam = m_extraManagers[pick - 1].get();
    }
    QNetworkReply *reply = nam->sendCustomRequest(request, call.verb, call.body);
    reply->setParent(this);
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors->append(e.errorString());
        // Not ignored: the handshake fails and the user reads which host and why.
    });
    auto abortReason = std::make_shared<LiteLlmError>();
    auto received = std::make_shared<QByteArray>();
    watchReply(reply, call, abortReason, received);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call, done, decodeElsewhere, host, sslErrors, timer, abortReason, received]() mutable {
                reply->deleteLater();
                RawReply r = readReply(reply, host, *sslErrors, *abortReason, std::move(*received));
                // A large body is decoded where the caller says (the thread pool), not on this thread.
                const bool elsewhere = decodeElsewhere && !r.error.isError() && r.body.size() >= kOffThreadReplyBytes;
                if (!elsewhere)
                    decodeBody(r, host);
                qCInfo(lcLiteLlm).noquote() << call.verb << call.path << "->"
                                            << (r.status ? QString::number(r.status) : errorCategoryName(r.error.category))
                                            << "in" << timer->elapsed() << "ms, request" << call.requestId << "attempt"
                                            << call.attempt << (r.error.isError() ? redactSecrets(r.error.message) : QString());
                // A deadline or size cap that cut the reply off will cut it off again: no retry.
                if (r.error.isError() && !abortReason->isError() && call.idempotent && call.attempt <= m_profile.maxRetries
                    && isTransient(r)) {
                    const int delay = m_profile.retryBaseDelayMs * (1 << (call.attempt - 1));
                    QTimer::singleShot(delay, this, [this, call, done, decodeElsewhere] { send(call, done, decodeElsewhere); });
                    return;
                }
                if (r.error.category == ErrorCategory::NoDatabase)
                    m_readiness.reset(); // the next readiness check asks the proxy again
                if (elsewhere)
                    return decodeElsewhere(std::move(r));
                done(r);
            });
}

void LiteLlmClient::watchReply(QNetworkReply *reply, const Call &call, std::shared_ptr<LiteLlmError> abortReason,
                               std::shared_ptr<QByteArray> received)
{
    // The transfer timeout restarts with every byte; the deadline does not.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    const int deadlineMs = effectiveDeadlineMs(m_profile);
    connect(deadline, &QTimer::timeout, reply, [reply, abortReason, deadlineMs] {
        abortReason->category = ErrorCategory::Timeout;
        abortReason->message
            = QCoreApplication::translate("LiteLlmTransport", "The proxy at %1 did not finish its reply within %2 s.")
                  .arg(reply->url().host())
                  .arg(deadlineMs / 1000.0, 0, 'f', 1);
        reply->abort();
    });
    deadline->start(deadlineMs);
    // Refuse an oversized reply as it arrives, before it is held in memory.
    const qint64 cap = call.maxReplyBytes;
    auto tooLarge = [reply, abortReason, cap](qint64 bytes) {
        if (bytes <= cap || abortReason->isError())
            return;
        abortReason->category = ErrorCategory::MalformedReply;
        abortReason->message
            = QCoreApplication::translate("LiteLlmTransport",
                                          "The proxy at %1 sent a reply of over %2 MiB; OrgConsole accepts at most %3 "
                                          "MiB for this request.")
                  .arg(reply->url().host())
                  .arg(bytes / (1024 * 1024))
                  .arg(cap / (1024 * 1024));
        reply->abort();
    };
    // A reply without a length (chunked, or until the connection closes) is taken as it arrives,
    // with at most kReadAheadBytes waiting in it: Qt's network thread stops reading the socket while
    // that much waits, so a proxy that floods is cut off near the cap (unbounded, Qt read 70-90 MB
    // of a local flood before the first progress reached this thread). A reply with a length over
    // the cap is refused by its headers; its body (as decompressed) is counted as it arrives.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            return tooLarge(length.toLongLong());
        reply->setReadBufferSize(kReadAheadBytes);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [tooLarge](qint64 received, qint64) { tooLarge(received); });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, abortReason, received, tooLarge] {
        if (abortReason->isError() || reply->readBufferSize() == 0)
            return;
        received->append(reply->readAll());
        tooLarge(received->size());
    });
}

LiteLlmClient::RawReply LiteLlmClient::readReply(QNetworkReply *reply, const QString &host, const QStringList &sslErrors,
                                                 const LiteLlmError &abortReason, QByteArray received) const
{
    RawReply r;
    if (abortReason.isError()) {
        r.error = abortReason;
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = std::move(received);
    if (reply->isOpen())
        r.body.append(reply->readAll());
    const QNetworkReply::NetworkError netError = reply->error();
    QString netText = sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(QStringLiteral("; "));
    if (netError == QNetworkReply::OperationCanceledError && r.status == 0)
        netText = QCoreApplication::translate("LiteLlmTransport", "timed out after %1 ms").arg(m_profile.timeoutMs);
    QNetworkReply::NetworkError effective = netError;
    if (!sslErrors.isEmpty())
        effective = QNetworkReply::SslHandshakeFailedError;
    r.error = errorFromReply(r.status, r.status > 0 ? QNetworkReply::NoError : effective, r.body, host, redactSecrets(netText));
    return r;
}

void LiteLlmClient::decodeBody(RawReply &r, const QString &host)
{
    if (r.error.isError())
        return;
    if (const auto hook = conversionHookForTests)
        hook();
    QJsonParseError parseError;
    r.json = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError && !r.body.trimmed().startsWith('"')) {
        r.error.category = ErrorCategory::MalformedReply;
        r.error.httpStatus = r.status;
        r.error.message = QCoreApplication::translate("LiteLlmTransport",
                                                      "The proxy at %1 sent a reply that is not valid JSON (%2 at byte %3).")
                              .arg(host, parseError.errorString())
                              .arg(parseError.offset);
        return;
    }
    if (const QString bad = checkReplyValues(r.json); !bad.isEmpty()) {
        r.error.category = ErrorCategory::MalformedReply;
        r.error.httpStatus = r.status;
        r.error.message
            = QCoreApplication::translate("LiteLlmTransport", "The proxy at %1 sent a value OrgConsole does not accept: %2")
                  .arg(host, bad);
    }
}

void LiteLlmClient::sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, bool idempotent,
                             std::function<void(const RawReply &)> done)
{
    Call call;
    call.verb = verb;
    call.path = path;
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.idempotent = idempotent;
    send(call, std::move(done));
}

LiteLlmClient::Call LiteLlmClient::getCall(const QString &path, bool authenticated)
{
    Call call;
    call.verb = "GET";
    call.path = path;
    call.idempotent = true;
    call.authenticated = authenticated;
    return call;
}

} // namespace OrgConsole
