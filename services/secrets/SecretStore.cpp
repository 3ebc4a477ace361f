#include "services/secrets/SecretStore.h"

#include "services/litellm/Redaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#endif
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "orgconsole.secrets", QtInfoMsg)

namespace OrgConsole {

namespace {
bool isNoBackend(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::NotImplemented)
        return true;
    if (job->error() != QKeychain::OtherError)
        return false;
#if defined(Q_OS_LINUX)
    // libsecret reports a missing session bus or Secret Service as OtherError.
    if (!QDBusConnection::sessionBus().isConnected())
        return true;
#endif
    const QString text = job->errorString();
    return job->error() == QKeychain::OtherError
        && (text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("secret service"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("ServiceUnknown"), Qt::CaseInsensitive));
}

void deliver(QObject *context, std::function<void(SecretResult)> done, SecretResult r)
{
    QTimer::singleShot(0, context, [done = std::move(done), r = std::move(r)]() mutable { done(std::move(r)); });
}
} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString SecretStore::masterKeyName(const QString &profile)
{
    return QStringLiteral("proxy/%1/master-key").arg(profile);
}

QString SecretStore::organizationKeyName(const QString &organizationId)
{
    return QStringLiteral("organization/%1/api-key").arg(organizationId);
}

QString SecretStore::databasePasswordName(const QString &user, const QString &host, int port, const QString &database)
{
    return QStringLiteral("database/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString SecretStore::noBackendMessage()
{
    return QCoreApplication::translate(
        "SecretStore",
        "No OS keychain is available (on Linux: no Secret Service such as gnome-keyring or KWallet on the D-Bus "
        "session). The secret is kept in memory for this session only and was not saved anywhere; you will be "
        "asked for it again next time.");
}

void SecretStore::read(const QString &key, std::function<void(SecretResult)> done)
{
    if (m_memoryOnly) {
        SecretResult r;
        r.memoryOnly = true;
        r.ok = m_memory.contains(key);
        r.notFound = !r.ok;
        r.secret = m_memory.value(key);
        return deliver(this, std::move(done), r);
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *j) {
        SecretResult r;
        if (j->error() == QKeychain::NoError) {
            r.ok = true;
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            registerSecretForRedaction(r.secret);
        } else if (j->error() == QKeychain::EntryNotFound) {
            r.notFound = true;
        } else if (isNoBackend(j)) {
            qCWarning(lcSecrets) << "no keychain backend:" << j->errorString();
            m_memoryOnly = true;
            r.memoryOnly = true;
            r.notFound = !m_memory.contains(key);
            r.ok = !r.notFound;
            r.secret = m_memory.value(key);
            r.error = noBackendMessage();
        } else {
            r.error = QCoreApplication::translate("SecretStore", "Reading \"%1\" from the keychain failed: %2")
                          .arg(key, j->errorString());
        }
        done(r);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, std::function<void(SecretResult)> done)
{
    registerSecretForRedaction(secret);
    if (m_memoryOnly) {
        m_memory.insert(key, secret);
        SecretResult r;
        r.ok = true;
        r.memoryOnly = true;
        r.error = noBackendMessage();
        return deliver(this, std::move(done), r);
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, done](QKeychain::Job *j) {
        SecretResult r;
        if (j->error() == QKeychain::NoError) {
            r.ok = true;
        } else if (isNoBackend(j)) {
            qCWarning(lcSecrets) << "no keychain backend:" << j->errorString();
            m_memoryOnly = true;
            m_memory.insert(key, secret);
            r.ok = true;
            r.memoryOnly = true;
            r.error = noBackendMessage();
        } else {
            r.error = QCoreApplication::translate("SecretStore", "Saving \"%1\" in the keychain failed: %2")
                          .arg(key, j->errorString());
        }
        done(r);
    });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(SecretResult)> done)
{
    if (m_memoryOnly) {
        SecretResult r;
        r.memoryOnly = true;
        r.ok = m_memory.remove(key) > 0;
        r.notFound = !r.ok;
        return deliver(this, std::move(done), r);
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        SecretResult r;
        r.ok = j->error() == QKeychain::NoError;
        r.notFound = j->error() == QKeychain::EntryNotFound;
        if (!r.ok && !r.notFound)
            r.error = QCoreApplication::translate("SecretStore", "Removing the secret from the keychain failed: %1")
                          .arg(j->errorString());
        done(r);
    });
    job->start();
}

} // namespace OrgConsole
