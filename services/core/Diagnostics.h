#pragma once

#include "services/litellm/LiteLlmTypes.h"
#include "services/litellm/ProxyProfile.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace OrgConsole {

class LiteLlmClient;
class SecretStore;

// What "Test" in Settings > Database found.
struct DatabaseProbe {
    bool connected = false;
    int schemaVersion = 0;
    bool newerSchema = false; // written by a newer OrgConsole
    int knownSchemaVersion = 0; // the newest this build knows
    QString warning; // e.g. not encrypted to a remote server
    QString note; // nothing tested, and why (e.g. the SQLite file does not exist yet)
    QString error;
};

// The probes Settings offers before anything is saved: a proxy profile with a master key, and a
// database URL. They run on the context's network manager and on a thread of this service's own,
// so no dialog opens connections or starts threads itself.
class Diagnostics : public QObject
{
    Q_OBJECT
public:
    Diagnostics(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent = nullptr);
    ~Diagnostics() override;

    void testConnection(const ProxyProfile &profile, const QString &masterKey, const QString &operatorName,
                        std::function<void(Result<ConnectionReport>)> done);
    // Opens `url` (with `password` for PostgreSQL when given), reads its schema version, closes.
    void testDatabase(const QString &url, const QString &password, QObject *receiver, std::function<void(DatabaseProbe)> done);
    // A PostgreSQL password goes to the keychain under the URL's user, host, port and database.
    void storeDatabasePassword(const QString &url, const QString &password);

private:
    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    std::vector<std::unique_ptr<LiteLlmClient>> m_clients; // probes in flight
    QThread m_thread;
    QObject *m_threadObject = nullptr;
};

} // namespace OrgConsole
