#include "services/provisioning/BulkRun.h"

#include "services/litellm/LiteLlmClient.h"

namespace OrgConsole {

BulkRun::BulkRun(LiteLlmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void BulkRun::runRows(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    m_client->setParallelism(m_concurrency * 2);
    m_next = 0;
    m_running = 0;
    m_finishedRows = 0;
    m_announced = false;
    startMore();
}

void BulkRun::rowDone()
{
    --m_running;
    ++m_finishedRows;
    startMore();
}

void BulkRun::startMore()
{
    while (m_running < m_concurrency && m_next < rowCount()) {
        const int index = int(m_next++);
        if (!isPending(index)) {
            ++m_finishedRows; // decided by the plan
            continue;
        }
        ++m_running;
        emit rowStarted(index);
        startRow(index);
    }
    // Once, also when a saga ended synchronously inside startRow() and its own startMore() got here.
    if (m_running == 0 && m_finishedRows == rowCount() && !m_announced) {
        m_announced = true;
        emit finished();
    }
}

} // namespace OrgConsole
