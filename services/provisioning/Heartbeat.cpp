#include "services/provisioning/Heartbeat.h"

#include "services/provisioning/Ownership.h"
#include "services/storage/RepositoryWorker.h"

namespace OrgConsole {

Heartbeat::Heartbeat(RepositoryWorker *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    m_timer.setInterval(kHeartbeatIntervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
}

void Heartbeat::start(const QString &orgId)
{
    m_orgId = orgId;
    m_userId.clear();
    m_timer.start();
}

void Heartbeat::startMember(const QString &orgId, const QString &userId)
{
    m_orgId = orgId;
    m_userId = userId;
    m_timer.start();
}

void Heartbeat::stop()
{
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
