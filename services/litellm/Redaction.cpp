#include "services/litellm/Redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

namespace OrgConsole {

namespace {
QMutex g_mutex;
QStringList &secrets()
{
    static QStringList list;
    return list;
}
} // namespace

void registerSecretForRedaction(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&g_mutex);
    if (!secrets().contains(secret))
        secrets().append(secret);
}

QString redactSecrets(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&g_mutex);
        for (const QString &s : std::as_const(secrets()))
            out.replace(s, QStringLiteral("***"));
    }
    // "sk-...abcd" (already a display name) is kept; a longer sk- token is a raw key.
    static const QRegularExpression rawKey(QStringLiteral(R"(sk-(?!\.\.\.)[A-Za-z0-9_\-]{6,})"));
    out.replace(rawKey, QStringLiteral("sk-***"));
    return out;
}

} // namespace OrgConsole
