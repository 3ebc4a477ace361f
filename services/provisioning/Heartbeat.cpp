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
    m_timer.start();
}

void Heartbeat::stop()
{
    m_timer.stop();
}

void Heartbeat::beat()
{
    const QString id = m_orgId;
    m_repository->run<bool>([id](OrgRepository &repo) { return repo.touch(id); }, this, [](Stored<bool>) {});
}

} // namespace OrgConsole
