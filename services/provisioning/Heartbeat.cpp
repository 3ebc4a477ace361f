#include "services/provisioning/Heartbeat.h"

#include "services/provisioning/Ownership.h"
#include "services/storage/RepositoryWorker.h"

#include <QHash>
#include <QMutex>

namespace OrgConsole {

namespace {
// The rows this process's operations are working on (a row may have two heartbeats for a moment).
struct BeatingRows {
    QMutex mutex;
    QHash<QString, int> rows;
};
BeatingRows &beatingRows()
{
    static BeatingRows registry;
    return registry;
}
void markBeating(const QString &orgId, int change)
{
    BeatingRows &r = beatingRows();
    QMutexLocker lock(&r.mutex);
    if ((r.rows[orgId] += change) <= 0)
        r.rows.remove(orgId);
}
} // namespace

bool Heartbeat::isBeating(const QString &orgId)
{
    BeatingRows &r = beatingRows();
    QMutexLocker lock(&r.mutex);
    return r.rows.contains(orgId);
}

Heartbeat::Heartbeat(RepositoryWorker *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    m_timer.setInterval(kHeartbeatIntervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
}

Heartbeat::~Heartbeat()
{
    stop();
}

void Heartbeat::start(const QString &orgId)
{
    startMember(orgId, {});
}

void Heartbeat::startMember(const QString &orgId, const QString &userId)
{
    stop();
    m_orgId = orgId;
    m_userId = userId;
    markBeating(beatingKey(), +1);
    m_timer.start();
}

// An organization's row by its id; a member's row by the organization and the user.
QString Heartbeat::beatingKey() const
{
    return m_userId.isEmpty() ? m_orgId : m_orgId + QLatin1Char('\n') + m_userId;
}

void Heartbeat::stop()
{
    if (m_timer.isActive())
        markBeating(beatingKey(), -1);
    m_timer.stop();
}

void Heartbeat::beat()
{
    const QString id = m_orgId;
    const QString userId = m_userId;
    m_repository->run<bool>(
        [id, userId](OrgRepository &repo) { return userId.isEmpty() ? repo.touch(id) : repo.members().touch(id, userId); }, this,
        [](Stored<bool>) {});
}

} // namespace OrgConsole
