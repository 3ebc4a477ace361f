#include "services/sandbox/SandboxProxy.h"

#include "services/core/FilePermissions.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <optional>

namespace OrgConsole::Sandbox {

namespace {

// Its words stay English, as the simulator's (ui/CMakeLists.txt: what is translated).

// How long a program waits for the sandbox another one is starting to say where it listens.
constexpr int kJoinWaitMs = 3000;

// The sandbox this program runs: the simulator, and the lock that makes it the only one on this state
// file while it runs. The endpoint file tells the other programs of the same user where it listens.
class SandboxProxy final : public LocalProxy
{
public:
    SandboxProxy(const SimConfig &config, std::unique_ptr<QLockFile> lock, QString endpointFile)
        : m_lock(std::move(lock))
        , m_endpointFile(std::move(endpointFile))
        , m_sim(config)
    {
    }
    ~SandboxProxy() override
    {
        QFile::remove(m_endpointFile); // before the lock is released: nobody joins a sandbox that stops
    }
    QString baseUrl() const override { return m_sim.baseUrl(); }
    LiteLlmSimulator &simulator() { return m_sim; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_endpointFile;
    LiteLlmSimulator m_sim;
};

// The sandbox of another program of this user (the console, another orgctl): joined, not started
// again, so both see one simulated proxy rather than two that part ways on the same state file.
class JoinedSandbox final : public LocalProxy
{
public:
    JoinedSandbox(QString url, QString key)
        : m_url(std::move(url))
        , m_key(std::move(key))
    {
    }
    QString baseUrl() const override { return m_url; }
    QString masterKey() const override { return m_key; }

private:
    QString m_url;
    QString m_key;
};

QString endpointPath(const QString &stateFile)
{
    return stateFile + QStringLiteral(".endpoint");
}

// Where the sandbox's program listens, and which program wrote it (its process id).
struct Endpoint {
    QString url;
    QString key;
    qint64 pid = 0;
};

std::optional<Endpoint> readEndpoint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Endpoint e {o.value(QStringLiteral("url")).toString(), o.value(QStringLiteral("key")).toString(),
                qint64(o.value(QStringLiteral("pid")).toDouble())};
    if (e.url.isEmpty() || e.key.isEmpty() || e.pid <= 0)
        return std::nullopt;
    return e;
}

// Whether something listens there: a program killed a moment ago may still hold its lock (a process
// not yet reaped counts as running) while its port is closed.
bool answers(const QString &url)
{
    const QUrl u(url);
    QTcpSocket socket;
    socket.connectToHost(u.host(), quint16(u.port()));
    return socket.waitForConnected(kJoinWaitMs);
}

std::unique_ptr<LocalProxy> start(const QString &masterKey, const QString &stateFile, std::unique_ptr<QLockFile> lock,
                                  QString *warning, QString *error);

// Another program holds the lock. Its endpoint file may still be on its way (it is written once the
// simulator listens) or be a dead program's (another process id): waited for. When the holder's own
// address no longer answers, the holder is gone and this program takes the sandbox over.
std::unique_ptr<LocalProxy> join(const QString &masterKey, const QString &stateFile, std::unique_ptr<QLockFile> lock,
                                 QString *warning, QString *error)
{
    const QDeadlineTimer deadline(kJoinWaitMs);
    qint64 holder = 0;
    QString app;
    do {
        lock->getLockInfo(&holder, nullptr, &app);
        const auto endpoint = readEndpoint(endpointPath(stateFile));
        if (endpoint && endpoint->pid == holder) {
            if (answers(endpoint->url))
                return std::make_unique<JoinedSandbox>(endpoint->url, endpoint->key);
            QFile::remove(stateFile + QStringLiteral(".lock"));
            if (lock->tryLock(0))
                return start(masterKey, stateFile, std::move(lock), warning, error);
        }
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    if (error)
        *error = QStringLiteral("Another program (%1, process %2) holds the sandbox but does not say where "
                                "it listens. Close it, or wait until it has started.")
                     .arg(app.isEmpty() ? QStringLiteral("?") : app)
                     .arg(holder);
    return nullptr;
}

std::unique_ptr<LocalProxy> start(const QString &masterKey, const QString &stateFile, std::unique_ptr<QLockFile> lock,
                                  QString *warning, QString *error)
{
    SimConfig config;
    config.masterKey = masterKey;
    auto proxy = std::make_unique<SandboxProxy>(config, std::move(lock), endpointPath(stateFile));
    // A damaged state is not fatal: the simulator starts empty and the user is told why.
    const QString stateError = proxy->simulator().setStateFile(stateFile);
    // Loopback only: the sandbox must never be reachable from another machine.
    if (!proxy->simulator().listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = proxy->simulator().errorString();
        return nullptr;
    }
    // Only this user reads it (0600), and it goes when the sandbox stops; the key is this start's own.
    const QJsonObject endpoint {{QStringLiteral("url"), proxy->baseUrl()},
                                {QStringLiteral("key"), masterKey},
                                {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
    const QString written = writePrivateFile(endpointPath(stateFile), QJsonDocument(endpoint).toJson());
    QStringList warnings;
    if (!stateError.isEmpty())
        warnings.append(stateError);
    if (!written.isEmpty())
        warnings.append(QStringLiteral("Other programs cannot join this sandbox: %1").arg(written));
    if (warning)
        *warning = warnings.join(QLatin1Char('\n'));
    return proxy;
}

} // namespace

std::unique_ptr<LocalProxy> startLocalProxy(const QString &masterKey, const QString &stateFile, QString *warning, QString *error)
{
    auto lock = std::make_unique<QLockFile>(stateFile + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // held while its program lives, however long: a dead program's lock is taken over
    if (lock->tryLock(0))
        return start(masterKey, stateFile, std::move(lock), warning, error);
    if (lock->error() == QLockFile::LockFailedError)
        return join(masterKey, stateFile, std::move(lock), warning, error);
    if (error)
        *error = QStringLiteral("Cannot lock the sandbox state %1.").arg(stateFile);
    return nullptr;
}

} // namespace OrgConsole::Sandbox
