#include "services/sandbox/SimRequestLog.h"

#include "services/litellm/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace OrgConsole::Sandbox {

namespace {
bool isKeyHash(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

// Names of JSON fields and query parameters whose whole value is a credential.
bool isSecretName(const QString &name)
{
    static const QStringList names {QStringLiteral("key"),     QStringLiteral("keys"),          QStringLiteral("token"),
                                    QStringLiteral("tokens"),  QStringLiteral("api_key"),       QStringLiteral("master_key"),
                                    QStringLiteral("new_key"), QStringLiteral("new_master_key")};
    return names.contains(name.toLower());
}

bool isSecretHeader(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "x-litellm-api-key" || lowerName == "proxy-authorization"
        || lowerName == "api-key" || lowerName == "x-api-key" || lowerName == "cookie";
}

class Redactor
{
public:
    explicit Redactor(const QString &masterKey)
        : m_masterKey(masterKey)
    {
    }

    // Secrets inside free text: the master key, and raw keys as the client's log redaction sees them.
    QString text(QString s) const
    {
        // Shorter master keys would blank out ordinary words (the same floor as registerSecretForRedaction).
        if (m_masterKey.size() >= 4)
            s.replace(m_masterKey, QStringLiteral("***"));
        return redactSecrets(s);
    }

    // A value that is a credential as a whole, whatever its length or shape.
    QString whole(const QString &s) const
    {
        if (s.isEmpty() || isKeyHash(s))
            return s;
        return s.startsWith(QLatin1String("sk-")) ? QStringLiteral("sk-***") : QStringLiteral("***");
    }

    QJsonValue json(const QJsonValue &v, bool secret) const
    {
        if (v.isString())
            return secret ? whole(v.toString()) : text(v.toString());
        if (v.isArray()) {
            QJsonArray out;
            const QJsonArray in = v.toArray();
            for (const QJsonValue &x : in)
                out.append(json(x, secret));
            return out;
        }
        if (v.isObject()) {
            QJsonObject out;
            const QJsonObject in = v.toObject();
            for (auto it = in.begin(); it != in.end(); ++it)
                out.insert(text(it.key()), json(it.value(), secret || isSecretName(it.key())));
            return out;
        }
        return v;
    }

    QString query(const QUrlQuery &q) const
    {
        QStringList parts;
        const auto items = q.queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items)
            parts.append(text(name) + QLatin1Char('=') + (isSecretName(name) ? whole(value) : text(value)));
        return parts.join(QLatin1Char('&'));
    }

    // Path segments such as /key/{key}/regenerate's hold a key of any length.
    QString path(const QString &p) const
    {
        QStringList segments = p.split(QLatin1Char('/'));
        for (QString &s : segments)
            s = s.startsWith(QLatin1String("sk-")) ? whole(s) : text(s);
        return segments.join(QLatin1Char('/'));
    }

private:
    QString m_masterKey;
};
} // namespace

QJsonObject capturedRequest(const HttpRequest &request, const QString &endpoint, const QString &masterKey)
{
    const Redactor redact(masterKey);
    QJsonObject headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        headers.insert(QString::fromLatin1(it.key()),
                       isSecretHeader(it.key()) ? QStringLiteral("<redacted, %1 bytes>").arg(it.value().size())
                                                : redact.text(QString::fromUtf8(it.value())));
    }
    QJsonObject entry {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                       {QStringLiteral("path"), redact.path(request.path)},
                       {QStringLiteral("endpoint"), redact.path(endpoint)},
                       {QStringLiteral("query"), redact.query(request.query)},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("has_authorization"), request.headers.contains("authorization")}};
    if (!request.body.isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
        // Anything but a JSON object is recorded as {}: its text is never kept.
        const QJsonObject body = err.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
        entry.insert(QStringLiteral("body"), redact.json(body, false));
    }
    return entry;
}

} // namespace OrgConsole::Sandbox
