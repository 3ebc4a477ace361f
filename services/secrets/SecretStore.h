#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace OrgConsole {

struct SecretResult {
    bool ok = false;
    bool notFound = false;
    bool memoryOnly = false; // the OS keychain is unavailable: kept in memory for this run only
    QString secret; // for reads; hold it as briefly as possible
    QString error; // for the user
};

// Master keys (one per proxy profile) and, only on request, an organization's API key, in the OS
// keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager).
// Never falls back to plaintext: without a keychain the secret lives in memory for this run only.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QString service, QObject *parent = nullptr);

    static QString masterKeyName(const QString &profile);
    static QString organizationKeyName(const QString &organizationId);
    static QString databasePasswordName(const QString &user, const QString &host, int port, const QString &database);

    void read(const QString &key, std::function<void(SecretResult)> done);
    void write(const QString &key, const QString &secret, std::function<void(SecretResult)> done);
    void remove(const QString &key, std::function<void(SecretResult)> done);

    bool usingMemoryFallback() const { return m_memoryOnly; }
    static QString noBackendMessage();

private:
    QString m_service;
    bool m_memoryOnly = false;
    QHash<QString, QString> m_memory; // only when no keychain is available
};

} // namespace OrgConsole
