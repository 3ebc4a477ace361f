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
    stop();
    m_orgId = orgId;
    markBeating(m_orgId, +1);
    m_timer.start();
}

void Heartbeat::stop()
{
    if (m_timer.isActive())
        markBeating(m_orgId, -1);
    m_timer.stop();
}

void Heartbeat::beat()
{
    const QString id = m_orgId;
    m_repository->run<bool>([id](OrgRepository &repo) { return repo.touch(id); }, this, [](Stored<bool>) {});
}

} // namespace OrgConsole
