#include "services/core/Diagnostics.h"

#include "services/litellm/LiteLlmClient.h"
#include "services/secrets/SecretStore.h"
#include "services/storage/Database.h"
#include "services/storage/Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QUuid>

namespace OrgConsole {

Diagnostics::Diagnostics(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
{
    m_thread.setObjectName(QStringLiteral("orgconsole-diagnostics"));
    m_threadObject = new QObject;
    m_threadObject->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_threadObject, &QObject::deleteLater);
    m_thread.start();
}

Diagnostics::~Diagnostics()
{
    m_thread.quit();
    m_thread.wait();
}

void Diagnostics::testConnection(const ProxyProfile &profile, const QString &masterKey, const QString &operatorName,
                                 std::function<void(Result<ConnectionReport>)> done)
{
    auto client = std::make_unique<LiteLlmClient>(m_nam, profile);
    client->setMasterKey(masterKey);
    client->setOperatorName(operatorName);
    LiteLlmClient *raw = client.get();
    m_clients.push_back(std::move(client));
    raw->testConnection([this, raw, done](Result<ConnectionReport> r) {
        done(r);
        // Not while its own callback runs.
        QTimer::singleShot(0, this, [this, raw] {
            std::erase_if(m_clients, [raw](const std::unique_ptr<LiteLlmClient> &c) { return c.get() == raw; });
        });
    });
}

static DatabaseProbe probe(const DatabaseLocation &location)
{
    DatabaseProbe out;
    out.knownSchemaVersion = kSchemaVersion;
    const QString name = QStringLiteral("orgconsole-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.error = openDatabase(location, name, &out.warning);
    if (out.error.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(name);
        QString error;
        out.schemaVersion = currentSchemaVersion(db, &error);
        out.connected = out.schemaVersion >= 0;
        out.newerSchema = out.schemaVersion > kSchemaVersion;
        if (!out.connected)
            out.error = error;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void Diagnostics::testDatabase(const QString &url, const QString &password, QObject *receiver,
                               std::function<void(DatabaseProbe)> done)
{
    QString error;
    DatabaseLocation location = DatabaseLocation::parse(url, &error);
    if (!error.isEmpty()) {
        DatabaseProbe failed;
        failed.error = error;
        return done(failed);
    }
    if (location.engine == DatabaseLocation::Engine::Postgres && location.password.isEmpty())
        location.password = password;
    // A test must not create the file it tests: say where it will be made instead.
    if (location.engine == DatabaseLocation::Engine::Sqlite && !QFileInfo::exists(location.sqlitePath)) {
        DatabaseProbe absent;
        absent.knownSchemaVersion = kSchemaVersion;
        absent.note = QCoreApplication::translate("Diagnostics",
                                                  "No database file at %1 yet; OrgConsole creates it there at the next start.")
                          .arg(location.sqlitePath);
        return done(absent);
    }
    QPointer<QObject> target(receiver);
    // Opening may take seconds (network, connect_timeout): never on the caller's thread.
    QMetaObject::invokeMethod(m_threadObject, [location, target, done] {
        const DatabaseProbe result = probe(location);
        if (target)
            QMetaObject::invokeMethod(target, [done, result] { done(result); });
    });
}

void Diagnostics::storeDatabasePassword(const QString &url, const QString &password)
{
    QString error;
    const DatabaseLocation loc = DatabaseLocation::parse(url, &error);
    if (!error.isEmpty() || loc.engine != DatabaseLocation::Engine::Postgres || password.isEmpty())
        return;
    m_secrets->write(SecretStore::databasePasswordName(loc.user, loc.host, loc.port, loc.database), password,
                     [](SecretResult) {});
}

} // namespace OrgConsole
